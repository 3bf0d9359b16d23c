"""Self-media pages xg-25 .. xg-30.  Each prints its account three times:
avatar alt text, account name, and a footer/profile card."""
from lib import P, H, Q, UL, OL, TABLE, SIG, IMG, BYLINE, NOTE, WENHAO, HTML
from lib import li_links, links, dated_list, img, search, paras

PAGES = []

# ---------------------------------------------------------------------------
# xg-25  微信公众号 · 原创 line with author and account, 文 | / 图 | lines, profile card at the end
PAGES.append(dict(
    id="xg-25", kind="self-media", lang="zh",
    doc_title="震泽老街的蚕桑记忆，藏在这间百年丝行里",
    title=["震泽老街的蚕桑记忆，藏在这间百年丝行里"],
    authors=["沈一苇"],
    time="2024年09月03日 18:30",
    css="""
body{background:#fff}
.rich_media{width:677px;margin:0 auto;padding:20px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{font-size:15px;color:#576b95}
.rich_media_meta_list .m{margin-right:8px;color:rgba(0,0,0,.3)}
.rich_media_meta_list .orig{background:#f2f2f2;color:#888;font-size:12px;padding:0 4px}
.rich_media_content p{font-size:17px;line-height:1.75;letter-spacing:.5px;margin:0 0 20px}
.rich_media_content .byline{color:#888;font-size:14px;text-align:center}
.rich_media_content .pic-cap{color:#999;font-size:13px}
.rich_media_content h3{font-size:18px;color:#8a5a2b;text-align:center}
.rich_media_tool{font-size:14px;color:#576b95}
.profile_card{border:1px solid #eee;padding:14px;display:flex;gap:12px;align-items:center}
.profile_card .nick{font-weight:bold}.profile_card .desc{font-size:13px;color:#888}
.qr_code_pc{position:fixed;right:40px;top:200px;width:140px;text-align:center;font-size:13px;color:#888}
.wx_tips{font-size:13px;color:#999;text-align:center}
""",
    layout=f"""
<div class="rich_media">
<h1 class="rich_media_title">@@TITLE@@</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span> <span class="m">沈一苇</span> <a href="#">吴江日知录</a> <span class="m">@@TIME@@</span> <span class="m">江苏</span></div>
<div class="rich_media_content">
@@BODY@@
</div>
<div class="rich_media_tool"><a href="#">阅读原文</a>　阅读 4862　<a href="#">赞</a> 96　<a href="#">分享</a>　<a href="#">推荐</a> 31　<a href="#">写留言</a></div>
<div class="profile_card">{img("吴江日知录")}<div><p class="nick">吴江日知录</p><p class="desc">记录吴江的人、事、风物。每周二、五更新。</p><p>126篇原创内容</p></div><a href="#">公众号</a></div>
<p class="wx_tips">继续滑动看下一个</p>
<p class="wx_tips">向上滑动看下一个</p>
</div>
<div class="qr_code_pc">{img("")}<p>微信扫一扫<br>关注该公众号</p></div>
""",
    ps="p", hs="h3",
    body=[
        BYLINE("文 | 沈一苇"),
        BYLINE("图 | 吴江日知录"),
        P("沿着頔塘河往西走，过了思范桥，就是震泽老街。石板路两边，还能看到不少挂着“丝行”“茧行”老招牌的门面。在这些门面里，有一间开了一百多年的丝行，至今还在做着和蚕丝有关的生意。"),
        IMG("丝行内景", "丝行里陈列的老秤和茧篓"),
        H("一、从“茧行”到“丝行”"),
        P("丝行的主人姓徐，今年六十出头，是家里的第四代。徐师傅说，祖上最早是在镇上收茧子，清末时开了茧行，后来又兼做缫丝、卖丝，慢慢就成了丝行。“最热闹的时候，每年小满前后，四乡八镇的蚕农摇着船来卖茧，河埠头要排好几里路。”"),
        P("店里至今保留着一杆老秤、几只竹编茧篓和一本民国时期的账簿。账簿上用毛笔记着每一户蚕农的名字、茧子的斤两和价钱，字迹工整。"),
        H("二、一根丝，一辈子"),
        P("上世纪九十年代，老街上的丝行一家家关门，徐师傅也动过转行的念头。后来，他琢磨着把蚕丝做成被子，用的还是老法子：蚕茧煮过之后，手工剥成丝绵，四个人拉一张，一层层铺上去。“机器做得快，但手拉的丝绵更均匀，盖着透气。”"),
        P("如今，丝行里卖得最好的就是手工蚕丝被。每到周末，不少从上海、苏州来的游客专门找过来，看徐师傅和老伙计们拉丝绵，有的当场就订上一床。"),
        H("三、老街的新客人"),
        P("这两年，震泽老街修缮一新，开了不少咖啡馆、民宿和文创小店。徐师傅的女儿也从外地回来帮忙，在店里开了直播，给年轻人讲蚕丝的故事。她说，想让更多人知道，震泽的丝，不只在博物馆里，也在老街的日子里。"),
        NOTE("编辑：阿舟　校对：周沫"),
        NOTE("点击下方“阅读原文”，查看震泽老街游玩攻略"),
    ],
))

# ---------------------------------------------------------------------------
# xg-26  百家号 · account only (no person named), author box at the top and card at the bottom
PAGES.append(dict(
    id="xg-26", kind="self-media", lang="zh",
    doc_title="宁波这座老码头改造后重新开放，周末人气爆棚",
    title=["宁波这座老码头改造后重新开放，周末人气爆棚"],
    authors=["老陈说宁波"],
    time="2023-10-09 18:21",
    css="""
.bjh-top{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:20px;padding:0 30px}
.bjh-main{width:680px;margin:30px auto}
.bjh-main h2{font-size:28px;line-height:1.4}
.author-box{display:flex;align-items:center;gap:10px;margin:14px 0 24px}
.author-box .name{font-size:15px;font-weight:bold}
.author-box .time{font-size:13px;color:#999}
.author-box .follow{background:#4e6ef2;color:#fff;border-radius:14px;padding:3px 14px;font-size:13px}
.article-content p{font-size:18px;line-height:1.8}
.article-content .pic-cap{font-size:13px;color:#999}
.report{font-size:12px;color:#999}
.author-card{background:#f5f6f8;padding:16px;border-radius:8px;display:flex;gap:12px}
.rec li{line-height:28px}
.bjh-foot{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    layout=f"""
<div class="bjh-top">{img("百度首页")}{links(["网页", "资讯", "视频", "图片"], "")} {search("", "百度一下")}</div>
<div class="bjh-main">
<h2>@@TITLE@@</h2>
<div class="author-box">{img("老陈说宁波", w=36, h=36)}<div><p class="name">老陈说宁波</p><p class="time">@@TIME@@浙江</p></div><span class="follow">+关注</span></div>
<div class="article-content">
@@BODY@@
</div>
<p class="report"><a href="#">举报/反馈</a></p>
<div class="author-card">{img("作者头像")}<div><p><b>老陈说宁波</b></p><p>宁波本地生活领域创作者</p><p>1.2万获赞 3842粉丝</p></div><span class="follow">关注</span></div>
<div class="rec"><h3>相关推荐</h3>{li_links(["宁波老外滩最值得去的5个地方，本地人才知道", "月湖边的这家面馆，开了28年还是老味道", "慈城古县城秋天太美了，周末带娃去逛逛"])}</div>
</div>
<div class="bjh-foot">©2023 Baidu　使用百度前必读　京ICP证031872号　京公网安备11000002007315号</div>
""",
    ps="p", hs="strong",
    body=[
        P("国庆长假刚过，宁波三江口的老码头又热闹了一把。这座建于上世纪五十年代的老码头，经过一年多改造，9月底重新对市民开放，周末来逛的人一波接一波。"),
        IMG("改造后的老码头", "改造后的老码头保留了原来的吊机和系缆桩"),
        P("老宁波人对这里不陌生。以前，这里是客货两用码头，去舟山、上海的轮船都从这里出发。后来码头功能外迁，这一片就冷清了下来，仓库闲置，地面杂草丛生。"),
        P("这次改造，最大的特点是“留”。码头上的两台老吊机、一排系缆桩和几间红砖仓库都被保留下来，吊机刷上了新漆，仓库改成了展览馆、书店和咖啡馆。地面铺上了防腐木栈道，沿江还装了一排长椅。"),
        P("我是周六下午去的，三点多人就很多了。有拍婚纱照的新人，有带着孩子放风筝的家长，还有不少年轻人在仓库改的展厅里看老照片。展厅里有一张1978年的照片，上面是码头候船的人群，不少老人站在照片前看了很久。"),
        P("傍晚的时候最好看，太阳落在江面上，对岸的老外滩亮起灯，吊机的影子投在栈道上，很有味道。"),
        P("提醒一下想去的朋友：码头附近停车位不多，建议坐地铁到鼓楼站，步行十分钟左右就到了。展览馆周一闭馆，书店和咖啡馆正常营业。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-27  网易号 · 文/ byline in the body, platform disclaimer, account card
PAGES.append(dict(
    id="xg-27", kind="self-media", lang="zh",
    doc_title="在上海，这家开了40年的理发店还在收5元|理发店|老师傅_网易订阅",
    title=["在上海，这家开了40年的理发店还在收5元"],
    authors=["周小满"],
    time="2022-05-14 10:26:13",
    css="""
.ne-top{background:#f8f8f8;border-bottom:1px solid #ddd;font-size:12px;padding:6px 0}
.ne-top a{margin-right:10px}
.post_main{width:680px;float:left}
.post_title{font-size:30px;line-height:1.35;margin:24px 0 12px}
.post_info{font-size:13px;color:#888}.post_info a{color:#888}
.post_body p{font-size:18px;line-height:1.8;text-indent:2em}
.post_body .byline{text-indent:0;color:#666}
.post_body .pic-cap{text-indent:0;font-size:13px;color:#888}
.post_statement{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.post_side{width:300px;float:right;margin-top:24px}
.post_side .card{border:1px solid #eee;padding:14px;text-align:center}
.clear{clear:both}
.ne-foot{font-size:12px;color:#999;text-align:center;padding:20px;border-top:1px solid #eee}
""",
    layout=f"""
<div class="ne-top"><div class="wrap">{links(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "时尚", "手机"], "")} <a href="#">登录</a> <a href="#">注册免费邮箱</a></div></div>
<div class="wrap">
<div class="post_main">
<h1 class="post_title">@@TITLE@@</h1>
<div class="post_info">@@TIME@@　来源: <a href="#">上海滩漫游指南</a>　<a href="#">举报</a></div>
<div class="post_body">
@@BODY@@
</div>
<div class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<p>{links(["0 跟贴", "0 参与"], "　")}</p>
</div>
<div class="post_side"><div class="card">{img("上海滩漫游指南", w=60, h=60)}<p><b>上海滩漫游指南</b></p><p>走街串巷，寻找上海的老味道</p><p>{links(["+关注"], "")}</p></div>
<h3>相关推荐</h3>{li_links(["上海这条马路，藏着半个世纪的烟火气", "凌晨四点的菜场，才是上海人的日常", "弄堂里的老裁缝：一把剪刀用了50年"])}
<h3>热点新闻</h3>{li_links(["今日推荐", "热门视频", "图片精选"])}</div>
<div class="clear"></div>
</div>
<div class="ne-foot"><p>{links(["关于网易", "About NetEase", "公司新闻", "广告服务", "联系我们"], " | ")}</p><p>©1997-2022网易公司版权所有</p></div>
""",
    ps="p", hs="strong",
    body=[
        BYLINE("文/周小满"),
        P("在虹口区一条不起眼的小马路上，有一家只有十来平方米的理发店。店里两把老式理发椅、一面斑驳的镜子、一只冒着热气的烧水壶，四十年来几乎没怎么变过。"),
        P("店主姓钱，今年七十二岁，大家都叫他钱师傅。他十七岁进国营理发店当学徒，退休后自己开了这家小店。剪一个头五块钱，这个价格已经保持了快十年。"),
        IMG("钱师傅在给老顾客理发", "钱师傅在给老顾客理发"),
        P("“来的都是老街坊，好多人从年轻剪到现在，头发都白了。”钱师傅一边说，一边给一位老伯围上白布。推子、剪刀、刮胡刀，每样工具都收拾得干干净净。剪完头，还要用热毛巾敷脸、刮胡子，前后二十多分钟，一点不马虎。"),
        P("问他为什么不涨价，钱师傅笑着摆摆手：“房子是自己的，不用付房租，够吃够用就行了。老人出来剪个头，图的就是方便。”"),
        P("每天早上七点，店门一开，就有老顾客在门口等着了。有人剪完头不急着走，坐在小板凳上和钱师傅聊聊天，说说家长里短。对不少独居老人来说，这里不只是理发店，更像一个可以说说话的地方。"),
        P("钱师傅说，只要身体吃得消，他就一直开下去。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-28  头条号 · 作者 | line in the body, account in meta line, side card and footer card
PAGES.append(dict(
    id="xg-28", kind="self-media", lang="zh",
    doc_title="福鼎白茶开采季：茶农凌晨四点上山 - 今日头条",
    title=["福鼎白茶开采季：茶农凌晨四点上山"],
    authors=["郑海燕"],
    time="2024-03-21 07:45",
    css="""
.tt-nav{height:60px;background:#fff;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 24px;gap:18px}
.tt-main{width:700px;float:left;margin-left:60px}
.tt-main h1{font-size:28px;line-height:1.4}
.article-meta{font-size:13px;color:#999;margin:10px 0 20px}
.article-meta span{margin-right:10px}
.syl-article-base p{font-size:18px;line-height:1.8}
.syl-article-base .byline{color:#888;font-size:15px}
.syl-article-base .pic-cap{font-size:13px;color:#999}
.tt-side{width:300px;float:right;margin-right:60px}
.user-card{border:1px solid #eee;padding:16px}
.user-card .n{font-weight:bold}
.tt-end{border:1px solid #eee;padding:12px;display:flex;gap:10px;align-items:center}
.clear{clear:both}
""",
    layout=f"""
<div class="tt-nav">{img("今日头条")}{links(["首页", "下载头条", "发布作品", "登录"], "")} {search("搜索站内资讯、视频或用户", "")}</div>
<div class="tt-main">
<h1>@@TITLE@@</h1>
<div class="article-meta"><span>原创</span><span>@@TIME@@</span><span>·</span><span><a href="#">闽东小记</a></span><span>福建</span></div>
<div class="syl-article-base">
@@BODY@@
</div>
<div class="tt-end">{img("")}<span><b>闽东小记</b>　关注闽东山海之间的人和事</span><a href="#">关注</a></div>
<p>{links(["点赞 58", "评论 12", "收藏", "转发"], "　")}</p>
<h3>评论 12</h3>
<p>发一条友善的评论</p>
</div>
<div class="tt-side">
<div class="user-card">{img("闽东小记", w=56, h=56)}<p class="n">闽东小记</p><p>412粉丝 · 187获赞</p><a href="#">关注</a></div>
<h3>相关推荐</h3>{li_links(["霞浦滩涂的春天：紫菜收获正忙", "太姥山下的茶园民宿火了", "福安坦洋工夫茶，百年老字号的新生意"])}
<p>{links(["用户协议", "隐私政策", "侵权投诉", "廉洁举报"], " ")}</p>
<p>© 2024 今日头条　京ICP证150327号</p>
</div>
<div class="clear"></div>
""",
    ps="p", hs="strong",
    body=[
        BYLINE("作者 | 郑海燕"),
        P("凌晨四点，福鼎磻溪镇的山路上已经亮起了一串手电筒的光。茶农们背着竹篓，说说笑笑地往茶山上走。春分前后，福鼎白茶进入开采季，一年中最忙的日子开始了。"),
        P("“头采的芽最嫩，太阳一晒就长开了，所以要赶早。”五十多岁的茶农林阿姐一边麻利地掐着芽头，一边告诉我。她家有十几亩茶园，这几天每天要请六七个帮工，从天不亮采到中午。"),
        IMG("茶农在采摘白茶", "茶农在磻溪镇的茶山上采茶"),
        P("采下来的鲜叶当天就送到附近的茶厂。白茶的工艺看起来简单，只有萎凋和干燥两道工序，但要做好并不容易。茶厂师傅说，萎凋全靠看天，晴天、阴天、刮北风，摊晾的厚度和时间都不一样，“差一点，茶的味道就变了”。"),
        P("今年开春雨水充足，气温回升快，茶芽长得壮。首批白毫银针的鲜叶收购价每斤在70元到90元之间，比去年略高。"),
        P("这几年，来福鼎看采茶、做茶的游客越来越多。不少茶农在家里开起了茶空间，游客可以上山采茶，再跟着师傅学做一泡茶带回家。林阿姐的儿子去年从厦门回来，专门负责接待和网上销售。他说，希望更多人知道，一杯好茶背后，是茶农一年的辛苦。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-29  澎湃号·政务 · account only, 编辑/审核 and 原标题 lines after the body
PAGES.append(dict(
    id="xg-29", kind="self-media", lang="zh",
    doc_title="淀山湖镇“共享菜园”开园 48户居民认领菜地_澎湃号·政务_澎湃新闻",
    title=["淀山湖镇“共享菜园”开园 48户居民认领菜地"],
    authors=["淀山湖发布"],
    time="2024-05-09 16:02",
    css="""
.pp-head{height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:24px;padding:0 40px}
.pp-main{width:660px;margin:30px auto}
.pp-main h1{font-size:28px;line-height:1.45}
.pp-acc{display:flex;align-items:center;gap:10px;font-size:14px}
.pp-acc .tag{background:#00a5eb;color:#fff;font-size:12px;padding:0 4px}
.pp-meta{font-size:13px;color:#999;margin:8px 0 20px}
.pp-text p{font-size:17px;line-height:1.9}
.pp-text .note{font-size:14px;color:#999}
.pp-text .pic-cap{font-size:13px;color:#888}
.pp-stmt{font-size:12px;color:#999}
.pp-card{background:#f6f6f6;padding:14px;display:flex;gap:10px;align-items:center}
.pp-foot{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    layout=f"""
<div class="pp-head">{img("澎湃新闻")}{links(["要闻", "深度", "视频", "澎湃号", "问政", "湃客"], "")}</div>
<div class="pp-main">
<h1>@@TITLE@@</h1>
<div class="pp-acc">{img("淀山湖发布", w=40, h=40)}<a href="#">淀山湖发布</a><span class="tag">澎湃号·政务</span><span>+订阅</span></div>
<div class="pp-meta">@@TIME@@　来源：澎湃新闻·澎湃号·政务　江苏</div>
<div class="pp-text">
@@BODY@@
</div>
<p class="pp-stmt">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div class="pp-card">{img("")}<div><b>淀山湖发布</b><p>昆山市淀山湖镇人民政府官方澎湃号</p></div><span>+订阅</span></div>
<p>{links(["举报", "分享到微信", "分享到微博"], "　")}</p>
<h3>相关推荐</h3>{li_links(["淀山湖镇开展“清洁家园”集中行动", "昆山：“15分钟便民生活圈”再扩容", "淀山湖畔的“共享书屋”开张了"])}
</div>
<div class="pp-foot">©2014-2024 澎湃新闻　沪ICP备14006285号　沪公网安备31010602003172号</div>
""",
    ps="p", hs="strong",
    body=[
        P("5月8日上午，淀山湖镇晟泰社区的“共享菜园”正式开园。经过前期报名和抽签，48户居民领到了属于自己的“一米菜园”，当天就有不少居民带着菜苗、锄头来到园里忙活起来。"),
        IMG("居民在共享菜园种菜", "居民在“共享菜园”里栽种菜苗"),
        P("这片菜园原本是小区旁一块闲置地，杂草丛生，还有人偷偷倾倒建筑垃圾。今年初，社区在征求居民意见后，联合物业对地块进行清理平整，划分出48块小菜地和一块公共区域，铺设了步道和灌溉水管。"),
        P("“我们定了一个‘菜园公约’，比如不能使用化学农药，不能私自搭建棚架，每块菜地要保持整洁。”社区工作人员介绍，菜园实行“认领制”，每期一年，到期后重新报名。认领人中，有退休老人，也有带孩子来体验种菜的年轻家庭。"),
        P("家住晟泰花园的顾阿婆领到了靠近水龙头的一块菜地。“以前在老家种了几十年菜，搬到小区后一直想找块地种种。”她当天就种下了辣椒、茄子和空心菜。"),
        P("社区还在菜园公共区域设置了“共享农具箱”和堆肥箱，并邀请镇农技站的专家定期开展种植指导。等到收获季，社区计划组织“菜园分享会”，把一部分蔬菜送给辖区独居老人。"),
        NOTE("编辑：沈佳　审核：顾明"),
        NOTE("原标题：《家门口的“一米菜园”开园啦！》"),
    ],
))

# ---------------------------------------------------------------------------
# xg-30  微博 article (头条文章) · account only, avatar + name at top, profile card at the bottom
PAGES.append(dict(
    id="xg-30", kind="self-media", lang="zh",
    doc_title="福州三坊七巷的夜，比白天更有味道 - 微博",
    title=["福州三坊七巷的夜，比白天更有味道"],
    authors=["闽江边的老周"],
    time="2021-10-12 21:06",
    css="""
.wb-top{background:#fff;box-shadow:0 1px 3px #ddd;height:50px;display:flex;align-items:center;gap:20px;padding:0 40px}
.wb-art{width:700px;margin:30px auto;background:#fff}
.wb-cover{height:300px;background:#eee;text-align:center}
.wb-art .title{font-size:28px;font-weight:bold;margin:20px 0}
.wb-author{display:flex;align-items:center;gap:10px;font-size:13px;color:#808080}
.wb-author .nick{color:#eb7350;font-size:14px}
.WB_editor_iframe p{font-size:16px;line-height:1.9}
.WB_editor_iframe .pic-cap{font-size:13px;color:#999}
.wb-read{font-size:12px;color:#999}
.wb-handle{border-top:1px solid #eee;padding-top:10px;display:flex;gap:40px}
.wb-card{border:1px solid #eee;padding:16px;display:flex;gap:12px;margin-top:20px}
.wb-foot{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    layout=f"""
<div class="wb-top">{img("微博")}{links(["首页", "视频", "发现", "游戏"], "")} {search("搜索微博", "")} {links(["注册", "登录"], " | ")}</div>
<div class="wb-art">
<div class="wb-cover">{img("封面图", w=700, h=300)}</div>
<div class="title">@@TITLE@@</div>
<div class="wb-author">{img("闽江边的老周", w=30, h=30)}<a class="nick" href="#">闽江边的老周</a><span>@@TIME@@</span><span>来自 微博 weibo.com</span></div>
<p class="wb-read">阅读数：3.2万</p>
<div class="WB_editor_iframe">
@@BODY@@
</div>
<div class="wb-handle">{links(["转发 126", "评论 87", "赞 1043"], "")}</div>
<div class="wb-card">{img("")}<div><p><b>闽江边的老周</b></p><p>福州旅游博主 微博原创视频博主</p><p>关注 412　粉丝 8.7万</p></div><a href="#">+关注</a></div>
</div>
<div class="wb-foot">Copyright © 2009-2021 WEIBO　京网文[2020]5128-903号　京ICP证101226号</div>
""",
    ps="p", hs="strong",
    body=[
        P("很多朋友来福州，都是白天逛三坊七巷，拍拍照就走了。其实三坊七巷最有味道的时候，是晚上。"),
        P("天黑以后，南后街的灯笼一盏盏亮起来，游客少了一些，街上慢慢安静下来。沿着衣锦坊往里走，白墙黛瓦的马鞍墙在灯光下特别好看，偶尔从老宅里传出几声评话，拖着长长的福州腔。"),
        IMG("夜晚的南后街", "夜色中的南后街"),
        H("推荐几个夜里值得去的地方："),
        UL("1. 安泰河边。河两岸的榕树垂下长长的气根，坐在河边的石凳上，吹着风，很舒服。",
           "2. 水榭戏台。周末晚上有闽剧和十番音乐演出，不用买票，站在院子里就能看。",
           "3. 南后街的老字号。鱼丸、肉燕、光饼夹糟肉，逛累了随便找一家坐下来，吃一碗热乎的。"),
        P("逛到九点多，可以从光禄坊出来，去附近的乌山走走。乌山上看福州城的夜景，又是另一种感觉。"),
        P("小提示：三坊七巷不收门票，但里面有些名人故居和博物馆是单独收费的，而且晚上五点半以后大多闭馆，想参观的话要白天去。"),
        P("福州是一座很“慢”的城市，适合慢慢走。希望大家来福州，也能在三坊七巷的夜里，找到属于自己的那份安静。"),
    ],
))
