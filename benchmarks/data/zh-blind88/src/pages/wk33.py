"""wk-33: 山西 city daily e-paper (2024 design): 主题 + 副题, 作者/稿件来源/发布日期 fields, 版次 strip, 本版标题 sidebar."""
from lib import *

PAGE = dict(id="wk-33", kind="e-paper", lang="zh",
            title="太谷设施蔬菜迎来冬季采收季",
            authors=["韩冰", "乔志强"], publish_time="2025年11月12日")

BLOCKS = [
    P("立冬过后，太谷区阳邑乡的设施蔬菜大棚里温暖如春。一排排番茄挂满枝头，黄瓜顶花带刺，菜农们忙着采摘、装箱，一车车新鲜蔬菜从这里发往京津冀各大超市。"),
    P("“我这三个棚种的都是番茄，现在每天能摘一千多斤，收购商直接开车到地头拉。”种植户马建军说，今年番茄收购价每斤在3元左右，“三个棚一季下来纯收入能有十几万元。”"),
    H("科技赋能 大棚变“智慧菜园”"),
    P("在阳邑乡现代农业示范园，物联网系统实时监测着大棚内的温度、湿度和光照，手机上点一点就能开关卷帘、浇水施肥。园区负责人介绍，应用智能化设备后，每亩大棚用工减少30%，产量提高15%以上。"),
    H("品牌引领 “太谷菜”走出山西"),
    P("近年来，太谷区依托国家农业高新技术产业示范区建设，持续推进设施蔬菜提档升级，全区设施蔬菜面积达到4.8万亩，培育“太谷菜”区域公用品牌，与京津冀30多家商超建立稳定供销关系。预计今冬明春，全区上市蔬菜将达12万吨。"),
    P("在蔬菜分拣中心，工人们按照大小、色泽对番茄进行分级包装，贴上带有追溯码的标签。“扫一下码，就能看到蔬菜是哪个棚里种的、什么时候采摘的、用了哪些农资。”分拣中心负责人说，有了质量追溯，“太谷菜”在商超的售价比普通蔬菜每斤高出五毛到一块钱。"),
    P("太谷区农业农村局相关负责人表示，下一步将加快老旧大棚改造，推广新品种新技术，让设施蔬菜成为群众增收致富的“绿色银行”。"),
]

CSS = """
body{margin:0;background:#f4f4f4;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.ep-head{background:#fff;border-bottom:3px solid #1565c0}
.ep-head .in{max-width:1280px;margin:auto;display:flex;align-items:flex-end;gap:30px;padding:14px 20px}
.ep-head .nm{font-size:36px;font-weight:700;color:#1565c0;font-family:"STKaiti","KaiTi"}
.ep-head .d{font-size:14px;color:#555}.ep-head .ops{margin-left:auto;font-size:14px}.ep-head .ops a{color:#1565c0;margin-left:14px}
.strip{max-width:1280px;margin:10px auto;display:flex;gap:8px;padding:0 20px;overflow:hidden}
.strip a{flex:none;background:#fff;border:1px solid #ddd;padding:6px 12px;font-size:13px;color:#333;text-decoration:none;border-radius:3px}
.strip a.on{background:#1565c0;color:#fff;border-color:#1565c0}
.ep-main{max-width:1280px;margin:10px auto;display:flex;gap:20px;padding:0 20px}
.ep-article{flex:1;background:#fff;padding:30px 50px}
.ep-article h1{font-size:28px;text-align:center;margin:0}
.ep-article h2{font-size:17px;text-align:center;font-weight:normal;color:#555;margin:8px 0 16px}
.ep-meta{display:flex;justify-content:center;gap:20px;font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:14px}
.ep-txt{font-size:17px;line-height:2}.ep-txt p{text-indent:2em;margin:14px 0}.ep-txt h4{font-size:17px;margin:20px 0 6px;color:#1565c0}
.ep-side{width:300px}.box{background:#fff;padding:14px 18px;margin-bottom:16px}
.box h5{margin:0 0 10px;font-size:15px;color:#1565c0}.box ol{padding-left:20px;margin:0}.box li{font-size:14px;line-height:1.9}
.box .thumb{height:380px;background:#e9e9e9;border:1px solid #ddd}
.ep-foot{text-align:center;font-size:12px;color:#888;line-height:2;padding:20px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h4")
    on = ' class="on"'
    strip = "".join(f'<a href="#"{on if n == 3 else ""}>第{n:02d}版 {t}</a>' for n, t in enumerate(["要闻", "要闻", "县区新闻", "经济", "民生", "文旅", "理论", "晋中周刊"], 1))
    html = f"""
<div class="ep-head"><div class="in"><span class="nm">晋中日报</span><span class="d">2025年11月12日　星期三　农历九月廿三</span><span class="ops"><a href="#">往期</a><a href="#">PDF</a><a href="#">晋中新闻网</a></span></div></div>
<div class="strip">{strip}</div>
<div class="ep-main">
<div class="ep-article">
<h1>{PAGE["title"]}</h1>
<h2>冬季上市蔬菜预计达12万吨　“太谷菜”走进京津冀商超</h2>
<div class="ep-meta"><span>作者：本报记者 韩冰 通讯员 乔志强</span><span>稿件来源：晋中日报</span><span>发布日期：2025年11月12日</span></div>
<div class="ep-txt">
{bh}
</div>
</div>
<div class="ep-side">
<div class="box"><h5>第03版：县区新闻</h5><div class="thumb">{img("版面缩略图", gif=True)}</div></div>
<div class="box"><h5>本版标题</h5><ol>{links(["太谷设施蔬菜迎来冬季采收季","榆社县完成农村公路冬季养护准备","灵石县开展冬季消防安全宣传","左权县小杂粮加工企业订单饱满"], wrap="li")}</ol></div>
</div></div>
<div class="ep-foot">晋中日报社主办　晋中新闻网承办<br>晋ICP备11002389号-1　晋公网安备 14070202000053号</div>
"""
    return doc("晋中日报 - " + PAGE["title"], CSS, html), gold
