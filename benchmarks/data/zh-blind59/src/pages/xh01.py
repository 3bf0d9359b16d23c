from lib import *

ID = "xh-01"
KIND = "government"
LANG = "zh"
FEATURES = ("province department (河南省农业农村厅), 2020s layout; 无障碍/长者模式/繁體 bar; breadcrumb whose last item "
            "repeats the headline cut short with …; spaced info bar with seconds, 来源, 作者, 浏览次数, 【字体：大 中 小】; "
            "table of city progress (header + rows); photo caption; quoted speech; 责任编辑/审核 lines; related list; QR captions")
HEAD_TITLE = "全省“三夏”麦收进度过半 机收率稳定在98%以上_河南省农业农村厅"
TITLE_LINES = ["全省“三夏”麦收进度过半 机收率稳定在98%以上"]
AUTHORS = ["韩晓雪"]
TIME = "2024-06-05 18:26:14"

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f3f5f7}
.top{background:#e9eef3;font-size:12px}.top .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
.top a{margin-left:12px;color:#555}
.banner{background:#1f5aa6;color:#fff;height:110px}.banner .w{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between}
.logo b{font-size:32px;letter-spacing:2px}.logo i{display:block;font-size:12px;font-style:normal;opacity:.8}
.search input{width:260px;height:32px;border:0;padding:0 8px}.search button{height:34px}
.nav{background:#174a8b}.nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.nav li{flex:1;text-align:center;line-height:46px}.nav a{color:#fff;font-size:16px}
.main{width:1200px;margin:16px auto;display:flex;gap:20px}
.side{width:240px;background:#fff}.side h3{background:#1f5aa6;color:#fff;margin:0;padding:8px 16px}
.side li{line-height:40px;border-bottom:1px solid #eee;list-style:none}
.content{flex:1;background:#fff;padding:20px 40px}
.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
.art-title{font-size:26px;text-align:center;color:#1f3f6e;margin:26px 0 12px}
.art-info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-info span{margin:0 10px}
.art-body{font-size:16px;line-height:2}.art-body p{text-indent:2em;margin:0 0 12px}
.art-body table{border-collapse:collapse;margin:10px auto}.art-body td,.art-body th{border:1px solid #999;padding:4px 12px}
.pic{text-align:center;text-indent:0!important}.pic-cap{text-align:center;font-size:14px;color:#555;text-indent:0!important}
.editor{text-align:right;color:#666}
.tools{margin-top:20px;font-size:13px;display:flex;justify-content:space-between}
.prevnext p{margin:4px 0}
.rel h4{border-left:4px solid #1f5aa6;padding-left:8px}
.footer{background:#1c3d66;color:#cfd8e3;font-size:13px;padding:20px 0}
.footer .w{width:1200px;margin:0 auto;display:flex;gap:30px;align-items:center}
.qr{display:flex;gap:16px}.qr div{text-align:center}
"""

BODY = [
    P("据省农业农村厅农情调度，截至6月5日17时，全省已收获小麦4560万亩，占种植面积的53.2%，麦收进度过半。今年全省投入联合收割机18.6万台，跨区作业机械3.1万台，小麦机收率稳定在98%以上，总体呈现进度快、质量好、损失低的特点。"),
    P("从区域看，豫南麦区收获基本结束，豫中麦区进入收获高峰，豫北麦区陆续开镰。省农机部门在京港澳、二广等高速公路沿线设立跨区作业接待服务站236个，为机手提供加油、维修、食宿和信息引导服务，确保收割机“开得进、收得快、转得出”。"),
    IMG("农机手在田间抢收小麦", "6月4日，驻马店市西平县，联合收割机在麦田里来回穿梭。（省农业农村厅供图）"),
    H("一、分区域收获进度", tag="p", inner="strong"),
    P("各地按照“成熟一块、收获一块”的原则组织抢收，截至6月5日17时，部分省辖市收获进度如下："),
    TABLE([["省辖市", "种植面积（万亩）", "已收获（万亩）", "进度"],
           ["南阳市", "1068", "962", "90.1%"],
           ["驻马店市", "1001", "871", "87.0%"],
           ["周口市", "1143", "605", "52.9%"],
           ["商丘市", "1032", "398", "38.6%"],
           ["新乡市", "568", "103", "18.1%"]], attrs='width="80%"'),
    H("二、减损增效落到田间地头", tag="p", inner="strong"),
    P("为减少机收环节损失，全省组织开展小麦机收减损技能大比武，累计培训机手4.2万人次，并在重点县派驻农机专家指导组，现场调校割台高度和脱粒滚筒转速。"),
    P("“今年我们把机收损失率控制在1%以内，比国家标准低了一半。”省农业农村厅农业机械化管理处负责人说，下一步将紧盯天气变化，抢抓晴好天气组织机具集中作业，同时做好烘干设备调度，防止“烂场雨”造成损失。"),
]


def page():
    return f"""<body>
<div class="top"><div class="w"><span>您好，欢迎访问河南省农业农村厅网站！今天是2024年6月6日</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a></span></div></div>
<div class="banner"><div class="w"><div class="logo">{gif("河南省农业农村厅")}<b>河南省农业农村厅</b><i>Department of Agriculture and Rural Affairs of Henan Province</i></div>
<form class="search"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div></div>
<div class="nav"><ul>{ali(["首页", "机构概况", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏", "数据发布"])}</ul></div>
<div class="main">
<div class="side"><h3>新闻中心</h3><ul>{ali(["工作动态", "通知公告", "市县动态", "媒体聚焦", "图片新闻", "视频新闻"])}</ul></div>
<div class="content">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">工作动态</a> &gt; 全省“三夏”麦收进度过半 机收率稳定…</div>
<h1 class="art-title">{TITLE_LINES[0]}</h1>
<div class="art-info"><span>发布时间：{TIME}</span> <span>来源：农业机械化管理处</span> <span>作者：韩晓雪</span> <span>浏览次数：2581</span> <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="art-body">
{render(BODY)}
<p class="editor">责任编辑：李  森　　审核：周建业</p>
</div>
<div class="tools"><span>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</span><span>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span></div>
<div class="prevnext"><p>上一篇：<a href="#">我省召开2024年农业农村系统安全生产工作视频会</a></p><p>下一篇：<a href="#">省农业农村厅开展“三夏”农机安全生产专项检查</a></p></div>
<div class="rel"><h4>相关新闻</h4><ul>{ali(["全省“三夏”生产工作视频调度会召开", "河南发布小麦机收减损技术指导意见", "跨区作业接待服务站为机手送上“清凉包”", "省级农机专家指导组分赴18个省辖市"])}</ul></div>
</div></div>
<div class="footer"><div class="w">
<div><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办：河南省农业农村厅　承办：河南省农业农村厅信息中心</p>
<p>地址：郑州市金水区农业路东段27号　邮编：450008　联系电话：0371-65911024</p>
<p>豫ICP备05021876号-1　{gif("公安备案")}豫公网安备 41010502003318号　网站标识码：4100000211</p></div>
<div>{gif("党政机关")}{gif("政府网站找错")}</div>
<div class="qr"><div>{gif("二维码")}<p>扫一扫在手机打开当前页</p></div><div>{gif("微信公众号")}<p>官方微信</p></div></div>
</div></div>
</body>"""
