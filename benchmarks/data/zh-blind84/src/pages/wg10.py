PAGE = dict(
    id="wg-10", kind="government", lang="zh",
    site="哈密市应急管理局网站 · 通知公告（2016 年模板，信息栏在标题上方）",
    features="信息栏（发布时间/来源/访问量/字体）在标题上方；标题下单独文号行（非正文）；主送行；执法数据表（表头+3 行）；"
             "（一）（二）式小标题；署名与成文日期为正文；打印/关闭；页脚",
    title="哈密市应急管理局关于2025年2月全市安全生产执法检查情况的通报",
    authors=[],
    publish_time="2025-03-20",
    head_title="哈密市应急管理局关于2025年2月全市安全生产执法检查情况的通报",
    CSS="""
body{margin:0;background:#fff url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7);font:14px/1.6 宋体,SimSun}
.top{height:34px;background:#f1f1f1;border-bottom:1px solid #ddd;line-height:34px;font-size:12px}
.top .x{width:1000px;margin:0 auto}
.logo{width:1000px;margin:0 auto;height:120px;background:#e65c00;color:#fff;font-size:32px;line-height:120px;text-indent:30px;font-weight:bold}
.menu{width:1000px;margin:0 auto;background:#c44d00}
.menu ul{margin:0;padding:0;list-style:none;overflow:hidden}
.menu li{float:left}
.menu li a{display:block;color:#fff;padding:0 21px;line-height:40px;font-size:15px}
.where{width:1000px;margin:10px auto;font-size:12px}
.show{width:1000px;margin:0 auto;border:1px solid #ddd;padding:20px 60px;box-sizing:border-box}
.show .sinfo{font-size:12px;color:#666;text-align:center;border-bottom:1px solid #ddd;padding-bottom:6px}
.show .stitle{font-size:22px;color:#000;font-weight:bold;text-align:center;margin:20px 0 6px}
.show .wh{text-align:center;font-size:15px;margin-bottom:10px}
.show .scon{font-size:16px;line-height:30px}
.show .scon table{border-collapse:collapse;margin:8px auto}
.show .scon td{border:1px solid #000;padding:3px 10px;text-align:center}
.show .sbtn{text-align:center;margin-top:20px}
.bottom{width:1000px;margin:20px auto 0;border-top:3px solid #e65c00;text-align:center;font-size:12px;line-height:24px;padding:10px 0;color:#555}
""",
    STYLE={
        "p": '<p style="text-indent:2em;">{t}</p>',
        "h": '<p style="text-indent:2em;"><span style="font-family:楷体;font-weight:bold;">{t}</span></p>',
        "to": "<p>{t}</p>",
        "table_open": '<table cellspacing="0" cellpadding="0">',
        "th": "<td><b>{t}</b></td>",
        "sig": '<p style="text-align:right;padding-right:2em;">{t}</p>',
    },
    TEMPLATE="""
<div class="top"><div class="x">今天是2025年3月20日　　<a href="#">哈密市人民政府</a> | <a href="#">无障碍浏览</a> | <a href="#">长者助手</a></div></div>
<div class="logo">哈密市应急管理局</div>
<div class="menu"><ul><li><a href="#">首 页</a></li><li><a href="#">机构职能</a></li><li><a href="#">应急要闻</a></li><li><a href="#">通知公告</a></li><li><a href="#">政策法规</a></li><li><a href="#">安全生产</a></li><li><a href="#">防灾减灾</a></li><li><a href="#">应急科普</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="where">当前位置：<a href="#">首页</a>&gt;<a href="#">通知公告</a>&gt;正文</div>
<div class="show">
<div class="sinfo">发布时间：2025-03-20　　来源：哈密市应急管理局　　访问量：　　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="stitle">哈密市应急管理局关于2025年2月全市安全生产执法检查情况的通报</div>
<div class="wh">哈市应急〔2025〕18号</div>
<div class="scon">
{{BODY}}
</div>
<div class="sbtn"><a href="#">[打印本页]</a>　<a href="#">[关闭窗口]</a></div>
</div>
<div class="bottom">主办单位：哈密市应急管理局　地址：哈密市伊州区天山北路19号　值班电话：0902-2278110<br>
新ICP备17001928号-3　新公网安备 65220102000412号　网站标识码：6522000034</div>
""",
    BODY="""
to: 各区（县）应急管理局，市安委会有关成员单位：
p: 2月份，全市各级应急管理部门紧盯春节、全国两会等重要时段，围绕危险化学品、非煤矿山、工贸等重点行业领域开展安全生产执法检查。现将有关情况通报如下：
h: 一、执法检查基本情况
p: 全市共检查生产经营单位186家，发现一般事故隐患612项，已整改538项，整改率87.9%；立案查处违法行为23起，罚款42.6万元。各区（县）执法情况如下：
tr: 区域 | 检查单位（家） | 发现隐患（项） | 已整改（项） | 罚款（万元）
tr: 伊州区 | 97 | 341 | 302 | 24.8
tr: 巴里坤县 | 48 | 158 | 139 | 10.5
tr: 伊吾县 | 41 | 113 | 97 | 7.3
h: 二、存在的主要问题
p: 一是部分企业安全管理制度流于形式，安全生产责任制未落实到岗位；二是动火、受限空间等特殊作业审批不规范；三是个别非煤矿山企业复工复产前未组织全员安全培训；四是部分区（县）执法检查重数量、轻质量，跟踪复查不到位。
h: 三、下一步工作要求
p: （一）各区（县）应急管理局要对检查发现的隐患实行清单化管理，3月底前完成全部整改销号。
p: （二）聚焦复工复产关键环节，严格落实“开工第一课”和复工验收制度。
p: （三）对执法检查中发现的典型问题，要通过曝光典型案例等方式加强警示教育。
sig: 哈密市应急管理局
sig: 2025年3月10日
""",
)
