from lib import *

PAGE = dict(
    id="xv-02", kind="government", lang="zh",
    title="花木街道举办“邻里节”社区志愿服务集市",
    authors=["钱丽娜"], publish_time="2024-10-12",
    doc_title="花木街道举办“邻里节”社区志愿服务集市--上海市浦东新区花木街道",
    css=GOV_OLD,
)
CSS = """
.lm td{border-bottom:1px dotted #ccc;height:24px}
.lm .d{color:#999}
.sidebox{border:1px solid #e0c0c0}
.sidebox .hd{background:#b81c22;color:#fff;font-weight:bold;padding:4px 8px}
"""
FMT = {"img_cap": '<p align="center"><img src="' + GIF + '" alt="{alt}" width="500" height="330" border="0"></p><p align="center" class="cap">{cap}</p>'}

BODY = """
p 10月12日上午，花木街道2024年“邻里节”社区志愿服务集市在联洋社区中心广场开市。活动以“邻里守望·温暖同行”为主题，辖区31个居民区、18家共建单位和12支志愿服务队伍设立摊位42个，吸引居民2000余人次参与。
p 集市现场设置了便民服务、健康咨询、法律援助、文化体验四个区域。理发、磨刀、修伞、家电维修等摊位前排起了长队；社区卫生服务中心的家庭医生为老人测量血压、血糖，解答慢病用药问题；律师志愿者围绕遗嘱订立、房屋租赁等问题提供面对面咨询。
img 活动现场 | 居民在便民服务区排队修理小家电
p 在文化体验区，剪纸、面塑、书法等非遗项目吸引了不少孩子驻足。家住大唐居民区的李阿姨带着孙女学剪了一张“福”字，她说：“以前邻居之间见面点个头就走了，现在有了这样的集市，大家坐下来聊聊天，感觉楼里的人更亲了。”
p 活动中，街道还为2024年度“最美楼组长”“优秀志愿者”代表颁发了证书，并发布了“花木邻里汇”志愿服务项目清单，居民可通过扫描二维码报名参加助老陪伴、垃圾分类宣传、社区微更新等志愿项目。
p 据介绍，“邻里节”是花木街道连续举办的第九届社区品牌活动。下一步，街道将把志愿服务集市开进更多居民区，让“家门口”的服务更便捷、更有温度。（通讯员 钱丽娜）
"""


def page(body):
    side = "".join(f'<tr><td>·<a href="#">{t}</a></td><td class="d">{d}</td></tr>' for t, d in [
        ("花木街道召开三季度安全生产工作会议", "10-10"), ("联洋社区开展重阳节敬老活动", "10-09"),
        ("花木街道举办“邻里节”社区志愿服务集市", "10-12"), ("街道开展燃气安全专项检查", "09-29"),
        ("培花居民区完成加装电梯签约", "09-26"), ("花木街道举行国庆升旗仪式", "09-30")])
    return f"""
<table class="top" width="100%" cellspacing="0" cellpadding="0"><tr><td width="50%">&nbsp;欢迎访问花木街道网站！</td>
<td align="right"><a href="#">设为首页</a>|<a href="#">加入收藏</a>|<a href="#">无障碍浏览</a>|<a href="#">繁体版</a>&nbsp;</td></tr></table>
<table class="banner" width="100%" cellspacing="0" cellpadding="0"><tr><td width="980" align="center">{img("上海市浦东新区花木街道", 600, 90)}</td></tr></table>
<table class="nav" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<a href="#">首　页</a><a href="#">街道概况</a><a href="#">街道动态</a><a href="#">政务公开</a><a href="#">社区服务</a><a href="#">党建园地</a><a href="#">联系我们</a></td></tr></table>
<table class="main" width="980" align="center" cellspacing="0" cellpadding="0"><tr>
<td width="240" valign="top">
<div class="sidebox"><div class="hd">街道动态</div><table class="lm" width="100%">{side}</table></div>
<div class="sidebox"><div class="hd">便民服务</div><p>社区事务受理服务中心：021-58xx6023</p><p>工作时间：周一至周六 9:00-17:00</p></div>
</td>
<td width="20"></td>
<td valign="top">
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">街道动态</a> &gt;&gt; 正文</div>
<div class="tit">花木街道举办“邻里节”社区志愿服务集市</div>
<div class="info"><span>日期：2024-10-12</span><span>来源：花木街道办事处</span><span>点击数：328</span></div>
<div class="content">
{body}
</div>
<table width="100%"><tr><td align="right"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a> <a href="#">【返回顶部】</a></td></tr></table>
<p>上一条：<a href="#">联洋社区开展重阳节敬老活动</a><br>下一条：<a href="#">花木街道召开三季度安全生产工作会议</a></p>
</td></tr></table>
<div class="foot">
<p>版权所有：上海市浦东新区花木街道办事处　　地址：上海市浦东新区xx路1号　　邮编：200135</p>
<p>联系电话：021-58xx6000　　沪ICP备10027413号-2　　沪公网安备 31011502009163号</p>
<p>建议使用1024×768分辨率，IE8.0以上版本浏览本站</p>
</div>
"""
