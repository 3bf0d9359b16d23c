from lib import *

META = dict(
    id="xu-19", kind="media", lang="en",
    title="Border ports in China's Heilongjiang see busy autumn trade",
    authors=[],
    publish_time="Sep 11, 2025 09:42",
)
FEATURES = ("English channel of a Heilongjiang portal (invented HLJ Online English, 2015 fixed-width template): "
            "Source: Xinhua and date on one line, wire dateline HARBIN, Sept. 11 (Xinhua) -- in the first paragraph, "
            "no named writer (authors []), Editor line (not author), print/email links, More news list, Chinese "
            "footer lines.")

BODY = [
    P("HARBIN, Sept. 11 (Xinhua) -- Trucks loaded with vegetables, fruit and building materials lined up at the Suifenhe and Dongning highway ports in northeast China's Heilongjiang Province this week, as autumn trade with Russia entered its busiest period."),
    P("Freight volume at Heilongjiang's border ports reached 21.6 million tonnes in the first eight months of this year, up 7.4 percent year on year, according to the provincial port authority."),
    P("Customs officers at Suifenhe have opened extra inspection lanes for fresh produce and introduced appointment-based clearance, cutting the average waiting time for trucks to less than two hours."),
    P("At the Heihe port, the cross-border highway bridge over the Heilongjiang River handled more than 1,300 vehicles a week in August, mostly carrying auto parts, furniture and daily necessities to Russia and timber, soybeans and fertilizer back to China."),
    P("Local officials said the ports will keep extended opening hours until the river freezes in late November."),
]

CSS = """
body{margin:0;background:#e6e6e6;font:13px/1.6 Verdana,Arial,sans-serif;color:#222}
#page{width:960px;margin:0 auto;background:#fff}
#masthead{height:80px;background:#003b73;color:#fff;font:bold 26px/80px Arial;padding-left:20px}
#masthead span{font-size:12px;font-weight:normal;margin-left:16px;color:#9cc3ea}
#tabs{background:#0a5aa4;padding-left:10px}
#tabs a{color:#fff;display:inline-block;padding:7px 12px;font-weight:bold}
#col-main{float:left;width:640px;padding:16px 20px}
#col-side{float:right;width:240px;padding:16px 10px;background:#f3f6f9}
.loc{font-size:11px;color:#888}
.hl{font:bold 24px/1.3 Arial;margin:12px 0 6px;color:#003b73}
.info{font-size:11px;color:#888;border-bottom:1px dotted #aaa;padding-bottom:4px}
.story p{font-size:14px;line-height:1.7}
.ed{font-size:11px;color:#888}
.tools a{font-size:11px;margin-right:8px}
#col-side h4{margin:0 0 6px;color:#003b73}
#col-side li{margin-bottom:6px}
#ft{clear:both;background:#003b73;color:#bcd;text-align:center;font-size:11px;padding:12px;line-height:1.8}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t, CSS, f"""
<div id="page">
<div id="masthead">HLJ Online English<span>Gateway to Heilongjiang</span></div>
<div id="tabs"><a href="#">Home</a><a href="#">Heilongjiang</a><a href="#">China</a><a href="#">Business</a><a href="#">Harbin</a><a href="#">Ice &amp; Snow</a><a href="#">Photos</a></div>
<div id="col-main">
 <div class="loc">You are here: Home &gt;&gt; Business</div>
 <div class="hl">{e(t)}</div>
 <div class="info">Source: Xinhua　|　Sep 11, 2025 09:42</div>
 <div class="story">
{body}
 </div>
 <div class="ed">Editor: Wang Yu</div>
 <div class="tools"><a href="#">[Print]</a><a href="#">[E-mail]</a><a href="#">[Close]</a></div>
</div>
<div id="col-side"><h4>More news</h4><ul>
 <li><a href="#">Harbin to host winter sports expo in December</a></li>
 <li><a href="#">Daqing oilfield marks 66 years of production</a></li>
 <li><a href="#">Jiamusi rice farmers try drone sowing</a></li>
 <li><a href="#">Wudalianchi geopark draws autumn visitors</a></li>
</ul></div>
<div id="ft">Copyright © HLJ Online. All Rights Reserved　黑ICP备09017262号<br>主办：黑龙江网络传媒有限公司　E-mail: english@hljonline-news.cn</div>
</div>
""", lang="en")
