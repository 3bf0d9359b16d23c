from lib import links, lis, GIF

PAGE = dict(
    id="wi-03", kind="government", lang="zh",
    region="广西 柳州", site="柳州市城中区人民政府门户网站·镇街动态（街道新闻）",
    title="潭中街道“家门口”就业服务站冬季专场招聘送岗320余个",
    authors=["韦丽娟", "覃海燕"],
    publish_time="2025年11月19日 10:26",
    head_title="潭中街道“家门口”就业服务站冬季专场招聘送岗320余个-城中区人民政府门户网站",
    features="区政府门户里的街道新闻：左栏栏目导航，右栏正文；信息栏在标题下、含“阅读：”计数与分享；"
             "两张图（alt + ▲图说，非正文）；作者只出现在末段结尾的“（潭中街道 韦丽娟 覃海燕）”中（留在末段）；"
             "责任编辑行非作者；上一条/下一条、页脚含网站标识码与桂公网安备。",
)

BLOCKS = [
    ("p", "11月18日上午，潭中街道在西环社区“家门口”就业服务站举办冬季专场招聘活动，辖区18家企业提供岗位320余个，涵盖汽车零部件、电商客服、家政护理、餐饮服务等行业，吸引200余名居民前来咨询。"),
    ("img", "招聘现场", "▲居民在招聘现场了解岗位信息"),
    ("p", "活动现场，求职者排起长队，有的仔细查看岗位介绍，有的与企业负责人面对面交流。“以前找工作要跑到市里的人才市场，现在走几分钟就到了，很方便。”刚与一家家政公司达成初步意向的居民吴阿姨说。"),
    ("p", "据了解，今年以来，潭中街道依托辖区6个社区建成“家门口”就业服务站，为居民提供岗位推荐、政策咨询、技能培训等“一站式”服务。服务站工作人员定期走访辖区企业收集用工需求，并通过社区微信群、楼栋长“点对点”推送给有就业意愿的居民。"),
    ("p", "针对大龄、失业人员等就业困难群体，街道建立“一人一档”帮扶台账，开展“一对一”跟踪服务。截至目前，已累计帮助326名居民实现就近就业，组织开展育婴员、中式面点师等技能培训11期。"),
    ("img", "技能培训", "▲社区组织居民参加中式面点师培训"),
    ("p", "下一步，潭中街道将继续擦亮“家门口”就业服务品牌，扩大企业合作范围，让更多居民在家门口找到称心的工作。（潭中街道 韦丽娟 覃海燕）"),
    ("x", '<span class="edit">责任编辑：蒙晓琳</span>'),
]

FMT = {
    "p": "<p>　　{t}</p>",
    "img": '<p align="center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="640" height="426"></p>',
    "cap": '<p align="center" style="color:#2b5d9a;font-size:14px">{t}</p>',
    "x": '<p style="text-align:right">{t}</p>',
}

CSS = """
body{margin:0;background:#fff;font:14px/1.8 "微软雅黑",Arial}
a{color:#333;text-decoration:none}
.wrap{width:1180px;margin:0 auto}
.tb{background:#f2f2f2;height:32px;line-height:32px;font-size:12px;color:#666}
.tb .r{float:right}.tb .r a{margin-left:12px}
.hd{height:140px;background:#c71d23}
.hd .sch{float:right;margin-top:50px}
.mn{background:#a5141a}.mn a{color:#fff;display:inline-block;padding:0 26px;line-height:46px;font-size:16px}
.side{float:left;width:240px;margin-top:16px}
.side h3{background:#c71d23;color:#fff;margin:0;padding:10px 16px}
.side ul{margin:0;padding:0;list-style:none;border:1px solid #eee}
.side li{border-bottom:1px solid #eee;padding:8px 16px}
.side li.on{background:#fbeaea}
.main{float:right;width:910px;margin-top:16px}
.loc{border-bottom:2px solid #c71d23;padding-bottom:6px;color:#666}
.main h2{text-align:center;font-size:24px;color:#222;margin:24px 0 10px}
.fbar{overflow:hidden;border-bottom:1px solid #e5e5e5;color:#999;font-size:13px;padding-bottom:8px}
.fbar .l{float:left}.fbar .r{float:right}
.txt{font-size:16px;line-height:2;color:#333;padding:10px 0}
.edit{color:#999;font-size:13px}
.prev{border-top:1px dashed #ddd;padding-top:10px;color:#666}
.ft{clear:both;background:#333;color:#bbb;text-align:center;padding:24px 0;margin-top:40px;font-size:12px}
"""


def render(P, body):
    side = lis(["城中要闻", "部门动态", "镇街动态", "通知公告", "图片新闻", "视频城中"]).replace("<li><a href=\"#\">镇街动态", "<li class=\"on\"><a href=\"#\">镇街动态")
    return f"""
<div class="tb"><div class="wrap"><span class="r"><a href="#">长者模式</a><a href="#">无障碍阅读</a><a href="#">简/繁</a><a href="#">网站支持IPv6</a></span>今天是：2025年11月19日 星期三</div></div>
<div class="hd"><div class="wrap"><img src="{GIF}" alt="柳州市城中区人民政府门户网站" width="500" height="80">
<div class="sch"><input type="text" placeholder="全站搜索"><input type="button" value="搜 索"></div></div></div>
<div class="mn"><div class="wrap">{links(["首页", "走进城中", "政务公开", "政务服务", "政民互动", "专题专栏"])}</div></div>
<div class="wrap">
<div class="side"><h3>新闻中心</h3><ul>{side}</ul></div>
<div class="main">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">镇街动态</a></div>
<h2>{P['title']}</h2>
<div class="fbar"><span class="l">时间：{P['publish_time']}　　来源：潭中街道办事处　　阅读：<span id="hits"></span></span><span class="r">分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>
<div class="txt">
{body}
</div>
<div class="prev">
<div>上一条：<a href="#">河东街道开展冬季电动自行车消防安全宣传</a></div>
<div>下一条：<a href="#">城中区举办2025年秋季社区工作者业务培训</a></div>
</div>
<div style="text-align:right;margin-top:10px"><a href="#">[打印]</a> <a href="#">[关闭]</a></div>
</div>
</div>
<div class="ft">
<p><a href="#">网站地图</a>　<a href="#">联系我们</a>　<a href="#">隐私保护</a></p>
<p>主办：柳州市城中区人民政府办公室　承办：柳州市城中区融媒体中心　联系电话：0772-2863071</p>
<p>桂ICP备13002875号-1　<img src="{GIF}" alt="" width="14" height="14">桂公网安备 45020202000164号　网站标识码：4502020006</p>
<p><img src="{GIF}" alt="党政机关" width="40" height="48"> <img src="{GIF}" alt="政府网站找错" width="100" height="48"></p>
</div>
"""
