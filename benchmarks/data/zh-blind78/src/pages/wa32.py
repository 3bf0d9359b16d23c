ID = "wa-32"
KIND = "e-paper"
LANG = "zh"
TITLE = "石家庄新增10条“周末亲子游”公交专线"
AUTHORS = ["王瑶", "刘建"]
DATE = "2025年04月16日"
NOTES = "Evening paper 电子版 (2015 table layout): 第06版：城事 with date in the page bar, 上一版/下一版 and 版面 select, headline printed on two lines (joined without a space for the gold), byline with a □ mark (□本报记者 王瑶 通讯员 刘建), a table of four routes (header + rows), 本版其他文章 list, footer."

CSS = r'''
body{margin:0;background:#fff;font-size:12px;font-family:"宋体"}
.wb_top{background:#1d4e89;color:#fff;height:70px}
.wb_top td{color:#fff}
.wb_bc td{background:#dde6f1;height:28px;font-size:13px}
.wb_nr{font-size:14px;line-height:24px}
.wb_zbt{font-size:24px;font-weight:bold;line-height:34px;text-align:center;color:#000;padding-top:14px}
.wb_zz{text-align:left;font-size:14px;padding:10px 0;color:#333}
.wb_zw p{margin:0 0 8px;text-indent:2em}
.wb_zw table{border-collapse:collapse;margin:6px auto}
.wb_zw td{border:1px solid #888;padding:3px 8px;font-size:13px}
.wb_qt td{line-height:22px}
.wb_copy{background:#1d4e89;color:#ccd;text-align:center;line-height:22px}
'''

TEMPLATE = r'''<html>
<head>
<meta charset="utf-8">
<title>燕都晚报电子版</title>
<style>
{{CSS}}
</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="wb_top">
<table width="100%"><tr><td style="font-size:30px;font-family:'黑体'">　燕都晚报</td><td align="right">电子版　<a href="#" style="color:#fff">往期查询</a>　<a href="#" style="color:#fff">网站首页</a>　</td></tr></table>
</td></tr>
<tr><td>
<table width="100%" class="wb_bc" cellspacing="0"><tr>
<td>　第06版：城事</td><td>2025年04月16日</td><td><a href="#">上一版</a>　<a href="#">下一版</a></td>
<td align="right"><select><option>06版：城事</option><option>01版：封面</option><option>02版：要闻</option><option>03版：要闻</option><option>04版：民生</option><option>05版：民生</option></select>　</td>
</tr></table>
</td></tr>
<tr><td>
<table width="100%" cellspacing="10"><tr>
<td width="680" valign="top" class="wb_nr">
<div class="wb_zbt">石家庄新增10条<br>“周末亲子游”公交专线</div>
<div class="wb_zz">□本报记者 王瑶 通讯员 刘建</div>
<div class="wb_zw">
{{BODY}}
</div>
</td>
<td valign="top">
<table width="100%" class="wb_qt">
<tr><td><b>本版其他文章</b></td></tr>
<tr><td>· <a href="#">石家庄新增10条“周末亲子游”公交专线</a></td></tr>
<tr><td>· <a href="#">裕华路部分路段夜间施工</a></td></tr>
<tr><td>· <a href="#">市图书馆推出“阅读护照”</a></td></tr>
<tr><td>· <a href="#">民心河畔月季陆续开放</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td><img alt="第06版缩略图" src="{{GIF}}" width="200" height="280"></td></tr>
</table>
</td>
</tr></table>
</td></tr>
<tr><td class="wb_copy">燕都晚报社版权所有　冀ICP备05002117号<br>本站所有内容未经许可不得转载</td></tr>
</table>
</body>
</html>
'''

FMT = {
    "table": "<table>\n{rows}\n</table>",
}

BLOCKS = r'''
p: 本报讯 4月19日起，石家庄公交集团将开通10条“周末亲子游”公交专线，串联市区及周边的公园、博物馆、科技馆和农业采摘园等亲子游热门目的地，方便市民周末带孩子出游。
p: 据介绍，10条专线均在周六、周日及法定节假日运营，发车时间为每日8时至17时，票价统一为2元，持学生卡、老年卡乘车享受相应优惠。专线全部使用新能源空调车，车厢内张贴沿线景点介绍和安全乘车小知识。部分线路信息如下：
th: 线路 | 起点 | 终点 | 途经主要景点
tr: 亲子1线 | 火车站 | 植物园 | 河北博物院、植物园
tr: 亲子3线 | 北国商城 | 科技馆 | 长安公园、省科技馆
tr: 亲子5线 | 西三庄 | 动物园 | 西山森林公园、动物园
tr: 亲子8线 | 东二环 | 采摘园 | 滹沱河生态区、藁城采摘园
p: 石家庄公交集团有关负责人表示，开通亲子游专线是公交“定制化”服务的一次尝试，将根据客流情况适时调整线路和班次。市民可通过“石家庄公交”APP查询线路详情和实时车辆位置。
'''
