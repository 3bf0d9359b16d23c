# 山东 · 县级融媒体中心网站（2019 county media site, 文/记者 … 通讯员 … 图/记者 … line, seconds in date）
from lib import *

PAGE = dict(
    id="wh-22", kind="media", lang="zh",
    title="岱阳县42万亩冬小麦冬灌全面展开",
    authors=["宋佳宁", "赵磊"],
    publish_time="2025-11-20 17:55:31",
    features="2019 county 融媒体中心 site (山东); channel tabs (新闻/电视/广播/直播); info row with 发布时间 "
             "(seconds) 来源 and 阅读; credit line 文/记者 宋佳宁 通讯员 赵　磊　图/记者 孙　浩 on its own line "
             "at the top of the text (photographer not an author); photo captions; quoted speech of farmers; "
             "【责任编辑：…】 and 【审核：…】 tags; 分享 buttons; 融媒矩阵 QR strip; footer with 广播电视 licence.",
    blocks=[
        NB("文/记者 宋佳宁 通讯员 赵　磊　图/记者 孙　浩", fmt='<p class="zz">{t}</p>'),
        P("立冬过后，岱阳县42万亩冬小麦陆续进入冬灌时节。连日来，全县各镇街组织农户抢抓晴好天气，开展冬灌作业，为小麦安全越冬和明年丰产打牢基础。"),
        IMG("农户在麦田里进行冬灌"),
        CAP("11月19日，大汶口镇西刘村农户在麦田里浇灌越冬水。"),
        P("11月19日，在大汶口镇西刘村的麦田里，水泵轰鸣，清澈的井水顺着管道流进麦垄。种粮大户刘建民正和工人一起铺设喷灌带。“今年秋天雨水少，墒情偏差，浇上这一遍越冬水，麦苗就能稳稳当当过冬。”刘建民说，他种了380亩小麦，预计一周内就能全部浇完。"),
        P("为保障冬灌用水用电，县水利部门提前对全县2.3万眼机井、86座扬水站进行检修，供电部门组织党员服务队进村入户，检修农灌线路、排查用电隐患。县农业农村局抽调40名农技人员组成服务小分队，分片包干指导农户科学冬灌。"),
        P("“冬灌要看天、看地、看苗，日平均气温在3℃左右、夜冻昼消时浇最合适，浇完后要及时划锄保墒。”县农业技术推广中心高级农艺师李红霞在田间给农户讲解要点。"),
        P("据了解，截至目前，岱阳县已完成冬灌面积23万亩，占应灌面积的55%，预计11月底前全部完成。"),
    ],
)

CSS = """
body{margin:0;font:15px/1.7 "Microsoft YaHei";background:#f6f6f6;color:#333}
a{color:#333;text-decoration:none}
.t1{background:#004d99;color:#fff}
.t1 .c{width:1100px;margin:0 auto;height:110px;display:flex;align-items:center}
.t1 .c b{font-size:32px}
.t1 .c small{margin-left:16px;font-size:14px;opacity:.8}
.tabs{background:#fff;border-bottom:1px solid #ddd}
.tabs .c{width:1100px;margin:0 auto}
.tabs a{display:inline-block;line-height:50px;padding:0 24px;font-size:16px}
.tabs a.on{background:#004d99;color:#fff}
.ct{width:1100px;margin:20px auto;background:#fff;padding:30px 60px;box-sizing:border-box}
.ct .pos{color:#999;font-size:13px}
.ct h1{text-align:center;font-size:28px;margin:24px 0 10px}
.ct .row{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.ct .row i{font-style:normal;margin:0 10px}
.ct .text{font-size:17px;line-height:2;padding-top:16px}
.ct .text p{text-indent:2em;margin:0 0 14px}
.ct .text p.zz{text-indent:0;color:#004d99}
.ct .text p.cap{text-indent:0;text-align:center;color:#666;font-size:14px}
.ct .tag{color:#999;font-size:14px;text-align:right}
.ct .sh{margin-top:14px;color:#999}
.mx{width:1100px;margin:0 auto;background:#fff;display:flex;justify-content:space-around;padding:20px 0;font-size:13px;text-align:center}
.ft{background:#333;color:#aaa;text-align:center;font-size:12px;line-height:24px;padding:20px 0;margin-top:20px}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="t1"><div class="c"><b>岱阳融媒</b><small>岱阳县融媒体中心主办</small></div></div>
<div class="tabs"><div class="c"><a href="#">首页</a><a href="#" class="on">新闻</a><a href="#">电视</a><a href="#">广播</a><a href="#">直播</a><a href="#">专题</a><a href="#">问政</a></div></div>
<div class="ct">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻</a> &gt; <a href="#">岱阳新闻</a></div>
<h1>{esc(p["title"])}</h1>
<div class="row"><i>发布时间：{p["publish_time"]}</i><i>来源：岱阳县融媒体中心</i><i>阅读：3526</i></div>
<div class="text">
{body}
</div>
<div class="tag">【责任编辑：张　璐】【审核：王洪涛】</div>
<div class="sh">分享到：<a href="#">微信</a> · <a href="#">朋友圈</a> · <a href="#">微博</a></div>
</div>
<div class="mx"><span>{img("岱阳发布", 90, 90)}<br>岱阳发布</span><span>{img("爱岱阳APP", 90, 90)}<br>爱岱阳APP</span><span>{img("岱阳融媒抖音号", 90, 90)}<br>抖音号</span></div>
<div class="ft">岱阳县融媒体中心 版权所有 未经授权不得转载<br>鲁ICP备19024517号-1　广播电视节目制作经营许可证（鲁）字第01731号　鲁公网安备 37092102000112号</div>
"""
    return doc("岱阳县42万亩冬小麦冬灌全面展开-岱阳融媒", CSS, html_body)
