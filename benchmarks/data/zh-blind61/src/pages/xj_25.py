from lib import *

PAGE = dict(
    id="xj-25", kind="self-media", lang="zh",
    title="在长白山脚下守了27年林子的老周，退休了",
    authors=["赵一鸣"],
    publish_time="2024年12月03日 18:30",
    doc_title="在长白山脚下守了27年林子的老周，退休了",
    pfmt="section", hfmt="section",
    features="微信公众号 article: 原创 label, author and account name in the meta line with the IP province after the date; "
             "作者 | / 编辑 | / 审核 | lines (only 作者 is an author); section-wrapped paragraphs; photo captions; "
             "阅读/在看 bar and 精选留言 comments that read like prose (not body); 微信扫一扫 关注该公众号.",
    css="""
body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC","Microsoft YaHei";color:rgba(0,0,0,.9)}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
h1.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px}
.meta{font-size:15px;color:rgba(0,0,0,.3)}
.meta span{margin-right:8px}
.meta .orig{background:rgba(0,0,0,.05);padding:0 4px}
.meta a{color:#576b95}
#js_content{margin-top:22px}
#js_content section p{text-align:justify;letter-spacing:1px}
.cap{text-align:center;font-size:13px;color:#888}
.tool{color:rgba(0,0,0,.5);font-size:14px;margin-top:24px}
.cmt{border-top:1px solid #eee;margin-top:20px}
.cmt .n{color:rgba(0,0,0,.5);font-size:14px;margin:14px 0 0}
.cmt .c{margin:2px 0;font-size:15px}
.qr{text-align:center;color:#888;font-size:13px;margin-top:30px}
""",
)

HTML = """
<div class="rich_media">
<h1 class="rich_media_title">在长白山脚下守了27年林子的老周，退休了</h1>
<div class="meta"><span class="orig">原创</span><span>赵一鸣</span><span><a href="#">长白山下</a></span><span>2024年12月03日 18:30</span><span>吉林</span></div>
<div id="js_content">
<section><p style="color:#888;font-size:14px;">作者 | 赵一鸣</p></section>
{{BODY}}
<section><p style="color:#888;font-size:14px;">编辑 | 孙悦　审核 | 周海</p></section>
</div>
<div class="tool">阅读 1.9万　　<a href="#">赞</a> 326　　<a href="#">分享</a>　　<a href="#">推荐</a> 88　　<a href="#">写留言</a></div>
<div class="cmt"><p><b>精选留言</b></p>
<p class="n">松花江边的小白杨　吉林</p>
<p class="c">我爸也是林场的，九十年代停伐以后才从伐木工转成护林员。小时候不懂，总觉得他一年到头在山上不着家，现在才明白，那片林子能长成今天这样，是他们这一代人一棵一棵守出来的。</p>
<p class="n">阿九　辽宁</p>
<p class="c">读到老周说“树不会说话，但它记得谁对它好”，眼泪一下子就下来了。祝周叔退休生活快乐，也谢谢作者写出了这些普通人。</p>
<p class="n">作者</p>
<p class="c">谢谢大家，老周看到留言一定很高兴。</p></div>
<div class="qr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""><br>微信扫一扫<br>关注该公众号</div>
<p style="text-align:center;color:#aaa;font-size:13px">继续滑动看下一个</p>
</div>
"""

BODY = [
    P("11月30日，是周德林在白河林场检查站上班的最后一天。早上六点，他照例背上水壶和望远镜，沿着那条走了27年的巡山小路，把管护的两万多亩林子又走了一遍。"),
    P("“走完这一趟，心里就踏实了。”回到检查站，老周把巡山日志交给接班的年轻人，笔记本的最后一页写着：11月30日，晴，零下19度，无异常。"),
    IMG("周德林在巡山途中"),
    CAP("▲ 巡山路上的老周", cls="cap"),
    H("一、“守林子就是守饭碗”"),
    P("1997年，32岁的周德林从伐木工人转岗成为护林员。那时候林场刚刚开始压缩采伐，很多工友想不通，“砍了一辈子树，怎么突然让我们看树？”老周倒想得开：“树砍光了，子孙后代吃啥？守林子就是守饭碗。”"),
    P("27年里，他记了31本巡山日志，发现并处置山火隐患40多起，制止盗伐、盗挖行为上百次。他管护的那片林子，再没发生过一次森林火灾。"),
    H("二、“树记得谁对它好”"),
    P("有人问老周，一个人在山里转，不闷吗？他笑着说，山里的东西都认识他：哪棵红松结的松塔多，哪片林子有狍子出没，哪条沟春天先化雪，他都门儿清。“树不会说话，但它记得谁对它好。”"),
    P("最难的是2003年春天。那年雪化得早，山上干得厉害，老周连续四十多天没下山，吃住都在瞭望塔里。一天傍晚，他在望远镜里看见沟塘子里冒起一缕青烟，顾不上吃饭就往那边跑，翻了两道山梁才赶到，原来是有人上山烧纸留下的火星。他和赶来的扑火队员一直干到后半夜，才把余火彻底清理干净。"),
    P("近几年，林场陆续来了几个大学生护林员。老周带着他们认路、认树、认兽迹，还把自己总结的“看烟识火”经验写成了小册子。"),
    H("三、退休了，还想常回来看看"),
    P("退休后，老周打算搬到县城和女儿一起住。但他说，等开春了，还要回来看看那片林子，“就像看看老朋友。”"),
]
