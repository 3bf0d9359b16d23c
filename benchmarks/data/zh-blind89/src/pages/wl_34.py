# 电子报 · 上海区报（2019 e-paper: '第0218期' issue number, 引题 + 主题, '■记者 朱琳 通讯员 施佳慧', 摄影 credit）
from lib import *

PAGE = dict(
    id="wl-34", kind="e-paper", lang="zh", site="申南报",
    title="小区里的智能回收箱会“称重积分”了",
    authors=["朱琳", "施佳慧"],
    publish_time="2025年10月17日",
    features=["district weekly e-paper (2019)", "引题 '垃圾分类再升级' + 主题 (title = 主题)",
              "byline '■记者 朱琳 通讯员 施佳慧' on its own line", "photo caption with '摄影 王成' (photographer not an author)",
              "header '2025年10月17日　第0218期　第2版：综合新闻'", "版次 tabs, 本版标题 list, 往期检索, footer"],
)

BLOCKS = [
    ("x", '<p class="by">■记者 朱琳 通讯员 施佳慧</p>'),
    ("p", "“叮——投放成功，本次积分12分。”10月15日上午，家住颛桥镇银都苑的周阿姨把一袋旧报纸和几个塑料瓶放进小区新装的智能回收箱，手机上马上收到了积分提醒。"),
    ("p", "今年以来，镇里在32个居民小区投放了智能可回收物回收箱。居民扫码开箱投放纸张、塑料、金属、织物等可回收物，回收箱自动称重并折算积分，积分可以在社区兑换点换取洗衣液、纸巾等生活用品，也可以直接提现。"),
    ("img", "智能回收箱", "居民在智能回收箱投放可回收物。　摄影 王成"),
    ("p", "“以前卖废品要攒很久，还得等收废品的人上门，现在随时都能投，还能积分。”周阿姨说，她一个月能攒下两百多分。"),
    ("p", "据镇城运中心统计，智能回收箱投用以来，全镇日均回收可回收物约4.6吨，比去年同期增长近三成。运营企业还会根据后台数据，对满溢的回收箱及时清运，避免出现“箱满无人收”的情况。"),
    ("p", "下一步，镇里计划年内再新增20台回收箱，实现居民小区全覆盖，并探索将积分与社区志愿服务等结合，进一步提升居民参与垃圾分类的积极性。"),
]

R = dict(p="<p>　　{}</p>",
         img=lambda alt, cap: f'<table align="center"><tr><td>{img(alt)}</td></tr><tr><td class="cap">{cap}</td></tr></table>')

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f0f0f0}.w{width:1060px;margin:0 auto;background:#fff}
.mast{display:flex;justify-content:space-between;align-items:flex-end;padding:14px 24px;border-bottom:3px double #b00}
.mast b{font-size:34px;color:#b00;font-family:STKaiti,楷体}.tabs a{display:inline-block;border:1px solid #ddd;padding:2px 10px;margin:6px 2px;font-size:13px}
.box{display:flex}.ar{flex:1;padding:10px 40px}.yt{text-align:center;color:#444;font-size:16px;margin:14px 0 0}
h2{text-align:center;font-size:26px;margin:4px 0 10px}.by{text-align:center;color:#555}.cap{font-size:13px;color:#777}
.sd{width:280px;background:#fafafa;padding:10px}.ft{text-align:center;color:#888;font-size:12px;padding:14px}
"""


def render(P, body):
    tabs = ["第1版：要闻", "第2版：综合新闻", "第3版：社区", "第4版：文化"]
    bbt = ["小区里的智能回收箱会“称重积分”了", "颛桥镇举办重阳敬老文艺汇演", "区图书馆分馆“夜读”开放至21时", "梅陇镇完成12条道路积水点改造"]
    return doc(P, CSS, f"""
<div class="w">
<div class="mast"><b>申南报</b><span>{P['publish_time']}　第0218期　第2版：综合新闻</span></div>
<div class="tabs">{links(tabs)}　往期检索：<input placeholder="输入日期或关键词"></div>
<div class="box">
<div class="ar">
<p class="yt">垃圾分类再升级</p>
<h2>{P['title_html']}</h2>
{body}
<p style="text-align:right;font-size:13px"><a href="#">返回本版</a>　<a href="#">打印</a></p>
</div>
<div class="sd"><h4>本版标题</h4><ol>{lis(bbt)}</ol><p>{img("第2版")}</p></div>
</div>
<div class="ft">申南报社主办　沪ICP备15047211号-1　地址：上海市闵行区某某路99号</div>
</div>
""")
