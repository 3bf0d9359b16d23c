# 宁夏 · 基层法院网站（2018 court site, 文/ byline right-aligned AFTER the body, 法官提示, info bar with seconds）
from lib import *

PAGE = dict(
    id="wh-39", kind="institution", lang="zh",
    title="“法官，我们想好好过日子了”——一起离婚纠纷案的调解手记",
    authors=["马丽", "李娜"],
    publish_time="2025-11-19 10:02:17",
    features="2018 basic-level court site (宁夏); 法院 emblem alt and 诉讼服务 quick links; info bar 发布时间 "
             "(seconds) | 来源 | 浏览 without an author; headline with a —— subtitle part printed in the same "
             "line (part of the headline, no separate 副题); the byline 文/马　丽　李　娜 is right-aligned AFTER "
             "the body; 法官提示 sub-heading; 分享/打印/关闭; 12368 hotline footer.",
    blocks=[
        P("“法官，谢谢您，我们想好好过日子了。”11月17日，在灵泉县人民法院花马池人民法庭，一对结婚12年的夫妻在调解室里握手言和，妻子撤回了离婚起诉。"),
        P("原告王某与被告马某2013年登记结婚，育有一儿一女。近年来，马某常年在外地打工，夫妻聚少离多，又因家庭开支、照顾老人等问题多次争吵。今年9月，王某以夫妻感情破裂为由向法院起诉离婚。"),
        P("承办法官在阅卷和庭前沟通中发现，双方矛盾主要源于沟通不畅，并无原则性问题，两个孩子也都希望父母不要分开。法官决定“慢下来”，先后3次组织双方单独谈话，并邀请县妇联的心理咨询师参与调解，帮助双方梳理矛盾根源。"),
        P("调解中，马某承认自己对家庭关心不够，表示今后每月固定往家里寄生活费，每周和孩子视频通话；王某也说出了多年来独自照顾老人孩子的委屈。说到动情处，夫妻二人都红了眼眶。最终，王某主动申请撤诉。"),
        H("法官提示"),
        P("婚姻需要双方共同经营。夫妻之间遇到矛盾，应当多沟通、多理解、多包容，不要轻易把“离婚”挂在嘴边。对于确有困难的家庭，法院将继续联合妇联、社区等力量，做好婚姻家庭纠纷的诉前调解和心理疏导工作。"),
        NB("文/马　丽　李　娜", fmt='<p class="wen">{t}</p>'),
    ],
)

CSS = """
body{margin:0;background:#f3efe8;font:14px/1.8 "Microsoft YaHei";color:#333}
a{color:#333;text-decoration:none}
.top{background:#9e1b1b;color:#fff}
.top .in{width:1100px;margin:0 auto;height:110px;display:flex;align-items:center;gap:16px}
.top .nm{font-size:32px;font-weight:bold;letter-spacing:3px}
.top .ql{margin-left:auto;font-size:13px}
.top .ql a{color:#fff;border:1px solid rgba(255,255,255,.5);padding:2px 8px;margin-left:6px}
.nav{background:#fff;border-bottom:2px solid #9e1b1b}
.nav .in{width:1100px;margin:0 auto}
.nav a{display:inline-block;padding:0 22px;line-height:46px;font-size:16px}
.box{width:1100px;margin:16px auto;background:#fff;padding:24px 60px;box-sizing:border-box}
.box .wz{font-size:13px;color:#999}
.box h1{text-align:center;font-size:24px;color:#9e1b1b;margin:24px 0 10px;line-height:1.5}
.box .info{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.box .con{font-size:16px;line-height:2;padding:16px 0}
.box .con p{text-indent:2em;margin:0 0 12px}
.box .con h3{font-size:16px;color:#9e1b1b;margin:0 0 8px;text-indent:2em}
.box .con p.wen{text-align:right;text-indent:0;color:#555}
.box .tool{text-align:right;font-size:13px;color:#888}
.ft{background:#5a0f0f;color:#e5caca;text-align:center;font-size:13px;line-height:26px;padding:18px 0}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="top"><div class="in">{img("法院院徽", 70, 70)}<span class="nm">灵泉县人民法院</span>
<span class="ql"><a href="#">诉讼服务</a><a href="#">网上立案</a><a href="#">裁判文书</a><a href="#">执行信息</a></span></div></div>
<div class="nav"><div class="in">{links(["首页", "法院概况", "法院新闻", "审判动态", "案例说法", "诉讼指南", "队伍建设", "院务公开"])}</div></div>
<div class="box">
<div class="wz">当前位置：<a href="#">首页</a> &gt; <a href="#">案例说法</a></div>
<h1>{esc(p["title"])}</h1>
<div class="info">发布时间：{p["publish_time"]} | 来源：花马池人民法庭 | 浏览：318</div>
<div class="con">
{body}
</div>
<div class="tool">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div class="ft">灵泉县人民法院 版权所有　地址：灵泉县新区法苑路2号　邮编：751500<br>诉讼服务热线：12368　宁ICP备16000482号-1</div>
"""
    return doc("“法官，我们想好好过日子了”——一起离婚纠纷案的调解手记-灵泉县人民法院", CSS, html_body)
