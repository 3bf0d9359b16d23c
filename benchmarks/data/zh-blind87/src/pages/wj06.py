# 天津市滨海新区生态环境局（区政府网站部门子站，2018 年版）：政策解读
from blocks import P, H, UL, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-06", "kind": "government", "lang": "zh",
    "title": "《天津市滨海新区重污染天气应急预案（2025年修订）》政策解读",
    "authors": [],
    "publish_time": "2025/11/12",
    "body": [
        H("一、修订背景"),
        P("2023年以来，国家和我市先后调整了重污染天气预警分级标准和重点行业绩效分级指南，新区产业结构和排放源清单也发生了较大变化。为增强预案的针对性和可操作性，区生态环境局会同有关部门对2021年版预案进行了修订，经区政府同意，于近日印发实施。"),
        H("二、主要修订内容"),
        P("本次修订主要包括以下几个方面："),
        UL("（一）统一预警分级。预警级别由低到高分为黄色、橙色、红色三级，分别以日空气质量指数（AQI）预测值和持续天数作为启动条件，与全市标准保持一致。",
           "（二）细化减排措施。橙色及以上预警期间，全区工业源、扬尘源、移动源的二氧化硫、氮氧化物和颗粒物减排比例分别不低于20%、15%和30%。",
           "（三）实施差异化管控。对绩效评级为A级和引领性的企业，预警期间可自主采取减排措施；对C级、D级企业，按照清单要求限产或停产。",
           "（四）强化信息公开。预警信息通过“滨海发布”等政务新媒体和电视、广播同步发布，群众可通过12345热线举报违规排放行为。"),
        H("三、对企业和公众有哪些影响"),
        P("预案实施后，列入应急减排清单的企业须在每年10月底前完成“一厂一策”操作方案的更新备案。预警期间，中小学、幼儿园将视情减少户外活动，建议老人、儿童及心脑血管疾病患者尽量留在室内。"),
        P("预案自印发之日起施行，2021年版预案同时废止。"),
    ],
}

CSS = """
body{margin:0;font:14px/1.8 Arial,"Microsoft YaHei";background:#f0f3f6;color:#333}
a{color:#333;text-decoration:none}
.top{background:#fff;border-bottom:1px solid #ddd}.top .w{width:1080px;margin:auto;display:flex;justify-content:space-between;font-size:12px;line-height:30px;color:#888}
.ban{background:#0f7a8a}.ban .w{width:1080px;margin:auto;height:100px;display:flex;align-items:center;justify-content:space-between}
.ban img{width:440px;height:56px}.ban form input{width:200px;height:30px;border:0}.ban form button{height:32px;border:0;background:#0a5561;color:#fff}
.nav{background:#0a5561}.nav .w{width:1080px;margin:auto}.nav a{color:#fff;display:inline-block;width:134px;text-align:center;line-height:44px;font-size:15px}
.w{width:1080px;margin:auto}
.cur{line-height:40px;color:#666}
.box{background:#fff;padding:30px 50px;border-top:3px solid #0f7a8a}
.box h1{font-size:24px;text-align:center;line-height:1.5;color:#0a5561;margin:0 0 12px}
.msg{display:flex;justify-content:center;gap:28px;color:#999;font-size:13px;border-bottom:1px solid #e3e3e3;padding-bottom:10px;margin-bottom:16px}
.share{user-select:none}
.cont p{text-indent:2em;font-size:16px;margin:0 0 10px}.cont h3{font-size:16px;margin:14px 0 6px;color:#0a5561}.cont ul{list-style:none;padding:0}.cont li{text-indent:2em;font-size:16px;margin-bottom:8px}
.rel{margin-top:20px;background:#f6fafb;border:1px solid #d7e7ea;padding:10px 16px}
.ft{margin-top:30px;background:#333;color:#aaa;font-size:12px;text-align:center;padding:20px;line-height:24px}
"""


def render(p):
    body = rb(p["body"])
    return doc(p["title"] + "-天津市滨海新区人民政府", CSS, f"""
<div class="top"><div class="w"><span>天津市滨海新区人民政府 主办</span><span><a href="#">无障碍浏览</a> | <a href="#">关怀版</a> | <a href="#">English</a> | <a href="#">网站支持IPv6</a></span></div></div>
<div class="ban"><div class="w">{img("滨海新区生态环境局")}<form><input type="text" placeholder="请输入关键字"><button type="button">站内搜索</button></form></div></div>
<div class="nav"><div class="w">{links(["首页", "机构职能", "工作动态", "通知公告", "政策文件", "政策解读", "环境质量", "互动交流"], '<a href="#">{}</a>', '')}</div></div>
<div class="w">
<div class="cur">当前位置：<a href="#">首页</a> &gt; <a href="#">政策解读</a></div>
<div class="box">
<h1>{esc(p["title"])}</h1>
<div class="msg"><span>发布日期：{p["publish_time"]}</span><span>来源：区生态环境局</span><span>浏览量：486</span><span class="share">分享：微信　微博</span></div>
<div class="cont">
{body}
</div>
<div class="rel">相关文件：<a href="#">天津市滨海新区人民政府办公室关于印发滨海新区重污染天气应急预案（2025年修订）的通知</a><br>
解读形式：<a href="#">文字解读</a>　<a href="#">图解</a></div>
<p style="text-align:center;margin-top:20px"><a href="#">[ 打印 ]</a>　<a href="#">[ 关闭 ]</a></p>
</div></div>
<div class="ft">主办单位：天津市滨海新区人民政府办公室　承办单位：天津市滨海新区生态环境局<br>
津ICP备11003621号-3　　津公网安备 12011602300094号　　网站标识码：1201160002<br>
联系电话：022-65305813（工作日 9:00-17:00）　网站地图 | 联系我们</div>
""")
