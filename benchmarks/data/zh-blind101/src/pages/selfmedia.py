# Self-media pages wx-25 … wx-30: 头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博 article.
from build import img

K = "self-media"
PAGES = []

# wx-25 头条号 — account only, no person named
PAGES.append(dict(
    id="wx-25", kind=K, lang="zh",
    title="黔东南的侗寨里，藏着一桌会“说话”的长桌宴",
    authors=["黔东南文旅观察"],
    publish_time="2025-02-11 19:46",
    css="""
body{margin:0;font-family:-apple-system,"PingFang SC",sans-serif}
.tt-top{display:flex;justify-content:space-between;padding:10px 5%;border-bottom:1px solid #eee;font-size:14px}
.tt-top .l a{margin-right:14px}.main{display:flex;width:1040px;margin:20px auto;gap:40px}
.artcl{flex:1}.artcl h1{font-size:28px;line-height:1.4}
.meta{color:#999;font-size:14px;display:flex;gap:14px}.meta .name{color:#222}
.artcl p{font-size:18px;line-height:1.8}.pic-cap{text-align:center;color:#999;font-size:14px}
.rt{width:300px}.card{border:1px solid #eee;padding:14px}
.decl{color:#999;font-size:13px;background:#f8f8f8;padding:8px}
""",
    layout="""
<div class="tt-top"><span class="l"><a>首页</a><a>下载头条</a><a>注册头条号</a><a>侵权投诉</a></span><span><a>登录</a></span></div>
<div class="main"><div class="artcl">
<h1>黔东南的侗寨里，藏着一桌会“说话”的长桌宴</h1>
<div class="meta"><span class="name">黔东南文旅观察</span><span>2025-02-11 19:46</span><span>·贵州</span><span>原创</span></div>
{BODY}
<p class="decl">本文为原创内容，未经授权禁止转载。</p>
<p>举报 / 反馈</p>
<div><b>评论 37</b><p>写评论...</p><p>山里人：去年去过，米酒太好喝了<br>阿秀：侗族大歌真的太美了</p></div>
</div>
<div class="rt"><div class="card"><b>黔东南文旅观察</b><br>6.2万粉丝 · 获赞21万<br>带你走遍黔东南的山山水水<br><a>+ 关注</a></div><h4>作者最新文章</h4><ul><li>肇兴侗寨过年，和你想的不一样</li><li>西江千户苗寨的夜，值得专程去看</li></ul><h4>相关推荐</h4><ul><li>贵州冬天最值得去的10个地方</li></ul></div>
</div>
""",
    style="p",
    blocks=[
        ("p", "在黔东南，吃饭从来不只是吃饭。"),
        ("p", "走进从江县的一座侗寨，正赶上寨子里“月也”做客。几十张木桌首尾相连，从鼓楼一直摆到风雨桥头，足足有一百多米。桌上是酸鱼、腌肉、糯米饭、油茶，还有一碗碗自家酿的米酒。"),
        ("img", "侗寨长桌宴", ""),
        ("p", "寨子里的老人告诉我们，长桌宴上的座位是有讲究的：主客相对而坐，寨老坐在最靠近鼓楼的一头；敬酒时要唱敬酒歌，客人喝了酒，也要回一首歌，唱不出来就得再喝一碗。"),
        ("h", "一桌菜，就是一部寨子的历史"),
        ("p", "酸鱼要腌上一年以上，腌肉是冬月里杀年猪时就备下的。侗家人说“侗不离酸”，山里湿气重，过去没有冰箱，腌制是保存食物最好的办法，一代代传下来，就成了侗家的味道。"),
        ("p", "吃到一半，姑娘们端着酒碗唱起了侗族大歌。没有指挥、没有伴奏，几十个人的声音高低交织，像山间的流水和鸟鸣。坐在旁边的游客悄悄录下视频，说这是她听过最干净的声音。"),
        ("p", "如果你今年想去黔东南，不妨提前打听一下寨子里的节日，赶上一场长桌宴，比逛十个景点都值。"),
    ],
))

# wx-26 百家号 — person named in first line "作者 | 林晓雨" (account: 福州生活圈)
PAGES.append(dict(
    id="wx-26", kind=K, lang="zh",
    title="福州这条老街“活”过来了：上下杭的年轻人为什么越来越多？",
    authors=["林晓雨"],
    publish_time="2025-03-02 12:05",
    css="""
body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff}
.bd-top{padding:10px 4%;font-size:13px;border-bottom:1px solid #eee}.bd-top a{margin-right:12px}
.main{width:680px;margin:24px auto}.main h2{font-size:26px;line-height:1.5}
.author{display:flex;align-items:center;gap:10px;font-size:13px;color:#999}.author .n{color:#333;font-size:15px}
.main p{font-size:17px;line-height:1.85}.pic-cap{color:#999;font-size:13px;text-align:center}
.decl{color:#aaa;font-size:12px}.rec li{margin:8px 0}
""",
    layout="""
<div class="bd-top"><a>百度首页</a><a>网页</a><a>资讯</a><a>视频</a><a>图片</a><a>登录</a></div>
<div class="main">
<h2>福州这条老街“活”过来了：上下杭的年轻人为什么越来越多？</h2>
<div class="author">""" + img("福州生活圈") + """<span class="n">福州生活圈</span><span>2025-03-02 12:05</span><span>福建</span><span>优质生活领域创作者</span><a>关注</a></div>
{BODY}
<p class="decl">本文由作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。未经作者许可，不得转载。</p>
<div class="rec"><b>热门推荐</b><ul><li>三坊七巷周边这5家小店，本地人都爱去</li><li>福州地铁4号线全线贯通后，这些站点最值得打卡</li><li>烟台山的春天来了</li></ul></div>
</div>
""",
    style="p",
    blocks=[
        ("x", '<p>作者 | 林晓雨　　摄影 | 阿辉</p>'),
        ("p", "周六下午三点，上下杭的星安桥边挤满了拍照的人。穿汉服的女孩在老墙前摆姿势，隔壁的咖啡馆排起了十几米长的队。很难想象，十年前这里还是一片破旧的老街区。"),
        ("h", "老商帮的街，新一代的店"),
        ("p", "上下杭曾是福州的商贸中心，清末民初，这里商号林立，被称为“福州商业之源”。如今，修缮后的老建筑里开进了文创店、书店、茶空间和独立设计品牌，店主大多是90后。"),
        ("p", "在一家做漆器首饰的小店里，店主小郑告诉我，她大学学的是工艺美术，毕业后回到福州开了这家店。“房租比商场便宜，来的人又多是喜欢文化的，很适合我们这种小品牌。”"),
        ("img", "上下杭街景", "周末的上下杭街区游人如织"),
        ("h", "不只是“网红打卡地”"),
        ("p", "和很多网红街区不同，上下杭还住着不少老居民。早上七点，巷子里的鱼丸店、锅边糊店照常开张，老人们坐在门口聊天，游客和街坊相安无事。"),
        ("p", "或许正是这种“烟火气”和“新鲜感”并存的状态，让越来越多的年轻人愿意来、愿意留。你最近去过上下杭吗？欢迎在评论区分享你的宝藏小店。"),
    ],
))

# wx-27 网易号 — account only; "本文来自网易号" furniture, 免责声明
PAGES.append(dict(
    id="wx-27", kind=K, lang="zh",
    title="包头稀土高新区：一家“小巨人”企业的十年攻关路",
    authors=["北疆产业志"],
    publish_time="2025-01-27 08:03:11",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.ne-top{background:#fff;border-bottom:2px solid #d33;padding:10px 6%;font-size:14px}.ne-top a{margin-right:14px}
.post{width:1000px;margin:20px auto;display:grid;grid-template-columns:1fr 280px;gap:40px}
.post h1{font-size:28px}.post_info{color:#999;font-size:14px}
.post_body p{font-size:18px;line-height:1.9}.post_statement{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:8px}
.side .acc{border:1px solid #eee;padding:12px}
""",
    layout="""
<div class="ne-top"><a>网易首页</a><a>新闻</a><a>体育</a><a>财经</a><a>科技</a><a>网易号</a><a>登录</a></div>
<div class="post"><div>
<h1>包头稀土高新区：一家“小巨人”企业的十年攻关路</h1>
<div class="post_info">2025-01-27 08:03:11　来源: <a>北疆产业志</a>　内蒙古</div>
<div class="post_body">
{BODY}
</div>
<div class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<p>相关推荐<br>稀土永磁电机市场迎来新一轮扩张<br>包头打造“世界稀土之都”</p>
</div>
<div class="side"><div class="acc"><b>北疆产业志</b><br>关注北疆产业发展，讲好企业故事<br>文章：412　关注</div><h4>热点新闻</h4><ol><li>今年春运客流预测发布</li><li>多地发放消费券</li></ol></div>
</div>
""",
    style="p",
    blocks=[
        ("p", "在包头稀土高新区，有这样一家企业：员工不到300人，却拿下了27项发明专利，产品打进了国内多家头部新能源车企的供应链。它叫包头某某磁材科技有限公司，去年被认定为国家级专精特新“小巨人”企业。"),
        ("h", "从“跟跑”到“并跑”"),
        ("p", "公司成立于2014年，最初只做普通烧结钕铁硼磁体，利润薄、竞争激烈。2016年，公司决定转向高性能低重稀土磁材研发，几乎把全部利润投进了实验室。"),
        ("p", "“最难的时候，一年试验上千炉，合格率不到三成。”公司技术总监回忆，团队花了整整四年，才攻克了晶界扩散工艺的稳定性难题，让产品在减少重稀土用量30%的同时，保持了高矫顽力。"),
        ("h", "一块磁体里的产业链"),
        ("p", "如今，公司年产高性能磁材4000吨，产值突破15亿元。上游依托本地丰富的稀土资源，下游与电机、风电企业形成配套，带动园区内十余家上下游企业共同发展。"),
        ("p", "对于下一步，企业负责人说得很实在：“继续把研发做深，把工艺做稳，争取在几个细分领域做到全国第一。”"),
    ],
))

# wx-28 微信公众号 — "原创 张三 账号 日期 地区" header, author line at end, 编辑/审核 block
PAGES.append(dict(
    id="wx-28", kind=K, lang="zh",
    title="一张“共享菜园”地图，让舟山的海岛老人不再孤单",
    authors=["陈  曦".replace(" ", "")],
    publish_time="2025年03月07日 17:30",
    css="""
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC",sans-serif}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5)}.rich_media_meta_list span{margin-right:8px}
.rich_media_meta_list a{color:#576b95}
section.wxp{display:block;margin:0 0 20px;font-size:16px;line-height:1.75;letter-spacing:1px}
.pic{margin:10px 0}.pic-cap{font-size:13px;color:#888;text-align:center}
.qr{color:#888;font-size:13px;text-align:center}
.tools{color:rgba(0,0,0,.5);font-size:14px;display:flex;gap:20px}
""",
    layout="""
<div class="rich_media">
<h1 class="rich_media_title">一张“共享菜园”地图，让舟山的海岛老人不再孤单</h1>
<div class="rich_media_meta_list"><span>原创</span><span>陈  曦</span><a>舟山普陀发布</a> <span>2025年03月07日 17:30</span> <span>浙江</span></div>
{BODY}
<section class="wxp" style="color:#888;font-size:14px"><span>来源：普陀区民政局<br>编辑：王梦<br>审核：许建国</span></section>
<p class="qr">""" + img("舟山普陀发布二维码") + """<br>长按识别二维码 关注舟山普陀发布</p>
<div class="tools"><span>阅读 8421</span><span>分享</span><span>收藏</span><span>点赞 96</span><span>在看 41</span></div>
<p>留言</p><p>写留言</p>
</div>
""",
    style="section",
    blocks=[
        ("p", "早上六点半，桃花岛茅草屋村的周阿婆已经在菜园里忙开了。这块不到两分的地，是村里“共享菜园”的第17号地块，种着青菜、蚕豆和几垄小葱。"),
        ("p", "“儿子女儿都在宁波，平时就我一个人。现在天天来菜园，跟大家说说话，日子过得快。”周阿婆说。"),
        ("img", "共享菜园", "老人们在“共享菜园”里劳作"),
        ("h", "闲置地变成“幸福园”"),
        ("p", "海岛村庄老龄化程度高，不少年轻人外出后，房前屋后的空地长满杂草。去年，普陀区在桃花岛、虾峙岛等6个海岛试点“共享菜园”，由村集体统一流转闲置地块，划分成小块免费分给有意愿的老人耕种。"),
        ("p", "为了方便管理，民政部门和志愿者一起绘制了一张“共享菜园”地图，每块地都标注了认领人姓名、联系电话和紧急联系人。志愿者每周巡园两次，发现哪位老人连续几天没来，就会上门看看。"),
        ("h", "菜园里长出“邻里情”"),
        ("p", "如今，6个岛上的共享菜园已有地块210块，认领老人186位。收获的蔬菜除了自家吃，还会送到村里的老年食堂。“种的人多了，互相交流种菜经验，也互相照应。”虾峙岛一位村干部说。"),
        ("p", "下一步，普陀区计划把共享菜园与居家养老服务结合起来，在菜园旁设置休息亭和应急呼叫点，让海岛老人在家门口就能“老有所乐”。"),
    ],
))

# wx-29 澎湃号·政务 — government account on a news platform; account is the author
PAGES.append(dict(
    id="wx-29", kind=K, lang="zh",
    title="漳州：今年将新建改造城市口袋公园50个",
    authors=["吴晓敏"],
    publish_time="2025-03-04 20:12",
    css="""
body{margin:0;font-family:"PingFang SC",sans-serif;background:#fff}
.pp-head{display:flex;gap:20px;padding:12px 8%;border-bottom:1px solid #e5e5e5;font-size:15px}
.pp-head b{font-size:22px;color:#00a5eb}
.news_txt{width:660px;margin:30px auto}.news_txt h1{font-size:28px}
.news_about{color:#999;font-size:14px}.news_about p{margin:2px 0}
.index_cont p{font-size:17px;line-height:1.9}.pic-cap{color:#888;font-size:13px;text-align:center}
.news_tag{color:#999;font-size:13px}.ppjz{border:1px solid #eee;padding:10px;font-size:14px}
""",
    layout="""
<div class="pp-head"><b>澎湃</b><a>要闻</a><a>深度</a><a>视频</a><a>澎湃号</a><a>下载客户端</a><a>登录</a></div>
<div class="news_txt">
<div class="news_path">澎湃号 &gt; 政务</div>
<h1>漳州：今年将新建改造城市口袋公园50个</h1>
<div class="news_about"><p>漳州发布</p><p>2025-03-04 20:12　来源：澎湃新闻·澎湃号·政务</p><p>字号</p></div>
<div class="index_cont">
{BODY}
</div>
<p class="news_tag">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</p>
<div class="ppjz">""" + img("漳州发布") + """ 漳州发布 　漳州市人民政府新闻办公室官方政务账号　<a>+订阅</a></div>
<p>相关推荐<br>漳州古城入选第二批国家级旅游休闲街区<br>漳州发布2024年城市体检报告</p>
</div>
""",
    style="p",
    blocks=[
        ("p", "记者从漳州市城市管理局获悉，今年我市将结合城市更新行动，在中心城区新建改造口袋公园50个，新增绿地面积约12万平方米，让市民出门“300米见绿、500米见园”。"),
        ("p", "据介绍，今年的口袋公园建设将重点利用拆违腾退地、边角地和闲置地，优先布局在老旧小区、学校、医院周边等绿地服务盲区。每个公园将因地制宜配置健身步道、儿童游乐设施和休憩座椅，部分公园还将融入水仙花、闽南红砖等本土元素。"),
        ("img", "芗城区一处改造后的口袋公园", "芗城区一处改造后的口袋公园（资料图）"),
        ("p", "去年，漳州已建成口袋公园42个。位于芗城区新华西路的“榕荫园”原是一处废弃停车场，改造后成了周边居民晨练、遛娃的好去处。家住附近的退休教师许先生说：“以前出门只能在路边走走，现在有了这个小公园，每天都来打太极。”"),
        ("p", "市城市管理局表示，口袋公园建设将广泛征求周边居民意见，建成后实行“园长制”管理，确保“建得好、管得住、用得久”。"),
        ("x", '<p style="color:#999;font-size:13px">来源：漳州日报　记者：吴晓敏</p>'),
    ],
))

# wx-30 微博 article (头条文章) — account is the author; likes/reposts furniture
PAGES.append(dict(
    id="wx-30", kind=K, lang="zh",
    title="在温州吃一碗灯盏糕，我排了四十分钟队",
    authors=["温州吃货研究所"],
    publish_time="2025-2-23 14:08",
    css="""
body{margin:0;background:#f2f2f5;font-family:"PingFang SC",sans-serif}
.wb-nav{background:#fff;padding:10px 8%;display:flex;gap:18px;font-size:14px}.wb-nav b{color:#e6162d}
.card{width:700px;margin:20px auto;background:#fff;padding:30px;border-radius:6px}
.card h1{font-size:26px}.author{display:flex;gap:10px;color:#939393;font-size:13px;align-items:center}
.author .nm{color:#333;font-size:15px}.WB_editor_iframe p{font-size:16px;line-height:1.9}
.pic-cap{color:#999;text-align:center;font-size:12px}.fw{display:flex;justify-content:space-around;color:#808080;border-top:1px solid #eee;padding-top:10px}
""",
    layout="""
<div class="wb-nav"><b>微博</b><a>首页</a><a>视频</a><a>发现</a><a>游戏</a><input placeholder="大家都在搜：温州美食"><a>登录</a><a>注册</a></div>
<div class="card">
<div class="tag">头条文章</div>
<h1>在温州吃一碗灯盏糕，我排了四十分钟队</h1>
<div class="author">""" + img("温州吃货研究所") + """<span class="nm">温州吃货研究所</span><span>2025-2-23 14:08</span><span>阅读数：10万+</span></div>
<div class="WB_editor_iframe">
{BODY}
</div>
<p style="color:#999;font-size:12px">© 本文版权归 温州吃货研究所 所有，任何形式转载请联系作者。</p>
<div class="fw"><span>收藏</span><span>转发 213</span><span>评论 468</span><span>赞 2891</span></div>
<p>评论<br>小鹿乱撞：灯盏糕一定要趁热吃！<br>鹿城老李：县前头那家我从小吃到大</p>
</div>
""",
    style="p",
    blocks=[
        ("p", "正月里回温州，第一件事就是去吃灯盏糕。"),
        ("p", "鹿城区那家开了三十多年的老店，门口照例排着长队。前面一位阿姨说，她每周都来，“过年人多，平时十分钟就轮到了”。我看了看手表，最后足足排了四十分钟。"),
        ("h", "什么是灯盏糕？"),
        ("p", "灯盏糕是温州的传统小吃，因为形状像旧时的油灯盏而得名。做法是在特制的铁勺里先舀一层米浆和黄豆浆调成的面糊，放上萝卜丝、肉末、鸡蛋，再盖一层面糊，放进油锅里炸到金黄。"),
        ("img", "刚出锅的灯盏糕", "刚出锅的灯盏糕，外皮酥脆"),
        ("p", "刚出锅的灯盏糕外壳酥脆，咬开是萝卜丝的清甜和肉末的鲜香。老板说，萝卜要选本地的白萝卜，切丝后用盐稍微腌一下挤掉水分，炸出来才不会软塌。"),
        ("h", "几点建议"),
        ("li", ["1. 避开早上七点到九点的高峰，下午三点左右人最少；", "2. 一定要现炸现吃，放凉了口感差很多；", "3. 配一碗糯米饭或者鱼丸汤，才是完整的温州早餐。"]),
        ("p", "你们家乡有没有这种值得排队的小吃？评论区告诉我。"),
    ],
))
