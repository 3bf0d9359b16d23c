PAGE = dict(
    id="wg-09", kind="government", lang="zh",
    site="黄冈市黄州区人民政府 · 领导之窗 · 领导讲话（2017 年模板，左侧栏目）",
    features="讲话稿：标题下居中“区长　周立军”与讲话日期（非正文），信息栏发布时间晚于讲话日期；“同志们：”开头；“一、”至“四、”小标题；"
             "左侧“领导之窗”栏目；字体大中小；打印/关闭；上一篇/下一篇；页脚",
    title="在全区安全生产工作会议上的讲话",
    authors=["周立军"],
    publish_time="2025-03-21 09:30",
    head_title="在全区安全生产工作会议上的讲话 - 黄州区人民政府",
    CSS="""
body{margin:0;background:#dfe7ef;font:14px/1.8 "微软雅黑";color:#333}
.container{width:1100px;margin:0 auto;background:#fff}
.header{height:140px;background:#0f4c81;color:#fff;position:relative}
.header h1{margin:0;position:absolute;left:40px;top:40px;font-size:34px;letter-spacing:4px}
.header .s{position:absolute;right:30px;top:14px;font-size:12px}
.header .s a{color:#fff;margin-left:10px}
.nav{background:#f3b500;height:46px}
.nav a{float:left;width:12.5%;text-align:center;line-height:46px;font-size:16px;color:#111;font-weight:bold}
.cols{overflow:hidden;padding:20px}
.left{float:left;width:220px}
.left .t{background:#0f4c81;color:#fff;font-size:18px;text-align:center;line-height:50px}
.left a{display:block;border-bottom:1px solid #ddd;line-height:40px;padding-left:20px}
.right{float:right;width:820px}
.right .pos{border-bottom:2px solid #0f4c81;line-height:34px;font-size:13px}
.right .btitle{font-size:24px;font-weight:bold;text-align:center;margin:24px 0 8px;color:#0f4c81}
.right .speaker{text-align:center;font-family:楷体;font-size:17px;line-height:1.8}
.right .time{text-align:center;font-size:12px;color:#888;background:#f5f5f5;line-height:30px;margin:12px 0}
.right .nr{font-size:16px;line-height:2}
.right .bt{text-align:right}
.right .sx{border-top:1px dashed #ccc;margin-top:16px;padding-top:8px}
.footer{background:#0f4c81;color:#fff;text-align:center;font-size:12px;padding:16px 0;line-height:2}
""",
    STYLE={"p": '<p style="text-indent:2em">{t}</p>', "h": '<p style="text-indent:2em"><b>{t}</b></p>'},
    TEMPLATE="""
<div class="container">
<div class="header"><h1>黄州区人民政府</h1><div class="s"><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">繁体版</a></div></div>
<div class="nav"><a href="#">首页</a><a href="#">区情概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">领导之窗</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="cols">
<div class="left"><div class="t">领导之窗</div><a href="#">区政府领导</a><a href="#">领导活动</a><a href="#">领导讲话</a><a href="#">分工调整</a></div>
<div class="right">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">领导之窗</a> &gt; <a href="#">领导讲话</a></div>
<div class="btitle">在全区安全生产工作会议上的讲话</div>
<div class="speaker">区长　周立军<br>（2025年3月18日）</div>
<div class="time">发布时间：2025-03-21 09:30　|　来源：区政府办公室　|　阅读：　|　字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="nr">
{{BODY}}
</div>
<div class="bt"><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
<div class="sx">上一篇：<a href="#">在全区2025年招商引资工作推进会上的讲话</a><br>下一篇：<a href="#">在全区农村工作会议上的讲话</a></div>
</div>
</div>
<div class="footer">主办：黄冈市黄州区人民政府办公室　承办：黄州区政务服务和大数据管理局<br>
网站标识码：4211020005　鄂ICP备16013742号　鄂公网安备 42110202000069号　联系电话：0713-8326501</div>
</div>
""",
    BODY="""
p: 同志们：
p: 今天召开全区安全生产工作会议，主要任务是贯彻落实全省、全市安全生产工作会议精神，总结去年工作，分析当前形势，部署今年重点任务。刚才，区应急管理局通报了去年全区安全生产工作情况，三个单位作了表态发言，我都同意。下面，我讲四点意见。
h: 一、清醒认识当前安全生产形势
p: 过去一年，全区上下认真落实安全生产责任制，深入开展重大事故隐患专项排查整治，全区生产安全事故起数和死亡人数实现“双下降”，没有发生较大以上生产安全事故。但我们也要清醒看到，部分企业主体责任落实不到位，城镇燃气、自建房、电动自行车等领域隐患仍然存在，一些同志思想上有松懈、工作上有差距。对此，大家务必保持高度警惕。
h: 二、突出重点抓好隐患排查整治
p: 一是抓好城镇燃气安全。对餐饮场所燃气报警装置安装情况开展“回头看”，6月底前完成老旧燃气管网改造任务。二是抓好道路交通安全。紧盯“两客一危一货”和农村道路，加强源头管控和路面执法。三是抓好消防安全。聚焦老旧小区、“九小场所”和群租房，坚决整治电动自行车违规停放充电问题。四是抓好汛期安全。提前做好汛前检查，落实山洪地质灾害点监测预警和转移避险措施。
h: 三、着力提升应急处置能力
p: 今年汛期形势不容乐观，各地各部门要立足于防大汛、抗大险、救大灾，提前修订完善应急预案，4月底前组织开展一次防汛和地质灾害综合演练。区应急管理局要会同有关部门摸清应急物资储备底数，该补充的及时补充，该更新的及时更新。各街道、乡镇要把应急队伍建到村（社区），确保一旦发生险情，第一时间有人响应、有人处置。
h: 四、压紧压实各方责任
p: 各街道、乡镇和开发区要切实履行属地管理责任，行业主管部门要按照“三个必须”要求抓好行业监管，企业要把安全投入、安全培训、隐患治理落实到每个岗位。区安委会办公室要加强督导检查，对工作不力、造成严重后果的，依规依纪严肃追责问责。
p: 同志们，安全生产只有起点、没有终点。希望大家以时时放心不下的责任感，扎扎实实抓好各项工作，为全区高质量发展营造安全稳定的环境。
""",
)
