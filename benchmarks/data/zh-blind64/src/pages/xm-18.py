# 人民视窗·陕西频道 (central media portal, provincial channel): info bar glued
# (date+time+来源 without a space); wire byline inside the first paragraph with
# two names joined by 、; (责编：…) at the end is not an author; 相关新闻 list.
from kit import *

META = dict(
    id="xm-18", kind="media", lang="zh",
    title="陕西“秦创原”三年孵化科技型企业逾5000家",
    authors=["张博", "孟可欣"],
    publish_time="2025年05月28日16:42",
)
HTML_TITLE = "陕西“秦创原”三年孵化科技型企业逾5000家--陕西频道--人民视窗"
CSS = BASE_CSS + """
body{font-size:14px;font-family:SimSun,宋体}
.w{width:980px;margin:0 auto}
.top{background:#f5f5f5;border-bottom:1px solid #ddd;font-size:12px;line-height:28px}
.top a{margin-right:10px}
.chan{height:80px;display:flex;align-items:center;border-bottom:3px solid #b80000}
.chan b{font-size:30px;color:#b80000;font-family:"Microsoft YaHei"}
.chan span{font-size:22px;margin-left:10px;color:#333}
.subnav{font-size:13px;padding:6px 0;border-bottom:1px solid #ddd}
.subnav a{margin-right:14px}
.clink{color:#666;font-size:12px;margin:10px 0}
h1{font-size:26px;text-align:center;font-family:"Microsoft YaHei";margin:18px 0 8px}
.box01{font-size:12px;color:#666;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0;display:flex;justify-content:space-between}
.rm_txt_con{font-size:16px;line-height:30px;margin-top:12px}
.rm_txt_con p{margin:0 0 14px;text-indent:2em}
.edit{text-align:right;font-size:12px;color:#666}
.rel{margin-top:20px}
.rel h3{font-size:15px;border-bottom:2px solid #b80000;padding-bottom:4px}
.rel li{line-height:26px}
.rel .d{color:#999;margin-left:8px}
.footer{border-top:1px solid #ccc;text-align:center;font-size:12px;color:#666;padding:14px 0;margin-top:20px}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="top"><div class="w">{links(["人民视窗首页", "时政", "国际", "经济", "社会", "地方", "观点"], sep=" ")}</div></div>
<div class="w">
<div class="chan"><b>人民视窗</b><span>陕西频道</span></div>
<div class="subnav">{links(["首页", "要闻", "市县", "经济", "民生", "文旅", "教育", "图说陕西"], sep=" ")}</div>
<div class="clink"><a href="#">人民视窗</a>&gt;&gt;<a href="#">陕西频道</a>&gt;&gt;<a href="#">经济</a></div>
<h1>@@TITLE@@</h1>
<div class="box01"><div>@@DATE@@&nbsp;&nbsp;来源：<a href="#">人民视窗-陕西频道</a></div><div>分享到：<a href="#">微信</a> <a href="#">微博</a>　{fontsize(3)}</div></div>
<div class="rm_txt_con">
@@BODY@@
</div>
<div class="edit">(责编：王思远、郭静)</div>
<div class="rel"><h3>相关新闻</h3>{ul([("西安高新区发布支持硬科技企业发展十条措施", "2025-05-20"), ("秦创原立体联动“孵化器”总窗口新增入驻平台", "2025-04-30"), ("陕西技术合同成交额连续三年增长", "2025-03-18")])}</div>
</div>
{footer(["人民视窗版权所有，未经书面授权禁止使用", "Copyright © 2025 by example.cn all rights reserved",
         "京ICP证000123号　京公网安备11000002000123号"])}
"""
OPTS = dict(pstyle="p")
BODY = """
p 新华社西安5月28日电（记者张博、孟可欣）记者28日从陕西省科技厅获悉，秦创原创新驱动平台建设三年来，陕西累计孵化科技型中小企业5200余家，培育高新技术企业3100余家，技术合同成交额年均增长超过20%。
p 秦创原创新驱动平台是陕西推动科技成果转化、促进创新链与产业链融合的综合性平台。三年来，陕西推行科研人员“三项改革”，即职务科技成果单列管理、技术转移人才评价和职称评定、横向科研项目结余经费出资科技成果转化，激发了高校院所科研人员创新创业的积极性。
p 在西安交通大学科技园，一家成立刚满两年的激光装备企业已实现年产值8000余万元。企业创始人、西安交通大学教授周海涛说，学校允许科研人员带着成果创办企业，并在融资、场地等方面给予支持，“从实验室到生产线的路越走越顺”。
p 据介绍，陕西还设立了总规模超过200亿元的秦创原科技成果转化基金群，建成各类孵化载体200余家，组建“科学家+工程师”队伍1000余支，推动一批科研成果在省内落地转化。
"""
