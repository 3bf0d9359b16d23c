from lib import *

PAGE = dict(
    id="xj-40", kind="institution", lang="zh",
    title="关于举办2024年全区乳制品质量安全管理培训班的通知",
    authors=[],
    publish_time="2024-06-05",
    doc_title="关于举办2024年全区乳制品质量安全管理培训班的通知 - 内蒙古乳业协会",
    pfmt="p", hfmt="strong",
    features="association site: a notice with 文号 (not body), 主送 各会员单位：, numbered parts with （一）（二） items, 联系人 lines, "
             "附件 list, 署名 and date in the body; 附件下载 links after it (not body); footer that opens with 如有疑问，请拨打协会秘书处电话….",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}
.w{width:1100px;margin:0 auto}
.hd{padding:18px 0;border-bottom:2px solid #3c8dbc}
.hd b{font-size:26px;color:#3c8dbc}
.nav a{display:inline-block;padding:10px 20px;color:#3c8dbc}
h1{text-align:center;font-size:22px;margin-top:26px}
.wh{text-align:center;color:#666}
.inf{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.ct p{text-indent:2em;font-size:16px;margin:0 0 8px}
.ct .r{text-align:right}
.dl{background:#f4f9fc;padding:8px 16px;margin-top:16px}
.ft{background:#2b3e50;color:#c9d6e2;text-align:center;font-size:13px;padding:16px 0;margin-top:24px}
""",
)

HTML = """
<div class="w hd"><b>内蒙古乳业协会</b> <span style="color:#888">Inner Mongolia Dairy Association</span></div>
<div class="w nav"><a href="#">首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">行业动态</a><a href="#">政策法规</a><a href="#">会员风采</a><a href="#">会员服务</a></div>
<div class="w">
<p style="color:#888;font-size:13px">当前位置：首页 &gt; 通知公告</p>
<h1>关于举办2024年全区乳制品质量安全管理培训班的通知</h1>
<p class="inf">发布日期：2024-06-05　　来源：协会秘书处　　阅读：426</p>
<p class="wh">内乳协字〔2024〕11号</p>
<div class="ct">
{{BODY}}
</div>
<div class="dl">附件下载：<a href="#">附件1 培训日程安排.pdf</a>　<a href="#">附件2 报名回执表.docx</a></div>
</div>
<div class="ft">如有疑问，请拨打协会秘书处电话0471-3315208（工作日9:00—17:00）。<br>内蒙古乳业协会 版权所有　地址：呼和浩特市赛罕区敕勒川大街9号　蒙ICP备18003355号-1</div>
"""

BODY = [
    P("各会员单位："),
    P("为进一步提升全区乳制品生产企业质量安全管理水平，协会定于2024年6月下旬举办全区乳制品质量安全管理培训班。现将有关事项通知如下："),
    H("一、培训时间和地点"),
    P("时间：2024年6月26日至28日（25日下午报到）。"),
    P("地点：呼和浩特市赛罕区草原明珠会议中心（大学东街116号）。"),
    H("二、培训内容"),
    P("（一）乳制品生产许可审查细则和食品安全国家标准解读；"),
    P("（二）原料乳质量控制和乳制品生产过程关键控制点管理；"),
    P("（三）食品安全追溯体系建设和典型案例分析。"),
    H("三、参加人员"),
    P("各会员单位分管质量安全的负责人、质量管理部门负责人和食品安全管理员，每单位限报2至3人。"),
    H("四、有关事项"),
    P("（一）本次培训不收取培训费，食宿统一安排，费用自理。"),
    P("（二）请于6月18日前将报名回执发送至协会邮箱nmgryxh@dairy-assoc.cn。"),
    P("联系人：乌云　电话：0471-3315208"),
    P("附件：1.培训日程安排"),
    P("2.报名回执表"),
    G("内蒙古乳业协会", '<p class="r">内蒙古乳业协会</p>'),
    G("2024年6月4日", '<p class="r">2024年6月4日</p>'),
]
