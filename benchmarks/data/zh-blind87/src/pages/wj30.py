# 微博头条文章页（2020 版）：账号名即作者，“X月X日 HH:MM”时间，编号清单、转发评论赞
from blocks import P, OL, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-30", "kind": "self-media", "lang": "zh",
    "title": "冬天存普洱，记住这五条就够了",
    "authors": ["普洱茶人老周"],
    "publish_time": "11月16日 11:08",
    "body": [
        P("入冬以后，后台问得最多的问题就是：家里的普洱茶冬天怎么存？暖气一开会不会把茶烘干了？南方湿冷会不会受潮？今天统一回答一下。"),
        P("我在普洱做了二十多年茶，总结下来，家庭存茶记住下面五条就够了："),
        OL("一、避光。光照会让茶叶氧化变味，最好放在柜子里，不要放在窗台上。",
           "二、防异味。茶叶吸味特别快，千万别和樟脑丸、香料、化妆品放在一起，厨房也不行。",
           "三、控湿度。北方开了暖气，空气太干，可以在存茶的柜子里放一小杯清水；南方湿冷，要注意通风，湿度最好保持在60%到70%之间。",
           "四、温度稳。不要靠近暖气片、空调出风口，忽冷忽热对茶最不好。",
           "五、别常翻。很多茶友喜欢隔几天就拿出来闻一闻，其实老打开包装，香气反而容易散。"),
        IMG("老周的存茶柜"),
        P("最后多说一句：家庭存茶量不大的话，不必追求什么“专业仓”，做到干净、无异味、不潮湿，普洱茶就能慢慢转化出好滋味。有什么问题评论区留言，我挑着回。"),
    ],
}

CSS = """
body{margin:0;background:#f2f3f5;font-family:"PingFang SC","Microsoft YaHei",Arial;color:#333}a{color:#eb7350;text-decoration:none}
.gn{background:#fff;border-top:2px solid #fa7d3c;box-shadow:0 1px 3px rgba(0,0,0,.08)}.gn .in{width:1000px;margin:auto;display:flex;align-items:center;height:50px;gap:20px}
.gn img{width:80px;height:30px}.gn input{width:240px;height:30px;border:1px solid #ddd;border-radius:15px;padding:0 12px;background:#f2f2f5}
.gn .r{margin-left:auto;font-size:14px}.gn .r a{margin-left:14px;color:#333}
.wrap{width:760px;margin:20px auto;background:#fff;padding:0 0 20px}
.banner{height:180px;background:#dfe6ec}
.art{padding:30px 60px}
.art .title{font-size:30px;line-height:1.4;font-weight:bold;margin:0 0 20px;color:#000}
.art .author{display:flex;align-items:center;gap:10px;font-size:14px;color:#808080;margin-bottom:20px}.art .author img{width:40px;height:40px;border-radius:50%}
.art .author b{color:#333}
.WB_editor_iframe{font-size:16px;line-height:1.9}.WB_editor_iframe p{margin:0 0 18px}.WB_editor_iframe ol{list-style:none;padding:0}.WB_editor_iframe li{margin:0 0 12px}
.WB_editor_iframe .img img{width:100%;height:360px;background:#eee}
.read{font-size:13px;color:#999;margin-top:20px}
.handle{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:12px;color:#808080;font-size:14px}
.handle a{color:#808080}
.hot{width:760px;margin:0 auto;background:#fff;padding:16px 20px}.hot h4{margin:0 0 8px}.hot a{color:#333;margin-right:16px;font-size:14px;line-height:2}
"""


def render(p):
    body = rb(p["body"], img='<p class="img"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"], CSS, f"""
<div class="gn"><div class="in">{img("微博")}<input type="text" placeholder="大家都在搜：立冬"><div class="r"><a href="#">首页</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div></div></div>
<div class="wrap">
<div class="banner"></div>
<div class="art">
<div class="title">{esc(p["title"])}</div>
<div class="author">{img("普洱茶人老周")}<div><b>普洱茶人老周</b><br>{p["publish_time"]} 来自 微博文章　阅读 3.2万</div><a href="#" style="margin-left:auto">+ 关注</a></div>
<div class="WB_editor_iframe">
{body}
</div>
<div class="read">本文为作者原创，未经授权禁止转载　　<a href="#">投诉</a></div>
</div>
<div class="handle"><a href="#">收藏</a><a href="#">转发 256</a><a href="#">评论 88</a><a href="#">赞 1024</a></div>
</div>
<div class="hot"><h4>微博热搜</h4>{links(["立冬", "普洱茶", "云南冬天有多暖", "昆明红嘴鸥回来了", "喝茶的正确姿势"], '<a href="#">#{}#</a>', '')}</div>
""")
