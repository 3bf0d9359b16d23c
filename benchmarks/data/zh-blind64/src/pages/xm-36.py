# 祁连科技大学 (invented university, 甘肃张掖): 学校新闻, 2019 layout.  The info
# bar has an empty 作者： label; the writer is named only in the closing credit
# line "文/ … 图/ … 审核/ …" (图 and 审核 are not authors).
from kit import *

META = dict(
    id="xm-36", kind="institution", lang="zh",
    title="我校举办2025年“祁连学术论坛”暨干旱区生态保护研讨会",
    authors=["张帆"],
    publish_time="2025-05-15 16:20:33",
)
HTML_TITLE = "我校举办2025年“祁连学术论坛”暨干旱区生态保护研讨会-祁连科技大学新闻网"
CSS = BASE_CSS + """
.top{background:#003f88;color:#fff;font-size:13px}
.top .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 0}
.top a{color:#fff;margin-left:12px}
.hd{width:1200px;margin:0 auto;height:110px;display:flex;align-items:center;gap:20px}
.hd .cn{font-size:32px;color:#003f88;font-family:"STXingkai",KaiTi}
.hd .en{font-size:12px;color:#666}
.nav{background:#003f88}
.nav ul{width:1200px;margin:0 auto;display:flex}
.nav li{flex:1;text-align:center}
.nav a{display:block;color:#fff;padding:12px 0;font-size:15px}
.page{width:1200px;margin:20px auto;display:flex;gap:30px}
.lm{width:220px}
.lm h3{background:#003f88;color:#fff;margin:0;padding:14px;font-size:18px}
.lm li a{display:block;padding:10px 14px;border-bottom:1px solid #e5e5e5}
.art{flex:1}
.crumb{border-bottom:1px solid #003f88;padding-bottom:8px;font-size:13px;color:#666}
h1{font-size:26px;text-align:center;color:#003f88;line-height:1.5;margin:26px 20px 12px}
.info{text-align:center;font-size:13px;color:#888;background:#f5f7fa;padding:8px 0}
.info span{margin:0 10px}
.content{font-size:16px;line-height:2;margin-top:20px}
.content p{text-indent:2em;margin:0 0 12px}
.content .pic-cap{text-indent:0;text-align:center;font-size:14px;color:#555}
.content .art-note{text-align:right}
.footer{background:#002a5c;color:#b7c7de;text-align:center;font-size:12px;padding:18px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="top"><div class="in"><span>欢迎访问祁连科技大学新闻网</span><span><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a></span></div></div>
<div class="hd">{img("校徽", 80, 80)}<div><div class="cn">祁连科技大学新闻网</div><div class="en">QILIAN UNIVERSITY OF SCIENCE AND TECHNOLOGY</div></div>{search("请输入关键词", "搜索")}</div>
<div class="nav">{nav(["首页", "学校要闻", "综合新闻", "学院动态", "媒体祁科", "人物风采", "校园文化", "视频祁科", "专题报道"], cls="navul")}</div>
<div class="page">
<div class="lm"><h3>学校要闻</h3><ul><li><a href="#">学校要闻</a></li><li><a href="#">综合新闻</a></li><li><a href="#">学院动态</a></li><li><a href="#">通知公告</a></li></ul></div>
<div class="art">
{crumb(["首页", "学校要闻", "正文"], prefix="当前位置：", sep=" &gt; ")}
<h1>@@TITLE@@</h1>
<div class="info"><span>来源：科学技术处</span><span>作者：</span><span>发布时间：@@DATE@@</span><span>点击：[836]</span></div>
<div class="content">
@@BODY@@
</div>
{prevnext("我校召开2025年本科教学工作会议", "我校学子在全国大学生数学建模竞赛中获佳绩", "上一条：", "下一条：")}
</div>
</div>
{footer(["版权所有：祁连科技大学　地址：甘肃省张掖市甘州区　邮编：734000",
         "陇ICP备05001987号　甘公网安备 62070202000058号", "党委宣传部主办　网络与信息中心技术支持"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 5月13日至14日，由我校主办、生态与环境学院承办的2025年“祁连学术论坛”暨干旱区生态保护研讨会在学校学术交流中心举行。来自中国科学院西北生态环境资源研究院、兰州大学、西北农林科技大学等20余所高校和科研院所的160余名专家学者参加会议。
p 校长周立群出席开幕式并致辞。他表示，学校地处祁连山北麓、河西走廊中部，开展干旱区生态保护研究具有得天独厚的区位优势。希望与会专家围绕祁连山生态保护和黑河流域水资源利用等重大问题深入研讨，为区域生态文明建设贡献智慧。
img 研讨会开幕式现场
cap 研讨会开幕式现场
p 研讨会设主旨报告和“祁连山生态系统保护修复”“干旱区水资源高效利用”“荒漠化防治与绿色发展”三个分论坛。中国科学院西北生态环境资源研究院研究员陈建华作了题为《气候变化背景下祁连山冰川与水资源变化》的主旨报告，兰州大学教授刘晓东等6位专家分别作了专题报告。
p 与会专家认为，近年来祁连山生态环境持续向好，但冰川退缩、草地退化等问题仍需长期关注，应加强多学科交叉和长期定位观测，推动科研成果在生态修复实践中转化应用。
p 会议期间，我校与中国科学院西北生态环境资源研究院签署了共建“祁连山生态环境野外观测研究站”合作协议。本次论坛共收到学术论文86篇，评选出优秀论文12篇。
x 文/&nbsp;张&nbsp;&nbsp;帆&nbsp;&nbsp;&nbsp;图/&nbsp;李思远&nbsp;&nbsp;&nbsp;审核/&nbsp;王立新
"""
