from blocks import *
from furniture import *

ID, KIND, LANG = "xn-03", "government", "zh"
SITE = "厦门市人力资源和社会保障局（市政府部门，政府信息公开页）"
DOC_TITLE = "厦门市人力资源和社会保障局关于做好2024年高校毕业生就业见习工作的通知"
TITLE = "厦门市人力资源和社会保障局关于做好2024年高校毕业生就业见习工作的通知"
AUTHORS = []
PUBLISH_TIME = "2024-04-08 09:30"
FEATURES = ("official 通知 under a 信息公开 metadata table (索引号/发布机构/发文日期/文号) whose 发文日期 differs from the "
            "info-bar date; 文号 line (not body), 主送 line, 署名 and 成文日期 (body); the numbered items run on "
            "in one <div> with <br> and no blank lines, mixing 一、 （一） 1. and （1）; （此件主动公开） not body.")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f2f2f2}
.container{width:1100px;margin:0 auto;background:#fff;padding:0 30px 20px}
.hd{height:110px;background:#9e1b1b;color:#fff;font-size:30px;padding-left:30px;line-height:110px}
.xxgk{width:100%;border-collapse:collapse;font-size:13px;margin:12px 0}.xxgk td{border:1px solid #ddd;padding:4px 8px}
.xxgk td.k{background:#f7f7f7;width:90px}
h1{text-align:center;font-size:22px;line-height:1.5}
.info{text-align:center;color:#999;font-size:13px}
.wh{text-align:center;font-family:FangSong}
.doc{font-family:FangSong;font-size:16px}
.sign{text-align:right;margin:0}
"""

BODY = [
    X('<p class="wh">厦人社〔2024〕37号</p>'),
    P("各区人力资源和社会保障局，市直各有关单位，各高等院校：", cls="doc"),
    P("为深入实施高校毕业生就业见习计划，帮助青年积累工作经验、提升就业能力，根据省人社厅有关文件精神，现就做好2024年我市高校毕业生就业见习工作通知如下：", indent=IND, cls="doc"),
    LINES([
        "一、见习对象",
        "离校2年内未就业高校毕业生和16—24岁失业青年，均可参加就业见习。",
        "二、见习基地",
        "（一）申报条件。",
        "1.在本市依法登记注册，经营状况良好，近一年内无重大违法记录；",
        "2.能提供不少于5个见习岗位，且专业技术类岗位占比不低于30%；",
        "3.有专人负责见习人员的管理和指导。",
        "（二）认定程序。用人单位向所在区人社局提出申请，区人社局审核后报市人社局备案，认定结果在市人社局网站公布。",
        "三、补贴标准",
        "（一）见习补贴。见习单位按当地最低工资标准的100%发放见习人员生活费，市财政按每人每月2030元给予补贴，补贴期限最长12个月。",
        "（二）留用奖励。见习期满后与见习人员签订1年以上劳动合同的，按每人2000元给予一次性奖励。",
        "（三）保险补助。见习单位为见习人员购买人身意外伤害保险的，按实际支出给予补助，最高每人每月50元。",
        "四、工作要求",
        "（一）各区要加强组织领导，于4月30日前完成见习基地申报受理工作，全年新增见习岗位不少于1500个。",
        "（二）各单位要按以下要求做好管理：（1）签订见习协议；（2）按月发放生活费；（3）做好考勤和带教记录。",
        "（三）本通知执行过程中遇到的问题，请及时与市人社局就业促进处联系。联系人：苏晓雯，联系电话：0592-5183627。",
    ], cls="doc"),
    P("厦门市人力资源和社会保障局", cls="doc sign"),
    P("2024年4月3日", cls="doc sign"),
    X('<p class="doc">（此件主动公开）</p>'),
]


def page(body):
    return f"""<body>
<div class="container">
<div class="hd"><img alt="厦门市人力资源和社会保障局"> 厦门市人力资源和社会保障局</div>
<div class="tb"><a href="#">无障碍</a>　<a href="#">长者模式</a>　<a href="#">繁體</a>　{search("请输入搜索内容", "搜 索")}</div>
{links(["首页","机构概况","政务公开","政务服务","互动交流","专题专栏","数据发布"], sep="　", cls="nav")}
{crumb(["首页","政府信息公开","法定主动公开内容","通知公告"], label="您当前的位置：", sep="&gt;")}
<table class="xxgk">
<tr><td class="k">索 引 号</td><td>XM00109-0210-2024-00052</td><td class="k">发布机构</td><td>厦门市人力资源和社会保障局</td></tr>
<tr><td class="k">发文日期</td><td>2024-04-03</td><td class="k">文　　号</td><td>厦人社〔2024〕37号</td></tr>
<tr><td class="k">主题分类</td><td>劳动、人事、监察</td><td class="k">有效性</td><td>有效</td></tr>
<tr><td class="k">标　　题</td><td colspan="3">{TITLE}</td></tr>
</table>
<h1>{TITLE}</h1>
<div class="info">发布时间：{PUBLISH_TIME}　　来源：厦门市人力资源和社会保障局　　访问量：4390　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{body}
</div>
<p>附件下载：<a href="#">1.2024年就业见习基地申报表.doc</a>　<a href="#">2.就业见习协议（范本）.doc</a></p>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
{qr("扫一扫在手机上查看当前页面")}
<div class="footer"><p>主办单位：厦门市人力资源和社会保障局　地址：厦门市思明区湖滨南路88号　邮编：361004</p>
<p>闽ICP备05030892号-1　闽公网安备35020302001183号　网站标识码：3502000021</p>
<p>本站支持IPv6访问</p></div>
</div>
</body>"""
