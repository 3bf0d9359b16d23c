# self-media pages vp-25 .. vp-30
K = "self-media"
PAGES = [
dict(id="vp-25", kind=K, doctitle="在景德镇学拉坯的第三十天，我终于做出了一只不歪的碗 - 今日头条",
 title="在景德镇学拉坯的第三十天，我终于做出了一只不歪的碗", authors=["瓷都小满"], publish_time="2025-04-20 22:15",
 css="""body{margin:0;font:17px/1.8 sans-serif}.tt-top{display:flex;justify-content:space-between;padding:10px 5%;border-bottom:1px solid #eee}.tt-main{max-width:700px;margin:20px auto}
.tt-main h1{font-size:28px}.tt-meta{color:#999;font-size:14px;display:flex;gap:10px}.tt-follow{background:#f04142;color:#fff;padding:2px 10px;border-radius:4px}.tt-side{font-size:13px;color:#666}""",
 html="""<div class="tt-top"><span>今日头条</span><span><input placeholder="搜索站内资讯、视频或用户"> 登录</span></div>
<div class="tt-main"><h1>在景德镇学拉坯的第三十天，我终于做出了一只不歪的碗</h1>
<div class="tt-meta"><span>原创</span><span>2025-04-20 22:15</span><span>·</span><span>瓷都小满</span><span class="tt-follow">关注</span></div>
{BODY}
<p class="tt-side">举报/反馈</p><p class="tt-side">瓷都小满　江西 · 陶艺爱好者　粉丝 2.3万　获赞 16万</p>
<p class="tt-side">相关推荐　景德镇租个工作室要多少钱？｜第一次烧窑，全裂了</p></div>""",
 body="""
辞职来景德镇的第三十天，我终于拉出了一只不歪的碗。
说出来可能有人不信，前二十多天，我做的每一个坯子都是歪的。不是口沿一边高一边低，就是底太厚，一修坯就破。带我的师傅姓程，在陶溪川附近有个小作坊，他看我练，只说一句话：“手要稳，心要静。”
## 拉坯到底难在哪
- 定中心：泥没定好中心，后面怎么拉都会歪；
- 开孔：手指压下去的深度决定了碗底厚薄；
- 提拉：速度和力度要配合，急了就塌。
最难的是定中心。转盘转起来，泥在手里晃，你越想压住它，它晃得越厉害。程师傅说，不是你压住泥，是让泥找到自己的位置。
! 我拉的第一只碗 | 第一只“不歪”的碗，图为作者拍摄
今天这只碗，口径大概12厘米，不算好看，但是正的。我拿给程师傅看，他转了一圈，点点头说：“可以进窑了。”
那一刻真的很想哭。不是因为碗，而是因为这三十天里，我第一次觉得自己做成了一件具体的事。
下周要学利坯和上釉，到时候再来更新。
"""),

dict(id="vp-26", kind=K, doctitle="湖北这座小城，藏着全国最便宜的小龙虾？_百家号",
 title="湖北这座小城，藏着全国最便宜的小龙虾？", authors=["江汉吃货志"], publish_time="2024-06-18 07:40",
 css="""body{margin:0;font-size:16px;line-height:1.9}.bjh-h{background:#fff;padding:10px 6%;border-bottom:1px solid #e0e0e0}.bjh-c{width:680px;margin:20px auto}
.bjh-c h2{font-size:26px}.author-box{display:flex;gap:12px;align-items:center;font-size:13px;color:#999}.bjh-c .tips{font-size:12px;color:#aaa}""",
 html="""<div class="bjh-h">百度首页　百家号　<a>登录</a></div>
<div class="bjh-c"><h2>湖北这座小城，藏着全国最便宜的小龙虾？</h2>
<div class="author-box"><img alt="江汉吃货志" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><span>江汉吃货志</span><span>2024-06-18 07:40</span><span>湖北</span><span>优质美食领域创作者</span></div>
{BODY}
<p class="tips">本文为百家号作者原创，未经授权，不得转载。</p>
<p class="tips">江汉吃货志　4.8万获赞 1.1万粉丝　关注</p>
<p class="tips">相关推荐：潜江油焖大虾的正确吃法 ｜ 监利的虾稻田里，藏着多少秘密</p></div>""",
 body="""
每年一到六月，朋友圈里总有人晒小龙虾。大城市的夜宵摊上，一盘中等个头的油焖大虾动辄一两百块。可你知道吗，在湖北潜江，同样的价钱能让三四个人吃到撑。
上周末，我特地坐高铁去了一趟潜江。下午五点多，虾街上已经排起了长队。我们找了一家本地朋友推荐的老店，点了两斤油焖、一斤蒜蓉，再加一份清蒸，一共花了不到160块。
## 为什么这里这么便宜
原因其实很简单：产地。潜江是全国有名的“虾稻共作”基地，稻田里养虾，虾吃虫，虾粪肥田，一块田两份收成。从田里到锅里，中间几乎没有运输成本。
老板告诉我，今年行情还不错，“中虾”的收购价每斤十几块，店里卖的价格也就跟着稳定。
> “我们这儿的人，一个夏天要吃掉好几十斤虾。”老板一边端菜一边笑着说。
## 吃虾小贴士
- 选虾看腹部，干净发白的更新鲜；
- 油焖要吃当天现做的，隔夜口感差很多；
- 肠胃不好的朋友，别一次吃太多。
如果你也想来，建议避开周末晚上的高峰，下午四点左右来，基本不用排队。
"""),

dict(id="vp-27", kind=K, doctitle="网易号｜一位青海牧民的“直播间”：把牦牛肉卖到了全国",
 title="一位青海牧民的“直播间”：把牦牛肉卖到了全国", authors=["高原笔记"], publish_time="2024-11-02 18:05:42",
 css="""body{margin:0;font:16px/1.85 "PingFang SC"}.ne-top{background:#c4161c;color:#fff;padding:8px 5%}.ne-wrap{display:flex;gap:30px;width:1000px;margin:20px auto}
.post_main{flex:1}.post_title{font-size:28px}.post_info{font-size:13px;color:#888}.ne-side{width:260px;font-size:13px}.post_statement{font-size:12px;color:#999;border-top:1px solid #eee}""",
 html="""<div class="ne-top">网易首页 &gt; 网易号 &gt; 正文　申请入驻</div>
<div class="ne-wrap"><div class="post_main"><h1 class="post_title">一位青海牧民的“直播间”：把牦牛肉卖到了全国</h1>
<div class="post_info">2024-11-02 18:05:42　来源: <a>高原笔记</a>　青海</div>
<p>举报</p>
{BODY}
<p class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p class="post_statement">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
<div class="ne-side"><b>高原笔记</b><p>1.5万粉丝 · 关注</p><p>相关推荐</p><p>门源油菜花海今年为何晚开</p><p>玉树：虫草季的孩子们</p><p>热点新闻</p></div></div>""",
 body="""
~ 文/高原笔记
海拔3800米的果洛州玛沁县，牧民扎西才让的“直播间”就搭在自家帐篷里。一部手机、一个补光灯、一块写着“纯放养牦牛肉”的牌子，就是全部家当。
“家人们，这是今天刚风干好的牦牛肉，没有添加剂，大家放心买。”每天晚上八点，扎西才让都会准时开播，用带着口音的普通话介绍自家的产品。
三年前，他还只是一个普通的牧民，家里有一百多头牦牛，每年秋天把牛卖给收购商，一头也就卖七八千块。后来在县里参加了电商培训，他开始尝试在网上卖牛肉干。
## 最难的是信任
刚开始直播时，一晚上只有几十个人看，还有人在评论里质疑“是不是真的牦牛肉”。扎西才让干脆把镜头对准牛群，直播放牧、挤奶、晾晒牛肉的全过程。
慢慢地，回头客越来越多。去年，他的网店卖出牦牛肉制品12吨，销售额超过200万元，还带动村里十几户牧民一起供货。
> “以前觉得山外面的世界很远，现在一部手机就连起来了。”扎西才让说。
"""),

dict(id="vp-28", kind=K, doctitle="深度｜一个浙江县城的“共富工坊”实验",
 title="一个浙江县城的“共富工坊”实验", authors=["林知秋"], publish_time="2025-01-07 08:00",
 css="""body{margin:0;background:#fff;font:17px/2 -apple-system}.rich_media{max-width:640px;margin:0 auto;padding:20px}.rich_media_title{font-size:22px;line-height:1.4}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5)}.rich_media_meta_list span{margin-right:8px}.qr_code_pc{font-size:13px;color:#888;text-align:center}.bar{font-size:14px;color:#576b95}""",
 html="""<div class="rich_media"><h1 class="rich_media_title">一个浙江县城的“共富工坊”实验</h1>
<div class="rich_media_meta_list"><span>原创</span><span>林知秋</span><span class="bar">县域观察所</span><span>2025-01-07 08:00</span><span>浙江</span></div>
{BODY}
<p class="nb">作者 | 林知秋　编辑 | 陈默　排版 | 阿青</p>
<p class="qr_code_pc"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><br>微信扫一扫<br>关注该公众号</p>
<p class="bar">阅读 1.6万　分享　点赞 312　推荐 88</p><p class="bar">写留言</p></div>""",
 body="""
~ 作者 | 林知秋
早上七点半，浙江金华某县的一间村文化礼堂里，二十多位中年妇女已经坐在缝纫机前。这里原本是村里办酒席的地方，两年前被改成了一家服装厂的“共富工坊”。
“孩子上学、老人要照顾，出不了远门，在家门口就能上班。”52岁的楼阿姨说，她每个月能拿到四千块左右。
## 工坊是怎么来的
所谓“共富工坊”，是企业把一部分加工环节放到村里，村里提供场地、组织人手，企业负责订单、技术和回收产品。按照当地的说法，是“把车间搬到村口”。
县里的统计显示，目前全县有这样的工坊186家，涉及服装、五金、小商品等行业，吸纳了约1.2万名农村劳动力就近就业。
## 问题也并非没有
但工坊并不总是一帆风顺。一家五金企业负责人告诉我，村里工人年龄偏大，计件速度慢，遇到赶工期时常常跟不上；订单淡季时，工坊又可能一连几周没活干。
在我看来，“共富工坊”真正的价值不在于数字，而在于它给了那些被城镇化“落下”的人一个选择。这个选择能不能长久，取决于订单能不能稳定，也取决于工坊能不能从“来料加工”走向更有附加值的环节。
"""),

dict(id="vp-29", kind=K, doctitle="武汉一高校食堂推出“按克计价”，学生：终于不浪费了 - 搜狐",
 title="武汉一高校食堂推出“按克计价”，学生：终于不浪费了", authors=["楚天青年说"], publish_time="2024-09-25 12:33",
 css="""body{margin:0;font-size:16px;line-height:1.8}.sh-head{height:50px;background:#fff;border-bottom:1px solid #eee;padding:0 5%;line-height:50px}.sh-left{float:left;width:200px;font-size:13px;padding:20px}
.sh-art{margin-left:240px;max-width:680px;padding:20px}.sh-art h1{font-size:26px}.time{color:#999;font-size:13px}.sh-end{font-size:13px;color:#999}""",
 html="""<div class="sh-head">搜狐　首页　新闻　体育　汽车　房产　旅游　教育　时尚　科技　财经　娱乐　更多</div>
<div class="sh-left"><b>楚天青年说</b><p>文章 1386</p><p>总阅读 2190万</p><p>+ 关注</p></div>
<div class="sh-art"><h1>武汉一高校食堂推出“按克计价”，学生：终于不浪费了</h1>
<div class="time">2024-09-25 12:33　发布于：湖北省</div>
{BODY}
<p class="sh-end"><a>返回搜狐，查看更多</a></p><p class="sh-end">责任编辑：</p>
<p class="sh-end">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p><p class="sh-end">阅读 (5821)</p></div>""",
 body="""
新学期开学，武汉某高校的一个学生食堂换了新玩法：自选菜品称重计价，每一克都明码标价。
在食堂二楼，记者看到，窗口前摆着二十多个菜盆，学生拿着托盘自己夹菜，最后放到智能餐台上称重，屏幕上立刻显示菜品名称、重量和价格。
“以前打菜阿姨一勺下去，吃不完只能倒掉。现在想吃多少夹多少，一顿饭十块钱左右，比以前还便宜一点。”大二学生小周说。
| 菜品类别 | 价格（元/100克）
| 素菜 | 0.9
| 荤素搭配 | 1.6
| 纯荤菜 | 2.8
食堂负责人介绍，新模式运行一个月来，餐厨垃圾量下降了约三成，高峰时段排队时间也明显缩短。不过也有学生反映，菜的种类多了之后，“选择困难症”犯了。
对此，食堂计划推出几款固定搭配的“营养套餐”，满足赶时间的同学。
"""),

dict(id="vp-30", kind=K, doctitle="西宁的秋天，只用一天就能走完 | 微博文章",
 title="西宁的秋天，只用一天就能走完", authors=["夏都旅行者阿楠"], publish_time="2024-10-09 21:18",
 css="""body{margin:0;background:#f2f2f5;font-size:16px}.wb-top{background:#fff;padding:8px 5%;border-bottom:1px solid #ddd}.WB_artical{max-width:700px;background:#fff;margin:16px auto;padding:30px}
.main_title{font-size:26px}.WB_info{font-size:13px;color:#808080}.WB_handle{display:flex;justify-content:space-around;border-top:1px solid #eee;font-size:13px;padding:10px}""",
 html="""<div class="wb-top">微博　首页　视频　发现　游戏　<input placeholder="大家都在搜：西宁旅游"> 注册 登录</div>
<div class="WB_artical"><div class="main_title">西宁的秋天，只用一天就能走完</div>
<div class="WB_info"><a>夏都旅行者阿楠</a>　2024-10-09 21:18　阅读数：8.6万</div>
{BODY}
<p class="WB_info">本文由微博用户 @夏都旅行者阿楠 发布，仅代表作者个人观点</p>
<div class="WB_handle"><span>转发 126</span><span>评论 341</span><span>赞 2079</span></div></div>""",
 body="""
很多人问我，秋天来西宁只有一天时间，该怎么安排？今天就把我自己走过好几遍的路线分享给大家。
## 上午：北山和东关
早上八点先去北山土楼观，爬到半山腰就能俯瞰整个西宁城。这个季节山上的树叶开始变黄，配上蓝天，随手一拍都是大片。下山后去东关清真大寺附近吃早餐，一碗甜醅、一碗酿皮，再来一个狗浇尿油饼，二十块钱吃得饱饱的。
## 下午：湟水河畔
下午可以去湟水国家湿地公园散步。十月是芦苇最好看的时候，沿着河边骑共享单车，一个小时能骑完一大圈。
## 晚上：莫家街
晚上一定要去莫家街和水井巷逛逛。烤羊肉、手抓、炕锅、麻食，想吃什么都有。
几点提醒：
- 西宁早晚温差大，一定要带一件厚外套；
- 海拔两千多米，第一天不要剧烈运动；
- 热门店铺晚上七点以后排队较长，建议早点去。
西宁的秋天很短，一场雪下来就入冬了。想来的朋友，抓紧啦。
"""),
]
