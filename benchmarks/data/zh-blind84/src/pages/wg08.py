PAGE = dict(
    id="wg-08", kind="government", lang="zh",
    site="金华市人民政府门户网站 · 政策解读（2023 年改版，右侧“关联文件”卡片）",
    features="标题前有“文字解读”标签（非标题）；信息栏“发布日期/来源/浏览次数/字号”，在标题下；正文为问答式小标题+编号列表；"
             "右侧关联政策文件与图解/视频解读链接；分享（user-select:none）；页脚 主办/承办/标识码/ICP/公网安备",
    title="《金华市进一步支持个体工商户发展若干措施》政策解读",
    authors=[],
    publish_time="2025-03-21",
    head_title="《金华市进一步支持个体工商户发展若干措施》政策解读",
    META=['<meta name="ArticleTitle" content="《金华市进一步支持个体工商户发展若干措施》政策解读">',
          '<meta name="ContentSource" content="市市场监管局">'],
    CSS="""
:root{--c:#0b4ea2}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f7fa;color:#1f2329}
.hdr{background:var(--c) ;color:#fff}
.hdr .in{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:96px}
.hdr .brand{font-size:28px;font-weight:600}
.hdr .act a{color:#fff;font-size:13px;margin-left:14px}
.hdr .q{display:flex}.hdr .q input{width:220px;height:30px;border:0}.hdr .q button{height:32px}
.gn{background:#fff;border-bottom:1px solid #e5e6eb}
.gn .in{max-width:1200px;margin:0 auto;display:flex;gap:40px;height:52px;align-items:center}
.bc{max-width:1200px;margin:16px auto;font-size:13px;color:#86909c}
.grid{max-width:1200px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:20px}
.doc{background:#fff;padding:36px 56px;border-radius:6px}
.tag{display:inline-block;background:#e8f0fc;color:var(--c);font-size:12px;padding:2px 8px;border-radius:3px}
.doc h1{font-size:26px;line-height:1.5;margin:12px 0}
.meta{color:#86909c;font-size:13px;display:flex;gap:24px;padding-bottom:16px;border-bottom:1px solid #e5e6eb}
.rt{font-size:16px;line-height:2}
.rt h3{font-size:17px;color:var(--c);margin:18px 0 4px}
.rt ol{padding-left:2em}
.share{user-select:none;margin-top:24px;color:#86909c;font-size:13px}
.aside .card{background:#fff;border-radius:6px;padding:16px 20px;margin-bottom:16px}
.aside h4{margin:0 0 8px;font-size:15px;border-left:3px solid var(--c);padding-left:8px}
.aside a{display:block;font-size:14px;line-height:1.8;color:#1f2329}
.foot{margin-top:40px;background:#1d2b3d;color:#a9b4c2;font-size:12px;line-height:2.2}
.foot .in{max-width:1200px;margin:0 auto;padding:24px 0;display:flex;gap:40px}
""",
    STYLE={
        "p": "<p>{t}</p>",
        "h": "<h3>{t}</h3>",
        "list_open": '<div class="items">',
        "list_close": "</div>",
        "li": '<p style="text-indent:2em">{t}</p>',
    },
    TEMPLATE="""
<header class="hdr"><div class="in"><div class="brand"><img alt="金华市人民政府" src="%GIF%"> 金华市人民政府</div>
<div><div class="act"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a><a href="#">登录</a></div>
<form class="q"><input type="text" placeholder="搜索本站内容"><button type="button">搜索</button></form></div></div></header>
<nav class="gn"><div class="in"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a><a href="#">走进金华</a></div></nav>
<div class="bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>
<div class="grid">
<article class="doc">
<span class="tag">文字解读</span>
<h1>《金华市进一步支持个体工商户发展若干措施》政策解读</h1>
<div class="meta"><span>发布日期：2025-03-21</span><span>来源：市市场监管局</span><span>浏览次数：</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="rt">
{{BODY}}
</div>
<div class="share">分享：微信 · 微博 · 复制链接　|　<a href="#">打印</a>　<a href="#">关闭</a></div>
</article>
<aside class="aside">
<div class="card"><h4>关联文件</h4><a href="#">金华市人民政府办公室关于印发金华市进一步支持个体工商户发展若干措施的通知</a></div>
<div class="card"><h4>多元解读</h4><a href="#">【图解】个体工商户14条措施一图读懂</a><a href="#">【视频解读】局长谈个体工商户扶持政策</a></div>
<div class="card"><h4>最新解读</h4><a href="#">《金华市区住宅小区电动自行车停放充电管理办法》解读</a><a href="#">2025年金华市区义务教育招生政策问答</a></div>
</aside>
</div>
<footer class="foot"><div class="in">
<div>主办：金华市人民政府办公室<br>承办：金华市大数据发展管理局<br>联系我们：0579-82469001</div>
<div>网站标识码：3307000028<br>浙ICP备05018826号<br>浙公网安备 33070202000211号</div>
<div><img alt="浙里办APP" src="%GIF%"> <img alt="金华发布微信" src="%GIF%"></div>
</div></footer>
""",
    BODY="""
h: 一、出台背景
p: 个体工商户是市场主体的重要组成部分，在稳就业、保民生、促消费中发挥着重要作用。截至2024年底，全市登记在册个体工商户突破95万户，占经营主体总量的七成以上。为进一步激发个体经济活力，帮助个体工商户稳经营、增信心，市市场监管局会同有关部门起草了《金华市进一步支持个体工商户发展若干措施》（以下简称《若干措施》）。
h: 二、主要内容
p: 《若干措施》共4个方面14条，主要包括：
li: （一）降低经营成本。对首次从事个体经营并正常经营6个月以上的，给予一次性开业补助；鼓励国有房产对承租的个体工商户减免部分租金。
li: （二）加大金融支持。推动银行机构扩大“个体户专属贷”投放，对符合条件的个体工商户创业担保贷款给予贴息。
li: （三）强化用工服务。个体工商户吸纳登记失业人员、高校毕业生就业的，按规定享受社会保险补贴。
li: （四）优化监管服务。推行“首违不罚”和轻微违法行为告知承诺制，实施分型分类精准帮扶。
h: 三、适用对象有哪些？
p: 《若干措施》适用于在我市依法登记、正常经营的个体工商户。其中涉及资金补助的条款，需个体工商户在申请时处于存续状态且未被列入经营异常名录。
h: 四、如何申请相关政策？
p: 个体工商户可通过“浙里办”APP“个体户服务专区”在线申请，也可到所在地市场监管所或政务服务中心窗口咨询办理。
p: 政策咨询电话：0579-82468315（市市场监管局登记注册处）。
""",
)
