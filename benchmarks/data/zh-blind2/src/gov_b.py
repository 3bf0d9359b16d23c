from lib import *

DOC_CSS = BASE_CSS + '''.doc{width:860px;margin:0 auto;font-family:FangSong,SimSun;font-size:16px}
.doc h1{font-family:SimHei;font-size:24px} .wh{text-align:center} .idx td{border:1px solid #ccc;padding:4px 8px;font-size:12px}'''

# zc-06 公安交警 通告 (Hohhot) — no 主送, 文号, 署名, 成文日期
@page('zc-06')
def p06():
    title = '呼和浩特市公安局交通管理支队关于2025呼和浩特马拉松赛期间对部分道路实行交通管制的通告'
    items = [
        '为保障2025呼和浩特马拉松赛顺利进行，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定于比赛期间对部分道路实行临时交通管制。现将有关事项通告如下：',
        '一、管制时间',
        '2025年8月24日（星期日）5时至13时。',
        '二、管制路段',
        '（一）5时至8时，新华大街（兴安北路至东二环）双向禁止机动车通行；',
        '（二）6时30分至11时30分，成吉思汗大街、金桥大街、敕勒川大街沿线按比赛进程分段禁止机动车通行；',
        '（三）7时至13时，如意和大街（腾飞路至兴安南路）禁止机动车通行。',
        '三、有关要求',
        '（一）管制期间，除持有赛事专用通行证件的车辆外，其他车辆禁止进入管制路段，请过往车辆提前绕行；',
        '（二）管制期间，公交线路临时调整，具体以公交公司发布的信息为准；',
        '（三）执行任务的警车、消防车、救护车、工程救险车不受本通告限制。',
        '请广大市民和驾驶人合理安排出行时间，服从现场交通警察和工作人员的指挥。对违反本通告的，公安机关交通管理部门将依法处理。',
        '特此通告。',
        '附件：2025呼和浩特马拉松赛交通管制示意图',
        ('c', '呼和浩特市公安局交通管理支队'),
        ('c', '2025年8月18日'),
    ]
    bh, bg = render(items, indent=True)
    body = f'''<div class="topbar"><div class="w">呼和浩特市公安局交通管理支队 <span style="float:right">蒙古文 | 无障碍 | 长者模式</span></div></div>
<div class="w" style="padding:18px 0;font-size:28px;color:#14408a">呼和浩特交警 <input style="float:right" type="text" placeholder="请输入关键词"></div>
<div class="nav" style="background:#14408a"><div class="w">{links(['首页','警务公开','通知公告','交通管制','业务办理','违法查询','互动交流'])}</div></div>
<div class="w crumb">首页 / 通知公告 / 交通管制</div>
<div class="doc">
<h1>{e(title)}</h1>
<p class="wh">呼公交通告〔2025〕7号</p>
<div class="info">发布时间：2025/08/18　来源：呼和浩特市公安局交通管理支队　【字号 大 中 小】</div>
{bh}
<p><a href="#">附件下载：2025呼和浩特马拉松赛交通管制示意图.pdf</a></p>
</div>
<div class="w">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="foot">主办单位：呼和浩特市公安局交通管理支队　蒙ICP备16001234号　蒙公网安备15010202000315号<br>交通事故报警电话：122　网站标识码：1501000044</div>'''
    return doc(title, DOC_CSS, body), gold('zc-06', title, [], '2025/08/18', bg)

# zc-07 教育局 通知 with attachment list (Quanzhou, Fujian) — 信息索引 table above
@page('zc-07')
def p07():
    title = '泉州市教育局关于做好2025年中小学生暑期安全工作的通知'
    items = [
        '各县（市、区）教育局，泉州开发区、泉州台商投资区教育主管部门，市直属各学校：',
        '暑期将至，学生离校时间长、活动范围广，溺水、交通、消防等安全风险明显增加。为切实保障学生暑期安全，现就有关工作通知如下：',
        '一、压紧压实安全责任。各地各校要在放假前召开专题会议，对暑期安全工作进行再部署，层层落实校长、班主任和任课教师的安全教育责任，确保每名学生都纳入安全管理。',
        '二、扎实开展防溺水教育。各校要在放假前上好“防溺水最后一课”，通过“一封信”“家长会”等形式提醒家长落实监护责任，做到“六不一会”；会同属地乡镇（街道）排查辖区危险水域，设置警示标识。',
        '三、加强交通及其他安全教育。教育学生遵守交通规则，不乘坐非法营运车辆和超员车辆；加强防诈骗、防欺凌、网络安全和心理健康教育，提醒学生不参加非法补习和危险活动。',
        '四、严格值班值守。暑期实行24小时值班和领导带班制度，遇有突发事件要第一时间妥善处置并按规定报告，不得迟报、漏报、瞒报。',
        '请各地各校于7月5日前将暑期安全工作落实情况（附件2）报送市教育局安全稳定科。联系人：庄雅琳，联系电话：0595-22581234。',
        '附件：1.2025年暑期致家长的一封信',
        '2.暑期安全工作落实情况统计表',
        '3.泉州市中小学生防溺水“六不一会”宣传材料',
        ('c', '泉州市教育局'),
        ('c', '2025年6月27日'),
        '（此件主动公开）',
    ]
    bh, bg = render(items, indent=True)
    idx = '''<table class="idx" width="100%"><tr><td>索引号：FJ02001-0400-2025-00158</td><td>发布机构：泉州市教育局</td></tr>
<tr><td>文号：泉教安〔2025〕14号</td><td>生成日期：2025-06-27</td></tr>
<tr><td colspan="2">标题：泉州市教育局关于做好2025年中小学生暑期安全工作的通知</td></tr>
<tr><td>有效性：有效</td><td>主题分类：教育</td></tr></table>'''
    body = f'''<div class="topbar"><div class="w"><a href="#">泉州市人民政府</a> | <a href="#">泉州市教育局</a><span style="float:right"><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">简</a>/<a href="#">繁</a></span></div></div>
<div class="w" style="font-size:28px;padding:16px 0;color:#006a4e">泉州市教育局 <span style="font-size:14px">Quanzhou Municipal Education Bureau</span></div>
<div class="nav" style="background:#006a4e"><div class="w">{links(['首页','机构概况','政务公开','教育动态','通知公告','办事服务','互动交流'])}</div></div>
<div class="w crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="doc">{idx}
<h1>{e(title)}</h1>
<p class="wh">泉教安〔2025〕14号</p>
{bh}
<div class="attach"><p>附件下载：</p><p><a href="#">1.2025年暑期致家长的一封信.docx</a></p><p><a href="#">2.暑期安全工作落实情况统计表.xlsx</a></p><p><a href="#">3.泉州市中小学生防溺水“六不一会”宣传材料.pdf</a></p></div>
<div class="info">发布时间：2025-06-30 17:42　　浏览量：3418　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
</div>
<div class="w"><p>扫一扫在手机打开当前页</p><p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div>
<div class="foot">主办：泉州市教育局　地址：泉州市丰泽区东海大街1号<br>网站标识码：3505000025　闽ICP备05012345号-2　闽公网安备 35050302000456号</div>'''
    return doc(title, DOC_CSS, body), gold('zc-07', title, [], '2025-06-30 17:42', bg)

# zc-08 县政府办 印发 办法 (Shanxi, Qinyuan county), old-ish layout
@page('zc-08')
def p08():
    title = '沁源县人民政府办公室关于印发沁源县农村生活垃圾治理考核办法的通知'
    items = [
        '各乡（镇）人民政府，县直各有关单位：',
        '《沁源县农村生活垃圾治理考核办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
        ('c', '沁源县人民政府办公室'),
        ('c', '2021年3月16日'),
        ('h', '沁源县农村生活垃圾治理考核办法'),
        '第一条 为持续改善农村人居环境，建立农村生活垃圾治理长效机制，结合我县实际，制定本办法。',
        '第二条 本办法适用于全县各乡（镇）农村生活垃圾收集、转运、处置工作的考核。',
        '第三条 考核工作由县农村人居环境整治工作领导小组办公室（以下简称县整治办）组织实施，县住建局、县生态环境局、县农业农村局等单位配合。',
        '第四条 考核采取日常检查与季度考核相结合的方式。日常检查以随机暗访为主，每月不少于一次；季度考核每季度末开展，全年考核成绩按四个季度平均计算。',
        '第五条 考核内容包括：村庄保洁队伍建设情况、垃圾收集设施配备和管护情况、垃圾日产日清情况、村民门前“三包”落实情况以及群众满意度。',
        '第六条 考核结果分为优秀、良好、合格、不合格四个等次，并在全县范围内通报。对考核优秀的乡（镇）给予以奖代补资金支持；对连续两个季度不合格的乡（镇），由县整治办约谈其主要负责人。',
        '第七条 本办法由县整治办负责解释，自印发之日起施行。',
    ]
    bh, bg = render(items, indent=True)
    css = DOC_CSS + '.oldtitle{font-size:20px;color:#b00;text-align:center;font-weight:bold}'
    body = f'''<table width="1000" align="center" cellspacing="0"><tr><td style="background:#7a0c0c;color:#fff;font-size:26px;height:96px;padding-left:20px">沁源县人民政府</td></tr>
<tr><td style="background:#f3e3c3">{links(['首页','政府信息公开','县情概况','政务要闻','办事服务','政民互动'],' | ')}</td></tr></table>
<table width="1000" align="center"><tr><td>您的位置：<a href="#">网站首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">县政府办文件</a></td></tr></table>
<table width="1000" align="center" class="idx"><tr><td>索 引 号：11140431MB1956XXXX/2021-00045</td><td>主题分类：城乡建设、环境保护</td></tr>
<tr><td>发文机关：沁源县人民政府办公室</td><td>成文日期：2021-03-16</td></tr>
<tr><td>发文字号：沁政办发〔2021〕9号</td><td>发布日期：2021-03-19</td></tr></table>
<div class="doc"><p class="oldtitle">{e(title)}</p>
<p class="wh">沁政办发〔2021〕9号</p>
{bh}
</div>
<table width="1000" align="center"><tr><td align="right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
<table width="1000" align="center" style="background:#eee;font-size:12px"><tr><td align="center">主办：沁源县人民政府办公室　承办：沁源县融媒体中心<br>晋ICP备10201234号　网站标识码：1404310001　晋公网安备 14043102000012号</td></tr></table>'''
    return doc(title, css, body), gold('zc-08', title, [], '2021-03-19', bg)
