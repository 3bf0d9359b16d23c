from lib import *

ID = "xh-27"
KIND = "self-media"
LANG = "zh"
FEATURES = ("百家号 article (account 广西旅行笔记) whose text names a person ('作者 | 覃凯' line, not body) → author "
            "is the person; headline ending in a question mark; meta '2024-12-14 18:42广西' glued with IP; 关注 "
            "button; numbered ①②③ tips list; image source note '图片来源：…' (not body); 百度 header with search; "
            "声明 and 举报; 为你推荐")
HEAD_TITLE = "广西的“小众海岛”涠洲岛，冬天去值不值得？"
TITLE_LINES = ["广西的“小众海岛”涠洲岛，冬天去值不值得？"]
AUTHORS = ["覃凯"]
TIME = "2024-12-14 18:42"

CSS = """
body{margin:0;background:#fff;font:17px/1.8 Arial,"PingFang SC";color:#333}
.bd-head{height:56px;display:flex;align-items:center;padding:0 24px;border-bottom:1px solid #eee}
.bd-head b{color:#3388ff;font-size:20px}.bd-head input{margin-left:20px;width:420px;height:32px}
.bd-head .s{background:#3388ff;color:#fff;padding:5px 16px}
.index-module_articleWrap{width:720px;margin:0 auto;padding:20px 0}
.index-module_articleTitle{font-size:28px;line-height:1.4;margin:0 0 16px}
.author{display:flex;align-items:center;gap:10px;font-size:14px;color:#999;margin-bottom:20px}
.author .nm{color:#333;font-weight:bold}.author .gz{margin-left:auto;border:1px solid #3388ff;color:#3388ff;padding:0 12px;border-radius:12px}
.index-module_textWrap p{margin:0 0 20px}
.index-module_textWrap .pic{text-align:center}
.tip{font-size:14px;color:#999}
.sm{font-size:13px;color:#aaa;border-top:1px solid #eee;padding-top:10px}
.tj li{font-size:15px;margin:8px 0}
"""

BODY = [
    P("一到冬天，很多人就想往南跑。说起广西的海岛，不少人第一反应是北海的涠洲岛。可冬天的涠洲岛，到底值不值得专门跑一趟？上个月我在岛上住了四天，给大家说说真实感受。"),
    P("先说结论：如果你想下海游泳、晒成小麦色，冬天可能会有点失望；但如果你想避开人潮，安安静静看海、吃海鲜、拍火山岩，冬天反而是最好的季节。"),
    IMG("涠洲岛鳄鱼山景区", None),
    P("冬天的涠洲岛，白天气温大多在18℃到24℃之间，穿件薄外套就够了。海风比较大，但天空通透，日落特别好看。石螺口看日落、五彩滩看日出，这两个地方一定不要错过。"),
    P("几个实用的小建议："),
    P("①船票提前买。冬季北海到涠洲岛的班次会减少，遇到大风天还可能停航，出发前一定要关注船运公告。"),
    P("②住宿选南湾或石螺口。南湾附近吃饭方便，石螺口离日落点近，冬天是淡季，不少民宿价格只有旺季的一半。"),
    P("③海鲜去本地人常去的市场买。买好后找附近的加工店，加工费一般每斤10元到15元，比直接在餐馆点便宜不少。"),
    P("总的来说，冬天的涠洲岛少了些热闹，多了份安静。适不适合你，就看你想要一趟什么样的旅行了。"),
]


def page():
    return f"""<body>
<div class="bd-head"><b>{gif("百度")}百度</b><input type="text"><span class="s">百度一下</span></div>
<div class="index-module_articleWrap">
<h1 class="index-module_articleTitle">{TITLE_LINES[0]}</h1>
<div class="author">{gif("广西旅行笔记头像")}<div><p class="nm">广西旅行笔记</p><p><span>{TIME}</span><span>广西</span></p></div><span class="gz">+ 关注</span></div>
<div class="index-module_textWrap">
<p class="tip">作者 | 覃凯</p>
{render(BODY)}
<p class="tip">图片来源：作者拍摄</p>
</div>
<p class="sm">举报/反馈</p>
<p class="sm">声明：本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。</p>
<div class="tj"><h4>为你推荐</h4><ul>{ali(["北海银滩冬季游玩攻略，这些地方一定要去", "广西冬天最暖和的城市是哪里？", "涠洲岛火山口地质公园，看一亿年前的火山"])}</ul></div>
</div>
</body>"""
