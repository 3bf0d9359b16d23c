"""Newspaper e-paper pages xg-31 .. xg-35: 引题/主题/副题 stacks, 版次 navigation,
本版标题 lists, 图片新闻 captions before the story."""
from lib import P, H, Q, UL, OL, TABLE, SIG, IMG, BYLINE, NOTE, WENHAO, HTML
from lib import li_links, links, dated_list, img, search, paras, esc

PAGES = []


def banci(pages, cls="bc"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in pages) + "</ul>"


# ---------------------------------------------------------------------------
# xg-31  provincial daily e-paper (福建) · 引题/主题/副题, 版面导航, 本版标题 before the story
PAGES.append(dict(
    id="xg-31", kind="e-paper", lang="zh",
    doc_title="宁德：山海协作结出“共富果”--东南早报数字报",
    title=["宁德：山海协作结出“共富果”"],
    authors=["陈海宁", "郑晓薇"],
    time="2024年11月05日 星期二",
    css="""
body{background:#e9e4da}
.ep{width:1200px;margin:0 auto;background:#fff}
.ep-head{height:90px;background:#9e1b1f;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.ep-head .date{font-size:15px}
.ep-left{width:380px;float:left;padding:10px;background:#f7f3ea}
.ep-left h4{background:#9e1b1f;color:#fff;padding:4px 8px}
.bc li{float:left;width:50%;font-size:13px;line-height:24px}
.bc:after{content:"";display:block;clear:both}
.ep-left .bt li{font-size:13px;line-height:24px;list-style:square inside}
.ep-right{width:760px;float:right;padding:10px 20px}
.ep-yt{font-size:16px;text-align:center;color:#333;margin:10px 0 0}
.ep-zt{font-size:28px;text-align:center;margin:6px 0;color:#000}
.ep-ft{font-size:16px;text-align:center;color:#333;margin:0 0 10px}
.ep-au{text-align:center;font-size:14px;color:#555}
.ep-text p{font-size:16px;line-height:1.9}
.ep-text h4{font-size:16px}
.ep-pn{font-size:13px}
.ep-c{clear:both}
.ep-foot{background:#9e1b1f;color:#fff;font-size:12px;text-align:center;padding:10px}
""",
    layout=f"""
<div class="ep">
<div class="ep-head">{img("东南早报")}<span class="date">@@TIME@@</span><span>{links(["往期回顾", "返回目录", "PDF下载"], "　")}</span></div>
<div class="ep-left">
<p>{img("第01版：要闻", w=360, h=520)}</p>
<p>{links(["上一版", "下一版"], "　")}</p>
<h4>版面导航</h4>
{banci(["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：经济", "第05版：民生", "第06版：海峡", "第07版：文体", "第08版：副刊"])}
<h4>本版标题</h4>
{li_links(["全省经济运行稳中有进", "宁德：山海协作结出“共富果”", "福州至厦门高铁进入联调联试", "我省出台支持民营经济发展若干措施", "图片新闻"], "bt")}
</div>
<div class="ep-right">
<p class="ep-yt">践行“四下基层”　奋力推进乡村振兴</p>
<h1 class="ep-zt">@@TITLE@@</h1>
<p class="ep-ft">——闽东沿海与山区县结对三年引进项目62个</p>
<div class="ep-text">
@@BODY@@
</div>
<p class="ep-pn">{links(["上一篇", "下一篇"], "　")}</p>
</div>
<div class="ep-c"></div>
<div class="ep-foot">东南早报社版权所有　未经授权不得转载　闽ICP备09003128号-2</div>
</div>
""",
    ps="indent", hs="strong",
    body=[
        BYLINE("本报记者 陈海宁　通讯员 郑晓薇", "ep-au"),
        P("走进屏南县一家竹制品加工厂，机器轰鸣，工人们正在赶制一批出口订单。三年前，这家企业从沿海的福安市迁到屏南，利用当地丰富的毛竹资源，年产值已突破8000万元，带动周边200多名村民就业。"),
        P("这是宁德推进山海协作的一个缩影。2021年以来，宁德推动蕉城、福安、福鼎等沿海县（市、区）与屏南、寿宁、周宁、柘荣等山区县结对，建立“产业共育、园区共建、利益共享”机制，三年来共引进协作项目62个，总投资超过120亿元。"),
        H("“飞地”园区破解发展瓶颈"),
        P("山区县有资源、缺平台，沿海县有产业、缺空间。针对这一现实，宁德探索“飞地经济”模式：山区县在沿海工业园区建设“飞地”园区，招引的项目税收按比例分成；沿海企业则把原料初加工等环节布局到山区，形成上下游配套。"),
        P("寿宁县在福安经济开发区建设的“飞地”园区，目前已入驻电机电器企业9家。“以前山区招商很难，现在依托沿海的产业基础，企业愿意来了。”寿宁县相关负责人说。"),
        H("农文旅融合拓宽增收渠道"),
        P("在周宁县，沿海结对方福鼎市帮助当地引进文旅企业，对古村落进行保护性开发，推出高山避暑、研学旅行等产品。今年暑期，周宁接待游客同比增长31%，不少村民开起了民宿和农家乐。"),
        P("宁德市发改委负责人表示，下一步将完善山海协作利益联结机制，推动更多优质项目向山区县倾斜，让山海协作的“共富果”惠及更多群众。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-32  evening paper e-paper (温州) · 图片新闻 box (its caption) before the story
PAGES.append(dict(
    id="xg-32", kind="e-paper", lang="zh",
    doc_title="鹿城老城区32条背街小巷完成“微改造”_瓯江晚报",
    title=["鹿城老城区32条背街小巷完成“微改造”"],
    authors=["章佳琪", "朱丽娜"],
    time="2023-11-04",
    css="""
.oj-top{background:#1f3f7a;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}
.oj-top a{color:#fff}
.oj-sel{background:#eef2f8;padding:6px 20px;font-size:13px}
.oj-wrap{width:1160px;margin:0 auto}
.oj-l{float:left;width:300px}.oj-r{float:right;width:820px}
.oj-l .bc li{line-height:26px;border-bottom:1px dashed #ccc;font-size:13px}
.oj-l .bt li{line-height:24px;font-size:13px}
.oj-tp{border:1px solid #dde;padding:10px;margin-bottom:16px}
.oj-tp .lab{background:#1f3f7a;color:#fff;font-size:12px;padding:1px 6px}
.oj-tp .cap{font-size:13px;color:#555}
.oj-r h1{font-size:26px;text-align:center}
.oj-r .fu{text-align:center;font-size:16px;color:#444}
.oj-r .au{text-align:center;font-size:13px;color:#666}
.oj-txt p{font-size:16px;line-height:1.9;text-indent:2em}
.oj-c{clear:both}
.oj-foot{text-align:center;font-size:12px;color:#777;border-top:1px solid #ccc;padding:12px;margin-top:20px}
""",
    layout=f"""
<div class="oj-top"><span>{img("瓯江晚报")} 数字报</span><span>{links(["首页", "往期", "瓯江新闻网"], " | ")}</span></div>
<div class="oj-sel">日期：@@TIME@@　<select><option>2023年11月</option></select>　当前版：第A05版：城事</div>
<div class="oj-wrap">
<div class="oj-l">
<p>{img("第A05版：城事", w=300, h=440)}</p>
{banci(["第A01版：要闻", "第A02版：要闻", "第A03版：温州新闻", "第A04版：温州新闻", "第A05版：城事", "第A06版：城事", "第A07版：民生", "第A08版：体育"])}
<p><b>本版新闻</b></p>
{li_links(["鹿城老城区32条背街小巷完成“微改造”", "五马街历史文化街区夜市开市", "温州市区新增3处公共停车场", "图片新闻"], "bt")}
</div>
<div class="oj-r">
<div class="oj-tp"><span class="lab">图片新闻</span>
<p>{img("江心屿银杏", w=600, h=360)}</p>
<p class="cap">江心屿银杏进入最佳观赏期。11月3日，市民在江心屿东园拍照打卡，金黄的银杏叶与千年古塔相映成景。记者 潘一帆 摄</p></div>
<h1>@@TITLE@@</h1>
<p class="fu">居民出门就是“口袋公园”</p>
<p class="au">记者 章佳琪　通讯员 朱丽娜</p>
<div class="oj-txt">
@@BODY@@
</div>
<p>{links(["上一篇", "下一篇", "返回本版"], "　")}</p>
</div>
<div class="oj-c"></div>
</div>
<div class="oj-foot">瓯江晚报社 版权所有　本站所刊登的各种新闻、信息和各种专题专栏资料，均为瓯江晚报版权所有，未经协议授权，禁止下载使用<br>浙ICP备05012776号</div>
""",
    ps="p", hs="strong",
    body=[
        P("铺上透水砖的巷道平整干净，墙角见缝插绿种上了月季和绣球，原先杂乱的电线被收进了线槽……昨天，记者从鹿城区获悉，老城区32条背街小巷“微改造”已全部完工，总长约9.6公里。"),
        P("这批背街小巷主要分布在五马、南郊、松台等街道，大多建于上世纪八九十年代，普遍存在路面破损、排水不畅、“空中蜘蛛网”等问题。此次改造坚持“一巷一策”，不搞大拆大建，重点解决居民反映强烈的“小问题”。"),
        P("在松台街道的墨池巷，施工方利用巷口一块闲置空地，建起了一座不到200平方米的“口袋公园”，摆上座椅和健身器材。“以前这里堆满杂物，现在晚饭后大家都来这里坐坐、聊聊天。”住在巷子里的居民张大伯说。"),
        P("改造过程中，鹿城区还引入“居民议事会”机制，方案设计、施工时间、绿化品种都征求居民意见。据统计，改造期间共收集居民意见建议430余条，采纳率达到八成。"),
        P("鹿城区住建局相关负责人表示，明年将继续推进40条背街小巷改造，并建立长效管护机制，让小巷“改得好”更要“管得好”。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-33  county-level city daily e-paper (昆山) · photo and caption between byline and story
PAGES.append(dict(
    id="xg-33", kind="e-paper", lang="zh",
    doc_title="玉峰日报数字报-我市夏收夏种全面展开",
    title=["我市夏收夏种全面展开"],
    authors=["徐峰", "沈晓燕"],
    time="2019年06月12日 星期三",
    css="""
body{background:#d9e3d4}
.yf{width:1100px;margin:0 auto;background:#fff}
.yf-hd{height:80px;background:#2e6b30;color:#fff;padding:10px 20px}
.yf-hd .d{float:right;font-size:14px}
.yf-bar{background:#e9f1e6;padding:6px 20px;font-size:13px}
.yf-main{display:flex}
.yf-ban{width:280px;background:#f5f8f3;padding:10px}
.yf-ban li{font-size:13px;line-height:24px}
.yf-art{flex:1;padding:10px 30px}
.yf-art .yt,.yf-art .ft{text-align:center;font-size:15px;color:#2e6b30}
.yf-art h2{text-align:center;font-size:26px;margin:4px 0}
.yf-art .by{text-align:center;color:#666;font-size:13px}
.yf-art .pic-cap{font-size:13px;color:#555}
.yf-body p{font-size:16px;line-height:1.9}
.yf-ft{background:#2e6b30;color:#e3eee2;font-size:12px;text-align:center;padding:10px}
""",
    layout=f"""
<div class="yf">
<div class="yf-hd">{img("玉峰日报")}<span class="d">@@TIME@@　第A01版：要闻</span></div>
<div class="yf-bar">{links(["上一期", "下一期", "往期回顾", "版面导航", "标题导航"], " | ")}</div>
<div class="yf-main">
<div class="yf-ban">
<p><b>版面导航</b></p>
{banci(["A01：要闻", "A02：综合", "A03：镇区", "A04：民生", "A05：专版", "A06：副刊"])}
<p><b>标题导航</b></p>
{li_links(["我市夏收夏种全面展开", "市委常委会召开会议", "全市安全生产大检查进入督查阶段", "张浦镇：稻麦秸秆实现全量还田"])}
</div>
<div class="yf-art">
<p class="yt">打好“三夏”主动仗</p>
<h2>@@TITLE@@</h2>
<p class="ft">小麦机收率达99%以上</p>
<p class="by">□记者 徐峰　通讯员 沈晓燕</p>
<div class="yf-body">
@@BODY@@
</div>
<p>{links(["上一篇", "下一篇"], "　")}</p>
</div>
</div>
<div class="yf-ft">玉峰日报社主办　版权所有 © 玉峰日报　苏ICP备07018362号　技术支持：方达数字</div>
</div>
""",
    ps="u3000", hs="strong",
    body=[
        IMG("收割机抢收小麦", "6月11日，张浦镇一处农田里，收割机正在抢收小麦。　记者 徐峰 摄"),
        P("眼下正值“三夏”农忙时节，我市11.2万亩小麦陆续成熟开镰，夏收夏种工作全面展开。记者从市农业农村局获悉，截至6月11日，全市已收割小麦7.8万亩，占总面积的近七成，机收率达99%以上。"),
        P("在张浦镇金华村的麦田里，几台联合收割机来回穿梭，金黄的麦浪中，一粒粒饱满的麦子被收进机仓，秸秆同步粉碎还田。“今年小麦长势不错，亩产估计能有800斤。”种粮大户陈建华说，趁着这几天天气晴好，他请来四台收割机，争取三天内把300多亩小麦全部收完。"),
        P("为确保夏粮颗粒归仓，市农业农村局提前组织农机检修，全市投入联合收割机420台、插秧机680台，并成立农机服务队，为种粮户提供跨区作业服务。同时，各区镇烘干中心全部开足马力，日烘干能力达到3000吨，有效避免了因阴雨天气造成的霉变损失。"),
        P("收完小麦，就要抢种水稻。市农技推广站站长介绍，今年全市计划种植水稻16.5万亩，将重点推广优质食味稻品种和机插秧技术，预计6月20日前全面完成栽插。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-34  Shanghai morning paper e-paper · 图片新闻 caption before the story, spaced two-character name
PAGES.append(dict(
    id="xg-34", kind="e-paper", lang="zh",
    doc_title="沪东晨报 - 杨浦滨江南段最后1.2公里贯通",
    title=["杨浦滨江南段最后1.2公里贯通"],
    authors=["王静", "吴佳颖"],
    time="2025年04月29日 星期二",
    css="""
body{background:#f3f3f3}
.sd-head{background:#fff;height:70px;border-bottom:4px solid #0b5aa8;display:flex;align-items:center;gap:30px;padding:0 40px}
.sd-page{width:1180px;margin:14px auto;display:grid;grid-template-columns:300px 1fr;gap:20px}
.sd-side{background:#fff;padding:12px}
.sd-side .bc li{display:inline-block;width:48%;font-size:13px;line-height:26px}
.sd-side .bt li{font-size:13px;line-height:24px;border-bottom:1px solid #f0f0f0}
.sd-news{background:#fff;padding:20px 40px}
.sd-tpxw{background:#f7f9fc;padding:10px}
.sd-tpxw .h{font-weight:bold;color:#0b5aa8}
.sd-tpxw .cap{font-size:14px;color:#444}
.sd-news .yt{font-size:16px;color:#0b5aa8;text-align:center;margin-top:20px}
.sd-news h1{font-size:30px;text-align:center;margin:4px 0}
.sd-news .ft{font-size:16px;text-align:center}
.sd-news .au{font-size:14px;color:#777;text-align:center}
.sd-c p{font-size:17px;line-height:1.9;text-indent:2em}
.sd-foot{text-align:center;font-size:12px;color:#999;padding:16px}
""",
    layout=f"""
<div class="sd-head">{img("沪东晨报")}<span>@@TIME@@</span><span>第A03版：城市</span>{links(["往期回顾", "PDF版"], "　")}</div>
<div class="sd-page">
<div class="sd-side">
<p>{img("A03版面图", w=280, h=400)}</p>
<p><b>版次</b></p>
{banci(["A01 头版", "A02 要闻", "A03 城市", "A04 城市", "A05 民生", "A06 财经", "A07 文化", "A08 体育"])}
<p><b>本版标题</b></p>
{li_links(["图片新闻", "杨浦滨江南段最后1.2公里贯通", "黄浦江游船新增夜游航线", "“五一”假期本市公园延长开放时间"], "bt")}
</div>
<div class="sd-news">
<div class="sd-tpxw"><p class="h">图片新闻</p>
<p>{img("", w=700, h=400)}</p>
<p class="cap">昨天，市民在新贯通的杨浦滨江秦皇岛路段骑行。这段滨江岸线由原码头仓库区改造而成，沿线保留了多处工业遗存。 本报记者 吴佳颖 摄</p></div>
<p class="yt">“一江一河”滨水空间再扩容</p>
<h1>@@TITLE@@</h1>
<p class="ft">——沿线6处工业遗存改造为公共文化空间</p>
<p class="au">本报记者&nbsp;&nbsp;王&nbsp;&nbsp;&nbsp;静　吴佳颖</p>
<div class="sd-c">
@@BODY@@
</div>
<p>{links(["上一篇", "下一篇"], "　")}</p>
</div>
</div>
<div class="sd-foot">沪东晨报社 版权所有　沪ICP备11031584号　沪公网安备31011002004276号</div>
""",
    ps="p", hs="strong",
    body=[
        P("本报讯 昨天上午，杨浦滨江南段秦皇岛路至丹东路约1.2公里岸线正式向市民开放。至此，杨浦滨江南段5.5公里岸线全面贯通，市民可以从杨浦大桥一路步行、骑行至黄浦江与虹口港交汇处。"),
        P("这段岸线此前分布着码头、仓库和厂房，是杨浦滨江贯通工程中难度最大的一段。改造中，设计团队保留了原有的系缆桩、栈桥和钢结构仓库，新建的步道、跑道和骑行道“三道”分离，沿江设置了休憩平台和亲水台阶。"),
        P("沿线6处工业遗存被改造为公共文化空间。其中，一座建于上世纪二十年代的仓库改建为城市规划展示馆，一处老厂房变身为青年艺术空间，定期举办展览和市集。"),
        P("“以前这里围着围墙，根本看不到江。现在走几步就能到江边，周末带孩子来骑车，太方便了。”住在附近的市民刘女士说。"),
        P("记者从杨浦区获悉，下一步，滨江沿线还将完善公共厕所、便民驿站等配套设施，并探索引入水上游览项目。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-35  county newspaper e-paper (福建侨乡) · 2014 table layout, 引题/主题, 版次 select
PAGES.append(dict(
    id="xg-35", kind="e-paper", lang="zh", doctype="html4",
    doc_title="侨乡时报-我县春茶开采 首批毛茶每斤卖到380元",
    title=["我县春茶开采 首批毛茶每斤卖到380元"],
    authors=["苏文彬", "林晓芬"],
    time="2014年4月22日 星期二",
    css="""
body{background:#cfd8c0}
.qx{width:1000px;margin:0 auto;background:#fff}
.qx td{font-size:12px}
.qx .logo{background:#5a7f2b;height:80px}
.qx .date{color:#fff;font-size:14px;text-align:right;padding-right:20px}
.qx .nav{background:#eef3e4;padding:4px}
.qx .left{width:320px;vertical-align:top;background:#f6f9f0}
.qx .right{vertical-align:top;padding:10px 20px}
.qx .yt{font-size:14px;text-align:center}
.qx .zt{font-size:24px;text-align:center;font-weight:bold;color:#222}
.qx .au{text-align:center;font-size:12px;color:#666}
.qx .content{font-size:14px;line-height:24px}
.qx .bt a{display:block;line-height:22px}
.qx .bottom{background:#5a7f2b;color:#fff;text-align:center;line-height:22px}
""",
    layout=f"""
<table class="qx" cellpadding="0" cellspacing="0" width="1000">
<tr><td class="logo"><table width="100%"><tr><td>{img("侨乡时报")}</td><td class="date">@@TIME@@</td></tr></table></td></tr>
<tr><td class="nav">版次选择：<select><option>第01版：要闻</option></select>　{links(["上一版", "下一版", "往期查阅", "返回首页"], " | ")}</td></tr>
<tr><td><table width="100%"><tr>
<td class="left">
<p>{img("版面缩略图", w=300, h=430)}</p>
<p><b>本版标题导航</b></p>
<div class="bt">{links(["·我县春茶开采 首批毛茶每斤卖到380元", "·县委召开常委（扩大）会议", "·“侨乡慈善日”募集善款1.2亿元", "·图片新闻"], "")}</div>
</td>
<td class="right">
<p class="yt">品牌强茶　科技兴茶</p>
<p class="zt">@@TITLE@@</p>
<p class="au">记者 苏文彬　通讯员 林晓芬</p>
<div class="content">
@@BODY@@
</div>
<p>{links(["【打印本页】", "【关闭窗口】"], "　")}</p>
</td></tr></table></td></tr>
<tr><td class="bottom">侨乡时报社版权所有　电话：0595-86981234　地址：县城中山路报业大厦　闽ICP备10002271号<br>本数字报由电子报系统生成　建议使用1024×768分辨率浏览</td></tr>
</table>
""",
    ps="br", hs="strong",
    body=[
        P("本报讯 连日来，我县12万亩茶园陆续开采，茶农们抢抓晴好天气采摘春茶。记者4月20日在感德、西坪等主产茶区看到，茶山上到处是忙碌的采茶人，茶农家中炒青、揉捻的机器声此起彼伏。"),
        P("“今年开春以后气温回升慢，茶芽比往年晚了一周左右，但芽叶肥壮，做出来的茶香气更足。”西坪镇茶农王志明说，他家的首批毛茶每斤卖到380元，比去年同期高出三四十元。"),
        P("近年来，我县大力推进茶园生态化改造，推广“茶—林—草”复合种植模式，全县建成生态茶园8.6万亩。同时，县里组织农技人员深入茶区，开展制茶技术培训和茶叶质量安全抽检，严把农药残留关。"),
        P("在品牌建设方面，县茶业协会统一制定春茶初制加工标准，引导茶企与茶农签订收购协议，稳定茶青价格。目前，全县已有7家茶企获得出口备案资质，春茶将陆续销往东南亚及欧美市场。"),
        P("据县农业部门预计，今年全县春茶产量可达1.3万吨，产值有望突破20亿元。"),
    ],
))
