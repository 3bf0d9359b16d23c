from lib import *

PAGE = dict(
    id="xj-08", kind="government", lang="zh",
    title="哈日干图嘎查2024年第三季度党务村务财务公开",
    authors=[],
    publish_time="2024-10-12 08:52",
    doc_title="哈日干图嘎查2024年第三季度党务村务财务公开-陈巴尔虎旗人民政府",
    pfmt="p", hfmt="strong",
    features="嘎查 村务公开 on a 旗 portal (2015 table layout); financial table whose rows are body; numbered items; "
             "three 署名 lines and date in the body; 监督电话 line (body) vs footer that opens with 如有疑问，请拨打…; "
             "info bar with 发布者 (not author).",
    css="""
body{margin:0;font:12px/1.8 宋体;background:#dfe9e2}
.wrap{width:980px;margin:0 auto;background:#fff}
.bn{background:#3a7f4f;color:#fff;font:bold 28px 黑体;padding:26px 20px}
.lk{background:#2b6a3e;padding:4px 20px}
.lk a{color:#fff;margin-right:18px;font-size:14px}
.crumb{padding:6px 20px;background:#f1f6f2}
.tt{font:bold 20px 微软雅黑;text-align:center;color:#2b6a3e;padding:20px 0 6px}
.ii{text-align:center;color:#777;border-bottom:1px solid #cfe0d4;padding-bottom:6px}
.cc{padding:10px 40px;font-size:14px;line-height:2}
.cc p{text-indent:2em;margin:4px 0}
.cc table{border-collapse:collapse;width:100%;margin:6px 0}
.cc th,.cc td{border:1px solid #555;padding:2px 6px;font-size:13px}
.r{text-align:right !important}
.fb{background:#3a7f4f;color:#fff;text-align:center;padding:10px;line-height:2}
""",
)

HTML = """
<div class="wrap">
<div class="bn">陈巴尔虎旗人民政府</div>
<div class="lk"><a href="#">首页</a><a href="#">政务公开</a><a href="#">苏木镇动态</a><a href="#">嘎查村务公开</a><a href="#">办事指南</a><a href="#">旗长信箱</a> <input type="text" placeholder="关键字"> <input type="submit" value="搜索"></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">嘎查村务公开</a> &gt;&gt; <a href="#">呼和诺尔镇</a></div>
<div class="tt">哈日干图嘎查2024年第三季度党务村务财务公开</div>
<div class="ii">发布者：呼和诺尔镇　发布时间：2024-10-12 08:52　点击数：213　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="cc">
{{BODY}}
</div>
<div style="padding:6px 40px">上一篇：<a href="#">巴彦哈达苏木2024年第三季度村务公开</a>　下一篇：<a href="#">东乌珠尔苏木嘎查“四议两公开”工作台账</a></div>
</div>
<div class="wrap fb">如有疑问，请拨打旗农牧局农村经营管理站电话0470-5512684。<br>
主办：陈巴尔虎旗人民政府办公室　蒙ICP备10002186号　蒙公网安备 15072502000021号　网站标识码：1507250001</div>
"""

BODY = [
    P("根据《内蒙古自治区嘎查村务公开工作规定》，经嘎查“两委”联席会议研究、嘎查务监督委员会审核，现将哈日干图嘎查2024年第三季度党务、村务、财务情况公开如下："),
    H("一、党务公开"),
    P("本季度嘎查党支部召开支部委员会3次、党员大会1次，开展主题党日活动3次；发展预备党员1名（巴图孟和），确定入党积极分子2名。"),
    H("二、村务公开"),
    P("1.完成2024年草原生态保护补助奖励资金发放，共涉及牧户126户，发放资金186.4万元，已全部通过“一卡通”直接发放到户。"),
    P("2.嘎查集体所有的打草场对外发包2处，面积8600亩，经嘎查民主议事会议决定，采取公开竞价方式发包，年发包收入17.2万元。"),
    P("3.实施嘎查巷道亮化工程，安装太阳能路灯64盏，工程已于9月20日完工验收。"),
    H("三、财务收支情况"),
    T([["项目", "金额（元）", "说明"],
       ["上季度结余", "238,516.20", ""],
       ["本季度收入", "196,400.00", "打草场发包收入172,000元，集体房屋租金24,400元"],
       ["本季度支出", "153,872.50", "巷道亮化工程118,600元，办公及水电费21,272.50元，慰问困难户14,000元"],
       ["本季度结余", "281,043.70", ""]]),
    P("以上公开内容如有异议，请于公开之日起10日内向嘎查务监督委员会反映。监督电话：13947008126（嘎查务监督委员会主任 乌日娜）。"),
    G("中共哈日干图嘎查支部委员会", '<p class="r">中共哈日干图嘎查支部委员会</p>'),
    G("哈日干图嘎查民委员会", '<p class="r">哈日干图嘎查民委员会</p>'),
    G("哈日干图嘎查务监督委员会", '<p class="r">哈日干图嘎查务监督委员会</p>'),
    G("2024年10月10日", '<p class="r">2024年10月10日</p>'),
]
