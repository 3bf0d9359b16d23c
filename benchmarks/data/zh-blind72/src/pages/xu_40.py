from lib import *

META = dict(
    id="xu-40", kind="institution", lang="zh",
    title="工地讨薪起纠纷 法官巡回审判促调解",
    authors=["刘敏", "李卓"],
    publish_time="2025-09-10 16:22",
)
FEATURES = ("石嘴山 district court site (2022 template): 诉讼服务 quick links, 法院新闻 breadcrumb, headline, info bar "
            "作者 (two names)/来源/时间, case narrative with a 法官说法 sub-heading and the law quoted in a paragraph, "
            "photo caption, 责任编辑 line, 相关阅读 list, footer with 12368 诉讼服务热线.")

BODY = [
    P("“拖了大半年的工钱，今天总算有了着落！”9月9日，在大武口区某建筑工地的临时调解室里，16名农民工拿到调解书后长舒了一口气。这是大武口区人民法院星海镇人民法庭法官巡回审判、就地调解的一起劳务合同纠纷案件。"),
    P("2024年，16名农民工跟随包工头张某在该工地从事木工、钢筋工作业。工程完工后，由于总包单位与分包单位之间工程款结算存在争议，张某一直未能足额支付工资，16人共计被拖欠工资28万余元。多次讨要无果后，农民工们将张某及相关公司诉至法院。"),
    IMG("法官在工地现场组织调解", "法官在工地现场组织调解"),
    P("考虑到原告人数多、诉求急，承办法官决定将庭审搬到工地现场。庭审中，法官依据考勤记录、工资表和微信聊天记录逐项核实工资数额，并多次组织总包单位、分包单位和包工头面对面协商。经过近5个小时的耐心调解，各方最终达成协议：由总包单位从应付工程款中直接支付农民工工资，9月15日前全部付清。"),
    P("承办法官介绍，涉农民工工资案件具有当事人多、证据少、诉求急的特点。为此，星海镇人民法庭开辟了涉农民工案件“绿色通道”，实行快立、快审、快执，并主动对接人社部门、劳动监察大队和行业主管部门，将工资纠纷化解在诉前、化解在萌芽状态。"),
    H("法官说法"),
    P("根据《保障农民工工资支付条例》规定，分包单位拖欠农民工工资的，由施工总承包单位先行清偿，再依法进行追偿。农民工在权益受到侵害时，应注意保存劳动合同、考勤记录、工资结算单等证据，通过劳动保障监察投诉、劳动争议仲裁、诉讼等合法途径维护自身权益，避免采取过激行为。"),
    P("今年以来，大武口区人民法院共审结涉农民工工资案件87件，为农民工追回劳动报酬430余万元。"),
]

CSS = """
body{margin:0;font:15px/1.85 "Microsoft YaHei";background:#f7f4f0;color:#333}
.fy-banner{background:#9c1b1b;color:#fff;padding:16px 8%;display:flex;align-items:center;gap:16px}
.fy-banner .fy-n{font-size:26px;font-weight:bold;letter-spacing:2px}
.fy-banner .fy-s{margin-left:auto;font-size:13px}
.fy-menu{background:#7d1414;padding:0 8%}
.fy-menu a{color:#fff;display:inline-block;padding:10px 16px}
.fy-svc{background:#fff;padding:8px 8%;font-size:13px;border-bottom:1px solid #eee}
.fy-svc a{margin-right:16px;color:#9c1b1b}
.fy-main{width:84%;margin:18px auto;display:grid;grid-template-columns:1fr 280px;gap:24px}
.fy-art{background:#fff;padding:26px 44px}
.fy-crumb{font-size:13px;color:#999}
.fy-art h1{font-size:24px;text-align:center;margin:20px 0 8px}
.fy-meta{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #f0e6e6;padding-bottom:10px}
.fy-text p{text-indent:2em}
.fy-text h4{color:#9c1b1b;margin:14px 0 0;font-size:16px}
.fy-text .fy-im{text-align:center;text-indent:0}
.fy-text .fy-ic{text-align:center;text-indent:0;font-size:14px;color:#888}
.fy-zb{text-align:right;font-size:14px;color:#888}
.fy-side{background:#fff;padding:16px}
.fy-side h3{font-size:16px;color:#9c1b1b;border-bottom:1px solid #eee;padding-bottom:6px}
.fy-side li{font-size:14px;margin-bottom:6px}
.fy-foot{background:#3b0d0d;color:#d8b7b7;text-align:center;font-size:12px;padding:20px;line-height:2}
"""


def html():
    body = render(BODY, h="<h4>{}</h4>", img='<p class="fy-im"><img alt="{alt}"{src}></p>', cap='<p class="fy-ic">{}</p>')
    t = META["title"]
    return doc(t + "_石嘴山市大武口区人民法院", CSS, f"""
<div class="fy-banner"><img alt="法徽" src="{GIF}"><span class="fy-n">石嘴山市大武口区人民法院</span><span class="fy-s"><a href="#" style="color:#fff">无障碍</a> | <a href="#" style="color:#fff">长者模式</a></span></div>
<div class="fy-menu"><a href="#">首页</a><a href="#">法院概况</a><a href="#">法院新闻</a><a href="#">审判执行</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">法治宣传</a><a href="#">队伍建设</a></div>
<div class="fy-svc">诉讼服务：<a href="#">网上立案</a><a href="#">案件查询</a><a href="#">诉讼费计算</a><a href="#">联系法官</a><a href="#">裁判文书</a></div>
<div class="fy-main">
 <div class="fy-art">
  <div class="fy-crumb">首页 / 法院新闻 / 审判动态</div>
  <h1>{e(t)}</h1>
  <div class="fy-meta">作者：刘敏 李卓　　来源：大武口区人民法院　　时间：2025-09-10 16:22</div>
  <div class="fy-text">
{body}
  </div>
  <p class="fy-zb">责任编辑：张婷</p>
 </div>
 <aside class="fy-side"><h3>相关阅读</h3><ul>
  <li><a href="#">大武口法院开展“护薪”专项执行行动</a></li>
  <li><a href="#">星海镇法庭：“车载法庭”开进田间地头</a></li>
  <li><a href="#">一图读懂：遇到欠薪怎么办</a></li>
 </ul></aside>
</div>
<div class="fy-foot">石嘴山市大武口区人民法院 版权所有　地址：石嘴山市大武口区朝阳西街76号<br>
诉讼服务热线：12368　<a href="#" style="color:#d8b7b7">宁ICP备17001265号</a></div>
""")
