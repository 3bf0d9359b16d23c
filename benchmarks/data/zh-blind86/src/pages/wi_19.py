from lib import links, lis, GIF

PAGE = dict(
    id="wi-19", kind="media", lang="zh",
    region="湖南 长沙", site="星城晚报网（市级晚报新闻网站，2022 设计）",
    title="长沙年底前新增120家社区长者食堂",
    authors=["段思琪", "罗晓"],
    publish_time="2025-11-20 07:30",
    head_title="长沙年底前新增120家社区长者食堂_星城晚报网",
    features="市级晚报网站：主标题下一行副题（非标题）；信息栏“2025-11-20 07:30 | 来源：星城晚报 | 阅读 1.2万”（无作者标签）；"
             "作者只在首段电头“星城晚报11月20日讯（全媒体记者 段思琪 通讯员 罗晓）”里（留在首段）；两个小标题；"
             "话题标签、点赞/评论、责任编辑与审核行、“猜你喜欢”、页脚含新闻许可证。",
)

BLOCKS = [
    ("p", "星城晚报11月20日讯（全媒体记者 段思琪 通讯员 罗晓）一碗热汤、两荤两素，价格不到15元，在家门口就能吃上热乎饭菜。记者19日从长沙市民政局获悉，今年年底前，全市将新增120家社区长者食堂，长者食堂总数将突破500家，基本实现城市社区全覆盖。"),
    ("p", "中午11点刚过，开福区四方坪街道一家社区长者食堂里已坐满了前来就餐的老人。今年78岁的刘娭毑几乎每天都来这里吃午饭。“菜式天天换，软烂好嚼，还有社区工作人员帮忙端菜，比自己在家做省事多了。”"),
    ("h", "就餐补贴最高每餐5元"),
    ("p", "据介绍，长沙对60周岁以上老年人在长者食堂就餐给予补贴，其中80周岁以上老年人、特困和低保家庭老年人每餐补贴最高5元。老人凭身份证或社保卡刷脸即可享受补贴，部分食堂还为行动不便的老人提供送餐上门服务。"),
    ("p", "截至目前，全市已建成的386家长者食堂日均服务老年人超过2万人次，累计发放就餐补贴4700余万元。"),
    ("p", "记者走访发现，各区长者食堂运营模式不尽相同。有的由街道提供场地、引入专业餐饮公司运营；有的依托社区养老服务中心“自办自营”；还有的与周边企业、机关食堂合作，实行“中央厨房+配送”模式。不少食堂还推出了糖尿病餐、低盐餐等特色套餐。"),
    ("h", "探索“食堂+”多元服务"),
    ("p", "市民政局相关负责人表示，长沙鼓励长者食堂与社区养老服务中心、嵌入式养老机构合建共营，拓展健康咨询、文化娱乐、助浴助洁等服务，并引入社会餐饮企业参与运营，对运营情况良好的食堂给予一次性建设补助和运营奖补。"),
    ("p", "“下一步，我们还将探索长者食堂向社区全年龄段居民开放，实现以‘餐’养‘老’，推动食堂可持续运营。”该负责人说。"),
]

FMT = {
    "p": "<p>{t}</p>",
    "h": '<h2 class="xbt">{t}</h2>',
}

CSS = """
:root{--main:#e63312}
body{margin:0;background:#f5f5f5;font-family:"PingFang SC","Microsoft YaHei"}
.nav-bar{background:#fff;border-bottom:1px solid #eee}
.inner{width:1140px;margin:0 auto}
.nav-bar .inner{display:flex;align-items:center;height:64px}
.nav-bar .chs{display:flex;gap:26px;margin-left:40px}
.nav-bar .me{margin-left:auto;font-size:13px;color:#999}
.art-wrap{display:grid;grid-template-columns:780px 330px;gap:30px;margin-top:20px}
.art{background:#fff;padding:36px 48px}
.bread{font-size:13px;color:#999}
.art h1{font-size:30px;line-height:1.4;margin:14px 0 6px}
.art .fu{font-size:18px;color:#666;margin:0 0 14px}
.metabar{font-size:13px;color:#999;display:flex;gap:10px;border-bottom:1px solid #f0f0f0;padding-bottom:14px}
.txt p{font-size:18px;line-height:1.9;color:#333;margin:18px 0}
.xbt{font-size:18px;color:var(--main);border-left:4px solid var(--main);padding-left:10px;margin:26px 0 10px}
.tags a{display:inline-block;background:#fff3f0;color:var(--main);padding:2px 10px;border-radius:12px;margin-right:8px;font-size:13px}
.act{display:flex;gap:20px;justify-content:center;margin:26px 0;color:#666}
.ed{font-size:13px;color:#aaa}
.side .card{background:#fff;padding:16px 20px;margin-bottom:16px}
.side h3{font-size:17px;margin:0 0 10px}
.side li{list-style:none;border-bottom:1px dashed #eee;padding:8px 0;font-size:14px}.side ul{padding:0;margin:0}
.ft{background:#222;color:#888;font-size:12px;text-align:center;padding:28px;margin-top:40px;line-height:2}
"""


def render(P, body):
    return f"""
<div class="nav-bar"><div class="inner"><img src="{GIF}" alt="星城晚报网" width="160" height="40"><div class="chs">{links(["首页", "长沙", "民生", "教育", "财经", "文旅", "视频", "数字报"], sep="")}</div><div class="me">登录 | 注册</div></div></div>
<div class="inner art-wrap">
<div class="art">
<div class="bread">首页 &gt; 长沙 &gt; 民生</div>
<h1>{P['title']}</h1>
<p class="fu">已建成的386家食堂日均服务老人超2万人次</p>
<div class="metabar"><span>{P['publish_time']}</span><span>|</span><span>来源：星城晚报</span><span>|</span><span>阅读 1.2万</span></div>
<div class="txt">
{body}
</div>
<div class="tags"><a href="#">#长者食堂</a><a href="#">#养老服务</a><a href="#">#民生实事</a></div>
<div class="act"><span>👍 点赞 326</span><span>💬 评论 18</span><span>⭐ 收藏</span><span>↗ 分享</span></div>
<div class="ed">责任编辑：蒋佳　|　审核：黄新华</div>
</div>
<div class="side">
<div class="card"><h3>猜你喜欢</h3><ul>{lis(["长沙新增3条“微循环”公交线路", "雨花区“15分钟养老服务圈”全覆盖", "湘江新区老旧小区加装电梯突破1000台", "长沙发布今冬燃气安全提示"])}</ul></div>
<div class="card"><h3>24小时热榜</h3><ul>{lis(["长沙地铁7号线首通段开通时间定了", "橘子洲焰火周六晚照常燃放", "长沙今冬第一场雪或在下周"])}</ul></div>
<div class="card" style="text-align:center"><img src="{GIF}" alt="" width="120" height="120"><br>下载星城晚报APP</div>
</div>
</div>
<div class="ft">星城晚报网 版权所有　未经授权禁止转载、摘编、复制或建立镜像<br>互联网新闻信息服务许可证：43120180006　湘ICP备17009318号-1　湘公网安备 43010502000842号<br>新闻热线：0731-84326110　违法和不良信息举报：0731-84326119</div>
"""
