from lib import *

ID = "xh-02"
KIND = "government"
LANG = "zh"
FEATURES = ("city government (长沙市人民政府) 政府文件 page: 信息公开 metadata table (索引号/发布机构/成文日期/文号/发布日期) "
            "above the headline; headline printed on two lines (joined); 文号 line (not body); 主送 line, 署名 and 成文日期 "
            "(body); the attached 实施方案 with its own title and 一、（一） sub-headings; 附件 download box and 相关解读 links")
HEAD_TITLE = "长沙市人民政府办公厅关于印发《长沙市加快推进城市更新行动实施方案（2024—2026年）》的通知 - 政府文件 - 长沙市人民政府"
TITLE_LINES = ["长沙市人民政府办公厅", "关于印发《长沙市加快推进城市更新行动实施方案（2024—2026年）》的通知"]
AUTHORS = []
TIME = "2024-05-23"

CSS = """
body{margin:0;font:14px/1.7 SimSun,serif;background:#fff;color:#222}
.head{height:120px;background:#b30d0d;color:#fff;text-align:center}
.head h2{margin:0;font-size:34px;line-height:90px;letter-spacing:6px}
.head .assist{text-align:right;font-size:12px;padding-right:40px}
.head .assist a{color:#fff;margin-left:10px}
.menu{background:#8e0a0a;text-align:center}.menu a{color:#fff;display:inline-block;padding:10px 18px;font-size:15px}
.wrap{width:1000px;margin:0 auto}
.pos{padding:10px 0;border-bottom:2px solid #b30d0d;font-size:12px}
table.xxgk{width:100%;border-collapse:collapse;margin:14px 0;background:#f8f3ea;font-size:13px}
table.xxgk td{border:1px solid #e0d3bd;padding:6px 10px}
table.xxgk td.k{width:90px;color:#7a5b2c;text-align:right}
.doc-title{font-size:24px;color:#b30d0d;text-align:center;font-weight:bold;line-height:1.6;margin:18px 60px}
.wenhao{text-align:center;font-size:16px}
.bar{text-align:center;font-size:12px;color:#777;margin:10px 0}
.TRS_Editor{font-size:16px;line-height:2;padding:0 40px}.TRS_Editor p{margin:0}
.TRS_Editor .c{text-align:center}.TRS_Editor .r{text-align:right}
.fj{border:1px dashed #b30d0d;padding:8px 16px;margin:16px 40px}
.jd{margin:16px 40px}.jd a{display:block}
.foot{background:#f1f1f1;border-top:3px solid #b30d0d;text-align:center;font-size:12px;padding:16px;margin-top:20px}
"""

BODY = [
    P("各区县（市）人民政府，市直机关各单位：", indent=None),
    P("《长沙市加快推进城市更新行动实施方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真组织实施。", indent="ideo"),
    P("长沙市人民政府办公厅", cls="r"),
    P("2024年5月20日", cls="r"),
    H("长沙市加快推进城市更新行动实施方案（2024—2026年）", tag="p", inner="strong", cls="c"),
    P("为深入实施城市更新行动，推动城市高质量发展，结合我市实际，制定本方案。", indent="ideo"),
    H("一、总体要求", tag="p", inner="strong"),
    P("坚持“留改拆”并举、以保留利用提升为主，聚焦老旧小区、老旧街区、老旧厂区和城中村改造，到2026年底，全市累计完成城市更新项目300个以上，改造城镇老旧小区1200个，惠及居民20万户。", indent="ideo"),
    H("二、重点任务", tag="p", inner="strong"),
    P("（一）推进老旧小区改造提质。优先实施水电气管网、屋面防水、加装电梯等基础类改造，同步完善养老托育、便民商业等配套设施，每年新增加装电梯不少于500台。", indent="ideo"),
    P("（二）推动老旧街区功能焕新。以历史文化街区和传统风貌片区为重点，“一街一策”编制更新方案，严禁大拆大建，保护城市肌理和街巷格局。", indent="ideo"),
    P("（三）盘活低效工业用地。对城区范围内的老旧厂区，鼓励通过自主改造、联合改造、政府收储等方式转型为产业园区、创新空间和公共服务设施。", indent="ideo"),
    P("（四）稳妥推进城中村改造。按照“成熟一个、推进一个”的原则，采取拆除新建、整治提升、拆整结合等方式分类实施，切实保障被征收群众合法权益。", indent="ideo"),
    P("（五）补齐公共服务短板。结合更新项目同步建设社区卫生服务站、养老服务设施、口袋公园和公共停车场，到2026年底，实现城市社区“15分钟生活圈”基本覆盖。", indent="ideo"),
    H("三、保障措施", tag="p", inner="strong"),
    P("各区县（市）要落实属地责任，建立项目库并实行动态管理；市住房城乡建设、自然资源规划、财政等部门要加强政策协同，统筹用好中央预算内投资、地方政府专项债券和城市更新基金，市人民政府督查室将定期对推进情况进行督查通报。", indent="ideo"),
]


def page():
    return f"""<body>
<div class="head"><div class="assist"><a href="#">无障碍浏览</a><a href="#">关怀版</a><a href="#">简</a>|<a href="#">繁</a><a href="#">网站地图</a></div><h2>{gif("国徽")}长沙市人民政府</h2></div>
<div class="menu">{links(["首页", "政务公开", "政务服务", "政民互动", "走进长沙", "数据开放"])}</div>
<div class="wrap">
<div class="pos">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">政府文件</a></div>
<table class="xxgk">
<tr><td class="k">索 引 号：</td><td>000014349/2024-00512</td><td class="k">发布机构：</td><td>长沙市人民政府办公厅</td></tr>
<tr><td class="k">主题分类：</td><td>城乡建设、环境保护\\城市规划</td><td class="k">成文日期：</td><td>2024-05-20</td></tr>
<tr><td class="k">文　　号：</td><td>长政办发〔2024〕18号</td><td class="k">发布日期：</td><td>{TIME}</td></tr>
<tr><td class="k">有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="doc-title">{TITLE_LINES[0]}<br>{TITLE_LINES[1]}</div>
<div class="wenhao">长政办发〔2024〕18号</div>
<div class="bar">日期：{TIME}　　来源：长沙市人民政府办公厅　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="TRS_Editor">
{render(BODY)}
</div>
<div class="fj">附件：<a href="#">长沙市城市更新重点项目清单（2024年）.xls</a></div>
<div class="jd"><b>相关解读：</b><a href="#">图解：长沙城市更新行动三年方案来了</a><a href="#">市住建局负责人解读《长沙市加快推进城市更新行动实施方案（2024—2026年）》</a></div>
</div>
<div class="foot">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
<p>主办单位：长沙市人民政府办公厅　承办单位：长沙市数据资源管理局</p>
<p>湘ICP备05009377号　湘公网安备 43010202000815号　网站标识码：4301000025</p>
<p>{gif("党政机关")} {gif("政府网站找错")}　建议使用1366×768分辨率浏览本网站</p>
</div>
</body>"""
