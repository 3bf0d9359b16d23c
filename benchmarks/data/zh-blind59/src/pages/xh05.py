from lib import *

ID = "xh-05"
KIND = "government"
LANG = "zh"
FEATURES = ("county-level city portal (醴陵市) 领导活动 item; headline with a colon; info bar of spans glued with no "
            "separators (来源…作者…发布时间… run together), spaced two-character name 谭  伟 in 作者; photo with caption; "
            "quoted instructions; 编辑/二审/三审 lines; 扫一扫 QR and share bar")
HEAD_TITLE = "刘志坚调研重点项目建设：抢抓窗口期 全力冲刺三季度 - 醴陵市人民政府"
TITLE_LINES = ["刘志坚调研重点项目建设：抢抓窗口期 全力冲刺三季度"]
AUTHORS = ["谭伟", "刘佳琪"]
TIME = "2024年07月18日 10:05"

CSS = """
body{margin:0;background:#f6f0e6;font:15px/1.8 "Microsoft YaHei"}
.topbar{background:#fff;font-size:12px;padding:4px calc(50% - 590px);display:flex;justify-content:space-between}
.topbar a{margin-left:10px;color:#555}
.banner{height:140px;background:#a8191c;color:#fff;padding:0 calc(50% - 590px);display:flex;align-items:center}
.banner strong{font-size:36px}
.banner form{margin-left:auto}.banner input{width:220px;height:30px}
.mnav{background:#fff;border-bottom:3px solid #a8191c;display:flex;justify-content:center;gap:40px;line-height:50px}
.page{width:1180px;margin:18px auto;background:#fff;padding:30px 80px;box-sizing:border-box}
.crumbs{font-size:13px;color:#999}
.hd h1{font-size:27px;text-align:center;margin:24px 0 10px}
.hd .attr{text-align:center;color:#888;font-size:13px}.hd .attr span{margin-right:18px}
.ct p{text-indent:2em;margin:12px 0;font-size:16px}
.ct .pic,.ct .pic-cap{text-align:center;text-indent:0}.pic-cap{color:#555;font-size:14px}
.shenhe{color:#999;font-size:13px;text-align:right}
.wxqr{display:flex;justify-content:space-between;align-items:center;margin-top:20px;border-top:1px solid #eee;padding-top:10px}
.ft{background:#3a3a3a;color:#bbb;text-align:center;font-size:12px;padding:20px}
"""

BODY = [
    P("7月17日，市委书记刘志坚深入城南片区、经开区等地，调研重点项目建设推进情况。他强调，要抢抓当前施工黄金期，倒排工期、挂图作战，确保重点项目建设跑出“加速度”，全力冲刺三季度目标任务。"),
    P("在醴陵高铁站片区综合开发项目现场，刘志坚详细了解项目规划设计、征拆进度和资金到位情况。他指出，高铁站片区是城市对外展示的重要窗口，要坚持高起点规划、高标准建设，同步推进路网、管网和配套设施建设，尽快形成实物工作量。"),
    IMG("刘志坚在项目现场调研", "刘志坚（左二）在醴陵高铁站片区综合开发项目现场了解施工进度。"),
    P("随后，刘志坚来到经开区电瓷电器产业园二期，走进标准厂房建设工地和企业生产车间，与企业负责人面对面交流。得知园区二期已有6家企业签约入驻、3家即将投产时，他叮嘱相关部门：“要当好‘店小二’，企业有什么难题，我们就解决什么难题，让企业安心扩产、放心发展。”"),
    P("调研中，刘志坚要求，各级各部门要把抓项目作为稳增长的“牛鼻子”，压实项目“一把手”责任，完善“一个项目、一名领导、一个专班”推进机制；要强化要素保障，对用地、用电、融资等问题实行清单化管理、销号式落实；要严格安全生产和质量管理，做到进度、质量、安全三统一。"),
    P("市领导周敏、陈立新参加调研。"),
]


def page():
    return f"""<body>
<div class="topbar"><span>欢迎访问醴陵市人民政府门户网站</span><span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">繁体版</a><a href="#">智能问答</a></span></div>
<div class="banner"><strong>{gif("醴陵市人民政府")}醴陵市人民政府</strong><form><input type="text" placeholder="搜索本站内容"><button type="button">搜 索</button></form></div>
<div class="mnav"><a href="#">首页</a><a href="#">走进醴陵</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a></div>
<div class="page">
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">领导活动</a></div>
<div class="hd"><h1>{TITLE_LINES[0]}</h1>
<div class="attr"><span>来源：醴陵市融媒体中心</span><span>作者：谭&nbsp;&nbsp;伟　刘佳琪</span><span>发布时间：{TIME}</span><span>浏览量：3190</span></div></div>
<div class="ct">
{render(BODY)}
</div>
<p class="shenhe">编辑：陈  露　二审：易志红　三审：罗建国</p>
<div class="wxqr"><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】　分享到：<a href="#">微信</a> <a href="#">QQ</a> <a href="#">微博</a></span><span>{gif("醴陵发布二维码")}扫一扫关注“醴陵发布”</span></div>
<p>上一篇：<a href="#">醴陵市召开防汛抗旱工作调度会</a></p><p>下一篇：<a href="#">我市举行2024年第二批重点项目集中开工仪式</a></p>
</div>
<div class="ft"><p>醴陵市人民政府办公室主办　醴陵市融媒体中心承办</p><p>湘ICP备14012305号-1　湘公网安备 43028102000188号　网站标识码：4302810001</p><p>{gif("党政机关")}{gif("政府网站找错")}</p></div>
</body>"""
