"""wk-11: 山西 地级市政府门户 (2022 design) reprinting the city daily: 本报讯（记者 … 通讯员 …）inside the first paragraph."""
from lib import *

PAGE = dict(id="wk-11", kind="government", lang="zh",
            title="云州区黄花全产业链产值突破30亿元",
            authors=["赵磊", "王晓东"], publish_time="2025-11-14 08:32")

BLOCKS = [
    P("本报讯（记者 赵磊 通讯员 王晓东）11月13日，记者从云州区农业农村局获悉，今年全区黄花种植面积稳定在17万亩，鲜菜总产量达到14.6万吨，带动全产业链产值突破30亿元，同比增长8.7%。"),
    P("今年以来，云州区坚持“小黄花”做成“大产业”的思路，在种植、加工、销售各环节持续发力。种植环节，全区新建黄花标准化种植示范基地12个，推广水肥一体化、绿色防控等技术，亩均产量提高约11%；加工环节，新引进精深加工企业3家，黄花饮品、黄花酱、即食菜等新产品达到60余种，加工转化率提高到62%；销售环节，依托电商直播、产地直供等新模式，线上销售额达到4.3亿元。"),
    P("在西坪镇唐家堡村的黄花加工车间里，工人们正在分拣、包装今年的最后一批干菜。村党支部书记李文斌告诉记者，村里的合作社今年收购鲜菜3800吨，带动周边230多户群众务工增收，“人均务工收入能有1.8万元。”"),
    P("与此同时，黄花与文旅融合的步伐也在加快。今年夏天举办的黄花文化旅游节吸引游客42万人次，忘忧农场、黄花主题民宿等新业态带动旅游综合收入超过2亿元。"),
    P("云州区农业农村局相关负责人表示，下一步将加快建设黄花产业研究院和冷链物流中心，培育更多知名品牌，推动黄花产业向高端化、品牌化方向发展，让更多农民群众分享产业发展红利。"),
]

CSS = """
*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei";color:#222;background:#fafafa}
a{color:inherit;text-decoration:none}
.acc{background:#143e7a;color:#b9cbe6;font-size:12px;height:32px;line-height:32px}
.acc .c{width:1200px;margin:auto;display:flex;justify-content:space-between}.acc a{margin-left:16px}
.head{height:180px;background:#1b58a8}
.head .c{width:1200px;margin:auto;padding-top:40px;color:#fff;display:flex;justify-content:space-between}
.head h2{font-size:42px;letter-spacing:10px;font-family:"STKaiti","KaiTi"}.head .s input{width:300px;height:38px;border:0;padding:0 10px}
.head .s button{height:40px;width:80px;border:0;background:#f0a400;color:#fff}
.nav{background:#fff;border-bottom:1px solid #ddd}.nav .c{width:1200px;margin:auto;display:flex;justify-content:space-around}
.nav a{line-height:60px;font-size:18px;color:#1b58a8}
.c2{width:1200px;margin:24px auto;display:grid;grid-template-columns:1fr 300px;gap:30px}
.pos{grid-column:1/3;font-size:13px;color:#888}
.art{background:#fff;padding:30px 50px}
.art h1{font-size:28px;line-height:1.5;color:#1a1a1a}
.art .m{margin:14px 0 20px;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.art .m b{font-weight:normal;margin-right:24px}
.art .bd{font-size:17px;line-height:2}.art .bd p{text-indent:2em;margin-bottom:16px}
.art .ed{color:#888;font-size:14px;text-align:right}
.art .ft2{display:flex;justify-content:space-between;margin-top:26px;font-size:13px;color:#666}
.aside .blk{background:#fff;padding:16px;margin-bottom:20px}.aside h4{font-size:16px;border-left:4px solid #1b58a8;padding-left:8px;margin-bottom:10px}
.aside li{list-style:none;line-height:30px;font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.foot{background:#143e7a;color:#b9cbe6;text-align:center;font-size:13px;line-height:2.2;padding:24px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="acc"><div class="c"><span>大同市人民政府 | 2025年11月14日 星期五</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">智能问答</a><a href="#">登录</a></span></div></div>
<div class="head"><div class="c"><h2>大同市人民政府</h2><div class="s"><input type="text" placeholder="搜索"><button>搜索</button></div></div></div>
<div class="nav"><div class="c">{links(["首页","要闻动态","政务公开","政务服务","互动交流","数据开放","走进大同"])}</div></div>
<div class="c2">
<div class="pos">当前位置：首页 &gt; 要闻动态 &gt; 区县动态</div>
<div class="art">
<h1>{PAGE["title"]}</h1>
<div class="m"><b>2025-11-14 08:32</b><b>来源：大同日报</b><b>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</b><b><a href="#">打印</a></b></div>
<div class="bd">
{bh}
</div>
<p class="ed">（责任编辑：郝雪）</p>
<div class="ft2"><span>扫一扫在手机打开当前页 {img("二维码", gif=True)}</span><span><a href="#">【我要纠错】</a> <a href="#">【关闭窗口】</a></span></div>
</div>
<div class="aside">
<div class="blk"><h4>区县动态</h4><ul>{links(["平城区开展冬季供暖“暖心”回访","新荣区完成秋季造林1.2万亩","灵丘县举办苹果采摘节","广灵县推进农村厕所革命“提质扩面”","天镇县首批冬季务工人员返乡"], wrap="li")}</ul></div>
<div class="blk"><h4>热点专题</h4><ul>{links(["学习贯彻党的二十届四中全会精神","优化营商环境","民生实事"], wrap="li")}</ul></div>
</div>
</div>
<div class="foot"><p>主办：大同市人民政府办公室　承办：大同市大数据应用局</p>
<p>网站标识码：1402000001　晋ICP备05005371号　晋公网安备 14020002000211号</p>
<p>{img("党政机关", gif=True)}</p></div>
"""
    return doc(PAGE["title"] + "_大同市人民政府", CSS, html), gold
