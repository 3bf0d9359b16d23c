# 伊犁哈萨克自治州人民政府 (新疆, 自治州): 政策解读.  The site's slogan line
# stands right over the headline; 【字体：大 中 小】【打印】【关闭】 glued to the
# info bar; 解读机关 and phone numbers are part of the text.
from kit import *

META = dict(
    id="xm-05", kind="government", lang="zh",
    title="《伊犁州直促进农村牧区庭院经济高质量发展实施方案》政策解读",
    authors=[],
    publish_time="2025-06-05 11:02",
)
HTML_TITLE = "《伊犁州直促进农村牧区庭院经济高质量发展实施方案》政策解读-伊犁哈萨克自治州人民政府网"
CSS = BASE_CSS + """
body{background:#eef2f6}
.tools{background:#fff;border-bottom:1px solid #e0e0e0;text-align:right;padding:6px calc(50% - 590px);font-size:13px}
.tools a{margin-left:16px;color:#1a5fa8}
.head{background:#1662b8;height:140px;color:#fff;padding:0 calc(50% - 590px)}
.head h2{margin:0;padding-top:34px;font-size:34px;letter-spacing:3px}
.head p{margin:0;font-size:13px;opacity:.85}
.nav{background:#0f4f97;text-align:center}
.nav li{display:inline-block}
.nav a{display:block;color:#fff;padding:12px 26px;font-size:16px}
.box{width:1180px;margin:20px auto;background:#fff;padding:30px 50px;box-sizing:border-box}
.crumb{font-size:13px;color:#666;margin-bottom:20px}
.slogan{text-align:center;color:#c62828;font-size:15px;letter-spacing:1px;border-top:2px solid #c62828;border-bottom:1px solid #f0c8c8;padding:6px 0;margin-bottom:6px}
h1{text-align:center;font-size:26px;line-height:1.5;margin:16px 40px}
.info{text-align:center;color:#888;font-size:13px;margin-bottom:24px}
.content{font-size:17px;line-height:2}
.content p{margin:0 0 10px;text-indent:2em}
.related{margin-top:30px;border-top:2px solid #1662b8;padding-top:10px}
.related li{padding:4px 0;font-size:15px}
.related li:before{content:"· "}
.footer{background:#0f4f97;color:#cfe0f5;text-align:center;padding:18px 0;font-size:13px}
.footer p{margin:4px 0}
.qr{display:inline-block;margin:0 20px;font-size:12px}
"""
TEMPLATE = f"""
{gov_tools(("无障碍浏览", "长者模式", "繁體", "哈萨克文", "维吾尔文", "English"))}
<div class="head"><h2>{img("州徽", 70, 70)}伊犁哈萨克自治州人民政府</h2><p>The People's Government of Ili Kazak Autonomous Prefecture</p>{search("全站搜索", "")}</div>
{nav(["首页", "走进伊犁", "政务动态", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流"])}
<div class="box">
{crumb(["首页", "政务公开", "政策解读", "正文"], prefix="您现在所在位置：", sep=" &gt; ")}
<div class="slogan">深入学习贯彻习近平新时代中国特色社会主义思想　完整准确全面贯彻新时代党的治疆方略</div>
<h1>@@TITLE@@</h1>
<div class="info">发布时间：@@DATE@@　　来源：州农业农村局　　{fontsize(1)}{printclose(1)}</div>
<div class="content">
@@BODY@@
</div>
<div class="related"><b>相关文件</b>
{ul(["伊犁州直促进农村牧区庭院经济高质量发展实施方案", "自治区关于加快发展庭院经济促进农牧民增收的指导意见", "伊犁州直2025年农牧民增收工作要点"])}
</div>
</div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
<p>主办：伊犁哈萨克自治州人民政府办公室　承办：伊犁州政务服务和公共资源交易中心</p>
<p>新ICP备07001845号-1　新公网安备 65400202000215号　网站标识码：6540000001</p>
{qr("扫一扫关注微信公众号")}{qr("伊犁州政府网手机版")}</div>
"""
OPTS = dict(pstyle="p", hstyle="strong")
BODY = """
p 近日，州人民政府办公室印发《伊犁州直促进农村牧区庭院经济高质量发展实施方案》（以下简称《方案》）。为便于社会各界理解和把握《方案》内容，现解读如下。
h 一、制定背景
p 庭院经济投入小、见效快，是农牧民就地就近增收的重要途径。近年来，州直各县市依托农牧民房前屋后的零星土地和闲置院落，发展特色种植、小型养殖和手工加工，取得了一定成效，但也存在规模小、品种杂、销路窄等问题。为进一步挖掘庭院经济潜力，州农业农村局会同有关部门研究制定了《方案》。
h 二、主要目标
p 《方案》提出，到2027年，州直发展庭院经济的农牧户达到12万户以上，户均庭院经济年收入增加3000元以上，培育庭院经济示范村100个、示范户5000户。
h 三、重点任务
p 《方案》明确了四项重点任务：
p 一是因地制宜发展庭院种植，推广葡萄、蔬菜、食用菌和中药材等品种；
p 二是规范发展庭院养殖，鼓励发展庭院养鸡、养鸭和肉羊育肥，严格落实动物防疫和粪污处理要求；
p 三是支持发展庭院手工和民宿，将刺绣、毡绣、木雕等传统技艺与乡村旅游结合；
p 四是拓宽销售渠道，引导合作社、电商平台与农牧户建立稳定购销关系。
h 四、支持措施
p 对新认定的州级庭院经济示范村给予一次性奖补5万元，对示范户给予奖补1000元；各县市要将庭院经济纳入农业技术推广服务范围，每年组织培训不少于2期。
h 五、解读机关及联系方式
p 解读机关：伊犁哈萨克自治州农业农村局
p 联系电话：0999-8026135
"""
