from lib import page, body_html, doc, esc, ul, links, GIF

K = "e-paper"


def stack(yin, zhu, fu, cls=("yt", "zt", "ft")):
    out = ""
    if yin:
        out += f"<div class=\"{cls[0]}\">{esc(yin)}</div>"
    out += f"<div class=\"{cls[1]}\">{zhu}</div>"
    if fu:
        out += f"<div class=\"{cls[2]}\">{esc(fu)}</div>"
    return out


# ---------------------------------------------------------------- wn-31  河北 city daily 数字报, classic 2015 e-paper with 版面 thumbnail
B31 = [
    ("p", "本报讯（记者 耿  峰）3月18日，随着一声汽笛长鸣，满载120个标准集装箱的中欧班列从邯郸国际陆港驶出，经二连浩特口岸出境，开往白俄罗斯明斯克。这是邯郸今年开行的第26列中欧班列。"),
    ("p", "邯郸国际陆港位于邯郸市经济技术开发区，是冀南地区重要的物流枢纽。今年以来，陆港加密了至俄罗斯、中亚五国等地的班列线路，开行频次由每周2列增加到每周4列，出口货物以钢材、装备制造产品、纺织品和农产品为主。"),
    ("p", "“以前我们的货要先运到天津港再出海，现在从家门口就能直达欧洲，运输时间缩短了十多天。”一家机械制造企业物流负责人说。"),
    ("p", "据了解，邯郸国际陆港今年将启动二期工程建设，新增铁路装卸线4条、集装箱堆场5万平方米，全年力争开行中欧（中亚）班列120列以上。"),
]


@page("wn-31", K, "邯郸今年第26列中欧班列发车", ["耿峰"], "2025年03月19日", B31,
      features="2015-style 数字报 with 版面导航 (第01版：要闻 / 上一版 下一版), 引题+主题 stack, 本报讯（记者 耿  峰） spaced name inside first paragraph, 本版标题 list, 往期回顾 date picker, 日期 in top bar")
def r31(m):
    css = """body{margin:0;font:12px 宋体;background:#eae4d3}.w{width:1000px;margin:0 auto;background:#fff}.tb{background:#7b1717;color:#fff;padding:6px}
.tb a{color:#fff}.l{float:left;width:380px;border-right:1px solid #ccc;padding:8px}.r{margin-left:400px;padding:10px 20px}.bm{height:400px;background:#ddd;text-align:center}
.yt{font-size:14px;color:#333;text-align:center}.zt{font:bold 26px 黑体;text-align:center;margin:6px 0}.ft{font-size:15px;text-align:center}
.r p{font-size:14px;line-height:26px;text-indent:2em}.c{clear:both}.bot{text-align:center;padding:10px;color:#666}"""
    body = f"""
<div class="w"><div class="tb">邯郸日报数字报　2025年03月19日 星期三　<a href="#">往期回顾</a> <select><option>2025-03-19</option></select> <a href="#">PDF下载</a></div>
<div class="l"><div>第01版：要闻　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="bm"><img alt="" src="{GIF}">版面图</div>
<div>{links(["01版：要闻","02版：综合","03版：经济","04版：民生"]," ")}</div>
<div><b>本版标题</b>{ul(["邯郸今年第26列中欧班列发车","全市重点项目集中开工","春季植树造林全面铺开","市领导调研文旅融合发展"])}</div></div>
<div class="r">{stack("开行频次由每周2列增加到每周4列", esc(m['title']), "")}
<hr>
{body_html(m['blocks'])}
<div><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div></div><div class="c"></div>
<div class="bot">邯郸日报社版权所有　冀ICP备06013390号　地址：邯郸市丛台区人民东路211号</div></div>"""
    return doc(m["title"] + "-邯郸日报数字报", css, body)


# ---------------------------------------------------------------- wn-32  湖北 provincial daily 电子版, 3-line stack, 主题 on two lines
B32 = [
    ("p", "湖北日报讯（记者 彭  磊 通讯员 夏晓雯）3月17日，在十堰市郧阳区的丹江口库区，30万尾鲢鳙鱼苗被投放入江。这是今年湖北启动长江流域禁捕退捕“十年禁渔”第五个年头的首场增殖放流活动。"),
    ("p", "禁渔五年来，长江湖北段水生生物多样性持续恢复。监测数据显示，长江干流湖北段鱼类物种数由禁捕前的80余种增加到116种，长江江豚在宜昌、荆州江段出现频次明显增加，“微笑天使”成群逐浪的场景时常可见。"),
    ("h", "“护渔员”变身“守护者”"),
    ("p", "在宜昌市夷陵区，58岁的退捕渔民周德海如今成了一名护渔员。“以前在江上打鱼，现在在江上巡逻，看到江豚又回来了，心里踏实。”他说，自己所在的护渔队每天巡护江段20余公里，发现违法捕捞行为第一时间报告。"),
    ("p", "截至目前，全省已安置退捕渔民就业1.8万余人，实现应保尽保。各地还通过发展休闲渔业、稻渔综合种养等产业，帮助退捕渔民拓宽增收渠道。"),
    ("p", "省农业农村厅有关负责人表示，今年将继续保持打击非法捕捞高压态势，推进水生生物保护区建设，确保长江禁渔取得更大成效。"),
]


@page("wn-32", K, "长江湖北段鱼类物种增至116种", ["彭磊", "夏晓雯"], "2025-03-18", B32,
      features="provincial daily 电子版 2022: 引题 / 主题 printed on two lines (<br>) / 副题 stack, 作者 line absent (byline inside lead 湖北日报讯（记者 … 通讯员 …）), 版次 tabs, 本版导读 list, date tag 2025-03-18 in a 日期 box, sub-heading")
def r32(m):
    css = """body{margin:0;background:#f0f0f0;font-family:"Microsoft YaHei"}.hd{background:#b20000;color:#fff;padding:14px 40px;display:flex;justify-content:space-between}
.hd b{font-size:28px}.tabs a{display:inline-block;background:#fff;border:1px solid #ccc;padding:6px 10px;margin:4px 2px;font-size:13px}
.main{display:flex;gap:20px;width:1200px;margin:10px auto}.side{width:320px;background:#fff;padding:12px}.art{flex:1;background:#fff;padding:20px 40px}
.yt{color:#555;font-size:16px;text-align:center}.zt{font-size:30px;font-weight:bold;text-align:center;line-height:1.3;margin:8px 0}.ft{color:#555;font-size:16px;text-align:center}
.art p{font-size:16px;line-height:1.9;text-indent:2em}.art h3{font-size:16px}.dt{border:1px solid #b20000;color:#b20000;display:inline-block;padding:0 6px}"""
    body = f"""
<div class="hd"><b>湖北日报 电子版</b><span>日期：<span class="dt">2025-03-18</span>　<a href="#" style="color:#fff">往期</a></span></div>
<div class="tabs">{links(["第01版：要闻","第02版：要闻","第03版：综合","第04版：经济","第05版：楚天时评","第06版：长江","第07版：国际","第08版：文化"])}</div>
<div class="main"><div class="side"><div class="dt">当前版：第06版：长江</div><b>本版导读</b>{ul(["长江湖北段鱼类物种增至116种","荆江大堤“智慧巡堤”系统上线","沙洋：油菜花田里的“生态课”"])}<img alt="版面缩略图" src="{GIF}"></div>
<div class="art">{stack("长江“十年禁渔”进入第五年", "长江湖北段<br>鱼类物种增至116种", "长江江豚在宜昌荆州江段出现频次明显增加")}
{body_html(m['blocks'])}</div></div>"""
    return doc("长江湖北段鱼类物种增至116种 - 湖北日报电子版", css, body)


# ---------------------------------------------------------------- wn-33  贵州 city daily, ■本报记者 line, 副题 only
B33 = [
    ("p", "初春时节，走进六枝特区落别乡的猕猴桃种植基地，工人们正忙着给果树修枝、施肥、搭架。放眼望去，3000余亩猕猴桃园沿着山坡层层铺开。"),
    ("p", "“过去这里种的是玉米，一亩地收入不到一千块。改种猕猴桃后，盛果期一亩能收入一万多元。”基地负责人王家友算了一笔账。基地采取“合作社+农户”模式，农户以土地入股，每年可获得土地租金、务工收入和分红三份收益。"),
    ("h", "小果子串起大产业"),
    ("p", "近年来，六枝特区把猕猴桃作为山地特色产业来抓，全区种植面积达到5.2万亩，2024年产量2.1万吨，产值3.6亿元。为了让果子卖得好，当地建成冷库12座，引进果品分选线3条，并与省内外商超建立了稳定的供货关系。"),
    ("table", [["年份", "种植面积（万亩）", "产量（万吨）", "产值（亿元）"], ["2022", "4.3", "1.5", "2.4"], ["2023", "4.8", "1.8", "3.0"], ["2024", "5.2", "2.1", "3.6"]]),
    ("p", "六枝特区农业农村局相关负责人表示，下一步将加快猕猴桃酒、果脯等精深加工项目建设，延长产业链，让更多群众在产业发展中增收致富。"),
]


@page("wn-33", K, "六枝：猕猴桃铺就增收路", ["何欢", "吴敏"], "2025年3月17日", B33,
      features="city daily 数字报 2019: 主题+副题 stack (no 引题), ■本报记者 何  欢　吴  敏 byline line (not body), data table rows, 第A3版 版次 select, 本版其他文章 list, 上一期/下一期, date from the 刊期 line")
def r33(m):
    css = """body{margin:0;font-family:"Microsoft YaHei";background:#ddd}.pp{width:1100px;margin:0 auto;background:#fff}.mast{padding:16px;border-bottom:4px double #08607a}
.mast b{font-size:30px;color:#08607a}.bar{background:#08607a;color:#fff;padding:6px 16px}.bar a,.bar select{color:#fff;background:transparent}.art{padding:20px 60px}
.zt{font-size:28px;font-weight:bold;text-align:center}.ft{text-align:center;font-size:17px;color:#444}.byl{text-align:center;color:#666}.art p{line-height:1.9;text-indent:2em;font-size:16px}
.art h3{text-align:center;font-size:16px}table{border-collapse:collapse;margin:auto}td,th{border:1px solid #999;padding:4px 10px}.oth{background:#f3f8fa;padding:12px 60px}"""
    body = f"""
<div class="pp"><div class="mast"><b>六盘水日报</b>　数字报</div>
<div class="bar">刊期：2025年3月17日　<select><option>第A3版：乡村振兴</option><option>第A1版：要闻</option></select>　<a href="#">上一期</a> <a href="#">下一期</a> <a href="#">返回首页</a></div>
<div class="art">{stack("", esc(m['title']), "——落别乡3000亩猕猴桃园见闻")}
<p class="byl" style="text-indent:0">■本报记者　何  欢　吴  敏</p>
{body_html(m['blocks'])}</div>
<div class="oth"><b>本版其他文章</b>{ul(["钟山区：春耕备耕正当时","水城区：“茶旅融合”添活力","盘州市高标准农田建设全面提速"])}</div>
<div style="text-align:center;color:#777;font-size:12px;padding:12px">六盘水日报社主办　黔ICP备10001327号-1</div></div>"""
    return doc(m["title"] + "--六盘水日报数字报", css, body)


# ---------------------------------------------------------------- wn-34  青海 都市报 e-paper, 2011 frame-like table, 作者 field
B34 = [
    ("p", "“您好，这是您的快递，请签收。”3月12日上午，在西宁市城北区小桥大街一处居民小区，快递员朵海龙熟练地扫码、派件。作为城北区快递行业工会的首批会员，他最近还多了一个身份——社区“流动网格员”。"),
    ("p", "今年以来，城北区探索把快递员、外卖骑手等新就业群体纳入基层治理，聘请238名骑手和快递员担任“流动网格员”，他们在送件途中发现的消防通道堵塞、路灯损坏、井盖缺失等问题，可通过手机小程序随手拍、随时报。"),
    ("p", "“我们每天走街串巷，哪里有问题看得最清楚。”朵海龙说，上个月他上报了一处小区门口的路面塌陷，第二天就有人来修好了。"),
    ("p", "据统计，“流动网格员”上报各类问题1460余条，办结率达96%。城北区还在辖区建设了22个“暖新驿站”，为新就业群体提供休息、饮水、充电等服务，并组织开展健康体检和法律咨询活动。"),
]


@page("wn-34", K, "快递小哥当上“流动网格员”", ["马燕"], "2025-03-13", B34,
      features="都市报 e-paper 2011 table layout: 版次 links A01-A16, article header table with 作者：马燕 / 日期：2025-03-13 / 版次：A05, 引题 only (no 副题), 放大/缩小/默认 font tools, 本版标题 list in left column, Copyright line")
def r34(m):
    css = """body{margin:0;font:12px 宋体}.t{font:bold 24px 黑体;text-align:center}.y{font-size:14px;text-align:center;color:#444}.zw p{font-size:14px;line-height:24px;text-indent:2em}
.h{background:#1f5fa6;color:#fff;font:bold 26px 隶书;height:60px}"""
    body = f"""
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="h" colspan="2">&nbsp;西海都市报 · 电子版</td></tr>
<tr><td colspan="2" bgcolor="#eeeeee">{links(["A01","A02","A03","A04","A05","A06","A07","A08","A09","A10","A11","A12","A13","A14","A15","A16"]," | ")}</td></tr>
<tr><td width="300" valign="top" bgcolor="#f6f9fc"><b>第A05版：城事</b><br><a href="#">上一版</a> <a href="#">下一版</a><br><br><b>本版标题</b>{ul(["快递小哥当上“流动网格员”","西宁开展春季环境卫生整治","湟中区新建社区食堂8家"])}</td>
<td valign="top" style="padding:10px 20px"><table width="100%"><tr><td class="y">西宁市城北区把新就业群体纳入基层治理</td></tr>
<tr><td class="t">{esc(m['title'])}</td></tr>
<tr><td align="center">作者：马燕　　日期：2025-03-13　　版次：A05　　<a href="#">[放大]</a><a href="#">[缩小]</a><a href="#">[默认]</a></td></tr>
<tr><td class="zw">{body_html(m['blocks'])}</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#1f5fa6" style="color:#fff;line-height:24px">Copyright &copy; 2011 西海都市报 All Rights Reserved　青ICP备09000122号</td></tr></table>"""
    return doc(m["title"], css, body)


# ---------------------------------------------------------------- wn-35  湖北 county paper, 2025 mobile e-paper, 引题/主题/副题, 通讯员
B35 = [
    ("p", "本报讯　近日，随着最后一台设备调试完成，位于潜江市浩口镇的小龙虾精深加工产业园二期项目正式投产。项目年可加工小龙虾5万吨，可新增就业岗位800个。（通讯员 熊  伟 记者 郑佳琪）"),
    ("p", "走进产业园生产车间，清洗、分级、蒸煮、速冻等工序在自动化流水线上有序进行，一盒盒包装好的调味小龙虾被送入零下35℃的速冻库。项目负责人介绍，二期项目重点生产虾仁、调味虾、虾尾等产品，同时对虾壳进行综合利用，提取甲壳素、氨基葡萄糖等高附加值产品，“一只虾吃干榨尽”。"),
    ("p", "潜江是“中国小龙虾之乡”。2024年，全市小龙虾养殖面积达到95万亩，综合产值突破700亿元。近年来，潜江持续推动小龙虾产业向精深加工、冷链物流、餐饮文旅等全链条延伸，产品出口20多个国家和地区。"),
    ("p", "浩口镇相关负责人表示，镇里将持续做好项目服务保障，引导周边养殖户与加工企业签订订单合同，推动养殖、加工、销售一体化发展。"),
]


@page("wn-35", K, "小龙虾精深加工二期项目投产", ["熊伟", "郑佳琪"], "2025年03月14日", B35,
      features="county-level daily mobile e-paper 2025: 引题 / 主题 / 副题 stack, closing byline （通讯员 熊  伟 记者 郑佳琪） at end of first paragraph, 版面 swipe bar, 本期目录 list, 刊期 chip, 阅读 count, 分享海报 button")
def r35(m):
    css = """body{margin:0;background:#fafafa;font-family:-apple-system,"PingFang SC"}.mb{max-width:640px;margin:0 auto;background:#fff}.hd{background:#0a8a5f;color:#fff;padding:12px 16px}
.chip{display:inline-block;background:#e6f4ee;color:#0a8a5f;padding:2px 8px;border-radius:10px;font-size:12px}.sw{overflow:hidden;white-space:nowrap;padding:8px 16px;border-bottom:1px solid #eee}
.sw a{margin-right:12px;font-size:14px}.a{padding:16px}.yt,.ft{color:#666;font-size:15px}.zt{font-size:24px;font-weight:700;margin:6px 0}.a p{font-size:17px;line-height:1.8}
.ml{padding:16px;background:#f5f5f5}"""
    body = f"""
<div class="mb"><div class="hd">潜江日报 · 数字报</div>
<div class="sw">{links(["01 要闻","02 综合","03 经济","04 虾乡","05 民生","06 副刊"])}</div>
<div class="a"><span class="chip">2025年03月14日</span> <span class="chip">第03版 经济</span>
{stack("年可加工小龙虾5万吨 新增就业岗位800个", esc(m['title']), "“一只虾吃干榨尽”")}
<div style="color:#999;font-size:13px">阅读 1204　<a href="#">分享海报</a></div>
{body_html(m['blocks'])}</div>
<div class="ml"><b>本期目录</b>{ul(["潜江今年将新建高标准农田12万亩","小龙虾精深加工二期项目投产","市区新增3条公交线路"])}</div>
<div style="text-align:center;font-size:12px;color:#999;padding:12px">潜江日报社 版权所有　鄂ICP备13014870号-2</div></div>"""
    return doc(m["title"], css, body)
