"""Media pages xx-13 ... xx-24: central, provincial and city media, portals, TV/radio
sites; xx-23 and xx-24 are English-language pages of Chinese outlets."""
from lib import BR, G, H, L, P, PS, T, X, img, links, nav, search, ul_links

PAGES = []


def page(**kw):
    PAGES.append(kw)


# --------------------------------------------------------------------------- xx-13
# 河南 provincial portal: 编者按 box over the text (body); 本报讯 byline inside the first
# paragraph; closing 本文来源 / 版权声明 lines are not body.
CSS13 = """
body{margin:0;font-family:"Microsoft YaHei";color:#222}
.top{background:#f5f5f5;font-size:12px;padding:4px 6%;color:#666}.top a{margin-right:10px;color:#666}
.hd{display:flex;justify-content:space-between;align-items:center;padding:16px 6%}
.hd .logo{font-size:34px;font-weight:900;color:#d7000f}
.chan{background:#d7000f;padding:0 6%}.chan a{color:#fff;display:inline-block;padding:9px 14px}
.layout{display:flex;gap:30px;padding:0 6%}
.art{flex:1}.side{width:300px}
.pos{font-size:13px;color:#999;margin:12px 0}
h1{font-size:30px;margin:10px 0}
.info{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.info span{margin-right:16px}
.bzn{background:#fdf3e7;border:1px solid #f0c890;padding:12px 18px;font-family:"楷体",KaiTi;margin:16px 0}
.text p{font-size:17px;line-height:1.9;text-indent:2em}
.src{font-size:13px;color:#999}
.copyright{font-size:12px;color:#999;border:1px dashed #ccc;padding:8px}
.side h3{border-left:4px solid #d7000f;padding-left:8px}
.foot{margin-top:20px;background:#333;color:#aaa;text-align:center;font-size:12px;padding:18px;line-height:2}
"""

page(
    id="xx-13", kind="media", lang="zh",
    head="南阳月季“出海”记_河南频道_大河网",
    title="南阳月季“出海”记",
    authors=["高岩", "李卫东"],
    publish_time="2024-05-22 07:38",
    css=CSS13,
    parts=[
        X("""<div class="top"><a href="#">大河网首页</a><a href="#">河南日报</a><a href="#">大河报</a><a href="#">河南手机报</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="hd"><div class="logo">大河网</div>""" + search("搜索新闻", "搜索") + """</div>
<div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">河南</a><a href="#">郑州</a><a href="#">财经</a><a href="#">文旅</a><a href="#">教育</a><a href="#">评论</a><a href="#">视频</a><a href="#">直播</a></div>
<div class="layout"><div class="art"><div class="pos">大河网 &gt; 河南频道 &gt; 地市 &gt; 正文</div>
<h1>南阳月季“出海”记</h1>
<div class="info"><span>2024-05-22 07:38</span><span>来源：河南日报</span><span>作者：高岩 李卫东</span><span>编辑：王晓</span><span><a href="#">分享</a></span></div>
<div class="bzn">"""),
        P("编者按：一枝月季，连着千家万户的“钱袋子”。近年来，南阳市把月季产业作为富民强县的特色产业来抓，种苗、盆花、鲜切花、月季食品一应俱全，产品远销40多个国家和地区。本报今起推出“特色产业看河南”系列报道，敬请关注。"),
        X('</div>\n<div class="text">'),
        PS([
            "本报讯（记者 高岩 通讯员 李卫东）5月21日清晨，南阳市卧龙区石桥镇的月季种苗基地里，工人们正忙着起苗、分拣、包装。一辆辆冷链货车从这里出发，把带着露水的月季种苗运往青岛港，再经海运抵达荷兰、日本和中东等地。",
            "“今年的订单比去年多了三成，光是出口的嫁接苗就有800多万株。”基地负责人赵海峰一边核对装箱单一边说。他告诉记者，过去南阳月季主要靠国内批发市场，这几年通过跨境电商平台和国际花卉展会，越来越多的海外客户主动找上门来。",
            "南阳种植月季已有上千年历史。目前，全市月季种植面积达到23万亩，年产月季苗木6亿株，约占全国的80%。为了让月季“走出去”，当地建设了月季种质资源圃，收集保存品种3000多个，并与多所农业院校合作培育自主知识产权新品种，其中“宛城红”“卧龙云霞”等12个品种获得国家植物新品种权。",
            "出口离不开检验检疫的“保驾护航”。南阳海关在基地设立检疫监管点，推行“预约检疫、随到随检”，出口种苗从申报到放行的时间由原来的3天压缩到1天。“以前最怕遇到退货，现在基地全程按照进口国标准种植管理，一年多没有出现过一单退运。”赵海峰说。",
            "月季产业也带动了周边群众就业。在石桥镇，从事月季嫁接、养护、包装的务工群众有1.2万人，熟练嫁接工一天能挣300元左右。南阳市林业局有关负责人表示，下一步将加快建设月季产业园和冷链物流中心，打造从育种到销售的全产业链，让南阳月季在国际市场上开得更艳。",
        ]),
        X("""</div>
<p class="src">本文来源：河南日报　　责任编辑：王晓　　审核：孙明亮</p>
<div class="copyright">版权声明：凡注明“来源：大河网”或“来源：河南日报”的作品，版权均属河南日报报业集团所有，未经书面授权不得转载、摘编或以其他方式使用。违者本网将依法追究责任。</div>
<div>相关新闻：<ul><li><a href="#">第十五届南阳月季文化节开幕</a></li><li><a href="#">南阳月季亮相荷兰国际园艺博览会</a></li><li><a href="#">卧龙区：月季产业铺就富民路</a></li></ul></div>
</div>
<div class="side"><h3>热点排行</h3>""" + ul_links(["郑州地铁10号线二期工程最新进展", "河南今年高考报名人数公布", "全省麦收进度过七成", "洛阳牡丹文化节累计接待游客超千万", "河南发布高温橙色预警", "郑州航空港区新开两条国际货运航线"]) + """
<h3>大河视频</h3>""" + ul_links(["航拍|金色麦浪翻滚 中原大地丰收在望", "直播回放：河南省政府新闻发布会"]) + """</div></div>
<div class="foot">大河网版权所有　互联网新闻信息服务许可证：41120170001　豫ICP备10200588号-1　豫公网安备 41010502003188号<br>违法和不良信息举报电话：0371-6577xxxx　举报邮箱：jubao@example.com　<a href="#">关于我们</a> | <a href="#">联系我们</a></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-14
# 山东 provincial portal: article split over two pages, this is page 1; byline line
# with a spaced name; 分页 links and 责编 after the text.
CSS14 = """
body{margin:0;font:14px/1.7 "SimSun";background:#fff;color:#333}
.w{width:1000px;margin:0 auto}
.toplinks{font-size:12px;background:#eee;padding:3px 10px}
.logo{font:bold 36px "黑体";color:#0055a6;padding:14px 0}
.menu{background:#0055a6;padding:6px 10px}.menu a{color:#fff;margin-right:14px;font-size:14px}
.dqwz{margin:10px 0;color:#666}
.left{float:left;width:680px}
.hotbox{float:right;width:230px;margin:0 0 10px 16px;border:1px solid #cfdcec;padding:6px;font-size:13px;background:#f5f8fc}
.title{font:bold 26px "黑体";color:#000;text-align:center;line-height:1.5}
.time{text-align:center;color:#999;font-size:12px;margin:6px 0 16px}
.by{font-family:"楷体",KaiTi;font-size:15px}
.zw p{font-size:16px;line-height:2;margin:0 0 12px}
.page{text-align:center;margin:16px 0}.page a,.page b{margin:0 3px;padding:1px 6px;border:1px solid #0055a6}
.zb{text-align:right;color:#999}
.clear{clear:both}
.foot{border-top:2px solid #0055a6;text-align:center;color:#666;font-size:12px;padding:10px;line-height:2}
"""

page(
    id="xx-14", kind="media", lang="zh",
    head="淄博：老厂房变身文创街区 工业遗存焕发新活力_大众网",
    title="淄博：老厂房变身文创街区 工业遗存焕发新活力",
    authors=["孙娜"],
    publish_time="2024-04-18 08:56:21",
    css=CSS14,
    parts=[
        X("""<div class="w"><div class="toplinks">大众网首页 | 山东 | 新闻 | 财经 | 文旅 | 健康 | 海报新闻 | <a href="#">无障碍</a></div>
<div class="logo">大众网·淄博</div>
<div class="menu"><a href="#">首页</a><a href="#">淄博要闻</a><a href="#">区县</a><a href="#">民生</a><a href="#">文旅</a><a href="#">问政</a><a href="#">视频</a></div>
<div class="dqwz">您当前的位置：<a href="#">大众网</a> &gt; <a href="#">淄博频道</a> &gt; <a href="#">淄博要闻</a> &gt; 正文</div>
<div class="left"><div class="title">淄博：老厂房变身文创街区 工业遗存焕发新活力</div>
<div class="time">2024-04-18 08:56:21　来源：大众网　　<a href="#">我要评论</a>　　字号：<a href="#">T</a>|<a href="#">T</a></div>
<p class="by">大众网记者&nbsp;孙&nbsp;&nbsp;娜&nbsp;淄博报道</p>
<div class="hotbox"><b>淄博热点</b>""" + ul_links(["淄博：今年计划实施城市更新项目60个", "周村古商城入选国家级夜间文旅消费集聚区", "淄博市中考政策有变化", "博山陶琉大集5月开市", "淄博火车站北广场改造完工", "高青黄河湿地迎来候鸟迁徙高峰", "沂源苹果花节开幕", "临淄齐文化博物院推出夜场"]) + """
<b>专题</b>""" + ul_links(["2024淄博两会", "烧烤季·好客淄博", "强工业·淄博在行动"]) + """</div>
<div class="zw">"""),
        PS([
            "斑驳的红砖墙、高耸的烟囱、锈迹斑斑的行车吊臂……走进位于淄博市张店区的“1958文创街区”，老工业时代的印记随处可见。而在这些老厂房里，咖啡馆、陶瓷工作室、独立书店和小剧场一家挨着一家，年轻人在这里拍照、逛展、喝咖啡，成了周末休闲的新去处。",
            "这片街区的前身是始建于1958年的淄博第二纺织厂。上世纪90年代末，随着企业改制，厂区逐渐闲置。2022年，张店区引入社会资本，按照“修旧如旧、保留记忆”的原则，对厂区内的18栋老厂房进行改造，保留了锯齿形屋顶、红砖外墙和部分纺织机械，植入文化创意、休闲餐饮和演艺展览等业态。",
            "“我们没有大拆大建，而是尽量把老厂房原有的结构和味道留下来。”街区运营方负责人刘建波介绍，改造中拆下来的旧砖、旧木料都被重新利用，做成了景观墙和座椅。街区去年5月正式开街，目前已入驻商户86家，累计接待游客超过300万人次。",
            "淄博陶瓷和琉璃是当地的文化名片。在街区的“陶琉工坊”，记者看到，不少游客正在手工拉坯、给琉璃饰品上色。工坊主理人王倩是一名“90后”陶艺师，她说：“老厂房的空间高、采光好，特别适合做工作室。来体验的人多了，我们的作品也卖得更好了。”",
        ]),
        X("""</div>
<div class="page">共2页：<b>1</b><a href="#">2</a><a href="#">下一页</a></div>
<p class="zb">（责编：于晓菲）</p>
<div>分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
<div><b>相关新闻</b><ul><li><a href="#">淄博烧烤“出圈”一年后：城市品牌如何持续“保温”</a></li><li><a href="#">张店区推进城市更新 打造15分钟便民生活圈</a></li></ul></div>
</div>
<div class="clear"></div>
<div class="foot">大众网版权所有　未经授权禁止复制或建立镜像<br>鲁ICP备09012531号　互联网新闻信息服务许可证37120180001<br>大众报业集团主办</div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-15
# 湖北 provincial portal: 荆楚网消息 byline inside the first paragraph; a 延伸阅读 box
# between two body paragraphs.
CSS15 = """
body{margin:0;font-family:"Microsoft YaHei";color:#333;background:#fff}
.top{background:#1b6fb5;height:56px;display:flex;align-items:center;padding:0 8%;color:#fff}
.top b{font-size:26px;margin-right:30px}.top a{color:#fff;margin-right:16px}
.main{width:860px;margin:0 auto}
.bread{font-size:13px;color:#888;padding:12px 0}
h1{font-size:28px;line-height:1.4}
.info{color:#999;font-size:13px;padding-bottom:10px;border-bottom:1px solid #eee}
.content p{font-size:17px;line-height:1.95;text-indent:2em}
.yanshen{border:1px solid #cfe1f3;background:#f4f9fe;margin:20px 0;padding:10px 16px}
.yanshen h4{margin:0 0 6px;color:#1b6fb5}
.yanshen ul{margin:0;padding-left:18px}
.bottom{font-size:13px;color:#999}
.foot{background:#f4f4f4;text-align:center;font-size:12px;color:#888;padding:20px;line-height:2}
"""

page(
    id="xx-15", kind="media", lang="zh",
    head="恩施硒茶春茶开采 茶农忙采摘 - 荆楚网 - 湖北日报网",
    title="恩施硒茶春茶开采 茶农忙采摘",
    authors=["胡蓉", "程新华"],
    publish_time="2024-04-02 10:15",
    css=CSS15,
    parts=[
        X("""<div class="top"><b>荆楚网</b><a href="#">首页</a><a href="#">新闻</a><a href="#">湖北</a><a href="#">市州</a><a href="#">经济</a><a href="#">文旅</a><a href="#">问政</a><a href="#">视频</a></div>
<div class="main"><div class="bread">荆楚网 &gt; 市州 &gt; 恩施 &gt; 正文</div>
<h1>恩施硒茶春茶开采 茶农忙采摘</h1>
<div class="info">2024-04-02 10:15　来源：荆楚网　责任编辑：汪洋</div>
<div class="content">"""),
        P("荆楚网消息（记者胡蓉 通讯员程新华）清明前后，恩施州各地茶园陆续开园采摘。4月1日，在恩施市芭蕉侗族乡的高拱桥村，连片茶园层层叠叠，茶农们背着竹篓穿梭在茶垄间，指尖翻飞采摘嫩芽，山间一派繁忙景象。"),
        P("“今年开春气温回升快，茶芽比往年早发了七八天，品质也好。”茶农杨秀英一边采茶一边说，她家有8亩茶园，明前茶鲜叶每斤能卖到60元，一季下来收入有三四万元。"),
        X("""<div class="yanshen"><h4>延伸阅读</h4><ul>
<li><a href="#">恩施玉露制作技艺入选国家级非遗代表性项目名录</a></li>
<li><a href="#">湖北茶叶区域公用品牌价值榜发布</a></li>
<li><a href="#">“恩施硒茶”亮相中国国际茶叶博览会</a></li></ul></div>"""),
        P("恩施州是全国重点产茶区之一，全州茶园面积达到182万亩，茶叶综合产值超过300亿元。近年来，当地大力推广绿色防控和有机肥替代化肥技术，建设标准化茶叶加工厂，打响“恩施硒茶”区域公用品牌。"),
        P("在芭蕉侗族乡的一家茶叶加工厂，刚采下的鲜叶经过摊青、杀青、揉捻、烘干等工序，制成色泽翠绿的成品茶。厂长田建军介绍，工厂今年新上了两条自动化生产线，每天可加工鲜叶20吨，收购价格比去年同期上涨约一成。"),
        P("据悉，恩施州今年将新建和改造高标准生态茶园5万亩，继续扩大茶叶出口规模，推动茶旅融合发展，让小茶叶成为群众增收致富的“金叶子”。"),
        X("""</div>
<p class="bottom">【来源：荆楚网】【作者：胡蓉 程新华】</p>
<p class="bottom">版权声明：本网站所刊载信息，不代表荆楚网观点。刊用本网站稿件，务经书面授权。未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>
<div>上一篇：<a href="#">宜昌：柑橘春季管护正当时</a>　下一篇：<a href="#">咸宁：赤壁青砖茶“走”向中亚</a></div>
</div>
<div class="foot">湖北日报传媒集团主办　荆楚网版权所有<br>互联网新闻信息服务许可证：42120170002　鄂ICP备13005307号-1　鄂公网安备 42010602000226号<br>举报电话：027-8877xxxx</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-16
# 江西 provincial portal: 导语 box over the text (the article's own lead: body);
# photos inside the text with a caption each (not body).
CSS16 = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#f7f7f7}
.header{background:#fff;border-bottom:3px solid #e60012;padding:12px 10%;display:flex;justify-content:space-between}
.header .logo{font-size:28px;color:#e60012;font-weight:bold}
.channel{background:#fff;padding:8px 10%;font-size:15px}.channel a{margin-right:20px;color:#333}
.wrap{width:900px;margin:16px auto;background:#fff;padding:24px 50px}
.crumbs{font-size:13px;color:#aaa}
h1{font-size:28px}
.meta{font-size:13px;color:#999;display:flex;gap:18px}
.daoyu{background:#f2f2f2;border-left:5px solid #e60012;padding:12px 16px;margin:18px 0;color:#555}
.daoyu b{color:#e60012}
.article p{font-size:17px;line-height:1.9}
.article .pic{text-align:center}
.article .pic-note{text-align:center;font-size:14px;color:#666}
.edit{color:#999;font-size:13px;text-align:right}
.footer{text-align:center;font-size:12px;color:#999;padding:20px;line-height:2}
"""

page(
    id="xx-16", kind="media", lang="zh",
    head="景德镇：老窑址里“烧”出文旅新业态_中国江西网",
    title="景德镇：老窑址里“烧”出文旅新业态",
    authors=["吴磊"],
    publish_time="2024-05-11 09:02",
    css=CSS16,
    parts=[
        X("""<div class="header"><div class="logo">中国江西网</div><div><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">客户端</a></div></div>
<div class="channel"><a href="#">首页</a><a href="#">江西</a><a href="#">南昌</a><a href="#">九江</a><a href="#">景德镇</a><a href="#">赣州</a><a href="#">财经</a><a href="#">文旅</a><a href="#">图片</a></div>
<div class="wrap"><div class="crumbs">中国江西网 / 景德镇频道 / 新闻 / 正文</div>
<h1>景德镇：老窑址里“烧”出文旅新业态</h1>
<div class="meta"><span>时间：2024-05-11 09:02</span><span>来源：中国江西网</span><span>中国江西网记者 吴&nbsp;&nbsp;磊　文/图</span></div>
<div class="daoyu">"""),
        P("<b>【导语】</b>千年窑火生生不息。如今在景德镇，一座座沉寂多年的老窑址、老瓷厂被重新“点燃”，成为年轻人追捧的文旅打卡地，也让这座瓷都焕发出新的生机。", tag="span"),
        X('</div>\n<div class="article">'),
        P("五一假期刚过，位于景德镇市珠山区的陶溪川文创街区依旧人头攒动。街区内，烟囱林立的老厂房里开起了陶瓷工作室、咖啡店和艺术展厅，每逢周末举办的创意市集吸引着全国各地的手艺人和游客。"),
        X('<p class="pic">' + img("陶溪川文创街区创意市集") + '</p>\n<p class="pic-note">游客在陶溪川创意市集选购陶瓷作品。（吴磊 摄）</p>'),
        P("“我们从2020年开始在市集摆摊，现在已经有了自己的工作室。”来自湖南的陶艺师陈欣说，景德镇有完整的陶瓷产业链，做坯、画坯、烧窑都能找到专业的人，年轻人在这里创业成本低、机会多。据统计，目前在景德镇创业的“景漂”已超过6万人。"),
        P("在老城区，修复后的御窑厂遗址和明清窑作群也成了热门景点。游客不仅能参观宋元明清各时期的窑炉遗迹，还能在传统柴窑开窑时近距离观看“满窑”“烧窑”“开窑”的全过程。今年一季度，景德镇接待游客1660万人次，同比增长21.3%。"),
        X('<p class="pic">' + img("御窑厂遗址") + '</p>\n<p class="pic-note">修复后的御窑厂遗址吸引众多游客参观。（吴磊 摄）</p>'),
        P("景德镇市文旅部门负责人表示，下一步将继续推进老窑址、老瓷厂的保护利用，培育陶瓷研学、沉浸式演艺等新业态，让千年瓷都的文化遗产“活”起来、“火”起来。"),
        X("""</div>
<p class="edit">编辑：罗文　　审核：钟华</p>
<div>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
<div><b>推荐阅读</b>""" + ul_links(["南昌地铁4号线全线贯通", "婺源篁岭晒秋入选全国乡村旅游精品线路", "江西今年将新增城镇就业40万人以上"]) + """</div></div>
<div class="footer">中国江西网版权所有 江西日报社主办<br>赣ICP备05001633号-1　互联网新闻信息服务许可证：36120170001　赣公网安备 36010202000111号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-17
# 河南 TV site: video news; the player's controls, then the 视频文稿 (transcript) that
# is the body; 记者 line (one spaced name), 编辑/审核, 本文来源, 免责声明.
CSS17 = """
body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}
.nav{display:flex;gap:20px;padding:14px 6%;background:#000}.nav a{color:#fff}.nav b{color:#19a7ff;font-size:22px}
.box{width:960px;margin:0 auto;padding:20px 0}
.crumb{color:#777;font-size:13px}
h1{color:#fff;font-size:26px}
.info{color:#888;font-size:13px}
.player{background:#000;height:420px;position:relative;margin:14px 0}
.ctrl{position:absolute;bottom:0;left:0;right:0;display:flex;gap:16px;padding:8px 14px;background:rgba(255,255,255,.1);font-size:13px}
.tags{color:#19a7ff;font-size:13px}
.text h3{color:#19a7ff;font-size:16px}
.text p{font-size:17px;line-height:1.9;color:#ddd}
.ex{font-size:13px;color:#888}
.mzsm{font-size:12px;color:#666;border-top:1px solid #333;padding-top:8px}
.rel li{margin:6px 0}
.foot{color:#666;font-size:12px;text-align:center;padding:20px;line-height:2}
"""

page(
    id="xx-17", kind="media", lang="zh",
    head="郑州：夜市“烟火气”点燃夏日消费 - 大象新闻",
    title="郑州：夜市“烟火气”点燃夏日消费",
    authors=["王梦瑶", "刘博"],
    publish_time="2024-06-12 21:40:16",
    css=CSS17,
    parts=[
        X("""<div class="nav"><b>大象新闻</b><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">节目</a><a href="#">河南卫视</a><a href="#">都市频道</a><a href="#">下载客户端</a></div>
<div class="box"><div class="crumb">首页 &gt; 新闻 &gt; 河南新闻</div>
<h1>郑州：夜市“烟火气”点燃夏日消费</h1>
<div class="info">2024-06-12 21:40:16　来源：河南广播电视台新闻中心　浏览 32.6万</div>
<div class="player">""" + img("视频封面：郑州夜市") + """<div class="ctrl"><span>▶</span><span>00:00</span><span>/</span><span>01:58</span><span>🔈</span><span>倍速</span><span>超清</span><span>画中画</span><span>⛶</span></div></div>
<div class="tags">#郑州 #夜经济 #大象新闻</div>
<div class="text"><h3>视频文稿</h3>"""),
        PS([
            "夜幕降临，郑州二七区的德化街夜市渐渐热闹起来。烤面筋、炒凉粉、胡辣汤……一排排摊位前升腾起阵阵热气，前来逛吃的市民和游客络绎不绝。",
            "今年以来，郑州持续打造“夜郑州”消费品牌，在全市布局了38个特色夜市和夜间消费街区。为了让夜市既有“烟火气”又不失“文明范”，城管部门划定了摊位经营区域，统一配备餐厨垃圾收集设施，每天夜市结束后一小时内完成清扫。",
            "摊主李红伟在德化街卖了五年的炒凉粉，他告诉记者，现在夜市管理规范了，来的人反而更多了，“一晚上能卖三四百份，忙的时候全家一起上阵。”",
            "不少外地游客专门来“打卡”郑州夜市。来自山西的游客张女士说：“听朋友推荐来的，东西好吃又不贵，还有民乐表演，很有氛围感。”",
            "数据显示，5月份郑州市夜间消费额占全天消费额的比重达到36.4%，夜间经济已成为拉动消费的重要力量。接下来，郑州还将举办夜市美食节、啤酒音乐节等系列活动，进一步激发夏季消费活力。",
        ]),
        X("""</div>
<p class="ex">大象新闻记者 王梦瑶 刘&nbsp;&nbsp;博 / 编辑：黄敏 / 审核：赵翔</p>
<p class="ex">本文来源：大象新闻</p>
<p class="mzsm">免责声明：本网站所转载的文字、图片与视频资料版权归原创作者所有，如果涉及侵权，请第一时间联系本网删除。</p>
<div class="rel"><b>相关视频</b><ul><li><a href="#">洛阳：古城夜游带火“汉服经济”</a> 01:42</li><li><a href="#">开封：清明上河园夜场上新</a> 02:10</li><li><a href="#">许昌：曹魏古城夜市开市</a> 01:35</li></ul></div></div>
<div class="foot">河南广播电视台版权所有　信息网络传播视听节目许可证：1608265　豫ICP备05009213号　豫公网安备 41010502003301号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-18
# 湖北 radio site: audio news; player controls, then the 文稿 (body); 记者 line with
# a spaced name and a 主播 (not an author).
CSS18 = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef3f8;color:#333}
.top{background:#2a3f8f;color:#fff;padding:14px 10%;font-size:24px}
.top small{font-size:13px;margin-left:20px}
.menu{background:#fff;padding:10px 10%;box-shadow:0 1px 3px #ccc}.menu a{margin-right:20px}
.cont{width:820px;margin:20px auto;background:#fff;padding:30px}
.cont .where{font-size:12px;color:#aaa}
h2{font-size:26px;margin:12px 0}
.note{color:#999;font-size:13px}
.audio{border:1px solid #dde4f0;border-radius:6px;padding:12px;display:flex;gap:14px;align-items:center;margin:16px 0;font-size:13px;color:#555}
.audio .bar{flex:1;height:4px;background:#dde4f0}
.gao p{font-size:16px;line-height:2}
.gao .lbl{color:#2a3f8f;font-weight:bold}
.foot{text-align:center;color:#888;font-size:12px;padding:20px;line-height:2}
"""

page(
    id="xx-18", kind="media", lang="zh",
    head="湖北：今年将新改建农村公路1万公里_湖北之声",
    title="湖北：今年将新改建农村公路1万公里",
    authors=["郑琳"],
    publish_time="2024年02月27日 07:30",
    css=CSS18,
    parts=[
        X("""<div class="top">湖北之声<small>FM104.6 湖北广播电视台</small></div>
<div class="menu"><a href="#">首页</a><a href="#">新闻</a><a href="#">节目单</a><a href="#">主持人</a><a href="#">听友互动</a><a href="#">收听直播</a></div>
<div class="cont"><div class="where">首页 - 新闻 - 湖北新闻</div>
<h2>湖北：今年将新改建农村公路1万公里</h2>
<div class="note">2024年02月27日 07:30 ｜ 湖北之声　记者：郑&nbsp;&nbsp;琳　主播：李冉</div>
<div class="audio"><span>▶ 收听</span><span>00:00</span><div class="bar"></div><span>02:21</span><span>下载音频</span><span>分享</span></div>
<div class="gao"><p class="lbl">【新闻文稿】</p>"""),
        PS([
            "【主持人】出门硬化路，抬脚上客车。记者从湖北省交通运输厅获悉，今年我省将新改建农村公路1万公里，实施农村公路安全生命防护工程3000公里，改造危旧桥梁500座。",
            "【记者】去年，湖北完成农村公路新改建1.2万公里，全省所有具备条件的20户以上自然村全部通硬化路，农村客运班线通达率保持100%。今年，我省将重点推进农村公路提档升级，把通往产业园区、旅游景区和特色村落的道路加宽改造，让农村公路从“通”向“好”转变。",
            "省交通运输厅农村公路处负责人介绍，今年还将推进“四好农村路”示范创建，在全省新培育10个示范县，健全县、乡、村三级路长制，确保农村公路“有人建、有人管、有人养”。",
            "【录音】“我们将探索农村公路养护市场化改革，鼓励有条件的地方把日常养护交给专业队伍，同时开发一批农村公路管护公益性岗位，优先安排脱贫户就业。”",
            "【记者】据了解，今年湖北还将推动城乡客运一体化，新增和优化镇村公交线路200条，推动客货邮融合发展，让农产品出村进城更加便捷。",
        ]),
        X("""</div>
<div style="font-size:13px;color:#999">编辑：黄露　　责任编辑：汪涛</div>
<div style="margin-top:10px">上一条：<a href="#">武汉今起迎来新一轮降温降雨</a><br>下一条：<a href="#">湖北春运返程客流高峰即将到来</a></div></div>
<div class="foot">湖北广播电视台 湖北之声 版权所有<br>鄂ICP备05002816号　信息网络传播视听节目许可证：1705104</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-19
# 山东 city daily's app site: comments section under the text with commenters'
# names, dates and places.
CSS19 = """
body{margin:0;font-family:-apple-system,"PingFang SC";color:#222}
.bar{display:flex;justify-content:space-between;padding:12px 5%;border-bottom:1px solid #eee}
.bar b{color:#e4393c;font-size:22px}
.art{max-width:720px;margin:0 auto;padding:10px 16px}
h1{font-size:26px;line-height:1.45}
.author{display:flex;gap:12px;color:#888;font-size:14px;align-items:center}
.txt p{font-size:18px;line-height:1.8}
.pic-note{font-size:14px;color:#888;text-align:center}
.comments{border-top:8px solid #f4f4f4;margin-top:20px;padding-top:10px}
.cm{border-bottom:1px solid #f0f0f0;padding:10px 0}
.cm .u{color:#4a6fa5;font-size:14px}.cm .t{color:#aaa;font-size:12px}
.cm p{margin:4px 0;font-size:15px}
.dl{background:#fff3f3;text-align:center;padding:12px;color:#e4393c}
.foot{font-size:12px;color:#aaa;text-align:center;padding:16px}
"""

page(
    id="xx-19", kind="media", lang="zh",
    head="趵突泉“三股水”持续喷涌 游客排队打卡 - 齐鲁壹点",
    title="趵突泉“三股水”持续喷涌 游客排队打卡",
    authors=["周宁"],
    publish_time="2024-05-03 14:22",
    css=CSS19,
    parts=[
        X("""<div class="bar"><b>齐鲁壹点</b><span><a href="#">首页</a> <a href="#">本地</a> <a href="#">情报站</a> <a href="#">壹点号</a> <a href="#">打开APP</a></span></div>
<div class="art"><h1>趵突泉“三股水”持续喷涌 游客排队打卡</h1>
<div class="author">""" + img("头像") + """<span>齐鲁晚报·齐鲁壹点记者 周宁</span><span>2024-05-03 14:22</span><span>山东</span><a href="#">+ 关注</a></div>
<div class="txt">"""),
        PS([
            "五一假期，济南天下第一泉风景区游人如织。5月3日，趵突泉水位保持在29.1米左右，泉池内“三股水”持续喷涌，水花翻滚，不少游客在观泉亭前排队拍照。",
            "“早就听说趵突泉有名，这次终于看到了‘三股水’。”来自河北的游客刘女士带着孩子专程赶来，“水特别清，能看到泉眼往上冒，孩子高兴坏了。”",
        ]),
        X('<p class="pic-note">' + img("趵突泉三股水") + "<br>游客在趵突泉边观泉拍照。记者 周宁 摄</p>"),
        PS([
            "据济南市水文中心监测，今年以来济南降水偏多，地下水位持续处于高位，趵突泉已连续多年保持持续喷涌。为保护泉水，济南持续实施回补补源、节水保泉等措施，严格管控泉域内地下水开采。",
            "假期期间，景区推出“泉水人家”民俗展演、古琴雅集等活动，并延长开放时间至晚上9点。景区工作人员介绍，5月1日至3日，天下第一泉风景区累计接待游客23.8万人次，较去年同期增长12%。",
            "景区提醒，游客在观泉时请勿向泉池内投掷硬币、杂物，共同守护好泉水。",
        ]),
        X("""</div>
<p style="color:#aaa;font-size:13px">编辑：孟洁　　校对：王磊</p>
<div class="dl">打开齐鲁壹点APP，查看更多精彩内容</div>
<div class="comments"><b>全部评论（4）</b>
<div class="cm"><span class="u">泉城老济南</span> <span class="t">2024-05-03 15:10 山东</span><p>从小在泉边长大，今年水是真旺！</p><span class="t">赞 36　回复</span></div>
<div class="cm"><span class="u">小鱼儿爱旅行</span> <span class="t">2024-05-03 16:42 河北</span><p>人太多了，排了二十分钟才拍上照，不过值得。</p><span class="t">赞 12　回复</span></div>
<div class="cm"><span class="u">历下区居民王大爷</span> <span class="t">2024-05-03 18:05 山东</span><p>建议晚上来看，灯光下的三股水更好看。</p><span class="t">赞 8　回复</span></div>
<div class="cm"><span class="u">用户1386xxxx</span> <span class="t">2024-05-04 09:21 江苏</span><p>下次一定带家人来济南。</p><span class="t">赞 2　回复</span></div>
<a href="#">查看更多评论</a></div>
<div><b>猜你喜欢</b>""" + ul_links(["济南五一假期接待游客超400万人次", "大明湖畔上演“泉水版”实景演出"]) + """</div></div>
<div class="foot">齐鲁晚报·齐鲁壹点版权所有　鲁ICP备16007155号-2　互联网新闻信息服务许可证37120170006</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-20
# 江西 city media site: a second short story printed in full under the article
# (相关新闻) that is not body.
CSS20 = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}
.head{background:#00703c;color:#fff;padding:18px 8%;font-size:28px}
.head span{font-size:13px;margin-left:14px}
.nav ul{list-style:none;margin:0;padding:0 8%;background:#005a30;display:flex}.nav a{color:#fff;display:block;padding:8px 18px}
.c{width:880px;margin:0 auto}
.pos{color:#999;font-size:12px;padding:10px 0}
.c h1{text-align:center;font-size:26px}
.c .fbsj{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.zw p{font-size:16px;line-height:2;text-indent:2em}
.xgxw{margin-top:28px;border-top:2px solid #00703c}
.xgxw h4{color:#00703c}
.xgxw .st{font-weight:bold;font-size:16px}
.foot{background:#f3f3f3;color:#777;text-align:center;padding:14px;font-size:12px}
"""

page(
    id="xx-20", kind="media", lang="zh",
    head="赣南脐橙“春季果”上市 价格走俏 - 客家新闻网",
    title="赣南脐橙“春季果”上市 价格走俏",
    authors=["曾蕾"],
    publish_time="2024-04-09 08:30:00",
    css=CSS20,
    parts=[
        X("""<div class="head">客家新闻网<span>赣州市融媒体中心主办</span></div>""" +
          nav(["首页", "赣州新闻", "县区", "民生", "经济", "文旅", "视频", "数字报"]) + """
<div class="c"><div class="pos">当前位置：首页 » 赣州新闻 » 经济</div>
<h1>赣南脐橙“春季果”上市 价格走俏</h1>
<div class="fbsj">发布时间：2024-04-09 08:30:00　　来源：赣南日报　　作者：曾　蕾　　阅读：4821</div>
<div class="zw">"""),
        PS([
            "本报讯 4月8日，在信丰县安西镇的一处脐橙果园里，果农邱志明正和工人们采摘晚熟脐橙。“今年的‘春季果’个头大、糖度高，收购价每斤5元左右，比去年高了一块多钱。”邱志明笑着说。",
            "赣南脐橙主要品种为纽荷尔，一般在11月至次年1月上市。近年来，赣州引进推广伦晚、红肉脐橙等晚熟品种，通过留树保鲜技术把采摘期延长到3月至5月，错开了集中上市高峰，价格普遍比冬季果高出三成以上。",
            "“晚熟脐橙挂在树上要多过一个冬天，对果园管理要求很高。”信丰县果业发展中心技术员刘建华介绍，果园要提前做好防寒防冻，春季还要及时疏花、补肥，才能保证果实品质。目前，全县晚熟脐橙种植面积已发展到3.2万亩。",
            "在安西镇脐橙分拣中心，一条智能分选线正在高速运转，脐橙经过光电扫描，按照大小、糖度自动分级装箱，再通过冷链物流发往广州、上海等地。中心负责人说，最近每天发货量有60多吨，不少订单来自电商平台。",
            "据了解，今年赣州晚熟脐橙预计产量达到8万吨，产值有望突破8亿元。",
        ]),
        X("""</div>
<p style="text-align:right;color:#999">（赣南日报全媒体记者 曾蕾）</p>
<p style="color:#999;font-size:13px">责任编辑：何晓丽</p>
<div class="xgxw"><h4>■ 相关新闻</h4>
<p class="st">寻乌：百香果种苗供不应求</p>
<p>　　连日来，寻乌县各百香果育苗基地一派繁忙，工人们忙着嫁接、移栽、装车。据介绍，今年寻乌县百香果种植面积预计达到2.5万亩，种苗订单已排到5月中旬。（记者 温华）</p>
<p style="font-size:13px;color:#999">2024-04-08</p></div>
<div style="margin:10px 0">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div></div>
<div class="foot">客家新闻网版权所有　赣ICP备06002719号　互联网新闻信息服务许可证36120170003　赣公网安备 36070202000165号</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-21
# central media's 河南 channel: a 摘要 box (site summary repeating the lead: not body),
# 人民网…电 dateline with reporters inside the first paragraph; 责编 in brackets.
CSS21 = """
body{margin:0;font:14px/1.7 "SimSun","Microsoft YaHei";color:#333}
.top{background:#f5f5f5;font-size:12px;padding:4px 12%}.top a{margin-right:10px}
.logo{padding:14px 12%;font-size:32px;color:#c00;font-weight:bold}
.logo span{font-size:18px;color:#333}
.nav2{background:#c00;padding:6px 12%}.nav2 a{color:#fff;margin-right:16px}
.w1000{width:1000px;margin:0 auto}
.path{padding:10px 0;color:#666}
h1{font-size:28px;text-align:center;font-family:"Microsoft YaHei"}
.box01{display:flex;justify-content:space-between;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.zy{background:#f6f6f6;padding:10px 14px;margin:14px 0;font-size:14px;color:#666}
.rm_txt_con p{font-size:16px;line-height:2;text-indent:2em}
.edit{text-align:right;color:#666}
.foot{border-top:1px solid #ccc;text-align:center;font-size:12px;color:#777;padding:16px;line-height:2}
"""

page(
    id="xx-21", kind="media", lang="zh",
    head="殷墟博物馆新馆开馆半年接待观众超百万人次--河南频道--人民网",
    title="殷墟博物馆新馆开馆半年接待观众超百万人次",
    authors=["孟晓", "龚立"],
    publish_time="2024年08月26日16:43",
    css=CSS21,
    parts=[
        X("""<div class="top"><a href="#">人民网首页</a><a href="#">频道</a><a href="#">人民日报</a><a href="#">人民视频</a><a href="#">登录</a></div>
<div class="logo">人民网 <span>河南频道</span></div>
<div class="nav2"><a href="#">首页</a><a href="#">时政</a><a href="#">地市</a><a href="#">经济</a><a href="#">文旅</a><a href="#">教育</a><a href="#">留言板</a></div>
<div class="w1000"><div class="path"><a href="#">人民网</a>&gt;&gt;<a href="#">河南频道</a>&gt;&gt;<a href="#">地市</a></div>
<h1>殷墟博物馆新馆开馆半年接待观众超百万人次</h1>
<div class="box01"><span>2024年08月26日16:43 | 来源：<a href="#">人民网－河南频道</a></span><span>小字号　<a href="#">分享</a></span></div>
<div class="zy"><b>【摘要】</b>殷墟博物馆新馆开馆半年来，累计接待观众突破百万人次，甲骨文、青铜器等文物展览持续“圈粉”。</div>
<div class="rm_txt_con">"""),
        PS([
            "人民网郑州8月26日电 （孟晓 龚立）记者从安阳市文物局获悉，殷墟博物馆新馆自今年2月开馆以来，已累计接待观众105万人次，其中青少年观众占比超过四成，暑期单日最高接待量达到1.6万人次。",
            "殷墟博物馆新馆位于安阳市殷都区，建筑面积约5万平方米，展出青铜器、玉器、甲骨等文物近4000件（套），其中四分之三以上为首次展出。展览以“伟大的商文明”为主题，通过都邑、礼制、文字、技艺等板块，系统展示商代晚期的社会生活和文明成就。",
            "“以前只在课本上见过甲骨文，今天看到实物特别震撼。”来自武汉的中学生李子涵说。为了让观众更好地读懂文物，博物馆开发了数字化导览系统，观众扫描展品旁的二维码即可收听讲解，还能通过互动屏“拼合”甲骨碎片、“铸造”青铜器。",
            "安阳市文物局有关负责人介绍，为应对暑期客流高峰，博物馆实行分时段预约参观，每日开放时间延长至晚上8点，并增加志愿讲解员120名。下一步，安阳将加快推进殷墟国家考古遗址公园建设，推动文物保护与文旅融合发展。",
        ]),
        X("""</div>
<p class="edit">(责编：陈卓、杨光宇)</p>
<div>分享让更多人看到 <a href="#">微信</a> <a href="#">微博</a></div>
<div><b>推荐阅读</b>""" + ul_links(["河南文物考古工作成果丰硕", "洛阳二里头夏都遗址博物馆推出暑期研学课程"]) + """</div></div>
<div class="foot">人民日报社概况 | 关于人民网 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-22
# central wire's 湖北 channel: a long 热点排行 / 专题 sidebar placed between the
# headline block and the text in the document; 新华社…电 byline inside paragraph 1.
CSS22 = """
body{margin:0;font-family:"Microsoft YaHei";color:#333}
.header{background:#1a4a8c;color:#fff;padding:10px 8%}
.header b{font-size:24px}.header a{color:#fff;margin-left:14px;font-size:14px}
.grid{display:grid;grid-template-columns:1fr 300px;grid-template-areas:"head head" "main side";gap:0 30px;width:1100px;margin:0 auto}
.h{grid-area:head}.m{grid-area:main}.s{grid-area:side}
.h h1{font-size:30px;margin:18px 0 8px}
.h .info{color:#999;font-size:14px;display:flex;gap:14px}
.h .tts{color:#1a4a8c;font-size:13px}
.s h3{font-size:16px;border-bottom:2px solid #1a4a8c}
.s ol{padding-left:20px;font-size:14px}
.m p{font-size:17px;line-height:1.9}
.m .jc{color:#999;font-size:13px}
.foot{background:#f0f0f0;text-align:center;color:#999;font-size:12px;padding:16px;margin-top:20px}
"""

page(
    id="xx-22", kind="media", lang="zh",
    head="武汉光谷：“光芯屏端网”产业集群加速成长-新华网湖北频道",
    title="武汉光谷：“光芯屏端网”产业集群加速成长",
    authors=["蔡明远", "方芸"],
    publish_time="2024-06-03 18:21:37",
    css=CSS22,
    parts=[
        X("""<div class="header"><b>新华网 湖北频道</b><a href="#">首页</a><a href="#">时政</a><a href="#">市州</a><a href="#">经济</a><a href="#">科教</a><a href="#">图片</a><a href="#">新华社客户端</a></div>
<div class="grid"><div class="h"><div style="font-size:13px;color:#999;margin-top:10px">新华网 &gt; 湖北 &gt; 正文</div>
<h1>武汉光谷：“光芯屏端网”产业集群加速成长</h1>
<div class="info"><span>2024-06-03 18:21:37</span><span>来源：新华网</span><span class="tts">🔊 语音播报</span><span>【<a href="#">纠错</a>】</span></div></div>
<div class="s"><h3>热点排行</h3><ol>
<li><a href="#">湖北高考6月7日开考 这些事项要注意</a></li>
<li><a href="#">武汉长江新区建设按下“快进键”</a></li>
<li><a href="#">鄂州花湖机场国际货运航线增至12条</a></li>
<li><a href="#">宜昌：三峡库区首批柑橘出口东盟</a></li>
<li><a href="#">襄阳一季度GDP增长7.1%</a></li>
<li><a href="#">湖北今年计划新增城镇就业70万人</a></li>
<li><a href="#">十堰丹江口库区水质持续保持优良</a></li>
<li><a href="#">荆州古城墙申遗工作取得新进展</a></li>
</ol><h3>专题</h3><ol>
<li><a href="#">新时代新征程新伟业·湖北篇</a></li>
<li><a href="#">2024年湖北两会</a></li>
<li><a href="#">长江大保护在行动</a></li>
</ol><h3>图片</h3><p>""" + img("武汉长江大桥夜景") + "<br>武汉长江大桥夜景</p></div>\n<div class=\"m\">"),
        PS([
            "新华社武汉6月3日电（记者蔡明远、方芸）在武汉东湖高新区的一家光模块生产企业，全自动生产线上机械臂精准抓取芯片，完成贴装、耦合、测试等工序，每天有数万只高速光模块从这里发往国内外数据中心。",
            "东湖高新区又称“中国光谷”，是我国重要的光电子信息产业基地。近年来，光谷围绕光通信、集成电路、新型显示、智能终端和下一代信息网络，构建起“光芯屏端网”产业集群，集聚相关企业1.6万余家，2023年产业规模突破5000亿元。",
            "创新是光谷发展的底色。光谷拥有各类创新平台数百个，每年新增专利授权超过2万件。在一家光纤光缆企业的研发中心，技术人员正在测试新一代空芯光纤。企业负责人说，这种光纤的传输时延比传统光纤降低约30%，已在部分数据中心试点应用。",
            "为让更多科技成果在本地转化，光谷推出“揭榜挂帅”、概念验证中心、首台套保险补偿等一系列举措，今年前5个月新登记科技型企业4000余家。东湖高新区管委会有关负责人表示，将继续做大做强优势产业，加快培育人工智能、量子科技等未来产业，打造具有全球影响力的产业创新高地。",
        ]),
        X("""<p class="jc">【纠错】　【责任编辑：刘亚楠】</p>
<div><b>相关稿件</b>""" + ul_links(["光谷科创大走廊建设提速", "武汉发布支持人工智能产业发展若干措施"]) + """</div></div></div>
<div class="foot">Copyright © 2000-2024 XINHUANET.com All rights reserved.　制作单位：新华网湖北分公司　版权所有：新华社湖北分社</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-23
# English page of a Chinese outlet's 河南 site: By-line with two writers, the
# "Updated:" date; photo caption, editor line and share buttons are not body.
CSS23 = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#222}
.top{background:#0b3d91;color:#fff;font:bold 24px Arial;padding:12px 10%}
.top span{font:13px Arial;margin-left:18px}
.menu{font:14px Arial;padding:8px 10%;border-bottom:1px solid #ccc}.menu a{margin-right:16px;color:#0b3d91}
.main{width:780px;margin:0 auto}
.crumb{font:12px Arial;color:#888;margin:12px 0}
h1{font-size:32px;line-height:1.25}
.info{font:13px Arial;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
figure{margin:16px 0}figcaption{font:13px Arial;color:#666}
.story p{font-size:17px;line-height:1.7}
.share{font:13px Arial}
.foot{font:12px Arial;color:#888;text-align:center;padding:20px;border-top:1px solid #ddd;line-height:2}
"""

page(
    id="xx-23", kind="media", lang="en",
    head="Luoyang peony industry blooms beyond the flower season - Henan",
    title="Luoyang peony industry blooms beyond the flower season",
    authors=["Zhang Wei", "Li Na"],
    publish_time="2024-04-23 10:22",
    css=CSS23,
    parts=[
        X("""<div class="top">China Daily <span>HENAN</span></div>
<div class="menu"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a><a href="#">中文</a></div>
<div class="main"><div class="crumb">Home / News / Luoyang</div>
<h1>Luoyang peony industry blooms beyond the flower season</h1>
<div class="info">By Zhang Wei and Li Na in Luoyang | chinadaily.com.cn | Updated: 2024-04-23 10:22</div>
<figure>""" + img("Visitors at a peony garden in Luoyang") + """<figcaption>Visitors admire peonies at a garden in Luoyang, Henan province, on April 18. [Photo by Li Na/chinadaily.com.cn]</figcaption></figure>
<div class="story">"""),
        PS([
            "For centuries, Luoyang in Central China's Henan province has been famous for its peonies, which bloom for only a few weeks each April. Today, the city is working to make the flower pay all year round.",
            "At a processing plant in the city's Yichuan county, workers sort peony seeds that will be pressed into edible oil. Other lines turn petals into tea, cosmetics and dried flowers.",
            "\"The flowers are gone in a month, but the products sell for the whole year,\" said Wang Jianguo, the plant's manager. He said sales of peony seed oil rose by about 25 percent last year.",
            "Local officials said Luoyang now grows peonies on more than 200,000 mu (13,300 hectares), with over 1,300 varieties. The industry, including tourism, generates more than 20 billion yuan ($2.76 billion) a year.",
            "This year's peony culture festival drew about 30 million visits, and the city is adding night tours, flower-themed hotels and study trips to keep visitors coming after the blossoms fade.",
        ]),
        X("""</div>
<p class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></p>
<p style="font:13px Arial;color:#888">Editor: Liu Yang</p>
<div><b style="font-family:Arial">Related stories</b>""" + ul_links(["Henan opens new air cargo routes to Europe", "Kaifeng's Song Dynasty theme park draws record crowds"]) + """</div></div>
<div class="foot">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349</div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-24
# English page of a Chinese outlet's 江西 channel: wire copy with only a source
# (Xinhua) and an editor: no authors; dateline inside the first paragraph.
CSS24 = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#333;background:#f4f4f4}
.wrap{width:960px;margin:0 auto;background:#fff;padding:0 20px 20px}
.logo{font-size:26px;color:#b30000;font-weight:bold;padding:16px 0}
.logo small{font-size:13px;color:#666;font-weight:normal}
.nav a{display:inline-block;padding:6px 12px;background:#b30000;color:#fff;margin-right:2px;font-size:13px}
h1{font-size:28px;margin:20px 0 8px}
.src{font-size:12px;color:#777}
.col{display:flex;gap:24px}.col .a{flex:1}.col .b{width:260px;font-size:13px}
.a p{font-size:16px;line-height:1.7}
.cap{font-size:13px;color:#666;font-style:italic}
.foot{text-align:center;font-size:11px;color:#888;padding:10px}
"""

page(
    id="xx-24", kind="media", lang="en",
    head="Poyang Lake enters main flood season as water level rises - Jiangxi",
    title="Poyang Lake enters main flood season as water level rises",
    authors=[],
    publish_time="2024-07-02 15:44:10",
    css=CSS24,
    parts=[
        X("""<div class="wrap"><div class="logo">ECNS <small>Jiangxi Channel | English</small></div>
<div class="nav"><a href="#">Home</a><a href="#">China</a><a href="#">Economy</a><a href="#">Society</a><a href="#">Travel</a><a href="#">Photo</a><a href="#">Video</a></div>
<h1>Poyang Lake enters main flood season as water level rises</h1>
<div class="src">Source: Xinhua | 2024-07-02 15:44:10 | Editor: Wang Qian</div>
<div class="col"><div class="a">
<p class="cap">""" + img("Poyang Lake") + """<br>Photo taken on July 1, 2024 shows a view of Poyang Lake in Jiujiang, east China's Jiangxi Province. (Xinhua)</p>"""),
        PS([
            "NANCHANG, July 2 (Xinhua) -- The water level of Poyang Lake, China's largest freshwater lake, reached 19.62 meters at the Xingzi hydrological station on Tuesday, marking the lake's entry into its main flood season, local authorities said.",
            "Heavy rain since mid-June has pushed up water levels in the five major rivers flowing into the lake, according to the Jiangxi provincial hydrological monitoring center.",
            "The center said the lake's water surface had expanded to about 3,200 square kilometers, more than double its size in early spring.",
            "Jiangxi has launched a level-IV emergency response for flood control and sent 36 working groups to inspect dikes, reservoirs and low-lying areas around the lake. More than 2,000 tonnes of flood-control materials have been stored in key counties.",
            "Authorities have also urged fishermen and tourists to stay away from the lakeshore during storms.",
        ]),
        X("""</div><div class="b"><b>Most popular in 24h</b>""" + ul_links(["Jingdezhen porcelain fair opens", "High-speed railway links Ganzhou and Shenzhen", "Lushan Mountain sees summer tourism boom", "Jiangxi navel oranges reach Middle East markets"]) + """
<b>Video</b>""" + ul_links(["Aerial view: Poyang Lake in flood season"]) + """</div></div>
<div class="foot">Copyright ©1999-2024 Chinanews.com. All rights reserved. Reproduction in whole or in part without permission is prohibited.</div></div>"""),
    ],
)
