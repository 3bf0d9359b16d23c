from lib import links, lis, GIF

PAGE = dict(
    id="wi-35", kind="e-paper", lang="zh",
    region="黑龙江 佳木斯", site="三江日报数字报（方正式老数字报系统）",
    title="佳木斯冬季冰雪旅游季开幕",
    authors=["李佳音"],
    publish_time="2025年11月23日 星期日",
    head_title="三江日报数字报-佳木斯冬季冰雪旅游季开幕",
    features="方正式老数字报：报头“2025年11月23日 星期日”、版面选择下拉和“第1版：要闻”；左栏版面图与“标题导航”；"
             "正文在自定义标签里，引题/主题/副题三层（金标题取主题）；署名行“文/本报记者 李佳音　图/本报记者 韩冬”（摄影不是作者）；"
             "图说含“本报记者 韩冬 摄”；线路列表；“上一篇/下一篇/返回目录/本版PDF”、页脚。",
)

BLOCKS = [
    ("p", "11月22日，2025—2026佳木斯冬季冰雪旅游季在松花江畔冰雪乐园开幕。开幕式上，冰雕展示、赫哲族伊玛堪说唱、冬捕祭湖等特色表演轮番上演，吸引了上万名市民和游客前来观看。"),
    ("img", "赫哲族歌舞表演", "开幕式上的赫哲族歌舞表演。本报记者 韩冬 摄"),
    ("p", "本届冰雪旅游季以“畅游三江 冰雪同行”为主题，将持续至2026年3月。活动期间，我市将推出12条冰雪精品旅游线路、30余项冰雪文化体育活动，涵盖冰雪观光、冰雪运动、民俗体验、温泉康养等多种业态。"),
    ("p", "精品线路包括："),
    ("li", [
        "“三江源头”冰雪观光之旅：松花江冰雪乐园—沿江公园雪雕群—敖其湾赫哲旅游度假区；",
        "“东极日出”边境民俗之旅：抚远—黑瞎子岛—乌苏镇；",
        "“赫哲渔猎”冬捕体验之旅：同江街津口赫哲族乡—八岔赫哲族乡。",
    ]),
    ("p", "记者在现场看到，冰雪乐园内的冰滑梯、雪地摩托、冰上自行车等项目前排起了长队。来自上海的游客周女士一家特意赶来参加开幕式，“第一次看到这么大的冰雕，孩子玩得都不想走了”。"),
    ("p", "据介绍，今年我市进一步提升冰雪旅游服务保障水平，新增冰雪旅游专线公交4条，在主要景区设置游客服务驿站15处，并组织开展“冰雪旅游 诚信经营”承诺活动，让游客玩得舒心、放心。"),
]

FMT = {
    "p": "<P>　　{t}</P>",
    "li_wrap": "{t}",
    "li": "<P>　　{t}</P>",
    "img": '<table align="center"><tr><td align="center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="500" height="330"></td></tr>',
    "cap": '<tr><td align="center" class="pcap">{t}</td></tr></table>',
}

CSS = """
body{margin:0;background:#b7c4d1;font-size:12px;font-family:宋体}
founder-title,founder-content,founder-author{display:block}
.all{width:1000px;margin:0 auto;background:#fff}
.top td{background:#15477a;color:#fff}
.bm td{background:#e9eef3;height:28px}
.title_nav a{display:block;line-height:22px;border-bottom:1px dashed #bbb}
.yt{font-size:15px;text-align:center;padding-top:14px}
.zt{font-size:26px;font-weight:bold;text-align:center;font-family:黑体;padding:6px 0}
.ft{font-size:15px;text-align:center;padding-bottom:6px}
.au{text-align:center;font-size:14px;font-family:楷体;padding-bottom:8px}
founder-content{font-size:15px;line-height:28px;padding:0 20px}
.pcap{font-size:13px;font-family:楷体;color:#333}
.nvv{text-align:center;padding:10px}
.cp{text-align:center;line-height:22px;background:#15477a;color:#dde7f0;padding:8px}
"""


def render(P, body):
    return f"""
<table class="all" cellpadding="0" cellspacing="0" border="0">
<tr class="top"><td colspan="2"><img src="{GIF}" alt="三江日报" width="380" height="70"></td><td align="right" style="padding-right:16px;font-size:14px">{P['publish_time']}</td></tr>
<tr class="bm"><td colspan="3">&nbsp;版面导航：<select><option>第1版：要闻</option><option>第2版：综合</option><option>第3版：经济</option><option>第4版：社会</option></select>　<a href="#">上一版</a> <a href="#">下一版</a>　<a href="#">本版PDF</a>　<a href="#">过刊浏览</a></td></tr>
<tr>
<td width="300" valign="top" style="padding:8px;border-right:1px solid #ccc">
<img src="{GIF}" alt="第1版版面图" width="280" height="400">
<div class="title_nav"><b>标题导航</b>
{links(["佳木斯冬季冰雪旅游季开幕", "市政府召开常务会议", "全市冬季供热运行平稳", "桦川县：寒地水稻品牌走俏长三角", "图片新闻"], sep="")}
</div>
</td>
<td colspan="2" valign="top">
<founder-title><div class="yt">从“冰天雪地”到“金山银山”</div><div class="zt">{P['title']}</div><div class="ft">推出12条冰雪精品线路、30余项冰雪活动</div></founder-title>
<founder-author><div class="au">文/本报记者　李佳音　　图/本报记者　韩冬</div></founder-author>
<founder-content>
{body}
</founder-content>
<div class="nvv"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
</td>
</tr>
<tr><td colspan="3" class="cp">三江日报社版权所有　未经书面授权，不得复制、转载或建立镜像<br>黑ICP备05006711号　地址：佳木斯市前进区长安东路567号</td></tr>
</table>
"""
