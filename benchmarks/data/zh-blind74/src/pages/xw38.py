# 闽东港口集团有限公司 -- state enterprise 集团要闻, "作者 | … 来源 | … 发布时间 | …" strip, 2024 corporate design
from lib import *

META = dict(
    id="xw-38", kind="institution", lang="zh",
    title="白马港区3号泊位升级改造工程通过交工验收",
    authors=["陈嘉伟"],
    publish_time="2025-04-24 11:03",
)

BODY = [
    P("4月22日，集团所属白马港区3号泊位升级改造工程顺利通过交工验收。改造完成后，该泊位靠泊能力由3万吨级提升至5万吨级，设计年通过能力增加120万吨，将有效缓解港区散货作业能力紧张的局面。"),
    P("验收组由建设、设计、施工、监理等单位代表和特邀专家组成。验收组查看了工程现场，听取了各参建单位的工作汇报，查阅了相关工程资料，认为该工程质量符合设计和规范要求，资料齐全，同意通过交工验收。"),
    P("3号泊位升级改造工程于2023年11月开工，主要建设内容包括：码头结构加固、前沿水域浚深、更换2台门座式起重机及配套建设智能理货系统。施工期间，项目部克服了台风多发、不停航施工等困难，合理组织交叉作业，实现安全生产零事故。"),
    P("集团副总经理林振宇在验收会上要求，各参建单位要抓紧做好工程收尾和竣工资料整理工作，运营单位要提前做好设备调试和人员培训，确保泊位尽快投入运营，为集团全年吞吐量目标的实现提供有力支撑。"),
]

STYLE = dict(p='<p>{}</p>')

CSS = """
body{margin:0;font-family:"Source Han Sans SC","Microsoft YaHei";background:#fff;color:#333}
.md-header{position:relative;background:#003a70;height:88px}
.md-header .wrap{width:1240px;margin:0 auto;display:flex;align-items:center;height:88px;gap:40px}
.md-header a{color:#fff;font-size:16px}
.md-banner{height:200px;background:#0d5ca3;color:#fff;font-size:36px;display:flex;align-items:center;justify-content:center}
.md-wrap{width:1240px;margin:0 auto}
.md-crumbs{padding:16px 0;font-size:14px;color:#888;border-bottom:1px solid #eee}
.md-tabs{display:flex;gap:30px;padding:16px 0;font-size:16px}
.md-tabs .on{color:#0d5ca3;border-bottom:2px solid #0d5ca3}
.md-detail{padding:10px 120px 40px}
.md-detail h1{font-size:30px;text-align:center;line-height:1.45}
.md-meta{text-align:center;color:#999;font-size:14px;margin-bottom:30px}
.md-meta i{display:inline-block;width:24px}
.md-text p{font-size:17px;line-height:2;text-indent:2em;margin:0 0 14px}
.md-back{text-align:center;margin-top:30px}
.md-back a{border:1px solid #0d5ca3;color:#0d5ca3;padding:8px 30px}
.md-footer{background:#0b1f35;color:#8ea3b8;font-size:13px;padding:36px 0}
.md-footer .wrap{width:1240px;margin:0 auto;display:flex;justify-content:space-between}
"""


def page(body):
    m = META
    return f"""
<div class="md-header"><div class="wrap">{img("闽东港口集团 MINDONG PORT GROUP", 300, 56)}<a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">港口业务</a><a href="#">党建工作</a><a href="#">企业文化</a><a href="#">信息公开</a><a href="#">联系我们</a></div></div>
<div class="md-banner">新闻中心</div>
<div class="md-wrap">
<div class="md-crumbs">首页 / 新闻中心 / 集团要闻</div>
<div class="md-tabs"><span class="on">集团要闻</span><span>基层动态</span><span>媒体聚焦</span><span>通知公告</span></div>
<div class="md-detail">
<h1>{m['title']}</h1>
<div class="md-meta"><span>作者 | 陈嘉伟</span><i></i><span>来源 | 工程管理部</span><i></i><span>发布时间 | {m['publish_time']}</span><i></i><span>浏览量 | 418</span></div>
<div class="md-text">
{body}
</div>
<div class="md-back"><a href="#">返回列表</a></div>
</div>
</div>
<div class="md-footer"><div class="wrap">
<div><p>闽东港口集团有限公司</p><p>地址：福建省宁德市蕉城区闽东中路19号</p><p>电话：0593-2876510　邮编：352100</p></div>
<div><p>友情链接：<a href="#">宁德市人民政府国有资产监督管理委员会</a></p><p>Copyright © 2025 闽东港口集团有限公司 版权所有</p><p>闽ICP备2021012874号-1　闽公网安备 35090202000236号</p></div>
<div>{img("集团微信公众号", 90, 90)}<p>官方微信</p></div>
</div></div>
"""
