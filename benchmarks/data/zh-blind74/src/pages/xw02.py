# 嘉兴市秀洲区新城街道 (sub-site of the district portal) -- 工作动态, 2012-style table layout
from lib import *

META = dict(
    id="xw-02", kind="government", lang="zh",
    title="新城街道开展“清洁家园”环境卫生集中整治行动",
    authors=[],
    publish_time="2025-04-22",
)

BODY = [
    P("为进一步巩固全国文明城市创建成果，营造干净整洁的人居环境，4月以来，新城街道在辖区11个社区同步开展“清洁家园”环境卫生集中整治行动，组织机关干部、社区工作者、物业人员和志愿者1200余人次，对背街小巷、老旧小区、农贸市场周边等重点区域开展地毯式清理。"),
    P("此次整治聚焦群众反映强烈的突出问题，重点做好三方面工作："),
    P("一是清理卫生死角。对楼道堆物、绿化带垃圾、废弃家具等进行集中清运，累计清理各类垃圾86吨，拆除违规搭建的简易棚12处。"),
    P("二是规范车辆停放。联合交警、城管等部门对非机动车乱停乱放、“僵尸车”占道等现象开展专项整治，新增非机动车停放点位23个，劝离拖移长期停放车辆17辆。"),
    P("三是整治飞线充电。逐楼逐户排查电动自行车飞线充电隐患，发放安全告知书2600余份，在6个老旧小区新增集中充电桩位320个。"),
    P("街道相关负责人表示，下一步将建立“社区吹哨、部门报到”联动机制，把集中整治与日常管理结合起来，落实“门前三包”责任制，引导居民群众主动参与，推动环境卫生整治由“突击式”向“常态化”转变。"),
]

STYLE = dict(p="　　{}<br>")

CSS = """
body{margin:0;font-size:12px;font-family:宋体,SimSun;background:#e9eef3}
table{border-collapse:collapse}
.xz_top td{background:#2a6fb4;color:#fff;height:24px}
.xz_top a{color:#fff}
.xz_menu td{background:#3b83c8;height:32px;text-align:center;font-size:14px}
.xz_menu a{color:#fff;text-decoration:none}
.xz_left{background:#f5f8fb;border-right:1px solid #c9d6e3;vertical-align:top}
.xz_left h4{background:#2a6fb4;color:#fff;margin:0;padding:6px}
.xz_left li{line-height:26px}
.bt_title{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:16px 0 8px}
.bt_info{text-align:center;color:#666;border-bottom:1px dotted #999;padding-bottom:6px}
.bt_content{font-size:14px;line-height:26px;padding:12px 20px}
.bt_foot{background:#2a6fb4;color:#fff;text-align:center;line-height:22px;padding:8px}
"""


def page(body):
    m = META
    return f"""
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="xz_top">
<tr><td>&nbsp;今天是：2025年4月22日 星期二</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">繁体</a>&nbsp;</td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td>{img("嘉兴市秀洲区新城街道", 1000, 120)}</td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="xz_menu">
<tr><td><a href="#">网站首页</a></td><td><a href="#">街道概况</a></td><td><a href="#">工作动态</a></td><td><a href="#">通知公告</a></td><td><a href="#">党建之窗</a></td><td><a href="#">社区风采</a></td><td><a href="#">便民服务</a></td><td><a href="#">信息公开</a></td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr>
<td width="220" class="xz_left">
<h4>工作动态</h4>
<ul><li><a href="#">街道要闻</a></li><li><a href="#">社区动态</a></li><li><a href="#">图片新闻</a></li><li><a href="#">媒体聚焦</a></li></ul>
<h4>站内搜索</h4>
<p>&nbsp;<input type="text" size="16" value="请输入关键字"> <input type="submit" value="搜 索"></p>
</td>
<td width="780" valign="top">
<table width="100%"><tr><td>&nbsp;您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">工作动态</a> &gt;&gt; <a href="#">街道要闻</a></td></tr></table>
<table width="96%" align="center">
<tr><td class="bt_title">{m['title']}</td></tr>
<tr><td class="bt_info">信息来源：新城街道办事处&nbsp;&nbsp;&nbsp;&nbsp;发布日期：{m['publish_time']}&nbsp;&nbsp;&nbsp;&nbsp;访问次数：286</td></tr>
<tr><td class="bt_content">
{body}
<br>
<div align="right">（新城街道供稿）</div>
</td></tr>
<tr><td align="right">【<a href="#">打印此文</a>】&nbsp;【<a href="#">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" align="center" class="bt_foot">
<tr><td>版权所有：嘉兴市秀洲区人民政府新城街道办事处　地址：嘉兴市秀洲区新城路318号　电话：0573-82716053<br>
技术支持：嘉兴市秀洲区大数据中心　浙ICP备13027856号　网站标识码：3304110032<br>
建议使用1024×768分辨率浏览本站</td></tr>
</table>
"""
