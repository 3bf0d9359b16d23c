# 合肥市包河区人民政府 -- 部门信息公开 (区发改委) 通知, with the 信息公开 metadata table
from lib import *

META = dict(
    id="xw-03", kind="government", lang="zh",
    title="关于组织申报2025年度区级服务业发展引导资金项目的通知",
    authors=[],
    publish_time="2025-04-23 09:18",
)

BODY = [
    X('<p class="bh-docno">包发改〔2025〕31号</p>'),
    P("各街道（大圩镇）、各有关单位：", fmt='<p class="bh-to">{}</p>'),
    P("为贯彻落实《包河区促进现代服务业高质量发展若干政策》，加快培育服务业新业态、新模式，现就组织申报2025年度区级服务业发展引导资金项目有关事项通知如下："),
    H("一、申报范围"),
    P("在本区注册登记、依法纳税、具有独立法人资格的服务业企业，重点支持现代物流、科技服务、商务服务、检验检测、数字内容等领域的项目。"),
    H("二、申报条件"),
    LI([
        "（一）申报单位近三年无重大违法违规记录，未被列入严重失信主体名单；",
        "（二）项目已于2024年1月1日以后开工建设或投入运营，且完成投资不低于300万元；",
        "（三）同一项目已获得其他区级财政资金支持的，不得重复申报。",
    ], wrap='<div class="bh-list">{}</div>', li="<p>{}</p>"),
    H("三、申报材料"),
    P("申报单位须提交项目申报书、营业执照复印件、项目投资凭证及财务审计报告等材料，一式三份，并同步报送电子版。申报单位对材料的真实性负责。"),
    H("四、时间安排"),
    P("申报截止时间为2025年5月20日。请各街道（大圩镇）做好辖区企业的宣传动员和初审工作，于5月23日前将推荐汇总表报送区发展改革委服务业科。逾期不予受理。"),
    P("联系人：王晨阳，电话：0551-63357284。"),
    P("包河区发展和改革委员会", fmt='<p class="bh-sign">{}</p>'),
    P("2025年4月22日", fmt='<p class="bh-sign">{}</p>'),
]

STYLE = dict(p='<p class="bh-p">{}</p>', h='<p class="bh-p bh-h">{}</p>')

CSS = """
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.bh-header{height:130px;background:#d9e8f7}
.bh-header .inner{width:1180px;margin:0 auto;padding-top:20px}
.bh-tools{float:right;font-size:13px}
.bh-tools a{margin-left:12px;color:#124a88}
.bh-menu{background:#124a88;text-align:center}
.bh-menu a{display:inline-block;color:#fff;padding:0 26px;line-height:48px}
.bh-main{width:1180px;margin:0 auto}
.bh-pos{line-height:44px;font-size:14px;border-bottom:2px solid #124a88}
.bh-meta{width:100%;border:1px solid #cfdbe8;margin:18px 0;font-size:14px}
.bh-meta td{border:1px solid #cfdbe8;padding:6px 10px}
.bh-meta .k{background:#eef4fa;width:110px}
.bh-title{font-size:26px;text-align:center;margin:24px 0 10px}
.bh-sub{text-align:center;color:#777;font-size:14px}
.bh-docno{text-align:center;font-family:仿宋}
.bh-to{font-family:仿宋;font-size:18px}
.bh-p{font-family:仿宋;font-size:18px;text-indent:2em;line-height:1.9}
.bh-h{font-family:黑体}
.bh-list p{font-family:仿宋;font-size:18px;text-indent:2em}
.bh-sign{text-align:right;font-family:仿宋;font-size:18px;padding-right:3em}
.bh-attach{border-top:1px solid #ddd;margin-top:20px;font-size:14px}
.bh-footer{background:#0f3b6d;color:#c8d8ea;font-size:13px;text-align:center;padding:20px 0;margin-top:40px}
"""


def page(body):
    m = META
    return f"""
<div class="bh-header"><div class="inner">
<div class="bh-tools"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">简</a>/<a href="#">繁</a><a href="#">个人登录</a><a href="#">法人登录</a></div>
{img("合肥市包河区人民政府 www.baohe.gov.cn", 520, 70)}
</div></div>
<div class="bh-menu"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">魅力包河</a></div>
<div class="bh-main">
<div class="bh-pos">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">部门信息公开</a> &gt; <a href="#">区发展改革委</a> &gt; <a href="#">通知公告</a></div>
<table class="bh-meta" cellspacing="0">
<tr><td class="k">索引号：</td><td>11340111MB1D9876XA/202504-00012</td><td class="k">信息分类：</td><td>通知公告</td></tr>
<tr><td class="k">发布机构：</td><td>包河区发展和改革委员会</td><td class="k">生成日期：</td><td>2025-04-22</td></tr>
<tr><td class="k">文　　号：</td><td>包发改〔2025〕31号</td><td class="k">有 效 性：</td><td>有效</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">{m['title']}</td></tr>
</table>
<div class="bh-title">{m['title']}</div>
<div class="bh-sub">发布时间：{m['publish_time']}　　阅读次数：517　　字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="bh-body">
{body}
</div>
<div class="bh-attach">
<p>附件下载：</p>
<p><a href="#">1. 2025年度区级服务业发展引导资金项目申报书.docx</a></p>
<p><a href="#">2. 项目推荐汇总表.xlsx</a></p>
</div>
<p style="text-align:right;font-size:13px"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
<div style="font-size:14px"><b>相关链接：</b><a href="#">关于2024年度区级服务业发展引导资金拟支持项目的公示</a></div>
</div>
<div class="bh-footer">
<p>主办单位：合肥市包河区人民政府办公室　　承办单位：包河区数据资源局</p>
<p>皖ICP备06001583号-1　　皖公网安备 34011102000461号　　网站标识码：3401110019</p>
<p>{img("政府网站找错", 100, 50)}　{img("党政机关", 50, 60)}　{img("适老化无障碍服务", 100, 50)}</p>
</div>
"""
