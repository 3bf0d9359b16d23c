# 天山新闻网 (新疆, provincial portal): a 滚动新闻 column of 16 other stories is
# copied before the headline; wire copy with the byline inside the first
# paragraph (a name with the middle dot); 责任编辑 at the end.
from kit import *

META = dict(
    id="xm-17", kind="media", lang="zh",
    title="新疆首批“棉花保险+期货”县域全覆盖项目落地",
    authors=["阿依努尔·艾力", "刘洋"],
    publish_time="2025-06-01 12:05",
)
HTML_TITLE = "新疆首批“棉花保险+期货”县域全覆盖项目落地_天山新闻网"
CSS = BASE_CSS + """
body{font-size:14px}
.hd{background:#004a8f;color:#fff;height:70px;display:flex;align-items:center;padding:0 calc(50% - 590px);gap:24px}
.hd b{font-size:28px}
.hd a{color:#cfe3f7}
.wrap{width:1180px;margin:14px auto;display:flex;gap:26px}
.roll{width:300px;background:#f7f9fb;border-top:3px solid #004a8f;padding:8px 12px;font-size:13px}
.roll h3{margin:4px 0 8px;font-size:16px;color:#004a8f}
.roll li{padding:5px 0;border-bottom:1px dotted #ccc}
.roll .t{color:#999;margin-right:6px}
.art{flex:1}
.crumb{font-size:13px;color:#888}
h1{font-size:30px;margin:16px 0 10px;line-height:1.4}
.info{color:#888;font-size:13px;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.info span{margin-right:16px}
.content{font-size:17px;line-height:1.9;margin-top:14px}
.content p{margin:0 0 16px;text-indent:2em}
.editor{text-align:right;color:#888;font-size:13px}
.share{color:#888;font-size:13px;margin-top:16px}
.share a{margin-left:8px;color:#004a8f}
.footer{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;padding:16px 0}
.footer p{margin:3px 0}
"""
ROLL = [("11:58", "乌鲁木齐至若羌航线加密至每日两班"), ("11:40", "喀什古城景区五月接待游客创同期新高"),
        ("11:32", "伊犁河谷薰衣草进入花期"), ("11:15", "阿勒泰地区启动夏季牧场转场服务保障"),
        ("10:56", "自治区召开安全生产电视电话会议"), ("10:41", "吐鲁番葡萄进入膨大期 果农忙疏果"),
        ("10:30", "克拉玛依新增两座充换电站"), ("10:12", "和田玉石文化节将于6月下旬举办"),
        ("09:55", "新疆高考各科考试时间安排公布"), ("09:47", "巴音郭楞州香梨花期授粉工作结束"),
        ("09:30", "昌吉州农机手跨区作业服务队出发"), ("09:18", "哈密市开展防汛应急演练"),
        ("09:02", "博州赛里木湖景区恢复通行"), ("08:45", "塔城地区首列中欧班列驶出"),
        ("08:30", "新疆棉花长势良好 病虫害总体偏轻"), ("08:12", "自治区人社厅发布高温天气劳动保护提示")]
TEMPLATE = f"""
<div class="hd"><b>天山新闻网</b>{links(["首页", "时政", "新疆", "兵团", "经济", "社会", "文旅", "视频", "English"], sep=" ")}</div>
<div class="wrap">
<div class="roll"><h3>滚动新闻</h3><ul>{"".join(f'<li><span class="t">{t}</span><a href="#">{x}</a></li>' for t, x in ROLL)}</ul></div>
<div class="art">
{crumb(["首页", "经济", "正文"], prefix="当前位置：")}
<h1>@@TITLE@@</h1>
<div class="info"><span>@@DATE@@</span><span>来源：新华社</span><span>{fontsize(3)}</span></div>
<div class="content">
@@BODY@@
</div>
<p class="editor">[责任编辑：古丽扎尔]</p>
{share("分享到：", ("微信", "微博", "QQ"))}
</div>
</div>
{footer(["天山新闻网版权所有　互联网新闻信息服务许可证：65120170003",
         "新ICP备12000789号-1　新公网安备 65010202000356号", "违法和不良信息举报电话：0991-1234567"])}
"""
OPTS = dict(pstyle="p")
BODY = """
p 新华社乌鲁木齐6月1日电（记者阿依努尔·艾力、刘洋）记者从新疆维吾尔自治区农业农村厅获悉，新疆首批“棉花保险+期货”县域全覆盖项目近日在沙雅、麦盖提等5个县落地，覆盖棉花种植面积约320万亩，为2.6万户棉农提供价格风险保障。
p “保险+期货”是保险公司为农户提供价格保险，再通过期货市场转移风险的一种金融工具。与以往只在部分乡镇、部分农户中试点不同，此次项目实现了项目县内棉花种植主体应保尽保。
p 据介绍，项目由郑州商品交易所、相关期货公司和保险公司共同实施，保险期间覆盖棉花集中上市期。如果保险期内棉花价格低于约定的目标价格，棉农将获得相应差价赔付，财政对保费给予补贴，棉农自缴比例不超过保费的20%。
p 沙雅县种植大户艾尔肯·吐尔逊今年种了600亩棉花，他说：“以前最怕收棉花的时候价格掉下来，现在有了价格保险，心里踏实多了。”
p 新疆是我国最大的产棉区，棉花产量占全国九成左右。近年来，新疆积极探索“保险+期货”等金融支农方式，已累计为棉农提供风险保障超过200亿元。
"""
