# 西双版纳州勐海县人民政府网，2012 年代的旧版：批复
from blocks import P, WH, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-11", "kind": "government", "lang": "zh",
    "title": "勐海县人民政府关于勐混镇贺开村村庄规划（2025—2035年）的批复",
    "authors": [],
    "publish_time": "2025-11-12 10:20:46",
    "body": [
        WH("勐政复〔2025〕37号"),
        P("勐混镇人民政府："),
        P("你镇《关于审批〈勐混镇贺开村村庄规划（2025—2035年）〉的请示》（勐混政请〔2025〕15号）收悉。经县国土空间规划委员会审议，现批复如下："),
        P("一、原则同意《勐混镇贺开村村庄规划（2025—2035年）》。规划范围为贺开村村域，总面积约48.6平方公里，规划期限为2025年至2035年。"),
        P("二、规划要严格落实耕地和永久基本农田保护任务，守住生态保护红线，保护好古茶园及其周边生态环境，不得擅自占用古茶园进行建设。"),
        P("三、规划实施要尊重拉祜族传统村落格局和建筑风貌，新建、翻建农房须符合规划确定的宅基地标准和风貌管控要求，杜绝违法建设。"),
        P("四、你镇要做好规划的公告和宣传，将规划主要内容纳入村规民约，接受村民监督。县自然资源局等部门要加强指导和监督检查。"),
        P("此复。"),
        SIGN("勐海县人民政府"),
        DATE("2025年11月10日"),
    ],
}

CSS = """
body{margin:0;padding:0;background:#6a9a3a;font-size:12px;font-family:宋体}
a:link,a:visited{color:#333;text-decoration:none}a:hover{color:red}
.main{width:990px;margin:0 auto;background:#fff}
.nav{background:#3d6b12;height:32px}.nav td{color:#fff;text-align:center;font-size:14px}.nav a:link,.nav a:visited{color:#fff}
.sub{background:#eef5e4;height:26px;padding-left:10px}
.title{font-size:20px;color:#0c4b7a;font-weight:bold;text-align:center;line-height:36px;padding-top:16px}
.time{color:#666;text-align:center;height:30px;border-bottom:1px dashed #999}
.content{font-size:16px;line-height:30px;padding:16px 40px}
.bot{background:#3d6b12;color:#fff;line-height:22px;text-align:center;padding:8px 0}
"""


def render(p):
    # very old editor output: <p> with literal indents, alignment by attribute
    body = rb(p["body"], p='<p>{}</p>', indent="\u3000\u3000",
              wh='<p align="center">{}</p>', sign='<p align="right">{}\u3000\u3000</p>', date='<p align="right">{}\u3000\u3000</p>')
    return doc(p["title"], CSS, f"""
<table class="main" cellpadding="0" cellspacing="0" border="0">
<tr><td>{img("勐海县人民政府 www.ynmh.gov.cn")}</td></tr>
<tr><td><table class="nav" width="100%" cellpadding="0" cellspacing="0"><tr>{links(["网站首页", "勐海概况", "政务公开", "政策法规", "办事服务", "招商引资", "普洱茶乡", "公众参与"], '<td><a href="#">{}</a></td><td>|</td>', '')}</tr></table></td></tr>
<tr><td class="sub">今天是：<span>2025-11-12</span>　　<a href="#">无障碍</a>　<a href="#">繁体</a>　　用户名：<input type="text" size="10"> 密码：<input type="password" size="10"> <input type="button" value="登录"></td></tr>
<tr><td style="padding:8px 12px">您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">政府文件</a> &gt;&gt; <a href="#">县政府批复</a></td></tr>
<tr><td>
<div class="title">{esc(p["title"])}</div>
<div class="time">发布时间：{p["publish_time"]} | 来源：县自然资源局 | 点击：<font color="red">176</font></div>
<div class="content">
{body}
</div>
<div align="center" style="padding:10px">[<a href="#">发表评论</a>] [<a href="#">打印本页</a>] [<a href="#">关闭窗口</a>] [<a href="#">返回顶部</a>]</div>
<table width="96%" align="center" style="border-top:1px solid #ccc"><tr><td width="50%" style="line-height:24px"><b>相关文章</b><br>
{links(["勐海县人民政府关于勐宋乡蚌龙村村庄规划的批复", "勐海县人民政府关于布朗山乡新班章村村庄规划的批复", "关于开展古茶园保护专项检查的通知"], '·<a href="#">{}</a><br>', '')}</td>
<td valign="top" style="line-height:24px"><b>热点文章</b><br>{links(["勐海县2025年秋季学期营养改善计划实施情况", "县医共体建设工作推进会召开"], '·<a href="#">{}</a><br>', '')}</td></tr></table>
</td></tr>
<tr><td class="bot">版权所有：勐海县人民政府　　主办：勐海县人民政府办公室<br>
地址：勐海县勐海镇象山路1号　电话：0691-5122045　邮编：666200<br>
滇ICP备05001983号　网站标识码：5328220002　建议使用IE8及以上版本、1024*768分辨率浏览</td></tr>
</table>
""")
