from lib import *

NOTES = "County portal (Yunnan), 2016 design, 乡镇动态: info bar ABOVE the headline (时间 in 年月日 form, 来源 a township, 浏览量), photo captions, closing line 撰稿/摄影/审核 where only 撰稿 is the author (a Dai name, 岩温香), 上一条/下一条, footer with 主办/承办/ICP/公网安备."

META = dict(id="xy-08", kind="government", lang="zh",
            title="勐遮镇开展雨季地质灾害隐患排查",
            authors=["岩温香"],
            publish_time="2025年06月11日")

HEAD_TITLE = "勐遮镇开展雨季地质灾害隐患排查_乡镇动态_勐海县人民政府"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#e8efe6}
.mh-header{height:140px;background:#2e6b3f;color:#fff}
.mh-header .box{width:1100px;margin:auto;position:relative;height:140px}
.mh-header h1{margin:0;position:absolute;top:40px;left:0;font-size:34px}
.mh-header .util{position:absolute;top:8px;right:0;font-size:12px}
.mh-header .util a{color:#fff;margin-left:8px}
.mh-header .find{position:absolute;top:60px;right:0}
.mh-navi{background:#1f4f2c;text-align:center}
.mh-navi a{color:#fff;display:inline-block;padding:10px 26px;text-decoration:none}
.mh-content{width:1100px;margin:16px auto;background:#fff;padding:20px 50px}
.mh-where{font-size:13px;color:#666;padding-bottom:10px}
.mh-props{font-size:13px;color:#888;text-align:center;border-top:1px solid #dde;border-bottom:1px solid #dde;padding:6px 0}
.mh-content h2{text-align:center;font-size:24px;margin:18px 0}
.mh-txt p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.mh-txt .tp{text-align:center;text-indent:0}
.mh-txt .tx{text-align:center;text-indent:0;font-family:楷体,KaiTi;font-size:15px}
.mh-txt .sign{text-indent:0;color:#555;font-size:14px}
.mh-np{border-top:1px dashed #ccc;margin-top:20px;padding-top:10px;font-size:14px}
.mh-foot{background:#1f4f2c;color:#cfe3d4;font-size:13px;text-align:center;padding:16px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="tp">{img(a, w=600, h=400)}</p><p class="tx">{kw["cap"]}</p>',
}

BLOCKS = [
    P("进入雨季以来，勐遮镇降雨明显增多，为切实做好地质灾害防治工作，6月9日至10日，勐遮镇组织自然资源、应急、水务等部门工作人员，联合各村（社区）对辖区内地质灾害隐患点开展拉网式排查。"),
    P("排查组先后深入曼洪、曼恩、南楞等村寨，对已登记在册的17处地质灾害隐患点逐一进行实地踏勘，重点查看山体裂缝、房前屋后切坡、排水沟渠等情况，核实监测员在岗履职、预警设施运行和受威胁群众转移路线设置情况。"),
    IMG("排查现场", cap="工作人员在曼洪村查看切坡情况"),
    P("排查中发现，有2处隐患点边坡出现新的小规模滑塌，3处排水沟被泥沙堵塞。排查组当场要求所在村委会设置警示标志，组织人员清理排水沟，并对靠近坡脚的4户群众进行提醒，一旦出现强降雨立即转移到临时避险点。"),
    P("勐遮镇相关负责人介绍，镇里已为每个隐患点明确了一名群测群防监测员，配发雨量计和预警喇叭，实行汛期“日巡查、雨中巡、雨后查”。下一步，镇里将结合“防灾减灾宣传进村寨”活动，用傣语、汉语双语向群众讲解避险知识，组织开展应急避险演练，切实提高群众自救互救能力。"),
    X('<p class="sign">撰稿：岩温香　摄影：玉罕　审核：刀志明</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="mh-header"><div class="box">
<h1>勐海县人民政府</h1>
<div class="util"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體中文</a><a href="#">傣文版</a></div>
<div class="find"><input type="text" placeholder="请输入关键字"> <button type="button">搜索</button></div>
</div></div>
<div class="mh-navi"><a href="#">首页</a><a href="#">走进勐海</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="mh-content">
<div class="mh-where">您现在的位置：<a href="#">首页</a> » <a href="#">新闻中心</a> » <a href="#">乡镇动态</a></div>
<div class="mh-props">发布时间：{M["publish_time"]}　　来源：勐遮镇　　浏览量：204</div>
<h2>{M["title"]}</h2>
<div class="mh-txt">
{body}
</div>
<div class="mh-np">
<p>上一条：<a href="#">勐混镇召开2025年烤烟生产推进会</a></p>
<p>下一条：<a href="#">打洛镇开展边境口岸疫情防控演练</a></p>
</div>
</div>
<div class="mh-foot">
主办：勐海县人民政府办公室　承办：勐海县融媒体中心<br>
滇ICP备07000913号　{img("公安备案图标")}滇公网安备 53282202000117号　网站标识码：5328220001<br>
本站建议使用1366×768分辨率浏览
</div>
</body>"""
