# 西藏地方报数字版（虚构“高原日报”），藏汉双语入口，2016 年版：记者名按两字间空格排印
from blocks import P, H, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-34", "kind": "e-paper", "lang": "zh",
    "title": "山南：青稞酒作坊走出“小院经济”",
    "authors": ["旦增", "白玛"],
    "publish_time": "2025年11月14日 星期五",
    "body": [
        P("走进山南市乃东区昌珠镇克松居委会，一股淡淡的青稞酒香扑面而来。在居民索朗卓玛家的小院里，几口大铜锅正冒着热气，院子一角堆满了刚晾晒好的青稞。"),
        P("“今年秋收后一直在赶订单，拉萨、成都都有客户来要货。”索朗卓玛一边往发酵缸里拌酒曲，一边告诉记者。她家酿造青稞酒已经有三代人了，过去只在节日里自家喝、送亲戚，三年前在居委会的帮助下办了小作坊生产许可证，青稞酒开始贴上商标走向市场，去年销售额超过40万元。"),
        H("小作坊有了“身份证”"),
        P("克松居委会有酿造青稞酒传统的家庭40多户，但过去大多是“家庭式、作坊式”生产，没有证照，产品进不了商超。近年来，乃东区市场监管局主动上门指导，帮助符合条件的家庭作坊改造生产场所、规范工艺流程，目前已有17户取得了食品小作坊登记证。"),
        H("抱团发展闯市场"),
        P("为了解决小作坊单打独斗、品牌弱的问题，居委会牵头成立了青稞酒酿造合作社，统一收购本地青稞、统一包装设计、统一对接销售渠道。合作社还与本地文旅企业合作，开发了青稞酒酿造体验项目，游客可以亲手参与蒸煮、拌曲、发酵等工序。"),
        P("乃东区相关负责人表示，将继续支持“小院经济”发展，推动青稞酒、藏香、手工编织等传统手艺与乡村旅游融合，让群众在家门口增收致富。"),
    ],
}

CSS = """
body{margin:0;background:#fff;font:14px/1.7 "Microsoft YaHei",SimSun;color:#222}a{color:#222;text-decoration:none}
.w{width:1100px;margin:0 auto}
.toplang{background:#3c2415;color:#e9d6b3;font-size:13px;line-height:30px}.toplang a{color:#e9d6b3;margin-right:16px}
.head{background:#c8a063;height:100px}.head .w{display:flex;justify-content:space-between;align-items:center;height:100px}.head img{width:300px;height:66px}
.head .dt{color:#3c2415;font-size:16px;font-weight:bold}
.tb{background:#3c2415}.tb .w{line-height:38px}.tb a{color:#fff;margin-right:24px}
.cols{display:flex;gap:20px;margin-top:16px}
.lft{width:360px}.lft .bm{border:1px solid #ccc;padding:8px}.lft .bm img{width:100%;height:480px;background:#f7f1e6}
.lft .bmsel{margin:8px 0}.lft .bmlist a{display:inline-block;width:48%;line-height:24px}
.rgt{flex:1;border:1px solid #ccc;padding:20px 30px}
.rgt h2{font-size:26px;text-align:center;margin:10px 0;font-family:SimHei,"Microsoft YaHei"}
.rgt .au{text-align:center;margin-bottom:16px;font-size:15px}
.rgt .zw{font-size:16px;line-height:2}.rgt .zw p{text-indent:2em;margin:0 0 10px}.rgt .zw h4{margin:10px 0;font-size:16px}
.rgt .bot{border-top:1px solid #ddd;margin-top:20px;padding-top:8px;font-size:13px;color:#666}
.cp{text-align:center;font-size:12px;color:#777;margin:20px 0;line-height:22px}
"""


def render(p):
    body = rb(p["body"], h="<h4>◎{}</h4>")
    return doc("高原日报数字版", CSS, f"""
<div class="toplang"><div class="w"><a href="#">汉文版</a><a href="#">བོད་ཡིག་ཚགས་པར།</a><a href="#">高原日报网</a><a href="#">往期回顾</a></div></div>
<div class="head"><div class="w">{img("高原日报")}<div class="dt">{p["publish_time"]}　　第5版：区域经济</div></div></div>
<div class="tb"><div class="w">{links(["首页", "上一期", "下一期", "版面导航", "PDF下载", "标题索引"], '<a href="#">{}</a>', '')}</div></div>
<div class="w cols">
<div class="lft"><div class="bm">{img("第5版版面图")}</div>
<div class="bmsel">版面导航：<select><option>第5版：区域经济</option><option>第1版：要闻</option></select>　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="bmlist">{links(["第1版：要闻", "第2版：要闻", "第3版：综合", "第4版：区域", "第5版：区域经济", "第6版：社会", "第7版：文化", "第8版：雪域副刊"], '<a href="#">{}</a>', '')}</div>
<div style="margin-top:10px"><b>本版标题：</b><br>{links(["山南：青稞酒作坊走出“小院经济”", "林芝：茶园冬管正当时", "昌都：冷链物流园一期投运"], '· <a href="#">{}</a><br>', '')}</div>
</div>
<div class="rgt">
<h2>{esc(p["title"])}</h2>
<div class="au">本报记者　旦　增　白　玛</div>
<div class="zw">
{body}
</div>
<div class="bot">【<a href="#">打印</a>】【<a href="#">关闭</a>】　　责任编辑：米玛次仁</div>
</div></div>
<div class="cp">高原日报社 版权所有　藏ICP备06000223号　地址：西藏拉萨市朵森格路65号</div>
""")
