from lib import *

ID = "xh-40"
KIND = "institution"
LANG = "zh"
FEATURES = ("association website (河南省摄影家协会) 2015 layout; 征稿启事 with no writer (authors []); CMS info bar "
            "'来源：河南省摄影家协会　发布者：管理员　发布时间：2025-03-04 09:18' (发布者 is not an author); "
            "一、二、 sections with （一）（二） items; contact lines; 落款 and date (body); 附件 download (not body); "
            "friendly-links select")
HEAD_TITLE = "第十届河南省摄影艺术展览征稿启事"
TITLE_LINES = ["第十届河南省摄影艺术展览征稿启事"]
AUTHORS = []
TIME = "2025-03-04 09:18"

CSS = """
body{margin:0;font:13px/1.8 宋体,"Microsoft YaHei";background:#e6e1d8}
#main{width:1000px;margin:0 auto;background:#fff}
.sx-h{height:120px;background:#333;color:#f0c674;font:bold 32px 黑体;padding-left:30px;line-height:120px}
.sx-n{background:#c8a14a;height:36px}.sx-n a{float:left;color:#fff;font-size:14px;padding:0 18px;line-height:36px}
.sx-c{padding:16px 40px}
.sx-c .wz{border-bottom:1px solid #ddd;color:#888}
.sx-c h2{text-align:center;font-size:22px;margin:20px 0 6px}
.sx-c .xx{text-align:center;color:#999}
.sx-c .nr p{font-size:15px;text-indent:2em;margin:6px 0}
.sx-c .nr .rt{text-align:right}
.sx-c .fj{border:1px dashed #c8a14a;padding:6px 12px;margin:14px 0}
.sx-f{background:#333;color:#aaa;text-align:center;padding:14px}
"""

BODY = [
    P("为展示我省摄影艺术创作新成果，推动摄影事业繁荣发展，经研究，决定举办第十届河南省摄影艺术展览。现将征稿事项公告如下："),
    P("一、组织机构"),
    P("主办单位：河南省文学艺术界联合会；承办单位：河南省摄影家协会、洛阳市文学艺术界联合会。"),
    P("二、征稿范围"),
    P("凡热爱摄影艺术的河南籍摄影人和在豫工作、学习、生活的摄影人均可投稿。作品题材不限，鼓励反映新时代中原大地新气象、新面貌的作品。"),
    P("三、作品要求"),
    P("（一）本届展览设纪实、艺术、商业三个类别，单幅作品每人限投10幅，组照作品每人限投3组，每组4至10幅。"),
    P("（二）作品须为2022年1月1日以后拍摄，未在全国性摄影展览中获奖或入选。"),
    P("（三）纪实类作品不得对画面内容进行增删、拼接等改变原貌的处理；艺术类和商业类作品可适度进行后期创作。"),
    P("四、征稿时间"),
    P("即日起至2025年5月31日24时截止，逾期不予受理。"),
    P("五、联系方式"),
    P("联系人：张老师、孙老师　联系电话：0371-65901862"),
    P("河南省摄影家协会", cls="rt"),
    P("2025年3月3日", cls="rt"),
]


def page():
    return f"""<body><div id="main">
<div class="sx-h">{gif("河南省摄影家协会")}河南省摄影家协会</div>
<div class="sx-n"><a href="#">首页</a><a href="#">协会概况</a><a href="#">新闻动态</a><a href="#">通知公告</a><a href="#">会员园地</a><a href="#">作品欣赏</a><a href="#">入会指南</a></div>
<div class="sx-c">
<div class="wz">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
<h2>{TITLE_LINES[0]}</h2>
<div class="xx">来源：河南省摄影家协会　发布者：管理员　发布时间：{TIME}　阅读：<span>4126</span>次</div>
<div class="nr">
{render(BODY)}
</div>
<div class="fj">附件下载：<a href="#">第十届河南省摄影艺术展览报名表.docx</a></div>
<p>友情链接：<select><option>中国摄影家协会</option><option>河南省文联</option></select></p>
</div>
<div class="sx-f">版权所有：河南省摄影家协会　地址：郑州市金水区经三路21号　豫ICP备11008231号</div>
</div></body>"""
