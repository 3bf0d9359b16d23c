PAGE = dict(
    id="wg-24", kind="media", lang="zh",
    site="克拉玛依网 · 本地新闻（市级新闻网站，2024 年模板）",
    features="信息栏“时间（斜杠日期到秒）/来源/作者：记者 王\u00a0\u00a0雪 实习记者 艾克拜尔·吐尔逊”；标题中有空格；导语加粗（正文）；"
             "编号列表 + 数据表；居民引语；编辑/校对/审核行；热门标签；页脚",
    title="克拉玛依区启动“社区微更新”项目 首批改造12处公共空间",
    authors=["王雪", "艾克拜尔·吐尔逊"],
    publish_time="2025/3/20 18:06:31",
    head_title="克拉玛依区启动“社区微更新”项目 首批改造12处公共空间-克拉玛依网",
    CSS="""
body{margin:0;font:16px/1.8 "HarmonyOS Sans SC","PingFang SC","Microsoft YaHei";color:#202124;background:#fff}
.hd{border-bottom:1px solid #e8e8e8}
.hd .in{max-width:1160px;margin:0 auto;display:flex;align-items:center;height:72px;gap:36px}
.hd .lg{font-size:24px;font-weight:700;color:#0f7bd6}
.hd nav a{margin-right:22px;color:#333}
.hd .user{margin-left:auto;font-size:13px}
.layout{max-width:1160px;margin:28px auto;display:grid;grid-template-columns:760px 1fr;gap:40px}
.crumb{font-size:13px;color:#999}
.ttl{font-size:30px;line-height:1.4;margin:12px 0}
.meta{font-size:13px;color:#999;display:flex;flex-wrap:wrap;gap:4px 18px;margin-bottom:20px}
.content p{margin:0 0 18px}
.content .lead{font-weight:bold}
.content table{border-collapse:collapse;width:100%}
.content th,.content td{border:1px solid #ddd;padding:6px}
.content th{background:#f5f9fd}
.signoff{font-size:13px;color:#999}
.tags a{font-size:13px;border:1px solid #ddd;border-radius:12px;padding:1px 10px;margin-right:6px}
.aside h5{font-size:16px;margin:0 0 10px}
.aside li{font-size:14px;margin-bottom:8px}
.ft{background:#f7f7f7;text-align:center;color:#888;font-size:12px;padding:20px 0;line-height:2}
""",
    STYLE={
        "p": "<p>{t}</p>",
        "h": '<p class="lead">{t}</p>',
        "list_open": "<div>", "list_close": "</div>", "li": "<p>{t}</p>",
        "table_open": "<table><tbody>", "table_close": "</tbody></table>", "th": "<th>{t}</th>",
    },
    TEMPLATE="""
<header class="hd"><div class="in"><div class="lg">克拉玛依网</div><nav><a href="#">首页</a><a href="#">本地</a><a href="#">油城</a><a href="#">民生</a><a href="#">视频</a><a href="#">数字报</a></nav><div class="user"><a href="#">登录</a> | <a href="#">无障碍</a></div></div></header>
<div class="layout">
<main>
<div class="crumb">首页 &gt; 本地新闻</div>
<h1 class="ttl">克拉玛依区启动“社区微更新”项目 首批改造12处公共空间</h1>
<div class="meta"><span>时间：2025/3/20 18:06:31</span><span>来源：克拉玛依日报</span><span>作者：记者 王\u00a0\u00a0雪 实习记者 艾克拜尔·吐尔逊</span></div>
<div class="content">
{{BODY}}
</div>
<p class="signoff">编辑：丁一　校对：马丽娜　审核：孙刚</p>
<div class="tags"><a href="#">#城市更新</a><a href="#">#社区</a><a href="#">#民生实事</a></div>
</main>
<aside class="aside"><h5>热门阅读</h5><ul>
<li><a href="#">克拉玛依机场4月起恢复多条航线</a></li>
<li><a href="#">世界魔鬼城景区春季开放时间调整</a></li>
<li><a href="#">我市首家“共享食堂”开业</a></li></ul></aside>
</div>
<footer class="ft">克拉玛依日报社 版权所有　新ICP备05001176号-1<br>互联网新闻信息服务许可证：65120170003　新公网安备 65020302000055号</footer>
""",
    BODY="""
h: 3月19日，克拉玛依区2025年“社区微更新”项目正式启动，首批将对12处老旧小区公共空间进行改造提升，计划6月底前全部完工。
p: “社区微更新”是今年克拉玛依区的民生实事之一。项目前期，区住房和城乡建设局联合各街道，通过入户走访、线上问卷和居民议事会等方式征集意见建议1300余条，最终确定了首批改造点位和内容。首批项目主要包括：
li: 一是口袋公园改造，在胜利、银河等街道建设4处口袋公园，增设休闲座椅和儿童游乐设施；
li: 二是适老化改造，在6个小区加装楼道扶手、坡道和休息座椅；
li: 三是“一老一小”活动空间，将2处闲置锅炉房改造为老年活动室和四点半课堂。
p: 首批项目投资及进度安排如下：
tr: 街道 | 改造点位（处） | 投资（万元） | 计划完工
tr: 胜利街道 | 4 | 186 | 5月底
tr: 银河街道 | 3 | 142 | 6月中旬
tr: 昆仑路街道 | 3 | 118 | 6月底
tr: 天山路街道 | 2 | 96 | 6月底
p: “小区里的活动场地坑坑洼洼好多年了，这次终于要修了。”家住银河街道的居民刘建华说，改造方案在小区公示栏贴出后，不少邻居都提了建议，“设计人员还专门来问我们，健身器材放在哪里更方便。”
p: 克拉玛依区住房和城乡建设局相关负责人表示，项目实施过程中将坚持“居民点单、政府买单”，施工期间设置公示牌和意见箱，邀请居民代表全程参与监督，竣工后组织居民参与验收。
""",
)
