# 北京市延庆区人民政府，2020 年版：政府信息公开里的通报（日期与发文机关不带标签，正文含得分表和问题清单）
from blocks import P, H, WH, UL, TABLE, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-09", "kind": "government", "lang": "zh",
    "title": "北京市延庆区人民政府办公室关于2025年第三季度政府网站和政务新媒体检查情况的通报",
    "authors": [],
    "publish_time": "2025-11-13",
    "body": [
        WH("延政办函〔2025〕58号"),
        P("各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：", '<p class="nd">{}</p>'),
        P("按照《政府网站与政务新媒体检查指标》要求，区政务服务和数据管理局于2025年9月对全区政府网站和政务新媒体开展了第三季度检查，现将有关情况通报如下。"),
        H("一、总体情况"),
        P("本次共检查政府网站1个、政务新媒体账号46个，总体合格率100%。其中，成绩排名前三位的单位如下："),
        TABLE([
            ["排名", "单位", "得分"],
            ["1", "延庆区卫生健康委员会", "98.5"],
            ["2", "井庄镇人民政府", "97.0"],
            ["3", "百泉街道办事处", "96.5"],
        ]),
        H("二、存在的问题"),
        UL("个别栏目更新不及时，“通知公告”栏目超过2周未更新；",
           "部分政务新媒体账号转载内容未标注来源，存在错别字；",
           "互动留言答复不够规范，个别答复简单照搬政策原文。"),
        H("三、工作要求"),
        P("各单位要对照问题清单，于11月28日前完成整改，并将整改情况报区政务服务和数据管理局。对连续两次检查发现同类问题的单位，将予以通报批评并纳入年度绩效考核。"),
        SIGN("北京市延庆区人民政府办公室"),
        DATE("2025年11月12日"),
    ],
}

CSS = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f7f7f7;color:#333}
a{color:#333;text-decoration:none}
.header{background:#fff;height:140px}.header .con{width:1200px;margin:auto;position:relative;height:140px}
.header img{position:absolute;left:0;top:36px;width:460px;height:70px}
.header .links{position:absolute;right:0;top:10px;font-size:13px}.header .links a{margin-left:12px;color:#666}
.header .search{position:absolute;right:0;top:60px}.header input{width:230px;height:34px;border:1px solid #3a8a3a}
.nav{background:#2e7d32}.nav .con{width:1200px;margin:auto;display:flex}.nav a{flex:1;color:#fff;text-align:center;line-height:54px;font-size:18px}
.con{width:1200px;margin:auto}
.position{font-size:14px;line-height:50px;color:#555}
.detail{background:#fff;padding:40px 80px}
.detail h1{font-size:26px;line-height:40px;text-align:center;margin:0}
.pubinfo{text-align:center;color:#999;font-size:14px;margin:14px 0 30px;word-spacing:30px}
.pubinfo a{word-spacing:0}
.txt{font-family:"FangSong","仿宋",serif;font-size:18px;line-height:36px}.txt p{text-indent:2em;margin:0}.txt p.nd{text-indent:0}
.txt h3{font-family:"SimHei","黑体";font-weight:normal;font-size:18px;text-indent:2em;margin:0}
.txt ul{margin:0;padding-left:4em}.txt table{border-collapse:collapse;margin:8px auto;font-size:16px}.txt td,.txt th{border:1px solid #666;padding:2px 20px}
.bottom{display:flex;justify-content:space-between;border-top:1px solid #ddd;margin-top:30px;padding-top:14px;font-size:14px;color:#666}
.footer{background:#1f5a23;color:#cfe3cf;font-size:13px;text-align:center;padding:30px 0;line-height:26px;margin-top:40px}
"""


def render(p):
    body = rb(p["body"], table=("<table>", "</table>"),
              sign='<p style="text-align:right;padding-right:2em">{}</p>', date='<p style="text-align:right;padding-right:3em">{}</p>')
    return doc(p["title"] + "_延庆区人民政府网站", CSS, f"""
<div class="header"><div class="con">{img("北京市延庆区人民政府")}
<div class="links"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">English</a><a href="#">移动版</a></div>
<div class="search"><input type="text" placeholder="全站搜索"><a href="#">搜索</a></div></div></div>
<div class="nav"><div class="con">{links(["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "冬奥延庆", "魅力延庆"], '<a href="#">{}</a>', '')}</div></div>
<div class="con">
<div class="position">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">区政府办文件</a></div>
<div class="detail">
<h1>{esc(p["title"])}</h1>
<div class="pubinfo"><span>{p["publish_time"]}</span> <span>延庆区政务服务和数据管理局</span> <a href="#">打印</a></div>
<div class="txt">
{body}
</div>
<div class="bottom"><span>【<a href="#">关闭窗口</a>】</span><span>扫一扫在手机上查看当前页面 {img("二维码")}</span></div>
</div></div>
<div class="footer">
<a href="#">关于我们</a>　|　<a href="#">网站地图</a>　|　<a href="#">网站声明</a><br>
主办：北京市延庆区人民政府办公室　承办：北京市延庆区政务服务和数据管理局<br>
京ICP备05083567号-1　京公网安备11022902000120号　网站标识码：1101190003<br>
{img("党政机关")}　{img("我为政府网站找错")}
</div>
""")
