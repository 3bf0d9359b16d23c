from lib import *

PAGE = dict(
    id="xv-03", kind="government", lang="zh",
    title="陈立新调研解放碑商圈“五一”假期消费市场运行和安全生产工作",
    authors=[], publish_time="2025-05-06 16:20",
    doc_title="陈立新调研解放碑商圈“五一”假期消费市场运行和安全生产工作 - 领导活动 - 重庆市渝中区人民政府",
    css=GOV_NEW,
)
CSS = """
.head{background:linear-gradient(#b5121b,#8c0a10)}
.mainnav{background:#7a0a0e}
.date-today{font-size:13px;color:#ffe}
.article h1{color:#b5121b}
.share{color:#888;margin-top:20px}
.share a{margin-right:8px;border:1px solid #ddd;padding:2px 8px}
"""

BODY = """
p 5月6日，区委副书记、区长陈立新带队调研解放碑商圈“五一”假期消费市场运行和安全生产工作，看望慰问节日期间坚守一线的工作人员。区领导王晓梅、刘建军参加。
p 陈立新一行先后来到解放碑步行街、八一好吃街、大都会商场等地，实地察看商圈人流疏导、消防通道、食品安全和应急值守等情况，详细了解假期商户经营、游客接待和夜间经济运行情况。
p 据统计，“五一”假期（5月1日至5日），解放碑商圈累计接待游客386.2万人次，同比增长12.4%；重点商贸企业实现销售额9.7亿元，同比增长8.6%；“夜渝中”系列活动带动夜间消费占比达到46%。
p 陈立新对假期各项工作给予肯定。他指出，解放碑是渝中的“金字招牌”，节日期间客流集中、业态多元，各部门要坚持“两手抓”，既要把消费热度保持好，又要把安全底线守牢。
li 一是持续优化消费供给，围绕端午节、暑期等节点策划一批首发首秀和文旅融合活动，推动商圈品质提升。
li 二是压紧压实安全责任，聚焦人员密集场所、高层建筑和燃气使用等重点领域开展隐患排查，确保问题动态清零。
li 三是提升服务保障水平，加强交通疏导、环境卫生和游客服务，让市民游客玩得开心、吃得放心、行得顺心。
p 区商务委、区应急局、区市场监管局、解放碑街道等部门和单位负责人参加调研。
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div>2025年6月12日 星期四 农历五月十七</div>
<div><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">简</a>/<a href="#">繁</a><a href="#">手机版</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">{img("国徽", 56, 56)} 重庆市渝中区人民政府</div>{search("搜索本站内容")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","走进渝中","政务公开","政务服务","互动交流","数据开放"])}</div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导活动</a> &gt; 正文</div>
<div class="article">
<h1>陈立新调研解放碑商圈“五一”假期消费市场运行和安全生产工作</h1>
<div class="meta"><span>发布日期：2025-05-06 16:20</span> <span>来源：渝中区融媒体中心</span> <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="tools"><a href="#">打印本页</a><a href="#">关闭窗口</a></div>
</div>
<div class="box"><h3>领导活动</h3>
{dated_list([("王晓梅督导检查汛前地质灾害隐患排查整治工作","2025-04-29"),("陈立新主持召开区政府第79次常务会议","2025-04-25"),("陈立新会见重庆某银行客人","2025-04-22"),("刘建军调研老旧小区改造项目推进情况","2025-04-18")])}</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办单位：重庆市渝中区人民政府办公室　承办单位：重庆市渝中区大数据应用发展管理局</p>
<p>渝ICP备05006183号　渝公网安备 50010302000517号　网站标识码：5001030004</p>
</div>
"""
