"""wk-13: 吉林 provincial news portal (2024 design), info bar with seconds, 来源 and 作者; 编辑 line at the end."""
from lib import *

PAGE = dict(id="wk-13", kind="media", lang="zh",
            title="首批雪友“开板”尝鲜 吉林新雪季启幕",
            authors=["陈明宇"], publish_time="2025-11-10 07:12:36")

BLOCKS = [
    P("11月9日一早，吉林市北大湖滑雪度假区的缆车刚一开动，等候多时的滑雪爱好者便排起了长队。随着首批雪友从雪道顶端飞驰而下，吉林省2025—2026新雪季正式启幕。"),
    P("“去年就是在这儿开板的，今年特意请了年假，从上海飞过来。”来自上海的滑雪爱好者周晨一边调整固定器一边说，“雪质比想象的还要好，开板当天就能滑到这么长的雪道，很过瘾。”"),
    H("造雪提前 雪道开放早"),
    P("据了解，今年入冬后，北大湖、松花湖、长白山等重点滑雪场抓住气温快速下降的窗口期，提前启动人工造雪。北大湖滑雪度假区首批开放雪道6条，总长度约8公里，较去年提前3天开板。"),
    P("“我们从10月下旬开始造雪，投入造雪机320台，同时对缆车、魔毯等设施进行了全面检修。”度假区运营负责人介绍，新雪季还新增了夜滑区域和青少年滑雪培训场地，预计接待量将比上个雪季增长一成以上。"),
    H("产品丰富 消费有亮点"),
    P("除了滑雪，各地还推出了冰雪研学、温泉康养、雪地越野等一批新产品。长春市将在12月中旬开放冰雪新天地，吉林市雾凇观赏季也将同步开启。省文化和旅游厅发布的数据显示，新雪季全省计划举办冰雪节庆和赛事活动400余项，并面向游客发放冰雪消费券。"),
    H("服务升级 出行更便捷"),
    P("为方便游客出行，长春、吉林两地机场和高铁站今年开通了直达主要滑雪场的旅游专线，部分雪场推出“滑雪+住宿+交通”一价全包产品。北大湖滑雪度假区还在雪具大厅设置了暖心驿站，免费提供热水、姜茶和手机充电服务，并增加了医疗救护和雪道巡逻人员。"),
    P("业内人士表示，随着冰雪运动热度持续攀升，“南方游客北上、城市居民出游”成为冬季文旅消费的重要增长点。吉林省将进一步完善交通接驳、住宿餐饮等配套服务，让游客玩得开心、住得舒心。"),
]

CSS = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Microsoft YaHei";color:#222}
.bar{background:#0d2b52;color:#9fb3cd;font-size:12px}.bar .w{width:1140px;margin:auto;display:flex;gap:20px;line-height:30px}
.bar a{color:#9fb3cd}
.mast{width:1140px;margin:auto;display:flex;align-items:center;height:90px;gap:40px}
.mast .lg{font-size:30px;font-weight:800;color:#c4161c}.mast .lg small{font-size:12px;color:#666;display:block;font-weight:400}
.mast input{margin-left:auto;width:240px;height:32px;border:1px solid #ccc;border-radius:16px;padding:0 14px}
.chan{border-top:2px solid #c4161c;border-bottom:1px solid #e6e6e6}.chan .w{width:1140px;margin:auto;display:flex;gap:28px}
.chan a{line-height:46px;font-size:16px;color:#222;text-decoration:none}
.grid{width:1140px;margin:26px auto;display:flex;gap:40px}
article{flex:1}
.tag{font-size:13px;color:#c4161c}.tag a{color:#c4161c}
article h1{font-size:32px;line-height:1.35;margin:10px 0 16px}
.meta{display:flex;gap:18px;font-size:14px;color:#888;padding-bottom:16px;border-bottom:1px solid #eee}
.txt{font-size:18px;line-height:1.9;margin-top:20px}.txt p{margin:0 0 20px}
.txt h3{font-size:19px;border-left:4px solid #c4161c;padding-left:10px}
.edit{font-size:14px;color:#999;margin-top:26px}
.shr{display:flex;gap:10px;margin:20px 0}.shr span{border:1px solid #ddd;border-radius:14px;padding:2px 12px;font-size:13px}
.more h4{font-size:18px;border-bottom:2px solid #222;padding-bottom:6px}.more li{line-height:2;font-size:15px}
aside{width:320px}aside h4{font-size:16px;border-bottom:2px solid #c4161c;padding-bottom:6px}
aside ol{padding-left:22px}aside li{line-height:1.9;font-size:14px}
.ft{background:#f4f4f4;color:#777;font-size:12px;text-align:center;line-height:2.2;padding:24px 0;margin-top:40px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<div class="bar"><div class="w"><span>2025年11月10日 星期一</span><a href="#">客户端</a><a href="#">数字报</a><a href="#">无障碍</a><a href="#">登录</a></div></div>
<div class="mast"><div class="lg">吉林头条网<small>吉林日报社主办 · 省级重点新闻网站</small></div><input type="text" placeholder="搜索新闻"></div>
<div class="chan"><div class="w">{links(["首页","时政","吉林要闻","市州","经济","文旅","冰雪","评论","视频","专题"])}</div></div>
<div class="grid">
<article>
<div class="tag"><a href="#">首页</a> &gt; <a href="#">文旅</a> &gt; 正文</div>
<h1>{PAGE["title"]}</h1>
<div class="meta"><span>2025-11-10 07:12:36</span><span>来源：吉林日报</span><span>作者：陈明宇</span></div>
<div class="txt">
{bh}
</div>
<div class="edit">编辑：王琳　　审核：徐家辉</div>
<div class="shr"><span>微信</span><span>微博</span><span>复制链接</span></div>
<div class="more"><h4>相关新闻</h4><ul>{links(["长白山万达度假区预计11月中旬开板","吉林市雾凇观赏地标游线路发布","吉林冰雪消费券即将开抢，这份攻略请收好"], wrap="li")}</ul></div>
</article>
<aside><h4>24小时热榜</h4><ol>{links(["长春地铁6号线最新进展","吉林省发布寒潮蓝色预警","一汽新车型下线","延边苹果梨丰收","省政府常务会议召开","松原查干湖冬捕时间公布"], wrap="li")}</ol>
<h4>扫码下载客户端</h4><p>{img("吉林头条客户端二维码", gif=True)}</p></aside>
</div>
<div class="ft">吉林头条网版权所有 未经书面授权禁止转载<br>互联网新闻信息服务许可证：22120170002　吉ICP备10003267号-1　吉公网安备 22010402000309号<br>违法和不良信息举报电话：0431-88600036</div>
"""
    return doc(PAGE["title"] + "-吉林头条网", CSS, html), gold
