from fur import *
K = "e-paper"
PAGES = []
A = PAGES.append
def stack(yin, main, fu, htag="h1"):
    return (f'<h3 class="yin">{E(yin)}</h3>' if yin else "") + f'<{htag} class="zhu">{E(main)}</{htag}>' + (f'<h3 class="fu">{E(fu)}</h3>' if fu else "")

A(dict(id="ws-31", authors=["杨帆","谭晓"], time="2025年03月19日", kind=K, pstyle="indent",
 css=".ep{display:flex}.left{width:300px}.zhu{font-size:26px}",
 head='<div>'+img("夷水日报",300,60)+'<span>2025年03月19日 星期三</span> <a href="#">往期回顾</a></div>'
  + '<div class="ban">'+links(["第01版：要闻","第02版：综合","第03版：县市","第04版：文化"]," ")+'</div>',
 title_html='<div>'+stack("坚持走好生态优先绿色发展之路","宜都化工园区今年完成转型升级项目18个","“腾笼换鸟”腾出发展新空间")+'</div>',
 title="宜都化工园区今年完成转型升级项目18个",
 info='<p>□ 记者 杨帆 通讯员 谭晓</p><p>夷水日报 2025年03月19日 第01版：要闻</p>',
 body="""
日前，记者走进宜都化工园区，看到多家企业正在加紧推进技改扩能项目。
园区今年计划完成转型升级项目18个，总投资52亿元，重点发展新能源电池材料和精细化工。
园区负责人说，将严格执行项目准入标准，推动园区高质量发展。
""",
 tail=ul(["宜都化工园区今年完成转型升级项目18个","全市春季学校安全大检查启动","夷陵长阳开展对口协作"],title="本版标题")+'<div>'+links(["上一版","下一版"]," ")+'</div>'+lines(["夷水日报社版权所有　鄂ICP备08002222号"])))

A(dict(id="ws-32", authors=["蒋丽"], time="2025-03-18", kind=K, pstyle="font",
 css="table.ep{width:1000px}.zhu{font-size:22px}",
 head='<table class="ep"><tr><td>'+img("湘中晚报数字报",300,60)+'</td><td>2025-03-18</td></tr></table>',
 wrap='<table class="ep"><tr><td width="330">'+img("版面图",320,460)+'<br>'+links(["A01 头版","A02 娄底新闻","A03 民生","A04 副刊"],"<br>")+'</td><td valign="top">{}</td></tr></table>',
 title_html=stack(None,"娄底城区启动雨污分流改造","年内完成管网改造45公里"),
 title="娄底城区启动雨污分流改造",
 info='<p>本报记者 蒋丽</p>',
 body="""
3月17日，娄底城区雨污分流改造工程在长青街开工，年内将完成管网改造45公里。
施工期间，部分路段将实行半幅通行。市住建局提醒市民提前规划出行路线。
""",
 tail='<table class="ep"><tr><td>湘中晚报 2025-03-18 A02 娄底新闻 版权所有</td></tr></table>'))

A(dict(id="ws-33", authors=["宋佳"], time="2025-03-19", kind=K, pstyle="p",
 css=".zhu{font-size:26px}", head='<div>'+img("辽西日报 电子版",300,60)+' 2025-03-19 第3版：经济</div>'+links(["第1版","第2版","第3版","第4版"]," ","ban"),
 title_html=stack("锦州港一季度吞吐量预计同比增长", "锦州港新开两条内贸集装箱航线", None),
 title="锦州港新开两条内贸集装箱航线",
 info='<p>本报记者 宋佳</p>',
 body="""
本报讯　锦州港近日新开通至广州、钦州两条内贸集装箱航线，每周各一班。
新航线主要运输粮食、钢材和化工产品，将进一步降低东北货物南下物流成本。
""",
 tail=ul(["锦州港新开两条内贸集装箱航线","凌海市冷链物流园投用"],title="本版新闻")+lines(["辽西日报社主办　辽ICP备05003344号"])))

A(dict(id="ws-34", authors=["才让卓玛","韩青"], time="2025年03月18日", kind=K, pstyle="p",
 css=".zhu{font-size:24px}", head='<div>'+img("海东时报",300,60)+'<span>数字报</span> 2025年03月18日 星期二</div>',
 title_html=stack("春耕时节备耕忙","乐都区扩种高原蔬菜", "全区新建日光温室300栋"),
 title="乐都区扩种高原蔬菜",
 info='<p>本报记者 才让卓玛 通讯员 韩青</p>',
 body="""
今年，乐都区新建日光温室300栋，扩种辣椒、番茄等高原蔬菜，带动1200户农户增收。
区农业农村和科技局组织技术员驻村指导，推广水肥一体化技术。
""",
 tail='<div>'+links(["上一篇","下一篇","返回目录"]," ")+'</div>'+lines(["海东时报社　青ICP备10001111号"])))

A(dict(id="ws-35", authors=["方圆"], time="2025-03-19", kind=K, pstyle="p",
 css=".zhu{font-size:28px}.grid{display:grid;grid-template-columns:240px 1fr}", head='<div>'+img("江汉商报",240,50)+'<span>2025-03-19 第06版：财经</span></div>',
 wrap='<div class="grid"><aside>'+links(["01 头版","05 城事","06 财经","07 消费"],"<br>")+'</aside><main>{}</main></div>',
 title_html=stack(None,"汉正街服装批发市场线上交易额增长三成",None),
 title="汉正街服装批发市场线上交易额增长三成",
 info='<p>江汉商报记者 方圆</p>',
 body="""
记者昨日从汉正街管委会了解到，今年前两个月，汉正街服装批发市场线上交易额同比增长31%。
市场内已有2600余户商家开展直播带货，带动春装销售明显回暖。
""",
 tail=ul(["汉正街服装批发市场线上交易额增长三成","武汉二手房成交量回升"],title="本版导读")+lines(["江汉商报社　鄂ICP备13006666号"])))
