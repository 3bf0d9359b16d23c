PAGE = dict(
    id="wg-27", kind="self-media", lang="zh",
    site="微信公众号文章页（县级政务号“通城发布”网页版）",
    features="“原创”标签+作者名+公众号名+日期时间+属地同一行；正文 section/span 结构，首行“作者 | 刘\u00a0\u00a0畅　摄影 | …”单独一行（非正文）；"
             "图片 alt 为“图片”；居中小标题；文末“来源/编辑/审核”行；阅读原文、分享/收藏/在看、扫码关注",
    title="通城这片茶园，“头茶”开采了！",
    authors=["刘畅"],
    publish_time="2025年3月20日 18:02",
    head_title="通城这片茶园，“头茶”开采了！",
    CSS="""
body{margin:0;background:#fff;font:17px/1.6 -apple-system-font,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Microsoft YaHei";color:rgba(0,0,0,.9)}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
#meta_content{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
#meta_content .orig{background:rgba(0,0,0,.05);font-size:12px;padding:0 4px}
#meta_content a{color:#576b95}
#meta_content em{font-style:normal;margin-right:8px}
.rich_media_content section{margin:0 0 16px}
.rich_media_content .cen{text-align:center}
.rich_media_content .hd{text-align:center;font-weight:bold;color:#2e7d32}
.rich_media_tool{font-size:15px;color:rgba(0,0,0,.3);margin-top:30px}
.qr{text-align:center;font-size:14px;color:rgba(0,0,0,.4);margin-top:30px}
.ops{display:flex;gap:26px;font-size:14px;color:rgba(0,0,0,.5);margin-top:10px}
""",
    STYLE={
        "p": '<section><span style="font-size:16px;letter-spacing:1px;">{t}</span></section>',
        "h": '<section class="hd"><span style="font-size:17px;">{t}</span></section>',
        "img_nocap": '<section class="cen"><img alt="{alt}" src="%GIF%" data-ratio="0.66"></section>',
    },
    TEMPLATE="""
<div class="rich_media">
<h1 class="rich_media_title">通城这片茶园，“头茶”开采了！</h1>
<div id="meta_content"><span class="orig">原创</span> <em>刘畅</em> <a href="#">通城发布</a> <em>2025年3月20日 18:02</em><em>湖北</em></div>
<div class="rich_media_content">
{{BODY}}
</div>
<div class="rich_media_tool"><a href="#">阅读原文</a>　阅读 4326</div>
<div class="ops"><span>分享</span><span>收藏</span><span>点赞</span><span>在看</span></div>
<div class="qr"><img alt="" src="%GIF%"><br>微信扫一扫<br>关注该公众号</div>
</div>
""",
    BODY="""
x: <section class="cen"><span style="font-size:13px;color:#888;">作者 | 刘\u00a0\u00a0畅　摄影 | 吴俊杰</span></section>
p: 春分将至，通城县塘湖镇的千亩茶园里，新芽吐绿，茶香四溢。3月19日，当地今年的“头茶”正式开采，上百名采茶工穿梭在茶垄间，指尖翻飞，一片片嫩芽被轻轻摘下。
img: 图片
h: 一芽一叶　抢“鲜”上市
p: “今年气温回升早，茶芽比去年早发了4天左右。头茶讲究一芽一叶，每天采多少就炒多少，保证新鲜。”茶园负责人黎红英一边查看鲜叶一边介绍。清明前的头茶数量少、品质好，每斤干茶售价在800元以上，不少老客户早早就来电预订。
img: 图片
h: 家门口就业　采茶也能致富
p: 采茶季用工需求大，茶园每天吸纳周边村民120多人务工。62岁的村民方桂兰已经在这里采了8年茶，“手快的一天能采三四斤鲜叶，能挣一百多块钱，离家近，还能照顾孙子。”
h: 机器+手工　制茶更规范
p: 在茶园旁边的加工厂里，新采的鲜叶经过摊青、杀青、揉捻、烘干等工序，制成成品茶。近两年，茶企新上了两条自动化生产线，名优茶仍坚持手工炒制，大宗茶则由机器加工，产量和品质都有了明显提升。
p: 据了解，通城县现有茶园面积5.2万亩，今年预计春茶产量可达1100吨。
x: <section><span style="font-size:13px;color:#888;">来源：通城县融媒体中心<br>编辑：胡\u00a0\u00a0月　审核：徐志刚</span></section>
""",
)
