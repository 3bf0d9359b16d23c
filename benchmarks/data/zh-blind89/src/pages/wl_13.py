# 上海 · 市级晚报网站（2024 design: byline line '记者 … 通讯员 …' under headline, 责任编辑 at the end）
from lib import *

PAGE = dict(
    id="wl-13", kind="media", lang="zh", site="申江新闻网",
    title="家门口的社区食堂“上新”了 老人刷卡就餐享补贴",
    authors=["顾佳怡", "钱晓波"],
    publish_time="2025-10-16 06:58",
    features=["city evening-paper site, 2024 design", "byline line '记者 顾佳怡 通讯员 钱晓波' on its own under the info bar",
              "info bar with 来源 = the paper and a share row (user-select:none)", "sub-headings", "quoted speech",
              "photo with caption and 图片来源 credit", "责任编辑 line, 相关新闻 list, app download QR, footer with 沪ICP/互联网新闻信息服务许可证"],
)

BLOCKS = [
    ("p", "中午11点，普陀区长风新村街道的“长风邻里食堂”里已经坐满了人。红烧鸡腿、清炒西兰花、番茄蛋汤，一荤两素一汤，老人刷一下敬老卡只要13元。“菜烧得软一点、淡一点，合我们老年人的胃口。”72岁的居民赵阿姨说，她几乎每天都来。"),
    ("img", "社区食堂", "居民在社区食堂用餐。 图片来源：长风新村街道"),
    ("h", "从“吃得上”到“吃得好”"),
    ("p", "这家食堂由街道提供场地、引入专业餐饮企业运营，于本月初完成改造升级后重新开业。与改造前相比，用餐面积扩大了一倍，新增了软食、低盐等适老菜品专区，每天供应菜品从12种增加到26种。"),
    ("p", "据了解，今年本市计划新增社区长者食堂40家，目前已建成投用31家。对年满60周岁的本区户籍老年人，区里按每餐2至5元的标准给予就餐补贴，高龄、独居和困难老人还可享受送餐上门服务。"),
    ("h", "年轻人也来“蹭饭”"),
    ("p", "记者注意到，食堂里不少就餐者是附近写字楼的上班族。“价格实惠，出餐快，比点外卖放心。”在附近一家科技公司工作的小陈说。运营方负责人表示，食堂实行老人优先、错峰就餐，年轻人用餐按原价结算，以此保障食堂的可持续运营。"),
    ("p", "区民政局有关负责人表示，下一步将推动社区食堂与助餐点联网，让老年人在“15分钟生活圈”内都能吃上一口热乎饭。"),
]

R = dict(p="<p>{}</p>", h="<h3>{}</h3>",
         img=lambda alt, cap: f'<figure class="fg">{img(alt)}<figcaption>{cap}</figcaption></figure>')

CSS = """
body{margin:0;font:18px/1.8 "PingFang SC","Hiragino Sans GB",sans-serif;color:#222}
.top{background:#c4161c;color:#fff;font-size:14px}.top .in,.in{max-width:1180px;margin:0 auto}
.top .in{display:flex;justify-content:space-between;padding:6px 0}.top a{color:#fff;margin-left:14px}
.mast{display:flex;align-items:center;justify-content:space-between;padding:18px 0}.ch{border-bottom:1px solid #eee}
.ch a{display:inline-block;padding:10px 16px;font-size:16px}.grid{display:grid;grid-template-columns:760px 1fr;gap:50px;margin-top:24px}
h1{font-size:32px;line-height:1.4;margin:0 0 14px}.info{color:#999;font-size:14px;display:flex;gap:16px;align-items:center}
.share{user-select:none;margin-left:auto}.by{color:#555;font-size:15px;margin:12px 0 24px;border-left:3px solid #c4161c;padding-left:10px}
h3{font-size:19px;margin:26px 0 8px}.fg{margin:18px 0}.fg figcaption{font-size:14px;color:#888}
.ed{color:#999;font-size:14px;margin-top:28px}.rel li{margin:6px 0}.side h4{border-bottom:2px solid #c4161c}
.foot{background:#f5f5f5;color:#888;font-size:13px;padding:26px 0;margin-top:40px;text-align:center}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="top"><div class="in"><span>2025年10月16日 星期四</span><span>{links(["客户端","电子报","登录"])}</span></div></div>
<div class="in mast">{img("申江新闻网")}<span><input placeholder="搜索新闻"><button>搜索</button></span></div>
<div class="ch"><div class="in">{links(["首页","要闻","上海","区情","民生","财经","文体","评论","视频","专题"])}</div></div>
<div class="in grid">
<div>
<div style="font-size:14px;color:#999">首页 &gt; 民生 &gt; 正文</div>
<h1>{P['title_html']}</h1>
<div class="info"><span>{P['publish_time']}</span><span>来源：申江晚报</span><span class="share">分享到 微信 微博 复制链接</span></div>
<div class="by">记者 顾佳怡 通讯员 钱晓波</div>
{body}
<p class="ed">责任编辑：沈琳</p>
<h4>相关新闻</h4>
<ul class="rel">{lis(["普陀区再添两家社区长者食堂","“一碗热饭”背后的社区治理","长者食堂如何“叫好又叫座”？"])}</ul>
</div>
<div class="side">
<h4>热门排行</h4><ol>{lis(["今起本市多条公交线路调整","周末申城气温回升 下周冷空气来袭","第八届进博会志愿者招募启动","黄浦江游览新增两条夜游航线","上海今年首批“保交房”项目交付"])}</ol>
<div style="text-align:center">{img("申江新闻客户端二维码")}<p>扫码下载申江新闻客户端</p></div>
</div>
</div>
<div class="foot">
<p>{links(["关于我们","广告服务","联系我们","违法和不良信息举报"], sep=" | ")}</p>
<p>互联网新闻信息服务许可证：31120180016　沪ICP备09024687号-1　沪公网安备 31010602000618号</p>
<p>Copyright © 2025 申江新闻网 All Rights Reserved</p>
</div>
""")
