"""xl-13 … xl-24: central, provincial and city media, portals, TV/radio sites (2 English pages)."""
from kit import Page, P, H, Q, LI, BRS, TBL, G, X, FIG, doc, esc, links, ul, GIF
from furniture import (searchbox, nav, crumb, qr, related, prevnext, comments, hotlist, ad, rec_card)

NL = "\n"


# ------------------------------------------------------------------ xl-13
CSS_13 = """
body{margin:0;font-family:"Microsoft YaHei";color:#222;background:#fff}
.w{width:1200px;margin:0 auto}
.gtop{background:#222;color:#bbb;font-size:12px;line-height:30px}.gtop a{color:#bbb;margin-right:10px}.gtop .r{float:right}
.mast{height:96px;border-bottom:4px solid #d7000f}.mast .logo{font-size:34px;color:#d7000f;font-weight:bold;line-height:96px}
.mast .search{float:right;margin-top:-64px}
.chan{background:#f7f7f7;border-bottom:1px solid #e2e2e2}.chan a{display:inline-block;padding:0 16px;line-height:42px;color:#333}
.ad-top{background:#fbf3e6;text-align:center;line-height:70px;color:#b57b1e;margin:10px 0}
.cols{display:flex;gap:40px}.colL{flex:1}.colR{width:320px}
.loc{font-size:13px;color:#999;margin:14px 0}
h1{font-size:32px;line-height:1.4;margin:8px 0}
.sub-info{font-size:14px;color:#888;border-bottom:1px solid #eee;padding-bottom:14px;display:flex;gap:16px}
.art p{font-size:18px;line-height:1.9;margin:0 0 20px}
.art h2{font-size:19px;border-left:4px solid #d7000f;padding-left:10px}
.rec-in{border:1px solid #f0d2d2;background:#fff7f7;padding:8px 16px;margin:10px 0 24px}.rec-in .rec-h{color:#d7000f;font-weight:bold;margin:0}
.rec-in p{font-size:15px!important;margin:4px 0!important}
.ad{border:1px dashed #ccc;padding:16px;margin:10px 0 24px;position:relative;font-size:15px}.ad-tag{font-size:11px;color:#999;border:1px solid #ccc;margin-right:8px;padding:0 3px}
.editor{color:#999;text-align:right}
.share-bar{border-top:1px solid #eee;padding:10px 0;color:#666}
.colR h3{border-bottom:2px solid #d7000f;font-size:17px}
.hot ol{padding-left:20px}.hot li{line-height:2}.hot em{font-style:normal;color:#d7000f;margin-right:6px}
.qr{text-align:center;font-size:13px}
.foot{background:#f2f2f2;border-top:1px solid #ddd;margin-top:40px;text-align:center;font-size:12px;color:#666;line-height:2.2;padding:20px 0}
"""


def tpl_13(p):
    body = p.body_html()
    return doc(p.title + "_荆楚日报网", CSS_13, f"""
<div class="gtop"><div class="w"><a href="#">荆楚日报网首页</a><a href="#">数字报</a><a href="#">荆楚日报客户端</a><a href="#">网站无障碍</a><span class="r"><a href="#">登录</a><a href="#">注册</a></span></div></div>
<div class="mast"><div class="w"><div class="logo">荆楚日报网</div>{searchbox('搜索新闻', '搜索')}</div></div>
<div class="chan"><div class="w">{links(['首页','时政','湖北','武汉','经济','评论','文化','视频','图片','数字报','客户端'], sep='')}</div></div>
<div class="w">
<div class="ad-top"><span class="ad-tag">广告</span>长江大健康博览会 5月18日—20日 武汉国际博览中心</div>
<div class="cols"><div class="colL">
<div class="loc">荆楚日报网 &gt; <a href="#">经济</a> &gt; 正文</div>
<h1>{p.title}</h1>
<div class="sub-info"><span>{p.time}</span><span>来源：荆楚日报</span><span>字号：<a href="#">T</a> <a href="#">T</a></span><span><a href="#">听新闻</a></span></div>
<div class="art">
{body}
</div>
<p class="editor">责任编辑：方圆</p>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a> <a href="#">复制链接</a>　　<a href="#">纠错</a></div>
{related('相关新闻', [('武汉科创走廊再添新动能 10个重大项目集中开工', '04-02'), ('“江城科创走廊”建设三年行动方案发布', '03-11'), ('一季度武汉签约项目超百个 协议投资额增长三成', '04-15'), ('光谷：项目“拿地即开工”跑出加速度', '04-09')])}
</div>
<div class="colR">
{hotlist('24小时排行', [('湖北发布今年首个暴雨蓝色预警', ''), ('武汉地铁新线5月底开通初期运营', ''), ('“江城科创走廊”一季度签约项目超百个', ''), ('湖北高考报名人数公布', ''), ('武汉樱花季接待游客超千万人次', ''), ('长江大健康博览会下月开幕', '')])}
{qr('扫码下载荆楚日报客户端', '客户端二维码')}
<div class="ad"><span class="ad-tag">广告</span><a href="#">楚天银行信用卡 新户首刷礼</a></div>
</div></div></div>
<div class="foot"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">网站地图</a> | <a href="#">版权声明</a></p>
<p>荆楚日报传媒集团主办　互联网新闻信息服务许可证：42120170019　<a href="#">鄂ICP备13007826号</a>　鄂公网安备 42010602000455号</p>
<p>违法和不良信息举报电话：027-86778020　举报邮箱：jubao@example.cn</p>
<p>Copyright © 2024 荆楚日报网 All Rights Reserved.</p></div>
""")


P13 = Page(
    "xl-13", "media", "荆楚日报网（湖北省级党报网站）",
    "武汉“江城科创走廊”一季度签约项目超百个", ["陈曦", "李国强", "胡敏"], "2024-04-16 07:32",
    [
        P("本报讯（记者 陈&nbsp;&nbsp;曦 通讯员 李国强 胡敏）4月15日，记者从武汉市发改委获悉，一季度，“江城科创走廊”沿线新签约项目103个，协议投资额1286亿元，同比分别增长21%和34%，其中先进制造和数字经济项目占比超过六成。"),
        P("“江城科创走廊”西起汉阳，东至光谷，串联起7个国家级和省级开发区。今年以来，沿线各区围绕光电子信息、生物医药、智能网联汽车等重点产业链开展精准招商，专班化推进项目落地。"),
        X(rec_card("相关阅读", ["武汉科创走廊再添新动能 10个重大项目集中开工", "一季度湖北经济“开门红”成色足"])),
        P("在东湖高新区，一家激光装备企业的新厂房已进入设备调试阶段。企业负责人告诉记者，从签约到拿地只用了45天，“审批材料一次提交，多个部门并联审查，比预想的快了一个多月。”"),
        P("项目落地快，离不开服务跟得上。武汉市推行重大项目“拿地即开工”，将施工许可审批时间压缩至5个工作日以内；建立“项目管家”制度，为每个签约项目配备一名服务专员，协调解决水电气接入、人才招聘等问题。"),
        X(ad("【楚天银行】小微企业经营贷 线上申请 最快当天放款 点击了解&gt;&gt;")),
        H("创新平台集聚效应显现", "<h2>{}</h2>"),
        P("签约项目加快集聚的背后，是创新平台的持续发力。目前，走廊沿线已布局湖北实验室9家、国家级企业技术中心40余家，一季度技术合同成交额同比增长28.6%。"),
        X(rec_card("推荐", ["光谷：项目“拿地即开工”跑出加速度", "湖北实验室建设观察"])),
        P("武汉市发改委相关负责人表示，下一步将聚焦“签约—落地—投产”全链条，建立项目周调度、月通报机制，力争全年沿线新签约亿元以上项目400个以上。"),
    ],
    tpl_13,
    features="省级党报网站；“本报讯（记者 陈  曦 通讯员 …）”段内署名（空格两字名）；正文段落之间插入“相关阅读/推荐”框和“广告”框；顶部横幅广告；右栏24小时排行（含本篇标题）、客户端二维码；相关新闻重复标题词。",
)


# ------------------------------------------------------------------ xl-14
CSS_14 = """
body{margin:0;background:#f4f5f7;font-family:"PingFang SC","Microsoft YaHei";color:#1a1a1a}
.head{background:#fff;border-bottom:1px solid #e8e8e8}.head .in{width:1180px;margin:0 auto;display:flex;align-items:center;height:72px;gap:30px}
.head .logo{font-size:28px;color:#0a6ebd;font-weight:bold}.head nav a{margin-right:18px;color:#333}
.wrap{width:1180px;margin:20px auto;display:flex;gap:24px}
.main{flex:1;background:#fff;padding:32px 48px}
.side{width:300px}
.tag{display:inline-block;background:#0a6ebd;color:#fff;font-size:13px;padding:2px 10px;border-radius:2px}
.main h1{font-size:30px;line-height:1.45;margin:14px 0}
.info{color:#8c8c8c;font-size:14px}.info span{margin-right:14px}
.byline{color:#555;font-size:15px;margin:12px 0 20px}
.bianzhe{background:#f2f7fc;border-left:4px solid #0a6ebd;padding:12px 18px;font-family:楷体,KaiTi;font-size:17px;line-height:1.8}
.content p{font-size:17px;line-height:1.95;margin:0 0 18px;text-align:justify}
.content h3{font-size:18px;color:#0a6ebd;margin:28px 0 12px}
.pic{margin:0 0 18px;text-align:center}.pic-cap{font-size:14px!important;color:#888;text-align:center}
.end{color:#999;font-size:14px;border-top:1px solid #eee;padding-top:10px}
.share{margin:16px 0}.share a{display:inline-block;border:1px solid #ddd;border-radius:14px;padding:2px 12px;margin-right:8px}
.card{background:#fff;padding:16px 18px;margin-bottom:18px}.card h3{margin:0 0 10px;font-size:17px}
.card li{line-height:1.8;font-size:14px}
.foot{background:#1d2b3a;color:#9fb0c2;text-align:center;font-size:12px;line-height:2.2;padding:24px 0}
"""


def tpl_14(p):
    body = p.body_html()
    return doc(p.title + " - 楚风网", CSS_14, f"""
<div class="head"><div class="in"><div class="logo">楚风网</div><nav>{links(['首页','新闻','湖北','乡村振兴','财经','文旅','视频','评论','专题'], sep=NL)}</nav>{searchbox('搜索', '')}<a href="#">登录</a></div></div>
<div class="wrap"><div class="main">
<div class="crumb">楚风网 &gt; <a href="#">乡村振兴</a> &gt; <a href="#">乡村振兴观察</a></div>
<span class="tag">乡村振兴观察</span>
<h1>{p.title}</h1>
<div class="info"><span>{p.time}</span><span>来源：楚风网</span><span>阅读：1.6万</span></div>
<p class="byline">楚风网记者 何雨婷　通讯员 邓军 覃玉兰</p>
<div class="content">
{body}
</div>
<p class="end">【编辑：黎　明　校对：罗佳　审核：张卫东】</p>
<div class="share">分享：<a href="#">微信</a><a href="#">朋友圈</a><a href="#">微博</a><a href="#">复制链接</a></div>
{related('相关阅读', [('乡村振兴观察｜鹤峰茶叶“出山”记', '2023-05-10'), ('一片茶叶富了一方百姓 恩施茶产业综合产值突破600亿元', '2024-03-28'), ('大山深处的“茶”路：返乡青年直播卖茶年销百万', '2024-04-02'), ('茶叶“突围”背后的合作社力量', '2023-11-15')])}
</div>
<div class="side">
<div class="card"><h3>乡村振兴观察</h3><ul><li><a href="#">一座“空心村”的重生</a></li><li><a href="#">稻虾共作让“一水两用、一田双收”</a></li><li><a href="#">山区小学的“第一书记”</a></li></ul></div>
<div class="card">{hotlist('热点排行', [('湖北春茶开采 新茶价格走势平稳', '3.2万'), ('大山深处，一片茶叶的“突围”记', '1.6万'), ('武汉出台新一轮购房支持政策', '1.4万'), ('恩施大峡谷迎来旅游旺季', '9876')])}</div>
<div class="card">{qr('扫码关注楚风网微信公众号', '楚风网公众号')}</div>
</div></div>
<div class="foot">楚风网　版权所有　未经授权禁止转载<br>互联网新闻信息服务许可证编号：42120170027　鄂ICP备12003019号-3　鄂公网安备 42010602001198号<br>网络举报电话：027-87112310</div>
""")


P14 = Page(
    "xl-14", "media", "楚风网（湖北新闻门户）",
    "大山深处，一片茶叶的“突围”记", ["何雨婷", "邓军", "覃玉兰"], "2024-04-22 08:36:17",
    [
        G('<div class="bianzhe"><b>编者按：</b>春茶飘香时节，记者走进鄂西山区，记录茶农、返乡青年和基层干部在茶产业转型中的探索。一片叶子如何走出大山、走进城市？本期“乡村振兴观察”带您一探究竟。</div>',
          ["编者按：春茶飘香时节，记者走进鄂西山区，记录茶农、返乡青年和基层干部在茶产业转型中的探索。一片叶子如何走出大山、走进城市？本期“乡村振兴观察”带您一探究竟。"]),
        P("清晨六点，恩施州鹤峰县云台村的茶园里已是一片忙碌。采茶工们背着竹篓穿行在茶垄间，指尖翻飞，嫩绿的芽尖被轻轻掐下。“今年头茶比去年早了一周，价格也好。”茶农田大姐笑着说。"),
        FIG("云台村茶园", "云台村茶园里，采茶工正在采摘春茶。楚风网记者 何雨婷 摄"),
        H("从“卖鲜叶”到“卖品牌”", "<h3>{}</h3>"),
        P("几年前，云台村的茶叶大多以鲜叶形式卖给外地客商，价格随行就市，茶农说了不算。“一斤鲜叶卖十几块钱，碰上行情不好，还要压价。”村党支部书记向国平回忆。"),
        P("转机出现在2021年。村里成立茶叶专业合作社，引进清洁化加工生产线，注册了“云台雾芽”商标。合作社按统一标准收购鲜叶，再加工成干茶销售，每斤鲜叶收购价比过去提高了三到五元。"),
        H("返乡青年带来新玩法", "<h3>{}</h3>"),
        P("90后姑娘邓晓雯大学毕业后回到村里，负责合作社的网络销售。她在短视频平台开设账号，记录采茶、制茶的日常，吸引了4万多名粉丝。“很多城里人没见过茶叶是怎么做出来的，看了视频就想买来尝尝。”"),
        P("去年，合作社线上销售额达到380万元，占总销售额的四成。邓晓雯还和几位返乡青年一起，把闲置农房改造成茶旅民宿，推出采茶体验、制茶研学等项目。"),
        H("一片叶子富了一方百姓", "<h3>{}</h3>"),
        P("如今，云台村茶园面积发展到5600亩，带动全村460户茶农户均增收1.2万元。谈及未来，向国平说，村里正在谋划建设茶文化展示馆，“让更多人走进大山，认识云台的好茶。”"),
    ],
    tpl_14,
    features="湖北新闻门户；栏目标签“乡村振兴观察”单独一行（不入标题）；编者按在正文前（入正文）；独立署名行（记者＋两名通讯员）；图注含“记者 何雨婷 摄”；编辑/校对/审核行；相关阅读与热点排行重复“茶叶”“突围”。",
)


# ------------------------------------------------------------------ xl-15
CSS_15 = """
body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}
a{color:#ddd}
.top{background:#000;height:64px;display:flex;align-items:center;gap:30px;padding:0 40px}
.top .logo{font-size:26px;color:#18a0fb;font-weight:bold}.top nav a{margin-right:20px}
.stage{display:flex;gap:24px;width:1280px;margin:20px auto}
.player{flex:1}.screen{background:#000;height:520px;display:flex;align-items:center;justify-content:center;color:#777}
.ctrl{display:flex;gap:18px;background:#1c1c1c;padding:8px 14px;font-size:13px;color:#aaa}
.playlist{width:340px;background:#1a1a1a;padding:12px}.playlist h3{margin:0 0 8px;font-size:16px;color:#fff}
.playlist li{font-size:13px;line-height:1.7;margin-bottom:6px}.playlist li span{color:#888;margin-left:6px}
.info{width:1280px;margin:0 auto}
.info h1{font-size:26px;color:#fff;margin:10px 0}
.info .meta{font-size:13px;color:#888}.info .meta span{margin-right:16px}
.ops{margin:12px 0;display:flex;gap:14px}.ops span{border:1px solid #444;border-radius:16px;padding:3px 14px;font-size:13px}
.wengao{background:#1a1a1a;padding:20px 30px;margin-top:16px}
.wengao .lb{color:#18a0fb;font-weight:bold}
.wengao p{font-size:16px;line-height:1.9;margin:0 0 12px}
.credits{color:#999;font-size:14px}
.more h3{color:#fff}.more li{display:inline-block;width:280px;margin:0 16px 16px 0;vertical-align:top;font-size:14px}
.foot{border-top:1px solid #333;margin-top:30px;text-align:center;font-size:12px;color:#777;line-height:2;padding:20px 0}
"""


def tpl_15(p):
    body = p.body_html()
    pl = "".join(f'<li><img alt=""><a href="#">{t}</a><span>{d}</span></li>' for t, d in [
        ("湿地“鸟口普查”：汉江边来了哪些新朋友", "02:36"), ("护鸟志愿者：守护候鸟迁徙路", "03:58"),
        ("汉江生态保护十年间", "05:12"), ("东方白鹳现身汉江湿地", "01:20")])
    more = "".join(f'<li><img alt="{t}"><br><a href="#">{t}</a><br><span>{v}次播放</span></li>' for t, v in [
        ("汉江边的“护鸟人”获评“荆楚楷模”", "1.1万"), ("跟着“护鸟人”去巡江", "8632"), ("湿地自然学校开课啦", "5210"), ("候鸟归来 汉江湿地热闹起来", "2.4万")])
    return doc(p.title + "-楚天云TV", CSS_15, f"""
<div class="top"><span class="logo">楚天云TV</span><nav>{links(['首页','直播','新闻','综艺','纪录片','湖北卫视','湖北经视','广播'], sep=NL)}</nav>{searchbox('搜索视频', '搜索')}<a href="#">登录</a></div>
<div class="stage"><div class="player">
<div class="screen"><img alt="视频封面：汉江边的护鸟人"><span>点击播放</span></div>
<div class="ctrl"><span>▶</span><span>00:00 / 04:12</span><span>倍速</span><span>高清</span><span>弹幕</span><span>全屏</span></div>
</div>
<div class="playlist"><h3>相关视频</h3><ul>{pl}</ul></div></div>
<div class="info">
<h1>{p.title}</h1>
<div class="meta"><span>发布时间：{p.time}</span><span>来源：楚天云TV·湖北经视《经视新闻》</span><span>播放量：2.3万</span></div>
<div class="ops"><span>点赞 862</span><span>收藏</span><span>分享</span><span>下载客户端</span></div>
<div class="wengao">
<p class="lb">视频文稿</p>
{body}
<p class="credits">记者：马骏 周睿　摄像：黄磊　编辑：吴丹</p>
</div>
<div class="more"><h3>猜你喜欢</h3><ul>{more}</ul></div>
</div>
<div class="foot">湖北广播电视台主办　楚天云TV　信息网络传播视听节目许可证：1701001　鄂ICP备11011286号-5<br>
互联网新闻信息服务许可证：42120180005　鄂公网安备 42010602000619号　违法和不良信息举报电话：027-86535566</div>
""", head_extra="")


P15 = Page(
    "xl-15", "media", "楚天云TV（湖北广电视频网站）",
    "汉江边的“护鸟人”：十五年守护一片湿地", ["马骏", "周睿"], "2024-12-03 19:45",
    [
        P("【导语】在襄阳汉江边的一片湿地，有一位老人十五年如一日巡护鸟类栖息地。他是谁？他的守护又带来了怎样的变化？一起来看。"),
        P("清晨五点半，天刚蒙蒙亮，63岁的刘永福已经背上望远镜，沿着汉江大堤开始了一天的巡护。"),
        P("（同期声）护鸟志愿者 刘永福：你看那边，一群小白鹭，前几年这里根本看不到这么多。"),
        P("刘永福年轻时是一名渔民。2009年，他在江滩上发现几只被捕鸟网缠住的苍鹭，从那以后，他便自发当起了“护鸟人”。十五年来，他累计巡护里程超过4万公里，拆除捕鸟网3000多张，救助受伤鸟类200余只。"),
        P("（同期声）刘永福：刚开始家里人都不理解，说你一个打鱼的，管这些鸟干什么。我说鸟多了，说明这江水、这环境变好了嘛。"),
        P("在他的带动下，周边村民、学生和退休职工纷纷加入，当地成立了一支40多人的护鸟志愿队。志愿者们分段巡护，定期开展鸟类监测，并向过往游客宣传爱鸟护鸟知识。"),
        P("（同期声）当地林业部门工作人员 王建华：目前这片湿地监测到的鸟类已经从十年前的60多种增加到130多种，其中包括东方白鹳、青头潜鸭等国家一级保护野生动物。"),
        P("如今，刘永福又多了一个新身份——湿地自然学校的讲解员。每到周末，他都会带着孩子们观鸟、认鸟，讲述汉江的变化。"),
        P("（同期声）刘永福：只要我还走得动，就会一直巡下去。"),
    ],
    tpl_15,
    features="电视台视频页（深色主题）；播放器控件文字（00:00 / 04:12、倍速、高清）；视频文稿含【导语】和（同期声）；文稿末尾“记者/摄像/编辑”一行（记者为作者）；相关视频时长列表；猜你喜欢播放量。",
)


# ------------------------------------------------------------------ xl-16
CSS_16 = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef2f6;color:#222}
.bar{background:#004a9f;color:#fff;height:60px;display:flex;align-items:center;padding:0 40px;gap:30px}
.bar .logo{font-size:26px;font-weight:bold}.bar a{color:#fff}
.sub{background:#fff;border-bottom:1px solid #dfe5ec;padding:0 40px}.sub a{display:inline-block;line-height:42px;margin-right:20px}
.live{width:1000px;margin:20px auto;background:#fff;padding:30px 40px}
.badge{background:#e60012;color:#fff;font-size:13px;padding:2px 8px;border-radius:3px}
.live h1{font-size:28px;margin:10px 0}
.live .meta{color:#888;font-size:14px}.live .meta span{margin-right:14px}
.lead{background:#f5f8fc;padding:14px 18px;margin:18px 0;color:#444;font-size:15px}
.order{text-align:right;font-size:13px;color:#666;border-bottom:1px solid #eee;padding-bottom:8px}
.feed p{border-left:2px solid #004a9f;padding:6px 0 14px 18px;margin:0;font-size:16px;line-height:1.8}
.feed p b{color:#004a9f;margin-right:6px}
.feed .pic{padding-left:20px}.pic-cap{font-size:13px;color:#888}
.end{text-align:center;color:#aaa;margin:20px 0}
.zt{border:1px solid #cfe0f3;padding:10px 16px;margin:14px 0}
.foot{text-align:center;font-size:12px;color:#777;line-height:2;padding:20px}
"""


def tpl_16(p):
    lead = p.body_html(p.lead)
    body = p.body_html()
    return doc(p.title + "_皖风网", CSS_16, f"""
<div class="bar"><span class="logo">皖风网</span>{links(['首页','安徽','合肥','评论','视频','直播','专题'], sep=' ')}{searchbox('搜索', '搜')}</div>
<div class="sub">{links(['安徽新闻','16市','皖事通','防汛抗旱','民生','教育','健康'], sep=NL)}</div>
<div class="live">
<div class="crumb">您的位置：<a href="#">皖风网</a> &gt; <a href="#">安徽新闻</a> &gt; <a href="#">滚动</a></div>
<span class="badge">直播中</span> <span class="badge">滚动更新</span>
<h1>{p.title}</h1>
<div class="meta"><span>发布时间：{p.time}</span><span>最后更新：2024-07-02 18:20</span><span>来源：皖风网</span><span>记者：吴桐 汪洋</span></div>
{lead}
<div class="order"><a href="#">刷新</a>　|　<a href="#">正序</a>　<b>倒序</b>　|　本页已更新8条</div>
<div class="feed">
{body}
</div>
<div class="end">—— 以上为全部内容 ——</div>
<div class="zt">相关专题：<a href="#">2024防汛进行时</a>　<a href="#">直击安徽强降雨</a></div>
{related('相关新闻', [('安徽强降雨持续 省防指提升防汛应急响应至Ⅲ级', '07-02 18:31'), ('巢湖水位超警戒 沿湖多地加强巡堤查险', '07-02 17:20'), ('暴雨橙色预警！安徽沿江江南局地有大暴雨', '07-02 14:15'), ('强降雨来袭 安徽多地启动防汛应急响应', '07-01 21:40')])}
{hotlist('热门', [('安徽新一轮强降雨持续 多地启动防汛应急响应', ''), ('合肥今年首个“高温+暴雨”组合来了', ''), ('安徽高考录取分数线公布', '')])}
</div>
<div class="foot">皖风网 版权所有　互联网新闻信息服务许可证编号：34120170003　皖ICP备10200391号　皖公网安备 34010402700326号<br>违法和不良信息举报电话：0551-62623580</div>
""")


def _live(t, text):
    return P(f"<b>【{t}】</b>{text}")


P16 = Page(
    "xl-16", "media", "皖风网（安徽新闻门户，滚动直播页）",
    "安徽新一轮强降雨持续 多地启动防汛应急响应", ["吴桐", "汪洋"], "2024-07-02 07:10",
    [
        _live("18:20", "省防汛抗旱指挥部决定，自18时起将防汛Ⅳ级应急响应提升至Ⅲ级。目前，全省已转移安置受威胁群众1.2万人，各地防汛人员全部上岗到位。"),
        _live("17:05", "记者从省水利厅获悉，受持续降雨影响，巢湖忠庙站水位17时涨至11.36米，超警戒水位0.36米，预计未来三天仍将缓慢上涨。"),
        FIG("巡堤", "沿湖群众在堤坝上巡查。皖风网记者 汪洋 摄"),
        _live("15:40", "黄山市区部分路段出现积水，当地交警已对滨江路等3处低洼路段实施临时交通管制，请过往车辆绕行。"),
        _live("14:12", "省气象台发布暴雨橙色预警：预计未来12小时，沿江江南大部分地区累计雨量50～100毫米，局部超过150毫米，并伴有雷电、短时强降水等强对流天气。"),
        _live("12:30", "受降雨影响，铁路部门今天停运途经安徽的部分动车组列车共14趟，已购票旅客可免费办理退票。"),
        _live("10:48", "六安市山区各县启动防汛Ⅳ级应急响应，小型水库安排专人24小时值守，对地质灾害隐患点逐一巡查。"),
        _live("09:15", "截至9时，今天全省平均降雨量达38毫米，最大降雨出现在宣城市，为176毫米。"),
        _live("07:10", "昨夜至今晨，安徽沿江江南地区出现大到暴雨。皖风网将持续关注雨情汛情，滚动发布最新消息。"),
    ],
    tpl_16,
    lead=[P("【摘要】7月2日，安徽沿江江南地区出现新一轮强降雨，多地启动防汛应急响应。皖风网持续关注，滚动播报最新雨情、水情和各地应对情况。", '<div class="lead">{}</div>')],
    features="新闻门户滚动直播页（倒序、时间戳更新，每条更新一段，时间入段）；发布时间与最后更新时间并列；【摘要】入正文（同语料“划重点”惯例）；刷新/正序/倒序按钮；相关新闻与热门大量重复标题词（强降雨、防汛应急响应）。",
)


# ------------------------------------------------------------------ xl-17
CSS_17 = """
body{margin:0;background:#f5f5f5;font-family:"Microsoft YaHei";color:#262626}
.hd{background:#fff;height:70px;border-bottom:2px solid #1e50a2}.hd .in{width:1100px;margin:0 auto;display:flex;gap:26px;align-items:center;height:70px}
.hd .logo{font-size:24px;color:#1e50a2;font-weight:bold}
.page{width:1100px;margin:18px auto;display:flex;gap:20px}
.l{flex:1;background:#fff;padding:28px 40px}.r{width:300px}
.l h1{font-size:27px;line-height:1.5}
.l .src{color:#999;font-size:14px;margin-bottom:20px}.l .src span{margin-right:12px}
.article-box{max-height:820px;overflow:hidden;position:relative}
.article-box p{font-size:17px;line-height:1.9;text-indent:2em;margin:0 0 14px}
.article-box h4{font-size:17px;margin:18px 0 10px}
.unfold{text-align:center;border-top:1px solid #eee;padding:12px 0;color:#1e50a2;cursor:pointer}
.rep{font-size:13px;color:#999;display:flex;justify-content:space-between}
.comments{margin-top:26px}.comments h3{font-size:18px;border-bottom:1px solid #eee;padding-bottom:8px}
.cm{border-bottom:1px solid #f0f0f0;padding:12px 0}.cm-u{color:#1e50a2;font-size:14px}.cm-t{font-size:15px;line-height:1.8;margin:4px 0}.cm-m{font-size:12px;color:#aaa}
.cm-box textarea{width:100%;height:70px}
.hot{background:#fff;padding:14px 18px;margin-bottom:16px}.hot h3{margin:0 0 8px}.hot li{font-size:14px;line-height:1.9}.hot em{color:#e60012;font-style:normal;margin-right:6px}.hot span{color:#aaa;margin-left:6px;font-size:12px}
.foot{text-align:center;color:#888;font-size:12px;line-height:2;padding:20px 0;background:#fff}
"""


def tpl_17(p):
    body = p.body_html()
    cms = comments("网友评论（56）", [
        ("老城南的风", "安徽合肥 08-23 09:14", "我们小区也是同样的情况，一楼二楼意见不统一，拖了两年多了。看到这个报道挺受启发的，关键还是得有人牵头把账算清楚，补偿方案摆到桌面上谈，光靠楼上楼下自己吵是吵不出结果的。", 128),
        ("蜀山小陈", "安徽合肥 08-23 08:02", "电梯井平移1.2米这个办法好。设计单位如果一开始就多考虑低层住户的感受，可能也不会拖这么久，希望其他小区的方案也能参考一下。", 76),
        ("梧桐树下", "江苏南京 08-23 10:37", "理解一楼住户，采光确实是实实在在的损失。高楼层愿意拿钱补偿，说明大家还是讲道理的，这样的邻里关系值得点赞，远亲不如近邻嘛。", 41),
        ("合肥老张", "安徽合肥 08-23 11:50", "请问加装电梯的补贴现在是多少？我家是6楼，老人腿脚不好，也想跟邻居商量一下。", 9),
    ])
    return doc(p.title + "-庐州网", CSS_17, f"""
<div class="hd"><div class="in"><span class="logo">庐州网 · 庐州晚报</span>{links(['首页','合肥','民生','房产','教育','帮忙','视频','数字报'], sep=' ')}{searchbox('搜一搜', '搜索')}</div></div>
<div class="page"><div class="l">
<div class="crumb">首页 &gt; <a href="#">民生</a> &gt; 正文</div>
<h1>{p.title}</h1>
<div class="src"><span>{p.time}</span><span>来源：庐州晚报</span><span>文/庐州晚报记者 孙悦</span></div>
<div class="article-box">
{body}
</div>
<div class="unfold">展开全文 ∨</div>
<div class="rep"><span>责任编辑：许静</span><span><a href="#">举报</a></span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
{cms}
<div class="cm-box"><textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button></div>
</div>
<div class="r">
{hotlist('24小时热榜', [('合肥加装电梯补贴标准公布 最高补助15万元', '9.8万'), ('一小区加装电梯“卡壳”三年 这次终于动工了', '6.1万'), ('合肥地铁8号线最新进展', '4.3万'), ('合肥这些路段夜间施工 请注意绕行', '2.2万'), ('老旧小区加装电梯，一楼住户该不该补偿？', '1.9万')])}
{hotlist('帮忙热线', [('加装电梯“卡壳”怎么办？晚报帮你协调', ''), ('小区停车难 业主盼增设车位', ''), ('楼道堆物谁来管', '')])}
{qr('扫码关注庐州晚报', '庐州晚报二维码')}
</div></div>
<div class="foot">庐州晚报社主办　版权所有 未经书面授权不得转载<br>互联网新闻信息服务许可证：34120180011　皖ICP备09018872号-1　皖公网安备 34010302000902号　新闻热线：0551-64288110</div>
""")


P17 = Page(
    "xl-17", "media", "庐州网·庐州晚报（安徽城市新闻网站）",
    "一小区加装电梯“卡壳”三年 这次终于动工了", ["孙悦"], "2024-08-23 06:58",
    [
        P("8月22日上午，合肥市一老旧小区3栋2单元门前，施工人员正在开挖电梯基坑。看着机器轰鸣，住在6楼的75岁居民王大爷长舒了一口气：“盼了三年，总算动工了。”"),
        P("这栋楼建于1998年，共7层，住着14户人家，其中一半以上是老年人。早在2021年，就有居民提出加装电梯，但因为低楼层住户担心采光、噪音等问题，意见一直没能统一。"),
        FIG("施工现场", "8月22日，施工人员在小区内开挖电梯基坑。庐州晚报记者 孙悦 摄"),
        H("一楼住户的顾虑", "<h4>{}</h4>"),
        P("“不是我们不讲理，电梯井一建，我家厨房窗户就正对着墙了。”一楼住户李女士说，她并不反对加装电梯，但希望自家的损失能得到合理补偿。"),
        P("方案几经修改，矛盾却越积越深。有一段时间，楼上楼下的邻居在楼道里碰面连招呼都不打。"),
        H("社区请来“第三方”", "<h4>{}</h4>"),
        P("今年5月，社区引入了一家专业调解机构，组织全体住户召开了4次协商会。设计单位根据一楼住户的意见调整了电梯井位置，将井道向外平移1.2米，最大程度减少对采光的影响；高楼层住户则自愿拿出2.8万元作为补偿。"),
        P("“大家坐下来算清楚账，心里的疙瘩也就解开了。”社区书记说，最终14户全部签字同意。"),
        P("据了解，该电梯预计今年11月底投入使用。今年以来，合肥市已新增加装电梯600余台，不少小区通过协商调解化解了分歧。"),
    ],
    tpl_17,
    features="城市晚报网站；正文容器限高+“展开全文 ∨”按钮（全文仍在页面中）；信息栏含“文/庐州晚报记者 孙悦”；评论区4条像正文的网友评论、评论输入框占位符；右栏24小时热榜含本篇标题及相近标题；图注带记者摄。",
)


# ------------------------------------------------------------------ xl-18
CSS_18 = """
body{margin:0;background:#1b1b1b;color:#e6e6e6;font-family:"Microsoft YaHei"}
a{color:#e6e6e6}
.tb{background:#000;height:56px;display:flex;align-items:center;gap:24px;padding:0 30px}.tb .logo{font-size:24px;color:#f5a623;font-weight:bold}
.g{width:1100px;margin:20px auto}
.g h1{font-size:28px;color:#fff}
.g .meta{font-size:13px;color:#999}.g .meta span{margin-right:14px}
.intro{background:#262626;padding:14px 20px;margin:16px 0}.intro p{font-size:15px;line-height:1.9;margin:0 0 8px;text-indent:2em}
.slide{background:#000;margin-bottom:20px}.slide .img{height:560px;display:flex;align-items:center;justify-content:center;color:#555}
.slide .cap{display:flex;gap:16px;padding:10px 16px;font-size:15px;line-height:1.7}.slide .num{color:#f5a623;font-size:20px;white-space:nowrap}
.thumbs img{width:100px;height:66px;margin-right:6px}
.gbtn{display:flex;justify-content:space-between;margin:10px 0}
.more li{display:inline-block;width:250px;margin:0 10px 14px 0;font-size:14px}
.foot{border-top:1px solid #333;text-align:center;font-size:12px;color:#888;line-height:2;padding:18px}
"""


def tpl_18(p):
    intro = p.body_html()
    slides = []
    for i, cap in enumerate(p.caps, 1):
        slides.append(f'<div class="slide"><div class="img"><img alt="{esc(p.alts[i-1])}"></div><div class="cap"><span class="num">{i}/{len(p.caps)}</span><span>{cap}</span></div></div>')
    thumbs = "".join(f'<img src="{GIF}" alt="" width="1" height="1">' for _ in p.caps)
    return doc(p.title + "-赣鄱网图片频道", CSS_18, f"""
<div class="tb"><span class="logo">赣鄱网·图片</span>{links(['首页','江西','图片','视频','鄱阳湖','红色江西','文旅'], sep=' ')}<a href="#">返回赣鄱网首页</a></div>
<div class="g">
<div class="crumb">当前位置：<a href="#">赣鄱网</a> &gt; <a href="#">图片</a> &gt; <a href="#">江西</a></div>
<h1>{p.title}</h1>
<div class="meta"><span>{p.time}</span><span>来源：赣鄱网</span><span>文/记者 黄晓宇 通讯员 程鹏　图/记者 刘晨</span></div>
<div class="intro">{intro}</div>
<div class="gbtn"><a href="#">« 上一图集</a><span>共{len(p.caps)}张　<a href="#">查看原图</a>　<a href="#">自动播放</a></span><a href="#">下一图集 »</a></div>
{''.join(slides)}
<div class="thumbs">{thumbs}</div>
<p>编辑：陶然　审核：罗清</p>
<div class="more"><h3>更多图集</h3><ul>
<li><img alt="鄱阳湖"><br><a href="#">鄱阳湖进入枯水期 湖床草洲成候鸟乐园</a></li>
<li><img alt="白鹤"><br><a href="#">白鹤如约而至 鄱阳湖迎来越冬候鸟高峰</a></li>
<li><img alt="观鸟"><br><a href="#">南昌：市民湖畔观鸟享冬日</a></li>
<li><img alt="候鸟"><br><a href="#">组图｜鄱阳湖候鸟“加油站”</a></li></ul></div>
</div>
<div class="foot">赣鄱网 版权所有　互联网新闻信息服务许可证：36120170005　赣ICP备06001987号　赣公网安备 36010802000123号<br>江西省互联网违法和不良信息举报电话：0791-86849032</div>
""")


P18 = Page(
    "xl-18", "media", "赣鄱网（江西新闻网站，图集页）",
    "鄱阳湖候鸟越冬 白鹤如约而至", ["黄晓宇", "程鹏"], "2024-12-10 15:26",
    [
        P("随着气温下降，鄱阳湖迎来越冬候鸟集中抵达期。连日来，在南昌市新建区、余干县等地的湖区湿地，成群的白鹤、白枕鹤、小天鹅在浅水区觅食嬉戏，构成一幅生机盎然的冬日画卷。"),
        P("据林业部门监测，截至12月上旬，鄱阳湖区越冬候鸟数量已超过50万只，其中白鹤4000余只，约占全球种群数量的九成以上。"),
        P("近年来，当地通过退田还湖、设立鸟类保护小区、推行“护鸟员”制度等措施，持续改善候鸟栖息环境，吸引了越来越多的摄影爱好者和游客前来观鸟。"),
        P("今年，湖区还新建了4处观鸟平台和2座观鸟屋，并上线候鸟智能监测系统，通过高清摄像头实时回传画面，工作人员足不出户就能掌握候鸟分布和活动情况。"),
        P("观鸟季期间，湖区各保护站提醒游客文明观鸟，不投喂、不追逐、不使用无人机惊扰鸟群。"),
    ],
    tpl_18,
    caps=["12月8日，白鹤在鄱阳湖湿地浅水区觅食。",
          "一群小天鹅从湖面飞过。",
          "白枕鹤在草洲上休憩。",
          "护鸟员在湖区巡护，记录候鸟数量。",
          "观鸟爱好者在观鸟屋内拍摄候鸟。",
          "夕阳下，候鸟在湖面翩翩起舞。",
          "白鹤家庭在浅滩上“散步”。",
          "湖区保护站工作人员向游客讲解观鸟知识。"],
    alts=["白鹤觅食", "小天鹅", "白枕鹤", "护鸟员巡护", "观鸟爱好者", "夕阳候鸟", "白鹤家庭", "讲解观鸟知识"],
    features="图集页（深色）；导语五段为正文，8张图各带“1/8”计数器和图说（图说、alt不入正文）；上一图集/下一图集；“文/… 图/…”署名（摄影不是作者）；更多图集重复标题词。",
)


# ------------------------------------------------------------------ xl-19
CSS_19 = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC";color:#222;max-width:750px;margin:0 auto}
.app-top{position:sticky;top:0;background:#fff;display:flex;align-items:center;gap:10px;padding:10px 14px;border-bottom:1px solid #eee}
.app-top .t{flex:1;font-size:14px}.app-top .t small{display:block;color:#999;font-size:12px}
.app-top .open{background:#e62129;color:#fff;border-radius:16px;padding:4px 14px;font-size:14px}
.art{padding:16px 18px}
.art h1{font-size:23px;line-height:1.45}
.art .au{display:flex;gap:10px;color:#999;font-size:13px}
.art .txt p{font-size:17px;line-height:1.85;margin:0 0 16px;text-align:justify}
.cut{position:relative;margin-top:-60px;height:60px;background:linear-gradient(rgba(255,255,255,0),#fff)}
.readall{text-align:center;margin:10px 0 20px}.readall span{display:inline-block;border:1px solid #e62129;color:#e62129;border-radius:20px;padding:8px 40px}
.readall small{display:block;color:#999;margin-top:6px}
.rec h3{font-size:17px;padding:0 18px}.rec li{list-style:none;border-bottom:1px solid #f2f2f2;padding:10px 18px;font-size:16px}
.rec li em{font-style:normal;color:#e62129;font-size:12px;border:1px solid #e62129;padding:0 4px;margin-left:6px}
.foot{text-align:center;color:#999;font-size:12px;padding:20px;line-height:1.8}
"""


def tpl_19(p):
    body = p.body_html()
    recs = "".join(f'<li><a href="#">{t}</a><em>打开APP</em></li>' for t in [
        "南昌又一批社区食堂开业 看看你家附近有没有", "社区食堂如何“长久开下去”？记者探访多家食堂", "江西：今年将新建城乡社区老年食堂500个", "12元三菜一汤！这家社区食堂火了"])
    return doc(p.title, CSS_19, f"""
<div class="app-top"><img alt="赣视新闻"><div class="t">赣视新闻<small>江西广播电视台官方客户端</small></div><span class="open">打开APP</span></div>
<div class="art">
<h1>{p.title}</h1>
<div class="au"><span>赣视新闻</span><span>记者 熊丽萍</span><span>{p.time}</span></div>
<div class="txt">
{body}
</div>
<div class="cut"></div>
<div class="readall"><span>打开APP阅读全文</span><small>剩余62%内容，打开赣视新闻APP查看</small></div>
</div>
<div class="rec"><h3>热门推荐</h3><ul>{recs}</ul></div>
<div class="foot">打开赣视新闻，看更多江西新闻<br>©2024 江西广播电视台 赣视新闻　赣ICP备05001376号-6<br>信息网络传播视听节目许可证：1403004</div>
""", head_extra='<meta name="viewport" content="width=device-width,initial-scale=1">\n')


P19 = Page(
    "xl-19", "media", "赣视新闻（江西广电客户端分享页，移动版）",
    "南昌一社区食堂开进老小区 12元吃三菜一汤", ["熊丽萍"], "2024-10-15 12:06",
    [
        P("中午11点，南昌市一个老旧小区里的“邻里食堂”已经排起了长队。红烧肉、番茄炒蛋、清炒时蔬再加一碗紫菜蛋汤，一份12元的套餐，吸引了不少附近的老人和上班族。"),
        P("“以前自己做饭，一个人吃不了多少，买菜做饭还费劲。现在走几步就能吃上热乎饭，味道也不错。”76岁的陈奶奶是食堂的常客，她告诉记者，自己几乎每天中午都来。"),
        P("这家食堂由社区闲置用房改造而成，今年8月开业，由街道引入专业餐饮企业运营。60周岁以上老人凭身份证就餐可享受每餐2元补贴，80周岁以上老人还能享受送餐上门服务。"),
        P("社区工作人员介绍，食堂开业两个多月，日均就餐人数超过300人次，其中老年人占六成以上。为照顾老人口味，食堂每周更新菜单，少油少盐，还专门准备了软烂易嚼的菜品。"),
        P("记者在现场看到，取餐窗口旁贴着当天的菜单和价格，墙上还挂着意见簿，上面写满了居民的建议。"),
    ],
    tpl_19,
    features="广电客户端的移动分享页；顶部“打开APP”条；正文被截断，“打开APP阅读全文 / 剩余62%内容”（正文只算页面上有的部分）；热门推荐每条带“打开APP”标签；无导航、无发布机构页脚。",
)


# ------------------------------------------------------------------ xl-20
CSS_20 = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.nav-top{background:#c40000;height:40px;line-height:40px}.nav-top a{color:#fff;margin:0 12px;font-size:14px}
.logo-row{width:1200px;margin:0 auto;height:90px;display:flex;align-items:center;justify-content:space-between}
.logo-row .lg{font-size:36px;color:#c40000;font-weight:bold}
.ch{background:#f6f6f6;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5}.ch .in{width:1200px;margin:0 auto}.ch a{display:inline-block;line-height:40px;margin-right:22px}
.main{width:1200px;margin:0 auto;display:flex;gap:36px;padding-top:16px}
.art{flex:1}.aside{width:320px}
.art h1{font-size:30px;line-height:1.45;color:#111}
.art .m{display:flex;gap:16px;color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:12px}
.art .txt p{font-size:17px;line-height:2;margin:0 0 16px;text-indent:2em}
.art .txt h3{font-size:18px;margin:24px 0 12px}
.pages{text-align:center;margin:24px 0}.pages a,.pages b{display:inline-block;border:1px solid #ddd;padding:3px 11px;margin:0 2px}.pages b{background:#c40000;color:#fff}
.bz{color:#999;font-size:13px;text-align:right}
.aside h3{font-size:17px;border-bottom:2px solid #c40000}
.aside li{font-size:14px;line-height:2}
.foot{margin-top:40px;background:#333;color:#aaa;font-size:12px;line-height:2.1;text-align:center;padding:20px}
"""


def tpl_20(p):
    body = p.body_html()
    return doc(p.title + "_巴渝网", CSS_20, f"""
<div class="nav-top">{links(['巴渝网首页','重庆客户端','直播','视频','问政','长者模式'], sep='')}</div>
<div class="logo-row"><span class="lg">巴渝网</span>{searchbox('请输入关键字', '搜索')}</div>
<div class="ch"><div class="in">{links(['时政','区县','城事','渝中','文旅','财经','教育','健康','评论','专题'], sep='')}</div></div>
<div class="main"><div class="art">
<div class="crumb">巴渝网 &gt; <a href="#">城事</a> &gt; 正文</div>
<h1>{p.title}</h1>
<div class="m"><span>{p.time}</span><span>来源：巴渝网</span><span>作者：记者 刘露 见习记者 陈一帆</span></div>
<div class="txt">
{body}
</div>
<div class="pages"><a href="#">上一页</a><a href="#">1</a><b>2</b><a href="#">3</a><a href="#">下一页</a></div>
<p class="bz">[责任编辑：邓雅丹]</p>
{related('延伸阅读', [('老鼓楼街今日开街 老街坊回来了', '2023-05-20'), ('老鼓楼街“焕新”：47栋老建筑修缮完成', '2023-03-02'), ('从“拆”到“留”，重庆城市更新的老街样本', '2024-05-10')])}
</div>
<div class="aside">
{hotlist('点击排行', [('重庆今年首批城市更新项目名单公布', ''), ('老鼓楼街“焕新”记：从拆与留之争到烟火气回归', ''), ('山城步道新添5条“网红”线路', ''), ('重庆轨道交通新线开通倒计时', '')])}
<div class="ad"><span class="ad-tag">广告</span><a href="#">山城文旅年卡 限时8折</a></div>
{qr('巴渝网微信', '巴渝网微信二维码')}
</div></div>
<div class="foot">巴渝网 版权所有　互联网新闻信息服务许可证：50120170002　渝ICP备05004913号　渝公网安备 50010302000311号<br>违法和不良信息举报：023-63907733　未经授权禁止转载、摘编、复制或建立镜像</div>
""")


P20 = Page(
    "xl-20", "media", "巴渝网（重庆新闻门户，分页第2页）",
    "老鼓楼街“焕新”记：从拆与留之争到烟火气回归", ["刘露", "陈一帆"], "2024-05-28 09:12:03",
    [
        H("留下老街的“魂”", "<h3>{}</h3>"),
        P("2021年，老鼓楼街片区更新方案正式敲定：不大拆大建，保留街巷肌理和47栋有价值的老建筑，对危旧房屋进行修缮加固。"),
        P("设计团队花了半年时间，挨家挨户测绘、访谈。主设计师周岚说，很多老房子的木楼梯、雕花窗格都是几十年前的手艺，“拆掉容易，再想找回来就难了”。"),
        P("居民的意见也被写进了方案。老住户们希望保留街口那棵百年黄葛树和石板路，设计团队就调整了管网走向，绕开树根，石板编号拆下后再原样铺回。"),
        FIG("老街", "修缮后的老鼓楼街。巴渝网记者 刘露 摄"),
        H("老手艺找到新顾客", "<h3>{}</h3>"),
        P("修缮后的老街上，开了30多年的“张记抄手”重新开张。老板张德明说，以前店里都是熟客，现在周末一天能卖出七八百碗，“年轻人举着手机排队，还有外地游客专门来打卡”。"),
        P("老街还引入了竹编、蜀绣等非遗工作室。竹编艺人杨秀芬在店里一边编织一边给游客讲解，“以前手艺只能在家里做，现在有了铺面，订单多了，也有年轻人来拜师了”。"),
        P("据统计，老街开街一年来，累计接待游客超过600万人次，带动周边新增就业岗位1100余个。"),
    ],
    tpl_20,
    features="重庆新闻门户长稿分页的第2页（上一页 1 2 3 下一页，正文只算本页，从小标题开始）；“作者：记者 … 见习记者 …”在信息栏；图注带记者摄；延伸阅读、点击排行重复标题词；栏间广告。",
)


# ------------------------------------------------------------------ xl-21
CSS_21 = """
body{margin:0;background:#f2f3f5;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.topbar{background:#fff;display:flex;align-items:center;gap:20px;height:64px;padding:0 calc(50% - 560px);border-bottom:1px solid #e6e6e6}
.topbar .logo{font-size:24px;font-weight:bold;color:#00a0e9}
.cont{width:1120px;margin:20px auto;display:flex;gap:24px}
.post{flex:1;background:#fff;padding:30px 44px}.side{width:320px}
.post h1{font-size:28px;line-height:1.45}
.author{display:flex;align-items:center;gap:10px;margin:10px 0 20px;font-size:14px;color:#666}
.author .follow{border:1px solid #00a0e9;color:#00a0e9;border-radius:14px;padding:1px 12px}
.listen{background:#f5fbff;border:1px solid #d6eefa;padding:8px 14px;margin-bottom:18px;font-size:14px}
.body p{font-size:17px;line-height:1.9;margin:0 0 18px}
.body h2{font-size:18px;margin:26px 0 12px}
.pic{text-align:center;margin-bottom:18px}.pic-cap{color:#888;font-size:14px!important}
.tip{color:#999;font-size:13px}
.rel{margin-top:24px}.rel h3{font-size:17px}.rel .item{display:flex;gap:12px;border-bottom:1px solid #f0f0f0;padding:10px 0}.rel .item span{color:#999;font-size:12px;display:block}
.comments h3{font-size:17px;margin-top:26px}
.cm{border-bottom:1px solid #f0f0f0;padding:12px 0}.cm-u{font-size:14px;color:#576b95}.cm-t{font-size:15px;line-height:1.8}.cm-m{font-size:12px;color:#aaa}
.cm-more{text-align:center;color:#00a0e9}
.hot{background:#fff;padding:16px}.hot li{font-size:14px;line-height:2}.hot em{font-style:normal;color:#ff5a00;margin-right:6px}.hot span{float:right;color:#aaa;font-size:12px}
.foot{text-align:center;font-size:12px;color:#999;line-height:2;padding:24px}
"""


def tpl_21(p):
    body = p.body_html()
    rel = "".join(f'<div class="item"><img alt=""><div><a href="#">{t}</a><span>{s}</span></div></div>' for t, s in [
        ("重庆主城今夏首个40℃来了！未来一周高温持续", "山城新闻 · 07-26 15:32"),
        ("40℃高温下的坚守：他们在烈日下为城市“降温”", "山城新闻 · 07-26 17:10"),
        ("重庆避暑地游客量激增 仙女山民宿“一房难求”", "山城新闻 · 07-25 20:45"),
        ("高温来袭 重庆这些避暑地值得一去", "山城新闻 · 07-20 09:00")])
    cms = comments("评论 213", [
        ("巴南小鱼", "重庆 07-26 18:40", "昨天刚从仙女山回来，确实人多，但是晚上盖被子睡觉的感觉太舒服了。建议大家错峰出行，工作日去的话房价也便宜不少。", 356),
        ("解放碑打工人", "重庆 07-26 18:22", "上班族只能在城里硬扛，好在地铁和商场空调给力。中午出门买个饭，感觉整个人都要被蒸熟了。", 201),
        ("江北的雨", "四川 07-26 19:05", "重庆的夏天一年比一年热，希望城里多种点树、多建几个口袋公园，让没法出去避暑的老人孩子也有个乘凉的地方。", 88),
    ], more="打开山城新闻APP，查看更多评论")
    return doc(p.title, CSS_21, f"""
<div class="topbar"><span class="logo">山城新闻</span>{links(['首页','重庆','慢新闻','视频','区县','问政','生活'], sep=' ')}{searchbox('搜索', '')}<a href="#">下载APP</a></div>
<div class="cont"><div class="post">
<h1>{p.title}</h1>
<div class="author"><img alt="头像"><span>山城新闻</span><span>{p.time}</span><span class="follow">+ 关注</span></div>
<div class="listen">▶ 听新闻　约3分钟</div>
<div class="body">
{body}
</div>
<p class="tip">山城新闻·慢新闻记者 刘涛</p>
<p class="tip">编辑 罗小萌　责编 王晋　审核 黄河</p>
<p class="tip">未经授权，不得转载。转载请联系山城新闻。</p>
<div class="rel"><h3>相关新闻</h3>{rel}</div>
{cms}
</div>
<div class="side">{hotlist('热榜', [('重庆主城今夏首个40℃来了 这些避暑地游客量激增', '52.1万'), ('重庆主城今夏首个40℃来了！未来一周高温持续', '31.7万'), ('夜经济“热”起来 洪崖洞夜游人气旺', '12.4万'), ('重庆一地发布高温红色预警', '9.8万'), ('轨道交通延长运营时间', '6.3万')])}
{qr('扫码下载山城新闻APP', '山城新闻APP')}</div></div>
<div class="foot">山城新闻 版权所有　互联网新闻信息服务许可证：50120190001　渝ICP备18007211号-1　渝公网安备 50010502000587号<br>违法和不良信息举报电话：023-63860800</div>
""")


P21 = Page(
    "xl-21", "media", "山城新闻（重庆新闻客户端网页版）",
    "重庆主城今夏首个40℃来了 这些避暑地游客量激增", ["刘涛"], "2024-07-26 18:03",
    [
        P("7月26日15时，沙坪坝气象站气温升至40.3℃，重庆主城今年首个40℃来了。市气象台预计，未来一周高温天气仍将持续，主城区最高气温可达41℃至42℃。"),
        P("高温“烤”验下，不少市民选择前往周边海拔较高的地方避暑。记者从多个避暑景区了解到，近一周游客量明显增加。"),
        H("避暑地“一房难求”", "<h2>{}</h2>"),
        P("在武隆仙女山，当天最高气温只有26℃。当地一家民宿老板告诉记者，7月以来客房基本满员，“周末的房间半个月前就订完了，来的大多是重庆主城的家庭，一住就是一两个星期。”"),
        FIG("避暑", "游客在仙女山草场乘凉。图据受访者"),
        P("在南川金佛山、石柱黄水等地，情况也相似。据不完全统计，7月以来，全市主要避暑地累计接待游客同比增长近两成。"),
        H("夜游、玩水受追捧", "<h2>{}</h2>"),
        P("留在城里的市民则把活动时间挪到了晚上。洪崖洞、长嘉汇等夜景打卡地晚上九点后依然人头攒动，各大商场、室内游泳馆也迎来客流高峰。"),
        P("医生提醒，高温天气外出应避开午后时段，注意补水和防晒；老人、儿童及有慢性病的人群应减少户外活动，出现头晕、乏力等中暑先兆时，要及时转移到阴凉处休息。"),
    ],
    tpl_21,
    features="新闻客户端网页版；账号式作者栏（“山城新闻 + 关注”，非作者）；记者署名在文末独立行；编辑/责编/审核；“听新闻”按钮；相关新闻与热榜大量重复标题词（40℃、避暑地）；评论区3条长评论，“打开APP查看更多评论”。",
)


# ------------------------------------------------------------------ xl-22
CSS_22 = """
body{margin:0;font-family:"Microsoft YaHei",SimSun;background:#fff;color:#000}
.header{border-bottom:1px solid #ddd}.header .in{width:1200px;margin:0 auto;height:80px;display:flex;align-items:center;gap:40px}
.header .logo{font-size:30px;color:#b50c0c;font-weight:bold}
.header nav a{margin-right:16px;font-size:15px}
.header-bot{background:#b50c0c}.header-bot .in{width:1200px;margin:0 auto}.header-bot a{color:#fff;line-height:36px;margin-right:18px;font-size:14px}
.main{width:1200px;margin:0 auto;padding-top:24px}
.head-line h1{font-size:34px;line-height:1.4;margin:0}
.header-cont .info{color:#666;font-size:14px;margin:14px 0;display:flex;gap:20px}
.main-cont{display:flex;gap:40px}
#detail{flex:1}#detail p{font-size:18px;line-height:2;text-indent:2em;margin:0 0 16px}
.main-aside{width:300px}
.editor-l{text-align:right;color:#666}
.jc{text-align:right;font-size:13px;color:#999}
.fx{color:#666;font-size:14px}
.bottom h3{font-size:18px;border-bottom:2px solid #b50c0c}
.bottom li{line-height:2.1;font-size:15px}
.foot{background:#f5f5f5;margin-top:40px;text-align:center;font-size:12px;color:#666;line-height:2.2;padding:20px}
"""


def tpl_22(p):
    body = p.body_html()
    return doc(p.title + "-新华网", CSS_22, f"""
<div class="header"><div class="in"><span class="logo">新华网</span><nav>{links(['首页','时政','地方','国际','财经','思客','视频','图片','English'], sep=NL)}</nav>{searchbox('', '搜索')}</div></div>
<div class="header-bot"><div class="in">{links(['新华网','安徽频道','要闻','市县','经济','生态','文旅'], sep=NL)}</div></div>
<div class="main">
<div class="header-cont"><div class="head-line"><h1>{p.title}</h1></div>
<div class="info"><span>{p.time}</span><span>来源：新华网</span><span><a href="#">【纠错】</a></span><span>字体：<a href="#">小</a> <a href="#">大</a></span></div></div>
<div class="main-cont"><div id="detail">
{body}
<p class="editor-l">【责任编辑:王倩】</p>
<div class="fx">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="bottom"><h3>相关新闻</h3><ul>
<li><a href="#">长江岸线“退岸还绿” 安徽腾退岸线超70公里</a></li>
<li><a href="#">安徽长江岸线整治：从“生产岸线”到“生态岸线”</a></li>
<li><a href="#">“退岸还绿”让江豚回来了</a></li>
<li><a href="#">长江经济带生态保护成效显著</a></li></ul></div>
</div>
<div class="main-aside">{hotlist('新华热点', [('安徽长江岸线“退岸还绿”成效初显', ''), ('长江江豚种群数量回升', ''), ('合肥：科创产业集聚发展', ''), ('皖南山区迎来旅游旺季', '')])}
{qr('新华社客户端', '新华社客户端二维码')}</div></div></div>
<div class="foot"><p><a href="#">关于我们</a> | <a href="#">版权声明</a> | <a href="#">人才招聘</a> | <a href="#">联系我们</a></p>
<p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p>
<p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>
""")


P22 = Page(
    "xl-22", "media", "新华网·地方频道（中央媒体）",
    "安徽长江岸线“退岸还绿”成效初显", ["汪鹏", "程晨"], "2024-06-05 17:42:31",
    [
        P("新华社合肥6月5日电（记者 汪&nbsp;&nbsp;鹏 程&nbsp;&nbsp;晨）初夏时节，安徽马鞍山市江畔生态园内草木葱茏，江豚不时跃出水面。几年前，这里还是非法码头和散乱砂石堆场集中的地方。"),
        P("近年来，安徽对长江干流岸线开展系统整治，累计拆除非法码头和违规设施400余处，腾退岸线超过70公里，复绿面积1.2万亩。"),
        P("“以前这里灰尘大、噪音大，现在成了我们散步的好去处。”家住附近的居民王先生说，每天傍晚，江边步道上都是散步和骑行的人。"),
        P("腾退出来的岸线如何利用？安徽坚持“宜林则林、宜湿则湿”，将部分岸线修复为湿地公园，部分建成滨江绿道，还有一部分作为生态缓冲带，为鱼类和鸟类提供栖息空间。"),
        P("生态环境部门监测数据显示，长江安徽段干流水质连续多年保持Ⅱ类，沿江鸟类种类较2018年增加了20余种。"),
        P("安徽省发展改革委有关负责人表示，下一步将统筹推进岸线保护与沿江产业转型，推动更多“生产岸线”变为“生态岸线”“生活岸线”。"),
    ],
    tpl_22,
    features="中央媒体地方频道；“新华社合肥6月5日电（记者 汪  鹏 程  晨）”段内电头署名（空格两字名）；【纠错】【责任编辑:王倩】；相关新闻与新华热点重复标题词（长江岸线、退岸还绿）。",
)


# ------------------------------------------------------------------ xl-23
CSS_23 = """
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#111;background:#fff}
.mast{border-bottom:3px double #222;text-align:center;padding:14px 0}.mast .nm{font-size:42px;font-weight:bold}
.mast .tools{font-family:Arial;font-size:12px;color:#666}
.sections{font-family:Arial;text-align:center;border-bottom:1px solid #ccc}.sections a{display:inline-block;padding:8px 12px;font-size:13px;color:#222}
.container{width:1000px;margin:0 auto;display:flex;gap:40px}
.story{flex:1}.rail{width:260px;font-family:Arial}
.kicker{font-family:Arial;font-size:12px;color:#b00;margin-top:20px}
.story h1{font-size:36px;line-height:1.2;margin:8px 0}
.byline{font-family:Arial;font-size:14px;color:#333}
.dateline{font-family:Arial;font-size:13px;color:#777;margin-bottom:16px}
.story p{font-size:18px;line-height:1.7;margin:0 0 16px}
.story h2{font-size:21px;margin:24px 0 10px}
.fig{margin:0 0 18px}.fig figcaption{font-family:Arial;font-size:13px;color:#555}
.tools2{font-family:Arial;font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:8px}
.rail h3{font-size:14px;text-transform:uppercase;border-bottom:2px solid #111}.rail li{font-size:14px;line-height:1.5;margin-bottom:8px}
.foot{font-family:Arial;font-size:12px;color:#666;text-align:center;border-top:1px solid #ccc;margin-top:40px;padding:18px;line-height:1.9}
"""


def tpl_23(p):
    body = p.body_html()
    return doc(p.title + " - Jingchu Today", CSS_23, f"""
<div class="mast"><div class="tools">Tuesday, May 21, 2024 | <a href="#">中文</a> | <a href="#">Subscribe</a> | <a href="#">Sign in</a></div><div class="nm">Jingchu Today</div>{searchbox('Search', 'Go')}</div>
<div class="sections">{links(['Home','Hubei','Wuhan','Business','Culture','Travel','Photos','Video','Opinion'], sep=NL)}</div>
<div class="container"><div class="story">
<div class="kicker">Home / Wuhan / Environment</div>
<h1>{p.title}</h1>
<p class="byline">By Li Yang in Wuhan and Zhou Min | Jingchu Today</p>
<p class="dateline">Updated: {p.time}</p>
<div class="tools2"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Print</a> <a href="#">Mail</a>　 Large Medium Small</div>
{body}
<p class="tools2">Editor: Grace Huang</p>
{related('Related stories', [('Wuhan greenway extension to add shaded rest stops', '2024-04-30'), ('Birdwatchers flock to Wuhan riverside wetlands', '2024-01-18'), ('Riverside greenway opens final section in Wuhan', '2024-03-26')], cls='more')}
</div>
<div class="rail"><h3>Most popular</h3><ul><li><a href="#">Wuhan's riverside greenway draws joggers and birdwatchers alike</a></li><li><a href="#">Hubei hot-dry noodles go global</a></li><li><a href="#">Cherry blossom season brings record crowds to Wuhan</a></li><li><a href="#">Three Gorges cruise bookings surge</a></li></ul>
{qr('Scan to follow Jingchu Today', 'QR code')}</div></div>
<div class="foot"><a href="#">About us</a> | <a href="#">Contact us</a> | <a href="#">Terms of use</a><br>
Copyright 2012 - 2024 Jingchu Today. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Jingchu Today.<br>
鄂ICP备13015206号-2　鄂公网安备 42010602000781号</div>
""", lang="en")


P23 = Page(
    "xl-23", "media", "Jingchu Today（湖北媒体英文网站）",
    "Wuhan's riverside greenway draws joggers and birdwatchers alike", ["Li Yang", "Zhou Min"], "2024-05-21 15:40",
    [
        P("A 12-kilometer greenway along the Yangtze River in Wuhan has become one of the city's busiest public spaces since its last section opened in March, with weekend visitor numbers regularly topping 80,000, local authorities said."),
        X('<figure class="fig"><img alt="Residents walk along the riverside greenway in Wuhan"><figcaption>Residents walk along the riverside greenway in Wuhan, Hubei province, on May 18. [Photo by Zhou Min/For Jingchu Today]</figcaption></figure>'),
        P("The path, which links parks, ferry piers and restored wetlands on the river's southern bank, replaced a stretch of warehouses and sand yards that had blocked public access to the water for decades."),
        P("\"I used to drive to the suburbs to run. Now I just walk out of my building,\" said Chen Hao, a 34-year-old engineer who jogs there three mornings a week."),
        H("Room for birds, too", "<h2>{}</h2>"),
        P("Planners left several shallow marshes untouched along the route, and birdwatchers say the effort is paying off. Volunteers with a local birding club recorded 96 species along the greenway last winter, including black-crowned night herons and little grebes."),
        P("\"We asked the designers to keep the lights low near the reeds,\" said Tan Wei, a retired teacher who leads weekend bird walks. \"They listened, and the birds came back.\""),
        P("The city plans to extend the greenway by another 8 kilometers next year and add shaded rest stops, according to the Wuhan natural resources and planning bureau."),
    ],
    tpl_23, lang="en",
    features="英文页（湖北媒体英文网站）；“By Li Yang in Wuhan and Zhou Min | Jingchu Today”署名；Updated: 日期；图片说明含摄影署名（同一人）；小标题；Editor 行；Most popular 含本篇标题；页脚 ICP 备案。",
)


# ------------------------------------------------------------------ xl-24
CSS_24 = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;color:#222}
.hd{background:#0d3b66;color:#fff}.hd .in{width:1100px;margin:0 auto;display:flex;align-items:center;gap:30px;height:70px}
.hd .logo{font-size:28px;font-weight:bold}.hd a{color:#fff}
.menu{background:#fff;border-bottom:1px solid #ddd}.menu .in{width:1100px;margin:0 auto}.menu a{display:inline-block;padding:10px 14px;font-size:14px}
.wrap{width:1100px;margin:20px auto;display:flex;gap:24px}
.article{flex:1;background:#fff;padding:30px 40px}.side{width:300px}
.article h1{font-size:30px;line-height:1.3}
.article .line{font-size:13px;color:#777;border-bottom:1px solid #eee;padding-bottom:10px}
.article p{font-size:17px;line-height:1.75}
.tags a{display:inline-block;background:#eef3f8;padding:2px 10px;margin-right:6px;font-size:13px}
.side .box{background:#fff;padding:16px;margin-bottom:16px}.side h3{margin:0 0 8px;font-size:16px}.side li{font-size:14px;line-height:1.6;margin-bottom:6px}
.ft{background:#0d3b66;color:#b8c7d8;text-align:center;font-size:12px;line-height:2;padding:18px}
"""


def tpl_24(p):
    body = p.body_html()
    return doc(p.title + " | CQ Window", CSS_24, f"""
<div class="hd"><div class="in"><span class="logo">CQ Window</span><span>Your window on Chongqing</span>{searchbox('Search CQ Window', 'Search')}<a href="#">中文版</a></div></div>
<div class="menu"><div class="in">{links(['Home','News','Business','Culture','Travel','Live in Chongqing','Video','Events'], sep=NL)}</div></div>
<div class="wrap"><div class="article">
<div class="crumb">Home &gt; News &gt; Business</div>
<h1>{p.title}</h1>
<div class="line">Source: Xinhua | {p.time} | Editor: Wang Lu</div>
{body}
<div class="tags">Tags: <a href="#">China-Europe freight train</a><a href="#">logistics</a><a href="#">Chongqing</a></div>
{prevnext('Chongqing launches new air cargo route to Budapest', 'Western Land-Sea Corridor sees cargo volume rise', lp='Previous: ', ln='Next: ')}
</div>
<div class="side"><div class="box"><h3>Related</h3><ul><li><a href="#">Chongqing-Europe freight trains top 1,000 trips in first quarter</a></li><li><a href="#">Freight trains link Chongqing with more European cities</a></li><li><a href="#">China-Europe freight trains: Chongqing sets new record</a></li></ul></div>
<div class="box"><h3>Most Read</h3><ul><li><a href="#">Chongqing named among top summer destinations</a></li><li><a href="#">Hotpot festival returns to Jiefangbei</a></li></ul></div>
<div class="box">{qr('Follow CQ Window on WeChat', 'WeChat QR')}</div></div></div>
<div class="ft">Copyright © CQ Window. All Rights Reserved.<br>渝ICP备16012417号-4　渝公网安备 50010302001976号</div>
""", lang="en")


P24 = Page(
    "xl-24", "media", "CQ Window（重庆英文门户，转载新华社英文通稿）",
    "Chongqing-Europe freight trains set monthly record in September", [], "2024-10-12 09:08:33",
    [
        P("CHONGQING, Oct. 11 (Xinhua) -- Freight trains running between southwest China's Chongqing Municipality and Europe made 312 trips in September, a monthly record, local logistics authorities said Friday."),
        P("The trains carried about 31,000 twenty-foot equivalent units (TEUs) of cargo, up 14 percent year on year. Laptops, auto parts and new energy vehicles made up the bulk of outbound goods, while wine, machinery and timber were among the main imports."),
        P("Since the route was launched in 2011, Chongqing's China-Europe freight services have expanded to reach more than 100 cities across Eurasia. Operators said faster customs clearance and a growing number of \"rail plus sea\" combined services helped lift volumes this year."),
        P("Chongqing aims to run more than 3,500 China-Europe freight train trips in 2024, according to the municipal port and logistics office."),
    ],
    tpl_24, lang="en",
    features="英文门户转载新华社英文电讯（Source: Xinhua，无署名，authors=[]）；“Source | 时间 | Editor”一行；电头在首段；Related 列表重复标题词；Previous/Next。",
)
