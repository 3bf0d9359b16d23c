from lib import *

META = dict(
    id="xu-38", kind="institution", lang="zh",
    title="热电分公司：机组检修进入冲刺阶段 全力备战今冬供热",
    authors=["孟庆阳"],
    publish_time="2025-09-12",
)
FEATURES = ("黑龙江 state energy enterprise site (invented 北安能源集团, 2017 template): 党建/国企改革 nav, 新闻中心 > "
            "基层动态 breadcrumb, headline with the unit name before a colon, info bar 信息来源 (a branch, not an author)/"
            "发布日期/访问量, 文/孟庆阳 图/于洋 line (only 文 is the author), 一是…二是…三是 paragraphs, a schedule table, "
            "photo caption, 【关闭】, 友情链接 select, footer with 安全生产 slogan.")

BODY = [
    P("距离今冬供热开始还有一个多月，北安能源集团热电分公司1号、2号机组检修工作已进入冲刺阶段。截至9月11日，两台机组计划检修项目完成率达到86%，预计9月25日前全部完成并具备启动条件。"),
    P("今年的检修工作于7月初启动，共安排标准项目312项、技改项目17项。为确保检修质量和进度，分公司主要抓了三个方面："),
    P("一是细化检修计划。按照“应修必修、修必修好”原则，对锅炉受热面、汽轮机通流部分、脱硫脱硝系统等关键设备逐项制定检修方案，把每一个项目落实到班组、落实到人。"),
    P("二是严把质量关口。推行检修质量“三级验收”制度，关键工序实行旁站监督，对检修中发现的锅炉水冷壁磨损、给水泵振动偏大等问题，组织技术骨干攻关，做到问题不过夜。"),
    P("三是守牢安全底线。每天召开检修协调会，严格执行工作票、操作票制度，对高空作业、有限空间作业实行专人监护，检修以来未发生一起安全事件。"),
    P("在锅炉检修现场，检修班长刘宏伟正带着班组成员对省煤器管排进行测厚检查。“今年的检修任务重、工期紧，大家每天早上七点进场，晚上八九点才收工，就是为了把每一处隐患都排查到位。”他说。"),
    IMG("检修人员对锅炉受热面进行检查", "检修人员对锅炉受热面进行检查"),
    P("目前各项工作节点安排如下："),
    T([
        ["节点", "完成时间"],
        ["设备检修全部结束", "9月25日"],
        ["机组整体试运", "10月5日"],
        ["热网注水冷态试压", "10月10日"],
        ["具备供热条件", "10月15日"],
    ]),
    P("分公司负责人表示，将坚持安全、质量、进度并重，确保机组以最佳状态迎接供热期，保障北安城区1200万平方米供热面积群众温暖过冬。"),
]

CSS = """
body{margin:0;font:13px/1.8 "Microsoft YaHei",SimSun;background:#e5e9ee}
.ny-w{width:1100px;margin:0 auto;background:#fff}
.ny-h{height:110px;background:#164d9c;color:#fff;padding:0 30px;display:flex;align-items:center;justify-content:space-between}
.ny-h .n{font-size:28px;font-weight:bold}
.ny-h .s{font-size:12px}
.ny-n{background:#0f3a78}
.ny-n a{display:inline-block;color:#fff;padding:10px 20px;font-size:15px}
.ny-loc{padding:8px 30px;border-bottom:1px solid #e5e5e5;color:#777}
.ny-c{padding:20px 60px}
.ny-c h2{text-align:center;font-size:22px;color:#164d9c;margin:10px 0}
.ny-i{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.ny-wt{text-align:center;color:#555;font-size:14px}
.ny-t p{text-indent:2em;font-size:15px;line-height:2}
.ny-t table{margin:0 auto;border-collapse:collapse}
.ny-t td,.ny-t th{border:1px solid #8aa4c8;padding:4px 20px;font-size:14px}
.ny-t .ny-p{text-align:center;text-indent:0}
.ny-t .ny-pc{text-align:center;text-indent:0;font-size:13px;color:#666}
.ny-close{text-align:center}
.ny-yq{padding:8px 30px;background:#f3f5f8}
.ny-f{background:#164d9c;color:#d0dcef;text-align:center;padding:16px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="ny-p"><img alt="{alt}"{src}></p>', cap='<p class="ny-pc">{}</p>')
    t = META["title"]
    return doc(t, CSS, f"""
<div class="ny-w">
<div class="ny-h"><span class="n">北安能源集团有限公司</span><span class="s">安全 · 清洁 · 高效 · 温暖<br><input type="text" placeholder="站内搜索"> <button>搜索</button></span></div>
<div class="ny-n"><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">国企改革</a><a href="#">安全生产</a><a href="#">信息公开</a><a href="#">人才招聘</a></div>
<div class="ny-loc">当前位置：首页 &gt; 新闻中心 &gt; 基层动态</div>
<div class="ny-c">
 <h2>{e(t)}</h2>
 <div class="ny-i">信息来源：热电分公司　　发布日期：2025-09-12　　访问量：687</div>
 <p class="ny-wt">文/孟庆阳　图/于洋</p>
 <div class="ny-t">
{body}
 </div>
 <p class="ny-close"><a href="#">【关闭】</a></p>
</div>
<div class="ny-yq">友情链接：<select><option>—— 上级单位 ——</option><option>黑龙江省人民政府国有资产监督管理委员会</option></select> <select><option>—— 集团子公司 ——</option><option>热电分公司</option><option>供热公司</option></select></div>
<div class="ny-f">北安能源集团有限公司 版权所有　地址：黑龙江省北安市兆麟大街28号<br>
安全第一 预防为主 综合治理　黑ICP备15004716号</div>
</div>
""")
