"""Newspaper e-paper pages vg-31 ... vg-35 (电子版/数字报): 引题/主题/副题 stacks, 版次 navigation,
本版标题 lists. Papers, articles and names are invented."""
from build import img

E = "e-paper"
PAGES = []

# vg-31 北京 district paper, 2019 数字报: left 版面 column, 引题/主题/副题, byline line on its own
PAGES.append(dict(
    id="vg-31", kind=E, lang="zh",
    title="运河沿线新增5处亲水步道",
    authors=["高琳"], publish_time="2024年05月16日 星期四",
    css="""
body{margin:0;background:#d9d9d9;font-family:SimSun,serif;font-size:13px}
.ep{width:1200px;margin:0 auto;background:#fff;display:flex}
.ep-l{width:420px;border-right:1px solid #ccc;padding:10px}.ep-r{flex:1;padding:10px 24px}
.ep-top{background:#8b0000;color:#fff;padding:10px;font-size:26px;font-family:"Microsoft YaHei"}
.bm{height:420px;background:#f2f2f2;border:1px solid #ccc;text-align:center;line-height:420px;color:#999}
.yt,.ft2{text-align:center;color:#333;font-size:16px}.zt{text-align:center;font-size:26px;font-weight:bold;font-family:"Microsoft YaHei";margin:8px 0}
.ep-r p{font-size:15px;line-height:2}.list li{line-height:1.9}
""",
    html="""
<div class="ep-top">通州时讯 数字报　<span style="font-size:14px">2024年05月16日 星期四</span></div>
<div class="ep">
<div class="ep-l">
<div>第01版：要闻　<a href="#">上一版</a>　<a href="#">下一版</a></div>
<div class="bm">版面图（点击热区阅读）</div>
<div>版面导航</div>
<ul class="list"><li><a href="#">第01版：要闻</a></li><li><a href="#">第02版：综合</a></li><li><a href="#">第03版：民生</a></li><li><a href="#">第04版：副刊</a></li></ul>
<div>往期回顾：<input type="text" placeholder="2024-05-16"> <button>查看</button></div>
</div>
<div class="ep-r">
<div>当前版：01版　<a href="#">【放大】</a><a href="#">【缩小】</a><a href="#">【默认】</a></div>
<div class="yt">擦亮城市副中心“水名片”</div>
<div class="zt">运河沿线新增5处亲水步道</div>
<div class="ft2">总长约8.6公里　6月底前全部开放</div>
@@BODY@@
<hr>
<div><b>本版标题</b></div>
<ol class="list"><li><a href="#">区委常委会召开会议</a></li><li><a href="#">运河沿线新增5处亲水步道</a></li><li><a href="#">台湖演艺小镇迎来首批驻场剧目</a></li><li><a href="#">副中心站综合交通枢纽加快建设</a></li></ol>
<div><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
</div>
</div>
<div style="text-align:center;padding:16px;background:#fff;width:1200px;margin:0 auto">通州时讯社版权所有　未经书面授权不得转载　京ICP备08012566号</div>
""",
    pmode="ideo",
    body=[
        "~<p>本报记者　高琳</p>",
        "本报讯　记者从区水务局获悉，北运河通州段沿线今年将新增5处亲水步道，总长约8.6公里，目前已完成主体建设，预计6月底前全部向市民开放。",
        "新建的亲水步道分布在北关、玉带河、甘棠、张家湾和漷县等段落，采用透水铺装和木栈道相结合的形式，沿线设置观景平台、休憩座椅和无障碍坡道。部分步道紧贴水面，市民可以近距离观赏运河风光。",
        "“步道设计充分考虑了防汛要求，汛期水位上涨时，低处栈道可以临时封闭，不影响行洪。”区水务局相关负责人介绍，步道沿线还同步安装了照明、监控和救生设施，保障市民夜间游览安全。",
        "近年来，通州持续推进北运河综合治理，通州段40公里河道已实现旅游通航，运河两岸建成了大运河森林公园、城市绿心等一批滨水公园。新步道开放后，将与已有的绿道连接成网，市民可沿河步行、骑行游览。",
    ]))

# vg-32 黑龙江 city paper, 2013 table e-paper, 主题 printed on two lines (joined in gold)
PAGES.append(dict(
    id="vg-32", kind=E, lang="zh",
    title="镜泊湖冬捕节开网首网出鱼八万斤",
    authors=["姜海涛", "邹玉"], publish_time="2019-12-28",
    css="""
body{margin:0;font-size:12px;font-family:宋体}
table{border-collapse:collapse}.hd{background:url() #1c3f6e;color:#fff;font-size:24px;height:60px}
.bc{background:#e7edf5}.tit1{font-size:14px;text-align:center;color:#444}
.tit2{font-size:24px;font-weight:bold;text-align:center;color:#000;line-height:36px}
.tit3{font-size:14px;text-align:center;color:#444}.zw{font-size:14px;line-height:26px}
""",
    html="""
<table width="1000" align="center" border="0">
<tr><td colspan="2" class="hd">　牡丹江晨报　<span style="font-size:12px">2019年12月28日</span></td></tr>
<tr class="bc"><td colspan="2">第A03版：城事　<a href="#">上一版</a>　<a href="#">下一版</a>　　<a href="#">PDF版下载</a>　　<a href="#">往期回顾</a></td></tr>
<tr>
<td width="300" valign="top">
<table width="100%" border="1"><tr><td>版面导航</td></tr>
<tr><td><a href="#">A01：头版</a></td></tr><tr><td><a href="#">A02：要闻</a></td></tr><tr><td><a href="#">A03：城事</a></td></tr><tr><td><a href="#">A04：体育</a></td></tr></table>
<br><table width="100%" border="1"><tr><td>本版标题</td></tr>
<tr><td><a href="#">· 镜泊湖冬捕节开网首网出鱼八万斤</a></td></tr><tr><td><a href="#">· 市区新增3处公共滑冰场</a></td></tr><tr><td><a href="#">· 供热投诉热线24小时值守</a></td></tr></table>
</td>
<td width="700" valign="top">
<div class="tit1">“头鱼”拍出九万九千元</div>
<div class="tit2">镜泊湖冬捕节开网<br>首网出鱼八万斤</div>
<div class="tit3">——第十五届镜泊湖冬捕节暨冰雪旅游季启幕</div>
<div class="zw">
@@BODY@@
</div>
<div>日期：2019-12-28　　版次：A03　　作者：姜海涛　邹玉</div>
<div><a href="#">&lt;&lt; 上一篇</a>　<a href="#">下一篇 &gt;&gt;</a>　<a href="#">返回</a></div>
</td></tr>
<tr><td colspan="2" align="center">牡丹江晨报社主办　Copyright 2013 All Rights Reserved　黑ICP备13003185号</td></tr>
</table>
""",
    pmode="ideo",
    body=[
        "本报讯（记者　姜海涛　邹玉）12月27日上午，第十五届镜泊湖冬捕节在宁安市镜泊湖景区开幕。随着渔把头一声“起网喽”，一张长约千米的大网被缓缓拉出冰面，活蹦乱跳的鲢鱼、鳙鱼堆满了冰场，首网出鱼约八万斤。",
        "开幕式上，祭湖醒网、冰上舞龙等传统民俗表演吸引了众多游客驻足观看。经过激烈竞拍，一条重达42斤的“头鱼”以9.9万元的价格被一家本地企业拍得，拍卖所得将全部用于镜泊湖生态保护。",
        "!img 冬捕现场|冬捕现场（记者 姜海涛 摄）",
        "据了解，本届冬捕节将持续至明年2月，期间还将举办冰雪摄影大赛、冰上自行车赛、渔家年货大集等20余项活动。景区同时推出冬季旅游优惠套票，游客可体验冰瀑观光、冰上卡丁车、雪地摩托等项目。",
        "“来看一次冬捕，这趟就值了。”从上海专程赶来的游客周先生兴奋地说。",
    ]))

# vg-33 贵州 民族地区 paper, 2018 数字报 design, 引题+主题, "■ 通讯员 … 记者 …" byline line
PAGES.append(dict(
    id="vg-33", kind=E, lang="zh",
    title="一条产业路带富三个村",
    authors=["韦家宝", "潘世雄"], publish_time="2018年07月12日 星期四",
    css="""
body{margin:0;background:#f0ece4;font-family:"Microsoft YaHei"}
.pz{width:1100px;margin:0 auto;background:#fff}.pz-h{background:#2c5d2a;color:#fff;padding:14px 20px;font-size:28px}
.pz-b{display:grid;grid-template-columns:320px 1fr;gap:20px;padding:20px}
.v{border:1px solid #ddd;padding:8px}.v h5{margin:0 0 6px;color:#2c5d2a}
.yin{color:#666;font-size:15px;text-align:center}.main-t{font-size:28px;text-align:center;font-weight:bold;margin:6px 0 16px}
.txt p{font-size:16px;line-height:1.9}.pz-f{text-align:center;font-size:12px;color:#777;padding:14px}
""",
    html="""
<div class="pz">
<div class="pz-h">黔南民族报 · 数字报刊平台</div>
<div style="padding:6px 20px">2018年07月12日 星期四　　第3版：乡村振兴　　<a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期检索</a></div>
<div class="pz-b">
<div>
<div class="v"><h5>版面导航</h5><p><a href="#">第1版：要闻</a><br><a href="#">第2版：综合</a><br><a href="#">第3版：乡村振兴</a><br><a href="#">第4版：民族文化</a></p></div>
<div class="v"><h5>本版新闻</h5><p><a href="#">一条产业路带富三个村</a><br><a href="#">荔波：稻田养鱼喜获丰收</a><br><a href="#">三都水族自治县开展农技培训</a><br><a href="#">小小百香果 致富大产业</a></p></div>
<div class="v">{img}<br>第3版 版面缩略图</div>
</div>
<div>
<div class="yin">罗甸县沫阳镇修通“茶果路”</div>
<div class="main-t">一条产业路带富三个村</div>
<div class="txt">
@@BODY@@
</div>
<p style="color:#888">稿件来源：黔南民族报　　编辑：陆思静</p>
<p><a href="#">打印本页</a> | <a href="#">关闭窗口</a> | <a href="#">返回版面</a></p>
</div>
</div>
<div class="pz-f">黔南民族报社版权所有　黔ICP备10003421号　本网站所刊登的各种新闻、信息和专栏资料，均为版权所有，不得转载</div>
</div>
""".replace("{img}", img("版面缩略图")),
    pmode="indent",
    body=[
        "~<p>■ 通讯员　韦家宝　本报记者　潘世雄</p>",
        "七月的罗甸县沫阳镇，一条新修的水泥路沿着山腰蜿蜒伸展，路两边是连片的茶园和火龙果基地。这条长11公里的产业路，把沫阳镇的董架、麻怀、纳坪三个村连在了一起。",
        "“以前全是土路，一下雨就进不了车，火龙果熟了运不出去，只能眼看着烂在地里。”董架村村民罗大哥说，路修通后，收购商直接把车开到地头，去年他家的火龙果卖了4万多元。",
        "产业路修通以来，三个村因地制宜发展产业：董架村扩种火龙果800亩，麻怀村新建茶园1200亩，纳坪村发展林下养鸡和蜂蜜。镇里还引进了一家农产品加工企业，在路边建起冷库和分拣中心，实现了产品就地分级、包装和销售。",
        "据统计，2017年三个村农民人均可支配收入达到8960元，比修路前增长近一倍，已有163户贫困户实现脱贫。",
    ]))

# vg-34 湖北 荆州 daily, 2022 responsive 数字报: 引题/主题/副题, closing byline with 通讯员 in last para
PAGES.append(dict(
    id="vg-34", kind=E, lang="zh",
    title="荆州古城墙东门段修缮工程完工",
    authors=["唐思琪", "万磊"], publish_time="2022-10-19",
    css="""
body{margin:0;background:#fafafa;font-family:system-ui,"Microsoft YaHei"}
.e-h{display:flex;justify-content:space-between;align-items:center;background:#b8860b;color:#fff;padding:12px 4%}
.e-h .nm{font-size:26px;font-weight:600}.e-nav{background:#fff;padding:8px 4%;border-bottom:1px solid #eee;overflow-x:auto;white-space:nowrap}
.e-nav a{margin-right:18px;color:#555}.e-w{max-width:1080px;margin:20px auto;display:flex;gap:24px}
.e-art{flex:1;background:#fff;padding:26px 34px}.e-side{width:300px;background:#fff;padding:16px}
.intro,.sub{color:#777;text-align:center;font-size:15px}.e-art h1{text-align:center;font-size:27px;margin:6px 0}
.e-art p{font-size:16px;line-height:1.9}.e-f{text-align:center;color:#999;font-size:12px;padding:16px}
""",
    html="""
<div class="e-h"><span class="nm">荆江日报 电子版</span><span>2022-10-19　星期三　<a href="#">PDF下载</a></span></div>
<div class="e-nav"><a href="#">01 要闻</a><a href="#">02 综合</a><a href="#">03 经济</a><a href="#">04 城市</a><a href="#">05 文化</a><a href="#">06 周刊</a><a href="#">07 专版</a><a href="#">08 广告</a></div>
<div class="e-w">
<div class="e-art">
<div style="font-size:13px;color:#999">第04版：城市　｜　2022-10-19</div>
<div class="intro">保护性修缮历时10个月</div>
<h1>荆州古城墙东门段修缮工程完工</h1>
<div class="sub">城楼、瓮城、马面恢复历史风貌　国庆后恢复开放</div>
<div style="text-align:center;font-size:13px;color:#999"><a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a>　<a href="#">朗读</a></div>
@@BODY@@
</div>
<div class="e-side"><b>本版标题</b><ul><li><a href="#">荆州古城墙东门段修缮工程完工</a></li><li><a href="#">沙市区新增两条公交线路</a></li><li><a href="#">“一江两湖”生态修复加快推进</a></li><li><a href="#">荆州市第三人民医院新院区启用</a></li></ul>
<b>往期</b><p><input type="date"> <button>查看</button></p></div>
</div>
<div class="e-f">荆江日报社 主办　鄂ICP备06020591号-1　鄂公网安备42100202000177号<br>地址：荆州市沙市区江津东路58号　新闻热线：0716-8463201</div>
""",
    pmode="p",
    body=[
        "10月18日，记者从荆州古城墙保护管理部门获悉，历时10个月的古城墙东门段保护性修缮工程日前完工，宾阳楼、瓮城及周边城墙恢复了历史风貌。",
        "此次修缮范围包括东门城楼、瓮城、两座马面及两侧约600米墙体，主要对墙体裂缝、砖石风化、排水不畅等病害进行治理。施工中坚持“最小干预”原则，尽可能保留原有墙砖，对风化严重的墙砖采用按原工艺、原尺寸烧制的新砖进行替换。",
        "!img 修缮后的宾阳楼|修缮后的宾阳楼",
        "“修缮前我们对每一块需要更换的墙砖都做了编号和记录，新砖上也打上了年份标记，方便以后研究和识别。”施工方技术负责人介绍。",
        "## 古城墙保护持续推进",
        "荆州古城墙现存城垣始建于明代，是我国南方保存最完好的古城垣之一。近年来，荆州持续推进古城墙保护和环境整治，先后完成南门、小北门等段落的修缮，并对护城河进行了清淤和水质提升。",
        "据悉，东门段将于近期恢复对游客开放，游客可登上城楼和瓮城参观。（记者　唐思琪　通讯员　万磊）",
    ]))

# vg-35 黑龙江 垦区 paper, 2020 e-paper with top 版次 tabs, 引题+主题 only, "记者 X" byline line + 本报讯 w/o names
PAGES.append(dict(
    id="vg-35", kind=E, lang="zh",
    title="建三江分公司大豆测产亩产超400斤",
    authors=["于佳慧", "宋立国"], publish_time="2020年09月24日",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#eef1ee}
.kq-top{background:#556b2f;color:#fff;display:flex;gap:30px;padding:12px 40px;align-items:baseline}
.kq-top b{font-size:26px}.kq-tabs{background:#6b8e23;padding:6px 40px}.kq-tabs span{color:#fff;margin-right:12px}
.kq-w{width:1000px;margin:20px auto;background:#fff;padding:24px 40px}
.kq-yin{font-size:16px;color:#555}.kq-w h2{font-size:26px;margin:4px 0 12px}
.kq-w p{line-height:1.9;font-size:16px}.kq-info{color:#888;font-size:13px;border-top:1px dashed #ccc;padding-top:8px}
""",
    html="""
<div class="kq-top"><b>北疆垦区日报</b><span>2020年09月24日</span><span>第02版 经济</span></div>
<div class="kq-tabs"><span>01 要闻</span><span>02 经济</span><span>03 综合</span><span>04 农场</span><span>05 视点</span><span>06 文化</span><span>07 专刊</span><span>08 广告</span></div>
<div class="kq-w">
<div class="kq-yin">科技赋能　良种良法配套</div>
<h2>建三江分公司大豆测产亩产超400斤</h2>
<p style="color:#555">记者　于佳慧　宋立国</p>
@@BODY@@
<div class="kq-info">发布日期：2020年09月24日　　版次：02　　编辑：崔红艳</div>
<p>本版其他新闻：<a href="#">红兴隆分公司秋收机械全部检修到位</a>　<a href="#">宝泉岭粮食烘干能力提升两成</a>　<a href="#">九三分公司举办农民丰收节</a></p>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">本版目录</a>　<a href="#">返回首页</a></p>
</div>
<div style="text-align:center;font-size:12px;color:#888;padding:16px">北疆垦区日报社　版权所有　黑ICP备06003920号　未经许可不得复制</div>
""",
    pmode="ideo", hmode="ideo-strong",
    body=[
        "本报讯　9月22日，建三江分公司组织专家对七星农场、八五九农场等5个农场的大豆高产示范区进行测产。结果显示，示范区平均亩产达到412.6斤，比分公司大豆平均亩产高出近百斤。",
        "测产专家组由省农科院、东北农业大学等单位的7名专家组成，采取随机取点、实收测产的方法，对示范区内不同品种、不同种植模式的地块逐一测定。专家组认为，示范区大豆长势整齐、结荚多、籽粒饱满，高产示范效果明显。",
        "## 良种良法齐发力",
        "今年，建三江分公司在大豆生产中推广高产高油品种8个，全面推行“大垄密植”“一次性深施肥”“无人机飞防”等技术，大豆种植面积达到86万亩，比上年增加12万亩。",
        "七星农场第三管理区种植户刘春明种了600亩大豆，今年采用了大垄密植技术。“株距小了、垄宽了，通风透光好，豆荚结得多。按现在的行情，每亩能多收100多元。”他说。",
        "目前，建三江分公司大豆已陆续进入收获期，各农场正抓住晴好天气抢收，确保颗粒归仓。",
    ]))
