from lib import *

PAGE = dict(
    id="xv-05", kind="government", lang="zh",
    title="关于2025年度东华门街道社区“微更新”项目拟立项名单的公示",
    authors=[], publish_time="2025年5月9日",
    doc_title="关于2025年度东华门街道社区“微更新”项目拟立项名单的公示_通知公告_北京市东城区东华门街道",
    css=GOV_NEW,
)
CSS = """
.head{background:#7d1a1a}
.mainnav{background:#5b1010}
.bar{color:#777;text-align:right;font-size:13px;border-bottom:1px solid #eee;margin-bottom:16px;padding-bottom:6px}
"""

BODY = """
p 为进一步改善社区人居环境，回应居民“家门口”的急难愁盼，街道工委、办事处于2025年3月至4月组织开展了社区“微更新”项目征集工作。经居民议事会推荐、街道民生工作联席会议审议，拟将以下8个项目列入2025年度社区“微更新”实施计划，现予以公示。
th 序号 | 社区 | 项目名称 | 预算（万元）
tr 1 | 韶九社区 | 南池子大街口袋花园改造 | 38.5
tr 2 | 多福巷社区 | 胡同停车秩序优化及标识更新 | 26.0
tr 3 | 北池子社区 | 老年活动室适老化改造 | 18.6
tr 4 | 智德社区 | 院落雨水管线疏通修缮 | 22.4
tr 5 | 正义路社区 | 社区文化墙提升 | 9.8
tr 6 | 台基厂社区 | 楼道照明节能改造 | 12.3
tr 7 | 霞公府社区 | 电动自行车集中充电棚建设 | 31.0
tr 8 | 东厂社区 | 社区议事厅功能完善 | 8.2
p 公示期为2025年5月12日至5月18日（共5个工作日）。公示期间，如对上述项目有异议，可通过来信、来电或来访等方式向街道反映。反映情况应实事求是，以个人名义反映的须写明真实姓名和联系方式，以单位名义反映的须加盖单位公章。
p 联系电话：010-6512xx86
p 电子邮箱：dhmjdmgx@bjdch.example.cn
p 来访地址：东华门街道办事处二层社区建设办公室
sign 北京市东城区东华门街道办事处
date 2025年5月9日
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div>北京市东城区人民政府 | 东华门街道</div>
<div><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">东华门街道</div>{search("站内搜索")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","街道概况","工作动态","通知公告","社区风采","办事指南"])}</div></div>
<div class="w">
<div class="crumb">您所在的位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
<div class="article">
<h1>关于2025年度东华门街道社区“微更新”项目拟立项名单的公示</h1>
<div class="bar">浏览次数：576　　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="content">
{body}
</div>
<div class="pn"><p>上一篇：<a href="#">东华门街道2025年社区“微更新”项目征集公告</a></p><p>下一篇：<a href="#">关于开展2025年度社区志愿者招募的通知</a></p></div>
</div>
<div class="box"><h3>通知公告</h3>
{dated_list([("东华门街道2025年夏季防汛工作提示","2025-05-20"),("关于2025年度东华门街道社区“微更新”项目拟立项名单的公示","2025-05-09"),("东华门街道2025年社区“微更新”项目征集公告","2025-03-03")])}</div>
</div>
<div class="footer">
<p>主办：北京市东城区东华门街道办事处　地址：北京市东城区xx胡同20号　邮编：100006</p>
<p>京ICP备05060933号　京公网安备 11010102001371号　网站标识码：1101010031</p>
</div>
"""
