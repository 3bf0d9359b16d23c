# Self-media pages vd-25 .. vd-30; all content invented.
P = []
G = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# vd-25: 头条号 article, account name only (no person)
P.append(dict(
    id="vd-25", kind="self-media", mode="p", hmode="h2", imgmode="center",
    title="平遥古城夜游人气旺，这几个小众打卡点本地人都说好",
    authors=["晋中文旅"],
    publish_time="2025-05-17 12:36",
    css="""body{margin:0;font:18px/1.75 "PingFang SC",sans-serif;color:#222}.tt-top{display:flex;justify-content:space-between;padding:10px 4%;border-bottom:1px solid #e8e8e8;font-size:14px}
.tt-main{display:flex;gap:40px;max-width:1100px;margin:20px auto}.a{flex:1}.a h1{font-size:30px}.a-meta{font-size:14px;color:#707070}
h2{font-size:20px}.pic-cap{font-size:14px;color:#999}.side{width:300px;font-size:14px}.bot{font-size:13px;color:#999}""",
    tpl=f"""<div class="tt-top"><span>首页 下载头条 发布作品 <a>登录</a></span><span><input placeholder="搜索站内资讯、视频或用户"> 搜索</span></div>
<div class="tt-main"><div class="a"><h1>{{{{TITLE}}}}</h1>
<div class="a-meta"><span>2025-05-17 12:36</span>·<span>晋中文旅</span>　<span>山西</span></div>
{{{{BODY}}}}
<p class="bot">举报/反馈</p></div>
<div class="side"><div><img alt="晋中文旅" src="{G}"> <b>晋中文旅</b><br>山西晋中文化和旅游官方账号<br>1.2万粉丝 · 386获赞 <button>关注</button></div>
<div><b>相关推荐</b><p>祁县乔家大院推出沉浸式演艺</p><p>榆次老城五一接待游客32万人次</p></div></div></div>""",
    body=[
        "天黑之后的平遥古城，才真正热闹起来。5月以来，古城夜间游客量持续攀升，周末单晚客流超过3万人次。除了南大街、日升昌这些“必去”景点，还有几个小众去处，本地人都说值得一去。",
        ("h", "1.城墙西北角的“观星台”"),
        "沿着城墙步道一路向北，西北角的瓮城上视野开阔，晚上八点半以后人少安静，能看到整条古城的灯火。",
        ("img", "平遥夜景", "图为平遥古城夜景"),
        ("h", "2.衙署街的“推光漆器夜市”"),
        "每周五到周日晚上，衙署街两侧会摆出几十个推光漆器、剪纸和布老虎的摊位，不少都是手艺人现场制作，价格比店里实惠。",
        ("h", "3.城隍庙前的“晋剧小剧场”"),
        "晚上七点和八点半各有一场免费晋剧折子戏演出，每场约40分钟，《打金枝》《算粮》是保留剧目。",
        ("h", "温馨提示"),
        ("li", ["古城夜间实行单向通行，请按指示牌游览；", "自驾游客可将车辆停放在古城外北门、下西门停车场；", "旅游咨询电话：0354-5679012。"]),
    ]))

# vd-26: 百家号 article with a named writer 文 | 黄小梅
P.append(dict(
    id="vd-26", kind="self-media", mode="p", hmode="strong",
    title="在桂林开了十年米粉店，她说最难的是凌晨四点的那锅卤水",
    authors=["黄小梅"],
    publish_time="2025-05-14 21:08",
    css="""body{margin:0;font:17px/1.8 Arial,"PingFang SC"}.bjh-top{background:#fff;border-bottom:1px solid #eee;padding:10px 5%;font-size:14px}
.wrapper{width:720px;margin:30px auto}.title{font-size:28px;font-weight:bold}.author-box{display:flex;gap:12px;align-items:center;color:#999;font-size:13px}
.aname{color:#333;font-size:15px}.foot{color:#999;font-size:13px;margin-top:30px}""",
    tpl=f"""<div class="bjh-top"><a>百度首页</a>　<a>登录</a></div>
<div class="wrapper"><div class="title">{{{{TITLE}}}}</div>
<div class="author-box"><img alt="头像" src="{G}"><div><p class="aname">桂林生活圈</p><p>2025-05-14 21:08广西桂林市<span>优质生活领域创作者</span></p></div><button>关注</button></div>
{{{{BODY}}}}
<p class="foot">本文为百家号作者原创，未经授权禁止转载</p>
<p class="foot">举报/反馈</p>
<div><b>作者最新文章</b><p>桂林两江四湖夜游票价调整<br>05-1218:30</p><p>阳朔西街上新了一家老字号<br>05-1009:12</p></div></div>""",
    body=[
        ("x", "<p>文 | 黄小梅</p>"),
        "早上六点，桂林七星区一条老巷子里，“阿凤米粉”的卷闸门已经拉开。老板娘唐凤英把第一碗米粉端给熟客时，她已经在灶台前站了两个小时。",
        ("h", "“卤水是米粉的魂”"),
        "桂林米粉好不好吃，全看卤水。唐凤英的卤水用猪骨、牛骨加上罗汉果、草果、八角等十几味香料熬制，每天凌晨四点就要开火，小火慢熬两个半小时。“配方是跟师傅学的，但火候要自己一点点摸。”她说，刚开店那两年，卤水熬糊过好几次，只能倒掉重来。",
        ("h", "十年，一碗粉只涨了两块钱"),
        "2015年开店时，二两米粉卖6元，现在卖8元。“米、肉、菜都在涨，但街坊吃了十年，不好意思多涨。”唐凤英笑着说，店里每天能卖出400多碗，周末游客多的时候要多备一倍的粉。",
        "问她累不累，她指了指墙上贴满的食客留言：“有人从外地回来，下了火车直接拖着箱子来吃一碗，这就值了。”",
    ]))

# vd-27: 搜狐号 (政务号 of a 宁夏 county), 作者 | line and 责任编辑 from sohu
P.append(dict(
    id="vd-27", kind="self-media", mode="p", imgmode="center",
    title="西吉县：马铃薯种薯“组培苗”走出大山",
    authors=["田  静".replace("  ", ""), "马文龙"],
    publish_time="2025-05-16 09:45",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei";background:#f6f6f6}.sh-top{background:#fff;padding:8px 6%;border-bottom:1px solid #ddd}
.sh{display:flex;gap:24px;width:1100px;margin:20px auto}.left{width:200px;background:#fff;padding:10px;font-size:14px}.article{flex:1;background:#fff;padding:30px}
.text-title h1{font-size:28px}.article-info{color:#999;font-size:13px}.statement{color:#999;font-size:13px}.editor{color:#999;font-size:13px}""",
    tpl=f"""<div class="sh-top"><img alt="搜狐" src="{G}"> 搜狐首页 新闻 体育 汽车 房产 旅游 教育 时尚 科技 财经 娱乐 <a>登录</a></div>
<div class="sh"><div class="left"><img alt="西吉发布" src="{G}"><p><b>西吉发布</b></p><p>文章 2316　总阅读 86万</p><p>查看TA的文章&gt;</p></div>
<div class="article"><div class="text-title"><h1>{{{{TITLE}}}}<span class="tag">原创</span></h1>
<div class="article-info"><span class="time">2025-05-16 09:45</span> <span>发布于：宁夏</span></div></div>
{{{{BODY}}}}
<p class="editor">返回搜狐，查看更多</p>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="editor">责任编辑：</p>
<p>阅读 (1268)</p></div></div>""",
    body=[
        ("x", "<p>作者 | 田\u00a0\u00a0静　马文龙</p><p>来源 | 西吉县融媒体中心</p>"),
        "5月中旬，在西吉县马铃薯脱毒种薯组培中心，一排排培养架上，玻璃瓶里的马铃薯组培苗嫩绿整齐。工作人员正把这批组培苗装箱，发往内蒙古、甘肃等地的种薯基地。",
        ("img", "组培中心", ""),
        "“一瓶组培苗经过快繁，能扩繁出几十株试管苗，再移栽到网棚里生产原原种。”组培中心技术负责人介绍，中心年生产组培苗2000万株、原原种8000万粒，今年外销比例首次超过三成。",
        "西吉县是全国马铃薯主产县之一，常年种植面积稳定在50万亩以上。近年来，当地建立了“组培苗—原原种—原种—一级种”四级良种繁育体系，全县马铃薯脱毒种薯覆盖率达到98%以上，亩均增产20%左右。",
        "下一步，西吉县将加快建设种薯质量检测中心和数字化储藏库，打造西北地区重要的马铃薯种薯供应基地。",
    ]))

# vd-28: 微信公众号 article, 原创 + author + account + date + place in one meta line
P.append(dict(
    id="vd-28", kind="self-media", mode="sec", hmode="h-sec", imgmode="center",
    title="德清这条“最美骑行线”，5月风景正好！",
    authors=["沈梦瑶"],
    publish_time="2025年5月15日 18:30",
    css="""body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC"}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4}.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3)}.rich_media_meta_list .nick{color:#576b95}
.h-sec{font-weight:bold;color:#2a7d4f;text-align:center}.pic-cap{font-size:14px;color:#888;text-align:center}.qr{text-align:center;color:#888;font-size:14px}""",
    tpl=f"""<div class="rich_media"><h1 class="rich_media_title">{{{{TITLE}}}}</h1>
<div class="rich_media_meta_list"><span>原创</span> <span>沈梦瑶</span> <span class="nick">德清发布</span> <em>2025年5月15日 18:30</em> <em>浙江</em></div>
<div class="rich_media_content">{{{{BODY}}}}</div>
<p class="qr"><img alt="二维码" src="{G}"><br>长按识别二维码关注我们</p>
<p class="qr">来源：德清县融媒体中心<br>编辑：钱晨　审核：姚建</p>
<p>阅读 2.1万　<span>分享</span>　<span>推荐</span>　<span>留言</span></p>
<p>微信扫一扫<br>关注该公众号</p></div>""",
    body=[
        "从下渚湖湿地到莫干山脚下，一条全长32公里的“湖山骑行绿道”串起了德清最美的风景。5月，沿线的油桐花开得正盛，吸引了不少骑行爱好者。",
        ("img", "骑行绿道", "▲骑行爱好者在绿道上骑行"),
        ("h", "·骑行路线·"),
        "起点下渚湖湿地公园南门—朱家漾—二都小镇—对河口水库—终点莫干山镇庾村，全程约2.5小时。",
        ("h", "·沿途打卡·"),
        ("li", ["◎ 下渚湖观鸟台：运气好能看到朱鹮觅食；", "◎ 二都小镇：吃一碗地道的“德清小馄饨”；", "◎ 对河口水库大坝：骑行线上最出片的机位。"]),
        ("h", "·贴心提示·"),
        "沿线设有6个骑行驿站，提供免费饮水、打气筒和简单维修工具。部分路段与公路共线，骑行时请佩戴头盔，注意避让车辆。",
        "骑行途中如需租借自行车，下渚湖南门和二都小镇驿站均提供共享单车和山地车租赁服务，山地车每小时15元，凭身份证办理。",
        "周末出门骑一圈，把初夏的风景装进相册吧！",
    ]))

# vd-29: 澎湃号·政务 (南宁 county release), 2-line meta with 来源 and date, no person -> account
P.append(dict(
    id="vd-29", kind="self-media", mode="p", hmode="strong",
    title="邕宁区发放首批“稻虾共作”技术补贴",
    authors=["邕宁发布"],
    publish_time="2025-05-13 17:22",
    css="""body{margin:0;font:17px/1.85 "PingFang SC",sans-serif}.pp-top{display:flex;gap:20px;padding:12px 8%;border-bottom:1px solid #eee}
.pp-main{max-width:800px;margin:30px auto}.pp-main h1{font-size:30px}.acc{display:flex;gap:10px;align-items:center;color:#666;font-size:14px}
.pp-foot{color:#999;font-size:13px}.ph{background:#f3f3f3;padding:20px 8%;font-size:12px;color:#999}""",
    tpl=f"""<div class="pp-top"><img alt="澎湃新闻" src="{G}"><a>要闻</a><a>深度</a><a>视频</a><a>澎湃号</a><a>问吧</a><a>下载客户端</a></div>
<div class="pp-main"><p>澎湃号 &gt; 政务</p>
<h1>{{{{TITLE}}}}</h1>
<div class="acc"><img alt="" src="{G}"><div><b>邕宁发布</b><br>2025-05-13 17:22　来源：澎湃新闻·澎湃号·政务</div><button>+订阅</button></div>
<p>字号</p>
{{{{BODY}}}}
<p class="pp-foot">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>继续阅读 · 1.2万次阅读</p></div>
<div class="ph">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>""",
    body=[
        "5月12日，邕宁区农业农村局向首批26户“稻虾共作”种养户发放技术补贴共计38.6万元，按每亩300元标准兑付。",
        "“稻虾共作”是在稻田中同时养殖小龙虾，小龙虾吃掉田间杂草和害虫，排泄物又为水稻提供肥料，实现“一田两用、一水两收”。去年，邕宁区在蒲庙镇、那楼镇试点推广1286亩，亩均增收2400元左右。",
        "那楼镇种养大户黄伟东去年流转了86亩稻田开展“稻虾共作”，一年收获小龙虾1.3万斤、优质稻谷5万多斤，纯收入超过20万元。“小龙虾养好了，稻谷也不用打农药，卖价比普通稻谷高。”",
        ("h", "补贴怎么申请？"),
        "在邕宁区范围内连片实施“稻虾共作”面积20亩以上的种养大户、家庭农场和合作社，可向所在镇农业服务中心提出申请，经审核公示后兑付。",
        "今年，邕宁区计划将“稻虾共作”面积扩大到3000亩，并组织技术人员开展田间指导。",
    ]))

# vd-30: 微博 头条文章 of a Shanxi newspaper account; person named in the article as 记者
P.append(dict(
    id="vd-30", kind="self-media", mode="p",
    title="大同云冈石窟第12窟“音乐窟”数字复原成果首次公开展示",
    authors=["李文静"],
    publish_time="5-16 15:03",
    css="""body{margin:0;background:#f2f2f5;font:16px/1.8 "PingFang SC",sans-serif}.wb-nav{background:#fff;padding:8px 10%;display:flex;gap:18px;font-size:14px}
.card{max-width:760px;margin:20px auto;background:#fff;padding:30px}.ttl{font-size:26px;font-weight:bold}.author{display:flex;gap:10px;font-size:13px;color:#939393}
.ops{display:flex;gap:30px;color:#808080;font-size:14px;border-top:1px solid #eee;padding-top:10px}""",
    tpl=f"""<div class="wb-nav"><img alt="微博" src="{G}"><input placeholder="搜索微博"><a>首页</a><a>视频</a><a>发现</a><a>游戏</a><a>注册</a><a>登录</a></div>
<div class="card"><div class="ttl">{{{{TITLE}}}}</div>
<div class="author"><img alt="大同日报" src="{G}"><span>大同日报</span><span>5-16 15:03</span><span>发布于 山西</span><span>阅读数：10万+</span></div>
<p class="lead">大同日报记者 李文静</p>
{{{{BODY}}}}
<div class="ops"><span>转发 52</span><span>评论 38</span><span>赞 1206</span></div>
<p>相关推荐<br>#大同古城墙夜景# 灯光秀今晚开启<br>华严寺周末延时开放至21点</p></div>""",
    body=[
        "5月15日，“云冈石窟第12窟数字复原成果展”在云冈研究院开展，这是第12窟数字化复原成果首次向公众集中展示。",
        "第12窟因窟内雕刻有大量手持乐器的伎乐天，被称为“音乐窟”。由于年代久远，窟内部分造像彩绘剥落、细节模糊。研究人员利用三维激光扫描、高清摄影和色彩分析技术，历时3年完成了对窟内47身伎乐天和44件乐器的数字复原。",
        "展厅内，观众可以通过沉浸式投影“走进”复原后的洞窟，还能借助互动屏听到依据乐器形制复原的乐音。“箜篌、排箫、琵琶、细腰鼓……这些北魏时期的乐器，第一次‘响’了起来。”云冈研究院一位研究人员介绍。",
        "云冈研究院相关负责人表示，数字复原成果不仅用于展示，还将为洞窟的保护修缮提供数据支撑。下一步，研究院将陆续开展第9窟、第10窟的数字复原工作。",
        "据悉，展览将持续至10月31日，观众凭云冈石窟门票可免费参观。",
    ]))
