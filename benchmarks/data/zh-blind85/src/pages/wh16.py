# 海南 · 广播电视台网站 · 视频新闻页（2021 dark video page, player placeholder, 记者/摄像 credits line）
from lib import *

PAGE = dict(
    id="wh-16", kind="media", lang="zh",
    title="三亚南繁基地冬季育种全面展开 一批新品种进入扩繁阶段",
    authors=["林诗", "吴冠宇"],
    publish_time="2025-11-21 19:48",
    features="2021 dark-theme TV station video page (海南); player placeholder with 00:00 / 02:36 and 倍速/全屏 "
             "controls; 栏目 name and date above the headline; credits line 记者：林　诗 吴冠宇　摄像：陈　涛 "
             "(cameraman not an author) under the text summary; broadcast-style short paragraphs; 点赞/收藏 row; "
             "episode list; 视听节目许可证 in the footer.",
    blocks=[
        P("眼下正是南繁育种的黄金季节。在三亚崖州区的南繁科研育种基地，来自全国各地的科研人员陆续抵达，水稻、玉米、棉花等作物的冬季加代育种工作全面展开。"),
        P("在一处水稻育种田里，科研人员正在进行人工授粉。他们将父本的花粉轻轻抖落在母本的稻穗上，再套上纸袋做好标记。一名来自湖南的育种专家告诉记者，利用三亚冬季温暖的气候，一年可以多繁育一代，育种周期能缩短三分之一以上。"),
        P("今年，南繁基地共有来自29个省份的800多家科研单位和企业开展育种工作，育种面积超过5万亩。基地还升级了公共实验室和分子检测平台，科研人员在田间采集的样本当天就能完成检测，大大提高了选育效率。"),
        P("据介绍，目前已有一批耐盐碱水稻、高油酸花生和抗虫玉米新品系进入扩繁阶段，预计明年可在部分省份开展区域试验。南繁管理部门表示，将继续做好用地保障、生物安全监管和生活服务配套，为科研人员安心育种创造良好条件。"),
    ],
)

CSS = """
body{margin:0;background:#111;color:#ddd;font-family:"PingFang SC","Microsoft YaHei"}
a{color:#ddd;text-decoration:none}
.bar{height:64px;background:#000;display:flex;align-items:center;padding:0 40px;gap:30px}
.bar .lg{font-size:24px;font-weight:bold;color:#19c3d6}
.bar a{font-size:15px}
.bar .live{margin-left:auto;background:#e23;color:#fff;padding:2px 12px;border-radius:12px}
.stage{width:1100px;margin:20px auto;display:flex;gap:20px}
.player{flex:1}
.screen{height:450px;background:#000;display:flex;align-items:center;justify-content:center;color:#666;font-size:14px;position:relative}
.ctrl{background:#222;font-size:13px;color:#aaa;padding:6px 12px;display:flex;justify-content:space-between}
.list{width:300px;background:#1b1b1b;padding:10px}
.list h4{margin:0 0 8px;color:#19c3d6}
.list li{font-size:13px;line-height:2;list-style:none}
.list ul{padding:0;margin:0}
.detail{width:1100px;margin:0 auto}
.detail .col{color:#19c3d6;font-size:14px}
.detail .col span{color:#888;margin-left:14px}
.detail h1{font-size:26px;color:#fff;margin:10px 0 16px}
.detail .summary{font-size:16px;line-height:1.9;color:#ccc}
.detail .summary p{margin:0 0 14px;text-indent:2em}
.detail .credit{font-size:14px;color:#888;margin:10px 0}
.detail .act{border-top:1px solid #333;padding-top:10px;color:#888;font-size:14px}
.detail .act span{margin-right:20px}
.ft{margin-top:40px;background:#000;color:#666;text-align:center;font-size:12px;padding:24px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="bar"><span class="lg">椰视频</span>{links(["首页", "直播", "新闻", "综艺", "纪录片", "海南新闻联播", "专题"])}<span class="live">直播中</span></div>
<div class="stage">
<div class="player"><div class="screen">{img("视频封面", 2, 2)} 视频加载中……</div>
<div class="ctrl"><span>▶ 00:00 / 02:36</span><span>倍速　清晰度　全屏</span></div></div>
<div class="list"><h4>海南新闻联播</h4><ul>
<li>{esc("2025-11-21 海南新闻联播（完整版）")}</li><li>全省冬季瓜菜种植面积稳步扩大</li><li>三亚南繁基地冬季育种全面展开</li><li>海口江东新区新一批项目集中开工</li></ul></div>
</div>
<div class="detail">
<div class="col">海南新闻联播<span>{p["publish_time"]}</span></div>
<h1>{esc(p["title"])}</h1>
<div class="summary">
{body}
</div>
<div class="credit">记者：林　诗 吴冠宇　摄像：陈　涛</div>
<div class="act"><span>👍 点赞 236</span><span>☆ 收藏</span><span>分享</span><span>举报</span></div>
</div>
<div class="ft">椰岛广播电视台 版权所有　琼ICP备05004417号-5<br>信息网络传播视听节目许可证：2108289　琼公网安备 46010802000312号</div>
"""
    return doc("三亚南繁基地冬季育种全面展开 一批新品种进入扩繁阶段_椰视频", CSS, html_body)
