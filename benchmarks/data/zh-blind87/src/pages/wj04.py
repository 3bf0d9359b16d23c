# 拉萨市堆龙德庆区人民政府网，2021 年改版：领导活动，文末单独一行署名（记者+通讯员）
from blocks import P, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-04", "kind": "government", "lang": "zh",
    "title": "罗布次仁到古荣镇调研冬季农牧业生产和民生保障工作",
    "authors": ["央金卓玛", "拉巴次仁"],
    "publish_time": "2025年11月13日",
    "body": [
        P("11月12日，区委副书记、区长罗布次仁深入古荣镇，实地调研冬季农牧业生产、群众安全过冬和民生保障工作。"),
        P("在嘎冲村牦牛养殖合作社，罗布次仁走进暖棚，详细了解饲草料储备、牲畜防疫和合作社分红情况。合作社负责人扎西平措介绍，今年合作社存栏牦牛420头，已储备青干草和青贮饲料380吨，能够保证牲畜安全越冬。罗布次仁强调，要抓好冬季疫病防控和棚圈保暖，提前做好应对雪灾的草料调运预案，决不能让群众一年的辛苦因灾受损。"),
        IMG("罗布次仁在嘎冲村牦牛养殖合作社调研"),
        P("在古荣村，罗布次仁先后走访了两户脱贫户和一户独居老人家庭，察看取暖设施、家中储粮和用电安全，询问家人就业和孩子上学情况，叮嘱村干部要经常上门看看，把党和政府的关心送到群众心坎上。"),
        P("调研中，罗布次仁指出，冬季是群众生产生活的困难时期，各级各部门要把保障群众安全温暖过冬作为当前重要任务，落实好取暖补贴、临时救助等政策；要用好冬季农闲时间，组织开展技能培训和劳务输出，拓宽群众增收渠道；要抓好森林草原防火、道路交通和用电用气安全，确保全区社会大局持续和谐稳定。"),
        P("区直有关部门负责同志陪同调研。"),
        NOTE("（区融媒体中心记者　央金卓玛　通讯员　拉巴次仁）", '<p class="by">{}</p>'),
    ],
}

CSS = """
body{margin:0;font:15px/1.9 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
a{color:inherit;text-decoration:none}
.tb{background:#7a1f1f;color:#f6e3c4;font-size:13px}.tb .in{width:1180px;margin:auto;display:flex;justify-content:space-between;line-height:34px}
.tb a{margin-left:16px}
.hd{height:150px;background:#a82b2b}.hd .in{width:1180px;margin:auto;display:flex;align-items:center;justify-content:space-between;height:150px}
.hd img{width:480px;height:80px}.so{display:flex}.so input{width:240px;height:36px;border:1px solid #e5c08a;padding:0 8px}.so a{background:#e5a23a;color:#fff;padding:0 18px;line-height:38px}
.nv{background:#8f2424}.nv ul{width:1180px;margin:auto;display:flex;list-style:none;padding:0}.nv li{flex:1;text-align:center;color:#fff;line-height:50px;font-size:17px}
.bd{width:1180px;margin:20px auto;display:grid;grid-template-columns:1fr 300px;gap:30px}
.loc{grid-column:1/3;font-size:14px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px}
.ar h1{font-size:26px;text-align:center;margin:10px 0}
.src{text-align:center;color:#999;font-size:13px;background:#faf6f0;line-height:36px;margin-bottom:20px}.src span{margin:0 12px}
.txt p{text-indent:2em;margin:0 0 1em}.txt p.ph{text-indent:0;text-align:center}.txt p.ph img{width:640px;height:420px}.txt p.by{text-align:right}
.side h3{background:#a82b2b;color:#fff;font-size:16px;margin:0;padding:6px 12px}.side ul{padding-left:18px;font-size:14px}
.tools{user-select:none;display:flex;justify-content:flex-end;gap:12px;color:#888;font-size:13px;margin:20px 0}
.ft{background:#5e1717;color:#e9d5c2;font-size:13px;text-align:center;padding:24px 0;line-height:2}
"""


def render(p):
    body = rb(p["body"], img='<p class="ph"><img src="{gif}" alt="{alt}"></p>{cap}')
    return doc(p["title"] + "-拉萨市堆龙德庆区人民政府", CSS, f"""
<div class="tb"><div class="in"><span>堆龙德庆区人民政府门户网站</span><span><a href="#">བོད་ཡིག</a><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">手机版</a><a href="#">政务微信</a></span></div></div>
<div class="hd"><div class="in">{img("拉萨市堆龙德庆区人民政府")}<div class="so"><input type="text" placeholder="搜索本站"><a href="#">搜索</a></div></div></div>
<div class="nv"><ul>{links(["首页", "走进堆龙", "要闻动态", "政务公开", "政务服务", "政民互动", "专题专栏"], '<li><a href="#">{}</a></li>', '')}</ul></div>
<div class="bd">
<div class="loc">您的位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">领导活动</a></div>
<div class="ar">
<h1>{esc(p["title"])}</h1>
<div class="src"><span>信息来源：区融媒体中心</span><span>发布日期：{p["publish_time"]}</span><span>访问量：1032</span></div>
<div class="txt">
{body}
</div>
<div class="tools"><span>分享：</span><span>微信</span><span>微博</span><span>打印</span><span>关闭</span></div>
</div>
<div class="side"><h3>领导活动</h3><ul>
{links(["区委主要负责同志检查冬季安全生产工作", "罗布次仁主持召开区政府第二十七次常务会议", "区领导到东嘎街道督导城市管理工作", "区人大常委会调研“八五”普法工作", "区政协视察乡村振兴重点项目"], '<li><a href="#">{}</a></li>')}
</ul><h3>专题专栏</h3><ul>{links(["铸牢中华民族共同体意识", "优化营商环境", "安全生产月"], '<li><a href="#">{}</a></li>')}</ul>
<p style="text-align:center;font-size:13px">{img("堆龙发布二维码")}<br>扫一扫 关注“堆龙发布”</p></div>
</div>
<div class="ft">主办单位：拉萨市堆龙德庆区人民政府办公室　　技术支持：堆龙德庆区融媒体中心<br>
藏ICP备07000388号-2　　藏公网安备 54010302000122号　　网站标识码：5401030003<br>
地址：拉萨市堆龙德庆区东嘎街道青藏路18号　联系电话：0891-6622513</div>
""")
