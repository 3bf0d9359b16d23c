PAGE = dict(
    id="wg-11", kind="government", lang="zh",
    site="修水县人民政府 · 政府信息公开 · 县政府文件（2022 年信息公开平台，元数据横排标签）",
    features="信息公开元数据为定义列表（索引号/公开方式/发文机关/文号/发文日期），与标题下的发布时间不同；标题下文号行非正文；"
             "批复：主送行、请示文号引用、分条批复、署名与日期为正文；"
             "相关解读/下载；页脚",
    title="修水县人民政府关于同意设立良塘新区第二社区居民委员会的批复",
    authors=[],
    publish_time="2025-03-17 15:20",
    head_title="修水县人民政府关于同意设立良塘新区第二社区居民委员会的批复_县政府文件_修水县人民政府",
    CSS="""
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;color:#2b2b2b;background:#eaf0f6}
.g-top{background:#164f9c;height:140px;color:#fff}
.g-top .in{width:1200px;margin:0 auto;position:relative;height:140px}
.g-top .nm{position:absolute;top:44px;font-size:34px;font-weight:bold}
.g-top .ln{position:absolute;right:0;top:12px;font-size:13px}
.g-top .ln a{color:#fff;margin-left:12px}
.g-top .sr{position:absolute;right:0;top:70px}
.g-nav{background:#0e3f80}
.g-nav .in{width:1200px;margin:0 auto;display:flex}
.g-nav a{flex:1;text-align:center;color:#fff;line-height:54px;font-size:17px}
.g-pos{width:1200px;margin:14px auto;font-size:13px;color:#555}
.g-doc{width:1200px;margin:0 auto;background:#fff;padding:30px 90px;box-sizing:border-box}
dl.xxgk{display:grid;grid-template-columns:110px 1fr 110px 1fr;border:1px solid #b9cde5;margin:0 0 26px;background:#f7fafd}
dl.xxgk dt{background:#e5eef8;padding:6px 10px;font-weight:bold;text-align:right;border-bottom:1px solid #d7e3f0}
dl.xxgk dd{margin:0;padding:6px 10px;border-bottom:1px solid #d7e3f0}
.g-doc h1{font-size:24px;color:#b30000;text-align:center;line-height:1.6}
.g-doc .wh{text-align:center;font-family:仿宋;font-size:16px}
.g-doc .rq{text-align:center;font-size:13px;color:#888;margin:10px 0 20px}
.g-doc .zw{font-family:仿宋,FangSong;font-size:18px;line-height:2}
.g-doc .gk{font-family:仿宋;font-size:16px;margin-left:2em}
.g-doc .xg{margin-top:24px;border-top:1px solid #ddd;padding-top:10px}
.g-ft{background:#fff;border-top:4px solid #164f9c;margin-top:30px;text-align:center;font-size:13px;line-height:2;padding:18px 0}
""",
    STYLE={
        "p": '<p style="text-indent:2em;">{t}</p>',
        "to": "<p>{t}</p>",
        "sig": '<p style="text-align:right;margin-right:3em;">{t}</p>',
    },
    TEMPLATE="""
<div class="g-top"><div class="in"><div class="nm">修水县人民政府</div>
<div class="ln"><a href="#">首页</a><a href="#">无障碍</a><a href="#">长者版</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="sr"><input type="text" placeholder="请输入搜索内容"><input type="button" value="搜索"></div></div></div>
<div class="g-nav"><div class="in"><a href="#">首页</a><a href="#">修水概况</a><a href="#">新闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a></div></div>
<div class="g-pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">县政府文件</a></div>
<div class="g-doc">
<dl class="xxgk">
<dt>索引号：</dt><dd>K10253016/2025-0318462</dd><dt>公开方式：</dt><dd>主动公开</dd>
<dt>发文机关：</dt><dd>修水县人民政府</dd><dt>文　　号：</dt><dd>修府字〔2025〕15号</dd>
<dt>发文日期：</dt><dd>2025年03月12日</dd><dt>主题分类：</dt><dd>民政、扶贫、救灾</dd>
</dl>
<h1>修水县人民政府关于同意设立良塘新区第二社区居民委员会的批复</h1>
<div class="wh">修府字〔2025〕15号</div>
<div class="rq">发布时间：2025-03-17 15:20　　来源：县政府办　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="zw">
{{BODY}}
</div>
<div class="xg">相关下载：<a href="#">修府字〔2025〕15号.pdf</a>　　相关解读：<a href="#">一图读懂良塘新区社区设置调整</a></div>
</div>
<div class="g-ft">
<p>修水县人民政府办公室主办　修水县融媒体中心承办</p>
<p>赣ICP备05006618号　赣公网安备 36042402000085号　网站标识码：3604240001</p>
<p><img alt="党政机关" src="%GIF%"> <img alt="找错" src="%GIF%"></p>
</div>
""",
    BODY="""
to: 义宁镇人民政府：
p: 你镇《关于申请设立良塘新区第二社区居民委员会的请示》（义府字〔2025〕6号）收悉。经县政府研究，现批复如下：
p: 一、同意设立修水县义宁镇良塘新区第二社区居民委员会（以下简称“良塘二社区”），为群众性自治组织，由义宁镇人民政府管理。
p: 二、良塘二社区管辖范围为：东至良塘大道，南至修河北岸防洪堤，西至旌阳路，北至杭瑞高速连接线，辖区面积约1.8平方公里，包括锦绣华庭、江山名苑、滨江花园等8个住宅小区，现有居民3260户、9870人。
p: 三、良塘二社区办公服务用房设在锦绣华庭小区配套用房，面积620平方米。
p: 四、你镇要按照有关法律法规，依法组织开展社区居民委员会选举工作，及时配齐社区工作者，做好原有社区相关档案、资产和服务事项的移交衔接，确保社区服务不断档、群众办事不受影响。县民政局要加强业务指导。
sig: 修水县人民政府
sig: 2025年3月12日
""",
)
