# 西藏学会网站（虚构“西藏自治区藏医药学会”），2019 年版：发布人为秘书处，末段括号内“通讯员”署名
from blocks import P, UL, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-39", "kind": "institution", "lang": "zh",
    "title": "学会举办2025年基层藏医药适宜技术培训班",
    "authors": ["白玛央金"],
    "publish_time": "2025年11月15日",
    "body": [
        P("11月11日至14日，西藏自治区藏医药学会在拉萨举办2025年基层藏医药适宜技术培训班，来自全区七地市县乡两级医疗机构的86名藏医药人员参加培训。"),
        P("培训采取理论授课与实践操作相结合的方式，邀请区内知名藏医专家授课，内容涵盖：",),
        UL("藏医放血疗法、火灸疗法、药浴疗法等传统外治技术的规范操作；",
           "常见高原病、风湿病、脾胃病的藏医诊疗方案；",
           "藏药材识别与合理用药；",
           "基层医疗机构藏医药服务能力建设与质量管理。"),
        IMG("学员进行火灸疗法实操练习"),
        P("培训期间，学员们分组进行了实操练习，专家现场逐一指导、纠正手法。来自日喀则市定日县卫生服务中心的藏医次仁说：“这次培训内容实用，回去以后就能给群众用上，特别是火灸疗法，对牧区老人常见的关节痛效果很好。”"),
        P("学会负责人表示，基层是藏医药服务群众的“最后一公里”，学会将继续发挥专业优势，每年举办基层适宜技术培训，推动藏医药传承创新发展，更好服务农牧民群众健康。（通讯员 白玛央金）"),
    ],
}

CSS = """
body{margin:0;background:#f8f4ec;font-family:"Microsoft YaHei",sans-serif;color:#3a2e22}a{color:inherit;text-decoration:none}
.head{background:#6d2c12;color:#f2dfb8}.head .c{width:1080px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:96px}
.head img{width:480px;height:60px}.head .r{font-size:13px}.head .r a{margin-left:12px}
.nav{background:#8e3b17}.nav .c{width:1080px;margin:auto;display:flex}.nav a{flex:1;text-align:center;color:#fff;line-height:46px;font-size:16px}
.c{width:1080px;margin:0 auto}
.bread{padding:14px 0;font-size:13px;color:#8a7660}
.art{background:#fff;padding:30px 50px;border:1px solid #eadfca}
.art h1{text-align:center;font-size:24px;margin:0 0 12px;color:#6d2c12}
.minfo{display:flex;justify-content:center;gap:20px;font-size:13px;color:#a08b70;padding-bottom:12px;border-bottom:1px solid #f0e6d3}
.ctt{font-size:16px;line-height:2;padding-top:18px}.ctt p{text-indent:2em;margin:0 0 12px}.ctt ul{margin:0 0 12px 2em}.ctt .pic{text-align:center;text-indent:0}.ctt .pic img{width:600px;height:400px;background:#f1ebe0}
.pages{display:flex;justify-content:space-between;margin-top:24px;font-size:14px;border-top:1px dashed #e3d6bd;padding-top:12px}
.foot{margin-top:30px;background:#3e1a0b;color:#cdb894;text-align:center;font-size:12px;line-height:24px;padding:20px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pic"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + " - 西藏自治区藏医药学会", CSS, f"""
<div class="head"><div class="c">{img("西藏自治区藏医药学会 བོད་རང་སྐྱོང་ལྗོངས་བོད་ཀྱི་གསོ་བ་རིག་པའི་ཚོགས་པ།")}<div class="r"><a href="#">会员登录</a><a href="#">入会申请</a><a href="#">བོད་ཡིག</a></div></div></div>
<div class="nav"><div class="c">{links(["首页", "学会概况", "学会动态", "学术交流", "继续教育", "科普园地", "会员之家", "党建工作", "联系我们"], '<a href="#">{}</a>', '')}</div></div>
<div class="c">
<div class="bread">首页 » 学会动态 » 继续教育</div>
<div class="art">
<h1>{esc(p["title"])}</h1>
<div class="minfo"><span>发布：学会秘书处</span><span>时间：{p["publish_time"]}</span><span>阅读：318</span></div>
<div class="ctt">
{body}
</div>
<div class="pages"><span>上一篇：<a href="#">学会第六届理事会第三次会议在拉萨召开</a></span><span>下一篇：<a href="#">藏医药科普进社区活动走进城关区</a></span></div>
</div></div>
<div class="foot">西藏自治区藏医药学会 版权所有　地址：西藏拉萨市娘热路14号　电话：0891-6321587<br>藏ICP备19000127号-1</div>
""")
