PAGE = dict(
    id="wg-22", kind="media", lang="zh",
    site="赣州广播电视台网站 · 新闻广播（音频新闻页，2020 年模板）",
    features="音频播放器文字（频率、播放、时长、下载）；栏目与频率标签；信息栏“时间/栏目/记者/编辑”同一行，全角空格分隔；"
             "正文以“赣州台消息：”起头；节目表侧栏；“收听更多”；页脚广电许可证",
    title="赣州今年将新改建农村公路1200公里",
    authors=["钟灵"],
    publish_time="2025年3月17日 07:30",
    head_title="赣州今年将新改建农村公路1200公里 - 赣州新闻早班车 - 赣州广播电视台",
    CSS="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#f3efe8;color:#333}
.hdr{background:#6b2c91;color:#fff;height:86px;display:flex;align-items:center;padding:0 calc(50% - 570px);gap:30px}
.hdr .nm{font-size:26px}
.hdr a{color:#eadcf5}
.wrap{width:1140px;margin:20px auto;display:flex;gap:20px}
.left{flex:1;background:#fff;padding:24px 34px}
.left .lab{font-size:12px;color:#6b2c91;border:1px solid #6b2c91;display:inline-block;padding:0 6px}
.left h2{font-size:25px;margin:10px 0}
.left .meta{font-size:13px;color:#888}
.audio{margin:16px 0;background:#f7f2fb;border-radius:30px;padding:8px 20px;display:flex;gap:18px;font-size:13px;color:#6b2c91}
.left .wz p{margin:12px 0;text-indent:2em}
.left .more{font-size:13px;border-top:1px solid #eee;padding-top:10px}
.right{width:300px;background:#fff;padding:16px}
.right h3{font-size:16px;color:#6b2c91;margin:0 0 8px}
.right table{width:100%;font-size:13px}
.foot{text-align:center;font-size:12px;color:#777;line-height:2;padding:20px}
""",
    STYLE={"p": "<p>{t}</p>"},
    TEMPLATE="""
<div class="hdr"><div class="nm">赣州广播电视台</div><a href="#">首页</a><a href="#">新闻综合</a><a href="#">新闻广播</a><a href="#">交通音乐广播</a><a href="#">直播</a><a href="#">客户端</a></div>
<div class="wrap">
<div class="left">
<span class="lab">新闻广播 FM95.8</span>
<h2>赣州今年将新改建农村公路1200公里</h2>
<div class="meta">时间：2025年3月17日 07:30　栏目：赣州新闻早班车　记者：钟灵　编辑：蓝海波</div>
<div class="audio"><span>▶ 播放</span><span>00:00 / 01:58</span><span>倍速 1.0x</span><span>下载音频</span></div>
<div class="wz">
{{BODY}}
</div>
<div class="more">收听更多：<a href="#">赣州新闻早班车 3月14日</a> | <a href="#">赣州新闻早班车 3月13日</a></div>
</div>
<div class="right"><h3>今日节目表</h3><table>
<tr><td>06:30</td><td>早安赣州</td></tr><tr><td>07:00</td><td>赣州新闻早班车</td></tr><tr><td>08:00</td><td>交通早高峰</td></tr><tr><td>12:00</td><td>午间新闻</td></tr></table></div>
</div>
<div class="foot">赣州广播电视台 版权所有　广播电视节目制作经营许可证：（赣）字第00213号<br>赣ICP备08003392号-1　赣公网安备 36070202000186号</div>
""",
    BODY="""
p: 赣州台消息：记者从市交通运输局获悉，今年我市将新改建农村公路1200公里，实施农村公路安全生命防护工程800公里，改造危旧桥梁60座，进一步提升农村群众出行条件。
p: 据介绍，今年的农村公路建设将重点推进较大人口规模自然村通双车道公路和县乡道提质改造，优先安排通往产业基地、旅游景点和学校的道路项目。项目建成后，全市较大人口规模自然村通双车道公路比例将达到85%以上。
p: 在养护管理方面，我市将全面推行农村公路“路长制”，县、乡、村三级路长负责辖区道路的日常巡查和养护监督，并将农村公路养护资金纳入县级财政预算，确保“有路必养、养必到位”。
p: 市交通运输局有关负责人表示，将加强项目质量监管，推行农村公路建设“阳光工程”，主动接受群众监督，让农村公路真正成为群众的致富路、幸福路。
""",
)
