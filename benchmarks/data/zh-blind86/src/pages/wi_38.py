from lib import links, lis, GIF

PAGE = dict(
    id="wi-38", kind="institution", lang="zh",
    region="广西 钦州", site="广西桂海港务集团有限公司官网·基层动态（国有企业）",
    title="钦州港自动化集装箱码头单日作业量创历史新高",
    authors=["潘毅", "农丽"],
    publish_time="2025年11月21日",
    head_title="钦州港自动化集装箱码头单日作业量创历史新高-广西桂海港务集团有限公司",
    features="国企官网：顶部“集团办公平台/邮箱/English”，企业标语横幅；信息栏“发布时间/作者/来源（子公司名）/浏览次数”；"
             "正文含三列对比表（表头行）、小标题、引语；文末“（编辑：韦芳　审核：何志强）”（均非作者）；"
             "“分享到”、上一篇/下一篇、左栏新闻中心子栏目、页脚含纪检举报邮箱。",
)

BLOCKS = [
    ("p", "11月19日，集团所属钦州港自动化集装箱码头单日完成集装箱作业量2.86万标箱，刷新了该码头投产以来单日作业量纪录。"),
    ("p", "当天，码头共靠泊集装箱船舶9艘次，其中外贸航线船舶5艘次。面对作业高峰，码头生产指挥中心提前制定“一船一方案”，动态优化泊位、岸桥和自动化导引车（AGV）资源配置，实现船舶“到港即靠、靠泊即作业”。"),
    ("p", "“以前遇到多船同时靠泊，调度员要在几个系统之间来回切换，现在通过智能调度平台，堆场、岸桥、AGV的作业状态在一块屏幕上就能看清楚。”码头生产调度主管梁建华说。"),
    ("p", "今年以来，码头持续推进技术改造和流程优化，完成自动化轨道吊远程控制系统升级，岸桥平均作业效率由每小时32自然箱提升至38自然箱。1至10月，码头累计完成集装箱吞吐量486万标箱，同比增长16.3%。"),
    ("h", "主要生产指标对比"),
    ("table", [
        ["指标", "2024年1—10月", "2025年1—10月"],
        ["集装箱吞吐量（万标箱）", "418", "486"],
        ["岸桥平均效率（自然箱/小时）", "32", "38"],
        ["船舶平均在港时间（小时）", "21.5", "17.8"],
    ]),
    ("p", "下一步，码头将继续深化智慧港口建设，全力保障年末生产旺季作业需求，为西部陆海新通道建设贡献港口力量。"),
    ("x", "（编辑：韦芳　审核：何志强）"),
]

FMT = {
    "p": '<p style="text-indent:2em">{t}</p>',
    "h": '<p style="text-align:center"><b>{t}</b></p>',
    "table_wrap": '<table class="zb" align="center">{t}</table>',
    "x": '<p style="text-align:right;color:#666">{t}</p>',
}

CSS = """
body{margin:0;background:#f0f4f8;font-family:"Microsoft YaHei";color:#333}
.gtop{background:#06315c;color:#aac4de;font-size:12px;line-height:30px}
.gtop .in{width:1200px;margin:0 auto;text-align:right}.gtop a{color:#fff;margin-left:14px}
.ghead{background:#fff}.ghead .in{width:1200px;margin:0 auto;display:flex;align-items:center;height:96px}
.ghead nav{margin-left:auto}.ghead nav a{margin-left:26px;font-size:16px;color:#06315c}
.slogan{background:#0b4f8f;color:#fff;text-align:center;font-size:22px;letter-spacing:6px;padding:30px 0}
.gbody{width:1200px;margin:20px auto;display:flex;gap:20px}
.gside{width:230px;background:#fff}
.gside h3{margin:0;background:#0b4f8f;color:#fff;padding:14px;font-size:17px}
.gside a{display:block;padding:11px 16px;border-bottom:1px solid #eef}
.gmain{flex:1;background:#fff;padding:26px 50px}
.gpos{font-size:13px;color:#888;border-bottom:1px solid #eef;padding-bottom:8px}
.gmain h1{font-size:24px;text-align:center;margin:24px 0 12px}
.ginfo{text-align:center;font-size:13px;color:#888;margin-bottom:20px}
.ginfo span{margin:0 10px}
.gtext{font-size:16px;line-height:2}
.zb{border-collapse:collapse;margin:6px auto 16px}
.zb th,.zb td{border:1px solid #8aa4bf;padding:6px 14px;font-size:15px}
.zb th{background:#e8f0f8}
.gshare{font-size:13px;color:#888;margin-top:12px}
.gpn{border-top:1px solid #eef;margin-top:16px;padding-top:10px;font-size:14px}
.gfoot{background:#06315c;color:#9fb6cf;text-align:center;font-size:13px;line-height:2;padding:24px}
"""


def render(P, body):
    return f"""
<div class="gtop"><div class="in"><a href="#">集团办公平台</a><a href="#">企业邮箱</a><a href="#">English</a></div></div>
<div class="ghead"><div class="in"><img src="{GIF}" alt="广西桂海港务集团有限公司" width="420" height="60"><nav>{links(["首页", "走进集团", "新闻中心", "业务板块", "党建园地", "社会责任", "信息公开", "人才招聘"], sep="")}</nav></div></div>
<div class="slogan">向海图强　通达四海</div>
<div class="gbody">
<div class="gside"><h3>新闻中心</h3>{links(["集团要闻", "基层动态", "媒体聚焦", "通知公告", "视频新闻"], sep="")}</div>
<div class="gmain">
<div class="gpos">当前位置：首页 &gt; 新闻中心 &gt; 基层动态</div>
<h1>{P['title']}</h1>
<div class="ginfo"><span>发布时间：{P['publish_time']}</span>
<span>作者：潘毅 农丽</span>
<span>来源：钦州港务分公司</span>
<span>浏览次数：</span></div>
<div class="gtext">
{body}
</div>
<div class="gshare">分享到：微信　微博　QQ空间</div>
<div class="gpn"><p>上一篇：<a href="#">防城港分公司开展冬季消防应急演练</a></p><p>下一篇：<a href="#">集团与东盟航运企业签署战略合作协议</a></p></div>
</div>
</div>
<div class="gfoot">广西桂海港务集团有限公司 版权所有　地址：南宁市良庆区秋月路15号<br>纪检监察举报电话：0771-2093317　举报邮箱：jjjc@example.cn　桂ICP备08100653号-1　桂公网安备 45010802000513号</div>
"""
