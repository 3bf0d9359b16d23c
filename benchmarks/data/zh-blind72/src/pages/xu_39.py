from lib import *

META = dict(
    id="xu-39", kind="institution", lang="zh",
    title="关于召开青海省牦牛产业协会第三届会员代表大会的通知",
    authors=[],
    publish_time="2025-09-09 14:12",
)
FEATURES = ("青海 industry association site (invented 青海省牦牛产业协会, 2016 template): 会员登录 box with placeholders, "
            "left 通知公告 menu, title, info bar 发布者 (the secretariat)/发布时间/阅读, 文号-like 青牦协〔2025〕9号 line "
            "(not body), 主送 line, numbered items, contacts as body, 署名 + date, 附件 links (not body), 打印 button, "
            "footer with 业务主管单位 and 登记管理机关.")

BODY = [
    P("各会员单位、理事单位："),
    P("经协会第二届理事会第八次会议研究决定，定于2025年9月下旬召开青海省牦牛产业协会第三届会员代表大会。现将有关事项通知如下："),
    H("一、会议时间"),
    P("2025年9月26日（星期五）上午9:00，会期半天。9月25日下午14:00至18:00报到。"),
    H("二、会议地点"),
    P("西宁市城西区五四西路高原宾馆三楼会议厅。"),
    H("三、会议议程"),
    L([
        "1.审议第二届理事会工作报告；",
        "2.审议第二届理事会财务报告；",
        "3.审议《青海省牦牛产业协会章程（修订草案）》；",
        "4.选举产生第三届理事会理事、监事；",
        "5.召开第三届理事会第一次会议，选举会长、副会长、秘书长。",
    ]),
    H("四、参会人员"),
    P("各会员单位推选的会员代表1名，协会第二届理事会理事、监事。"),
    H("五、有关要求"),
    P("请各会员单位于9月19日前将参会回执发送至协会秘书处邮箱。参会代表食宿由协会统一安排，往返交通费用自理。"),
    P("联系人：才让东智　电话：0971-6312840"),
    P("青海省牦牛产业协会"),
    P("2025年9月9日"),
]

CSS = """
body{margin:0;font:12px/1.8 SimSun,宋体;background:#f0ece4}
#box{width:1000px;margin:0 auto;background:#fff}
#hd{height:100px;background:#5c3b1e;color:#f3e6cf;display:flex;align-items:center;justify-content:space-between;padding:0 24px}
#hd h1{font:bold 28px 微软雅黑,"Microsoft YaHei";margin:0}
#hd .login{font-size:12px}
#hd .login input{width:90px}
#mn{background:#7a5230}
#mn a{color:#fff;display:inline-block;padding:8px 18px;font-size:14px}
#lf{float:left;width:200px;padding:10px}
#lf h3{background:#7a5230;color:#fff;margin:0;padding:4px 10px;font-size:14px}
#lf a{display:block;border-bottom:1px dotted #ccc;padding:4px 10px}
#rt{float:right;width:760px;padding:10px 16px}
.loc{border-bottom:1px solid #d9cdb8;color:#7a5230}
.ti{font:bold 20px 微软雅黑,"Microsoft YaHei";text-align:center;padding:16px 0 6px}
.inf{text-align:center;color:#999}
.wh{text-align:center;font-size:14px}
.txt{font-size:14px;line-height:2}
.txt p{text-indent:2em;margin:4px 0}
.txt h4{text-indent:2em;margin:4px 0;font-size:14px}
.txt ul{list-style:none;padding-left:2em;margin:0}
.fj{border-top:1px dashed #ccc;margin-top:10px;padding-top:6px}
#ft{clear:both;background:#5c3b1e;color:#e7d8bd;text-align:center;padding:12px;line-height:2}
"""


def html():
    body = render(BODY, h="<h4>{}</h4>")
    t = META["title"]
    return doc(t, CSS, f"""
<div id="box">
<div id="hd"><h1>青海省牦牛产业协会</h1>
<div class="login">会员登录：<input type="text" placeholder="用户名"> <input type="password" placeholder="密码"> <button>登录</button> <a href="#" style="color:#f3e6cf">入会申请</a></div></div>
<div id="mn"><a href="#">首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">行业动态</a><a href="#">会员风采</a><a href="#">政策法规</a><a href="#">技术推广</a><a href="#">联系我们</a></div>
<div id="lf"><h3>通知公告</h3><a href="#">协会通知</a><a href="#">会员公告</a><a href="#">培训信息</a><a href="#">展会信息</a></div>
<div id="rt">
 <div class="loc">当前位置：首页 &gt; 通知公告 &gt; 协会通知</div>
 <div class="ti">{e(t)}</div>
 <div class="inf">发布者：协会秘书处　发布时间：2025-09-09 14:12　阅读：214次</div>
 <p class="wh">青牦协〔2025〕9号</p>
 <div class="txt">
{body}
 </div>
 <div class="fj">附件：<a href="#">1.第三届会员代表大会参会回执.doc</a>　<a href="#">2.理事候选人推荐表.doc</a></div>
 <p style="text-align:right"><button>打印</button> <button>关闭</button></p>
</div>
<div id="ft">青海省牦牛产业协会 版权所有　业务主管单位：青海省农业农村厅　登记管理机关：青海省民政厅<br>
地址：西宁市城西区胜利路52号　电话：0971-6312840　青ICP备16000947号</div>
</div>
""")
