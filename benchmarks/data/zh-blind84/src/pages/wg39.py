PAGE = dict(
    id="wg-39", kind="institution", lang="zh",
    site="福海县人民法院网站 · 审判动态（基层法院网站，2019 年模板）",
    features="法院网站：法徽、诉讼服务热线、司法公开导航；信息栏“作者：叶尔兰·哈布都拉 胡杨 发布时间：…（到秒）”；正文含当事人化名与法官姓名（非作者）；"
             "法官引语、“法官提醒”小标题；“【打印】【关闭】”；页脚",
    title="巡回审判进牧区 调解纠纷暖民心",
    authors=["叶尔兰·哈布都拉", "胡杨"],
    publish_time="2025-03-20 10:31:22",
    head_title="巡回审判进牧区 调解纠纷暖民心_福海县人民法院",
    CSS="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#f7f2ee}
.c-top{background:#8b1a1a;color:#ffe7b0}
.c-top .in{width:1100px;margin:0 auto;height:120px;display:flex;align-items:center;gap:16px}
.c-top .nm{font-size:32px;font-family:"华文中宋","宋体";letter-spacing:4px}
.c-top .rx{margin-left:auto;font-size:14px}
.c-nav{background:#6d1010}
.c-nav .in{width:1100px;margin:0 auto}
.c-nav a{display:inline-block;color:#fff;padding:0 22px;line-height:44px}
.c-page{width:1100px;margin:0 auto;background:#fff;padding:20px 60px 40px;box-sizing:border-box}
.c-page .wz{font-size:13px;color:#888;border-bottom:1px solid #e3d3c5;padding-bottom:6px}
.c-page .bt{font-size:26px;text-align:center;margin:26px 0 10px;color:#8b1a1a;font-weight:bold}
.c-page .xx{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.c-page .nr p{text-indent:2em}
.c-page .dy{text-align:right}
.c-foot{width:1100px;margin:0 auto;background:#6d1010;color:#e8cfcf;font-size:12px;text-align:center;padding:16px 0;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><strong>{t}</strong></p>"},
    TEMPLATE="""
<div class="c-top"><div class="in"><img alt="法徽" src="%GIF%" width="70" height="70"><div class="nm">福海县人民法院</div><div class="rx">诉讼服务热线：12368</div></div></div>
<div class="c-nav"><div class="in"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">法院文化</a><a href="#">以案说法</a></div></div>
<div class="c-page">
<div class="wz">您当前的位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a></div>
<div class="bt">巡回审判进牧区 调解纠纷暖民心</div>
<div class="xx">作者：叶尔兰·哈布都拉 胡杨　　发布时间：2025-03-20 10:31:22</div>
<div class="nr">
{{BODY}}
</div>
<div class="dy"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="c-foot">福海县人民法院 版权所有　地址：福海县解放西路36号<br>新ICP备16002751号-1　技术支持：福海县人民法院信息技术科</div>
""",
    BODY="""
p: 3月18日，福海县人民法院解特阿热勒镇人民法庭法官带着国徽和卷宗，驱车80多公里来到阔克阿尕什乡一处牧民定居点，就地开庭审理了一起草场租赁合同纠纷案件。
p: 原告努某与被告哈某系同村村民。2022年，双方签订草场租赁合同，约定哈某租用努某的300亩草场，租期五年，租金每年支付一次。去年以来，哈某以草场退化、产草量下降为由，拒绝支付剩余租金1.8万元，双方多次协商未果，努某诉至法院。
p: 考虑到双方均为牧民，春季正值接羔育幼的繁忙时节，往返法庭不便，承办法官决定将庭审搬到牧区。庭审在村委会会议室进行，周边30多名牧民旁听了庭审。
p: 庭审中，法官用国家通用语言和哈萨克语向双方释法明理，围绕合同约定和草场实际情况组织举证质证。法官说：“合同一旦签订就要遵守。草场质量有变化，可以协商调整，但不能单方面拒付租金。”经过耐心调解，双方当场达成调解协议：哈某于今年5月底前支付租金1.5万元，剩余租期的租金由双方根据草场实际情况重新约定。
p: “以前觉得打官司是件很麻烦的事，要跑到县城去，没想到法官直接到村里来了，几个小时就把事情解决了。”努某在调解协议上签字后说。据了解，今年以来，福海县人民法院已开展巡回审判11次，就地化解涉农涉牧纠纷26件。
p: 庭审结束后，法官还结合案件向旁听群众讲解了土地承包经营权流转、合同签订等方面的法律知识，并发放双语普法宣传资料100余份。
h: 法官提醒
p: 草场租赁合同应当明确租赁面积、四至范围、租金支付方式和违约责任等内容，最好约定草场质量发生变化时的处理办法。发生纠纷时，双方应当本着诚实信用原则协商解决，协商不成的，可以向村委会、人民调解委员会申请调解，或者依法向人民法院提起诉讼。
""",
)
