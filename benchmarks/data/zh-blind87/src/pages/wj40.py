# 北京区法院官网（大兴区人民法院新闻页，2024 年版）：作者栏为空格隔开的两字名，日期带星期
from blocks import P, H, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-40", "kind": "institution", "lang": "zh",
    "title": "利用“AI换脸”冒充亲友借钱 两被告人诈骗获刑",
    "authors": ["刘洋", "王茜"],
    "publish_time": "2025年11月14日 星期五",
    "body": [
        P("近日，大兴区人民法院审结一起利用“AI换脸”技术实施电信网络诈骗的案件，以诈骗罪分别判处被告人周某、陈某有期徒刑四年六个月和三年，并处罚金。"),
        H("【案情回顾】"),
        P("2024年10月，周某、陈某通过非法渠道购买了被害人张女士的社交账号信息，并利用张女士在社交平台发布的视频，借助“AI换脸”软件合成了张女士的面部视频。随后，二人冒用张女士的身份，通过视频通话联系其亲属，以“急需周转资金”为由借钱。张女士的舅舅看到视频中“外甥女”的面孔，信以为真，先后转账8万元。"),
        H("【法院审理】"),
        P("法院经审理认为，周某、陈某以非法占有为目的，利用人工智能技术冒充他人身份，虚构事实骗取他人财物，数额巨大，其行为均已构成诈骗罪。周某在共同犯罪中起主要作用，系主犯；陈某起次要作用，系从犯，依法可以减轻处罚。二被告人到案后如实供述犯罪事实，并退赔了部分违法所得，法院遂依法作出上述判决。"),
        P("宣判后，二被告人均未提出上诉，判决已发生法律效力。"),
        H("【法官提示】"),
        P("承办法官表示，随着人工智能技术的发展，“AI换脸”“AI拟声”等新型诈骗手段不断出现，具有很强的迷惑性。广大群众在遇到亲友通过视频、语音要求借钱或转账时，务必通过电话、当面等其他方式核实对方身份；同时要注意保护个人信息，谨慎在网络上公开发布含有本人面部和声音的视频。"),
        P("此外，法官特别提醒，购买、出售或者提供公民个人信息的行为同样涉嫌违法犯罪。一些不法分子以“兼职”“刷单”为名收集他人的照片、视频和声音素材，用于训练换脸、拟声模型，群众切勿贪图小利，随意向陌生人提供自己或家人的影像资料。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#f4f4f4;font-family:"Microsoft YaHei",sans-serif;color:#333}a{color:inherit;text-decoration:none}
.court-top{background:linear-gradient(#9e0000,#c40000);color:#fff}.court-top .in{width:1200px;margin:auto;height:120px;display:flex;align-items:center;justify-content:space-between}
.court-top img{width:460px;height:70px}.court-top .tools{font-size:13px}.court-top .tools a{margin-left:14px}
.court-nav{background:#fff;border-bottom:2px solid #c40000}.court-nav .in{width:1200px;margin:auto;display:flex}.court-nav a{flex:1;text-align:center;line-height:52px;font-size:17px}
.in{width:1200px;margin:0 auto}
.where{padding:16px 0;font-size:14px;color:#777}
.paper{background:#fff;padding:40px 90px}
.paper .title{font-size:28px;text-align:center;font-weight:bold;line-height:1.5;margin-bottom:18px}
.paper .attr{display:flex;justify-content:center;gap:26px;font-size:14px;color:#888;border-bottom:1px solid #eee;padding-bottom:16px;margin-bottom:24px}
.paper .txt{font-size:17px;line-height:2}.paper .txt p{text-indent:2em;margin:0 0 12px}.paper .txt h3{font-size:17px;margin:0 0 12px;color:#c40000}
.paper .ops{text-align:center;margin-top:30px;font-size:14px;color:#666}
.friend{margin-top:20px;background:#fff;padding:14px;font-size:14px}.friend select{width:200px}
.court-foot{background:#2b2b2b;color:#aaa;text-align:center;font-size:13px;line-height:2;padding:26px 0;margin-top:30px}
"""


def render(p):
    body = rb(p["body"])
    return doc(p["title"] + "-北京市大兴区人民法院", CSS, f"""
<div class="court-top"><div class="in">{img("北京市大兴区人民法院")}<div class="tools"><a href="#">诉讼服务</a><a href="#">无障碍</a><a href="#">适老化版</a><a href="#">English</a></div></div></div>
<div class="court-nav"><div class="in">{links(["首页", "法院概况", "法院新闻", "审判动态", "诉讼服务", "司法公开", "法治宣传", "队伍建设"], '<a href="#">{}</a>', '')}</div></div>
<div class="in">
<div class="where">当前位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a> &gt; <a href="#">刑事审判</a></div>
<div class="paper">
<div class="title">{esc(p["title"])}</div>
<div class="attr"><span>来源：大兴区人民法院</span><span>作者：刘&nbsp;&nbsp;洋　王&nbsp;&nbsp;茜</span><span>发布时间：{p["publish_time"]}</span></div>
<div class="txt">
{body}
</div>
<div class="ops"><a href="#">[打印]</a>　<a href="#">[关闭]</a>　　分享到：微信　微博</div>
</div>
<div class="friend">友情链接：<select><option>全国法院网站</option></select>　<select><option>北京法院网站</option></select></div>
</div>
<div class="court-foot">版权所有：北京市大兴区人民法院　地址：北京市大兴区兴业大街二段28号　邮编：102600<br>
诉讼服务热线：12368　京ICP备05074310号-3　京公网安备 11011502003120号</div>
""")
