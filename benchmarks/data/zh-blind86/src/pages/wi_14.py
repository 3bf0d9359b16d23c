from lib import links, lis, GIF

PAGE = dict(
    id="wi-14", kind="media", lang="zh",
    region="湖南 衡阳", site="衡阳广播电视台·衡阳网络广播电视台（电视新闻点播页）",
    title="常宁：油茶采摘进入高峰 加工企业开足马力",
    authors=["刘畅", "蒋文"],
    publish_time="2025-11-19 20:15",
    head_title="【衡阳新闻】常宁：油茶采摘进入高峰 加工企业开足马力_衡阳网络广播电视台",
    features="市电视台点播页（深色主题）：标题带栏目名前缀“【衡阳新闻】”（不属标题）；视频播放器占位（alt“视频播放器”）与“播放次数”；"
             "信息栏“记者：… 编辑：… 时间：… 来源：…”在视频下方；正文是电视解说词，含【导语】【正文】【同期声】标记与同期声讲话人（非作者）；"
             "右栏节目单与直播入口、栏目推荐、页脚含广播电视节目制作经营许可证号。",
)

BLOCKS = [
    ("p", "【导语】眼下正值油茶果采摘季，在常宁市的油茶种植基地，漫山遍野的油茶果挂满枝头，茶农们抢抓晴好天气采摘，当地油茶加工企业也开足马力生产，一派繁忙景象。"),
    ("p", "【正文】在常宁市西岭镇的一处油茶基地，茶农们背着竹篓穿梭在林间，熟练地将一颗颗饱满的油茶果摘下。今年基地800多亩油茶迎来丰产，预计鲜果产量可达400吨。"),
    ("p", "【同期声】常宁市西岭镇油茶种植户　谭国庆：今年雨水好，果子结得多，也结得大，比去年每亩要多收一百多斤。我们请了30多个附近的村民来帮忙，一天能摘五六吨。"),
    ("p", "【正文】在位于常宁经济开发区的一家油茶加工企业，脱壳、烘干、压榨、精炼等生产线满负荷运转。企业负责人介绍，今年公司新上了一条低温冷榨生产线，日处理油茶籽能力提高到150吨，产品远销广东、上海等地。"),
    ("p", "【同期声】湖南茶乡油脂有限公司总经理　曾艳：我们和周边12个村的3000多户茶农签订了收购协议，按保护价收购，让茶农种得安心、卖得放心。"),
    ("p", "【正文】近年来，常宁市大力推进油茶低产林改造和品牌建设，全市油茶林面积达到68万亩，年产值突破40亿元，油茶产业已成为当地群众增收致富的“绿色银行”。"),
]

FMT = {"p": "<p>{t}</p>"}

CSS = """
body{margin:0;background:#14161c;color:#d6d8de;font-family:"Microsoft YaHei"}
a{color:#d6d8de}
.hdr{background:#0c0d11;border-bottom:2px solid #e0a020;padding:0 40px;display:flex;align-items:center;height:70px}
.hdr nav a{margin-left:28px;font-size:16px}
.hdr .live{margin-left:auto;background:#e0a020;color:#000;padding:4px 12px;border-radius:3px}
.body{display:flex;max-width:1280px;margin:20px auto;gap:24px}
.mainc{flex:1}
.player{background:#000;height:460px;display:flex;align-items:center;justify-content:center}
.vt h1{font-size:22px;color:#fff;margin:16px 0 8px}
.stat{font-size:13px;color:#8a8f99}
.meta{font-size:13px;color:#8a8f99;margin:8px 0 16px;padding-bottom:10px;border-bottom:1px solid #2a2d35}
.meta span{margin-right:16px}
.script p{font-size:16px;line-height:1.9;margin:0 0 14px}
.sidec{width:330px}
.box{background:#1d2028;padding:12px 16px;margin-bottom:16px}
.box h3{margin:0 0 8px;font-size:16px;color:#e0a020}
.box li{font-size:14px;line-height:2;list-style:none}.box ul{padding:0;margin:0}
.foot{text-align:center;font-size:12px;color:#6b707a;padding:30px;border-top:1px solid #2a2d35}
"""


def render(P, body):
    sched = "".join(f"<li>{t}　{n}</li>" for t, n in [
        ("18:30", "衡阳新闻"), ("19:00", "转播中央台新闻联播"), ("19:35", "今日关注"), ("20:00", "雁城警视"), ("20:30", "电视剧：山河锦绣（12）")])
    return f"""
<div class="hdr"><img src="{GIF}" alt="衡阳网络广播电视台" width="200" height="44"><nav>{links(["首页", "新闻", "直播", "点播", "栏目", "专题", "广播"], sep="")}</nav><a class="live" href="#">● 直播</a></div>
<div class="body">
<div class="mainc">
<div class="player"><img src="{GIF}" alt="视频播放器" width="1" height="1"></div>
<div class="vt"><h1>【衡阳新闻】{P['title']}</h1>
<div class="stat">播放次数：4871　　<a href="#">收藏</a>　<a href="#">分享</a></div>
<div class="meta"><span>记者：刘畅　蒋文</span><span>编辑：谢婷</span><span>时间：{P['publish_time']}</span><span>来源：衡阳广播电视台</span></div>
</div>
<div class="script">
{body}
</div>
</div>
<div class="sidec">
<div class="box"><h3>今日节目单 · 衡阳新闻综合频道</h3><ul>{sched}</ul></div>
<div class="box"><h3>栏目推荐</h3><ul>{lis(["衡阳新闻", "今日关注", "雁城警视", "百姓有话说", "乡村振兴在衡阳"])}</ul></div>
<div class="box"><h3>热门点播</h3><ul>{lis(["【衡阳新闻】衡南：冬种油菜20万亩 田间管理正当时", "【今日关注】南岳景区冬季雾凇观赏攻略", "【衡阳新闻】全市冬修水利项目开工率达八成"])}</ul></div>
</div>
</div>
<div class="foot">
衡阳广播电视台 版权所有　地址：衡阳市蒸湘区船山大道66号　新闻热线：0734-8225110<br>
湘ICP备09028511号-1　广播电视节目制作经营许可证：（湘）字第00317号　湘公网安备 43040802000094号
</div>
"""
