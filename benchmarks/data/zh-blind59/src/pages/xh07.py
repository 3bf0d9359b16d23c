from lib import *

ID = "xh-07"
KIND = "government"
LANG = "zh"
FEATURES = ("district portal (南宁市青秀区) 街道动态 photo story: the body is the five photo captions (alt texts like "
            "IMG_… are not body); '文/图：黄丽萍' byline line (author); info bar in a grey strip with 字号 大 中 小; "
            "Zhuang phrase in quotes; 长者模式 toggle; 2023 card layout with a 热点 sidebar")
HEAD_TITLE = "新竹街道“邻里节”上摆起百家宴_街道动态_南宁市青秀区人民政府门户网站"
TITLE_LINES = ["新竹街道“邻里节”上摆起百家宴"]
AUTHORS = ["黄丽萍"]
TIME = "2024-10-21 16:02"

CSS = """
body{margin:0;background:#f2f4f8;font:15px/1.8 "Microsoft YaHei"}
.t{display:flex;justify-content:flex-end;gap:14px;font-size:12px;padding:4px 40px;background:#fff}
.brand{background:#0e6b5b;color:#fff;padding:26px 40px;font-size:30px;font-weight:bold}
.brand small{font-size:13px;font-weight:normal;display:block}
.nv{display:flex;background:#0b5548}.nv a{color:#fff;padding:12px 26px}
.layout{display:grid;grid-template-columns:1fr 300px;gap:20px;width:1200px;margin:20px auto}
.card{background:#fff;padding:24px 50px}
.where{font-size:13px;color:#888;margin-bottom:16px}
.card h1{text-align:center;font-size:26px;margin:10px 0}
.strip{background:#f0f2f5;text-align:center;font-size:13px;color:#777;padding:6px}
.strip em{font-style:normal;margin:0 12px}
.wt{text-align:center;color:#555;margin:16px 0}
.pic{text-align:center;margin:18px 0 4px}.pic img{width:640px;height:400px;background:#ddd}
.pic-cap{text-align:center;font-size:15px;color:#333;margin:0 40px 20px}
.aside{background:#fff;padding:16px}.aside h3{margin:0;border-bottom:2px solid #0e6b5b}
.end{color:#888;font-size:13px;text-align:right}
.foot{background:#10352f;color:#9fb9b3;text-align:center;font-size:12px;padding:20px}
"""

BODY = [
    CAP("IMG_20241019_093512", "10月19日，青秀区新竹街道在中山路社区广场举办第三届“邻里节”，辖区居民自带拿手菜，摆起了120多米长的百家宴。活动吸引了辖区12个小区的800多名居民参加，不少居民一家三代齐上阵。"),
    CAP("IMG_20241019_101147", "五色糯米饭、柠檬鸭、老友粉……来自壮、汉、瑶等不同民族的居民端出家乡菜，邀请邻居们品尝，现场香气四溢。78岁的韦奶奶一早就蒸好了两大盆五色糯米饭，“自家做的，大家吃得开心我就高兴。”"),
    CAP("IMG_20241019_103920", "社区文艺队表演山歌对唱，居民们用壮语唱起“邻里一家亲”，引得围观群众阵阵喝彩。"),
    CAP("IMG_20241019_104633", "孩子们在“邻里跳蚤市场”上摆摊，用闲置的图书、玩具交换心仪的物品，学着讨价还价，体验“当家”的乐趣。"),
    CAP("IMG_20241019_110305", "辖区卫生服务中心的医护人员在活动现场为老年人免费测量血压、血糖，并讲解秋季养生知识。"),
    CAP("IMG_20241019_113458", "志愿者们在活动结束后主动收拾桌椅、清扫场地。新竹街道相关负责人表示，将持续开展邻里互助活动，让居民从“陌邻”变“睦邻”。"),
]


def page():
    return f"""<body>
<div class="t"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">智能问答</a><a href="#">登录</a></div>
<div class="brand">{gif("青秀区人民政府")}南宁市青秀区人民政府门户网站<small>www.qingxiu.gov.cn</small></div>
<div class="nv"><a href="#">首页</a><a href="#">走进青秀</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="layout">
<div class="card">
<div class="where">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">街道动态</a> &gt; 正文</div>
<h1>{TITLE_LINES[0]}</h1>
<div class="strip"><em>发布时间：{TIME}</em><em>来源：新竹街道办事处</em><em>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></em></div>
<p class="wt">文/图：黄丽萍</p>
{render(BODY)}
<p class="end">责任编辑：梁雪梅</p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="aside"><h3>热点信息</h3><ul>{ali(["青秀区开展重阳节敬老爱老系列活动", "南湖街道举办“民族团结一家亲”文艺汇演", "青秀区2024年秋季征兵体检工作顺利完成", "津头街道开展燃气安全进社区宣传"])}</ul>
<h3>扫码关注</h3><p>{gif("青秀发布")}</p><p>“青秀发布”微信公众号</p></div>
</div>
<div class="foot"><p>主办：南宁市青秀区人民政府办公室　承办：青秀区融媒体中心</p><p>桂ICP备10202419号　桂公网安备 45010302000215号　网站标识码：4501030005</p><p>{gif("党政机关")}{gif("政府网站找错")}</p></div>
</body>"""
