# 陕西 · 地方门户（2012-style portal: 原标题 line, 来源：三秦晚报, '本报讯（记者 孟凡）', 责任编辑 with code, many hot lists）
from lib import *

PAGE = dict(
    id="wl-24", kind="media", lang="zh", site="秦网",
    title="咸阳今冬首批清洁取暖改造完工 1.3万户农户受益",
    authors=["孟凡"],
    publish_time="2025-10-17 09:26",
    features=["2010s regional portal with dense lists", "'原标题：…' line at the top of the article (not body, not title)",
              "info bar '2025-10-17 09:26　来源：三秦晚报　作者：' with an empty 作者 label", "byline '本报讯（记者 孟凡）' inside the first paragraph",
              "table of counties", "责任编辑 with an editor code '（QW0031）'", "网友评论 box, 热点/排行 lists, footer with 陕ICP"],
)

BLOCKS = [
    ("x", '<p class="ybt">原标题：咸阳1.3万户农户今冬用上清洁暖</p>'),
    ("p", "本报讯（记者 孟凡）10月16日，记者从咸阳市住建局获悉，咸阳市今年首批农村清洁取暖改造项目已全部完工，涉及7个县（市、区）1.3万户农户，赶在今冬采暖季前投入使用。"),
    ("p", "据介绍，今年的改造项目按照“宜电则电、宜气则气”的原则，因地制宜采用空气源热泵、燃气壁挂炉等方式替代散煤取暖。同时，同步对部分农房进行门窗、屋顶保温改造，提高取暖效率、降低运行费用。各县改造情况如下："),
    ("table", [["县（市、区）", "改造户数", "主要方式"], ["泾阳县", "3200", "空气源热泵"], ["三原县", "2800", "燃气壁挂炉"], ["兴平市", "2500", "空气源热泵"], ["其他4县区", "4500", "电、气结合"]]),
    ("p", "“以前冬天烧煤炉子，屋里灰大，还怕中毒。现在装了空气能，屋里干干净净，一个冬天电费也就一千多块。”泾阳县一位受益村民说。"),
    ("p", "市住建局相关负责人表示，为让群众“用得起、用得好”，咸阳落实了设备购置补贴和运行电价优惠政策，并组织厂家建立县镇两级售后服务网点，确保设备出现问题能及时维修。"),
]

R = dict(p="<p>　　{}</p>",
         table=lambda rows: '<table border="1" cellpadding="3" style="border-collapse:collapse;margin:auto">' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")

CSS = """
body{margin:0;font-size:12px;font-family:宋体,Arial;color:#333}.w{width:960px;margin:0 auto}a{color:#333}
.tp{background:#f3f3f3;border-bottom:1px solid #ddd;line-height:26px}.lg{height:80px;line-height:80px;font-size:34px;font-weight:bold;color:#c00}
.dh{background:#c00;line-height:32px}.dh a{color:#fff;margin:0 9px;font-size:14px}.zd{line-height:24px;border:1px solid #eee;padding:0 8px}
.cl{float:left;width:640px}.cr{float:right;width:300px}.tt{font-size:24px;font-family:黑体;text-align:center;margin:18px 0 8px}
.xx{text-align:center;color:#888;border-bottom:1px dotted #ccc;line-height:26px}.ybt{color:#888}.nr{font-size:14px;line-height:26px}
.bj{text-align:right;color:#888}.pl{border:1px solid #ddd;padding:8px;background:#fafafa}.bx h3{background:#eee;font-size:14px;margin:8px 0 4px;padding:3px 6px}
.ft{clear:both;border-top:2px solid #c00;text-align:center;line-height:22px;color:#666;padding-top:8px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="tp"><div class="w">{links(["秦网首页","新闻","房产","汽车","教育","旅游","健康","论坛","博客"], sep=" | ")}</div></div>
<div class="w"><div class="lg">秦网 <span style="font-size:14px;color:#999;font-weight:normal">陕西第一生活门户</span></div></div>
<div class="w dh">{links(["首页","陕西","西安","咸阳","宝鸡","渭南","国内","国际","社会","娱乐","体育","财经"])}</div>
<div class="w zd">热点：<a href="#">西安地铁8号线</a> <a href="#">秋季流感</a> <a href="#">供暖时间</a> <a href="#">秦岭红叶</a>　<input size="20" placeholder="站内搜索"> <input type="button" value="搜索"></div>
<div class="w">
<div class="cl">
<p>秦网 &gt; 新闻 &gt; 陕西新闻 &gt; 正文</p>
<div class="tt">{P['title_html']}</div>
<div class="xx">{P['publish_time']}　来源：三秦晚报　作者：　<a href="#">我要评论(12)</a>　字号：T|T</div>
<div class="nr">
{body}
</div>
<p class="bj">[责任编辑：刘佳 （QW0031）]</p>
<div class="pl"><b>网友评论</b><br><textarea rows="3" cols="60"></textarea><br><input type="button" value="发表评论"> 已有12位网友发表评论</div>
<div class="bx"><h3>相关新闻</h3><ul>{lis(["西安城区11月15日起供暖","渭南农村“煤改电”补贴政策出台","陕西清洁取暖试点城市名单公布"])}</ul></div>
</div>
<div class="cr bx">
<h3>今日热点</h3><ul>{lis(["秦岭北麓红叶进入最佳观赏期","西安咸阳国际机场T5航站楼最新进展","陕西高考改革方案解读","大唐不夜城周末客流创新高","宝鸡：渭河公园菊展开幕"])}</ul>
<h3>24小时排行</h3><ol>{lis(["咸阳一小区加装电梯获居民点赞","西安发布寒潮蓝色预警","延安苹果今年收购价出炉"])}</ol>
<h3>图片</h3><p>{img("秋日秦岭")}</p><p>秋日秦岭层林尽染</p>
</div>
<div class="ft">关于秦网 | 广告服务 | 联系我们 | 网站地图<br>Copyright © 2012-2025 秦网 版权所有　陕ICP备12002716号　互联网新闻信息服务许可证：61120170004</div>
</div>
""")
