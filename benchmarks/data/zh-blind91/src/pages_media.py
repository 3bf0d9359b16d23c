from lib import page, body_html, doc, esc, ul, links, GIF

K = "media"

# ---------------------------------------------------------------- wn-13  河北 provincial news portal, 本报讯（记者 …）
B13 = [
    ("p", "本报讯（记者 郝雪莹 通讯员 贾志刚）记者从省商务厅获悉，今年前两个月，全省实现外贸进出口总值1046.3亿元，同比增长6.8%，增速高于全国平均水平2.1个百分点。其中，出口628.7亿元，增长9.2%；进口417.6亿元，增长3.4%。"),
    ("p", "从贸易方式看，一般贸易进出口占比达78.5%，保持主导地位；跨境电商进出口增长明显，前两个月全省跨境电商进出口额达52.6亿元，同比增长31.7%。从市场分布看，对共建“一带一路”国家进出口增长11.3%，占全省外贸总值的52.1%。"),
    ("h", "新兴产品出口势头强劲"),
    ("p", "前两个月，全省机电产品出口261.4亿元，增长12.6%，占出口总值的41.6%。其中，电动汽车、锂电池、光伏产品“新三样”合计出口38.9亿元，增长27.4%。石家庄、保定、唐山三市外贸进出口总值占全省的六成以上。"),
    ("p", "“今年我们的海外订单已经排到了8月份。”保定一家新能源汽车零部件企业负责人告诉记者，企业在东南亚新设的海外仓已经投入使用，交货周期缩短了一半。"),
    ("p", "省商务厅有关负责人表示，下一步将持续开展“冀贸全球”拓市场行动，组织企业参加境外重点展会120场以上，推动外贸稳规模、优结构。"),
]


@page("wn-13", K, "前两月我省外贸进出口增长6.8%", ["郝雪莹", "贾志刚"], "2025-03-19 07:02", B13,
      features="provincial newspaper-group portal 2019 design, 本报讯（记者 … 通讯员 …） inside first paragraph, info bar 来源：河北日报 with time below title, 责任编辑 line, 相关新闻 list, 扫码下载客户端")
def r13(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";color:#222}.logo{padding:18px 6%;border-bottom:2px solid #d71a1b}.logo b{font-size:30px;color:#d71a1b}
.logo span{float:right;font-size:13px}.ch{background:#f4f4f4;padding:0 6%}.ch a{display:inline-block;padding:10px 12px;font-size:15px}
.g{display:grid;grid-template-columns:3fr 1fr;gap:30px;padding:20px 6%}h1{font-size:30px;margin:10px 0}
.src{color:#888;font-size:14px;margin-bottom:16px}.src em{font-style:normal;margin-right:16px}.text p{font-size:18px;line-height:1.85;text-indent:2em}
.text h3{font-size:18px}.ed{color:#999;text-align:right}.hot li{line-height:2}.ft{background:#222;color:#999;padding:20px 6%;font-size:12px}"""
    body = f"""
<div class="logo"><b>长城新闻网</b> <small>河北新闻门户</small><span><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">客户端</a></span></div>
<div class="ch">{links(["首页","河北","时政","经济","社会","文旅","体育","视频","图片","专题"])}</div>
<div class="g"><div><div>当前位置：<a href="#">长城新闻网</a> &gt; <a href="#">经济</a> &gt; <a href="#">河北经济</a></div>
<h1>{esc(m['title'])}</h1>
<div class="src"><em>2025-03-19 07:02</em><em>来源：河北日报</em><em>字号：<a href="#">大</a> <a href="#">小</a></em></div>
<div class="text">{body_html(m['blocks'], hstyle="h3")}</div>
<div class="ed">责任编辑：韩笑</div>
<div><b>相关新闻</b>{ul(["我省开通首条中欧班列跨境电商专列","河北自贸试验区新增市场主体超1.6万户","一季度全省港口货物吞吐量增长5%"])}</div></div>
<div><div class="hot"><b>热点排行</b>{ul(["春季植树造林全面展开","京津冀协同发展十周年成果展开幕","我省中小学春季学期开学","河北今年将新建改建农村公路3000公里","石家庄地铁4号线一期开工"], link=True)}</div>
<div style="text-align:center;margin-top:20px"><img src="{GIF}" alt="长城新闻客户端"><br>扫码下载长城新闻客户端</div></div></div>
<div class="ft">{links(["关于我们","广告服务","联系我们","违法和不良信息举报"]," | ")}<br>互联网新闻信息服务许可证：13120170008　冀ICP备06011823号　冀公网安备 13010202000738号<br>Copyright © 2025 长城新闻网 版权所有</div>"""
    return doc(m["title"] + "_长城新闻网", css, body)


# ---------------------------------------------------------------- wn-14  湖北 city paper portal, 2014, 记者/通讯员 line on its own
B14 = [
    ("p", "3月18日清晨，宜昌城区气温降至6℃。在西陵区学院街道的一处公交站旁，一辆白色的“爱心早餐车”前排起了长队。环卫工人陈师傅接过一杯热豆浆和两个包子，笑着说：“每天早上都能吃口热乎的，心里暖。”"),
    ("p", "这辆早餐车是西陵区总工会联合辖区6家餐饮企业推出的公益项目。自今年1月起，早餐车每天早上5点半至7点半在环卫工人集中作业区域巡回，为户外劳动者免费提供早餐。截至目前，已累计送出早餐2.3万余份。"),
    ("p", "“早餐的食材由企业轮流提供，我们负责统筹调度和食品安全检查。”区总工会相关负责人介绍，项目还在城区设立了17个“户外劳动者驿站”，提供热水、微波炉、充电和休息场所。"),
    ("p", "爱心企业的参与热情也很高。一家连锁早餐店的老板刘女士说：“环卫工人天不亮就上班，我们能做的就是让他们吃饱吃好。”"),
    ("p", "据悉，下一步，西陵区将把早餐车服务范围扩大到快递员、外卖骑手等新就业形态劳动者群体，并探索建立长效运行机制。"),
]


@page("wn-14", K, "“爱心早餐车”温暖城市早行人", ["张晓燕", "李想"], "2025年03月19日 08:30", B14,
      features="city evening-paper portal 2014 table layout, date/来源/编辑 info bar then a separate 记者 … 通讯员 … line (byline on its own, not body), 编辑 not author, 【我要评论】 box, 今日推荐 list, 网络举报 footer")
def r14(m):
    css = """body{margin:0;font:12px 宋体;background:#fff}.w{width:960px;margin:0 auto}.top{background:#f2f2f2;border-bottom:1px solid #ddd}
.lg{font:bold 32px 黑体;color:#0a5ea8;height:80px;line-height:80px}.dh{background:#0a5ea8}.dh a{color:#fff;font-size:14px;padding:0 11px;line-height:34px}
.tt{font:bold 24px 黑体;text-align:center;padding:20px 0 10px}.ly{text-align:center;color:#666;border-bottom:1px solid #ccc;padding-bottom:6px}
.jz{text-align:center;color:#333;font-size:14px;padding:8px}.nr p{font-size:15px;line-height:28px;text-indent:2em}.pl{border:1px solid #ddd;padding:8px;margin:10px 0}
.rt{border:1px solid #ddd}.rt h4{background:#eef5fc;margin:0;padding:5px}.bot{border-top:2px solid #0a5ea8;text-align:center;line-height:22px;color:#666;padding:10px}"""
    body = f"""
<div class="top"><div class="w">三峡新闻网 | <a href="#">三峡日报</a> | <a href="#">三峡晚报</a> | <a href="#">手机版</a>　　<a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="w lg">三峡新闻网 <small style="font-size:14px;color:#888">www.sxxw.net</small></div>
<div class="dh"><div class="w">{links(["首页","宜昌新闻","湖北新闻","国内国际","民生","社会","教育","房产","汽车","论坛"])}</div></div>
<table class="w"><tr><td valign="top" width="660">
<div style="padding:8px 0">您当前的位置 ：<a href="#">三峡新闻网</a> &gt;&gt; <a href="#">宜昌新闻</a> &gt;&gt; <a href="#">民生</a></div>
<div class="tt">{esc(m['title'])}</div>
<div class="ly">2025年03月19日 08:30　来源：三峡晚报　编辑：周敏</div>
<div class="jz">三峡晚报记者 张晓燕 通讯员 李想</div>
<div class="nr">{body_html(m['blocks'], style="font")}</div>
<div class="pl">【<a href="#">我要评论</a>】【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></td>
<td width="20"></td><td valign="top"><div class="rt"><h4>今日推荐</h4>{ul(["宜昌至兴山高速公路年底全线贯通","宜昌今年新增公办幼儿园学位2000个","夷陵长江大桥夜景亮化工程完工","市民热线受理诉求同比下降8%"])}</div></td></tr></table>
<div class="bot">三峡新闻网版权所有 未经书面授权 不得复制或建立镜像<br>鄂ICP备09012285号　鄂公网安备 42050202000118号　网络举报电话：0717-6281130</div>"""
    return doc(m["title"] + "-三峡新闻网", css, body)


# ---------------------------------------------------------------- wn-15  贵州 TV site, video news transcript
B15 = [
    ("p", "【导语】春分将至，黔东南州各地茶园陆续开采，茶农们抢抓晴好天气采摘明前茶。"),
    ("p", "【正文】清晨，雷山县丹江镇的千亩茶园里雾气缭绕，采茶工们背着竹篓穿梭在茶垄间，指尖上下翻飞，一芽一叶的嫩芽被轻轻摘下。今年当地春茶开采时间比去年提前了5天，鲜叶收购价每斤在60元至80元之间。"),
    ("p", "【同期】雷山县丹江镇茶农 杨秀芝：今年天气好，茶叶发得早，我们一家人每天能采十来斤，一天能挣四五百块钱。"),
    ("p", "【正文】在附近的茶叶加工厂内，杀青、揉捻、烘干等工序有序进行，一批批新茶正在加紧制作。近年来，雷山县推行“公司+合作社+农户”模式，全县茶园面积稳定在16.5万亩，带动2.6万余户茶农增收。"),
    ("p", "【同期】雷山县茶叶产业发展中心负责人 吴光荣：我们今年重点推进茶园绿色防控和标准化加工，预计春茶产值将突破8亿元。"),
    ("p", "【正文】据了解，今年黔东南州春茶开采面积达68万亩，各地将陆续举办开采节、斗茶赛等活动，进一步打响“黔东南茶”品牌。"),
]


@page("wn-15", K, "黔东南：明前春茶采摘忙", ["潘晓丽", "龙志坚"], "2025-03-18 19:36:21", B15,
      features="provincial TV site news clip page, video player placeholder text (视频加载中/播放), 【导语】【正文】【同期】 script paragraphs, info bar 记者：… 编辑：… 来源 on one line with seconds, 热门视频 grid, APP download")
def r15(m):
    css = """body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}a{color:#ccc}.hd{padding:14px 5%;background:#000;display:flex;justify-content:space-between}
.hd b{color:#f7b500;font-size:26px}.nv{padding:0 5%;background:#1e1e1e}.nv a{display:inline-block;padding:12px 14px}.box{width:1100px;margin:20px auto}
.player{height:420px;background:#000;display:flex;align-items:center;justify-content:center;color:#888}h1{color:#fff;font-size:26px}
.mt{color:#999;font-size:13px}.mt span{margin-right:20px}.desc p{line-height:1.9;font-size:16px}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.grid div{background:#222;padding:40px 8px 8px;font-size:13px}.ft{text-align:center;color:#666;font-size:12px;padding:30px}"""
    body = f"""
<div class="hd"><b>动静贵州 · 贵州广播电视台</b><div><a href="#">直播</a> <a href="#">点播</a> <a href="#">下载APP</a> <a href="#">登录</a></div></div>
<div class="nv">{links(["首页","新闻","贵州卫视","公共频道","影视文艺频道","广播","专题"])}</div>
<div class="box"><div class="mt">首页 / 新闻 / 贵州新闻联播</div>
<div class="player"><span>视频加载中…</span> <span>▶ 播放</span> <span>00:00 / 02:13</span></div>
<h1>{esc(m['title'])}</h1>
<div class="mt"><span>2025-03-18 19:36:21</span><span>记者：潘晓丽 龙志坚</span><span>编辑：王颖</span><span>来源：贵州广播电视台</span><span>播放量：3.6万</span></div>
<div class="desc">{body_html(m['blocks'])}</div>
<h3>热门视频</h3><div class="grid"><div>贵州多地开展春季植树活动</div><div>“村超”新赛季开幕在即</div><div>黔南：油菜花开引客来</div><div>遵义：樱桃花开满山白</div></div></div>
<div class="ft">贵州广播电视台 版权所有　黔ICP备05003008号-1　信息网络传播视听节目许可证：2403127　黔公网安备52010202000288号</div>"""
    return doc(m["title"] + "_动静贵州", css, body)


# ---------------------------------------------------------------- wn-16  青海 portal, 新华社 wire copy
B16 = [
    ("p", "新华社西宁3月16日电（记者 才让多杰 周雪晴）记者从青海省林业和草原局获悉，今年青海将完成国土绿化任务420万亩，其中人工造林45万亩、封山育林60万亩、退化草原修复315万亩。"),
    ("p", "青海地处青藏高原东北部，生态地位重要而特殊。近年来，青海持续推进三江源、祁连山等重点区域生态保护修复，全省森林覆盖率由2012年的5.63%提高到2024年的8.2%，草原综合植被盖度达58.5%。"),
    ("p", "青海省林业和草原局有关负责人介绍，今年青海将坚持“宜乔则乔、宜灌则灌、宜草则草”，在西宁、海东等东部地区重点推进城乡绿化和南北山绿化提质，在三江源、祁连山地区实施退化草原修复和黑土滩治理。"),
    ("p", "与此同时，青海将深化林长制改革，推行“林长+检察长”“林长+警长”协作机制，严厉打击毁林毁草、非法占用林地草地等违法行为，巩固生态保护修复成果。"),
]


@page("wn-16", K, "青海今年将完成国土绿化任务420万亩", ["才让多杰", "周雪晴"], "2025-03-16 15:48:09", B16,
      features="provincial news portal 2023, 新华社西宁…电（记者 …） byline inside first paragraph, info bar 来源：新华网 with seconds above title, 【纠错】 link, 【责任编辑：…】 line, 图片新闻 strip, app share QR")
def r16(m):
    css = """body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff}.t1{background:#0c3c78;color:#fff;font-size:12px;padding:5px 8%}
.lg{padding:16px 8%;font-size:30px;color:#0c3c78;font-weight:bold}.lg small{font-size:14px;color:#888;font-weight:normal}.nv{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:0 8%}
.nv a{display:inline-block;padding:10px 14px}.main{max-width:900px;margin:20px auto}.tm{color:#999;font-size:14px}h1{font-size:30px;margin:8px 0 20px}
.main p{font-size:18px;line-height:1.9;text-indent:2em}.ed{text-align:right;color:#999;font-size:14px}.pics{display:flex;gap:8px}.pics div{flex:1;font-size:13px}
.ft{background:#f2f2f2;padding:20px 8%;font-size:12px;color:#777;text-align:center}"""
    body = f"""
<div class="t1">青海新闻网 · 青海日报社主办 | <a href="#" style="color:#fff">数字报</a> | <a href="#" style="color:#fff">客户端</a></div>
<div class="lg">青海新闻网 <small>www.qhnews.com</small></div>
<div class="nv">{links(["首页","时政","青海","高原","生态","民生","财经","国内","视频","专题"])}</div>
<div class="main"><div class="tm">青海新闻网 &gt; 生态 &gt; 正文</div>
<div class="tm">2025-03-16 15:48:09　来源：新华网　【<a href="#">纠错</a>】</div>
<h1>{esc(m['title'])}</h1>
{body_html(m['blocks'])}
<div class="ed">【责任编辑：才让卓玛】</div>
<h3>图片新闻</h3><div class="pics"><div><img src="{GIF}" alt="">湟水河畔柳吐新绿</div><div><img src="{GIF}" alt="">青海湖开湖在即</div><div><img src="{GIF}" alt="">塔尔寺春色</div></div>
<p style="text-indent:0">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></p></div>
<div class="ft">青海新闻网版权所有 互联网新闻信息服务许可证：63120180002 青ICP备05000102号-1 青公网安备 63010302000067号</div>"""
    return doc(m["title"] + "-青海新闻网", css, body)


# ---------------------------------------------------------------- wn-17  central media channel, about 湖北, 原标题 line
B17 = [
    ("x", "<p class=\"yb\">原标题：湖北：“光谷芯”跑出加速度</p>"),
    ("p", "在武汉东湖高新区一家光电子企业的洁净车间里，机械臂精准抓取晶圆，自动化产线24小时运转。“今年一季度订单同比增长了40%，我们正在扩建第二条产线。”企业负责人说。"),
    ("p", "光谷是全国重要的光电子信息产业基地。2024年，东湖高新区光电子信息产业规模突破6000亿元，光纤光缆生产规模全球第一，中小尺寸显示面板出货量位居全国前列。"),
    ("h", "创新链产业链深度融合"),
    ("p", "“过去是企业找技术，现在是技术找企业。”湖北一家产业技术研究院负责人介绍，研究院已孵化科技企业120余家，其中11家成长为“专精特新”小巨人企业。2024年，湖北技术合同成交额达到5162亿元，同比增长14.9%。"),
    ("h", "营商环境持续优化"),
    ("p", "为吸引人才和项目，湖北推出“楚才卡”等服务举措，为高层次人才提供子女入学、医疗保障等“一卡通办”服务。东湖高新区还设立了总规模500亿元的产业基金群，重点投向集成电路、新型显示等领域。"),
    ("p", "业内专家表示，湖北正在加快构建以光电子信息为引领的现代化产业体系，未来仍需在关键材料、高端装备等环节补链强链，持续提升产业核心竞争力。"),
]


@page("wn-17", K, "湖北光电子产业跑出加速度", ["程远航", "柯晓丹"], "2025年03月20日06:11", B17,
      features="central daily's web channel page, 原标题 line (not body), glued time+source 2025年03月20日06:11 | 来源：人民日报, 作者 line 本报记者 程远航 柯晓丹, sub-headings, (责编：…) line, 分享让更多人看到, 推荐阅读 list")
def r17(m):
    css = """body{margin:0;font:14px "Microsoft YaHei";color:#333}.top{background:#c00;color:#fff;padding:6px 10%;font-size:12px}.top a{color:#fff;margin-right:10px}
.brand{padding:16px 10%;font-size:28px;color:#c00;font-weight:bold;border-bottom:1px solid #ddd}.col{width:1000px;margin:0 auto}
.col h1{font-size:28px;text-align:center;margin-top:26px}.col .fl{color:#666;text-align:center}.aut{text-align:center;color:#555;margin:8px 0}
.yb{color:#888;text-align:center}.rm p{font-size:17px;line-height:1.9;text-indent:2em}.rm h3{text-align:center;font-size:17px}
.edit{text-align:right;color:#888}.share{color:#c00}.tj li{line-height:2}.foot{text-align:center;color:#888;font-size:12px;padding:20px;border-top:1px solid #ddd}"""
    body = f"""
<div class="top">{links(["人民网首页","频道","人民日报","手机看新闻","English"])}</div>
<div class="brand">人民网 &gt;&gt; 地方频道 · 湖北</div>
<div class="col"><div><a href="#">人民网</a>&gt;&gt;<a href="#">地方</a>&gt;&gt;<a href="#">湖北</a></div>
<h1>{esc(m['title'])}</h1>
<div class="aut">本报记者　程远航　柯晓丹</div>
<div class="fl">2025年03月20日06:11 | 来源：<a href="#">人民网－人民日报</a></div>
<div class="fl">小字号</div>
<div class="rm">{body_html(m['blocks'])}</div>
<div class="edit">(责编：刘雯、赵东升)</div>
<div class="share">分享让更多人看到</div>
<div class="tj"><b>推荐阅读</b>{ul(["长江经济带高质量发展步伐稳健","湖北“一主引领”打造全国重要增长极","武汉新城建设提速"])}</div></div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明<br>人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-2025 by www.people.com.cn. all rights reserved</div>"""
    return doc(m["title"] + "--湖北频道--人民网", css, body)


# ---------------------------------------------------------------- wn-18  English page of a Hubei outlet, By …
B18 = [
    ("p", "WUHAN, March 14 -- Cherry blossoms at Wuhan University and East Lake have entered their peak blooming period, drawing thousands of visitors to the Hubei provincial capital over the weekend."),
    ("p", "The East Lake Cherry Blossom Garden, home to more than 10,000 cherry trees of 56 varieties, received about 68,000 visitors on Saturday alone, according to the scenic area's management office. To ease congestion, the garden has extended its opening hours to 10 pm and added night lighting shows along the lakeside."),
    ("p", "\"It's my first time in Wuhan. The blossoms by the water are even more beautiful than in the photos,\" said Maria Lopez, an exchange student from Spain who visited the garden with classmates."),
    ("h", "Reservations required"),
    ("p", "Wuhan University requires visitors to book free tickets through its official WeChat account, with a daily cap of 20,000 people. Local authorities have also opened six extra bus routes linking metro stations and the main viewing areas."),
    ("p", "Tourism officials said the blossom season is expected to bring over 2 million visits to the city by early April, boosting hotel bookings and spending at nearby restaurants and cultural venues."),
]


@page("wn-18", K, "Wuhan's cherry blossoms draw crowds as peak season arrives", ["Zhang Wei", "Li Na"], "2025-03-14 17:25", B18, lang="en",
      features="English-language site of a Hubei media group, By … and … byline line (not body), Updated: label date, dateline in first paragraph, sub-heading, Editor: line, Related stories, social share icons")
def r18(m):
    css = """body{margin:0;font-family:Georgia,serif;color:#222}.mast{background:#00457c;color:#fff;padding:14px 6%;font:bold 28px Arial}.mast span{font-size:13px;float:right;font-weight:normal}
.sec{background:#e8eef4;padding:0 6%;font-family:Arial}.sec a{display:inline-block;padding:10px 12px}.art{max-width:760px;margin:24px auto}
h1{font-size:34px;line-height:1.2}.by{font-family:Arial;font-size:14px;color:#555}.art p{font-size:18px;line-height:1.7}.art h3{font-family:Arial}
.ed{font-family:Arial;color:#888;font-size:13px}.rel{font-family:Arial}.ft{background:#00457c;color:#cfe;padding:20px 6%;font:12px Arial}"""
    body = f"""
<div class="mast">HUBEI DAILY ENGLISH<span><a href="#" style="color:#fff">中文</a> | <a href="#" style="color:#fff">Search</a></span></div>
<div class="sec">{links(["Home","News","Business","Culture","Travel","Photos","Video"])}</div>
<div class="art"><div class="by">Home &gt; News</div>
<h1>{esc(m['title'])}</h1>
<div class="by">By Zhang Wei and Li Na</div>
<div class="by">Updated: 2025-03-14 17:25 | Hubei Daily</div>
{body_html(m['blocks'])}
<div class="ed">Editor: Chen Xi</div>
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="rel"><h4>Related stories</h4>{ul(["Wuhan opens new metro line to airport","Hubei's spring tea harvest begins","Yangtze river cruise season kicks off in Yichang"])}</div></div>
<div class="ft">Copyright © Hubei Daily Media Group. All rights reserved. 鄂ICP备10013268号-3</div>"""
    return doc(m["title"] + " - Hubei Daily English", css, body)


# ---------------------------------------------------------------- wn-19  English page of a Guizhou outlet, wire copy, no byline
B19 = [
    ("p", "GUIYANG, March 12 (Xinhua) -- Guizhou Province in southwest China handled more than 890 million data computing tasks in 2024 as the mountainous region continues to build itself into a national big data hub, local authorities said."),
    ("p", "The province now hosts 48 major data centers, with a total of over 1.3 million servers in operation or under construction, according to the provincial big data development administration. Gui'an New Area alone houses data centers of several leading Chinese telecom operators and internet companies."),
    ("p", "Cool temperatures, stable geology and abundant electricity have made Guizhou a favored location for data storage. The average annual temperature in Gui'an is about 15 degrees Celsius, cutting energy used for cooling."),
    ("p", "The provincial government plans to raise the share of intelligent computing power to over 90 percent by 2026 and to cultivate more companies in data labeling, algorithm services and industrial software."),
]


@page("wn-19", K, "Guizhou's computing power hub handles 890 million tasks in 2024", [], "2025-03-12 10:08:33", B19, lang="en",
      features="English channel of a Guizhou news portal, wire copy with (Xinhua) dateline and only Source: Xinhua (authors []), Editor line, date with seconds in grey above headline, Most popular list, 2016 two-column layout")
def r19(m):
    css = """body{margin:0;font-family:Arial;background:#f6f6f6}.w{width:1000px;margin:0 auto;background:#fff}.h{background:#2e7d32;color:#fff;padding:18px;font-size:26px}
.n{background:#1b5e20}.n a{color:#fff;padding:8px 12px;display:inline-block}.l{float:left;width:660px;padding:16px}.r{float:right;width:280px;padding:16px}
.d{color:#999;font-size:13px}h1{font-size:28px}.l p{font-size:16px;line-height:1.7}.c{clear:both}.f{background:#333;color:#aaa;padding:16px;font-size:12px;text-align:center}"""
    body = f"""
<div class="w"><div class="h">Guizhou Today <small>— gog.cn English</small></div>
<div class="n">{links(["Home","Guizhou News","Travel","Business","Culture","Big Data"])}</div>
<div class="l"><div class="d">You are here: Home &gt;&gt; Big Data</div>
<div class="d">2025-03-12 10:08:33　Source: Xinhua</div>
<h1>{esc(m['title'])}</h1>
{body_html(m['blocks'])}
<div class="d">Editor: Yang Lu</div>
<div class="d">Prev: <a href="#">Guiyang adds 12 international air routes</a> | Next: <a href="#">Village football league to kick off in Rongjiang</a></div></div>
<div class="r"><h4>Most popular</h4>{ul(["Huangguoshu Waterfall sees visitor boom","Guizhou's tea exports surge","Miao New Year celebrated in Leishan","Bridges of Guizhou: a photo story"])}</div>
<div class="c"></div><div class="f">Copyright © Guizhou Today. All Rights Reserved. 黔ICP备07001136号</div></div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-20  河北 county 融媒体中心, responsive
B20 = [
    ("p", "连日来，在正定县南楼乡的设施农业园区，一座座智能温室里西红柿、草莓长势喜人，种植户们忙着采摘、分拣、装箱，一派繁忙景象。"),
    ("p", "“这个温室用的是水肥一体化和环境智能调控系统，手机上就能看温度、湿度，还能远程开风口。”种植户赵立新打开手机向记者展示。他种植的3个温室今年春季西红柿亩产预计可达1.5万斤，比传统大棚提高三成。"),
    ("p", "近年来，南楼乡依托紧邻城区的区位优势，大力发展设施蔬菜和观光采摘农业，园区现有智能温室86座、冷棚320余个，年产各类果蔬1.8万吨，带动周边600余名群众就近就业。"),
    ("p", "“下一步，我们将引进更多新品种、新技术，发展订单农业和电商直播，让群众的‘菜篮子’变成‘钱袋子’。”南楼乡相关负责人表示。"),
]


@page("wn-20", K, "南楼乡：智能温室里的“春耕图”", ["孟凡超", "吕佳"], "2025.03.17", B20,
      features="county 融媒体中心 mobile-first page, one-line meta 来源：… | 记者：孟凡超 吕佳 | 编辑：… with pipes, dotted date 2025.03.17, 阅读 count, 点赞/在看 buttons, 下载「今日正定」APP banner, 融媒矩阵 footer")
def r20(m):
    css = """body{margin:0;font-family:-apple-system,"PingFang SC";background:#f3f3f3}.app{max-width:720px;margin:0 auto;background:#fff}
.bar{background:#e60012;color:#fff;padding:12px 16px;display:flex;justify-content:space-between}.bar b{font-size:18px}
.pad{padding:16px}h1{font-size:24px;line-height:1.4}.meta{font-size:13px;color:#999}.pad p{font-size:17px;line-height:1.8}
.act{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:12px}.dl{background:#fff3f3;padding:14px;text-align:center;color:#e60012}
.mx{font-size:12px;color:#888;text-align:center;padding:16px}"""
    body = f"""
<div class="app"><div class="bar"><b>今日正定</b><span>正定县融媒体中心</span></div>
<div class="pad"><div class="meta">首页 · 本地 · 乡镇</div>
<h1>{esc(m['title'])}</h1>
<div class="meta">2025.03.17</div>
<div class="meta">来源：正定县融媒体中心 | 记者：孟凡超 吕佳 | 编辑：常娜</div>
{body_html(m['blocks'])}
<div class="meta">阅读 2891</div></div>
<div class="act"><span>👍 点赞 56</span><span>在看</span><span>分享</span><span>评论</span></div>
<div class="dl">下载「今日正定」APP，看更多本地新闻 <a href="#">立即打开</a></div>
<div class="mx">正定县融媒体中心出品　融媒矩阵：正定发布 · 正定广播 · 今日正定抖音号<br>冀ICP备2021015382号-1</div></div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-21  湖北 radio site, audio news
B21 = [
    ("p", "楚天交通广播消息（记者 胡静怡）3月起，湖北全省高速公路服务区将陆续推行“充电桩+”服务升级，年底前实现服务区快充桩全覆盖。"),
    ("p", "记者从湖北交投集团了解到，目前全省高速公路已建成充电桩1860个，覆盖226对服务区。今年将新建、改造充电桩1200个，并在京港澳、沪渝、福银等繁忙路段的服务区试点建设超充站，单枪最大功率可达480千瓦，“充电10分钟，续航300公里”。"),
    ("p", "为缓解节假日“充电焦虑”，湖北高速还将在服务区配备移动储能充电车，通过“湖北e出行”小程序实时发布各服务区充电桩空闲情况，车主可提前规划充电路线。"),
    ("p", "湖北交投集团服务区管理部负责人说：“我们还将同步改造服务区卫生间、餐饮和便利店，把服务区打造成出行‘加油站’‘休息站’。”"),
]


@page("wn-21", K, "湖北高速服务区年底前实现快充桩全覆盖", ["胡静怡"], "2025年03月18日 07:45", B21,
      features="provincial radio (广播电视台) site: 频率 nav, audio player text (收听/00:00), 楚天交通广播消息（记者 …） lead byline, info bar 发布：… 栏目：… , 责编 line, 节目单 sidebar, 2017 design")
def r21(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.tp{height:70px;background:#2d2a6e;color:#fff;padding:0 8%;display:flex;align-items:center;justify-content:space-between}
.tp b{font-size:24px}.pd a{display:inline-block;padding:8px 12px;background:#eee;margin:6px 2px;border-radius:4px}.box{width:1100px;margin:0 auto;display:flex}
.m{flex:1;padding-right:30px}.s{width:300px}h2{font-size:26px}.inf{color:#888;font-size:13px}.au{background:#f4f3fb;padding:10px;margin:10px 0}
.m p{line-height:1.9;font-size:16px;text-indent:2em}.ft{background:#2d2a6e;color:#ccc;text-align:center;font-size:12px;padding:20px;margin-top:30px}"""
    body = f"""
<div class="tp"><b>长江云 · 湖北广播</b><span><a href="#" style="color:#fff">直播</a> | <a href="#" style="color:#fff">登录</a></span></div>
<div class="pd">{links(["湖北之声","楚天交通广播","楚天音乐广播","湖北经济广播","湖北农村广播","私家车广播"]," ")}</div>
<div class="box"><div class="m"><div class="inf">首页 &gt; 楚天交通广播 &gt; 交通资讯</div>
<h2>{esc(m['title'])}</h2>
<div class="inf">发布：2025年03月18日 07:45　栏目：交通新闻早高峰</div>
<div class="au">🔊 收听本条新闻　00:00 / 01:52</div>
{body_html(m['blocks'])}
<div class="inf">责编：易帆</div></div>
<div class="s"><h4>今日节目单</h4>{ul(["07:00 交通新闻早高峰","09:00 一路畅通","12:00 车友会客厅","17:00 交通新闻晚高峰"], link=False)}</div></div>
<div class="ft">湖北广播电视台 版权所有　鄂ICP备05003354号　广播电视节目制作经营许可证（鄂）字第00018号</div>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-22  贵州 city evening paper site, 文/记者 … 图/记者 …
B22 = [
    ("x", "<p class=\"wt\">文/本报记者 罗  兰　图/本报记者 谢  强</p>"),
    ("p", "3月15日是国际消费者权益日。当天上午，贵阳市市场监管局联合多部门在南明区喷水池广场开展“3·15”主题宣传活动，现场发布了2024年度消费维权十大典型案例。"),
    ("img", "活动现场", "市民在活动现场咨询消费维权问题。"),
    ("p", "记者在现场看到，食品安全快检、计量器具免费检定、预付卡消费提示等展台前挤满了市民。“我刚买的电子秤，测一下准不准。”家住中华北路的市民王阿姨说，检测结果显示误差在允许范围内，她放心了不少。"),
    ("p", "据介绍，2024年，全市市场监管部门共受理消费者投诉举报4.7万件，为消费者挽回经济损失2180万元。从投诉热点看，预付式消费、网络购物、房屋装修位列前三。"),
    ("h", "典型案例摘要"),
    ("li", ["某健身房收取会员费后闭店“跑路”，经调解退还32名会员费用共计11.6万元；",
            "某网店销售的“有机蔬菜”无有机认证，被依法罚款并责令整改；",
            "某装修公司擅自更换合同约定的瓷砖品牌，赔偿消费者差价及违约金1.8万元。"]),
    ("p", "市市场监管局提醒，消费者在办理预付卡时要选择信誉良好的经营者，不要一次性充值过多，遇到消费纠纷可拨打12315热线投诉。"),
]


@page("wn-22", K, "贵阳发布2024年度消费维权十大典型案例", ["罗兰"], "2025-03-16 06:30", B22,
      features="city evening-paper web edition 2020, 文/本报记者 罗  兰　图/本报记者 谢  强 line (photographer not author), photo caption, list of cases, time above title with 来源：贵阳晚报, 网友评论 box, 标签 tags")
def r22(m):
    css = """body{margin:0;background:#f8f8f8;font-family:"Microsoft YaHei"}.h{background:#fff;border-bottom:3px solid #f39800;padding:14px 10%}.h b{font-size:28px;color:#f39800}
.nv{background:#333;padding:0 10%}.nv a{color:#fff;display:inline-block;padding:10px}.c{width:840px;margin:20px auto;background:#fff;padding:30px}
.ti{color:#999;font-size:13px}h1{font-size:28px}.wt{color:#555;text-align:left}.c p{font-size:17px;line-height:1.9}.pic{text-align:center}.pic-cap{font-size:14px;color:#666}
.tag a{background:#eee;padding:2px 8px;margin-right:6px;font-size:12px}.cm{border:1px solid #eee;padding:10px;margin-top:20px}.ft{text-align:center;color:#999;font-size:12px;padding:20px}"""
    body = f"""
<div class="h"><b>贵阳网</b> · 贵阳晚报 贵阳日报 <span style="float:right"><a href="#">数字报</a> <a href="#">APP</a></span></div>
<div class="nv">{links(["首页","时政","筑城","民生","法治","文旅","体育","视频"])}</div>
<div class="c"><div class="ti">2025-03-16 06:30　来源：贵阳晚报</div>
<h1>{esc(m['title'])}</h1>
{body_html(m['blocks'], hstyle="strong", liststyle="p")}
<div class="tag">标签：<a href="#">3·15</a><a href="#">消费维权</a><a href="#">市场监管</a></div>
<div class="cm"><b>网友评论</b><br><textarea placeholder="说两句吧…"></textarea> <button>发表</button><br>暂无评论</div></div>
<div class="ft">贵阳日报传媒集团主办　黔ICP备09000768号　互联网新闻信息服务许可证：52120170003</div>"""
    return doc(m["title"] + "_贵阳网", css, body)


# ---------------------------------------------------------------- wn-23  青海 TV site, 2012 table layout, closing byline
B23 = [
    ("p", "近日，记者从西宁市城市管理局了解到，为提升城市精细化管理水平，西宁市今年将在城区新建和改造口袋公园32个，新增绿地面积12万平方米，让市民推窗见绿、出门进园。"),
    ("p", "口袋公园是指面积较小、分布零散的小型公园绿地。今年西宁市将充分利用城市边角地、拆违腾退地等闲置空间，按照“一园一特色”的思路，融入河湟文化、高原生态等元素，配套建设健身步道、儿童游乐设施和休憩座椅。"),
    ("p", "家住城西区的市民马建军说：“以前楼下是一片荒地，下雨天到处是泥。听说要建成口袋公园，我们都很期待，以后带孙子就有地方玩了。”"),
    ("p", "据了解，口袋公园建设将于4月全面开工，10月底前全部建成开放。西宁市还将同步推进城市绿道建设，年内新建绿道45公里，逐步构建“300米见绿、500米见园”的城市公园体系。（青海台记者 韩·马力克 赵  晨）"),
]


@page("wn-23", K, "西宁今年将新建改造口袋公园32个", ["韩·马力克", "赵晨"], "2025-3-14", B23,
      features="provincial TV news site 2012 table layout, closing byline （青海台记者 韩·马力克 赵  晨） with middle-dot name and spaced name, info bar 时间：2025-3-14 来源：青海新闻联播 点击数, 视频 link, 相关新闻 table, 【打印】【关闭】")
def r23(m):
    css = """body{margin:0;font-size:12px;font-family:宋体;background:#cfe0ef}.tit{font-size:20px;font-weight:bold;color:#17365d}.nr p{font-size:14px;line-height:25px;text-indent:2em}
.top{background:url() #1b4f8a;color:#fff;height:96px;font:bold 30px 黑体}.nav a{color:#fff;font-size:13px}"""
    body = f"""
<table width="1000" align="center" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td class="top">&nbsp;&nbsp;青海网络广播电视台<br><span style="font-size:12px;font-weight:normal">&nbsp;&nbsp;&nbsp;www.qhbtv.com</span></td></tr>
<tr><td bgcolor="#123a66" height="32" class="nav">&nbsp;{links(["首页","新闻","青海新闻联播","直播","综艺","纪录","藏语频道","安多卫视"], " | ")}</td></tr>
<tr><td><table width="100%"><tr><td width="700" valign="top" style="padding:10px">
<div>您的位置：<a href="#">首页</a> &gt; <a href="#">新闻</a> &gt; <a href="#">青海新闻</a></div>
<table width="100%"><tr><td align="center" class="tit">{esc(m['title'])}</td></tr>
<tr><td align="center" style="color:#666">时间：2025-3-14　来源：青海新闻联播　点击数：<font color="red">1563</font>　<a href="#">[视频]</a></td></tr>
<tr><td class="nr">{body_html(m['blocks'])}</td></tr>
<tr><td align="right"><a href="#">【打印】</a><a href="#">【关闭】</a></td></tr></table>
<table width="100%" border="0"><tr><td colspan="2"><b>相关新闻</b></td></tr><tr><td>·<a href="#">西宁启动春季城乡环境整治</a></td><td>03-12</td></tr><tr><td>·<a href="#">西宁新增公共停车泊位5000个</a></td><td>03-10</td></tr></table></td>
<td valign="top" style="padding:10px;border-left:1px solid #ddd"><b>热门点击</b>{ul(["青海湖景区开展冬季巡护","海东市河湟文化旅游季启动","果洛州牧区春季接羔育幼"])}</td></tr></table></td></tr>
<tr><td bgcolor="#1b4f8a" align="center" style="color:#fff;line-height:22px">青海广播电视台 版权所有 未经授权禁止复制<br>青ICP备06000375号　信息网络传播视听节目许可证号：2808210</td></tr></table>"""
    return doc(m["title"] + "_青海网络广播电视台", css, body)


# ---------------------------------------------------------------- wn-24  河北 provincial portal, 2025 design, 作者 | …
B24 = [
    ("p", "3月18日，随着最后一片叶片吊装到位，位于张家口市尚义县的100万千瓦风光储一体化项目首批风机并网发电。该项目是我省今年首个投产的百万千瓦级新能源项目。"),
    ("p", "项目总投资约52亿元，包括风电60万千瓦、光伏40万千瓦，配套建设储能电站15万千瓦/60万千瓦时。全部投产后，每年可提供清洁电能约25亿千瓦时，相当于节约标准煤75万吨，减少二氧化碳排放约200万吨。"),
    ("h", "“源网荷储”协同发展"),
    ("p", "张家口是国家可再生能源示范区。截至2024年底，全市可再生能源装机规模达到4100万千瓦，占全市电力总装机的比重超过80%。为破解新能源波动性难题，当地加快建设储能设施，推动“源网荷储”一体化发展。"),
    ("p", "“储能电站就像一个‘大充电宝’，白天光伏大发时储电，晚上用电高峰时放电。”项目负责人介绍，储能系统可将新能源利用率提高8个百分点以上。"),
    ("p", "据了解，今年我省计划新增新能源装机1000万千瓦以上，新型储能装机规模力争突破500万千瓦。"),
]


@page("wn-24", K, "尚义百万千瓦风光储项目首批风机并网", ["杜明远"], "2025-03-19 11:32", B24,
      features="2025 card-style provincial portal, meta line 作者 | 杜明远 · 来源 | 河北新闻网 · 2025-03-19 11:32 with pipes and dots, 听新闻 button, sub-heading, 编辑：… 审核：… block, 猜你喜欢 cards, sticky share rail")
def r24(m):
    css = """:root{--c:#1456f0}body{margin:0;font-family:"HarmonyOS Sans SC","PingFang SC",sans-serif;background:#f6f7f9}
.hd{background:#fff;display:flex;align-items:center;gap:30px;padding:12px 6%;box-shadow:0 1px 6px rgba(0,0,0,.06)}.hd b{color:var(--c);font-size:24px}
.hd nav a{margin-right:18px;color:#333}.lay{display:grid;grid-template-columns:60px 1fr 300px;gap:24px;max-width:1240px;margin:24px auto}
.rail{display:flex;flex-direction:column;gap:10px;font-size:12px;color:#666}.card{background:#fff;border-radius:12px;padding:32px 40px}
h1{font-size:30px;line-height:1.35}.meta{color:#8a8f99;font-size:14px}.listen{display:inline-block;border:1px solid var(--c);color:var(--c);border-radius:14px;padding:2px 12px;margin:10px 0}
.card p{font-size:18px;line-height:1.9}.card h3{border-left:4px solid var(--c);padding-left:10px}.edit{color:#8a8f99;font-size:13px;border-top:1px solid #eee;padding-top:10px}
.side .it{background:#fff;border-radius:10px;padding:12px;margin-bottom:12px}footer{text-align:center;color:#999;font-size:12px;padding:30px}"""
    body = f"""
<div class="hd"><b>河北新闻网</b><nav>{links(["首页","要闻","河北","京津冀","财经","文旅","健康","视频","直播"])}</nav><input placeholder="搜索"></div>
<div class="lay"><div class="rail"><span>分享</span><span>微信</span><span>微博</span><span>收藏</span><span>顶部</span></div>
<div class="card"><div class="meta">首页 / 财经 / 能源</div>
<h1>{esc(m['title'])}</h1>
<div class="meta">作者 | 杜明远 · 来源 | 河北新闻网 · 2025-03-19 11:32</div>
<div class="listen">▶ 听新闻</div>
{body_html(m['blocks'])}
<div class="edit">编辑：孙一鸣　审核：郑凯　监制：马骏</div></div>
<div class="side"><h4>猜你喜欢</h4><div class="it">张北：“风光”无限好</div><div class="it">我省新型储能装机突破300万千瓦</div><div class="it">雄安新区绿电占比持续提升</div></div></div>
<footer>河北新闻网 版权所有 | 冀ICP备10202018号-1 | 互联网新闻信息服务许可证 13120170002 | 违法和不良信息举报电话：0311-67562580</footer>"""
    return doc(m["title"] + " - 河北新闻网", css, body)
