"""xl-31 … xl-35: newspaper e-paper (电子版/数字报)."""
from kit import Page, P, H, Q, LI, BRS, TBL, G, X, FIG, doc, esc, links, ul, GIF
from furniture import (searchbox, nav, crumb, qr, related, prevnext)

NL = "\n"


def banmian(pages, cur, fmt="第{n}版：{name}"):
    out = []
    for n, name in pages:
        t = fmt.format(n=n, name=name)
        out.append(f'<li class="{"on" if n == cur else ""}"><a href="#">{t}</a></li>')
    return "<ul>" + "".join(out) + "</ul>"


# ------------------------------------------------------------------ xl-31
CSS_31 = """
body{margin:0;background:#e8e4da;font-family:"Microsoft YaHei",SimSun;color:#222}
.ep-head{background:#8b0000;color:#fff;height:80px;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 600px)}
.ep-head .nm{font-size:34px;font-family:"STXingkai",KaiTi}
.ep-head .d{font-size:14px}.ep-head a{color:#fff;margin-left:10px}
.ep-body{width:1200px;margin:12px auto;display:flex;gap:14px}
.ep-left{width:470px;background:#fff;padding:10px}
.ep-left .pageimg{height:640px;background:#f4f1ea;border:1px solid #ccc;display:flex;align-items:center;justify-content:center}
.ep-left .pn{display:flex;justify-content:space-between;font-size:14px;margin:8px 0}
.ep-left .bm ul{list-style:none;padding:0;margin:0;columns:2}.ep-left .bm li{font-size:13px;line-height:1.9}.ep-left .bm li.on a{color:#8b0000;font-weight:bold}
.ep-right{flex:1;background:#fff;padding:20px 34px}
.ep-right .yt{font-size:17px;text-align:center;color:#333;margin:0}
.ep-right h1{font-size:30px;text-align:center;color:#000;margin:8px 0}
.ep-right .ft{font-size:18px;text-align:center;color:#444;margin:0 0 16px}
.ep-right .au{text-align:center;font-size:14px;color:#555}
.ep-right .content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 6px}
.ep-right .bbt h3{font-size:15px;background:#f4f1ea;padding:4px 10px}.ep-right .bbt li{font-size:14px;line-height:1.9}
.ep-foot{text-align:center;font-size:12px;color:#555;line-height:2;padding:16px}
"""


def tpl_31(p):
    body = p.body_html()
    bm = banmian([("01", "要闻"), ("02", "要闻"), ("03", "城事"), ("04", "城事"), ("05", "区域"), ("06", "经济"), ("07", "理论"), ("08", "广告")], "03")
    return doc(p.title + "--江城日报数字报", CSS_31, f"""
<div class="ep-head"><span class="nm">江城日报</span><span class="d">2024年06月18日 星期二　<a href="#">往期回顾</a><a href="#">PDF下载</a><a href="#">返回首页</a>　<input type="date" value="2024-06-18"></span></div>
<div class="ep-body"><div class="ep-left">
<div class="pn"><span>第03版：城事</span><span><a href="#">上一版</a>　<a href="#">下一版</a></span></div>
<div class="pageimg"><img alt="第03版版面图"></div>
<div class="bm"><p>版面导航</p>{bm}</div>
</div>
<div class="ep-right">
<p class="yt">守护一江碧水</p>
<h1>{p.title}</h1>
<p class="ft">监测到鱼类种数增加11种，江豚出现频次提高</p>
<p class="au">本报记者 李&nbsp;&nbsp;娜　通讯员 汪&nbsp;洋</p>
<div class="content">
{body}
</div>
<div class="bbt"><h3>本版标题</h3><ul>
<li><a href="#">汉江武汉段禁捕三年鱼类资源明显恢复</a></li>
<li><a href="#">“过去是打鱼人，现在是护鱼人”</a></li>
<li><a href="#">江滩公园新增5处亲水平台</a></li>
<li><a href="#">市民夜游长江 轮渡加开夜班</a></li>
<li><a href="#">图片新闻</a></li></ul></div>
{prevnext('江滩公园新增5处亲水平台', '“过去是打鱼人，现在是护鱼人”')}
</div></div>
<div class="ep-foot">江城日报社版权所有　未经书面授权，不得转载、摘编或建立镜像<br>鄂ICP备09012776号　地址：武汉市江汉区建设大道1号　邮编：430015</div>
""")


P31 = Page(
    "xl-31", "e-paper", "江城日报数字报（湖北城市党报电子版）",
    "汉江武汉段禁捕三年鱼类资源明显恢复", ["李娜", "汪洋"], "2024年06月18日 星期二",
    [
        P("本报讯 6月17日，记者从市农业农村局获悉，汉江武汉段实施全面禁捕三年来，水生生物资源恢复明显。最新监测显示，汉江武汉段鱼类种数由禁捕前的42种增加到53种，鱼类资源量增长约1.6倍。"),
        P("监测人员介绍，“四大家鱼”等经济鱼类的个体明显变大，一些多年难觅踪影的鱼类重新出现在调查样本中。在汉江与长江交汇处，长江江豚出现的频次也有所提高，今年以来已有市民多次拍到江豚逐浪的画面。"),
        P("禁捕成效的取得，离不开常态化执法监管。三年来，武汉市渔政、公安、市场监管等部门开展联合执法行动300余次，查处非法捕捞案件160余起。全市还组建了一支120人的护渔员队伍，配备无人机、夜视仪等设备，实现重点水域巡查全覆盖。"),
        P("与此同时，退捕渔民的安置保障工作持续推进。全市1100余名退捕渔民中，有就业意愿的已全部实现转产就业，其中不少人当上了护渔员。"),
        P("“过去是打鱼人，现在是护鱼人。”当了二十多年渔民的护渔员张国华说，看到江里的鱼一年比一年多，心里特别踏实。"),
    ],
    tpl_31,
    features="城市党报数字报；引题/主题/副题三行（标题只取主题）；署名行“本报记者 李  娜 通讯员 汪 洋”（空格名）；报头日期带星期作为发布时间；版面图alt、版面导航8个版次、上一版/下一版；本版标题列表含本篇主题。",
)


# ------------------------------------------------------------------ xl-32
CSS_32 = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
td{font-size:12px}
.bt{font-size:24px;font-weight:bold;font-family:黑体;color:#000;line-height:36px}
.yt{font-size:14px;color:#333}
.zw{font-size:14px;line-height:24px}
.bmdh a{line-height:22px}
.hui{background:#efefef}
"""


def tpl_32(p):
    body = p.body_html()
    bmdh = "<br>".join(f'<a href="#">第{n}版：{t}</a>' for n, t in [("A01", "头版"), ("A02", "要闻"), ("A03", "皖江经济"), ("A04", "芜湖新闻"), ("A05", "产经"), ("A06", "消费"), ("A07", "文体"), ("A08", "广告")])
    return doc(p.title, CSS_32, f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70" bgcolor="#00457c" colspan="3"><font color="#ffffff" size="6"><b>江淮商报</b></font>　<font color="#ffffff">电子版</font></td></tr>
<tr class="hui"><td height="28" colspan="3">　2016年01月06日 星期三　　<a href="#">返回主页</a> | <a href="#">版面导航</a> | <a href="#">标题导航</a> | <a href="#">往期回顾</a>　　　<a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a></td></tr>
<tr><td width="200" valign="top" class="bmdh">
<table width="100%"><tr><td bgcolor="#dde7f0"><b>版面导航</b></td></tr><tr><td>{bmdh}</td></tr>
<tr><td><a href="#">&lt;&lt;上一版</a>　<a href="#">下一版&gt;&gt;</a></td></tr>
<tr><td><img alt="A03版缩略图"></td></tr></table></td>
<td width="10"></td>
<td valign="top">
<table width="100%" cellpadding="4">
<tr><td align="center" class="bt">{p.title}</td></tr>
<tr><td align="center" class="yt">——开发区46家企业去年实施“机器换人”</td></tr>
<tr><td align="center">□记者 程浩 文/图</td></tr>
<tr><td class="zw">
{body}
</td></tr>
<tr><td><hr size="1"><a href="#">上一篇</a>　<a href="#">下一篇</a>　　<a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></td></tr>
<tr><td bgcolor="#dde7f0"><b>本版新闻</b></td></tr>
<tr><td>· <a href="#">芜湖：“智能工厂”里的新年第一单</a><br>· <a href="#">皖江城市带承接产业转移示范区建设提速</a><br>· <a href="#">芜马合作共建产业园</a><br>· <a href="#">新年首批外贸订单集中发运</a></td></tr>
</table></td></tr>
<tr><td colspan="3" align="center" class="hui" height="60">江淮商报社主办　版权所有　Copyright © 2016 All Rights Reserved<br>皖ICP备08101536号　技术支持：方正电子</td></tr>
</table>
""")


P32 = Page(
    "xl-32", "e-paper", "江淮商报电子版（安徽，2016年表格布局）",
    "芜湖：“智能工厂”里的新年第一单", ["程浩"], "2016年01月06日 星期三",
    [
        FIG("生产车间", "机器人正在焊接车身零部件。", fmt='<p align="center"><img alt="{alt}"><br>{cap}</p>', capfmt="{}"),
        P("　　新年伊始，位于芜湖经济技术开发区的一家汽车零部件企业就迎来“开门红”：一笔价值3200万元的海外订单顺利签约，首批产品将于本月底发往东南亚。", "<p>{}</p>"),
        P("　　记者走进该企业的生产车间看到，20多台焊接机器人正在有序作业，自动导引小车穿梭往来，将零部件送到指定工位。“去年我们完成了智能化改造，生产效率提高了35%，产品不良率下降了一半。”企业生产部负责人告诉记者，正是凭着稳定的品质和交付能力，企业赢得了海外客户的信任。", "<p>{}</p>"),
        P("　　据了解，2015年，芜湖经开区共有46家企业实施“机器换人”，新增工业机器人800余台。今年，开发区将继续加大技术改造扶持力度，计划推动60家以上企业开展智能化改造。", "<p>{}</p>"),
        P("　　“过去拼的是人工和价格，现在拼的是技术和效率。”开发区经济发展局负责人表示，智能制造正在成为企业开拓市场的新底气。", "<p>{}</p>"),
    ],
    tpl_32,
    features="2016年表格布局电子版（方正风格）；主题＋破折号副题；“□记者 程浩 文/图”；段首全角空格缩进；报头日期带星期；放大/缩小/默认；版面导航A01–A08；本版新闻列表含本篇标题。",
)


# ------------------------------------------------------------------ xl-33
CSS_33 = """
body{margin:0;background:#f3efe6;font-family:"Source Han Serif SC","Songti SC",serif;color:#2b2b2b}
.paper-top{background:#fff;border-bottom:3px solid #1f6f43;display:flex;justify-content:space-between;align-items:center;padding:10px calc(50% - 590px)}
.paper-top .nm{font-size:32px;color:#1f6f43;font-weight:bold}
.paper-top .issue{font-size:14px;color:#555}
.paper-top .issue select{margin-left:8px}
.layout{width:1180px;margin:16px auto;display:grid;grid-template-columns:260px 1fr 260px;gap:16px}
.panel{background:#fff;padding:14px}
.panel h4{margin:0 0 8px;font-size:15px;color:#1f6f43;border-bottom:1px solid #e3e3e3}
.panel li{font-size:13px;line-height:1.9}.panel li.on a{color:#c00}
.article{background:#fff;padding:26px 36px}
.article .intro-title{text-align:center;font-size:16px;color:#1f6f43}
.article h1{text-align:center;font-size:30px;margin:6px 0}
.article .sub-title{text-align:center;font-size:17px;color:#444}
.article .by{text-align:left;font-size:14px;color:#666;margin:16px 0}
.article p{font-size:16.5px;line-height:2;text-indent:2em;margin:0 0 8px}
.pic{text-align:center}.pic-cap{text-indent:0!important;font-size:14px!important;color:#666;font-family:KaiTi}
.article .tools{font-size:13px;color:#888;border-top:1px solid #eee;padding-top:8px}
.foot{text-align:center;font-size:12px;color:#777;padding:16px;line-height:2}
"""


def tpl_33(p):
    body = p.body_html()
    bm = banmian([("A01", "要闻"), ("A02", "要闻"), ("A03", "时政"), ("A04", "综合"), ("A05", "赣南新闻"), ("A06", "区县"), ("A07", "民生"), ("A08", "副刊")], "A05", fmt="{n}版：{name}")
    return doc(p.title + " - 章贡晨报数字报", CSS_33, f"""
<div class="paper-top"><span class="nm">章贡晨报</span><span class="issue">2025年04月11日　第6218期　<select><option>选择日期</option></select>　<a href="#">PDF版</a>　<a href="#">返回目录</a></span></div>
<div class="layout">
<div class="panel"><h4>版面导航</h4>{bm}<p><img alt="A05版面缩略图"></p><p><a href="#">上一版</a>｜<a href="#">下一版</a></p></div>
<div class="article">
<p class="intro-title">脐橙花开 蜂农忙</p>
<h1>{p.title}</h1>
<p class="sub-title">今年全市预计产脐橙花蜜800吨</p>
<p class="by">■ 全媒体记者 钟雪　通讯员 谢文华　文/图</p>
{body}
<div class="tools">2025-04-11　<a href="#">分享</a>　<a href="#">打印</a>　<a href="#">返回顶部</a></div>
{prevnext('赣南脐橙春管正当时', '“橙蜂共生”让果农蜂农双增收')}
</div>
<div class="panel"><h4>本版标题</h4><ul><li><a href="#">赣南脐橙花期迎来“蜜”季</a></li><li><a href="#">“橙蜂共生”让果农蜂农双增收</a></li><li><a href="#">赣南脐橙春管正当时</a></li><li><a href="#">于都：油茶林下套种中药材</a></li></ul>
<h4>往期精选</h4><ul><li><a href="#">脐橙花开季 赏花正当时</a></li><li><a href="#">蜂农追花逐蜜记</a></li></ul>
{qr('扫码下载“掌上章贡”客户端', '客户端二维码')}</div>
</div>
<div class="foot">章贡晨报社 主办　版权所有 未经授权禁止转载　赣ICP备12000781号-2<br>新闻热线：0797-8188001　广告热线：0797-8188002</div>
""")


P33 = Page(
    "xl-33", "e-paper", "章贡晨报数字报（江西城市晨报，2025版）",
    "赣南脐橙花期迎来“蜜”季", ["钟雪", "谢文华"], "2025-04-11",
    [
        P("四月的赣南，漫山遍野的脐橙花竞相开放，空气中弥漫着清甜的花香。在信丰县一处脐橙果园旁，蜂农刘长春正在查看蜂箱，成群的蜜蜂在花丛间忙碌穿梭。"),
        FIG("蜂农查看蜂箱", "4月9日，蜂农在脐橙果园旁查看蜂箱。"),
        P("“脐橙花期只有二十来天，这段时间是一年中最忙的时候。”刘长春说，他今年带来了200多箱蜜蜂，如果天气好，能摇出脐橙花蜜3吨多。"),
        P("脐橙花蜜色泽浅黄、口感清香，是赣南的特色蜂蜜品种，近年来市场价格稳中有升。据统计，全市现有蜂农4000余户、蜂群约25万群，今年预计可产脐橙花蜜800吨。"),
        P("蜜蜂授粉也给果农带来了实实在在的好处。果农谢大伯算了一笔账：有蜜蜂授粉的果园，脐橙坐果率能提高10%以上，果形也更周正。“蜂农赚了蜂蜜钱，我们多收了果子，两家都受益。”"),
        P("为推动“橙蜂共生”，当地农业部门引导果农科学用药，在花期避免喷施农药，并为蜂农提供场地协调、技术培训等服务。"),
    ],
    tpl_33,
    features="2025年数字报三栏布局；引题/主题/副题；“■ 全媒体记者 钟雪　通讯员 谢文华　文/图”；报头日期与期号、文末工具栏日期（发布时间取文末“2025-04-11”）；图注；本版标题、往期精选重复标题词。",
)


# ------------------------------------------------------------------ xl-34
CSS_34 = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#222}
.hd{border-bottom:1px solid #ccc;padding:12px calc(50% - 560px);display:flex;justify-content:space-between;align-items:flex-end}
.hd .nm{font-size:36px;font-weight:900;color:#d40000}.hd .dt{font-size:14px}
.bar{background:#d40000;color:#fff;padding:0 calc(50% - 560px);line-height:36px;font-size:14px}.bar a{color:#fff;margin-right:14px}
.main{width:1120px;margin:14px auto;display:flex;gap:20px}
.left{width:300px}.left .img{height:420px;border:1px solid #ddd;display:flex;align-items:center;justify-content:center}
.left ul{padding-left:18px}.left li{font-size:13px;line-height:1.9}
.right{flex:1}
.right h1{font-size:28px;margin:10px 0 4px;text-align:center}
.right h2{font-size:17px;font-weight:normal;text-align:center;color:#555;margin:0 0 14px}
.right .content p{font-size:16px;line-height:1.95;text-indent:2em;margin:0 0 8px}
.right .content table{border-collapse:collapse;margin:6px auto 14px}.right .content td,.right .content th{border:1px solid #888;padding:3px 10px;font-size:14px}
.right .content .tt{text-align:center;text-indent:0;font-weight:bold}
.list h3{font-size:15px;border-bottom:1px solid #d40000}
.foot{text-align:center;font-size:12px;color:#888;border-top:1px solid #ddd;padding:14px;line-height:2}
"""


def tpl_34(p):
    body = p.body_html()
    return doc(p.title + "-山城晚报", CSS_34, f"""
<div class="hd"><span class="nm">山城晚报</span><span class="dt">2024年03月06日　星期三　农历甲辰年正月廿六</span></div>
<div class="bar"><a href="#">首页</a><a href="#">版面导航</a><a href="#">标题导航</a><a href="#">往期</a><a href="#">检索</a>当前版：<b>第06版：城市</b></div>
<div class="main">
<div class="left"><div class="img"><img alt="第06版：城市"></div>
<p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF</a></p>
<ul>{''.join(f'<li><a href="#">第{n:02d}版：{t}</a></li>' for n, t in enumerate(['要闻','要闻','重庆','重庆','区县','城市','民生','健康','文体','广告'], 1))}</ul></div>
<div class="right">
<h1>{p.title}</h1>
<h2>本周六起开通，票价2元，可享受轨道换乘优惠</h2>
<div class="content">
{body}
</div>
<div class="list"><h3>本版新闻</h3><ul><li><a href="#">中心城区新增5条轨道交通接驳公交线</a></li><li><a href="#">轨道换乘优惠怎么享？一文看懂</a></li><li><a href="#">主城公交线网今年持续优化</a></li><li><a href="#">两江新区新增公共停车位3000个</a></li></ul></div>
{prevnext('两江新区新增公共停车位3000个', '轨道换乘优惠怎么享？一文看懂', lp='上一篇：', ln='下一篇：')}
</div></div>
<div class="foot">山城晚报社出版　渝ICP备05001996号　本报地址：重庆市渝北区银杉路36号　订阅热线：023-63900123<br>本网站所刊登的山城晚报各种新闻、信息和各种专题专栏资料，均为山城晚报版权所有，未经协议授权，禁止下载使用。</div>
""")


P34 = Page(
    "xl-34", "e-paper", "山城晚报电子版（重庆晚报）",
    "中心城区新增5条轨道交通接驳公交线", ["彭飞"], "2024年03月06日 星期三",
    [
        P("记者昨日从市交通运输委获悉，为方便市民轨道交通出行，中心城区将于本周六（3月9日）起新开5条轨道交通接驳公交线路，票价均为2元，乘客在规定时间内换乘轨道交通可享受优惠。"),
        P("此次新开的线路主要服务于轨道站点周边的大型居住区和产业园区，解决市民出行“最后一公里”问题。具体线路如下："),
        TBL([["线路", "起讫点", "首末班时间", "发车间隔"],
             ["接驳101", "礼嘉站—礼嘉智慧公园", "6:30—21:30", "10分钟"],
             ["接驳102", "大学城站—科学城北", "6:30—22:00", "12分钟"],
             ["接驳103", "鱼洞站—巴南工业园", "6:00—21:00", "15分钟"],
             ["接驳104", "悦来站—会展中心北", "7:00—21:00", "15分钟"],
             ["接驳105", "茶园站—茶园新城", "6:30—21:30", "10分钟"]], attrs=""),
        P("换乘优惠方面，乘客使用同一张交通卡或乘车码，在90分钟内由接驳公交换乘轨道交通，或由轨道交通换乘接驳公交，可享受1元的换乘优惠。"),
        P("市交通运输委相关负责人介绍，今年中心城区还将根据轨道交通新线开通情况，陆续优化调整公交线路40条以上，进一步提升公交与轨道的衔接水平。（本报记者 彭飞）"),
    ],
    tpl_34,
    features="晚报电子版；主题＋h2副题；无署名行，记者在末段括号内（留在正文，作者彭飞）；线路表格（表头行入正文）；报头日期旁有星期与农历（发布时间取日期和星期，不含农历）；版面列表10个版次；本版新闻重复标题。",
)


# ------------------------------------------------------------------ xl-35
CSS_35 = """
body{margin:0;background:#dfe3e8;font-family:SimSun,"Microsoft YaHei";color:#111}
.top{width:1100px;margin:0 auto;background:#13335c;color:#fff;display:flex;justify-content:space-between;align-items:center;height:76px;padding:0 20px;box-sizing:border-box}
.top .nm{font-size:30px;font-weight:bold}.top a{color:#fff}
.wrap{width:1100px;margin:0 auto;background:#fff;display:flex}
.col1{width:230px;border-right:1px solid #ddd;padding:10px}
.col1 dl dt{font-weight:bold;color:#13335c;margin-top:10px}.col1 dd{margin:0;font-size:13px;line-height:1.9}
.col2{flex:1;padding:24px 40px}
.col2 .yinti{text-align:center;font-size:16px;color:#444}
.col2 h1{text-align:center;font-size:32px;line-height:1.35;font-family:"黑体";margin:8px 0 16px}
.col2 .zz{text-align:center;font-size:14px;color:#555;margin-bottom:16px}
.col2 .wz p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 8px}
.col2 .ctl{font-size:13px;color:#888;margin-top:20px}
.foot{width:1100px;margin:0 auto;background:#13335c;color:#c6d2e0;text-align:center;font-size:12px;line-height:2;padding:12px 0}
"""


def tpl_35(p):
    body = p.body_html()
    return doc(p.title + "|荆楚法治报", CSS_35, f"""
<div class="top"><span class="nm">荆楚法治报</span><span>2024年12月20日　星期五　<a href="#">往期查询</a>　<a href="#">版面PDF</a></span></div>
<div class="wrap"><div class="col1">
<dl><dt>版面导航</dt>{''.join(f'<dd><a href="#">第{n}版 {t}</a></dd>' for n, t in [('01','要闻'),('02','综合'),('03','政法动态'),('04','法院'),('05','检察'),('06','公安'),('07','法治视点'),('08','以案说法')])}
<dt>本版导读</dt><dd><a href="#">为讨薪农民工撑起“法律保护伞”</a></dd><dd><a href="#">巡回审判进工地</a></dd><dd><a href="#">以案释法：包工头跑路，工资找谁要？</a></dd><dd><a href="#">法官提醒</a></dd></dl>
<p><img alt="第04版"></p>
</div>
<div class="col2">
<p class="yinti">襄阳一基层法院开通欠薪案件“绿色通道”</p>
<h1>为讨薪农民工撑起<br>“法律保护伞”</h1>
<p class="zz">通讯员 韩雪 高远　记者 余佳</p>
<div class="wz">
{body}
</div>
<div class="ctl">【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　【<a href="#">返回</a>】　　<a href="#">上一篇</a>　<a href="#">下一篇</a></div>
</div></div>
<div class="foot">荆楚法治报社　版权所有　鄂ICP备11016671号-1　地址：武汉市武昌区中北路9号　电话：027-87312266</div>
""")


P35 = Page(
    "xl-35", "e-paper", "荆楚法治报电子版（湖北行业报）",
    "为讨薪农民工撑起“法律保护伞”", ["韩雪", "高远", "余佳"], "2024年12月20日 星期五",
    [
        P("“钱拿到了，终于可以安心回家过年了！”12月18日，在襄阳市某基层法院执行局，农民工代表老吴接过拖欠近一年的工资款，连声道谢。"),
        P("今年3月，老吴等23名农民工在一处工地干完活后，施工方以工程款未结清为由，拖欠工资共计68万余元。多次讨要无果后，他们来到法院寻求帮助。"),
        P("法院立案庭了解情况后，当即启动欠薪案件“绿色通道”，实行快立、快审、快执。立案当天，承办法官就联系施工方和项目发包方组织调解。经过多轮沟通，双方达成调解协议，由发包方从应付工程款中直接代付农民工工资。"),
        P("据介绍，该院今年以来共受理涉农民工工资案件126件，涉案金额1400余万元，平均审理天数缩短至18天。法院还在工业园区、建筑工地设立了4个巡回审判点，为农民工提供法律咨询和诉讼指引。"),
        P("“农民工的工资是养家糊口的‘血汗钱’，一分也不能少。”该院负责人表示，将继续加大涉民生案件执行力度，让农民工讨薪不再难。"),
    ],
    tpl_35,
    features="行业报电子版；引题在上、主题用<br>分两行（标题拼接无空格）；署名行通讯员在前、记者在后；报头日期后接全角空格与星期；版面导航与本版导读。",
)
