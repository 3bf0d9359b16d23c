# 电子版 · 山东 · 市级日报（2010s e-paper: 版次 list + page map on the left, 引题/主题/副题 stack, 本版标题）
from lib import *

PAGE = dict(
    id="wh-31", kind="e-paper", lang="zh",
    title="以旧换新激活县域消费新动能",
    authors=["徐静", "韩冰"],
    publish_time="2025年11月21日",
    features="2010s city-daily 电子版 (山东); masthead with issue date and 星期; 版次 navigation as a full list "
             "(第01版：要闻 … 第08版：副刊) plus 上一版/下一版; page-map image alt; article with 引题 / 主题 / 副题 "
             "stack (title = 主题 only); byline line 本报记者 徐　静　通讯员 韩　冰; sub-headings; 本版标题 list "
             "after the article repeating the headline; 往期回顾 date picker; footer with 版权 and ICP.",
    blocks=[
        P("“旧冰箱抵了300元，再加上政府补贴，这台一级能效的新冰箱比原价便宜了将近1000块。”11月19日，在昌乐县一家家电卖场，市民刘女士高兴地说。"),
        P("今年以来，我市持续推进消费品以旧换新，把政策延伸到县城和乡镇。前10个月，全市家电以旧换新销售额达到18.6亿元，同比增长46%，其中县域市场销售额占比超过四成。"),
        H("补贴“下沉” 县乡门店唱主角"),
        P("为让补贴政策惠及更多县乡群众，我市组织238家县乡家电门店纳入以旧换新参与企业名单，开通“线上领券、线下核销”渠道，群众在家门口就能享受补贴。昌乐、临朐等县还组织家电企业开展“进村入户”活动，上门评估旧家电、现场办理换新。"),
        H("回收“打通” 旧家电有了好去处"),
        P("以旧换新，“收旧”是关键。我市引导家电销售企业与再生资源回收企业合作，在县城和中心镇设立旧家电回收点56个，实行“送新取旧”一站式服务。今年以来，全市累计回收废旧家电12.3万台，旧家电拆解后的金属、塑料等材料全部进入再生利用环节。"),
        P("市商务局有关负责人表示，下一步将继续扩大以旧换新覆盖面，把更多家居、电动自行车等品类纳入补贴范围，进一步释放县域消费潜力。"),
    ],
)

CSS = """
body{margin:0;font:12px/1.6 宋体;background:#ddd}
a{color:#000;text-decoration:none}
#all{width:1000px;margin:0 auto;background:#fff}
#mast{height:80px;background:#fff;border-bottom:3px solid #c00;position:relative}
#mast .nm{position:absolute;left:20px;top:12px;font-size:38px;color:#c00;font-family:华文行楷,serif}
#mast .dt{position:absolute;right:20px;top:30px;font-size:14px}
#bar{background:#f5e9e9;line-height:28px;padding-left:10px}
#bar a{margin-right:10px;color:#900}
#cols{display:flex}
#lc{width:330px;border-right:1px solid #ccc;padding:8px}
#lc .map{width:310px;height:440px;background:#eee;text-align:center}
#lc .pg{margin:6px 0;text-align:center;font-size:13px}
#lc .bc ul{margin:0;padding-left:16px;height:180px;overflow:auto}
#lc h4{background:#c00;color:#fff;margin:8px 0 4px;padding-left:6px}
#rc{flex:1;padding:12px 24px}
#rc .yt{font-size:16px;text-align:center;color:#333}
#rc .zt{font-size:26px;text-align:center;font-weight:bold;font-family:黑体;margin:6px 0;color:#000}
#rc .ft{font-size:16px;text-align:center;color:#333}
#rc .au{font-size:14px;text-align:center;margin:10px 0;color:#555}
#rc .zw{font-size:15px;line-height:2;border-top:1px solid #ddd;padding-top:10px}
#rc .zw p{text-indent:2em;margin:0 0 8px}
#rc .zw h4{font-size:15px;margin:0 0 8px;text-indent:2em;font-family:黑体}
#rc .bbt h4{border-bottom:1px solid #c00;color:#c00;font-size:14px;margin:16px 0 4px}
#rc .bbt li{line-height:22px}
#cal{margin-top:10px;font-size:12px}
#foot{border-top:1px solid #ccc;text-align:center;padding:10px;color:#666}
"""


def render(p):
    body = render_body(p["blocks"], {"h": "<h4>{t}</h4>"})
    versions = ["第01版：要闻", "第02版：要闻", "第03版：县域", "第04版：综合", "第05版：民生",
                "第06版：文化", "第07版：专版", "第08版：副刊"]
    vlist = "".join(f'<li><a href="#">{v}</a></li>' for v in versions)
    html_body = f"""
<div id="all">
<div id="mast"><span class="nm">鸢都日报</span><span class="dt">{p["publish_time"]}　星期五　<a href="#">数字报首页</a></span></div>
<div id="bar"><a href="#">鸢都日报</a><a href="#">鸢都晚报</a><a href="#">鸢都新闻网</a><span style="float:right;padding-right:10px">当前版：<b>03</b>　<a href="#">PDF下载</a></span></div>
<div id="cols">
<div id="lc">
<div class="map">{img("第03版：县域 版面图", 300, 430)}</div>
<div class="pg"><a href="#">&lt;&lt; 上一版</a>　　<a href="#">下一版 &gt;&gt;</a></div>
<h4>版面导航</h4><div class="bc"><ul>{vlist}</ul></div>
<div id="cal">往期回顾：<select><option>2025年11月</option></select> <select><option>21日</option></select> <button>查看</button></div>
</div>
<div id="rc">
<div class="yt">聚焦“两新”政策落地见效</div>
<div class="zt">{esc(p["title"])}</div>
<div class="ft">——前10月全市家电以旧换新销售额同比增长46%</div>
<div class="au">本报记者 徐　静　通讯员 韩　冰</div>
<div class="zw">
{body}
</div>
<div class="bbt"><h4>本版标题</h4><ul>
<li><a href="#">以旧换新激活县域消费新动能</a></li>
<li><a href="#">临朐：山楂深加工延伸产业链</a></li>
<li><a href="#">诸城2.6万亩设施蔬菜进入采收期</a></li>
<li><a href="#">青州古城冬季游线路发布</a></li></ul></div>
</div>
</div>
<div id="foot">鸢都日报社版权所有　未经书面授权不得复制或建立镜像<br>鲁ICP备07021653号</div>
</div>
"""
    return doc("鸢都日报数字报-以旧换新激活县域消费新动能", CSS, html_body)
