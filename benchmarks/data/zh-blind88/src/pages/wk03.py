"""wk-03: 山西 县政府 (2020 design), 公示 with a table of names, bracketed info bar under the title."""
from lib import *

PAGE = dict(id="wk-03", kind="government", lang="zh",
            title="寿阳县2025年农村低收入群体等重点对象危房改造拟补助对象公示",
            authors=[], publish_time="2025-11-11")

ROWS = [
    ["序号", "乡镇", "村", "户主姓名", "对象类别", "改造方式", "拟补助金额（元）"],
    ["1", "朝阳镇", "北河村", "王金柱", "低保户", "加固改造", "15000"],
    ["2", "朝阳镇", "西洛村", "李秀兰", "分散供养特困人员", "拆除重建", "35000"],
    ["3", "宗艾镇", "东韩村", "张永福", "防止返贫监测对象", "加固改造", "15000"],
    ["4", "平头镇", "下庄村", "赵二虎", "低保边缘家庭", "加固改造", "12000"],
    ["5", "羊头崖乡", "石门村", "郭文明", "低保户", "拆除重建", "35000"],
    ["6", "景尚乡", "韩沟村", "刘翠英", "低保户", "加固改造", "15000"],
]

BLOCKS = [
    P("根据《山西省农村低收入群体等重点对象住房安全保障工作实施方案》有关要求，经农户申请、村民代表会议评议、乡（镇）审核、县级部门审批，现将2025年第二批农村危房改造拟补助对象予以公示，接受社会监督。"),
    H("一、公示名单"),
    T(ROWS),
    H("二、公示时间"),
    P("2025年11月11日至2025年11月17日（共7天）。"),
    H("三、监督方式"),
    P("公示期间，如对公示对象有异议，可通过来信、来电或来访等方式向县住房和城乡建设局反映。反映情况应实事求是，提倡署真实姓名，以便核实反馈。"),
    P("联系电话：0354-4522316　　监督电话：0354-4526071"),
    P("来访地址：寿阳县朝阳镇迎宾街12号县住建局三楼村镇建设股"),
    SIGN("寿阳县住房和城乡建设局"),
    SIGN("2025年11月11日"),
]

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#222;background:#fff}
.top{background:#f5f5f5;border-bottom:1px solid #e1e1e1;font-size:12px}
.top .in{width:1180px;margin:0 auto;display:flex;justify-content:space-between;line-height:34px}
.top a{color:#555;text-decoration:none;margin:0 6px}
.head{background:#b7282e;height:130px}.head .in{width:1180px;margin:0 auto;color:#fff;padding-top:30px}
.head h2{margin:0;font-size:38px;font-family:"STKaiti","KaiTi";letter-spacing:6px}.head p{margin:2px 0;font-size:13px;opacity:.8}
.menu{background:#9c1f24}.menu .in{width:1180px;margin:0 auto;display:flex}
.menu a{flex:1;color:#fff;text-align:center;line-height:48px;text-decoration:none;font-size:16px}
.loc{width:1180px;margin:14px auto;font-size:13px;color:#777}.loc a{color:#777;text-decoration:none}
.art{width:1180px;margin:0 auto 30px;border:1px solid #eee;padding:30px 80px}
.art h1{font-size:26px;text-align:center;line-height:1.5;margin:10px 0 12px}
.meta{text-align:center;font-size:13px;color:#999;padding-bottom:16px;border-bottom:2px solid #b7282e}
.meta span{margin:0 8px}.meta a{color:#999}
.txt{font-size:16px;line-height:1.9;padding-top:20px}.txt p{text-indent:2em;margin:10px 0}
.txt table{border-collapse:collapse;margin:10px auto;width:100%;font-size:14px}.txt td,.txt th{border:1px solid #999;text-align:center;padding:5px}
.share{margin-top:30px;font-size:13px;color:#666;border-top:1px solid #eee;padding-top:12px}
.bottom{background:#333;color:#aaa;font-size:12px;text-align:center;line-height:26px;padding:18px 0}
.bottom a{color:#aaa}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="strong")
    html = f"""
<div class="top"><div class="in"><div>欢迎访问寿阳县人民政府门户网站</div>
<div><a href="#">无障碍阅读</a>|<a href="#">长辈版</a>|<a href="#">简</a>/<a href="#">繁</a>|<a href="#">移动版</a>|<a href="#">政务微博</a>|<a href="#">政务微信</a></div></div></div>
<div class="head"><div class="in"><h2>寿阳县人民政府</h2><p>www.shouyang.gov.cn</p></div></div>
<div class="menu"><div class="in">{links(["网站首页","走进寿阳","政务公开","政务服务","政民互动","专题专栏"])}</div></div>
<div class="loc">您所在的位置：<a href="#">首页</a> / <a href="#">政务公开</a> / <a href="#">公示公告</a></div>
<div class="art">
<h1>{PAGE["title"]}</h1>
<div class="meta"><span>【 发布日期：2025-11-11 】</span><span>【 来源：县住建局 】</span><span>【 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 】</span></div>
<div class="txt">
{bh}
</div>
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a>　　<a href="#">打印</a>　<a href="#">关闭</a></div>
</div>
<div class="bottom">
<p><a href="#">网站地图</a>　<a href="#">网站声明</a>　<a href="#">联系我们</a></p>
<p>寿阳县人民政府办公室主办　寿阳县政务信息中心维护　地址：山西省晋中市寿阳县朝阳镇府前街1号</p>
<p>晋ICP备06001377号　晋公网安备 14072502000115号　网站标识码：1407250006</p>
<p>{img("党政机关", gif=True)} {img("政府网站找错", gif=True)}</p>
</div>
"""
    return doc(PAGE["title"] + "-寿阳县人民政府", CSS, html), gold
