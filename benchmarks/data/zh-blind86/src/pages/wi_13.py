from lib import links, lis, GIF

PAGE = dict(
    id="wi-13", kind="media", lang="zh",
    region="江苏 南京", site="新潮网（省级新闻客户端网页版，2024 设计）",
    title="长江南京段今年已记录江豚活动超400头次",
    authors=["钱雨桐", "孙浩"],
    publish_time="2025-11-18 19:26:41",
    head_title="长江南京段今年已记录江豚活动超400头次 - 新潮网",
    features="省级新闻客户端的网页分享页：顶部“打开APP”条；标题下作者行“新潮网记者 钱雨桐 通讯员 孙浩”与时间（带秒）、阅读量分开两行；"
             "首段以“新潮网讯”开头；两个小标题；一张图（alt + 图说，“新潮网记者 …摄”非作者）；文末“责编/审核”与版权声明；"
             "“打开APP阅读更多”、推荐列表（带时间和阅读数）、下载二维码。",
)

BLOCKS = [
    ("p", "新潮网讯　11月18日，记者从南京市农业农村局获悉，今年以来，长江南京段通过固定监测点、无人机巡护和志愿者观测等方式，累计记录到长江江豚活动超过400头次，较去年同期增长约两成，江豚“微笑”出现得越来越频繁。"),
    ("p", "在南京江北新区七里河口附近的监测点，工作人员陈思远指着屏幕上一段视频介绍，上周一个傍晚，一个由5头江豚组成的小群体在离岸不到百米的江面上追逐嬉戏，持续了将近20分钟。“以前要等上好几天才能拍到一次，现在几乎每周都有收获。”"),
    ("img", "江豚在江面跃出水面", "11月15日，江豚在长江南京段江面嬉戏。新潮网记者 周烨 摄"),
    ("h", "禁捕退捕成效持续显现"),
    ("p", "长江十年禁渔实施以来，南京市累计退捕渔船1130余艘，安置退捕渔民2600多人。渔政部门联合公安、海事等部门开展常态化巡查，今年共查处非法捕捞案件37起。"),
    ("p", "南京师范大学生命科学学院副教授吴晓梅长期关注长江江豚种群变化。她表示，江豚处于长江生态系统食物链顶端，其出现频次的增加，说明鱼类资源正在逐步恢复。“但也要看到，江豚的生存环境仍然面临航运、岸线开发等压力，保护工作需要久久为功。”"),
    ("p", "为了让江豚有更好的栖息环境，南京近年来还实施了长江岸线生态修复工程，累计腾退生产岸线12.3公里，新建滨江生态湿地1200余亩。在江心洲附近水域，工作人员还投放了人工鱼巢，为鱼类繁殖提供场所，也改善了江豚的“口粮”。"),
    ("p", "江豚也有了自己的“身份证”。科研人员通过分析背鳍形态和伤痕等特征，已为长江南京段识别出60余头江豚个体，并建立了个体档案。“通过长期追踪，我们可以更准确地掌握种群数量、繁殖和活动规律。”吴晓梅说。"),
    ("h", "市民可通过小程序参与观测"),
    ("p", "记者了解到，南京已在长江沿线设置12个江豚观测点，市民可通过“南京江豚观测”小程序上传观测照片和视频，经专家审核后纳入监测数据库。目前，已有1800多名市民注册成为志愿观测员。"),
    ("p", "家住江北新区的退休教师周建平是最早一批志愿观测员。三年来，他几乎每天清晨都会带着相机到江边蹲守，已上传观测记录400多条。“看到江豚在江里‘拜风’，心里特别高兴，感觉自己也为长江保护出了一份力。”"),
    ("p", "相关负责人提醒，观测江豚时请保持安全距离，不要投喂、追逐，更不要使用无人机在江豚附近低空飞行。"),
]

FMT = {
    "p": '<p class="ptxt">{t}</p>',
    "h": '<p class="ptxt"><strong style="color:#c8161d">{t}</strong></p>',
    "img": '<div class="imgbox"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="720" height="480"></div>',
    "cap": '<p class="imgcap">{t}</p>',
}

CSS = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Microsoft YaHei";color:#222}
.appbar{position:sticky;top:0;background:#c8161d;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:8px 20px}
.appbar .open{background:#fff;color:#c8161d;border-radius:14px;padding:2px 14px}
.page{max-width:760px;margin:0 auto;padding:20px}
.chan{font-size:13px;color:#c8161d}
.page h1{font-size:26px;line-height:1.45;margin:10px 0 14px}
.who{font-size:14px;color:#555}
.when{font-size:13px;color:#999;margin:4px 0 18px}
.when span{margin-right:14px}
.ptxt{font-size:18px;line-height:1.9;margin:0 0 20px;text-align:justify}
.imgbox img{width:100%;height:auto;background:#eee}
.imgcap{font-size:14px;color:#888;text-align:center;margin:-8px 0 20px}
.resp{font-size:13px;color:#999;border-top:1px solid #f0f0f0;padding-top:12px}
.copy{font-size:12px;color:#bbb;margin-top:8px}
.more{display:block;text-align:center;border:1px solid #c8161d;color:#c8161d;border-radius:20px;padding:8px;margin:20px 0}
.rec h3{font-size:17px;border-left:3px solid #c8161d;padding-left:8px}
.rec li{list-style:none;border-bottom:1px solid #f2f2f2;padding:10px 0}
.rec ul{padding:0}.rec .m{display:block;font-size:12px;color:#aaa}
.dl{text-align:center;font-size:13px;color:#888;margin:30px 0}
.ft{text-align:center;font-size:12px;color:#aaa;padding:20px;background:#f7f7f7}
"""


def render(P, body):
    recs = "".join(f'<li><a href="#">{t}</a><span class="m">{m}</span></li>' for t, m in [
        ("南京今冬首场寒潮来袭 最低气温将跌至-2℃", "新潮网 · 2小时前 · 阅读 2.1万"),
        ("长江大保护｜扬州三江营：夹江湿地迎来越冬候鸟", "新潮网 · 11-17 · 阅读 8654"),
        ("江苏发布2025年第四批省级美丽河湖名单", "新潮网 · 11-16 · 阅读 1.3万"),
    ])
    return f"""
<div class="appbar"><span>新潮网 · 有温度的新闻</span><span class="open">打开APP</span></div>
<div class="page">
<div class="chan">南京频道 &gt; 生态</div>
<h1>{P['title']}</h1>
<div class="who">新潮网记者　钱雨桐　通讯员　孙浩</div>
<div class="when"><span>{P['publish_time']}</span><span>阅读量 3.2万</span></div>
<div class="article">
{body}
</div>
<div class="resp">责编：许晴　　审核：周海涛</div>
<div class="copy">版权声明：本文为新潮网原创稿件，未经授权不得转载。</div>
<a class="more" href="#">打开新潮网APP，阅读更多精彩内容</a>
<div class="rec"><h3>相关推荐</h3><ul>{recs}</ul></div>
<div class="dl"><img src="{GIF}" alt="" width="100" height="100"><br>扫码下载新潮网客户端</div>
</div>
<div class="ft">新潮网 版权所有　苏ICP备14038722号-5　互联网新闻信息服务许可证编号：32120170019　苏公网安备 32010202011583号</div>
"""
