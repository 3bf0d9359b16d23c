PAGE = dict(
    id="wg-01", kind="government", lang="zh",
    site="湖州市南浔区人民政府门户网站 · 部门动态（2024 年改版，蓝白扁平设计）",
    features="顶栏日期+无障碍/长者模式/繁體；信息栏在标题下，发布日期/信息来源/作者/浏览次数/字体大中小分段；"
             "正文首行缩进、“一、”式小标题、图片 alt 与图注重复；责任编辑行；分享+打印关闭；上一篇/下一篇；相关阅读；页脚主办/承办/标识码/ICP/公网安备+二维码",
    title="南浔区启动春季农田水利设施“体检”行动",
    authors=["沈佳怡"],
    publish_time="2025-03-18 16:42",
    head_title="南浔区启动春季农田水利设施“体检”行动_部门动态_湖州市南浔区人民政府",
    META=['<meta name="SiteName" content="湖州市南浔区人民政府">',
          '<meta name="ColumnName" content="部门动态">',
          '<meta name="ArticleTitle" content="南浔区启动春季农田水利设施“体检”行动">',
          '<meta name="PubDate" content="2025-03-18 16:42">'],
    CSS="""
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
.w{width:1200px;margin:0 auto}
.topbar{background:#eef2f7;font-size:12px;height:34px;line-height:34px}
.topbar .tl{float:right}.topbar .tl a{margin-left:16px;color:#555}
.banner{height:130px;background:#1d5fb8;color:#fff}
.banner .logo{float:left;padding-top:36px;font-size:30px;font-weight:bold}
.banner .sch{float:right;padding-top:48px}.sch input{width:260px;height:32px}.sch button{height:36px}
.mainnav{background:#134a96}.mainnav ul{display:flex;justify-content:center;margin:0;padding:0;list-style:none}
.mainnav li a{display:block;padding:0 28px;line-height:52px;color:#fff;font-size:17px}
.crumb{padding:14px 0;color:#666}
.article{background:#fff;padding:40px 70px;box-sizing:border-box}
.article h1{text-align:center;font-size:28px;color:#1d5fb8;line-height:1.5}
.info{text-align:center;border-bottom:1px solid #ddd;padding-bottom:12px;color:#888;font-size:13px}
.info span{margin:0 10px}
.content{font-size:17px;line-height:2;padding:20px 0}
.editor{text-align:right;color:#666}
.tools{margin-top:20px;border-top:1px dashed #ccc;padding-top:10px}
.tools a{margin-right:10px}
.pn p{margin:4px 0}
.related h3{border-left:4px solid #1d5fb8;padding-left:8px;font-size:16px}
footer{background:#2b3a4e;color:#cfd6e0;margin-top:30px;padding:26px 0;font-size:13px;text-align:center}
footer p{margin:4px 0}
""",
    STYLE={
        "p": '<p style="text-indent:2em;">{t}</p>',
        "h": '<p style="text-indent:2em;"><strong>{t}</strong></p>',
        "img": '<p style="text-align:center;"><img alt="{alt}" src="%GIF%" width="600"></p><p style="text-align:center;font-size:14px;">{cap}</p>',
    },
    TEMPLATE="""
<div class="topbar"><div class="w"><span>今天是：2025年3月18日 星期二</span><span class="tl"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">政务服务</a><a href="#">手机版</a></span></div></div>
<header class="banner"><div class="w"><div class="logo"><img alt="国徽" src="%GIF%" width="60" height="60"> 湖州市南浔区人民政府</div>
<form class="sch"><input type="text" placeholder="请输入关键字"> <button type="button">搜索</button></form></div></header>
<nav class="mainnav"><ul><li><a href="#">首页</a></li><li><a href="#">走进南浔</a></li><li><a href="#">政务动态</a></li><li><a href="#">政府信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></nav>
<div class="w crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<div class="w article">
<h1>南浔区启动春季农田水利设施“体检”行动</h1>
<div class="info"><span>发布日期：2025-03-18 16:42</span><span>信息来源：区农业农村局</span><span>作者：沈佳怡</span><span>浏览次数：</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
{{BODY}}
</div>
<div class="editor">责任编辑：钱晓</div>
<div class="tools">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>　　<a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="pn"><p>上一篇：<a href="#">南浔区召开2025年度“三农”工作推进会</a></p><p>下一篇：<a href="#">练市镇开展春季动物防疫集中免疫</a></p></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="#">区水利局部署2025年度防汛准备工作</a> <span>2025-03-14</span></li>
<li><a href="#">善琏镇：小农机助力春耕“加速跑”</a> <span>2025-03-12</span></li>
<li><a href="#">我区新增高标准农田1.2万亩</a> <span>2025-03-06</span></li>
</ul></div>
</div>
<footer><div class="w">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：湖州市南浔区人民政府办公室　承办：南浔区大数据发展管理局</p>
<p>地址：南浔区人瑞路1号　邮编：313009　联系电话：0572-3016288</p>
<p>网站标识码：3305030046　浙ICP备05027614号-1　<img alt="" src="%GIF%">浙公网安备 33050302000417号</p>
<p><img alt="党政机关" src="%GIF%"> <img alt="政府网站找错" src="%GIF%"> <img alt="适老化无障碍服务" src="%GIF%"></p>
<p><img alt="南浔发布二维码" src="%GIF%">扫一扫在手机上查看当前页面</p>
</div></footer>
""",
    BODY="""
p: 3月17日，南浔区农业农村局联合区水利局启动2025年春季农田水利设施“体检”行动，组织12个技术服务小组分赴全区9个镇（街道、开发区），对泵站、机埠、渠道和排涝闸站开展为期一个月的集中检查维修，确保春耕春灌用水安全。
h: 一、聚焦薄弱环节逐站排查
p: 此次检查重点围绕运行年限较长的小型机埠和灌溉渠道展开。技术人员逐站核对电机、水泵、启闭设备运行情况，检查渠道有无渗漏、淤积和破损，对发现的问题建立“一站一档”台账，明确整改责任人和完成时限。截至目前，已完成检查机埠86座、渠道41.5公里，发现一般性问题37处，现场整改23处。
img: 技术人员在和孚镇一处机埠检查水泵运行情况 | 技术人员在和孚镇一处机埠检查水泵运行情况（区农业农村局供图）
h: 二、结合春耕需求分类施策
p: 针对今年早稻育秧和小麦春管用水需求，各技术服务小组根据各镇灌区分布，优先安排粮食生产功能区内的设施检修。对需要更换配件的泵站，由区级统一采购、集中配送，缩短维修周期；对涉及渠道改造的项目，纳入今年高标准农田建设计划统筹实施。
h: 三、建立长效管护机制
p: 区农业农村局有关负责人表示，下一步将推行“村级管护员+专业维修队”模式，全区138名村级管护员每月开展一次巡查，发现问题及时上报，专业维修队48小时内响应处置。同时，将设施运行情况纳入镇（街道）年度农业农村工作考核，推动农田水利设施从“重建设”向“建管并重”转变。
""",
)
