from blocks import *
from furniture import *

ID, KIND, LANG = "xn-31", "e-paper", "zh"
SITE = "鹭城日报数字报（厦门市级日报电子版）"
DOC_TITLE = "鹭城日报数字报-厦金“同城生活圈”加速成形"
TITLE = "厦金“同城生活圈”加速成形"
AUTHORS = ["吴雅琪", "曾一帆"]
PUBLISH_TIME = "2024年05月21日 星期二"
FEATURES = ("e-paper: 引题/主题/副题 stack (title = 主题 only); issue date 2024年05月21日 星期二 in the masthead "
            "(weekday kept); 版次 navigation 第A01版：要闻 … with 上一版/下一版; 本版标题 list after the article; "
            "byline line 本报记者 吴雅琪 通讯员 曾一帆; body one <div> of U+3000-indented lines with no blank lines; "
            "■ sub-headings inside that run.")

CSS = """
body{margin:0;font:14px/1.8 SimSun,"Microsoft YaHei";background:#e8e8e8}
.mast{background:#a4161a;color:#fff;padding:10px 30px;display:flex;justify-content:space-between;align-items:center}
.mast b{font-size:30px;font-family:STKaiti}
.bc{background:#fff;padding:6px 30px;border-bottom:1px solid #ccc}
.bc a{margin-right:12px}
.paper{width:1180px;margin:10px auto;display:flex;gap:16px}
.pageimg{width:420px;height:600px;background:#fafafa;border:1px solid #ccc}
.article{flex:1;background:#fff;padding:16px 30px}
.yt,.ft2{text-align:center;font-size:16px;color:#333;margin:0}
.zt{text-align:center;font-size:28px;font-weight:bold;margin:4px 0;font-family:"黑体"}
.by{text-align:center;color:#555}
.txt{font-size:16px;line-height:2}
.bbt li{list-style:none}
"""

BODY = [
    LINES([
        "5月20日清晨，金门居民李先生搭乘首班“厦金航线”客轮抵达厦门五通码头，转乘地铁去同安看望亲戚，中午又回到金门。“现在往返一趟比去台北还方便。”李先生说。",
        "<b>■往来客流持续回升</b>",
        "厦门港口管理局数据显示，今年1月至4月，厦金航线共运送旅客102.6万人次，同比增长1.3倍，日均航班达32个。五一假期期间，单日客流最高突破1.4万人次，创航线复航以来新高。",
        "为方便两岸同胞往来，五通码头推出“一证通行”服务，台胞持台胞证即可完成购票、候船、乘船全流程；码头还增设了自助通关通道，旅客通关时间缩短至每人约30秒。",
        "<b>■民生融合不断深化</b>",
        "除了“走得通”，两地民生领域的融合也在加快。目前，已有1800余名金门居民在厦门办理了居住证，享受与厦门市民同等的就医、就学等公共服务；厦门有12家医院开通了台胞就医绿色通道。",
        "“我们正研究推出更多便利举措，让两岸同胞在厦门生活得更舒心。”市台港澳办有关负责人表示，下一步将加快推进厦金通水、通电、通气、通桥“新四通”，推动厦金“同城生活圈”加速成形。",
    ], indent=IND, cls="txt"),
]


def page(body):
    return f"""<body>
<div class="mast"><b>鹭城日报</b><span>{PUBLISH_TIME}</span><span><a href="#" style="color:#fff">往期回顾</a> <input type="text" placeholder="选择日期"></span></div>
<div class="bc"><a href="#">第A01版：要闻</a><a href="#">第A02版：综合</a><a href="#">第A03版：两岸</a><a href="#">第A04版：经济</a><a href="#">第A05版：城事</a><a href="#">第A06版：文体</a>　<a href="#">上一版</a> <a href="#">下一版</a> <a href="#">PDF下载</a></div>
<div class="paper">
<div class="pageimg"><img alt="A03版版面图"><p>第A03版：两岸</p></div>
<div class="article">
<p class="yt">推进两岸融合发展示范区建设</p>
<p class="zt">{TITLE}</p>
<p class="ft2">今年以来两地往来旅客超百万人次</p>
<p class="by">本报记者 吴雅琪 通讯员 曾一帆</p>
{body}
<div class="bbt"><h4>本版标题</h4><ul>
<li><a href="#">厦金“同城生活圈”加速成形</a></li>
<li><a href="#">第十六届海峡论坛筹备工作就绪</a></li>
<li><a href="#">台胞青年创业基地新增入驻团队26个</a></li>
<li><a href="#">两岸中小学生同台竞技机器人大赛</a></li></ul></div>
</div></div>
<div class="foot" style="text-align:center;font-size:12px">鹭城日报社版权所有　未经书面授权不得复制或建立镜像<br>闽ICP备10001736号</div>
</body>"""
