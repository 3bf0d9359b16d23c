# Media pages wf-13 .. wf-24 (central, provincial and city media, portals, TV/radio; 2 English). Invented.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

# ---------------------------------------------------------------- wf-13 Hebei provincial portal, 2020 design, 本报讯 in first paragraph
PAGES.append(dict(
    id="wf-13", kind="media", mode="p",
    title="河北今年新建改造农村公路4500公里",
    authors=["董立", "李梦楠"], publish_time="2025-06-10 07:58:12",
    body=[
        "本报讯（记者董立 通讯员李梦楠）记者从省交通运输厅获悉，今年我省计划新建改造农村公路4500公里，实施危桥改造300座，完成农村公路安全生命防护工程2000公里。截至5月底，已完成新建改造农村公路1680公里，占年度任务的37.3%。",
        "今年，我省将农村公路建设与乡村振兴、文旅融合统筹推进，重点打通县乡村三级路网“微循环”，推动农村公路向进村入户倾斜。在太行山、燕山区域，结合旅游资源分布，建设一批串联景区、特色村落的旅游路、资源路、产业路。",
        "在养护方面，我省深化农村公路管理养护体制改革，全面推行“路长制”，县乡村三级路长达到5.3万名。同时，推广应用就地冷再生等绿色养护技术，提升养护效能。",
        "省交通运输厅相关负责人表示，将强化质量监管，实行工程质量终身责任制，对农村公路建设项目开展“双随机”抽查，确保建成一条、达标一条。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@_河北新闻网</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#fff}.top{background:#f5f5f5;font-size:12px;padding:5px 8%;color:#666}.top a{color:#666;margin-right:12px}.logo{padding:18px 8%;border-bottom:3px solid #005bac;display:flex;justify-content:space-between}.logo b{color:#005bac;font-size:30px}.chan{padding:10px 8%;font-size:15px}.chan a{margin-right:22px;color:#222}.main{display:flex;padding:0 8%;gap:40px}.l{flex:1}.r{width:320px}.l h1{font-size:30px;margin:20px 0 10px}.post{font-size:13px;color:#999;border-bottom:1px solid #ddd;padding-bottom:10px}.post span{margin-right:16px}.l p{font-size:17px;line-height:1.9;text-indent:2em}.zb{font-size:13px;color:#666;text-align:right}.r h3{border-bottom:2px solid #005bac}.r li{font-size:14px;line-height:1.9}.ft{margin-top:30px;background:#1b2a3a;color:#8fa1b5;font-size:12px;padding:20px 8%;line-height:2}</style></head>
<body><div class="top"><a href="#">河北新闻网首页</a><a href="#">河北日报</a><a href="#">燕赵都市报</a><a href="#">河北法制报</a><a href="#">客户端下载</a></div>
<div class="logo"><b>河北新闻网</b><form><input placeholder="搜索"><button>搜索</button></form></div>
<div class="chan"><a href="#">要闻</a><a href="#">河北</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文化</a><a href="#">视频</a><a href="#">图片</a><a href="#">评论</a></div>
<div class="main"><div class="l"><div style="font-size:13px;color:#666;margin-top:10px">首页 > 河北 > 正文</div>
<h1>@T@</h1>
<div class="post"><span>@D@</span><span>来源：河北日报</span><span>作者：董  立 李梦楠</span></div>
@B@
<p class="zb">责任编辑：高  远</p>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div></div>
<div class="r"><h3>热点推荐</h3><ol><li><a href="#">河北今年将实施城市更新项目1200个</a></li><li><a href="#">石家庄地铁4号线首段进入铺轨阶段</a></li><li><a href="#">河北农村公路“四好”示范县名单公布</a></li><li><a href="#">雄安新区启动区又一批项目竣工</a></li></ol>
<h3>图片新闻</h3><img alt="麦收时节" src="DATA"><p>麦收时节</p></div></div>
<div class="ft">河北新闻网版权所有　本站未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证：13120170001　<a href="#">冀ICP备09002681号</a>　冀公网安备 13010802000512号　违法和不良信息举报电话：0311-67563000</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-14 Henan portal, 2017 design; byline on own line, spaced names
PAGES.append(dict(
    id="wf-14", kind="media", mode="pi", hmode="strong",
    title="周口港年吞吐量首次突破3000万吨 内河航运激活豫东发展新动能",
    authors=["宋雯", "赵磊"], publish_time="2025年06月10日 08:31",
    body=[
        "~ 河南日报记者 宋  雯 通讯员 赵  磊",
        "6月9日，在周口港中心港区，岸桥起落，集卡穿梭，一艘满载集装箱的货轮缓缓驶离码头，沿沙颍河驶向淮河、长江。",
        "记者从周口市港航管理部门获悉，2024年周口港完成货物吞吐量3086万吨，同比增长17.5%，首次突破3000万吨大关；集装箱吞吐量达到13.6万标箱。今年1月至5月，完成吞吐量1340万吨，继续保持两位数增长。",
        "## 通江达海，豫东“出海口”越来越宽",
        "周口港已开通至上海、连云港、太仓等地的集装箱航线18条，“周口港—上海港”集装箱班轮实现“天天班”。目前，周口中心港已建成泊位58个，最大靠泊能力2000吨级。",
        "“以前货物走公路到连云港，每个标箱要花4000多块，现在走水路只要2000块左右。”周口一家食品企业物流负责人说。",
        "## 港产联动，临港产业加速集聚",
        "依托港口，周口临港经济区已引进粮食加工、新型建材、装备制造等项目62个，总投资超过400亿元。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@-大河网</title>
<style>body{margin:0;font:14px/1.8 "宋体";background:#fff}.ww{width:1000px;margin:0 auto}.hdr{height:90px;border-bottom:4px solid #e60012}.hdr .lg{float:left;font:bold 34px "黑体";color:#e60012;line-height:90px}.hdr .nv{float:right;line-height:90px}.hdr .nv a{margin-left:14px;color:#333}.path{padding:10px 0;color:#666}.ttl{font:bold 26px "黑体";text-align:center;padding:16px 0}.src{text-align:center;color:#999;font-size:12px;border-top:1px solid #eee;border-bottom:1px solid #eee;line-height:34px}.src span{margin:0 10px}.txt{font-size:16px;line-height:2;padding:16px 20px}.ed{text-align:right;color:#666}.tj{border:1px solid #eee;padding:10px}.ft{background:#eee;text-align:center;font-size:12px;color:#666;padding:14px;line-height:22px}</style></head>
<body><div class="ww"><div class="hdr"><span class="lg">大河网</span><span class="nv"><a href="#">新闻</a><a href="#">河南</a><a href="#">政务</a><a href="#">财经</a><a href="#">教育</a><a href="#">健康</a><a href="#">文旅</a><a href="#">大河客户端</a></span></div>
<div class="path">您当前的位置 ：<a href="#">大河网</a> &gt;&gt; <a href="#">新闻</a> &gt;&gt; <a href="#">河南新闻</a></div>
<div class="ttl">@T@</div>
<div class="src"><span>@D@</span><span>来源：河南日报</span><span>作者：宋雯 赵磊</span><span><a href="#">手机看新闻</a></span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="txt">
@B@
</div>
<p class="ed">编辑：李晓冬　　审核：王海</p>
<div class="tj"><b>相关新闻</b><br>· <a href="#">周口港开通至太仓港直达航线</a><br>· <a href="#">河南内河航运“十四五”规划中期评估出炉</a><br>· <a href="#">沙颍河航道升级改造工程全面开工</a></div>
<div class="ft">大河网版权所有　未经书面授权禁止使用<br>互联网新闻信息服务许可证编号：41120170005　<a href="#">豫ICP备11000520号</a>　豫公网安备 41010502001028号</div>
</div></body></html>"""))

# ---------------------------------------------------------------- wf-15 Gansu portal, 2022 design, Xinhua wire copy
PAGES.append(dict(
    id="wf-15", kind="media", mode="p", hmode="strong",
    title="敦煌研究院数字化保护成果首次在海外集中展示",
    authors=["张玉洁", "马希平"], publish_time="2025-06-11 10:26",
    body=[
        "新华社兰州6月11日电（记者张玉洁、马希平）记者从敦煌研究院获悉，“数字敦煌——丝路遗珍”展览近日在海外开幕，这是敦煌研究院数字化保护成果首次在海外以大型展览形式集中展示。",
        "展览通过高精度数字壁画、洞窟三维重建、沉浸式投影等手段，再现莫高窟第45窟、第156窟等代表性洞窟的艺术风貌。观众戴上虚拟现实设备，即可“走进”洞窟，近距离观赏彩塑与壁画细节。",
        "敦煌研究院相关负责人介绍，经过30余年努力，研究院已完成295个洞窟的数字化采集，其中180余个洞窟的全景漫游资源已通过“数字敦煌”资源库向全球免费开放，累计访问量超过2000万次。",
        "据悉，展览将持续至9月底，其间还将举办敦煌艺术讲座、壁画临摹体验等系列活动。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@ - 中国甘肃网</title>
<style>body{margin:0;font-family:"Microsoft YaHei";color:#333}.hd{background:#b8000a;padding:14px 120px;color:#fff;display:flex;align-items:center;gap:40px}.hd .l{font-size:26px;font-weight:700}.hd nav a{color:#fff;margin-right:16px;font-size:15px}.sub{background:#f7f7f7;padding:8px 120px;font-size:13px}.sub a{margin-right:14px;color:#555}.wrap{padding:24px 120px;display:grid;grid-template-columns:1fr 300px;gap:40px}.art h1{font-size:30px;line-height:1.4;margin:0 0 14px}.info{color:#999;font-size:14px;display:flex;gap:18px;margin-bottom:20px}.art p{font-size:18px;line-height:2;text-indent:2em}.bj{color:#888;font-size:14px;text-align:right}.aside h4{border-left:4px solid #b8000a;padding-left:8px}.aside a{display:block;line-height:1.9;font-size:14px;color:#333}.foot{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;padding:20px;line-height:2}</style></head>
<body><div class="hd"><span class="l">中国甘肃网</span><nav><a href="#">首页</a><a href="#">甘肃</a><a href="#">时政</a><a href="#">县区</a><a href="#">文旅</a><a href="#">视频</a><a href="#">丝路</a></nav><form><input type="search" placeholder="请输入关键词"></form></div>
<div class="sub"><a href="#">中国甘肃网</a>&gt;<a href="#">甘肃新闻</a>&gt;<a href="#">文旅</a></div>
<div class="wrap"><div class="art"><h1>@T@</h1>
<div class="info"><span>@D@</span><span>来源：新华社</span><span>字号：<a href="#">A+</a> <a href="#">A-</a></span></div>
@B@
<p class="bj">【责任编辑：陈  娟】</p>
<div>扫一扫 分享到微信 <img alt="二维码" src="DATA"></div></div>
<div class="aside"><h4>要闻</h4><a href="#">甘肃：夏粮收获进度过三成</a><a href="#">兰州新区新增一批外贸企业</a><a href="#">敦煌文化研学游持续升温</a><h4>视频</h4><a href="#">【视频】航拍祁连山草原</a></div></div>
<div class="foot">中国甘肃网版权所有　甘肃每日传媒集团主办<br>互联网新闻信息服务许可证：62120170001　<a href="#">陇ICP备07000453号</a>　甘公网安备 62010202000431号</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-16 Qinghai news portal, 2014 design, 原标题 line + 引题
PAGES.append(dict(
    id="wf-16", kind="media", mode="pi",
    title="玉树今年实施高标准农田建设3.2万亩",
    authors=["罗藏才让", "王晶"], publish_time="2025-06-11 09:02:37",
    body=[
        "~ 原标题：高原农业迈出“高标准”步伐 玉树今年实施高标准农田建设3.2万亩",
        "记者从玉树藏族自治州农牧和科技局了解到，今年玉树州计划实施高标准农田建设3.2万亩，涉及囊谦县、称多县等4个县的17个行政村，总投资9600万元。目前，各项目区已全面开工，预计10月底前完工。",
        "玉树州地处三江源腹地，耕地多分布在河谷地带，地块零散、灌溉条件差。此次建设内容包括土地平整、灌溉渠系、田间道路、农田防护林等，项目建成后，预计青稞亩产可提高15%以上。",
        "在囊谦县香达镇项目区，施工机械正在平整土地、开挖渠道。“以前浇地全靠天，渠修好以后，青稞、油菜都能旱涝保收。”当地村民尕玛扎西说。",
        "玉树州还将在项目区推广青稞良种和测土配方施肥技术，同步建设高原特色农产品示范基地，推动农牧业提质增效。（记者 罗藏才让 王晶）",
    ],
    frame="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta charset="utf-8"><title>玉树今年实施高标准农田建设3.2万亩_青海新闻网</title>
<style>body{margin:0;background:#e7eef6;font-size:12px;font-family:宋体}.w{width:960px;margin:0 auto;background:#fff}.t{height:96px;background:#1a4f8b;color:#fff;font:bold 32px 黑体;padding:26px 20px;box-sizing:border-box}.t small{font:12px 宋体}.m{background:#0f3b6b}.m a{color:#fff;padding:0 9px;line-height:30px}.p{padding:8px 16px;border-bottom:1px solid #ccc}.yt{text-align:center;font-size:14px;color:#555;margin-top:18px}.h{text-align:center;font:bold 24px 黑体;color:#1a4f8b;margin:6px 0 10px}.i{text-align:center;color:#888;background:#f3f6fa;line-height:28px}.c{font-size:14px;line-height:26px;padding:10px 30px}.r{padding:10px 30px}.r td{font-size:12px;line-height:22px}.f{text-align:center;color:#555;background:#dde6f0;line-height:22px;padding:8px}</style></head>
<body><div class="w"><div class="t">青海新闻网 <small>青海日报社主办</small></div>
<div class="m"><a href="#">首页</a>|<a href="#">青海</a>|<a href="#">时政</a>|<a href="#">州县</a>|<a href="#">三江源</a>|<a href="#">经济</a>|<a href="#">社会</a>|<a href="#">图片</a>|<a href="#">视频</a>|<a href="#">藏文版</a></div>
<div class="p">当前位置：<a href="#">青海新闻网</a> &gt; <a href="#">州县新闻</a> &gt; 玉树</div>
<div class="yt">高原农业迈出“高标准”步伐</div>
<div class="h">@T@</div>
<div class="i">@D@&nbsp;&nbsp;来源：青海日报&nbsp;&nbsp;作者：罗藏才让&nbsp;王晶&nbsp;&nbsp;编辑：苏  娟</div>
<div class="c">
@B@
</div>
<div class="r"><table width="100%"><tr><td><b>相关新闻：</b></td></tr><tr><td>· <a href="#">玉树州启动2025年草原生态保护补奖工作</a>　2025-06-08</td></tr><tr><td>· <a href="#">囊谦县青稞种植面积稳定在8万亩以上</a>　2025-06-02</td></tr></table></div>
<div class="f">青海新闻网版权所有　未经授权禁止转载<br><a href="#">青ICP备05000121号</a>　青公网安备 63010402000084号　新闻热线：0971-8440192</div>
</div></body></html>"""))

# ---------------------------------------------------------------- wf-17 Zhengzhou city media, 2024 design, info bar below body start? (above, split in two rows)
PAGES.append(dict(
    id="wf-17", kind="media", mode="p", hmode="h3",
    title="郑州“口袋公园”今年再添120个",
    authors=["成燕"], publish_time="2025年06月12日 09:12",
    body=[
        "~ 记者 成燕 文/图",
        "傍晚时分，金水区丰庆路与北三环交叉口附近的一处“口袋公园”里，老人在健身器材上锻炼，孩子们在塑胶步道上追逐嬉戏。这块曾经杂草丛生的边角地，去年改造后成了周边居民的“后花园”。",
        ("img", "丰庆路口袋公园", "市民在丰庆路一处口袋公园内休闲。记者 成燕 摄"),
        "记者从郑州市园林局获悉，今年郑州计划新建、改造口袋公园120个，目前已完工47个。这些公园主要利用城市边角地、闲置地、拆违腾退地建设，面积多在400至10000平方米之间。",
        "## 见缝插绿，让市民“推窗见绿”",
        "与大型公园相比，口袋公园选址更灵活，贴近居民生活。今年的建设项目重点向老城区、人口密集区倾斜，同步配建休憩座椅、健身设施、儿童游乐场地等。",
        "## 一园一景，兼顾功能与颜值",
        "“每个公园都会结合周边环境和历史文化进行设计。”市园林局相关负责人介绍，比如管城区的口袋公园融入了商都文化元素，二七区则突出铁路记忆主题。",
        "截至目前，郑州已累计建成口袋公园1050余个，市民出行“300米见绿、500米见园”的目标正在逐步实现。",
    ],
    frame="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>@T@ - 中原网</title>
<style>body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fafafa}.nav{position:sticky;top:0;background:#fff;box-shadow:0 1px 4px #0001;display:flex;gap:28px;align-items:center;padding:0 10%;height:64px}.nav b{color:#d4001a;font-size:24px}.nav a{color:#333}main{width:820px;margin:30px auto;background:#fff;padding:40px 56px;border-radius:8px}.crumbs{font-size:13px;color:#aaa}h1{font-size:34px;line-height:1.35}.m1,.m2{font-size:14px;color:#888}.m2{margin:6px 0 26px}main p{font-size:18px;line-height:1.95}h3{font-size:20px;border-left:4px solid #d4001a;padding-left:10px}.pic-note{color:#777;font-size:14px}.edit{color:#999;font-size:14px;margin-top:30px}.app{background:#fff4f4;padding:14px;text-align:center}footer{text-align:center;font-size:12px;color:#999;padding:30px;line-height:2}</style></head>
<body><div class="nav"><b>中原网</b><a href="#">首页</a><a href="#">郑州</a><a href="#">民生</a><a href="#">区县</a><a href="#">问政</a><a href="#">视频</a><a href="#">郑州日报</a><a href="#">郑州晚报</a></div>
<main><div class="crumbs">中原网 / 郑州 / 城建</div>
<h1>@T@</h1>
<div class="m1">来源：郑州日报　作者：成燕</div>
<div class="m2">@D@　|　阅读 2.1万</div>
@B@
<p class="edit">编辑：赵一鸣　　二审：孟  洁　　三审：张  弘</p>
<div class="app"><img alt="下载郑州日报客户端" src="DATA"> 扫码下载“郑州日报”客户端，阅读更多精彩内容</div></main>
<footer>郑州报业集团主办　中原网版权所有<br>互联网新闻信息服务许可证：41120180003　<a href="#">豫ICP备05011231号</a>　违法和不良信息举报：0371-67655066</footer>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-18 provincial TV site, video news page, 2023 dark design
PAGES.append(dict(
    id="wf-18", kind="media", mode="p",
    title="张家口：200万亩坝上燕麦进入苗期管理关键期",
    authors=["王建军", "刘晓雅"], publish_time="2025-06-12 19:48",
    body=[
        "眼下，张家口坝上地区200多万亩燕麦陆续进入苗期管理关键期，农户抢抓墒情开展中耕除草、追肥等田间管理。",
        "在张北县公会镇的燕麦种植基地，几台中耕机来回作业，田间一片绿意。种植大户李兴旺告诉记者，今年他种了3000亩燕麦，全部采用了良种和机械化播种，出苗整齐，长势比往年好。",
        "“燕麦耐寒耐旱，适合坝上冷凉气候，我们和加工企业签了订单，收购价有保障。”李兴旺说。",
        "近年来，张家口把燕麦作为坝上地区特色优势产业，建设燕麦标准化种植基地，引进燕麦米、燕麦片、燕麦饮品等深加工企业11家，燕麦全产业链产值超过30亿元。",
        "当前，张家口市农业农村部门组织农技人员深入田间地头，开展病虫害监测和技术指导服务，帮助农户科学管理，为秋季丰收打好基础。",
        "~ 河北台记者 王建军 刘晓雅 张家口台报道",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@_冀时视频_河北网络广播电视台</title>
<style>body{margin:0;background:#121418;color:#ddd;font-family:"Microsoft YaHei"}a{color:#9fc3ff}.hd{display:flex;gap:30px;padding:14px 6%;background:#000;align-items:center}.hd b{font-size:22px;color:#fff}.tabs a{margin-right:18px}.player{width:880px;height:495px;margin:20px auto 0;background:#000;display:flex;align-items:center;justify-content:center;color:#666}.box{width:880px;margin:0 auto;padding:20px 0}.box h1{color:#fff;font-size:26px}.info{font-size:13px;color:#888}.info i{font-style:normal;margin-right:14px}.box p{line-height:1.9;font-size:16px}.crew{color:#999;font-size:14px}.list{width:880px;margin:0 auto;border-top:1px solid #333}.list li{line-height:2}.ft{font-size:12px;color:#666;text-align:center;padding:30px;line-height:2}</style></head>
<body><div class="hd"><b>河北网络广播电视台</b><span class="tabs"><a href="#">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">冀时视频</a><a href="#">河北新闻联播</a><a href="#">节目</a></span><form><input placeholder="搜节目、搜新闻"></form></div>
<div class="player"><img alt="视频播放器" src="DATA"> 您的浏览器不支持视频播放 <a href="#">下载冀时客户端</a></div>
<div class="box"><div class="info">首页 &gt; 冀时视频 &gt; 河北新闻联播</div>
<h1>@T@</h1>
<div class="info"><i>发布时间：@D@</i><i>来源：河北新闻联播</i><i>播放：3562</i></div>
@B@
<p class="crew">摄像：高  峰　编辑：赵  丹　责任编辑：孙立伟</p>
<div>点赞 收藏 分享</div></div>
<ul class="list"><li><a href="#">承德：蔬菜大棚迎来采摘季</a></li><li><a href="#">沧州：夏粮收获进度过半</a></li><li><a href="#">【新闻联播】河北各地抢抓农时 全力推进“三夏”生产</a></li></ul>
<div class="ft">河北广播电视台版权所有　信息网络传播视听节目许可证：0304049　<a href="#">冀ICP备05021371号</a>　冀公网安备 13010402001124号</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-19 Lanzhou city news site, 2013 design, glued info bar
PAGES.append(dict(
    id="wf-19", kind="media", mode="pi",
    title="兰州黄河风情线新增3处亲水平台",
    authors=["李蕾"], publish_time="2025-06-13 09:46:21",
    body=[
        "近日，兰州黄河风情线安宁段、七里河段新建的3处亲水平台完工并对市民开放，为市民和游客近距离感受黄河提供了新去处。",
        "记者在七里河区小西湖段看到，新建的亲水平台由观景台阶、木栈道和休憩广场组成，平台临水一侧加装了不锈钢护栏和警示标识。不少市民在平台上拍照、散步，欣赏黄河美景。",
        "“以前只能在马路边远远看黄河，现在能走到水边，感觉离母亲河更近了。”市民陈女士说。",
        "据介绍，今年兰州还将在城关区、西固区黄河沿岸再建设2处亲水平台，并对沿线步道、照明、公厕等配套设施进行提升改造。",
        "据了解，3处亲水平台总面积约6200平方米，设计时充分考虑了黄河汛期水位变化，平台标高均高于二十年一遇洪水位。管理部门提醒，汛期河水上涨、流速加快，市民游玩时切勿翻越护栏、下河游泳。",
        "~ （兰州晚报记者 李  蕾）",
    ],
    frame="""<html><head><meta charset="utf-8"><title>兰州新闻网</title>
<style>body{margin:0;font:12px 宋体;background:#f0f0f0}.c{width:990px;margin:0 auto;background:#fff}.lg{height:80px;background:#fff;border-bottom:2px solid #0068b7;font:bold 30px 黑体;color:#0068b7;padding:20px}.dh{background:#0068b7;line-height:30px}.dh a{color:#fff;margin:0 8px}.wz{line-height:30px;padding-left:10px;background:#f7f7f7}.bt{font:bold 22px 黑体;text-align:center;padding:18px 0 8px}.xx{text-align:center;color:#666;line-height:26px;border-bottom:1px dotted #999;margin:0 30px}.zw{font-size:14px;line-height:28px;padding:14px 40px}.dm{text-align:center;padding:10px;border-top:3px solid #0068b7;color:#666;line-height:22px}</style></head>
<body><div class="c"><div class="lg">兰州新闻网 <span style="font:12px 宋体">www.lzbs.com.cn（示例）</span></div>
<div class="dh"><a href="#">首页</a><a href="#">兰州新闻</a><a href="#">县区</a><a href="#">民生</a><a href="#">兰州晚报</a><a href="#">兰州日报</a><a href="#">图片</a><a href="#">论坛</a></div>
<div class="wz">您现在的位置：<a href="#">兰州新闻网</a>&gt;&gt;<a href="#">兰州新闻</a>&gt;&gt;正文</div>
<div class="bt">@T@</div>
<div class="xx">时间：@D@来源：兰州晚报作者：李蕾编辑：赵  晴</div>
<div class="zw">
@B@
</div>
<table width="100%"><tr><td width="50%" style="padding-left:30px">【<a href="#">收藏本页</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td><td>分享到：<a href="#">新浪微博</a> <a href="#">腾讯微博</a> <a href="#">QQ空间</a> <a href="#">人人网</a></td></tr></table>
<div style="padding:10px 30px"><b>相关阅读</b><br>· <a href="#">黄河风情线“百里长廊”夜景亮化提升工程启动</a><br>· <a href="#">兰州中山桥周边交通管制方案公布</a></div>
<div class="dm">兰州日报社主办　版权所有　<a href="#">陇ICP备05000892号</a>　甘公网安备 62010202000107号<br>新闻热线：0931-8453000</div>
</div></body></html>"""))

# ---------------------------------------------------------------- wf-20 radio site (Henan), 2021 design, closing byline in parentheses
PAGES.append(dict(
    id="wf-20", kind="media", mode="p",
    title="河南高速“三夏”期间对联合收割机跨区作业车辆免费通行",
    authors=["郑小龙"], publish_time="06-13 16:20",
    body=[
        "河南交通广播消息，记者6月13日从河南省交通运输厅获悉，“三夏”期间，我省对参与跨区作业的联合收割机（含插秧机）和运输联合收割机（含插秧机）的车辆，继续实行免费通行政策。",
        "免费通行车辆须持有农业农村部门核发的《跨区作业证》，车辆行驶至收费站出口时，主动出示相关证件，经核验后免费放行。",
        "为保障“三夏”期间道路畅通，全省高速公路各收费站将开设农机专用通道，设置醒目标识。交通运输部门提醒广大机手，运输途中要严格遵守交通规则，不超载、不超限，注意行车安全。",
        "据了解，去年“三夏”期间，全省高速公路共免费放行跨区作业联合收割机运输车辆11.2万辆次，减免通行费约3900万元。",
        "“三夏”期间，如遇到通行问题，可拨打12328交通运输服务监督电话或高速公路客服电话0371-96576咨询。（大象新闻记者 郑小龙）",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@ - 大象网</title>
<style>body{margin:0;font-family:"Microsoft YaHei";background:#fff}.head{background:#ff6a00;padding:12px 9%;color:#fff;display:flex;justify-content:space-between}.head .b{font-size:24px;font-weight:bold}.radio{background:#fff3e8;padding:10px 9%;font-size:14px}.radio a{margin-right:18px;color:#a34400}.body{padding:20px 9%;max-width:800px}.tag{display:inline-block;background:#ff6a00;color:#fff;font-size:12px;padding:2px 8px}.body h1{font-size:28px}.row{font-size:13px;color:#999}.row em{font-style:normal;margin-right:14px}.body p{font-size:17px;line-height:1.9}.audio{background:#f5f5f5;border-radius:30px;padding:10px 20px;color:#666}.feed li{line-height:2}.fo{background:#333;color:#999;font-size:12px;text-align:center;padding:20px;line-height:2}</style></head>
<body><div class="head"><span class="b">大象网</span><span><a href="#" style="color:#fff">登录</a> | <a href="#" style="color:#fff">下载大象新闻</a></span></div>
<div class="radio">广播频率：<a href="#">新闻广播</a><a href="#">经济广播</a><a href="#">交通广播</a><a href="#">音乐广播</a><a href="#">农村广播</a></div>
<div class="body"><span class="tag">交通广播</span>
<h1>@T@</h1>
<div class="row"><em>大象新闻</em><em>@D@</em></div>
<div class="audio">▶ 收听本条音频 00:00 / 01:42</div>
@B@
<p class="row">责编：刘  晨　审核：宋  阳</p>
<ul class="feed"><li><a href="#">河南夏粮收获过半 机收率超99%</a></li><li><a href="#">郑州发布高温黄色预警</a></li><li><a href="#">高速出行提示：这些路段施工请绕行</a></li></ul></div>
<div class="fo">河南广播电视台主办　大象网版权所有<br><a href="#">豫ICP备09034455号</a>　信息网络传播视听节目许可证：1605151</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-21 central media local channel, 2019 design
PAGES.append(dict(
    id="wf-21", kind="media", mode="p",
    title="河北沧州：百年老街“焕新”变身文旅打卡地",
    authors=["史自强", "古丽娜·艾力"], publish_time="2025年06月12日15:36",
    body=[
        "人民网石家庄6月12日电 （史自强、古丽娜·艾力）青砖灰瓦、雕梁画栋，老字号店铺鳞次栉比……走进沧州市运河区南川老街，浓郁的运河风情扑面而来。经过两年多的保护性修缮，这条有着百余年历史的老街已成为当地热门的文旅打卡地。",
        "南川老街沿大运河西岸而建，曾是沧州重要的商贸集散地。修缮过程中，当地坚持“修旧如旧”，保留了老街原有的街巷肌理和23处历史建筑，引入非遗工坊、特色餐饮、文创商店等业态80余家。",
        "“每到周末，店里一天能卖出上千份火锅鸡。”老街一家餐馆负责人说。今年“五一”假期，南川老街累计接待游客42万人次，同比增长36%。",
        "沧州市文化广电和旅游局相关负责人表示，下一步将持续挖掘运河文化、武术文化资源，推出运河夜游、武术表演等特色项目，让老街“活”起来、“火”起来。",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@--河北频道--人民网</title>
<style>body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}.w1000{width:1000px;margin:0 auto}.rmw{height:40px;line-height:40px;border-bottom:1px solid #ddd;font-size:12px}.rmw a{margin-right:10px;color:#333}.pd{height:80px;line-height:80px;font-size:28px;color:#c00;font-weight:bold}.pdnav{background:#c00;line-height:38px}.pdnav a{color:#fff;margin:0 14px}.clink{font-size:12px;color:#666;margin:10px 0}.col-1 h1{font-size:28px;text-align:center;margin:22px 0 8px}.box01{border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:13px;color:#666;padding:6px 0;display:flex;justify-content:space-between}.rm_txt_con p{font-size:16px;line-height:2;text-indent:2em}.edit{text-align:right;color:#666;font-size:12px}.box_pic{font-size:12px;color:#999}.rmfoot{border-top:1px solid #ccc;text-align:center;font-size:12px;color:#666;padding:16px;line-height:2}</style></head>
<body><div class="w1000 rmw"><a href="#">人民网</a>&gt;&gt;<a href="#">河北频道</a>　<a href="#">时政</a><a href="#">国际</a><a href="#">财经</a><a href="#">地方</a><a href="#">观点</a><a href="#">健康</a><a href="#">视频</a>　<input placeholder="人民网搜索"></div>
<div class="w1000 pd">人民网 河北频道</div>
<div class="pdnav"><div class="w1000"><a href="#">首页</a><a href="#">要闻</a><a href="#">市县</a><a href="#">经济</a><a href="#">文旅</a><a href="#">留言板</a><a href="#">人民网评</a></div></div>
<div class="w1000 col-1"><div class="clink"><a href="#">人民网</a>&gt;&gt;<a href="#">河北频道</a>&gt;&gt;<a href="#">市县</a></div>
<h1>@T@</h1>
<div class="box01"><span>@D@  来源：<a href="#">人民网-河北频道</a></span><span>分享到：<a href="#">微博</a> <a href="#">微信</a>　字号：<a href="#">大</a> <a href="#">小</a></span></div>
<div class="rm_txt_con">
@B@
</div>
<div class="edit">(责编：王  倩、陈  晨)</div>
<div class="box_pic"><b>推荐阅读</b><br><a href="#">河北：“跟着赛事去旅行”激活文旅消费</a>　<a href="#">沧州大运河畔：千年古城焕新颜</a></div>
<div class="box_pic">关注公众号：人民网河北频道　<img alt="人民网河北频道二维码" src="DATA"></div></div>
<div class="rmfoot">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved（页面示例，内容为虚构）</div>
</body></html>""".replace("DATA", G)))

# ---------------------------------------------------------------- wf-22 English page of a Chinese outlet, By-line
PAGES.append(dict(
    id="wf-22", kind="media", lang="en", mode="p",
    title="Qinghai Lake welcomes record number of migratory birds",
    authors=["Zhang Yu", "Ma Jie"], publish_time="2025-06-12 09:15",
    body=[
        "The number of migratory birds at Qinghai Lake, China's largest saltwater lake, has reached a record high this breeding season, according to the lake's nature reserve administration.",
        "A survey conducted in late May counted more than 68,000 waterbirds belonging to 45 species, up 12 percent from the same period last year. Bar-headed geese, brown-headed gulls and great cormorants make up the majority.",
        ("img", "Birds at Qinghai Lake", "Bar-headed geese rest on an island in Qinghai Lake, Qinghai province, on June 8. [Photo by Li Wei/For China Daily]"),
        "\"The improving ecological environment around the lake provides more food and safer nesting sites,\" said Tsering Dorje, an engineer at the reserve. \"We have seen birds that had not been recorded here for years.\"",
        "The lake's water surface area has expanded for 20 consecutive years and now exceeds 4,600 square kilometers. Local authorities have relocated herders from key breeding areas and restricted tourist access during the nesting season, which runs from April to August.",
        "The reserve has also installed 36 high-definition cameras to monitor bird activity around the clock, allowing researchers to study breeding behavior without disturbing the colonies.",
    ],
    frame="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>@T@ - Chinadaily.com.cn</title>
<style>body{margin:0;font-family:Georgia,serif;color:#222}.topnav{background:#003366;color:#fff;font:13px Arial;padding:8px 12%}.topnav a{color:#fff;margin-right:14px}.mast{font:bold 34px Georgia;padding:16px 12%;border-bottom:1px solid #ccc}.sect{font:14px Arial;padding:10px 12%;background:#f1f1f1}.sect a{margin-right:16px;color:#003366}.story{width:760px;margin:24px auto}.story h1{font-size:34px;line-height:1.2}.info{font:13px Arial;color:#777;border-bottom:1px solid #ddd;padding-bottom:10px}.story p{font-size:18px;line-height:1.7}.pic-note{font:13px Arial;color:#666}.related{width:760px;margin:0 auto;font:14px Arial}.foot{background:#222;color:#aaa;font:12px Arial;text-align:center;padding:24px;line-height:2}</style></head>
<body><div class="topnav"><a href="#">Global Edition</a><a href="#">China Edition</a><a href="#">ASIA</a><a href="#">AFRICA</a><a href="#">中文</a><a href="#">Sign in</a></div>
<div class="mast">CHINA DAILY <small style="font-size:14px">chinadaily.com.cn</small></div>
<div class="sect"><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Lifestyle</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Regional</a> <input placeholder="Search"></div>
<div class="story"><div style="font:13px Arial;color:#999">Home / China / Society</div>
<h1>@T@</h1>
<div class="info">By Zhang Yu and Ma Jie in Xining | chinadaily.com.cn | Updated: @D@</div>
<div style="font:13px Arial">Share <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Weibo</a></div>
@B@
<p style="font:13px Arial;color:#999">Editor: Liu Ming</p></div>
<div class="related"><h3>Related Stories</h3><ul><li><a href="#">Qinghai protects Przewalski's gazelle habitat</a></li><li><a href="#">Sanjiangyuan national park sees wildlife rebound</a></li><li><a href="#">Tourists flock to Chaka Salt Lake</a></li></ul></div>
<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349 (sample page, invented content)</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-23 English wire copy, source only
PAGES.append(dict(
    id="wf-23", kind="media", lang="en", mode="p",
    title="China's Gansu boosts wind and solar capacity to power eastern provinces",
    authors=[], publish_time="2025-06-13 16:40:12",
    body=[
        "LANZHOU, June 13 (Xinhua) -- Northwest China's Gansu Province has seen its installed capacity of wind and solar power exceed 70 million kilowatts, local authorities said Friday.",
        "New energy now accounts for about 64 percent of the province's total installed power capacity, according to the provincial energy administration.",
        "Gansu, with its vast Gobi desert and abundant wind and sunshine, has been building large-scale new energy bases in Jiuquan, Zhangye and Wuwei. A number of ultra-high-voltage transmission lines carry electricity from the province to central and eastern regions.",
        "In the first five months of this year, Gansu transmitted 28.6 billion kWh of electricity to other provinces, up 9.3 percent year on year, with new energy making up nearly half of the total.",
        "The province plans to add another 10 million kilowatts of new energy capacity this year, while expanding energy storage to help stabilize the grid.",
    ],
    frame="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>@T@-Xinhua</title>
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif}.bar{background:#c8102e;height:54px;display:flex;align-items:center;padding:0 8%;gap:26px}.bar b{color:#fff;font-size:24px}.bar a{color:#fff;font-size:14px}.detail{width:900px;margin:30px auto}.detail .title{font-size:30px;font-weight:bold;line-height:1.3}.wz{display:flex;gap:20px;color:#888;font-size:14px;margin:12px 0 20px}.detail p{font-size:17px;line-height:1.75}.editor{color:#999;font-size:13px}.more h3{border-bottom:2px solid #c8102e}.more li{line-height:1.9}.foot{text-align:center;color:#777;font-size:12px;padding:30px;border-top:1px solid #ddd}</style></head>
<body><div class="bar"><b>english.news.cn</b><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Sci-Tech</a><a href="#">Culture</a><a href="#">Video</a><a href="#">Photo</a></div>
<div class="detail"><div class="title">@T@</div>
<div class="wz"><span>Source: Xinhua</span><span>Editor: Huaxia</span><span>@D@</span></div>
@B@
<p class="editor">[Editor: Huaxia]</p>
<div class="more"><h3>Related</h3><ul><li><a href="#">Gansu's Jiuquan builds "wind power corridor" in Gobi desert</a></li><li><a href="#">Chinese desert province taps solar energy to green economy</a></li></ul></div></div>
<div class="foot">Copyright © 2000 - 2025 XINHUANET.com All rights reserved. (sample page, invented content)</div>
</body></html>"""))

# ---------------------------------------------------------------- wf-24 national portal regional page, 2018 design, 中新网 dateline, edit line inside text
PAGES.append(dict(
    id="wf-24", kind="media", mode="p",
    title="青海西宁：高原夏都迎来避暑旅游旺季",
    authors=["李江宁"], publish_time="2025年06月14日 14:21",
    body=[
        "中新网西宁6月14日电 (记者 李江宁)随着气温回升，素有“中国夏都”之称的青海西宁迎来避暑旅游旺季。记者14日在塔尔寺、青海湖等景区看到，来自全国各地的游客络绎不绝。",
        "西宁市文体旅游广电局数据显示，6月以来，西宁市接待游客量同比增长21.4%，其中省外游客占比超过六成。进入6月，西宁平均气温在17℃左右，凉爽宜人的气候吸引了大量来自南方城市的“避暑客”。",
        "“在广州已经三十多度了，这里早晚还要穿外套，太舒服了。”来自广东的游客林先生带着家人在西宁已经住了一个星期。",
        "西宁市文体旅游广电局相关负责人介绍，今年夏季西宁还将举办郁金香节、环青海湖国际公路自行车赛等节会活动，预计旅游旺季将一直持续到9月。",
        "为迎接旅游旺季，西宁推出了“夏都之夜”夜间消费季、青藏高原美食节等系列活动，并加密了往返主要客源地的航班和旅游专列。(完)",
    ],
    frame="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>@T@-中新网</title>
<style>body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}.top{background:#034d9b;color:#fff;padding:0 10%;line-height:50px}.top a{color:#fff;margin-right:18px}.top b{font-size:22px;margin-right:40px}.content{width:960px;margin:20px auto}.crumb{color:#888;font-size:13px}.content h1{font-size:28px;text-align:center;margin:20px 0 10px}.left-t{text-align:center;color:#888;font-size:14px;margin-bottom:20px}.left_zw p{font-size:17px;line-height:2;text-indent:2em}.adEditor{text-align:right;color:#888;font-size:13px}.ad{background:#f5f5f5;color:#aaa;text-align:center;padding:30px;margin:20px 0}.hot li{line-height:2}.bottom{background:#034d9b;color:#cfe0f5;font-size:12px;text-align:center;padding:20px;line-height:2}</style></head>
<body><div class="top"><b>中国新闻网</b><a href="#">首页</a><a href="#">滚动</a><a href="#">国内</a><a href="#">国际</a><a href="#">社会</a><a href="#">财经</a><a href="#">文娱</a><a href="#">地方</a><a href="#">视频</a></div>
<div class="content"><div class="crumb">中新网首页 &gt; 地方新闻 &gt; 正文</div>
<h1>@T@</h1>
<div class="left-t">@D@　来源：中国新闻网　参与互动 <a href="#">0</a></div>
<div class="left_zw">
@B@
</div>
<div class="adEditor">【编辑:刘  欢】</div>
<div class="ad">广告</div>
<div class="hot"><b>本网热点</b><ul><li><a href="#">青海湖环湖赛下月开赛</a></li><li><a href="#">西宁至成都高铁加快建设</a></li><li><a href="#">塔尔寺景区实行分时预约</a></li></ul></div></div>
<div class="bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。（页面示例，内容为虚构）</div>
</body></html>"""))
