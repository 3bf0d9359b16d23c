ID = "wa-02"
KIND = "government"
LANG = "zh"
TITLE = "华山街道开展春季消防安全宣传进社区活动"
AUTHORS = ["孙晓萌"]
DATE = "2025年04月16日"
NOTES = "街道 page inside a district portal, 2016 table layout: 您现在的位置 breadcrumb with >>, headline then 发布时间/来源/【打印本页】【关闭窗口】 in one table cell, photo with caption, a closing byline line （通讯员 孙晓萌） on its own, 编辑/审核 line, footer table with 主办/ICP."

CSS = r'''
body{margin:0;font-size:12px;font-family:"宋体",SimSun;background:#e9e9e9}
table{border-collapse:collapse}
.hs_top{background:#c40000;height:110px}
.hs_menu td{background:#a60000;color:#fff;font-size:14px;height:36px;text-align:center}
.hs_menu a{color:#fff;text-decoration:none}
.hs_pos{height:32px;border-bottom:1px solid #ddd;padding-left:10px}
.hs_title{font-size:22px;font-weight:bold;color:#b00000;text-align:center;padding:20px 0 10px}
.hs_info{text-align:center;color:#777;border-bottom:1px solid #e3e3e3;padding-bottom:8px}
.hs_content{font-size:14px;line-height:28px;padding:10px 30px}
.hs_content p{margin:8px 0}
.hs_pic{text-align:center}
.hs_side td{padding:4px 8px}
.hs_bottom{background:#555;color:#ddd;line-height:24px;text-align:center}
'''

TEMPLATE = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta charset="utf-8">
<title>华山街道开展春季消防安全宣传进社区活动 - 街道动态 - 济南市历城区人民政府</title>
<style>
{{CSS}}
</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td class="hs_top"><img alt="济南市历城区人民政府 华山街道办事处" src="{{GIF}}" width="600" height="100"></td></tr>
<tr><td>
<table width="100%" class="hs_menu"><tr>
<td><a href="/">网站首页</a></td><td><a href="#">街道概况</a></td><td><a href="#">街道动态</a></td><td><a href="#">社区建设</a></td><td><a href="#">政务公开</a></td><td><a href="#">便民服务</a></td><td><a href="#">党建园地</a></td>
</tr></table>
</td></tr>
<tr><td>
<table width="100%"><tr>
<td width="240" valign="top">
<table width="100%" class="hs_side">
<tr><td><b>街道动态</b></td></tr>
<tr><td><a href="#">·工作动态</a></td></tr>
<tr><td><a href="#">·社区风采</a></td></tr>
<tr><td><a href="#">·通知公告</a></td></tr>
<tr><td><a href="#">·图片新闻</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td><b>便民电话</b></td></tr>
<tr><td>街道党政办：0531-88167021</td></tr>
<tr><td>便民服务中心：0531-88167035</td></tr>
</table>
</td>
<td valign="top">
<table width="100%">
<tr><td class="hs_pos">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="#">街道动态</a> &gt;&gt; <a href="#">工作动态</a></td></tr>
<tr><td class="hs_title">{{TITLE}}</td></tr>
<tr><td class="hs_info">发布时间：2025年04月16日&nbsp;&nbsp;&nbsp;&nbsp;来源：华山街道办事处&nbsp;&nbsp;&nbsp;&nbsp;【<a href="#">打印本页</a>】&nbsp;【<a href="#">关闭窗口</a>】</td></tr>
<tr><td class="hs_content">
{{BODY}}
</td></tr>
<tr><td align="right" style="padding-right:30px;color:#888">编辑：高　峰&nbsp;&nbsp;审核：王立新</td></tr>
</table>
</td>
</tr></table>
</td></tr>
<tr><td class="hs_bottom">
版权所有：济南市历城区人民政府华山街道办事处&nbsp;&nbsp;地址：济南市历城区华山北路6号<br>
主办单位：华山街道党政办公室&nbsp;&nbsp;技术支持：济南某信息科技有限公司<br>
鲁ICP备05041166号&nbsp;&nbsp;网站标识码：3701120021&nbsp;&nbsp;<img alt="政府网站找错" src="{{GIF}}">
</td></tr>
</table>
</body>
</html>
'''

FMT = {
    "p": "<p>　　{t}</p>",
    "img": '<p class="hs_pic"><img alt="{t}" src="{{GIF}}" width="500" height="320"></p>',
    "cap": '<p class="hs_pic">{t}</p>',
    "nb": '<p align="right">{t}</p>',
}

BLOCKS = r'''
p: 为进一步增强辖区居民消防安全意识，筑牢春季火灾防控“防火墙”，4月15日上午，华山街道联合历城区消防救援大队在华润社区文化广场开展春季消防安全宣传进社区活动。
img: 活动现场
cap: 消防救援人员向居民演示灭火器使用方法
p: 活动现场，消防救援人员通过展板展示、发放宣传手册、现场讲解等方式，向居民普及电动自行车安全充电、家庭用火用电用气、高层住宅火灾逃生自救等知识，并重点提醒居民不要将电动自行车停放在楼道、安全出口处，不要“飞线”充电。
p: 在灭火器实操体验区，消防员手把手指导居民“一拔、二握、三瞄、四压”，不少居民亲自上阵体验。“以前家里买了灭火器，一直不知道怎么用，今天学会了，心里踏实多了。”居民刘阿姨说。
p: 活动还设置了消防知识有奖问答环节，居民们踊跃参与、积极作答，现场气氛热烈。本次活动共发放宣传资料600余份，接受群众咨询120余人次。
p: 下一步，华山街道将持续开展消防安全隐患排查整治，组织网格员深入“九小场所”、出租房屋和老旧小区开展常态化检查，切实守护辖区居民生命财产安全。
nb: （通讯员　孙晓萌）
'''
