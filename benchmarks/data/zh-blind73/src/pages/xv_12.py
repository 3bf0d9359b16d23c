from lib import *

PAGE = dict(
    id="xv-12", kind="government", lang="zh",
    title="双桥子街道水碾河社区开展“浓情端午 粽享邻里”主题活动",
    authors=["黄琴"], publish_time="2025-05-30 15:08:21",
    doc_title="双桥子街道水碾河社区开展“浓情端午 粽享邻里”主题活动 - 成都市成华区人民政府",
    css=GOV_OLD,
)
CSS = """
.banner{background:#1d4f91}
.nav{background:#173f75}
.tit{color:#173f75}
.info3{color:#666;border-bottom:1px solid #ddd;padding:0 0 8px 60px}
.info3 div{line-height:22px}
"""

BODY = """
p 5月29日，在端午节来临之际，成华区双桥子街道水碾河社区联合辖区共建单位在社区党群服务中心开展“浓情端午 粽享邻里”主题活动，60余名居民和志愿者参加。
p 活动现场，粽叶飘香，欢声笑语。社区志愿者提前准备好了粽叶、糯米、红枣、腊肉等食材，年长的居民手把手地教年轻人和孩子们包粽子，从折叶、填米到捆扎，一个个棱角分明的粽子很快摆满了桌子。“我包了几十年粽子，今天教会了三个娃娃，比自己吃还高兴。”78岁的居民刘婆婆笑着说。
img 包粽子 | 居民和志愿者一起包粽子
p 活动中，社区还组织了端午知识问答、手绘香囊和“五彩绳”编织等体验项目，讲解端午节的由来和习俗。来自共建单位的医护人员为老人开展了义诊，提醒大家节日期间注意饮食卫生，糖尿病患者要适量食用粽子。
p 活动结束后，志愿者们将包好的200余个粽子分装成爱心礼包，送到辖区独居老人、困难家庭和坚守岗位的环卫工人手中。
p 水碾河社区党委书记表示，社区将以传统节日为纽带，持续开展形式多样的邻里活动，营造和谐友善的社区氛围，增强居民的归属感和幸福感。
"""


def page(body):
    return f"""
<table class="top" width="100%" cellspacing="0" cellpadding="0"><tr><td>&nbsp;<a href="#">成华区人民政府</a> | <a href="#">双桥子街道</a></td>
<td align="right"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a>&nbsp;</td></tr></table>
<table class="banner" width="100%"><tr><td align="center">{img("成都市成华区人民政府", 640, 90)}</td></tr></table>
<table class="nav" width="100%"><tr><td align="center"><a href="#">首页</a><a href="#">走进成华</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">新闻中心</a><a href="#">政民互动</a></td></tr></table>
<table class="main" width="1000" align="center"><tr><td>
<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 街道动态</div>
<div class="tit">双桥子街道水碾河社区开展“浓情端午 粽享邻里”主题活动</div>
<div class="info3"><div>【发布时间】2025-05-30 15:08:21</div><div>【信息来源】双桥子街道</div><div>【作者】黄&nbsp;&nbsp;琴　　摄影：周凯</div></div>
<div class="content">
{body}
</div>
<p align="center"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
<table width="100%"><tr><td><b>相关新闻</b></td></tr>
<tr><td>·<a href="#">猛追湾街道举办端午龙舟文化展</a> (2025-05-31)</td></tr>
<tr><td>·<a href="#">双桥子街道开展节前安全生产大检查</a> (2025-05-27)</td></tr>
<tr><td>·<a href="#">成华区各街道端午节活动精彩纷呈</a> (2025-06-03)</td></tr></table>
</td></tr></table>
<div class="foot">
<p>主办：成都市成华区人民政府办公室　承办：成都市成华区政务服务管理和网络理政办公室</p>
<p>蜀ICP备09013264号　川公网安备 51010802000732号　网站标识码：5101080006</p>
</div>
"""
