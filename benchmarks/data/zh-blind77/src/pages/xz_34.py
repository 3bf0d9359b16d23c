# 湖南 星城晚报 数字报, 2025 design — longish 引题 + short main title, 全媒体记者 byline
from kit import *
import styles

CSS = styles.EPAPER.replace("#8b0000", "#d4380d") + """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f5f5}
.paper{background:#fff;border-radius:8px}
.phead .name{font-family:"PingFang SC",sans-serif}
.title-box h1{font-size:34px;font-family:inherit}
.title-box .yinti{font-size:18px;color:#d4380d}
.byline{font-size:15px;color:#8c8c8c}
.pagepane li.cur{color:#d4380d;font-weight:bold}
"""

HL = Headline("社区食堂的“暖心账”", yin="一份餐 两元钱 三年不涨价")

BODY = Body([
    NOTE("全媒体记者　刘&nbsp;&nbsp;畅　通讯员　贺&nbsp;&nbsp;婷", cls="byline"),
    P("上午11点，开福区某社区的“长者食堂”准时开饭。红烧肉、清炒油麦菜、番茄蛋汤，一荤一素一汤，80岁以上的老人只需付2元钱。"),
    P("“菜做得软和，适合我们老人的牙口，价钱也实惠。”82岁的周爹爹是食堂的常客，他说自从食堂开张，老两口就很少自己开火了。"),
    P("这家食堂开办于2021年，三年来餐标一直没有涨价。社区负责人给记者算了一笔账：每份餐的成本大约15元，老人按年龄段分别支付2元至10元，剩下的部分由政府补贴、爱心企业捐赠和食堂对外经营的盈余来弥补。"),
    P("“对周边上班族和居民，我们按市场价供餐，这部分收入能补贴一部分老人餐的成本。”食堂运营方负责人说，目前食堂每天供餐400余人次，其中老年人约占一半。行动不便的老人还可以电话预约，由志愿者送餐上门。"),
    P("据了解，长沙目前已建成社区长者食堂和老年助餐点700余个，基本实现城区全覆盖。下一步，将推动助餐服务向农村延伸，让更多老人在家门口吃上热乎饭。"),
], mode="p", indent="u3000")

PAGE = dict(
    id="xz-34", kind="e-paper", lang="zh", region="湖南", site="星城晚报·数字报",
    features="2025年式样数字报；引题比主题还长（“一份餐 两元钱 三年不涨价”），主题是短标题（9字，含引号）；"
             "“全媒体记者　刘  畅　通讯员　贺  婷”单独一行；报头“2024年03月22日 星期五 A05版：民生”；本版标题列表中标题前加引题",
    title_tag="社区食堂的“暖心账”-星城晚报数字报",
    css=CSS,
    meta={"description": "一份餐 两元钱 三年不涨价"},
    authors=["刘畅", "贺婷"],
    publish_time="2024年03月22日 星期五",
    parts=[
        '<div class="paper">',
        '<div class="phead"><span class="name">星城晚报</span><span class="date">2024年03月22日 星期五　<b>A05版：民生</b></span></div>',
        '<div class="bar"><a href="#">数字报首页</a><a href="#">往期回顾</a>　<a href="#">上一版</a><a href="#">下一版</a>　<a href="#">PDF</a>　<a href="#">星城晚报APP</a></div>',
        '<div class="cols"><div class="pagepane">' + img("A05版面", cls="banmian"),
        '<h4>本版标题</h4><ul><li class="cur"><a href="#">一份餐 两元钱 三年不涨价 社区食堂的“暖心账”</a></li>'
        '<li><a href="#">岳麓区新增3处“口袋公园”</a></li><li><a href="#">城区供水管网改造本月完工</a></li><li><a href="#">春季招聘会提供岗位1.2万个</a></li></ul>',
        "</div>",
        '<div class="artpane">',
        HL,
        BODY,
        '<div class="tools"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a>　<span>分享到：微信 微博</span></div>',
        "</div></div>",
        '<div class="pfoot"><p>星城晚报社版权所有　湘ICP备09006724号-2</p><p>新闻热线：0731-84329110</p></div>',
        "</div>",
    ],
)
