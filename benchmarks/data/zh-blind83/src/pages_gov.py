# Government pages wf-01 .. wf-12 (河北, 河南, 甘肃, 青海). All content invented.
PAGES = []

# ---------------------------------------------------------------- wf-01 2012-style table layout county portal
PAGES.append(dict(
    id="wf-01", kind="government", mode="font", title="小觉镇“菌菇大棚”撑起群众致富路",
    authors=["刘建国", "赵娜"], publish_time="2025-06-09",
    body=[
        "~ 文/图 通讯员 刘建国 赵  娜",
        "初夏时节，走进平山县小觉镇西岗南村的食用菌种植基地，一排排大棚整齐排列，棚内层架上的香菇长势喜人，十余名村民正在采摘、分拣、装箱，一派忙碌景象。",
        "“今年春季这一茬香菇每棒能出菇一斤多，收购商直接开车到棚口拉货，价格比去年同期高出两毛钱。”种植户郭振山一边翻看菌棒一边说。他家去年承包了4个大棚，全年纯收入接近9万元。",
        ("img", "西岗南村食用菌种植基地", "图为村民在大棚内采摘香菇。"),
        "近年来，小觉镇立足山区气候冷凉、昼夜温差大的特点，把食用菌作为主导产业来抓，采取“村集体+合作社+农户”的模式，由村集体统一建棚、合作社统一供棒和技术服务、农户分户管理，降低了群众的进入门槛。目前全镇食用菌大棚已发展到326个，带动1100余户群众增收。",
        "为解决“卖难”问题，镇里协调建设了冷库两座，总库容800吨，并与石家庄、保定等地6家商超签订长期供货协议。镇党委还组织电商服务站开展直播带货，今年以来线上销售鲜菇、干菇共计42吨。",
        "下一步，小觉镇将继续扩大种植规模，引进菌棒自动化生产线，延伸烘干、深加工链条，让小小菌菇真正成为群众家门口的“致富菇”。",
    ],
    frame="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta charset="utf-8"><title>@T@_乡镇动态_平山县人民政府</title>
<style type="text/css">body{margin:0;font-size:12px;font-family:宋体;background:#eef3f8}table{border-collapse:collapse}.top{background:#1c5fa8;color:#fff}.nav a{color:#fff;padding:0 12px}.tit{font-size:20px;font-weight:bold;color:#b40000;text-align:center;padding:14px}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.foot{background:#1c5fa8;color:#fff;text-align:center;line-height:22px}</style></head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td height="28" align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁體中文</a></td></tr>
<tr><td height="110"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="平山县人民政府" width="500" height="80"></td></tr>
<tr><td class="nav" height="36"><a href="#">首 页</a><a href="#">走进平山</a><a href="#">政务公开</a><a href="#">新闻中心</a><a href="#">乡镇动态</a><a href="#">网上办事</a><a href="#">政民互动</a><a href="#">专题专栏</a></td></tr>
</table>
<table width="980" align="center" bgcolor="#ffffff">
<tr><td height="30">&nbsp;&nbsp;您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">新闻中心</a> &gt;&gt; <a href="#">乡镇动态</a></td>
<td align="right"><form>站内搜索：<input type="text" size="16" value=""> <input type="submit" value="搜索"></form></td></tr>
<tr><td colspan="2" class="tit">@T@</td></tr>
<tr><td colspan="2" class="info">时间：@D@&nbsp;&nbsp;&nbsp;来源：小觉镇人民政府&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&nbsp;&nbsp;【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td colspan="2" style="padding:10px 30px;font-size:14px;line-height:26px">
@B@
</td></tr>
<tr><td colspan="2" align="right">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</td></tr>
<tr><td colspan="2">上一篇：<a href="#">温塘镇开展防汛应急演练</a><br>下一篇：<a href="#">西柏坡镇召开人居环境整治推进会</a></td></tr>
</table>
<table width="980" align="center" class="foot"><tr><td>
版权所有：平山县人民政府办公室　　主办：平山县人民政府办公室　　承办：平山县政务服务和数据管理局<br>
地址：河北省石家庄市平山县平山镇中山路47号　联系电话：0311-82938110<br>
<a href="#">冀ICP备05019774号</a>　　冀公网安备 13013102000318号　　网站标识码：1301310018
</td></tr></table>
</body></html>"""))

# ---------------------------------------------------------------- wf-02 Zhengzhou district 通知, 2024 info-disclosure design
PAGES.append(dict(
    id="wf-02", kind="government", mode="word", hmode="same",
    title="管城回族区人民政府办公室关于做好2025年夏季防汛和地质灾害防治工作的通知",
    authors=[], publish_time="2025-06-10",
    body=[
        "各街道办事处，区政府各部门，各有关单位：",
        "为切实做好今年夏季防汛和地质灾害防治工作，最大限度减少灾害损失，保障人民群众生命财产安全，经区政府同意，现将有关事项通知如下。",
        "一、压紧压实防汛责任",
        "各街道、各部门要严格落实以行政首长负责制为核心的防汛责任制，逐级明确包保责任人，把责任落实到每一个下穿通道、每一处积水点位、每一个在建工地。区防指办要在6月20日前完成责任人名单公示。",
        "二、全面排查整治隐患",
        "（一）城市内涝点。对辖区17处易涝点位逐一建立台账，配足移动泵车和沙袋等物资，汛期实行“一点一策”。",
        "（二）地下空间。地下商场、地下车库要配备挡水板，设置警示标识，强降雨期间及时关闭入口。",
        "（三）老旧小区和危房。对排查出的C、D级危房，要在强降雨来临前转移居住人员。",
        "三、强化监测预警和值班值守",
        "汛期实行24小时领导带班和专人值班制度，值班人员不得擅离岗位。接到暴雨红色预警后，按照“321”响应机制，及时采取停课、停工、停业等措施。",
        "四、做好应急救援准备",
        "区应急管理局牵头组建综合救援队伍，各街道组建不少于30人的应急抢险队，6月底前至少开展一次实战化演练。",
        "联系人：区防指办 王志刚，电话：0371-66228513。",
        ">> 郑州市管城回族区人民政府办公室",
        ">> 2025年6月6日",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@-郑州市管城回族区人民政府</title>
<style>body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333}.wrap{width:1200px;margin:0 auto}.topbar{background:#f4f4f4;font-size:13px;line-height:34px}.topbar .r{float:right}.topbar a{margin-left:14px;color:#555}header{background:linear-gradient(#b71c1c,#d32f2f);height:130px;color:#fff}header h2{margin:0;padding-top:40px;font-size:30px}nav{background:#9a0007}nav a{display:inline-block;color:#fff;padding:0 26px;line-height:48px}.crumb{font-size:14px;padding:14px 0}.meta-tb{width:100%;border:1px solid #ddd;font-size:14px;background:#fafafa}.meta-tb td{padding:6px 12px}.meta-tb th{text-align:right;width:110px;font-weight:normal;color:#888}h1{text-align:center;font-size:26px;color:#b71c1c;margin:28px 60px}.wh{text-align:center;font-size:16px}.tools{text-align:right;border-top:1px solid #eee;padding:10px;font-size:13px}footer{background:#333;color:#bbb;font-size:13px;text-align:center;padding:20px;line-height:26px}.m-only{display:none}</style></head>
<body><div class="topbar"><div class="wrap"><span>今天是：2025年6月10日 星期二</span><span class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">登录</a><a href="#">注册</a></span></div></div>
<header><div class="wrap"><h2>郑州市管城回族区人民政府</h2><form><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div></header>
<nav><div class="wrap"><a href="#">首页</a><a href="#">政务要闻</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进管城</a></div></nav>
<div class="m-only">返回顶部 菜单</div>
<div class="wrap"><div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">区政府办文件</a> &gt; 正文</div>
<table class="meta-tb"><tr><th>索 引 号：</th><td>410104-0003-2025-00118</td><th>主题分类：</th><td>应急管理</td></tr>
<tr><th>发布机构：</th><td>管城回族区人民政府办公室</td><th>成文日期：</th><td>2025年06月06日</td></tr>
<tr><th>文　　号：</th><td>管政办〔2025〕14号</td><th>发布日期：</th><td>@D@</td></tr>
<tr><th>标　　题：</th><td colspan="3">@T@</td></tr></table>
<h1>@T@</h1>
<p class="wh">管政办〔2025〕14号</p>
<div class="article">
@B@
</div>
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="rel"><h4>相关链接</h4><ul><li><a href="#">一图读懂：管城区2025年防汛应急预案</a></li><li><a href="#">关于做好2024年夏季防汛工作的通知</a></li></ul></div>
</div>
<footer>主办单位：郑州市管城回族区人民政府办公室　承办单位：管城回族区大数据管理局<br>联系电话：0371-66220011　<a href="#">豫ICP备10012468号-1</a>　豫公网安备 41010402002173号　网站标识码：4101040009<br><img alt="党政机关" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"> <img alt="政府网站找错" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></footer>
</body></html>"""))

# ---------------------------------------------------------------- wf-03 Tianshui bureau 公示, 2018 flat design
PAGES.append(dict(
    id="wf-03", kind="government", mode="ps",
    title="天水市生态环境局关于2025年6月拟作出的建设项目环境影响评价文件审批意见的公示",
    authors=[], publish_time="2025/06/11 16:05",
    body=[
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对以下建设项目环境影响评价文件作出审批意见。为保证审查工作的严肃性和公正性，现将拟作出审批意见的建设项目环境影响评价文件基本情况予以公示。公示期为2025年6月11日—2025年6月17日（5个工作日）。",
        ("table", [
            ["序号", "项目名称", "建设地点", "建设单位", "环评机构"],
            ["1", "天水某某精密铸造有限公司年产3万吨球墨铸件技改项目", "麦积区社棠工业园", "天水某某精密铸造有限公司", "甘肃陇原环境科技有限公司"],
            ["2", "秦州区皂郊镇污水处理站提标改造工程", "秦州区皂郊镇", "秦州区住房和城乡建设局", "天水绿源环保咨询有限公司"],
            ["3", "甘谷县磐安镇20MW分布式光伏发电项目", "甘谷县磐安镇", "甘谷某新能源有限公司", "兰州清源环境工程有限公司"],
        ]),
        "公示期间，公众可通过信函、传真、电子邮件等方式，向我局反映与上述建设项目环境影响评价审批有关的环境保护意见和建议。",
        "联系电话：0938-8216452",
        "通讯地址：天水市秦州区岷山路17号 天水市生态环境局行政审批科（邮编741000）",
        ">> 天水市生态环境局",
        ">> 2025年6月11日",
    ],
    frame="""<!doctype html><html><head><meta charset="utf-8"><title>公示公告 - 天水市生态环境局</title>
<style>body{background:#e9f1ef;margin:0;font:14px/1.8 "微软雅黑"}#hd{background:#0b7a55;color:#fff;padding:18px 40px}#hd .slogan{font-size:13px;opacity:.8}#nav li{display:inline-block;padding:0 20px;line-height:42px}#nav{background:#086144;margin:0;padding:0 40px}#nav a{color:#fff}#main{width:1100px;margin:16px auto;background:#fff;padding:24px 40px}.loc{color:#666;border-bottom:2px solid #0b7a55;padding-bottom:6px}.arttitle{font-size:22px;text-align:center;color:#0b7a55;margin:24px 0 8px}.artinfo{text-align:center;color:#888;font-size:13px}.artinfo span{margin:0 8px}.art-tb{width:100%;border-collapse:collapse;margin:10px 0}.share{margin-top:30px;color:#999}#ft{background:#303b38;color:#ccc;text-align:center;padding:16px;font-size:12px}</style></head>
<body><div id="hd"><b style="font-size:26px">天水市生态环境局</b><div class="slogan">绿水青山就是金山银山</div><div style="float:right"><a href="#">无障碍</a> | <a href="#">关怀版</a> <input type="text" placeholder="站内搜索"></div></div>
<ul id="nav"><li><a href="#">首页</a></li><li><a href="#">机构概况</a></li><li><a href="#">新闻动态</a></li><li><a href="#">政务公开</a></li><li><a href="#">环境质量</a></li><li><a href="#">公示公告</a></li><li><a href="#">互动交流</a></li></ul>
<div id="main"><div class="loc">您当前的位置：<a href="#">首页</a> > <a href="#">公示公告</a> > <a href="#">环评公示</a></div>
<div class="arttitle">@T@</div>
<div class="artinfo"><span>来源：天水市生态环境局</span>|<span>发布时间：@D@</span>|<span>阅读：88</span></div>
<div class="content">
@B@
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<p>上一条：<a href="#">天水市生态环境局关于2025年5月建设项目环境影响评价文件审批决定的公告</a></p>
<p>下一条：没有了</p>
</div>
<div id="ft">主办：天水市生态环境局　地址：天水市秦州区岷山路17号　<a href="#">陇ICP备09003817号-2</a>　甘公网安备 62050202000164号　网站标识码：6205000031<br>建议使用1366×768分辨率浏览本站</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-04 Ledu district, leader activity, 2022 card design
PAGES.append(dict(
    id="wf-04", kind="government", mode="p", hmode="h4",
    title="祁国栋调研城乡供水一体化和乡村振兴重点项目建设",
    authors=["祁梅", "马晓霞"], publish_time="2025年06月11日 17:42",
    body=[
        "6月11日，区委书记祁国栋深入高庙镇、瞿昙镇，调研城乡供水一体化工程和乡村振兴重点项目建设情况。区领导李海青、韩正东参加调研。",
        ("img", "调研现场", "调研现场（摄影：赵德明）"),
        "在高庙镇城乡供水一体化工程净水厂施工现场，祁国栋详细了解工程进度、管网铺设和水质保障等情况。他指出，城乡供水一体化是一项民生工程，要在确保质量安全的前提下倒排工期、挂图作战，确保8月底前实现通水，让群众早日喝上放心水。",
        "在瞿昙镇下营村高原特色蔬菜产业园，祁国栋走进温室大棚，察看蔬菜长势，与种植户马成福拉家常、算收入。得知今年产业园吸纳周边群众务工160余人、人均月增收2800元时，祁国栋表示肯定。",
        "调研中，祁国栋强调：",
        "- 要坚持项目为王，把重点项目作为推动高质量发展的“压舱石”，领导包抓、部门协同，及时解决用地、资金等堵点问题。",
        "- 要坚持农民主体，完善联农带农机制，让群众更多分享产业增值收益。",
        "- 要坚持安全第一，严格落实安全生产责任，坚决防范各类事故发生。",
    ],
    lmode="ul",
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@ - 海东市乐都区人民政府</title>
<style>*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#f6f7fb}.util{background:#143d7a;color:#c8d6f0;font-size:12px;padding:6px 60px;text-align:right}.util a{color:#c8d6f0;margin-left:12px}.brand{background:#1d58b0;padding:26px 60px;color:#fff;display:flex;justify-content:space-between}.brand b{font-size:28px;letter-spacing:4px}.menu{background:#fff;box-shadow:0 2px 6px #ccd;padding:0 60px}.menu a{display:inline-block;padding:14px 20px;color:#1d58b0}.container{display:flex;gap:24px;padding:20px 60px}.card{flex:1;background:#fff;border-radius:6px;padding:30px 46px}.side{width:300px;background:#fff;border-radius:6px;padding:20px}.bread{font-size:13px;color:#999;margin-bottom:16px}.card h1{font-size:26px;line-height:1.5;text-align:center;margin:0}.meta{display:flex;justify-content:center;gap:22px;color:#888;font-size:13px;border-bottom:1px solid #eee;padding:12px 0 14px;margin-bottom:18px}.editor{margin-top:26px;color:#777;font-size:14px}.sub{color:#1d58b0}ul li{margin:6px 0}.side h3{border-left:4px solid #1d58b0;padding-left:8px;font-size:16px}.footer{background:#0f2e5c;color:#98a9c9;font-size:12px;padding:24px 60px;line-height:2}</style></head>
<body>
<div class="util"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a><a href="#">藏文版</a><a href="#">微信</a><a href="#">微博</a></div>
<div class="brand"><b>海东市乐都区人民政府</b><form><input type="search" placeholder="搜索本站"><button type="submit">🔍</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">乐都要闻</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">魅力乐都</a><a href="#">专题专栏</a></div>
<div class="container"><div class="card">
<div class="bread">当前位置：<a href="#">首页</a> &gt; <a href="#">乐都要闻</a> &gt; <a href="#">领导活动</a> &gt; 正文</div>
<h1>@T@</h1>
<div class="meta"><span>发布时间：@D@</span><span>来源：乐都区融媒体中心</span><span>记者：祁  梅　通讯员：马晓霞</span><span>浏览量：1,203</span></div>
@B@
<div class="editor">责任编辑：韩文斌　　审核：李成</div>
<div>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
</div>
<div class="side"><h3>领导活动</h3><ul><li><a href="#">区政府召开第28次常务会议</a></li><li><a href="#">李海青督导检查防汛工作</a></li><li><a href="#">区人大常委会视察城乡供水工作</a></li><li><a href="#">祁国栋主持召开区委理论学习中心组学习会</a></li></ul>
<h3>扫一扫</h3><img alt="乐都发布微信公众号二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><p>扫一扫在手机打开当前页</p></div></div>
<div class="footer">主办：海东市乐都区人民政府办公室　承办：乐都区融媒体中心　网站标识码：6302020001<br><a href="#">青ICP备11000724号-1</a>　青公网安备 63020202000057号　联系电话：0972-8623103</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-05 township site, 2011 frameset-era layout
PAGES.append(dict(
    id="wf-05", kind="government", mode="br",
    title="四台嘴乡开展“清河行动”守护冬奥水源",
    authors=["王丽"], publish_time="2025-6-12 10:28:41",
    body=[
        "为进一步巩固河道治理成果，守护冬奥赛区水源安全，6月以来，崇礼区四台嘴乡组织乡村两级河长、护河员及志愿者200余人次，对辖区太子城河、西沟河等河段开展集中清理行动。",
        "行动中，工作人员沿河道逐段巡查，清理河道垃圾、漂浮物和岸坡杂草，拆除河道内私搭乱建的临时棚圈3处，劝离违规垂钓人员12人次。乡综合行政执法队对沿河两岸餐饮、民宿经营户的污水排放情况进行了专项检查，发现问题当场反馈，限期整改。",
        "该乡还在沿河村庄张贴宣传标语、发放《致广大群众的一封信》1500余份，引导群众自觉爱河护河。“以前有人往河边倒垃圾，现在大家都知道这是冬奥的水，谁也舍不得糟蹋。”太子城村护河员张福贵说。",
        "据了解，四台嘴乡已建立“乡级河长每月巡、村级河长每周巡、护河员每日巡”的巡河机制，确保河道问题早发现、早处置。",
    ],
    frame="""<html><head><meta charset="utf-8"><title>四台嘴乡人民政府</title>
<style>body{margin:0;background:#d8e6c8;font-size:12px}.main{width:900px;margin:0 auto;background:#fff}.banner{height:120px;background:#6a9a3a;color:#fff;font:bold 30px 隶书;padding:30px 0 0 40px}.menu td{background:#4b7a21;color:#fff;text-align:center;height:28px}.menu a{color:#fff}.left{width:200px;background:#f0f6e8;vertical-align:top}.left li{line-height:26px}.ctitle{font-size:18px;font-weight:bold;text-align:center;color:#333}.cinfo{text-align:center;color:#888;background:#f5f5f5}.ctext{font-size:14px;line-height:24px;padding:10px}.copy{text-align:center;background:#4b7a21;color:#e0ecd2;line-height:20px}</style></head>
<body><div class="main">
<div class="banner">四台嘴乡人民政府<marquee style="font:12px 宋体;width:500px">热烈庆祝四台嘴乡门户网站开通！欢迎社会各界人士提出宝贵意见！</marquee></div>
<table width="100%" class="menu" cellspacing="1"><tr><td><a href="#">网站首页</a></td><td><a href="#">乡情概况</a></td><td><a href="#">工作动态</a></td><td><a href="#">村务公开</a></td><td><a href="#">党建园地</a></td><td><a href="#">招商引资</a></td><td><a href="#">冰雪旅游</a></td><td><a href="#">留言板</a></td></tr></table>
<table width="100%"><tr>
<td class="left"><b>栏目导航</b><ul><li><a href="#">工作动态</a></li><li><a href="#">通知公告</a></li><li><a href="#">河长制工作</a></li><li><a href="#">脱贫攻坚</a></li></ul><b>联系我们</b><br>电话：0313-4712066<br>地址：崇礼区四台嘴乡政府院内</td>
<td valign="top">
<div style="border-bottom:1px solid #6a9a3a;padding:4px">当前位置：<a href="#">网站首页</a> &gt; <a href="#">工作动态</a> &gt; 正文内容</div>
<p class="ctitle">@T@</p>
<p class="cinfo">作者：王丽&nbsp;&nbsp;&nbsp;发布时间：@D@&nbsp;&nbsp;&nbsp;点击数：<font color="red">217</font>&nbsp;&nbsp;&nbsp;【<a href="#">双击滚屏</a>】</p>
<div class="ctext">
@B@
</div>
<p align="right">【<a href="#">发表评论</a>】【<a href="#">加入收藏</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</p>
<p>相关文章：<br>· <a href="#">四台嘴乡召开河长制工作推进会</a><br>· <a href="#">我乡开展春季植树造林活动</a></p>
</td></tr></table>
<div class="copy">Copyright 2011-2025 四台嘴乡人民政府 版权所有 <a href="#">冀ICP备11008642号</a><br>技术支持：张家口某某网络科技有限公司　访问量：0583217</div>
</div></body></html>"""))

# ---------------------------------------------------------------- wf-06 Luoyang county 政策解读, 2023 design with Q&A
PAGES.append(dict(
    id="wf-06", kind="government", mode="p", hmode="h3",
    title="《宜阳县支持农民工返乡创业若干措施》政策解读",
    authors=[], publish_time="2025-06-12 09:00",
    body=[
        "~ 原文链接：宜阳县人民政府关于印发宜阳县支持农民工返乡创业若干措施的通知",
        "## 一、出台背景",
        "近年来，我县外出务工人员返乡创业意愿持续增强，但在场地、资金、技能等方面仍面临不少困难。为进一步优化返乡创业环境，以创业带动就业，县人社局会同县财政局、县农业农村局等部门研究起草了《宜阳县支持农民工返乡创业若干措施》（以下简称《措施》）。",
        "## 二、主要内容",
        "《措施》共四个方面12条，主要包括：",
        "- 场地支持：返乡创业人员入驻县返乡创业园的，前两年免收场地租金，第三年减半收取。",
        "- 资金支持：符合条件的返乡创业人员可申请最高30万元的创业担保贷款，小微企业最高可申请400万元，按规定给予贴息。",
        "- 补贴支持：首次创办小微企业或从事个体经营且正常经营6个月以上的，给予一次性创业补贴5000元。",
        "- 培训支持：每年组织不少于10期创业培训，培训合格的按每人1200元标准给予培训补贴。",
        "## 三、适用对象",
        "本《措施》适用于户籍在我县、在县外务工一年以上并于2024年1月1日以后返乡创业的农民工。",
        "## 四、咨询方式",
        "县人力资源和社会保障局就业促进股，电话：0379-68851240。",
    ],
    lmode="ul",
    frame="""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>政策解读_宜阳县人民政府</title>
<style>body{margin:0;font-family:"Microsoft YaHei"}.hd{background:url() #c62828;height:150px;position:relative}.hd .logo{position:absolute;left:80px;top:44px;color:#fff;font-size:32px;font-weight:bold}.hd .tools{position:absolute;right:80px;top:12px;color:#fff;font-size:13px}.hd .tools a{color:#fff;margin-left:10px}.nv{background:#fff;border-bottom:3px solid #c62828;text-align:center}.nv a{display:inline-block;padding:16px 28px;font-size:17px;color:#333}.pos{width:1100px;margin:12px auto;font-size:14px;color:#666}.box{width:1100px;margin:0 auto 30px;border:1px solid #eee;padding:40px 70px}.box h1{font-size:28px;text-align:center;color:#222}.box .info{text-align:center;font-size:14px;color:#999;margin-bottom:26px}h3{font-size:17px;color:#c62828}.files{background:#fdf3f3;padding:12px;font-size:14px;margin-top:30px}.ft{background:#f2f2f2;font-size:13px;color:#777;text-align:center;padding:24px;line-height:2}</style></head>
<body><div class="hd"><div class="tools"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">繁體</a><a href="#">手机版</a><a href="#">政务微博</a></div><div class="logo">宜阳县人民政府</div></div>
<div class="nv"><a href="#">首页</a><a href="#">宜阳概况</a><a href="#">要闻动态</a><a href="#">信息公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">政策解读</a> &gt; 正文</div>
<div class="box"><h1>@T@</h1>
<div class="info">发布日期：@D@　　信息来源：宜阳县人力资源和社会保障局　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】</div>
@B@
<div class="files">相关附件：<a href="#">宜阳县支持农民工返乡创业若干措施.pdf</a><br>相关文件：<a href="#">宜阳县人民政府关于印发宜阳县支持农民工返乡创业若干措施的通知</a></div>
<p style="text-align:center"><img alt="扫一扫在手机上查看当前页面" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>扫一扫在手机上查看当前页面</p>
</div>
<div class="ft">宜阳县人民政府办公室主办　宜阳县大数据中心承办<br>网站标识码：4103270021　<a href="#">豫ICP备13020517号</a>　豫公网安备 41032702000086号<br>建议使用IE9以上版本浏览器浏览</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-07 village 村务公开 公示
PAGES.append(dict(
    id="wf-07", kind="government", mode="pi",
    title="关于2025年度村集体经济收益分配方案的公示",
    authors=[], publish_time="2025年6月12日",
    body=[
        "全体村民：",
        "经村“两委”会议提议、党员大会审议、村民代表会议表决通过，现将我村2025年度村集体经济收益分配方案予以公示，接受全体村民监督。",
        "一、收益情况。2024年度村集体经济总收入46.8万元，其中花椒加工厂分红21.5万元，光伏电站收益13.2万元，集体土地流转收入12.1万元。扣除运营成本及公积公益金后，可分配收益28.6万元。",
        "二、分配方案。",
        ("table", [
            ["分配项目", "金额（万元）", "占比", "说明"],
            ["全体成员按股分红", "14.3", "50%", "按人口股每股120元"],
            ["公益岗位工资", "6.0", "21%", "护林员、保洁员等12人"],
            ["困难群众救助", "3.4", "12%", "重病、残疾等困难家庭"],
            ["村内基础设施维护", "4.9", "17%", "巷道修缮、路灯维修"],
        ]),
        "三、公示时间。2025年6月12日至6月18日，共7天。",
        "公示期间如有异议，请向村务监督委员会反映。监督电话：0939-3312087（村务监督委员会主任 何宝林）。",
        ">> 武都区汉王镇马家庄村村民委员会",
        ">> 2025年6月12日",
    ],
    frame="""<html><head><meta charset="utf-8"><title>马家庄村村务公开</title>
<style>body{font-family:SimSun;background:#fffbe8;margin:0}.top{background:#a0522d;color:#ffe;padding:10px 30px}.top h1{margin:4px 0;font-size:24px}.links{background:#7b3f1f;padding:6px 30px}.links a{color:#ffe;margin-right:20px;font-size:14px}.c{max-width:860px;margin:20px auto;background:#fff;border:1px solid #d9c7a0;padding:26px 40px}.c h2{text-align:center;font-size:21px}.d{font-size:13px;color:#666;text-align:center}.art-tb{border-collapse:collapse;width:100%}.bot{text-align:center;font-size:12px;color:#8a7;padding:20px}</style></head>
<body><div class="top"><h1>武都区汉王镇马家庄村</h1>阳光村务 · 为民服务</div>
<div class="links"><a href="#">首页</a><a href="#">村情简介</a><a href="#">党务公开</a><a href="#">村务公开</a><a href="#">财务公开</a><a href="#">花椒产业</a></div>
<div class="c"><div>位置：<a href="#">首页</a>→<a href="#">村务公开</a>→正文</div>
<h2>@T@</h2>
<div class="d">发布单位：马家庄村村民委员会　发布日期：@D@　已阅：56次</div>
<hr>
@B@
<hr><div><a href="#">返回列表</a>　<a href="#">打印</a></div></div>
<div class="bot">陇南市武都区汉王镇马家庄村村民委员会　联系电话：0939-3312086<br>本站由汉王镇人民政府指导建设　<a href="#">陇ICP备18004327号-3</a></div>
</body></html>"""))

# ---------------------------------------------------------------- wf-08 Handan district speech, 2019 design
PAGES.append(dict(
    id="wf-08", kind="government", mode="pi", hmode="same",
    title="在全区安全生产暨防汛工作会议上的讲话",
    authors=["张海峰"], publish_time="2025-06-13",
    body=[
        "同志们：",
        "刚才，区应急管理局通报了今年以来全区安全生产形势，部署了汛期重点工作，三个单位作了表态发言，我都同意。下面，我再强调三点意见。",
        "一、清醒认识当前形势，绷紧安全生产这根弦",
        "今年以来，全区安全生产形势总体平稳，但也要清醒看到，部分企业主体责任落实不到位，一些老旧小区燃气管道老化，建筑施工领域违章作业时有发生。进入主汛期，强降雨、雷暴大风等极端天气多发，各类风险交织叠加。大家务必保持清醒头脑，决不能有丝毫麻痹思想和侥幸心理。",
        "二、突出重点领域，坚决遏制事故发生",
        "一是城镇燃气领域，6月底前完成对全区餐饮场所燃气安全的“回头看”；二是建筑施工领域，严查深基坑、高支模、起重机械等危大工程；三是道路交通领域，紧盯“两客一危一货”车辆和学生接送车辆；四是防汛领域，对滏阳河沿线险工险段和城区低洼地段要逐一落实责任人、抢险队伍和物资。",
        "三、压紧压实责任链条，确保各项措施落地见效",
        "安全生产是“一票否决”的硬杠杠。各部门要按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，切实履行监管职责。区安委办要加大暗查暗访力度，对工作不力、造成严重后果的，依规依纪严肃追责问责。",
        "同志们，安全生产责任重于泰山。让我们以更加务实的作风，守牢安全底线，为全区高质量发展营造安全稳定的环境。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>领导讲话 - 邯郸市丛台区人民政府</title>
<style>body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f3f3f3}.w{width:1140px;margin:0 auto}.head{background:#fff;border-top:5px solid #c00;height:110px}.head .n{font-size:30px;color:#c00;line-height:110px;font-weight:bold}.head .s{float:right;margin-top:40px}.nav{background:#c00;height:46px}.nav a{float:left;color:#fff;padding:0 24px;line-height:46px}.body{background:#fff;padding:20px 60px;margin:16px auto}.dq{font-size:13px;color:#666}.t{font-size:26px;text-align:center;margin:26px 0 6px}.spk{text-align:center;font-size:16px;font-family:KaiTi}.xx{font-size:13px;color:#999;text-align:center;border-bottom:1px solid #ddd;padding-bottom:10px}.prev{border-top:1px dashed #ccc;margin-top:24px;font-size:14px}.foot{text-align:center;font-size:12px;color:#666;padding:20px}</style></head>
<body><div class="head"><div class="w"><span class="s"><a href="#">无障碍</a> | <a href="#">长辈版</a> <input placeholder="全站搜索"></span><span class="n">邯郸市丛台区人民政府</span></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">丛台概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">政民互动</a></div></div>
<div class="w body"><div class="dq">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导讲话</a> &gt; 正文</div>
<div class="xx">时间：@D@　来源：区政府办公室　浏览：361次　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="t">@T@</div>
<p class="spk">区长　张海峰<br>（2025年6月13日）</p>
@B@
<p style="text-align:right;color:#888">（根据录音整理）</p>
<div class="prev">上一篇：<a href="#">在全区“三夏”生产工作会议上的讲话</a><br>下一篇：<a href="#">在区政府第十五次全体会议上的讲话</a></div></div>
<div class="foot">主办：邯郸市丛台区人民政府　承办：丛台区行政审批局　<a href="#">冀ICP备12007654号</a>　冀公网安备 13040302000214号　网站标识码：1304030004</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-09 Xining street office, 2025 minimal design
PAGES.append(dict(
    id="wf-09", kind="government", mode="p", hmode="strong",
    title="东关大街街道：“银龄食堂”开进社区 老人吃上热乎饭",
    authors=["马玉兰"], publish_time="2025-06-13",
    body=[
        "“红烧牛肉、清炒时蔬、西红柿蛋汤，两荤一素只要12块钱，80岁以上的老人还能再减3块。”6月13日中午，在城东区东关大街街道清真巷社区“银龄食堂”，72岁的韩秀英老人端着餐盘，找了个靠窗的位置坐下。",
        "“银龄食堂”于今年5月正式运营，由街道提供场地、社区统筹管理、引入专业餐饮企业运营，每天供应午餐和晚餐，同时为行动不便的老人提供送餐上门服务。开业一个多月来，累计服务老年人4600余人次。",
        "## 菜品兼顾多民族饮食习惯",
        "清真巷社区回族、撒拉族、藏族居民较多。食堂专门设置了清真窗口，每周公布菜单，并根据老人们的意见调整口味，少油少盐、软烂易嚼。",
        "## 志愿服务让“一餐饭”更有温度",
        "街道组织辖区青年志愿者组建“送餐小分队”，每天为社区里的18位独居、失能老人送餐上门，顺带测量血压、聊聊家常。",
        "“下一步，我们将在辖区另外两个社区再建设两处老年助餐点，实现‘15分钟助餐服务圈’全覆盖。”东关大街街道相关负责人表示。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>@T@｜西宁市城东区东关大街街道</title>
<style>:root{--c:#00796b}body{margin:0;font-family:system-ui,"PingFang SC";color:#222;background:#fff}.bar{display:flex;justify-content:space-between;align-items:center;padding:16px 8vw;border-bottom:1px solid #e6e6e6}.bar .logo{font-weight:700;font-size:20px;color:var(--c)}.bar nav a{margin-left:26px;color:#444;font-size:15px}.bar .acc a{font-size:12px;color:#888;margin-left:8px}article{max-width:760px;margin:40px auto;padding:0 20px}.eyebrow{font-size:13px;color:var(--c);letter-spacing:2px}article h1{font-size:32px;line-height:1.35;margin:10px 0 16px}.byline{display:flex;gap:16px;font-size:14px;color:#777;padding-bottom:18px;border-bottom:1px solid #eee}article p{font-size:17px;line-height:1.9}.tags a{display:inline-block;background:#e0f2f1;color:var(--c);padding:2px 10px;border-radius:12px;margin:4px;font-size:13px}.more{max-width:760px;margin:0 auto 40px;padding:0 20px}.more li{line-height:2}footer{background:#f7f7f7;color:#777;font-size:12px;text-align:center;padding:28px;line-height:2}</style></head>
<body><div class="bar"><span class="logo">东关大街街道办事处</span><nav><a href="#">首页</a><a href="#">街道动态</a><a href="#">社区服务</a><a href="#">党建引领</a><a href="#">公开目录</a></nav><span class="acc"><a href="#">无障碍</a><a href="#">适老化</a><a href="#">EN</a></span></div>
<article><div class="eyebrow">首页 / 街道动态 / 民生服务</div>
<h1>@T@</h1>
<div class="byline"><span>@D@</span><span>东关大街街道办事处</span><span>文/图：马玉兰</span></div>
@B@
<div class="tags">标签：<a href="#">老年助餐</a><a href="#">民生实事</a><a href="#">清真巷社区</a></div>
</article>
<section class="more"><h2>相关阅读</h2><ul><li><a href="#">东关大街街道开展夏季消防安全大排查</a> 2025-06-10</li><li><a href="#">“银龄食堂”试运营 社区老人点赞</a> 2025-05-08</li><li><a href="#">清真巷社区举办邻里文化节</a> 2025-05-21</li></ul></section>
<footer>西宁市城东区东关大街街道办事处　地址：西宁市城东区东关大街58号　电话：0971-8113526<br><a href="#">青ICP备2021000315号-1</a>　青公网安备 63010202000198号</footer>
</body></html>"""))

# ---------------------------------------------------------------- wf-10 county discipline commission 通报, 2016 design
PAGES.append(dict(
    id="wf-10", kind="government", mode="p", hmode="same",
    title="关于3起违反中央八项规定精神典型问题的通报",
    authors=[], publish_time="2025-06-13 15:30:06",
    body=[
        "近日，中共方城县纪委监委对3起违反中央八项规定精神问题进行了严肃查处。现将有关情况通报如下：",
        "1.县某局原副局长王某某违规收受礼金问题。2023年至2024年春节、中秋节期间，王某某先后4次收受管理服务对象所送礼金共计1.2万元。王某某受到党内严重警告处分，违纪所得被收缴。",
        "2.某镇党委委员、副镇长李某某违规公款吃喝问题。2024年10月，李某某以接待为名，安排在镇食堂违规宴请亲友并饮酒，费用3860元由镇财政报销。李某某受到党内警告处分，违规费用已全部退赔。",
        "3.县某中心主任刘某某违规发放津贴补贴问题。2024年1月至12月，刘某某擅自决定以“加班补助”名义向本单位职工发放津贴补贴共计5.6万元。刘某某受到政务记过处分，违规发放资金已全部收回。",
        "上述问题中，有关党员干部无视党纪国法，顶风违纪，造成了不良影响。全县各级党组织和广大党员干部要引以为戒，切实增强纪律意识，严格落实中央八项规定及其实施细则精神。",
        "端午节将至，县纪委监委将紧盯节日期间“四风”易发多发问题，对顶风违纪行为发现一起、查处一起，并点名道姓通报曝光。",
        ">> 中共方城县纪律检查委员会",
        ">> 方城县监察委员会",
        ">> 2025年6月13日",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>方城县纪委监委网站</title>
<style>body{margin:0;background:#faf4ef url() repeat-x;font-family:宋体;font-size:14px}#top{width:1000px;margin:0 auto;height:160px;background:#a31515;color:#ffd;text-align:center}#top h1{margin:0;padding-top:46px;font:bold 36px 华文行楷}#top p{margin:4px}#menu{width:1000px;margin:0 auto;background:#7d0f0f;height:36px}#menu a{float:left;width:111px;text-align:center;line-height:36px;color:#fff}#page{width:1000px;margin:0 auto;background:#fff}.lm{background:#f2e0e0;padding:4px 10px;font-weight:bold;color:#a31515}.h{font-size:22px;font-weight:bold;text-align:center;padding:22px 40px 10px}.x{text-align:center;color:#999;font-size:12px;padding-bottom:10px;border-bottom:1px solid #eee}.nr{padding:10px 50px;line-height:2}#bottom{width:1000px;margin:0 auto;background:#a31515;color:#fff;text-align:center;font-size:12px;line-height:24px;padding:8px 0}</style></head>
<body><div id="top"><h1>清风方城</h1><p>中共方城县纪律检查委员会　方城县监察委员会</p></div>
<div id="menu"><a href="#">首页</a><a href="#">工作动态</a><a href="#">审查调查</a><a href="#">通报曝光</a><a href="#">党纪法规</a><a href="#">廉政文化</a><a href="#">信访举报</a><a href="#">专题专栏</a><a href="#">联系我们</a></div>
<div id="page"><div class="lm">通报曝光　　<span style="font-weight:normal;color:#666">您的位置：首页 » 通报曝光 » 详细内容</span></div>
<div class="h">@T@</div>
<div class="x">发布时间：@D@ &nbsp;|&nbsp; 来源：县纪委监委 &nbsp;|&nbsp; 字号：<a href="#">T</a> <a href="#">T</a></div>
<div class="nr">
@B@
</div>
<div style="padding:10px 50px">上一篇：<a href="#">县纪委监委召开全县纪检监察干部教育整顿推进会</a><br>下一篇：<a href="#">警钟长鸣！这些“节日腐败”典型案例要警惕</a></div>
<div style="padding:10px 50px;color:#a31515"><b>举报方式：</b>来信请寄方城县纪委监委信访室（邮编473200）　举报电话：0377-12388　网络举报：请登录“中央纪委国家监委举报网站”</div></div>
<div id="bottom">中共方城县纪律检查委员会　方城县监察委员会　版权所有<br><a href="#" style="color:#fff">豫ICP备16015288号</a>　豫公网安备 41132202000019号</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-11 provincial department 批复, 2021 design
PAGES.append(dict(
    id="wf-11", kind="government", mode="pi", hmode="same",
    title="甘肃省水利厅关于民勤县红崖山灌区续建配套与现代化改造2025年度实施方案的批复",
    authors=[], publish_time="2025-06-14 10:12",
    body=[
        "武威市水务局：",
        "你局《关于审批民勤县红崖山灌区续建配套与现代化改造2025年度实施方案的请示》（武水发〔2025〕58号）收悉。经研究，现批复如下：",
        "一、原则同意民勤县红崖山灌区续建配套与现代化改造2025年度实施方案。",
        "二、本年度主要建设内容为：改造干渠12.6公里、支渠28.4公里，新建及改造渠系建筑物213座，新建量测水设施46处，配套建设灌区信息化管理平台一处。",
        "三、核定工程总投资8615万元，其中中央资金5000万元，省级资金1200万元，其余由地方自筹解决。",
        "四、请你局督促项目法人严格执行项目法人责任制、招标投标制、建设监理制和合同管理制，加强工程质量与安全生产管理，确保工程于2025年12月底前完工。",
        "五、项目实施中如有重大设计变更，须按程序报批。",
        ">> 甘肃省水利厅",
        ">> 2025年6月9日",
        "（此件公开发布）",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>甘肃省水利厅</title>
<style>body{margin:0;background:#eef5fb;font-family:"Microsoft YaHei"}.tb{background:#fff;font-size:12px;color:#888;padding:6px 10%;display:flex;justify-content:space-between}.tb a{color:#888;margin-left:12px}.ban{background:#0d5ca8;padding:30px 10%;color:#fff}.ban .t1{font-size:32px;font-weight:bold;letter-spacing:6px}.ban .t2{font-size:12px;letter-spacing:2px;opacity:.8}.mn{background:#0a4a88;padding:0 10%}.mn a{display:inline-block;color:#fff;padding:13px 18px}.ct{margin:20px 10%;background:#fff;padding:30px 80px}.ct .loc{font-size:13px;color:#888;margin-bottom:20px}.ct h1{text-align:center;font-size:24px;line-height:1.6;margin:10px 40px}.wh2{text-align:center;color:#444}.ct .inf{text-align:center;font-size:13px;color:#999;margin:12px 0 24px}.ft{background:#0a3c6e;color:#a9c4e2;font-size:12px;text-align:center;padding:20px;line-height:2}.qr{text-align:center;font-size:12px;color:#999}</style></head>
<body><div class="tb"><span>2025年6月14日 星期六</span><span><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">English</a><a href="#">繁体</a></span></div>
<div class="ban"><div class="t1">甘肃省水利厅</div><div class="t2">WATER RESOURCES DEPARTMENT OF GANSU PROVINCE</div><form style="float:right;margin-top:-40px"><input placeholder="请输入搜索内容"><input type="submit" value="搜索"></form></div>
<div class="mn"><a href="#">首页</a><a href="#">机构设置</a><a href="#">水利要闻</a><a href="#">信息公开</a><a href="#">政策法规</a><a href="#">水利规划</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="ct"><div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">批复文件</a></div>
<h1>@T@</h1>
<p class="wh2">甘水农水发〔2025〕112号</p>
<div class="inf">发布时间：@D@　　来源：农村水利水电处　　浏览次数：416</div>
@B@
<div style="margin-top:30px;font-size:14px">附件：<a href="#">民勤县红崖山灌区续建配套与现代化改造2025年度实施方案主要指标表.xls</a></div>
<div class="qr"><img alt="二维码" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div></div>
<div class="ft">甘肃省水利厅主办　地址：兰州市城关区滨河东路188号<br><a href="#">陇ICP备05004218号</a>　甘公网安备 62010202000733号　网站标识码：6200000019</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-12 Hebei county 公告, 2015 two-column layout
PAGES.append(dict(
    id="wf-12", kind="government", mode="ps", hmode="same",
    title="故城县人民政府关于全面禁止露天焚烧秸秆的公告",
    authors=[], publish_time="2025年06月14日",
    body=[
        "为切实做好2025年夏季秸秆禁烧工作，改善空气环境质量，保障人民群众身体健康和交通安全，根据《中华人民共和国大气污染防治法》《河北省大气污染防治条例》等法律法规规定，现就有关事项公告如下：",
        "一、本县行政区域内全面禁止露天焚烧秸秆、落叶、杂草等农业废弃物。",
        "二、各乡镇人民政府对本辖区秸秆禁烧工作负总责，实行县包乡、乡包村、村包户、户包地块的网格化管理。",
        "三、鼓励秸秆综合利用，推广秸秆机械化还田、饲料化、能源化利用。对购置秸秆还田机械的农户，按规定享受农机购置补贴。",
        "四、对违反本公告露天焚烧秸秆的，由生态环境部门依法处以五百元以上二千元以下罚款；造成火灾或其他严重后果的，依法追究法律责任。",
        "五、任何单位和个人发现露天焚烧秸秆行为，可拨打举报电话0318-5361210或12345进行举报。",
        "本公告自发布之日起施行。",
        ">> 故城县人民政府",
        ">> 2025年6月14日",
    ],
    frame="""<html><head><meta charset="utf-8"><title>故城县人民政府网</title>
<style>body{margin:0;font-size:13px;font-family:宋体;background:#fff}.w{width:1002px;margin:0 auto}.h{height:140px;background:#2a6eb6;color:#fff;font:bold 34px 黑体;padding:40px 0 0 30px;box-sizing:border-box}.n{background:#0e4d92;height:34px}.n a{color:#fff;display:inline-block;padding:0 15px;line-height:34px;font-size:14px}.l{float:left;width:230px;border:1px solid #cde}.l h4{background:#2a6eb6;color:#fff;margin:0;padding:6px}.l li{line-height:26px}.r{float:right;width:750px}.r .tt{font:bold 20px 宋体;text-align:center;color:#0e4d92;padding:18px 10px}.r .ii{text-align:center;background:#f0f5fa;line-height:30px;color:#555}.r .cc{font-size:14px;line-height:26px;padding:12px}.f{clear:both;border-top:3px solid #2a6eb6;text-align:center;line-height:24px;padding:10px;color:#444}</style></head>
<body><div class="w"><div class="h">故城县人民政府<span style="font:12px 宋体;float:right;margin-right:20px"><a href="#" style="color:#fff">无障碍</a> | <a href="#" style="color:#fff">繁体</a></span></div>
<div class="n"><a href="#">网站首页</a><a href="#">走进故城</a><a href="#">政务要闻</a><a href="#">信息公开</a><a href="#">通知公告</a><a href="#">网上办事</a><a href="#">公众参与</a><a href="#">县长信箱</a></div>
<div style="padding:8px">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; 正文　　<form style="display:inline;float:right">搜索：<input size="14"><input type="submit" value="GO"></form></div>
<div class="l"><h4>通知公告</h4><ul><li><a href="#">关于开展2025年夏粮收购的通知</a></li><li><a href="#">故城县防汛应急预案公示</a></li><li><a href="#">关于征集民生实事项目的公告</a></li></ul><h4>便民服务</h4><ul><li>天气预报</li><li>公交查询</li><li>火车时刻</li></ul></div>
<div class="r"><div class="tt">@T@</div>
<div class="ii">发布时间：@D@&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办&nbsp;&nbsp;&nbsp;&nbsp;【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="cc">
@B@
</div>
<div align="center">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>
<div class="f">主办：故城县人民政府办公室　承办：故城县信息中心<br>联系电话：0318-5361001　<a href="#">冀ICP备09031572号</a>　网站标识码：1311260001　冀公网安备 13112602000011号</div>
</div></body></html>"""))
