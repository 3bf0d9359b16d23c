# 西藏区级新闻网站（虚构“西藏新闻在线”），2018 年版：引题+主标题，文末括号署名留在最后一段里
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-23", "kind": "media", "lang": "zh",
    "title": "日喀则：青稞秸秆变“饲草” 冬季补饲有保障",
    "authors": ["格桑卓嘎", "尼玛扎西"],
    "publish_time": "2025-11-14 10:18",
    "body": [
        P("青稞收割后，留在田里的秸秆曾经大多被焚烧或者闲置。如今在日喀则市的农区，一台台打捆机在田间来回穿梭，把秸秆压成方方正正的草捆，运往饲草加工厂和养殖合作社。"),
        P("在白朗县洛江镇的饲草加工厂，工人们正把青稞秸秆和豆科牧草按比例粉碎、混合、发酵，制成营养更全面的青贮饲料。厂长达瓦次仁介绍，今年厂里已收储青稞秸秆1.2万吨，加工的饲料主要供应周边乡镇的牛羊养殖户。"),
        IMG("工人将青稞秸秆打捆装车"),
        P("“以前冬天饲草不够，牛羊一到春天就掉膘，现在合作社统一收购饲料，牛羊冬天也能吃饱吃好。”洛江镇农户次仁多吉说，他家养的20头奶牛今冬的饲草已经全部备齐。"),
        P("为了让秸秆“收得上、运得走、用得好”，日喀则市对购置秸秆打捆机、揉丝机的合作社和农户给予农机购置补贴，并在各县区建立了秸秆收储点，按照每吨200元左右的价格收购农户的秸秆。仅此一项，农户每亩青稞田就能增收约60元。"),
        P("近年来，日喀则市大力推进青稞秸秆饲草化利用，在主要农区建设饲草加工点36个，秸秆综合利用率提高到85%以上。这一做法既减少了秸秆焚烧带来的环境污染，也缓解了冬春季节饲草不足的问题，有效促进了农牧结合和群众增收。（记者 格桑卓嘎 尼玛扎西）"),
    ],
}

CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun;background:#f4efe6;color:#2b2b2b}a{color:#2b2b2b;text-decoration:none}
.g{width:1100px;margin:0 auto}
.lang{background:#2c1a0e;color:#d8c29d;font-size:12px;line-height:28px}.lang .g{text-align:right}.lang a{color:#d8c29d;margin-left:14px}
.top{background:#8e2323;height:120px}.top .g{display:flex;align-items:center;height:120px;justify-content:space-between}.top img{width:420px;height:70px}
.top .ser input{width:220px;height:30px;border:0;padding:0 6px}.top .ser span{background:#d9a54a;color:#fff;padding:6px 14px}
.mainnav{background:#6e1a1a}.mainnav .g{display:flex}.mainnav a{color:#fff;flex:1;text-align:center;line-height:44px;font-size:16px}
.pos{line-height:40px;color:#7a6a55}
.article{background:#fff;padding:30px 60px;border:1px solid #e6dccb}
.yt{text-align:center;font-size:16px;color:#8e2323;margin:0}
.article h1{text-align:center;font-size:28px;line-height:1.4;margin:8px 0 16px}
.xx{text-align:center;color:#999;font-size:13px;background:#faf7f1;line-height:36px}.xx span{margin:0 10px}
.zw{font-size:16px;line-height:2;padding:20px 0}.zw p{text-indent:2em;margin:0 0 12px}.zw .tp{text-align:center;text-indent:0}.zw .tp img{width:640px;height:420px}
.fx{user-select:none;text-align:right;color:#999;font-size:13px}
.xg{margin-top:20px;border-top:2px solid #8e2323}.xg h4{margin:10px 0}.xg ul{columns:2;font-size:14px}
.foot{background:#2c1a0e;color:#b8a27c;text-align:center;font-size:12px;line-height:24px;padding:20px 0;margin-top:30px}
"""


def render(p):
    body = rb(p["body"], img='<p class="tp"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "-西藏新闻在线", CSS, f"""
<div class="lang"><div class="g"><a href="#">བོད་ཡིག</a><a href="#">中文</a><a href="#">English</a><a href="#">手机版</a><a href="#">无障碍</a></div></div>
<div class="top"><div class="g">{img("西藏新闻在线")}<div class="ser"><input type="text" placeholder="请输入关键字"><span>搜索</span></div></div></div>
<div class="mainnav"><div class="g">{links(["首页", "时政", "地市", "经济", "民生", "文化", "生态", "图片", "视频", "专题"], '<a href="#">{}</a>', '')}</div></div>
<div class="g">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">地市</a> &gt; <a href="#">日喀则</a></div>
<div class="article">
<p class="yt">推进秸秆综合利用　助力农牧结合</p>
<h1>{esc(p["title"])}</h1>
<div class="xx"><span>发布时间：{p["publish_time"]}</span><span>来源：西藏新闻在线</span><span>责任编辑：尼玛卓玛</span></div>
<div class="zw">
{body}
</div>
<div class="fx">分享到：微信　微博　QQ</div>
<div class="xg"><h4>相关新闻</h4><ul>{links(["日喀则市冬季饲草料储备超过百万吨", "江孜县青稞单产再创新高", "拉孜县建成首个牦牛育肥示范场", "萨迦县开展冬季动物防疫", "南木林县青稞秸秆打捆机械化率提升", "昂仁县草原生态保护补奖资金发放到户"], '<li><a href="#">{}</a></li>')}</ul></div>
</div></div>
<div class="foot">西藏新闻在线 版权所有　未经授权禁止复制或建立镜像<br>
藏ICP备09000378号　互联网新闻信息服务许可证编号：54120180001　藏公网安备 54010202000211号<br>
举报电话：0891-6838117</div>
""")
