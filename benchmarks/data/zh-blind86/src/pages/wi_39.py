from lib import links, lis, GIF

PAGE = dict(
    id="wi-39", kind="institution", lang="zh",
    region="黑龙江 牡丹江", site="东宁市人民法院网（基层法院网站·法院动态）",
    title="法官踏雪进村 巡回审判调解木耳大棚承包纠纷",
    authors=["于海鹏", "张雪"],
    publish_time="2025-11-20 10:22:51",
    head_title="法官踏雪进村 巡回审判调解木耳大棚承包纠纷_东宁市人民法院",
    features="基层法院网站：国徽 alt、“诉讼服务/审判流程公开/裁判文书/执行信息”入口；信息栏在标题下分两行（“作者：于海鹏 张雪”一行，"
             "“发布时间：…（带秒）　来源：东宁市人民法院　浏览：”一行）；正文以引语开头，含调解结果数字；"
             "“【打印】【关闭】”、相关新闻、页脚含 12368 诉讼服务热线。",
)

BLOCKS = [
    ("p", "“没想到法官能到村里来，这么多年的疙瘩总算解开了。”11月18日，在东宁市绥阳镇一个村的村委会会议室里，当事人老李握着法官的手说。"),
    ("p", "原来，老李与同村的刘某于2019年签订协议，约定将自家的12栋木耳大棚承包给刘某经营，承包期八年，承包费每年2.4万元。后因木耳价格波动，刘某从2023年起拖欠承包费，双方多次协商未果，老李将刘某诉至法院，要求解除合同并支付欠款。"),
    ("p", "考虑到双方系同村村民，且正值冬季农闲，东宁市人民法院绥阳人民法庭决定将案件放到村里巡回审理，并邀请村干部、人民调解员和部分村民代表旁听。"),
    ("img", "巡回审判现场", None),
    ("p", "庭审中，承办法官围绕合同履行情况、欠款数额等争议焦点逐一核实，并结合近年木耳市场行情释法明理。在法官和调解员的耐心调解下，双方最终达成调解协议：合同继续履行，刘某于今年年底前一次性付清欠付承包费4.8万元，次年起承包费调整为每年2.2万元。"),
    ("p", "庭审结束后，法官还结合案件向旁听群众讲解了农村土地承包、农业生产合同签订等方面的法律知识，提醒村民签订合同时要约定明确、保留证据，遇到纠纷依法理性解决。"),
    ("p", "今年以来，东宁市人民法院坚持和发展新时代“枫桥经验”，深入田间地头、林场村屯开展巡回审判42次，就地化解涉农纠纷130余件，让司法服务更加贴近群众。"),
]

FMT = {
    "p": '<p style="text-indent:2em;margin:0 0 10px">{t}</p>',
    "img": '<p style="text-align:center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="560" height="370"></p>',
}

CSS = """
body{margin:0;background:#f6f1e7;font-family:"Microsoft YaHei";color:#333}
.fy-head{background:#9d0a0e;height:120px}
.fy-head .in{width:1100px;margin:0 auto;display:flex;align-items:center;height:120px;color:#fff}
.fy-head .nm{font-size:34px;font-weight:bold;letter-spacing:4px;margin-left:14px}
.fy-nav{background:#7d0609}.fy-nav .in{width:1100px;margin:0 auto}
.fy-nav a{color:#ffe9b0;display:inline-block;padding:0 20px;line-height:44px;font-size:16px}
.svc{width:1100px;margin:14px auto;display:flex;gap:10px}
.svc a{flex:1;background:#fff;border:1px solid #e4d6bd;text-align:center;padding:12px;color:#9d0a0e}
.fy-main{width:1100px;margin:0 auto;background:#fff;padding:26px 80px;box-sizing:border-box}
.fy-main .lm{font-size:13px;color:#999;border-bottom:2px solid #9d0a0e;padding-bottom:6px}
.fy-main h2{font-size:25px;text-align:center;margin:26px 0 8px;color:#9d0a0e}
.fy-main .zz,.fy-main .sj{text-align:center;font-size:13px;color:#888;margin:2px 0}
.fy-main .sj{border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:20px}
.fy-txt{font-size:16px;line-height:2}
.fy-btn{text-align:right;font-size:14px}
.fy-xg{margin-top:20px;border-top:1px dashed #ddd;padding-top:10px}
.fy-xg li{line-height:2;font-size:14px}
.fy-foot{text-align:center;font-size:13px;color:#7a6a55;line-height:2;padding:24px}
"""


def render(P, body):
    return f"""
<div class="fy-head"><div class="in"><img src="{GIF}" alt="国徽" width="80" height="80"><span class="nm">东宁市人民法院</span></div></div>
<div class="fy-nav"><div class="in">{links(["首页", "法院概况", "法院动态", "审判执行", "法治宣传", "队伍建设", "诉讼服务"], sep="")}</div></div>
<div class="svc">{links(["诉讼服务", "审判流程公开", "裁判文书公开", "执行信息公开", "网上立案", "12368热线"], sep="")}</div>
<div class="fy-main">
<div class="lm">当前位置：首页 &gt; 法院动态 &gt; 工作动态</div>
<h2>{P['title']}</h2>
<p class="zz">作者：于海鹏 张雪</p>
<p class="sj">发布时间：{P['publish_time']}　来源：东宁市人民法院　浏览：</p>
<div class="fy-txt">
{body}
</div>
<div class="fy-btn"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="fy-xg"><b>相关新闻</b><ul>{lis(["我院开展“法润边城”普法宣传进口岸活动", "三岔口人民法庭召开涉农案件审判工作座谈会", "东宁法院2025年前三季度审判执行工作情况通报"])}</ul></div>
</div>
<div class="fy-foot">东宁市人民法院 版权所有　地址：东宁市东宁镇迎宾路36号　诉讼服务热线：12368<br>黑ICP备17002419号-1　黑公网安备 23102402000031号</div>
"""
