from lib import *

PAGE = dict(
    id="xj-09", kind="government", lang="zh",
    title="甘井子区人民政府关于同意调整红旗街道部分社区规模的批复",
    authors=[],
    publish_time="2023-05-26",
    doc_title="甘井子区人民政府关于同意调整红旗街道部分社区规模的批复-大连市甘井子区人民政府",
    pfmt="indent", hfmt="strongindent",
    features="district portal 批复: 文号 line (not body) under the title, 主送 line (body), numbered paragraphs, 署名 and date (body); "
             "definition-list metadata block after the document (索引号, 发布机构, 生成日期, 公开方式 — not body); 相关文件 list.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff;color:#333}
.w{width:1140px;margin:0 auto}
.hd{border-top:6px solid #0d6ab0;padding:16px 0;border-bottom:1px solid #ddd}
.hd .nm{font-size:30px;color:#0d6ab0;font-weight:bold}
.hd .tl{float:right;font-size:13px}
.hd .tl a{margin-left:10px}
.nav{background:#0d6ab0}
.nav a{color:#fff;display:inline-block;padding:0 24px;line-height:46px;font-size:16px}
.bc{padding:10px 0;color:#777}
.doc{border:1px solid #e4e4e4;padding:30px 80px}
.doc h1{font-size:24px;text-align:center;line-height:1.6}
.wh{text-align:center;font-family:仿宋;font-size:16px}
.doc .bd{font-size:17px;line-height:2;font-family:仿宋,FangSong}
.doc .rt{text-align:right}
dl.meta{background:#f6f8fa;padding:10px 20px;display:grid;grid-template-columns:90px 1fr 90px 1fr;font-size:13px}
dl.meta dt{color:#888}
dl.meta dd{margin:0}
.xg li{line-height:2}
.ft{background:#0d6ab0;color:#fff;text-align:center;font-size:13px;padding:16px 0;margin-top:20px}
""",
)

HTML = """
<div class="w hd"><span class="nm">大连市甘井子区人民政府</span>
<span class="tl"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a><a href="#">한국어</a> <input placeholder="请输入搜索内容"></span></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">政务动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a></div></div>
<div class="w bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">区政府文件</a> &gt; 正文</div>
<div class="w doc">
<h1>甘井子区人民政府关于同意调整红旗街道部分社区规模的批复</h1>
<p class="wh">大甘政批〔2023〕17号</p>
<div class="bd">
{{BODY}}
</div>
</div>
<div class="w">
<dl class="meta"><dt>索引号：</dt><dd>00000210211-2023-000417</dd><dt>发布机构：</dt><dd>甘井子区人民政府办公室</dd>
<dt>生成日期：</dt><dd>2023-05-26</dd><dt>公开方式：</dt><dd>主动公开</dd><dt>文　　号：</dt><dd>大甘政批〔2023〕17号</dd><dt>有效性：</dt><dd>有效</dd></dl>
<p>【<a href="#">我要打印</a>】【<a href="#">关闭窗口</a>】</p>
<div class="xg"><b>相关文件</b><ul><li><a href="#">甘井子区人民政府关于同意撤销辛寨子街道部分社区的批复</a>（2022-11-08）</li><li><a href="#">甘井子区社区规模调整工作指引</a>（2021-06-30）</li></ul></div>
</div>
<div class="ft">主办：大连市甘井子区人民政府办公室　承办：甘井子区大数据中心　联系电话：0411-86641087<br>网站标识码：2102110002　辽ICP备11017452号　辽公网安备 21021102000219号</div>
"""

BODY = [
    P("红旗街道办事处："),
    P("你街道《关于调整部分社区规模的请示》（大甘红发〔2023〕9号）收悉。经研究，现批复如下："),
    P("一、同意将红旗街道西山社区按照泉水河为界拆分为西山社区和西岚社区。调整后，西山社区管辖泉水河以东区域，辖居民楼38栋，常住人口约9200人；西岚社区管辖泉水河以西区域，辖居民楼31栋，常住人口约7600人。"),
    P("二、同意将红旗街道西北路社区的华林园小区划归红旗东路社区管辖。"),
    P("三、你街道要按照有关规定做好社区党组织和居民委员会的组建、换届选举及档案移交等工作，妥善安排社区工作人员，确保社区服务不断档、不脱节。新设社区所需办公和服务用房，由你街道统筹解决，区民政局负责业务指导。"),
    P("四、社区规模调整后，区直各有关部门要及时调整相关统计口径和工作台账，做好衔接。"),
    G("大连市甘井子区人民政府", '<p class="rt">大连市甘井子区人民政府</p>'),
    G("2023年5月24日", '<p class="rt">2023年5月24日</p>'),
]
