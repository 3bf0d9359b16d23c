# 宁夏 · 市直部门 · 通报（2018 design, 文号 in the info bar and above the 主送 line, table, 署名/日期）
from lib import *

PAGE = dict(
    id="wh-08", kind="government", lang="zh",
    title="关于2025年10月全市安全生产执法检查情况的通报",
    authors=[],
    publish_time="2025年11月19日",
    features="2018 city department site (宁夏); info bar with 文号/发布时间/信息来源/阅读次数 and a T T font switch, all "
             "on one line; 文号 line again above the 主送 line (not body); 通报 with an enforcement table, a "
             "list of enterprises (one paragraph per line), 署名 and date; 附件 list; "
             "【打印本页】【关闭窗口】; related links box; footer with 宁ICP/公网安备/网站标识码.",
    blocks=[
        NB("石应急函〔2025〕112号", fmt='<p class="num">{t}</p>'),
        P("各县（区）应急管理局，市直有关部门，各重点企业："),
        P("2025年10月，全市应急管理系统围绕冬季安全生产，聚焦非煤矿山、危险化学品、工贸行业等重点领域开展执法检查。现将有关情况通报如下："),
        H("一、总体情况"),
        P("10月份，全市共检查生产经营单位186家次，发现安全隐患742项，已整改698项，整改率94.1%；立案查处违法行为31起，罚款金额86.5万元。"),
        T([["单位", "检查企业（家次）", "发现隐患（项）", "立案（起）", "罚款（万元）"],
           ["市应急管理局", "42", "188", "9", "31.2"],
           ["大武口区", "51", "203", "8", "20.5"],
           ["惠农区", "47", "196", "7", "18.8"],
           ["平罗县", "46", "155", "7", "16.0"]]),
        H("二、存在的主要问题"),
        P("检查发现，部分企业安全生产主体责任落实不到位，主要负责人履职不力；有限空间作业审批流于形式；部分企业应急预案未按规定开展演练。以下企业问题较为突出："),
        LI(["宁夏泓远冶金有限公司：煤气区域未设置固定式一氧化碳报警仪；",
            "石嘴山市宏泰建材有限公司：有限空间作业未执行“先通风、再检测、后作业”；",
            "平罗县金石化工有限公司：特殊作业票证填写不规范，监护人员未在现场。"],
           fmt='<div class="lst">{items}</div>', item='<p>{t}</p>'),
        H("三、下一步工作要求"),
        P("各县（区）应急管理部门要对本次通报的问题企业逐一跟踪督办，11月30日前将整改情况报市应急管理局执法监察科。要持续保持执法高压态势，对屡查屡犯、拒不整改的企业依法从重处罚，并纳入安全生产失信联合惩戒名单。"),
        SIGN("石嘴山市应急管理局"),
        SIGN("2025年11月18日"),
    ],
)

CSS = """
body{margin:0;background:#f0f0f0;font:14px/1.8 "Microsoft YaHei";color:#333}
a{color:#333;text-decoration:none}
.top{width:1200px;margin:0 auto;height:130px;background:#fff;position:relative;border-bottom:4px solid #e07b00}
.top .nm{position:absolute;left:30px;top:30px;font-size:30px;color:#e07b00;font-weight:bold}
.top .en{position:absolute;left:32px;top:78px;font-size:12px;color:#aaa;letter-spacing:1px}
.top .lk{position:absolute;right:20px;top:10px;font-size:12px}
.nv{width:1200px;margin:0 auto;background:#333}
.nv a{color:#fff;display:inline-block;padding:0 24px;line-height:44px}
.mn{width:1200px;margin:0 auto;background:#fff;padding:20px 0 30px}
.dq{margin:0 40px;color:#666;border-bottom:1px solid #ddd;line-height:36px}
.bt{text-align:center;font-size:22px;font-weight:bold;padding:24px 80px 10px;color:#222}
.xx{text-align:center;color:#999;font-size:12px;padding-bottom:10px;margin:0 40px;border-bottom:1px solid #eee}
.xx span{margin:0 8px}
.nr{margin:20px 80px;font-size:16px;line-height:2}
.nr p{text-indent:2em;margin:0}
.nr p.num{text-align:center;text-indent:0}
.nr h3{font-size:16px;margin:0;text-indent:2em;font-family:黑体}
.nr table{border-collapse:collapse;margin:8px auto;font-size:14px}
.nr td,.nr th{border:1px solid #666;padding:3px 10px;text-align:center}
.fj{margin:10px 80px;font-size:14px}
.dy{margin:0 80px;text-align:right}
.xg{margin:20px 40px;border:1px solid #eee;padding:10px 20px}
.xg dt{font-weight:bold;color:#e07b00}
.bt2{width:1200px;margin:0 auto;background:#e07b00;color:#fff;text-align:center;font-size:12px;padding:14px 0;line-height:24px}
"""


def render(p):
    body = render_body(p["blocks"], {"sign": '<p style="text-align:right;padding-right:2em">{t}</p>'})
    html_body = f"""
<div class="top"><div class="nm">石嘴山市应急管理局</div><div class="en">SHIZUISHAN EMERGENCY MANAGEMENT BUREAU</div>
<div class="lk"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">关怀版</a></div></div>
<div class="nv">{links(["网站首页", "机构概况", "新闻动态", "政务公开", "安全生产", "防灾减灾", "应急救援", "互动交流"])}</div>
<div class="mn">
<div class="dq">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<div class="bt">{esc(p["title"])}</div>
<div class="xx"><span>文号：石应急函〔2025〕112号</span><span>发布时间：{p["publish_time"]}</span><span>信息来源：执法监察科</span><span>阅读次数：417</span><span>字号：<a href="#">T</a> | <a href="#">T</a></span></div>
<div class="nr">
{body}
</div>
<div class="fj">附件：<a href="#">1.2025年10月执法检查隐患清单.xls</a>　<a href="#">2.整改情况报告表.doc</a></div>
<div class="dy"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<dl class="xg"><dt>相关链接</dt>
<dd><a href="#">关于2025年9月全市安全生产执法检查情况的通报</a></dd>
<dd><a href="#">石嘴山市应急管理局2025年度执法检查计划</a></dd></dl>
</div>
<div class="bt2">主办单位：石嘴山市应急管理局　地址：石嘴山市大武口区朝阳西街　值班电话：0952-2019371<br>
宁ICP备14001762号-2　宁公网安备 64020202000127号　网站标识码：6402000023</div>
"""
    return doc("关于2025年10月全市安全生产执法检查情况的通报-石嘴山市应急管理局", CSS, html_body)
