ID = "wa-36"
KIND = "institution"
LANG = "zh"
TITLE = "我校学子在全国大学生机器人大赛东北赛区比赛中获佳绩"
AUTHORS = ["张宇", "孙悦"]
DATE = "2025-04-18"
NOTES = "University news site (2022 design): 学校要闻 column, info row 作者：张宇 孙悦 | 摄影：李浩 | 审核：王建 | 来源：机械工程学院 | 发布时间：2025-04-18 | 点击：(photographer and reviewer are not authors), award list as a table, quoted student and teacher, photo caption, 上一条/下一条, 校园导航 footer with 地址/邮编/ICP."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei";background:#f5f7fa;color:#333}
.u-head{background:#003f88;color:#fff}
.u-head .in{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:110px}
.u-head .in .nm{font-size:30px;letter-spacing:4px}
.u-head .in .quick a{color:#cfe0ff;margin-left:14px;font-size:13px}
.u-menu{background:#002d63}
.u-menu .in{width:1200px;margin:0 auto;display:flex}
.u-menu a{flex:1;text-align:center;color:#fff;padding:13px 0}
.u-body{width:1200px;margin:24px auto;display:flex;gap:24px}
.u-col{width:240px;background:#fff}
.u-col h3{background:#003f88;color:#fff;margin:0;padding:14px;font-size:18px}
.u-col a{display:block;padding:10px 18px;border-bottom:1px solid #eee;color:#333}
.u-news{flex:1;background:#fff;padding:30px 50px}
.u-news .loc{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.u-news h1{font-size:24px;text-align:center;margin:26px 0 12px;line-height:1.5}
.u-news .attr{text-align:center;font-size:13px;color:#999;margin-bottom:24px}
.u-news .v_news_content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 12px}
.u-news .v_news_content table{margin:10px auto;border-collapse:collapse}
.u-news .v_news_content td{border:1px solid #bbb;padding:5px 10px;font-size:14px}
.u-news .v_news_content .pc{text-align:center;text-indent:0;font-size:14px;color:#666}
.u-news .pn{margin-top:24px;font-size:14px;line-height:2}
.u-foot{background:#002d63;color:#a9bfdd;font-size:12px;padding:24px 0}
.u-foot .in{width:1200px;margin:0 auto;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{TITLE}}-辽东理工大学新闻网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="u-head"><div class="in"><span class="nm">辽东理工大学新闻网</span><span class="quick"><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a><input type="text" placeholder="搜索"></span></div></div>
<div class="u-menu"><div class="in"><a href="/">首页</a><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">媒体理工</a><a href="#">校园人物</a><a href="#">视频</a></div></div>
<div class="u-body">
<div class="u-col"><h3>学校要闻</h3><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">通知公告</a></div>
<div class="u-news">
<div class="loc">当前位置: <a href="/">首页</a> &gt;&gt; <a href="#">学校要闻</a> &gt;&gt; 正文</div>
<h1>{{TITLE}}</h1>
<div class="attr">作者：张宇 孙悦 | 摄影：李浩 | 审核：王建 | 来源：机械工程学院 | 发布时间：2025-04-18 | 点击：[1208]</div>
<div class="v_news_content">
{{BODY}}
</div>
<div class="pn">上一条：<a href="#">学校召开2025年本科教学工作会议</a><br>下一条：<a href="#">我校与鞍山市签署校地合作协议</a></div>
</div>
</div>
<div class="u-foot"><div class="in">
地址：辽宁省鞍山市千山区千山中路185号　邮编：114051　电话：0412-5928800<br>
版权所有 © 辽东理工大学 党委宣传部　辽ICP备05001327号　辽公网安备 21030302000156号
</div></div>
</body>
</html>
'''

FMT = {
    "table": "<table>\n{rows}\n</table>",
    "img": '<p class="pc"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="pc">{t}</p>',
}

BLOCKS = r'''
p: 4月12日至14日，第十届全国大学生机器人大赛东北赛区比赛在哈尔滨举行。我校机械工程学院“智行”机器人创新团队派出两支队伍参赛，在来自东北三省42所高校的126支队伍中脱颖而出，获得一等奖1项、二等奖2项，并取得全国总决赛参赛资格。
img: 参赛队员合影
cap: 参赛队员与指导教师合影
p: 本届比赛设置物流搬运、智能巡检、创意设计三个赛项。比赛中，我校参赛队员沉着应对、密切配合，设计制作的机器人在自主导航、精准抓取等环节表现稳定，赢得评委好评。获奖情况如下：
th: 赛项 | 奖项 | 参赛队员 | 指导教师
tr: 物流搬运 | 一等奖 | 刘子航、陈思远、赵一鸣 | 王海涛、李娜
tr: 智能巡检 | 二等奖 | 孙浩然、周琳、吴凡 | 张振国
tr: 创意设计 | 二等奖 | 郑雨欣、黄博、许诺 | 李娜
p: “为了这次比赛，我们从去年十月就开始准备，光是机械臂的抓取程序就改了二十多版。”队长刘子航说，比赛中遇到场地光线变化导致识别偏差的问题，队员们现场调整参数，最终顺利完成任务。
p: 指导教师王海涛表示，学校近年来持续推进“赛教融合”，把学科竞赛融入课程教学和实践环节，为学生提供了开放实验室和项目经费支持。团队接下来将针对比赛中暴露出的问题继续优化设计，全力备战7月举行的全国总决赛。
'''
