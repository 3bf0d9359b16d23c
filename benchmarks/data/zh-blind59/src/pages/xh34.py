from lib import *

ID = "xh-34"
KIND = "e-paper"
LANG = "zh"
FEATURES = ("provincial daily e-paper (海南日报数字报) with 主题 + 副题 (no 引题); date with weekday "
            "'2024年03月11日 星期一' (publish_time keeps the weekday); byline '本报记者 李梦溪 特约记者 陈  超'; "
            "sub-headings; a 版次 nav 'A03版：要闻'; 本版标题 list; '海南日报数字报 > 2024年03月11日 > A03版' crumb")
HEAD_TITLE = "海南日报数字报-儋州洋浦一体化发展按下“快进键”"
TITLE_LINES = ["儋州洋浦一体化发展按下“快进键”"]
AUTHORS = ["李梦溪", "陈超"]
TIME = "2024年03月11日 星期一"

CSS = """
body{margin:0;background:#eef2f6;font:16px/1.85 "PingFang SC","Microsoft YaHei"}
.hnrb-head{background:#004a8f;color:#fff;padding:12px 40px;display:flex;align-items:baseline;gap:20px}
.hnrb-head b{font:bold 30px KaiTi}
.crumbs{padding:8px 40px;font-size:13px;color:#666}
.hnrb{display:flex;gap:20px;padding:0 40px 20px}
.nav-col{width:220px;background:#fff;font-size:14px}.nav-col h4{background:#004a8f;color:#fff;margin:0;padding:4px 10px}
.nav-col ul{list-style:none;padding:0 10px}
.article-col{flex:1;background:#fff;padding:24px 60px}
.article-col h1{text-align:center;font-size:28px;margin:0}
.article-col .sub{text-align:center;font-size:18px;color:#444;margin:6px 0}
.article-col .by{text-align:center;color:#777;font-size:14px}
.article-col .tx p{text-indent:2em;margin:12px 0}
.article-col .tx h4{margin:16px 0 4px}
.list-col{width:260px;background:#fff;font-size:14px;padding:10px}
.hnrb-foot{text-align:center;font-size:12px;color:#777;padding:14px}
"""

BODY = [
    P("3月8日，在洋浦经济开发区与儋州市交界处的新英湾大道施工现场，工程车辆来回穿梭，这条连接儋州城区与洋浦港区的主干道预计今年6月建成通车。“以前从儋州城区到洋浦要绕行40分钟，通车后20分钟就能到。”项目负责人说。"),
    P("这是儋州洋浦一体化发展提速的一个缩影。自2023年儋洋一体化发展全面启动以来，两地在规划、交通、产业、公共服务等方面加快融合，一批“断头路”打通，一批共建园区落地。"),
    H("规划“一张图”", tag="h4"),
    P("两地统一编制了国土空间规划，按照“港城一体、产城融合”的思路，明确洋浦重点发展港口物流、石化新材料，儋州城区重点发展现代服务业和高新技术产业，避免同质化竞争。"),
    H("交通“一张网”", tag="h4"),
    P("去年以来，两地新开通公交线路6条，建成儋洋快速通道二期工程，开工建设洋浦疏港高速联络线。到2025年，儋州城区与洋浦港区之间将形成“三横两纵”的快速路网。"),
    H("服务“一体办”", tag="h4"),
    P("在洋浦政务服务中心，儋州市民可以办理社保、医保、不动产登记等120多项业务，实现“跨区域通办”。两地还推动优质教育、医疗资源共享，去年洋浦引进的两所学校已面向儋州招生。"),
]


def page():
    return f"""<body>
<div class="hnrb-head"><b>{gif("海南日报")}海南日报</b><span>{TIME}</span><span>A03版：要闻</span></div>
<div class="crumbs"><a href="#">海南日报数字报</a> &gt; <a href="#">2024年03月11日</a> &gt; <a href="#">A03版</a></div>
<div class="hnrb">
<div class="nav-col"><h4>版面导航</h4><ul>{ali(["A01版：要闻", "A02版：要闻", "A03版：要闻", "A04版：自贸港", "A05版：综合", "A06版：市县新闻", "A07版：体育", "A08版：文化周刊"])}</ul>
<p style="padding:0 10px">{gif("A03版缩略图")}<br><a href="#">PDF阅读</a></p></div>
<div class="article-col">
<h1>{TITLE_LINES[0]}</h1>
<p class="sub">规划、交通、产业、公共服务加快融合</p>
<p class="by">本报记者 李梦溪　特约记者 陈&nbsp;&nbsp;超</p>
<div class="tx">
{render(BODY)}
</div>
</div>
<div class="list-col"><h4>本版标题</h4><ul>{ali(["儋州洋浦一体化发展按下“快进键”", "全省春季植树造林完成过半", "海口江东新区一季度新签约项目23个", "三亚崖州湾科技城引进种业企业40家"])}</ul></div>
</div>
<div class="hnrb-foot">海南日报有限责任公司版权所有　琼ICP备05001421号-2</div>
</body>"""
