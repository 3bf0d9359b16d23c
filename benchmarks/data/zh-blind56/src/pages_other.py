from lib import E, ul, img

PAGES = []

# ---------------- self-media ----------------
CSS_WX = ("body{background:#f2f2f2;margin:0}.rich{max-width:677px;margin:0 auto;background:#fff;padding:20px;font-family:-apple-system,sans-serif}"
          "h1{font-size:22px}.meta{color:#999;font-size:15px}.meta a{color:#576b95}.content p{font-size:17px;line-height:1.75;color:#333}")

# xe-25 微信公众号 with 点击蓝字关注我们 at the top; account only
PAGES.append(dict(
    id="xe-25", kind="self-media: 微信公众号 (account only)", skin="custom", css=CSS_WX,
    title="潜山这片茶园，火了！",
    tpl='''<div class="rich"><h1>{TITLE}</h1>
<div class="meta"><span>原创</span> <span>潜山发布</span> <a href="#">潜山发布</a> <em>2025年06月03日 19:30</em> <span>安徽</span></div>
<div class="content">
<p style="text-align:center;color:#1e6fff">点击蓝字 关注我们</p>
{BODY}
<p style="text-align:center">来源：潜山市融媒体中心</p><p style="text-align:center">编辑：余  倩　审核：储祥林　监制：汪  平</p>
<p style="text-align:center">{IMG}</p><p style="text-align:center">长按识别二维码 关注我们</p>
<p>分享　收藏　<span>点赞 186</span>　<span>在看 73</span></p>
</div>
<p>阅读原文　阅读 1.2万</p><p>留言 写留言</p><p>皖南小陈：天柱山的茶确实香！ 赞 21</p></div>'''.replace("{IMG}", img("二维码", 120, 120)),
    blocks=[
        ("img", "天柱山脚下的云雾茶园", None),
        "这几天，潜山市天柱山镇的一片高山茶园在社交平台上“火出圈”了！",
        "清晨的茶园云雾缭绕，层层叠叠的茶垄沿山势铺开，宛如一幅水墨画。不少游客专程赶来拍照打卡，有网友留言：“这是什么神仙地方？”",
        "这片茶园位于天柱山西麓的茶庄村，海拔600多米，种植面积1800余亩，主要出产天柱剑毫。今年春茶季，茶园推出“茶旅融合”体验项目，游客可以跟着茶农上山采茶，再到茶厂学习杀青、揉捻等传统制茶工艺。",
        "“周末每天有三四百名游客，民宿提前一周就订满了。”茶庄村党总支书记王红兵说，今年村里茶叶加旅游的收入预计比去年增长三成。",
        ("img", "游客在茶园中拍照", "游客在茶园中拍照"),
        "小编提醒：茶园山路较窄，自驾游客请注意行车安全，采茶时请听从工作人员安排，爱护茶树。",
        "你去过这片茶园吗？欢迎在留言区分享你的照片！",
    ],
    authors=["潜山发布"], publish_time="2025年06月03日 19:30",
))

# xe-26 小红书 note with location tag (nickname account, no real name)
PAGES.append(dict(
    id="xe-26", kind="self-media: 小红书 note (location tag)", skin="custom",
    css="body{font-family:sans-serif;margin:0;background:#fafafa}.note{width:900px;margin:20px auto;background:#fff;display:flex}.pics{width:480px}.txt{padding:20px;width:400px}#title{font-size:18px;font-weight:bold}.tag{color:#13386c}.date{color:#999;font-size:13px}",
    title="婺源篁岭晒秋｜人少景美的最佳时间和路线",
    tpl='''<div class="hd"><b>小红书</b> <input placeholder="搜索小红书"> <a href="#">发现</a> <a href="#">发布</a> <a href="#">通知</a> <a href="#">登录</a></div>
<div class="note"><div class="pics">{PIC}<p>1/9</p></div><div class="txt">
<div class="author"><a href="#">{AV}小鹿在婺源</a> <button>关注</button></div>
<div id="title">{TITLE}</div>
<div class="desc">{BODY}</div>
<p><a class="tag" href="#">#婺源</a> <a class="tag" href="#">#篁岭晒秋</a> <a class="tag" href="#">#江西旅游</a> <a class="tag" href="#">#秋天的第一次旅行</a></p>
<p class="loc">📍 篁岭景区 · 上饶市婺源县</p>
<p class="date">2025-10-12 江西</p>
<div class="comments"><p>共 89 条评论</p><p><b>一只柚子</b> 请问坐缆车要排队多久？ 10-13 浙江 <span>赞 12</span> <a href="#">回复</a></p><p><b>小鹿在婺源</b> 作者 早上8点前基本不用排 10-13 江西</p><p><b>Momo旅行中</b> 收藏了，下个月就去！ 10-14 上海</p></div>
<p>说点什么... <span>♥ 2.1万</span> <span>★ 1.6万</span> <span>💬 89</span></p>
</div></div>'''.replace("{PIC}", img("篁岭晒秋图片", 460, 600)).replace("{AV}", img("头像", 24, 24)),
    blocks=[
        "刚从篁岭回来，趁热写一份攻略给想去看晒秋的姐妹们～",
        "🍁最佳时间：10月下旬到11月中旬，这时候晒架上红辣椒、黄皇菊、金玉米都有，颜色最丰富。尽量避开周末和国庆，工作日早上人真的少很多。",
        "🚡路线：建议坐缆车上山，走天街一路往下逛，晒秋的民居集中在天街两侧，最佳机位在“晒秋人家”观景台。下山可以走栈道，能看到整片梯田。",
        "🏨住宿：山上民宿贵但能看日出和夜景，预算有限可以住山下的篁岭新村，开车十分钟。",
        "📷拍照：穿红色或白色衣服出片率高，上午9点前光线最柔和。",
        "门票加缆车一共180元左右，学生证有优惠。整体体验非常好，就是吃饭偏贵，可以自带点零食～",
        "⚠️注意：山上早晚温差大，记得带件外套；天街台阶多，穿双舒服的鞋，别穿高跟鞋！",
    ],
    authors=["小鹿在婺源"], publish_time="2025-10-12",
))

CSS_TT = ("body{font-family:'PingFang SC',sans-serif;margin:0}.hd{border-bottom:1px solid #eee;padding:8px 40px}.main{width:660px;margin:0 auto}"
          "h1{font-size:28px}.meta{color:#999;font-size:14px}.content p{font-size:18px;line-height:1.8}.side{position:fixed;right:40px;top:80px;width:260px}")

# xe-27 头条号 naming a person (文/ at start)
PAGES.append(dict(
    id="xe-27", kind="self-media: 头条号 (person named)", skin="custom", css=CSS_TT,
    title="达州宣汉一个山村的“土蜂蜜经济”：一年卖出8万斤，带富了半个村",
    tpl='''<div class="hd"><b>今日头条</b>　<a href="#">首页</a> <a href="#">下载头条</a> <input placeholder="搜索站内资讯、视频或用户"> <a href="#">登录</a></div>
<div class="main"><h1>{TITLE}</h1>
<div class="meta"><span>2024-09-18 11:27</span>·<span>巴山夜话</span>　<span>四川</span></div>
<div class="content">{BODY}</div>
<p>举报/反馈</p><p>点赞 128　评论 34　收藏 52　分享</p>
<div><b>评论 34</b><p>巴中老乡：宣汉的土蜂蜜真的好吃，去年买过 1天前</p></div>
<div><b>相关推荐</b>''' + ul([("大巴山深处的“天然药库”",), ("宣汉牛肉：一头牛撑起一个产业",)]) + '''</div></div>
<div class="side"><div>{AV}<b>巴山夜话</b><p>关注川东乡土 记录大巴山的人和事</p><p>126篇文章　2.3万粉丝</p><button>+ 关注</button></div></div>'''.replace("{AV}", img("巴山夜话头像", 48, 48)),
    blocks=[
        ("x", "文/刘明远"),
        "在四川达州宣汉县漆碑乡的大山里，几乎家家户户的屋檐下都挂着几只木制蜂桶。这种古老的养蜂方式，如今成了村民增收的“甜蜜事业”。",
        "48岁的向德福是村里最早规模化养蜂的人。2018年，他从外地打工回来，把自家的12桶蜂扩大到200多桶。“中华蜂采的是山里的百花，一年只取一次蜜，产量低但品质好。”他说，去年他家卖蜂蜜收入了30多万元。",
        "在向德福的带动下，村里成立了养蜂专业合作社，统一技术培训、统一品牌包装、统一对外销售。目前合作社有社员136户，养蜂4600余桶，去年卖出土蜂蜜8万多斤。",
        "土蜂蜜卖得好，电商功不可没。合作社请来返乡大学生做直播，在短视频平台上展示山里割蜜的过程，吸引了不少外地客户。“直播间最多的时候有一万多人在看，一晚上卖了2000多斤。”负责直播的向小雨说。",
        ("img", "村民正在割取土蜂蜜", "村民正在割取土蜂蜜"),
        "不过，养蜂也靠天吃饭。今年夏天持续高温，部分蜂群出现逃蜂现象。合作社正在联系农技专家，计划建设标准化蜂场，提高抗风险能力。",
        "大山里的甜蜜，正在变成实实在在的收入。你家乡有什么特色农产品？欢迎在评论区聊聊。",
    ],
    authors=["刘明远"], publish_time="2024-09-18 11:27",
))

# xe-28 网易号 account only
PAGES.append(dict(
    id="xe-28", kind="self-media: 网易号 (account only)", skin="custom",
    css="body{font-family:sans-serif;margin:0}.post_main{width:680px;margin:0 auto}h1{font-size:30px}.post_info{color:#888}.post_body p{font-size:18px;line-height:1.8}",
    title="武汉这条百年老街“上新”了，热干面+非遗手作，周末逛起来",
    tpl='''<div class="ne_bar"><a href="#">网易首页</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">娱乐</a> <a href="#">财经</a> <a href="#">登录</a> <a href="#">网易号</a></div>
<div class="post_main"><h1 class="post_title">{TITLE}</h1>
<div class="post_info">2025-05-09 20:13:45　来源: <a href="#">楚天生活圈</a>　湖北</div>
<div class="post_body">{BODY}</div>
<p>本文来自网易号“楚天生活圈”，仅代表作者观点，不代表网易立场。</p>
<p>举报　<span>跟贴 57</span> <span>参与 1,904</span></p>
<div><h3>相关推荐</h3>''' + ul([("武汉东湖绿道五月花海攻略",), ("汉口里：老武汉的新玩法",), ("热门跟贴：武汉人早餐到底吃什么",)]) + '''</div>
<div><h3>网易热搜</h3>''' + ul([("1 五一假期武汉接待游客数据",), ("2 武汉地铁12号线全线贯通",)]) + '''</div></div>
<div class="foot">网易公司版权所有 ©1997-2025 | 浙B2-20160106</div>''',
    blocks=[
        "最近，武汉江汉区的一条百年老街——黎黄陂路完成了业态升级，不少市民和游客周末专程来“打卡”。",
        "黎黄陂路全长约600米，两侧保存着20余栋风格各异的历史建筑。此次升级，街区引入了汉绣、木雕、剪纸等非遗手作工作室，还开设了老字号热干面、豆皮的“街角小店”。",
        ("img", "黎黄陂路街景", None),
        "“以前这条街晚上比较冷清，现在有了夜市和街头演出，热闹多了。”在附近居住的市民刘女士说。",
        "据了解，街区周末还将举办露天音乐会和非遗市集，5月至10月每周六晚上7点开始。",
        "江汉区相关负责人表示，黎黄陂路升级是该区历史文化街区保护利用的一部分，接下来还将对周边的吉庆街、江汉路步行街进行提档升级，串联起一条“老汉口”文化旅游线路。",
        "温馨提示：街区不允许机动车驶入，附近停车位紧张，建议乘坐地铁1号线到大智路站，步行约10分钟即可到达。",
    ],
    authors=["楚天生活圈"], publish_time="2025-05-09 20:13:45",
))

# xe-29 百家号 naming a person at the end (撰文｜…)
PAGES.append(dict(
    id="xe-29", kind="self-media: 百家号 (person named at end)", skin="custom",
    css="body{font-family:sans-serif;margin:0}.article{width:640px;margin:0 auto}.article-title{font-size:26px;font-weight:bold}.author-box{color:#999}.article-content p{font-size:17px;line-height:1.8}",
    title="鄱阳湖候鸟季开启！今年首批白鹤比往年早到10天",
    tpl='''<div class="top"><a href="#">百度首页</a> <a href="#">登录</a></div>
<div class="article"><div class="article-title">{TITLE}</div>
<div class="author-box">{AV}<a href="#">江西风物志</a> <span>2025-10-25 09:05</span> <span>江西南昌</span> <span>优质文化领域创作者</span> <button>关注</button></div>
<div class="article-content">{BODY}</div>
<p>举报/反馈</p>
<div><h3>相关搜索</h3><p><a href="#">鄱阳湖观鸟最佳地点</a> <a href="#">白鹤保护区门票</a></p></div>
<div><h3>换一换</h3>''' + ul([("南昌周边秋季自驾游路线",), ("景德镇陶溪川周末市集",)]) + '''</div></div>'''.replace("{AV}", img("江西风物志", 30, 30)),
    blocks=[
        "10月下旬，随着气温逐渐下降，鄱阳湖迎来了今年第一批越冬候鸟。10月21日，在南昌市新建区五星白鹤保护小区，监测人员观测到首批白鹤23只，比去年提前了10天左右。",
        ("img", "白鹤在五星白鹤保护小区觅食", "白鹤在五星白鹤保护小区觅食。陈浩 摄"),
        "白鹤是国家一级保护野生动物，全球种群数量约5600只，其中超过98%在鄱阳湖流域越冬。近年来，当地通过种植莲藕等方式为白鹤提供食物，五星白鹤保护小区由此成为观赏白鹤的热门地点。",
        "保护区工作人员介绍，今年鄱阳湖秋季水位偏低，浅水区和泥滩面积较大，为候鸟觅食提供了良好条件。预计未来一个多月，将有大批白鹤、东方白鹳、小天鹅等候鸟陆续抵达。",
        "观鸟提醒：请与鸟类保持足够距离，不要使用闪光灯，不要投喂，更不能驱赶惊扰候鸟。",
        "另外，南昌、九江、上饶等地今年推出了多条观鸟旅游线路，游客可通过当地文旅部门公众号查询观鸟点和交通信息。",
        ("x", "撰文｜邱晓梅　摄影｜陈浩"),
    ],
    authors=["邱晓梅"], publish_time="2025-10-25 09:05",
))

# xe-30 澎湃号·政务 (account only)
PAGES.append(dict(
    id="xe-30", kind="self-media: 澎湃号·政务 (account only)", skin="custom",
    css="body{font-family:sans-serif;margin:0}.news_txt p{font-size:17px;line-height:1.9}.main{width:700px;margin:0 auto}h1{font-size:28px}",
    title="黄冈这个镇的“共享农机”，让小农户也用上了大机器",
    tpl='''<div class="head"><b>澎湃新闻</b> <a href="#">要闻</a> <a href="#">深度</a> <a href="#">视频</a> <a href="#">澎湃号</a> <a href="#">下载客户端</a> <input placeholder="搜索"> <a href="#">登录</a></div>
<div class="main"><p><a href="#">澎湃号·政务</a> &gt; <a href="#">黄冈发布</a></p>
<h1>{TITLE}</h1>
<div class="meta">{AV}<b>黄冈发布</b> <button>关注</button><br>2025-06-11 18:02　来源：澎湃新闻·澎湃号·政务</div>
<div class="news_txt">{BODY}</div>
<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div><h3>相关推荐</h3>''' + ul([("黄冈“三夏”生产进度过半",), ("浠水：稻虾共作亩产效益过万",)]) + '''</div>
<p>评论(3)　<span>点赞 17</span></p></div>
<div class="foot">沪ICP备14003370号 | 沪公网安备31010602000299号 | 互联网新闻信息服务许可证：31120170006</div>'''.replace("{AV}", img("黄冈发布", 36, 36)),
    blocks=[
        "“以前收油菜要请人割，一亩地要花两三百块钱，现在在手机上预约一下，收割机第二天就来了。”6月上旬，在黄冈市麻城市宋埠镇，种了8亩油菜的村民彭家胜说。",
        "今年，宋埠镇依托镇农机合作社建成“共享农机”服务平台，整合全镇收割机、插秧机、植保无人机等各类农机具286台套，农户通过微信小程序即可下单预约，合作社统一调度、统一收费。",
        "“小农户买不起、用不上大农机，合作社的农机又经常闲着，平台正好把两头连起来。”合作社负责人胡永强介绍，平台运行半年来，已为2300多户农户提供服务，作业面积4.6万亩。",
        "麻城市农业农村局相关负责人表示，将在总结宋埠镇经验的基础上，年内在全市推广“共享农机”模式。",
        "据了解，平台实行统一收费标准，收割每亩收费80元，机插秧每亩收费90元，比农户自行请人作业节省约三成费用。",
    ],
    authors=["黄冈发布"], publish_time="2025-06-11 18:02",
))

# ---------------- e-paper ----------------
CSS_EP = ("body{font-family:SimSun,serif;margin:0;background:#f4efe6}.ephd{background:#8b0000;color:#fff;padding:10px 30px;font-size:24px}"
          ".tools{background:#ddd;padding:4px 30px;font-size:13px}.l{float:left;width:380px;padding:10px}.r{float:left;width:640px;padding:10px;background:#fff}"
          ".yt{font-size:16px;text-align:center}.mt{font-size:28px;font-weight:bold;text-align:center}.ft{font-size:17px;text-align:center}.art p{font-size:16px;line-height:1.9}")


def epaper(paper, date_line, banci, left_titles, inner, extra_left=""):
    return f'''<div class="ephd">{E(paper)}<span style="font-size:13px;margin-left:20px">{E(date_line)}</span></div>
<div class="tools"><a href="#">往期回顾</a> | <a href="#">上一期</a> <a href="#">下一期</a> | <a href="#">PDF下载</a> | 检索：<input placeholder="请输入检索内容"></div>
<div class="l"><p><b>{E(banci)}</b></p><p><a href="#">上一版</a>　<a href="#">下一版</a></p>{img(banci + "版面图", 360, 480)}
<p><b>本版新闻</b></p>{ul([(t,) for t in left_titles])}{extra_left}</div>
<div class="r">{inner}</div>
<div style="clear:both;text-align:center;font-size:12px;padding:10px">{E(paper)}社版权所有　未经书面授权不得转载</div>'''


# xe-31 三峡日报 e-paper: headline split over three short lines
PAGES.append(dict(
    id="xe-31", kind="e-paper: 三峡日报 (title on three lines)", skin="custom", css=CSS_EP, indent=True,
    title="秭归脐橙“码”上出山",
    title_html="秭归脐橙<br>“码”上<br>出山",
    tpl=epaper("三峡日报", "2025年12月09日 星期二", "第A03版：县市新闻", ["秭归脐橙“码”上出山", "长阳：冬修水利正当时", "远安开展冬季农民培训"],
               '''<div class="art"><div class="mt" style="width:200px;margin:0 auto">{TITLE}</div>
<p style="text-align:center">三峡日报全媒体记者 覃  睿　通讯员 郑  婷 胡  勇</p>
{BODY}<p>本版责编：杜  鹃　美编：王  敏　校对：陈  静</p></div>'''),
    blocks=[
        "“扫一扫箱子上的二维码，就能看到这箱橙子是哪个果园、哪天摘的，打了几次药、施了什么肥。”12月8日，在秭归县郭家坝镇的一家脐橙分拣中心，工作人员向记者演示“一果一码”溯源系统。",
        "今年，秭归县在全县推行脐橙质量追溯管理，为1.2万户果农建立电子档案，给每箱脐橙贴上“身份证”。消费者扫码即可查询产地、采摘时间和检测报告，果农的品牌意识和质量意识明显增强。",
        "“有了二维码，我们的橙子在网上更好卖了，一斤比去年多卖了五毛钱。”果农王春花说。",
        "据介绍，秭归脐橙种植面积40万亩，年产量超过100万吨。今年以来，全县已有23万箱脐橙贴码销售，发往全国200多个城市。",
        "秭归县农业农村局相关负责人表示，明年将实现全县规模以上脐橙经营主体贴码销售全覆盖，推动秭归脐橙从“卖产品”向“卖品牌”转变。",
    ],
    authors=["覃睿", "郑婷", "胡勇"], publish_time="2025年12月09日",
))

# xe-32 重庆日报 e-paper with a 图片新闻 block of two photos
PAGES.append(dict(
    id="xe-32", kind="e-paper: 重庆日报 (图片新闻 block)", skin="custom", css=CSS_EP, indent=True,
    title="巫溪县红池坝高山草场开展生态修复",
    tpl=epaper("重庆日报", "2025年06月03日", "第007版：区县", ["巫溪县红池坝高山草场开展生态修复", "酉阳：高山茶迎来采摘季", "图片新闻"],
               '''<div class="art"><div class="mt">{TITLE}</div>
{BODY}
<div class="pic" style="border-top:2px solid #8b0000;margin-top:20px"><p><b>图片新闻</b></p>
<p>''' + img("酉阳县花田乡茶农在采摘夏茶", 300, 200) + '''</p><p>5月30日，酉阳县花田乡，茶农在采摘夏茶。特约摄影　冉  光</p>
<p>''' + img("石柱县中益乡村民在晾晒黄连", 300, 200) + '''</p><p>6月1日，石柱县中益乡，村民在晾晒新采收的黄连。通讯员　谭  敏　摄</p></div>
<p>本版责编：周  洁</p></div>'''),
    blocks=[
        "本报讯　（记者　黄  琪）近日，巫溪县红池坝国家森林公园启动高山草场生态修复工程，对因过度放牧和游客踩踏退化的2300亩草场实施补播改良、围栏封育。",
        "红池坝海拔1800至2600米，拥有10多万亩高山草场，是重庆面积最大的亚高山草甸。巫溪县林业局相关负责人介绍，此次修复将选用本地乡土草种，分区轮流封育，预计两年后草场植被覆盖度可恢复到90%以上。",
        "修复期间，部分区域将暂停对游客开放，游客可沿新建的木栈道游览，请勿翻越围栏进入封育区。",
        "据悉，巫溪县还将在红池坝周边建设草种繁育基地，培育适合高海拔地区生长的乡土草种，为后续生态修复提供种源保障。同时，景区将实行游客预约限流，旺季日最大承载量控制在1.5万人次以内。",
    ],
    authors=["黄琪"], publish_time="2025年06月03日",
))

# xe-33 江西日报 e-paper: 引题/主标题/副题 stack
PAGES.append(dict(
    id="xe-33", kind="e-paper: 江西日报 (引题/主标题/副题)", skin="custom", css=CSS_EP, indent=True,
    title="赣南脐橙全产业链产值突破200亿元",
    tpl=epaper("江西日报", "2024年12月18日 星期三", "第01版：要闻", ["赣南脐橙全产业链产值突破200亿元", "全省冬季农田水利建设全面推进", "省政府常务会议召开"],
               '''<div class="art"><div class="yt">从“卖原料”到“卖品牌”</div><div class="mt">{TITLE}</div>
<div class="ft">——赣州推动脐橙产业提质增效纪实</div>
<p style="text-align:center">本报记者　刘启红　唐  燕</p>{BODY}
<p>本版责编　熊  芳</p></div>'''),
    blocks=[
        "12月中旬，赣南脐橙进入采收旺季。在信丰县一家脐橙深加工企业，鲜果经过清洗、榨汁、灌装，变成一瓶瓶NFC橙汁，销往全国各大商超。",
        "近年来，赣州市围绕“种好、管好、卖好”，推动脐橙产业向精深加工、品牌营销和文旅融合延伸。目前，全市脐橙种植面积达到189万亩，年产量约160万吨，全产业链产值突破200亿元。",
        "为守护“赣南脐橙”这块金字招牌，赣州建立了覆盖种植、采摘、分选、销售的全流程质量标准体系，严厉打击早采早摘、以次充好等行为。",
        "“品牌响了，价格也上来了，今年的一级果一斤能卖到6元。”安远县果农钟祥林说。",
        "赣州市农业农村局负责人表示，下一步将加快建设脐橙产业数字化平台，推广绿色防控技术，力争到2027年全产业链产值突破250亿元。",
    ],
    authors=["刘启红", "唐燕"], publish_time="2024年12月18日",
))

# xe-34 凉山日报 e-paper: reporter with a middle-dot name
PAGES.append(dict(
    id="xe-34", kind="e-paper: 凉山日报 (middle-dot name)", skin="custom", css=CSS_EP, indent=True,
    title="昭觉县三河村：“幸福花椒”红满山",
    tpl=epaper("凉山日报", "2025年08月12日", "第02版：综合新闻", ["昭觉县三河村：“幸福花椒”红满山", "西昌邛海湿地迎来观鸟季"],
               '''<div class="art"><div class="mt">{TITLE}</div>
<p style="text-align:center">本报记者　吉克·阿依　文/图</p>{BODY}
<p>本版编辑：沙马拉且</p></div>'''),
    blocks=[
        "盛夏时节，昭觉县三河村的山坡上，一串串红花椒挂满枝头。村民们背着竹篓穿梭在椒林间，采摘、晾晒、分拣，处处是忙碌的身影。",
        "“今年花椒长得好，我家5亩地能卖3万多元。”村民阿说·木呷一边剪花椒一边说。过去，这里的村民主要种植土豆和荞麦，收入微薄。2019年起，村里引导群众种植青红花椒，并引进企业开展保底收购。",
        ("img", "三河村村民采摘花椒", "三河村村民采摘花椒"),
        "目前，三河村花椒种植面积已达3200亩，覆盖全村90%以上的农户。村里还建起了花椒烘干房和初加工车间，年加工花椒干果15万斤，村集体经济收入突破50万元。",
        "昭觉县农业农村局相关负责人表示，全县将继续扩大花椒、马铃薯等特色产业规模，帮助群众持续增收。",
        "据了解，昭觉县今年花椒种植总面积已超过10万亩，预计全县花椒产值可达3亿元。",
    ],
    authors=["吉克·阿依"], publish_time="2025年08月12日",
))

# xe-35 淮南日报 e-paper: 本报讯（记者 … 通讯员 …） in the body
PAGES.append(dict(
    id="xe-35", kind="e-paper: 淮南日报 (本报讯 byline in body)", skin="custom", css=CSS_EP, indent=True,
    title="寿县古城墙修缮工程通过验收",
    tpl=epaper("淮南日报", "2026年03月20日　星期五", "A2版：城事", ["寿县古城墙修缮工程通过验收", "凤台县春耕备耕有序推进", "八公山区开展植树活动"],
               '''<div class="art"><p class="yt">历时两年　修缮城墙1.2公里</p><div class="mt">{TITLE}</div>{BODY}<p>本版责编：孙  婧　　版式：刘  畅</p></div>'''),
    blocks=[
        "本报讯（记者 方  圆 通讯员 马德胜）3月18日，寿县古城墙西段修缮工程通过省级专家组验收。这标志着历时两年的古城墙保护修缮工程全面完工。",
        "寿县古城墙始建于宋代，是全国重点文物保护单位，也是我国现存较为完整的古代城垣之一。此次修缮共完成城墙本体修缮1.2公里，清理城墙病害植物2000余株，修复城垛560个。",
        "修缮过程中，施工方坚持“最小干预”原则，尽可能使用原有城砖，补配的新砖按照传统工艺烧制，确保修缮后的城墙“修旧如旧”。",
        "寿县文物部门表示，下一步将完善古城墙日常监测和保养制度，并适时开放西段城墙步道供游客游览。",
        "据介绍，古城墙修缮工程总投资约6800万元，由中央和省级文物保护专项资金支持。修缮完成后，寿县古城墙将形成完整环城游览线路。",
    ],
    authors=["方圆", "马德胜"], publish_time="2026年03月20日",
))

# ---------------- institutional ----------------
CSS_INST = ("body{font-family:'Microsoft YaHei',sans-serif;margin:0}.hd{background:#00529b;color:#fff;padding:18px 50px;font-size:26px}.nav{background:#003e75;padding:6px 50px}"
            ".nav a{color:#fff;margin-right:22px}.main{width:1000px;margin:0 auto}.tit{font-size:24px;font-weight:bold;text-align:center;margin:20px}"
            ".meta{text-align:center;color:#888;font-size:13px}.art p{font-size:16px;line-height:2}.foot{background:#eee;text-align:center;padding:12px;font-size:12px}")


def inst(site, navs, crumbs, meta, after, foot, meta_above=False, left=""):
    t = '<div class="tit">{TITLE}</div>'
    m = f'<div class="meta">{meta}</div>'
    return f'''<div class="topb"><a href="#">English</a> | <a href="#">信息公开</a> | <a href="#">联系我们</a> <input placeholder="请输入搜索关键词"></div>
<div class="hd">{E(site)}</div><div class="nav">{"".join(f'<a href="#">{E(n)}</a>' for n in navs)}</div>
<div class="main">{left}<p>当前位置：{" &gt; ".join(f'<a href="#">{E(c)}</a>' for c in crumbs)}</p>
{(m + t) if meta_above else (t + m)}<div class="art">{{BODY}}</div>{after}</div><div class="foot">{foot}</div>'''


# xe-36 三峡集团 子公司 (长江电力): 文/图： byline, 供稿单位 not author
PAGES.append(dict(
    id="xe-36", kind="institutional: 三峡集团 subsidiary", skin="custom", css=CSS_INST,
    title="白鹤滩电站完成首轮机组岁修",
    tpl=inst("中国长江电力股份有限公司", ["首页", "公司概况", "新闻中心", "投资者关系", "社会责任", "党建工作"], ["首页", "新闻中心", "基层动态"],
             "发布时间：2025-03-18　供稿单位：白鹤滩电厂　文/图：何  帆　李晓东　浏览量：865",
             "<p>上一条：<a href='#'>溪洛渡电厂开展春季防汛演练</a><br>下一条：<a href='#'>三峡梯调中心完成汛前联合调度演练</a></p>",
             "版权所有：中国长江电力股份有限公司　鄂ICP备05011612号　鄂公网安备42050302000201号"),
    blocks=[
        "3月15日，随着16号机组顺利并网发电，白鹤滩电站2024—2025年度首轮机组岁修工作圆满完成。本轮岁修历时112天，共完成8台百万千瓦水轮发电机组及附属设备的检修任务。",
        ("img", "检修人员在白鹤滩电站16号机组内开展检查", "检修人员在16号机组内开展检查"),
        "白鹤滩电站是世界在建规模最大、技术难度最高的水电工程之一，单机容量100万千瓦。本轮岁修中，电厂检修团队首次自主完成百万千瓦机组转轮空蚀修复，攻克了大尺寸转轮叶片在线焊接变形控制等技术难题。",
        "为确保岁修安全质量，电厂推行“一机一策”检修方案，应用数字化检修管理平台实时跟踪作业进度，累计消除设备缺陷236项，完成技术改造项目18项。",
        "“机组检修质量直接关系到汛期安全稳定运行。”白鹤滩电厂相关负责人表示，电厂将以此次岁修为契机，持续提升大机组运维能力，为迎峰度夏提供可靠保障。",
    ],
    authors=["何帆", "李晓东"], publish_time="2025-03-18",
))

# xe-37 安徽师范大学 news: 文： 图： 审核：
PAGES.append(dict(
    id="xe-37", kind="institutional: 师范大学", skin="custom", css=CSS_INST.replace("#00529b", "#7a1e21").replace("#003e75", "#5a1416"),
    title="我校学子在第十四届全国大学生数学竞赛决赛中获佳绩",
    tpl=inst("安徽师范大学新闻网", ["首页", "师大要闻", "综合新闻", "院部动态", "媒体师大", "校园人物", "图说师大"], ["首页", "综合新闻"],
             "发布日期：2025-05-20　　点击数：<span>1174</span>",
             "<p class='x'>文：邓  倩　图：刘  洋　审核：王建华</p><p>【<a href='#'>关闭窗口</a>】</p>",
             "地址：安徽省芜湖市九华南路189号　邮编：241002　皖ICP备05005412号　安徽师范大学党委宣传部 版权所有"),
    blocks=[
        "近日，第十四届全国大学生数学竞赛决赛成绩揭晓，我校数学与统计学院学子表现优异，共获得一等奖1项、二等奖2项、三等奖3项，获奖数量和层次均创历史新高。",
        "全国大学生数学竞赛由中国数学会主办，是面向本科生的全国性高水平学科竞赛。本届决赛于4月在南京举行，来自全国260余所高校的近千名学生参赛。",
        "学院高度重视学科竞赛工作，组建了由12名骨干教师组成的指导团队，坚持“以赛促学、以赛促教”，从大一开始分层次开展竞赛培训，帮助学生夯实数学基础、提升创新思维能力。",
        "获得一等奖的2021级数学与应用数学专业学生陶欣然表示，参加竞赛让她对数学分析和高等代数有了更深的理解，也更加坚定了从事数学研究的志向。",
        "据悉，学院下一步将进一步完善竞赛激励机制，加强与兄弟院校的交流合作，持续提升学生创新实践能力和综合素质。",
    ],
    authors=["邓倩"], publish_time="2025-05-20",
))

# xe-38 湖北恩施农商银行: 通讯员 alone, 2025年6月3日 date
PAGES.append(dict(
    id="xe-38", kind="institutional: 农商银行", skin="custom", css=CSS_INST.replace("#00529b", "#0d7a3e").replace("#003e75", "#095c2e"),
    title="恩施农商银行“金融夜校”开进茶乡",
    tpl=inst("湖北恩施农村商业银行", ["首页", "个人业务", "公司业务", "电子银行", "信息披露", "新闻动态", "关于我们"], ["首页", "新闻动态", "基层动态"],
             "2025年6月3日　　通讯员　向  蓉", "<p>" + img("手机银行二维码", 80, 80) + "扫码下载手机银行</p><p>客服热线：96568</p>",
             "湖北恩施农村商业银行股份有限公司 版权所有　鄂ICP备12003658号　温馨提示：本行不会以任何方式索取您的密码", meta_above=False),
    blocks=[
        "茶叶采摘忙完了，晚上正好来听课。5月29日晚，恩施农商银行芭蕉支行的“金融夜校”开进芭蕉侗族乡高拱桥村，40余名茶农围坐在村委会议室，听客户经理讲解惠农贷款政策和防范电信诈骗知识。",
        "芭蕉侗族乡是恩施玉露茶的主产区之一，茶叶收购、加工季节资金需求集中。客户经理现场介绍了“茶农贷”“茶商贷”等特色产品，符合条件的茶农凭身份证即可在手机银行申请最高30万元的信用贷款，随借随还。",
        "“以前贷款要跑好几趟，现在在手机上就能办，利息也不高。”茶农杨光荣说，他打算贷款10万元扩建自家的茶叶加工作坊。",
        "今年以来，恩施农商银行已开办“金融夜校”86期，覆盖全市14个茶叶主产乡镇，累计发放涉茶贷款4.2亿元。",
        "恩施农商银行相关负责人表示，将继续深入开展金融知识进村入户活动，把金融服务送到田间地头，助力茶产业高质量发展。",
    ],
    authors=["向蓉"], publish_time="2025年6月3日",
))

# xe-39 重庆市妇幼保健院: 作者 in info bar, 审核 not author
PAGES.append(dict(
    id="xe-39", kind="institutional: 妇幼保健院", skin="custom", css=CSS_INST.replace("#00529b", "#d14b8f").replace("#003e75", "#a8336f"),
    title="我院开展“世界母乳喂养周”主题宣传活动",
    tpl=inst("重庆市妇幼保健院", ["首页", "医院概况", "科室导航", "专家介绍", "就医指南", "健康科普", "新闻中心"], ["首页", "新闻中心", "医院新闻"],
             "作者：产科 杨柳　审核：宣传科　发布时间：2025-08-06 14:52:07　阅读：532",
             "<p>相关新闻：<a href='#'>我院新生儿科获评市级临床重点专科</a></p><p>预约挂号：023-63701234　网上预约：微信公众号</p>",
             "重庆市妇幼保健院　地址：重庆市渝北区龙山街道龙山大道120号　渝ICP备09009812号", meta_above=True),
    blocks=[
        "8月1日至7日是第34个“世界母乳喂养周”。8月5日，我院产科、儿童保健科联合在院区门诊大厅开展母乳喂养主题宣传活动，为孕产妇和家属提供现场咨询和指导。",
        "活动现场，医护人员通过展板、模型演示等方式，向准妈妈们讲解母乳喂养的好处、正确的哺乳姿势和含接方法，并针对乳房胀痛、奶水不足等常见问题进行一对一解答。",
        "“原来宝宝吃不好是含接姿势不对，护士一教就会了。”刚生完二胎的李女士说。",
        "据介绍，我院自2019年起开设母乳喂养咨询门诊，由取得国际认证泌乳顾问资质的护士坐诊，年服务产妇4000余人次。医院还在门诊和住院部设置了母婴室8间，为哺乳期妈妈提供便利。",
        "产科主任医师提醒，母乳是婴儿最理想的天然食物，世界卫生组织建议婴儿出生后6个月内纯母乳喂养，并在添加辅食的基础上持续母乳喂养至2岁或以上。",
    ],
    authors=["杨柳"], publish_time="2025-08-06 14:52:07",
))

# xe-40 四川省地震局: 来源 + 作者 with a middle-dot Yi name
PAGES.append(dict(
    id="xe-40", kind="institutional: 地震局", skin="custom", css=CSS_INST,
    title="省地震局开展2025年地震应急桌面推演",
    tpl=inst("四川省地震局", ["首页", "机构概况", "政务公开", "防震减灾", "震情速递", "科普园地"], ["首页", "工作动态"],
             "来源：应急救援处　　作者：赵  丹 贾巴·阿果　　时间：2025-11-14",
             "<p>【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</p>",
             "主办：四川省地震局　地址：成都市人民南路三段29号　蜀ICP备05003318号　川公网安备51010702000155号"),
    blocks=[
        "11月12日，四川省地震局组织开展2025年地震应急桌面推演，检验地震应急预案的科学性和可操作性，提升应急处置能力。",
        "本次推演模拟凉山州某县发生6.5级地震，围绕震情速报、应急响应启动、现场工作队派出、灾情收集研判、烈度评估等环节，采取“情景构建+随机导调”方式进行，不预先告知推演脚本。",
        "推演过程中，各处室和直属单位依据预案迅速响应，震后10分钟内完成自动速报和正式速报，40分钟内形成初步烈度图，现场工作队在2小时内完成集结出发准备。",
        "推演结束后，局领导进行了点评，指出了信息报送时效、跨部门协同等方面存在的不足，要求各单位针对问题修订完善应急工作方案，加强日常演练，确保一旦发生地震能够科学高效应对。",
    ],
    authors=["赵丹", "贾巴·阿果"], publish_time="2025-11-14",
))
