from lib import *

META = dict(
    id="xu-37", kind="institution", lang="zh",
    title="“健康进毡房”：医院专家团队赴夏牧场开展巡回义诊",
    authors=["热孜万古丽·艾合买提"],
    publish_time="2025年09月13日",
)
FEATURES = ("新疆 prefecture hospital site (invented 天山北麓人民医院, 2019 template): 预约挂号/专家门诊/体检中心 quick "
            "buttons, 急救电话 in the header, 医院新闻 breadcrumb, headline, info line 供稿 (a department, not an author)/"
            "撰稿 (Uyghur name with middle dot)/审核/发布时间, 一、二、三 sub-headings, numbers in a list, photo captions, "
            "返回列表, footer with 急诊 phone and address.")

BODY = [
    P("9月8日至12日，我院组织心内科、内分泌科、儿科、眼科、中医科等科室的15名医护人员组成“健康进毡房”医疗服务队，深入温泉县、精河县的夏牧场和定居点开展巡回义诊，为转场前的牧民群众送去健康服务。"),
    H("一、把诊室搬到牧民家门口"),
    P("夏牧场地处山区，距离最近的乡镇卫生院也有几十公里。医疗队员带着便携式心电图机、血糖仪、眼底照相机等设备，每到一个牧业点就在毡房前支起义诊台，为牧民测血压、查血糖、做心电图，耐心解答健康问题。"),
    IMG("医护人员在毡房前为牧民测量血压", "医护人员在毡房前为牧民测量血压"),
    P("“我们家离县城远，平时有点不舒服就忍着。今天医生上门来给我检查，还告诉我血压药该怎么吃，心里踏实多了。”62岁的牧民叶尔兰说。"),
    H("二、义诊与健康宣教同步"),
    P("针对牧区群众高血压、包虫病、关节疾病多发的特点，医疗队用国家通用语言和哈萨克语双语开展健康宣讲，发放健康教育资料，现场示范正确的用药方法和冬季保暖知识。"),
    H("三、义诊成果"),
    P("5天时间里，医疗队累计行程1200余公里，服务情况如下："),
    L([
        "义诊群众860余人次；",
        "开展心电图、血糖等检查520人次；",
        "筛查出需进一步诊治的患者37人，已全部建立随访档案；",
        "发放常用药品和健康资料1500余份。",
    ]),
    P("下一步，医院将与县乡医疗机构建立远程会诊和转诊绿色通道，让牧区群众在家门口就能享受到上级医院的医疗服务。"),
]

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#fff}
.h-head{display:flex;align-items:center;justify-content:space-between;padding:14px 8%;border-bottom:1px solid #d9eeee}
.h-head .h-name{font-size:26px;color:#00857a;font-weight:bold}
.h-head .h-name small{display:block;font-size:12px;color:#79b5ae;font-weight:normal}
.h-head .h-tel{color:#d6402c;font-size:15px;text-align:right}
.h-nav{background:#00857a;padding:0 8%}
.h-nav a{color:#fff;display:inline-block;padding:10px 16px;font-size:15px}
.h-quick{display:flex;gap:10px;padding:10px 8%;background:#eaf7f5}
.h-quick a{background:#fff;border:1px solid #b9e3dd;border-radius:4px;padding:4px 14px;color:#00857a}
.h-box{width:84%;margin:16px auto}
.h-pos{font-size:13px;color:#999}
.h-box h1{font-size:23px;text-align:center;margin:22px 0 8px}
.h-info{text-align:center;font-size:13px;color:#888;background:#f6f6f6;padding:4px}
.h-con p{text-indent:2em;font-size:15px}
.h-con h3{font-size:16px;color:#00857a;margin:16px 0 4px}
.h-con ul{margin:0 0 0 4em}
.h-con .h-pic{text-align:center;text-indent:0}
.h-con .h-pict{text-align:center;text-indent:0;font-size:13px;color:#777}
.h-back{text-align:center;margin:20px}
.h-foot{background:#0d4f49;color:#b9dcd7;text-align:center;font-size:12px;padding:20px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="h-pic"><img alt="{alt}"{src}></p>', cap='<p class="h-pict">{}</p>')
    t = META["title"]
    return doc(t + "-天山北麓人民医院", CSS, f"""
<div class="h-head"><div class="h-name">天山北麓人民医院<small>三级综合医院 · 博尔塔拉蒙古自治州区域医疗中心</small></div>
<div class="h-tel">急救电话：120<br>咨询电话：0909-2236110</div></div>
<div class="h-nav"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">党建园地</a><a href="#">招聘信息</a></div>
<div class="h-quick"><a href="#">预约挂号</a><a href="#">专家门诊</a><a href="#">体检中心</a><a href="#">报告查询</a><a href="#">来院路线</a></div>
<div class="h-box">
 <div class="h-pos">当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 医院新闻</div>
 <h1>{e(t)}</h1>
 <div class="h-info">供稿：医务部　　撰稿：热孜万古丽·艾合买提　　审核：赵军　　发布时间：2025年09月13日　　浏览：358</div>
 <div class="h-con">
{body}
 </div>
 <div class="h-back"><a href="#">【返回列表】</a></div>
</div>
<div class="h-foot">天山北麓人民医院 版权所有　地址：博乐市青得里大街309号　邮编：833400<br>
急诊24小时服务　<a href="#" style="color:#b9dcd7">新ICP备14001093号-1</a>　新公网安备 65270102000035号</div>
""")
