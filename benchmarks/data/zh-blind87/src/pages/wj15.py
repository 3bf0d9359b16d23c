# 云南省级新闻门户（虚构“滇声网”），2019 年版：转载新华社电讯（电头里有两名记者）
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-15", "kind": "media", "lang": "zh",
    "title": "云南普洱：咖啡鲜果采收季 “豆农”用上数字秤",
    "authors": ["杨静", "岩温"],
    "publish_time": "2025-11-13 15:47:02",
    "body": [
        P("新华社昆明11月13日电（记者 杨静 岩温）眼下正值云南普洱咖啡鲜果采收季。在思茅区南屏镇的一个咖啡鲜果收购点，前来交售鲜果的农户排成长队，工作人员将一筐筐红果倒上电子台秤，重量、成熟度和收购价格随即显示在屏幕上，结算款几分钟内就转入农户的手机。"),
        P("“以前卖果子靠的是收购商一杆秤，现在成熟度也能测，红果多就能多卖钱。”种了20多亩咖啡的农户岩罕说。今年他家的鲜果每公斤卖到了8元多，比去年高出近两成。"),
        IMG("农户在收购点交售咖啡鲜果"),
        P("普洱是我国重要的咖啡产区。近年来，当地推动咖啡产业从“卖原料”向“卖精品”转型，引导农户只采摘完全成熟的红果，并在主要产区建设了一批数字化收购点。收购数据实时汇入产业平台，企业可以据此安排加工，农户也能随时查看行情。"),
        P("据普洱市咖啡产业发展中心介绍，今年全市咖啡种植面积稳定在70万亩左右，精品咖啡占比预计提高到25%以上。越来越多的年轻人回到家乡，开起了咖啡庄园和咖啡馆，带动了乡村旅游发展。"),
    ],
}

CSS = """
body{margin:0;background:#f1f1f1;font-family:"Microsoft YaHei";color:#333}a{color:#333;text-decoration:none}
.hd{background:#fff}.hd .w{height:96px;display:flex;align-items:center;justify-content:space-between}
.hd img{width:300px;height:60px}.w{width:1140px;margin:0 auto}
.weather{font-size:13px;color:#666}
.nav{background:#e60012}.nav .w{display:flex;flex-wrap:wrap}.nav a{color:#fff;padding:0 18px;line-height:46px;font-size:16px}
.subnav{background:#fff;border-bottom:1px solid #ddd}.subnav .w{font-size:13px;line-height:36px;color:#666}.subnav a{margin-right:14px}
.mainbox{background:#fff;margin-top:16px;padding:20px 30px;display:flex;gap:30px}
.art{flex:1}.side{width:300px}
.loc{font-size:13px;color:#999}
.art h1{font-size:28px;line-height:1.5;margin:16px 0}
.pinfo{display:flex;gap:20px;color:#999;font-size:13px;padding-bottom:12px;border-bottom:1px solid #eee}
.detail{font-size:17px;line-height:1.9;padding:16px 0}.detail p{text-indent:2em;margin:0 0 16px}.detail p.im{text-align:center}.detail p.im img{width:620px;height:400px}
.statement{background:#f8f8f8;font-size:12px;color:#999;padding:10px;margin-top:16px}
.side h4{background:#e60012;color:#fff;margin:0;padding:8px 12px}.side ul{padding-left:20px;font-size:14px;line-height:2}
.copyright{background:#2b2b2b;color:#999;font-size:12px;line-height:24px;text-align:center;padding:24px 0;margin-top:20px}
"""


def render(p):
    body = rb(p["body"], img='<p class="im"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "_滇声网", CSS, f"""
<div class="hd"><div class="w">{img("滇声网 dian sheng wang")}<div class="weather">昆明　晴　8℃～19℃　　<a href="#">登录</a> | <a href="#">注册</a></div></div></div>
<div class="nav"><div class="w">{links(["首页", "云南", "要闻", "州市", "财经", "文旅", "教育", "健康", "视频", "图片", "理论"], '<a href="#">{}</a>', '')}</div></div>
<div class="subnav"><div class="w">州市频道：{links(["昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", "楚雄", "红河", "文山", "西双版纳", "大理", "德宏", "怒江", "迪庆"], '<a href="#">{}</a>', '')}</div></div>
<div class="w mainbox">
<div class="art">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">州市</a> &gt; <a href="#">普洱</a></div>
<h1>{esc(p["title"])}</h1>
<div class="pinfo"><span>来源：新华网</span><span>{p["publish_time"]}</span><span>编辑：李婷</span><span><a href="#">纠错</a></span></div>
<div class="detail">
{body}
</div>
<div class="statement">【版权声明】凡注明“来源：滇声网”的所有作品，版权均属于滇声网，未经授权不得转载。凡注明来源为其他媒体的作品，均为转载，目的在于传递更多信息，并不代表本网赞同其观点。</div>
</div>
<div class="side"><h4>普洱新闻</h4><ul>{links(["普洱茶春茶开采时间提前", "景东无量山樱花谷迎来花期", "澜沧县培训咖啡采摘工两千人次", "墨江哈尼族“扎特扎”节开幕"], '<li><a href="#">{}</a></li>')}</ul>
<h4>图片新闻</h4><p style="text-align:center;font-size:13px">{img("洱海边的红嘴鸥")}<br>洱海边的红嘴鸥</p></div>
</div>
<div class="copyright">滇声网版权所有　未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证号：53120180002　滇ICP备09004827号-1　滇公网安备 53010202000635号<br>违法和不良信息举报电话：0871-64107753</div>
""")
