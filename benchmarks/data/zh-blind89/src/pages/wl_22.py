# 福建 · 省级党报网站（2020 design: 引题 above the headline, byline line '本报记者　吴志强　通讯员　张彬', 来源：八闽日报）
from lib import *

PAGE = dict(
    id="wl-22", kind="media", lang="zh", site="八闽新闻网",
    title="武夷山国家公园今年已完成生态修复1.2万亩",
    authors=["吴志强", "张彬"],
    publish_time="2025-10-18 07:05",
    features=["provincial party-paper website", "引题 line above the headline (not title)", "byline on its own line with U+3000 gaps (not body)",
              "info bar '发布时间： 2025-10-18 07:05  来源： 八闽日报' with spaces after the colons", "sub-headings", "责任编辑 and 值班主任 lines",
              "share icons with alt text, 延伸阅读 list, footer"],
)

BLOCKS = [
    ("x", '<p class="by">本报记者　吴志强　通讯员　张彬</p>'),
    ("p", "秋日的武夷山，层林渐染。在国家公园星村镇一处曾经的违规茶山上，新栽的枫香、木荷已长到半人高。“过去这里是光秃秃的茶园，水土流失严重，现在种上了乡土树种，再过几年就能连成片。”国家公园管理局生态修复科工作人员说。"),
    ("h", "退茶还林 修复“生态伤疤”"),
    ("p", "据了解，武夷山国家公园今年以来累计完成违规茶山整治和生态修复1.2万亩，补植乡土阔叶树种60余万株。为了让茶农“退得出、稳得住”，当地通过生态补偿、转岗为生态管护员等方式，保障群众收入不降低。"),
    ("p", "星村镇桐木村茶农江德旺家原有20多亩违规茶园，去年全部退茶还林。“一开始心里也不舍得，后来想通了，山好水好，茶才卖得上价。”如今，老江当上了生态管护员，每月巡山20多天，再加上自家合规茶园的收入，日子过得比以前还踏实。"),
    ("p", "在修复方式上，公园坚持因地制宜、分类施策：坡度较大、水土流失严重的地块，以补植乡土阔叶树为主；立地条件较好的地块，通过封育让植被自然恢复；临近溪流的地块，则同步开展溪岸生态整治。修复后的地块全部纳入网格化巡护，确保“种一片、活一片、成一片”。"),
    ("h", "科技赋能 守护“万物生灵”"),
    ("p", "在国家公园智慧管理中心，大屏上实时显示着各监测点位的数据。目前，公园内已布设红外相机、声纹监测等设备800余台套，今年新记录到黄腹角雉、白颈长尾雉等国家重点保护野生动物活动影像上千条。"),
    ("p", "国家公园管理局相关负责人表示，下一步将继续推进生态修复与茶产业转型协同发展，探索生态产品价值实现路径，让绿水青山持续释放生态红利。"),
]

R = dict(p='<p style="text-indent:2em">{}</p>', h='<p style="text-indent:2em"><strong>{}</strong></p>')

CSS = """
body{margin:0;font:16px/2 "Microsoft YaHei";color:#333}.c{width:1100px;margin:0 auto}
.hd{border-top:4px solid #b30000;display:flex;justify-content:space-between;align-items:center;height:90px}
.nv a{margin-right:18px;font-weight:bold}.lay{display:flex;gap:40px}.ar{flex:1}.yt{color:#666;font-size:17px;text-align:center;margin-top:30px}
h1{text-align:center;font-size:30px;margin:6px 0 16px;color:#b30000}.mt{text-align:center;color:#999;font-size:13px;background:#f7f7f7;padding:6px}
.by{text-align:center;color:#666;font-family:楷体}.ed{text-align:right;color:#999;font-size:13px}.sh img{margin:0 4px}
.sd{width:300px}.sd h4{background:#b30000;color:#fff;padding:4px 10px}.ft{background:#f2f2f2;margin-top:40px;padding:20px;text-align:center;font-size:12px;color:#888}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="c hd">{img("八闽新闻网")}<div class="nv">{links(["首页","时政","福建","社会","经济","评论","专题","数字报"])}</div></div>
<div class="c lay">
<div class="ar">
<p style="font-size:13px;color:#999">您当前的位置 ： <a href="#">八闽新闻网</a> &gt; <a href="#">福建</a> &gt; 正文</p>
<p class="yt">坚持生态优先 推进绿色发展</p>
<h1>{P['title_html']}</h1>
<div class="mt">发布时间： {P['publish_time']}　　来源： 八闽日报</div>
{body}
<p class="ed">责任编辑：游文静　值班主任：林立</p>
<p class="sh">分享到：{img("微信")}{img("微博")}{img("QQ空间")}</p>
<h4>延伸阅读</h4><ul>{lis(["武夷山国家公园体制试点经验获推广","福建今年造林绿化面积超百万亩","“生态银行”让绿水青山变现"])}</ul>
</div>
<div class="sd"><h4>要闻</h4><ul>{lis(["全省重点项目建设推进会召开","福建前三季度GDP同比增长5.3%","第二十三届海峡交流论坛筹备启动"])}</ul></div>
</div>
<div class="ft">八闽新闻网版权所有　互联网新闻信息服务许可证：35120170008　闽ICP备05006315号-2　闽公网安备 35010202000218号</div>
""")
