from lib import *

PAGE = dict(
    id="xv-11", kind="government", lang="zh",
    title="重庆市生态环境局关于公开征求《重庆市餐饮业油烟污染防治管理办法（征求意见稿）》意见的公告",
    authors=[], publish_time="2025-05-30",
    doc_title="重庆市生态环境局关于公开征求《重庆市餐饮业油烟污染防治管理办法（征求意见稿）》意见的公告_重庆市生态环境局",
    css=GOV_NEW,
)
CSS = """
.head{background:#147a6e}
.mainnav{background:#0f5d54}
.cols{display:flex;gap:24px}
.cols .article{flex:1}
.cols .side{width:320px;background:#fff;padding:16px}
.msg{color:#888;font-size:14px}
.msg span{margin-right:18px}
.fj{background:#f4f8f7;padding:10px 14px;margin-top:16px}
"""

BODY = """
p 为进一步加强餐饮业油烟污染防治，改善城市环境空气质量，回应群众对餐饮油烟扰民问题的关切，我局起草了《重庆市餐饮业油烟污染防治管理办法（征求意见稿）》，现向社会公开征求意见。有关事项公告如下：
h 一、征求意见时间
p 2025年5月30日至2025年6月30日。
h 二、反馈方式
li （一）电子邮件：请将意见建议发送至cqsthjjdqc@cq.example.cn，邮件主题请注明“餐饮油烟办法意见”。
li （二）信函：请邮寄至重庆市渝北区xx路1号重庆市生态环境局大气环境处，邮编401147，并在信封上注明“餐饮油烟办法意见”字样。邮寄时间以邮戳为准。
li （三）网上留言：登录重庆市生态环境局网站“互动交流—意见征集”栏目提出意见。
h 三、主要内容
p 征求意见稿共五章二十八条，明确了新建、改建、扩建餐饮服务项目的选址要求，规定居民住宅楼、未配套设立专用烟道的商住综合楼以及商住综合楼内与居住层相邻的商业楼层不得新建产生油烟的餐饮服务项目；要求排放油烟的餐饮服务单位安装油烟净化设施并保持正常使用，定期清洗维护并建立台账；对露天烧烤、城市夜市等作出专门规定。
p 提出意见时，请注明真实姓名和联系方式，以便进一步沟通。感谢您的参与和支持！
p 联系人：何亮，联系电话：023-8876xx52（工作日9:00-17:00）。
sign 重庆市生态环境局
date 2025年5月29日
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div>重庆市人民政府 | 重庆市生态环境局</div>
<div><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简体</a>|<a href="#">繁體</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">重庆市生态环境局</div>{search("请输入关键词")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","机构设置","政务公开","政务服务","互动交流","环境质量","专题专栏"])}</div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<div class="cols">
<div class="article">
<h1>重庆市生态环境局关于公开征求《重庆市餐饮业油烟污染防治管理办法（征求意见稿）》意见的公告</h1>
<div class="meta msg"><span>发布时间：2025-05-30</span><span>来源：大气环境处</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
{body}
</div>
<div class="fj">附件：<a href="#">1.重庆市餐饮业油烟污染防治管理办法（征求意见稿）.pdf</a><br><a href="#">2.起草说明.pdf</a></div>
<div class="tools"><a href="#">打印</a><a href="#">关闭</a></div>
</div>
<div class="side"><h3>最新发布</h3>
{dated_list([("重庆市生态环境局关于2025年5月全市环境空气质量状况的通报","2025-06-10"),("关于开展2025年“六五环境日”系列宣传活动的通知","2025-06-05"),("重庆市2025年夏季臭氧污染防治攻坚行动方案","2025-06-03"),("重庆市生态环境局关于公开征求《重庆市餐饮业油烟污染防治管理办法（征求意见稿）》意见的公告","2025-05-30"),("关于2025年第一批建设项目环境影响评价文件审批情况的公告","2025-05-26")])}
<h3>意见征集</h3>
{dated_list([("《重庆市噪声污染防治条例实施细则》征求意见","2025-06-09"),("《重庆市土壤污染重点监管单位名录（2025年）》征求意见","2025-06-04")])}
</div>
</div>
</div>
<div class="footer">
<p>主办：重庆市生态环境局　地址：重庆市渝北区xx路1号　邮编：401147</p>
<p>渝ICP备05006512号　渝公网安备 50011202500963号　网站标识码：5000000054</p>
</div>
"""
