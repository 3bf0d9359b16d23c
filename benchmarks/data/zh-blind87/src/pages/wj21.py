# 综合门户的北京频道（虚构“环京网”），2012 年式门户：转载晨报，正文首行“文/本报记者 …”单独成行
from blocks import P, NOTE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-21", "kind": "media", "lang": "zh",
    "title": "北京首批“口袋公园”冬季亮灯 夜间开放至22时",
    "authors": ["韩雪"],
    "publish_time": "2025年11月13日 07:35",
    "body": [
        NOTE("文/本报记者　韩雪", '<p class="auth">{}</p>'),
        P("天黑得早了，不少市民习惯晚饭后到家门口的小公园遛弯。记者昨天从市园林绿化局获悉，全市首批86处“口袋公园”已完成夜景照明改造，即日起冬季夜间开放时间延长至22时。"),
        P("此次改造主要采用低位草坪灯、步道地埋灯和树池灯带，照度比改造前提高约一倍，同时避免了灯光直射居民窗户。在丰台区右安门外的一处口袋公园，记者看到，暖黄色的灯光沿着健身步道铺开，不少居民在跳广场舞、打太极拳。"),
        IMG("夜晚的口袋公园"),
        P("“以前这里一到晚上黑乎乎的，老人都不敢来，现在灯亮了，还加装了监控，心里踏实多了。”附近居民刘阿姨说。"),
        P("市园林绿化局相关负责人介绍，口袋公园面积小、分布散，贴近居民生活，是“15分钟公园绿地服务圈”的重要组成部分。明年本市还将新建、改造口袋公园和小微绿地50处，并同步配建照明、座椅和无障碍设施。"),
    ],
}

CSS = """
body{margin:0;font:12px/1.5 Arial,宋体;color:#252525;background:#fff}a{color:#252525;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.tlink{background:#f6f6f6;border-bottom:1px solid #ddd;line-height:28px}.tlink .w{width:950px;margin:auto}.tlink a{margin-right:8px}
.w{width:950px;margin:auto}
.ch{height:70px;border-bottom:2px solid #1e5fa8;position:relative}.ch img{position:absolute;top:10px;width:180px;height:50px}
.ch .n{position:absolute;left:210px;top:26px;font-size:14px}.ch .n a{margin-right:14px;font-weight:bold}
.ad950{height:90px;background:#f3f3f3;margin:8px 0;color:#bbb;text-align:center;line-height:90px}
.left{float:left;width:640px}.right{float:right;width:290px}
.crumbs{color:#666;line-height:30px}
h1{font:bold 24px/34px "Microsoft YaHei";text-align:center;margin:10px 0}
.tinfo{text-align:center;color:#666;line-height:26px;border-bottom:1px solid #e5e5e5;padding-bottom:6px}
.tinfo span{margin:0 8px}
.blkContainerSblkCon{font-size:14px;line-height:26px;padding:10px 0}.blkContainerSblkCon p{margin:0 0 16px;text-indent:2em}
.blkContainerSblkCon p.auth{text-indent:0;font-weight:bold}.blkContainerSblkCon .img{text-align:center;text-indent:0}.blkContainerSblkCon .img img{width:500px;height:320px}
.cmt{border:1px solid #ccc;background:#f8f8f8;padding:10px;margin:10px 0}.cmt textarea{width:600px;height:60px}
.right h3{font-size:14px;border-bottom:1px solid #1e5fa8;margin:8px 0 4px;color:#1e5fa8}.right ul{margin:0;padding-left:16px;line-height:22px}
.foot{clear:both;border-top:1px solid #ccc;text-align:center;line-height:22px;color:#666;padding:10px 0}
"""


def render(p):
    body = rb(p["body"], img='<p class="img"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "_环京网北京频道", CSS, f"""
<div class="tlink"><div class="w">{links(["环京网首页", "新闻", "体育", "娱乐", "财经", "科技", "汽车", "房产", "博客", "微博", "论坛"], '<a href="#">{}</a>', '')}<span style="float:right"><a href="#">登录</a>|<a href="#">注册</a></span></div></div>
<div class="w">
<div class="ch">{img("环京网 北京频道")}<div class="n">{links(["北京首页", "时政", "社会", "民生", "教育", "健康", "图片"], '<a href="#">{}</a>', '')}</div></div>
<div class="ad950">广告位 950×90</div>
<div class="left">
<div class="crumbs"><a href="#">环京网</a> &gt; <a href="#">北京频道</a> &gt; <a href="#">民生</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="tinfo"><span>{p["publish_time"]}</span><span>来源：北京晨讯</span><span>[字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span><span><a href="#">打印</a></span><span><a href="#">我要评论(26)</a></span></div>
<div class="blkContainerSblkCon">
{body}
</div>
<div style="text-align:right;color:#666">（责任编辑：魏晨）</div>
<div class="cmt"><b>网友评论</b>　　已有<font color="red">26</font>条评论<br><textarea placeholder="文明上网，理性发言"></textarea><br><input type="button" value="发表评论"> <input type="checkbox">匿名发表</div>
<div style="line-height:24px"><b>相关新闻：</b><br>{links(["北京今年将新建口袋公园和小微绿地50处", "朝阳区“城市森林”冬季开放时间公布", "市民可在线查询全市公园开放信息"], '·<a href="#">{}</a>　11月12日<br>', '')}</div>
</div>
<div class="right"><h3>北京新闻排行</h3><ul>{links(["今冬首个寒潮蓝色预警发布", "北京地铁试点夜间延长运营", "京津冀大气污染联防联控升级", "西城区12所学校新建暖廊"], '<li><a href="#">{}</a></li>')}</ul>
<h3>图片</h3><p style="text-align:center">{img("玉渊潭公园的初冬")}<br>玉渊潭公园的初冬</p></div>
<div class="foot"><a href="#">环京网简介</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">招聘信息</a> | <a href="#">网站律师</a><br>
Copyright &copy; 2000-2025 环京网 All Rights Reserved　京ICP证030458号　京网文〔2011〕0312-101号</div>
</div>
""")
