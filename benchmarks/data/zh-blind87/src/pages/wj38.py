# 天津国有港航企业官网（虚构“津沽港务集团”），2014 年企业站：信息栏只有来源，末段以括号署名收尾
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-38", "kind": "institution", "lang": "zh",
    "title": "集团首艘LNG双燃料拖轮正式交付使用",
    "authors": ["杨楠", "吕晓峰"],
    "publish_time": "2025/11/11",
    "body": [
        P("11月10日，集团所属拖轮公司首艘LNG双燃料全回转拖轮“津沽拖28”轮在南疆港区码头举行交付仪式，正式投入港口生产作业。这是集团推进港口绿色低碳发展、打造“零碳码头”的又一项具体举措。"),
        P("“津沽拖28”轮总长39.8米，型宽11.2米，主机总功率5000千瓦，可在液化天然气和柴油两种燃料模式间自由切换。与同等功率的传统柴油拖轮相比，该轮使用LNG模式作业时，硫氧化物排放可减少近100%，氮氧化物排放减少约80%，二氧化碳排放减少约20%。"),
        IMG("“津沽拖28”轮"),
        P("据拖轮公司负责人介绍，该轮还配备了智能能效管理系统和岸电接入装置，靠泊期间可使用岸电，实现“零排放”停靠。船员生活区进行了降噪设计，居住舒适度明显提高。"),
        P("近年来，集团持续优化港口能源结构，累计建成岸电设施42套，港区新能源车辆占比超过60%，自动化码头全部使用绿色电力。按照计划，到2027年集团还将陆续更新LNG和电动拖轮8艘，进一步降低港口作业碳排放，为建设世界一流绿色智慧枢纽港口贡献力量。（杨楠 吕晓峰）"),
    ],
}

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:Arial,"宋体";color:#444}
a{color:#444;text-decoration:none}
.wrap{width:1000px;margin:0 auto}
.header{height:86px;position:relative}.header img{position:absolute;top:14px;width:320px;height:58px}
.header .lk{position:absolute;right:0;top:10px}.header .lk a{margin-left:8px}
.header .srch{position:absolute;right:0;bottom:12px}
.menu{background:#004b8d;height:42px}.menu ul{list-style:none;margin:0 auto;padding:0;width:1000px}.menu li{float:left}.menu a{display:block;color:#fff;font-size:14px;padding:0 22px;line-height:42px}
.flash{height:200px;background:#c9dcef}
.inner{overflow:hidden;margin-top:12px}
.sidel{float:left;width:220px}.sidel .tt{background:#004b8d;color:#fff;font-size:16px;font-weight:bold;padding:10px 14px}
.sidel ul{list-style:none;margin:0;padding:0;border:1px solid #d6e0eb}.sidel li{border-bottom:1px dotted #ccc;line-height:34px;padding-left:20px}
.mainr{float:right;width:760px}
.site{border-bottom:1px solid #004b8d;line-height:32px;text-align:right}.site span{float:left;font-size:14px;font-weight:bold;color:#004b8d}
.newstitle{text-align:center;font-size:20px;font-weight:bold;color:#004b8d;padding:20px 0 8px}
.newsinfo{text-align:center;color:#999;border-bottom:1px dashed #ccc;padding-bottom:8px}
.newscon{font-size:14px;line-height:26px;padding:14px 10px}.newscon p{text-indent:2em;margin:0 0 10px}.newscon .i{text-align:center;text-indent:0}.newscon .i img{width:500px;height:330px;background:#eee}
.foot{clear:both;margin-top:20px;border-top:3px solid #004b8d;background:#f1f4f8;text-align:center;line-height:22px;padding:10px 0}
"""


def render(p):
    body = rb(p["body"], img='<p class="i"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "-津沽港务集团有限公司", CSS, f"""
<div class="wrap">
<div class="header">{img("津沽港务集团有限公司")}<div class="lk"><a href="#">English</a>|<a href="#">OA登录</a>|<a href="#">邮箱登录</a>|<a href="#">联系我们</a></div>
<div class="srch"><input type="text" value="关键字"> <input type="button" value="搜索"></div></div></div>
<div class="menu"><ul>{links(["首页", "集团概况", "新闻中心", "港口业务", "党建工作", "企业文化", "社会责任", "信息公开", "人才招聘"], '<li><a href="#">{}</a></li>', '')}</ul></div>
<div class="wrap">
<div class="flash"></div>
<div class="inner">
<div class="sidel"><div class="tt">新闻中心</div><ul>{links(["集团要闻", "基层动态", "媒体聚焦", "图片新闻", "视频新闻"], '<li><a href="#">{}</a></li>', '')}</ul></div>
<div class="mainr">
<div class="site"><span>集团要闻</span>您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">集团要闻</a></div>
<div class="newstitle">{esc(p["title"])}</div>
<div class="newsinfo">来源：拖轮公司　　发布时间：{p["publish_time"]}　　点击：522</div>
<div class="newscon">
{body}
</div>
<div style="text-align:right"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div></div>
<div class="foot">版权所有：津沽港务集团有限公司　地址：天津市滨海新区津港路99号　电话：022-25706300<br>津ICP备08101234号-1　津公网安备12011602000816号</div>
</div>
""")
