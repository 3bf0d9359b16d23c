# 北京高校新闻网（虚构“北京城建科技大学”），2021 年版：信息栏 发布者/作者（文/学生记者+通讯员）/摄影/审核
from blocks import P, IMG, Q, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-36", "kind": "institution", "lang": "zh",
    "title": "我校学子在第十九届全国大学生结构设计竞赛中获一等奖",
    "authors": ["王一凡", "刘思远"],
    "publish_time": "2025-11-12",
    "body": [
        P("11月8日至10日，第十九届全国大学生结构设计竞赛在杭州举行。我校土木工程学院代表队设计制作的“高原输电塔”模型在加载测试中表现优异，从全国120余所高校的参赛队伍中脱颖而出，获得全国一等奖，这也是我校在该项赛事中取得的历史最好成绩。"),
        P("本届竞赛以“高原复杂环境下的输电塔结构设计”为题，要求参赛队在规定时间内，使用竹皮、竹条和胶水等材料制作输电塔模型，并在模拟强风和覆冰等多种荷载工况下进行测试，综合考察模型的承载能力、质量和设计理念。"),
        IMG("我校代表队在赛场调试模型"),
        P("我校代表队由土木工程学院三名本科生组成，在指导教师孙立新、何静的带领下，从今年4月开始备赛，先后设计了十余种结构方案，完成了60多次加载试验。决赛现场，队员们沉着应对，模型在最高一级荷载下仍保持稳定，赢得了评委的好评。"),
        P("备赛期间，队员们几乎每天都泡在结构实验室里，从材料性能测试、结构方案比选到节点构造优化，每一个环节都反复推敲。为了模拟高原强风环境，指导教师还带领队员利用学校的风洞实验室开展了多轮风荷载试验，不断改进模型的抗风性能。"),
        Q("“每一次模型被压垮，我们都要从头分析原因。正是这一次次的失败，让我们真正理解了课本上的力学原理。”队长、土木工程专业2022级学生韩卓说。"),
        P("近年来，学校坚持以赛促学、以赛促教，依托结构实验中心建立了学科竞赛训练基地，每年组织校级结构设计竞赛，吸引了数百名学生参加，为培养学生的创新实践能力搭建了平台。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#fff;font-family:"Microsoft YaHei",sans-serif;color:#333}
a{color:inherit;text-decoration:none}
.header{background:#003e7e}.header .in{width:1200px;margin:auto;height:110px;display:flex;align-items:center;justify-content:space-between}
.header img{width:420px;height:64px}.header .q a{color:#c9d9ee;font-size:13px;margin-left:14px}
.nav{background:#00305f}.nav .in{width:1200px;margin:auto;display:flex}.nav a{flex:1;text-align:center;color:#fff;line-height:50px;font-size:16px}
.banner{height:160px;background:#dce6f2}
.con{width:1200px;margin:0 auto;display:flex;gap:30px;padding-top:20px}
.lnav{width:240px}.lnav h2{background:#003e7e;color:#fff;margin:0;padding:16px;font-size:20px}.lnav a{display:block;border-bottom:1px solid #e5e5e5;padding:12px 20px}
.lnav a.on{color:#003e7e;font-weight:bold;background:#f0f5fb}
.detail{flex:1}
.loca{border-bottom:1px solid #e5e5e5;line-height:40px;font-size:14px;color:#888}
.detail h1{text-align:center;font-size:26px;line-height:1.5;color:#003e7e;margin:30px 0 14px}
.arti_metas{text-align:center;font-size:13px;color:#888;background:#f7f9fc;line-height:34px;margin-bottom:24px}.arti_metas span{margin:0 10px}
.wp_articlecontent{font-size:16px;line-height:2}.wp_articlecontent p{text-indent:2em;margin:0 0 12px}
.wp_articlecontent .pimg{text-align:center;text-indent:0}.wp_articlecontent .pimg img{width:640px;height:420px;background:#eee}
.wp_articlecontent blockquote{margin:0 0 12px;text-indent:2em}
.pn{border-top:1px solid #e5e5e5;margin-top:30px;padding-top:12px;font-size:14px;line-height:2}
.footer{background:#002a54;color:#9fb4cf;font-size:13px;text-align:center;padding:24px;line-height:2;margin-top:40px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pimg"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "-北京城建科技大学新闻网", CSS, f"""
<div class="header"><div class="in">{img("北京城建科技大学新闻网")}<div class="q"><a href="#">学校主页</a><a href="#">English</a><a href="#">投稿系统</a><a href="#">搜索</a></div></div></div>
<div class="nav"><div class="in">{links(["首页", "城建要闻", "综合新闻", "院部动态", "媒体城建", "校园文化", "城建人物", "图说城建", "视频城建"], '<a href="#">{}</a>', '')}</div></div>
<div class="banner"></div>
<div class="con">
<div class="lnav"><h2>综合新闻</h2>{links(["教学科研", "学生工作", "合作交流", "校园动态"])}<a class="on" href="#">学科竞赛</a></div>
<div class="detail">
<div class="loca">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; <a href="#">学科竞赛</a></div>
<h1>{esc(p["title"])}</h1>
<div class="arti_metas"><span>发布者：党委宣传部</span><span>作者：文/学生记者 王一凡 通讯员 刘思远</span><span>摄影/陈晨</span><span>审核/周敏</span><span>发布时间：{p["publish_time"]}</span><span>浏览次数：1862</span></div>
<div class="wp_articlecontent">
{body}
</div>
<div class="pn">上一条：<a href="#">我校召开2025年本科教学工作会议</a><br>下一条：<a href="#">建筑学院师生作品亮相北京国际设计周</a></div>
</div></div>
<div class="footer">版权所有 &copy; 北京城建科技大学党委宣传部　地址：北京市大兴区兴华大街（三段）36号　邮编：102616<br>
京ICP备05012683号-2　京公网安备 11011502005287号</div>
""")
