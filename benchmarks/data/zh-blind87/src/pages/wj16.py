# 西藏广播电视网站（虚构“高原广电网”），2022 年版：电视新闻页（视频播放器+文稿，文末记者/摄像行）
from blocks import P, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-16", "kind": "media", "lang": "zh",
    "title": "拉萨：首批“暖心驿站”投用 户外劳动者冬天有了歇脚处",
    "authors": ["次旺", "索朗"],
    "publish_time": "2025-11-10 20:31:05",
    "body": [
        P("入冬以来，拉萨早晚气温降到零下。近日，拉萨市首批30个户外劳动者“暖心驿站”正式投入使用，环卫工人、快递员、外卖骑手等户外劳动者可以在这里免费喝热水、热饭、充电和休息。"),
        P("记者在城关区北京中路的一处驿站看到，驿站内配备了电暖器、微波炉、饮水机、应急药箱和手机充电设备，墙上还张贴着法律援助和就业服务的联系电话。刚刚结束清扫作业的环卫工人次仁卓玛正在驿站里热饭。"),
        P("次仁卓玛说：“以前冬天早上五点多就出来扫马路，手冻得不行也没地方躲一躲，现在有了驿站，随时能进来暖和一下、喝口热茶。”"),
        P("据了解，这批驿站由市总工会牵头，依托银行网点、社区服务中心和商户门店建设，每个驿站每天开放时间不少于12小时。下一步，拉萨市还将在各县区新建驿站40个，并在驿站开展健康义诊、政策宣讲等服务，让户外劳动者切实感受到城市的温度。"),
        NOTE("记者：次旺　索朗　摄像：边巴", '<p class="credit">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#0e1a2b;color:#dfe6ef;font-family:"PingFang SC","Microsoft YaHei",sans-serif}
a{color:inherit;text-decoration:none}
.bar{display:flex;align-items:center;justify-content:space-between;padding:0 40px;height:70px;background:#0a1320}
.bar img{width:200px;height:40px}.bar nav a{margin:0 14px;font-size:16px}.bar .live{background:#e23b3b;color:#fff;padding:4px 12px;border-radius:3px}
.stage{max-width:1100px;margin:30px auto}
.player{position:relative;background:#000;height:560px;display:flex;align-items:center;justify-content:center;color:#aaa}
.player .time{position:absolute;bottom:12px;right:16px;font-size:13px;user-select:none}
.player .btn{user-select:none;font-size:20px}
.vhead{padding:20px 0;border-bottom:1px solid #223048}
.vhead h1{font-size:26px;margin:0 0 10px;color:#fff}
.vhead .m{font-size:14px;color:#8797ad}.vhead .m span{margin-right:20px}
.script{background:#13233a;margin-top:20px;padding:24px 30px;border-radius:6px;font-size:17px;line-height:1.9}
.script h2{font-size:16px;color:#f5c04a;margin:0 0 10px}.script p{margin:0 0 14px;text-indent:2em}.script p.credit{color:#8797ad;font-size:14px;text-indent:0}
.list{margin-top:30px}.list h3{color:#f5c04a}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.grid div{font-size:14px}
.grid img{width:100%;height:130px;background:#22324a}
footer{text-align:center;font-size:12px;color:#66758a;padding:30px;line-height:2}
"""


def render(p):
    body = rb(p["body"])
    return doc(p["title"] + "_高原广电网", CSS, f"""
<div class="bar">{img("高原广电网")}<nav>{links(["首页", "直播", "新闻", "节目", "藏语频道", "影视", "专题"], '<a href="#">{}</a>', '')}</nav><a class="live" href="#">直播</a></div>
<div class="stage">
<div class="player"><span class="btn">▶</span><span class="time">00:00 / 02:36</span></div>
<div class="vhead"><h1>{esc(p["title"])}</h1>
<div class="m"><span>{p["publish_time"]}</span><span>来源：西藏卫视《西藏新闻联播》</span><span>播放量：2.1万</span></div></div>
<div class="script"><h2>新闻文稿</h2>
{body}
</div>
<div class="list"><h3>相关视频</h3><div class="grid">
{links(["林芝：冬季旅游线路发布", "日喀则：青稞秸秆饲草化利用", "昌都：冬虫夏草资源调查启动", "山南：冬季学校供暖全覆盖"], '<div>' + img() + '<br><a href="#">{}</a></div>', '')}
</div></div></div>
<footer>高原广电网 版权所有　信息网络传播视听节目许可证：2503060　藏ICP备10000513号-2<br>网络视听节目举报电话：0891-6812230</footer>
""")
