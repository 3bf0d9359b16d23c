PAGE = dict(
    id="wg-13", kind="media", lang="zh",
    site="金华新闻网 · 本地新闻（市级新闻网站，2020 年模板）",
    features="报网矩阵顶栏；频道导航；信息栏一行：时间到秒+来源+“记者/通讯员”署名；图片图注带“记者 × 摄”；正文小标题加粗；"
             "责任编辑行；分享；相关新闻+右侧热点排行（DOM 在正文后）；许可证/ICP 页脚",
    title="婺城首批“共富工坊”技能培训班开班",
    authors=["徐晓明", "朱丹"],
    publish_time="2025-03-19 08:15:06",
    head_title="婺城首批“共富工坊”技能培训班开班 - 金华新闻网",
    CSS="""
body{margin:0;font:16px/1.7 "Microsoft YaHei";color:#222}
.matrix{background:#222;color:#aaa;font-size:12px;line-height:30px}
.matrix .c{width:1200px;margin:0 auto}.matrix a{color:#ccc;margin-right:14px}
.mast{width:1200px;margin:0 auto;height:90px;display:flex;align-items:center;justify-content:space-between}
.mast .lg{font-size:34px;color:#c8161d;font-weight:bold;font-style:italic}
.chan{background:#c8161d}.chan .c{width:1200px;margin:0 auto}
.chan a{color:#fff;display:inline-block;padding:0 18px;line-height:44px}
.wrapper{width:1200px;margin:20px auto;overflow:hidden}
.main{float:left;width:820px}
.sidebar{float:right;width:340px}
.location{font-size:13px;color:#666}
.main h1{font-size:30px;line-height:1.4;margin:18px 0}
.infoline{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:12px}
.infoline span{margin-right:12px}
.TRS_Editor p{margin:0 0 18px}
.TRS_Editor .pic{text-align:center}
.TRS_Editor .pictxt{text-align:center;font-size:14px;color:#666}
.zbbj{text-align:right;color:#999;font-size:14px}
.bdshare{margin:16px 0;font-size:14px}
.xgxw h3,.sidebar h3{border-bottom:2px solid #c8161d;font-size:18px}
.sidebar ol{padding-left:20px;font-size:14px}
.ftr{background:#f2f2f2;text-align:center;font-size:12px;color:#777;line-height:2;padding:20px}
""",
    STYLE={
        "p": "<p>　　{t}</p>",
        "h": "<p>　　<strong>{t}</strong></p>",
        "img": '<p class="pic"><img alt="{alt}" src="%GIF%"></p><p class="pictxt">{cap}</p>',
    },
    TEMPLATE="""
<div class="matrix"><div class="c"><a href="#">金华新闻网</a><a href="#">金华日报</a><a href="#">金华晚报</a><a href="#">金华广播电视台</a><a href="#">无限金华APP</a></div></div>
<div class="mast"><div class="lg">金华新闻网</div><form><input type="text" placeholder="搜索新闻"><button type="button">搜索</button></form></div>
<div class="chan"><div class="c"><a href="#">首页</a><a href="#">本地</a><a href="#">县市</a><a href="#">国内</a><a href="#">国际</a><a href="#">视频</a><a href="#">评论</a><a href="#">专题</a><a href="#">电子报</a></div></div>
<div class="wrapper">
<div class="main">
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">本地新闻</a></div>
<h1>婺城首批“共富工坊”技能培训班开班</h1>
<div class="infoline"><span>2025-03-19 08:15:06</span><span>来源：金华日报</span><span>记者 徐晓明 通讯员 朱丹</span></div>
<div class="TRS_Editor">
{{BODY}}
</div>
<div class="zbbj">责任编辑：何静</div>
<div class="bdshare">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="#">金华今年将新建“共富工坊”300家</a></li>
<li><a href="#">兰溪：来料加工进村 家门口增收</a></li>
<li><a href="#">婺城区举办春季就业援助月专场招聘</a></li></ul></div>
</div>
<div class="sidebar"><h3>热点排行</h3><ol>
<li><a href="#">金华轨道交通金义东线客流创新高</a></li><li><a href="#">市区这些路段3月起调整限速</a></li><li><a href="#">双龙风景区推出春季优惠</a></li><li><a href="#">金华今年首批人才公寓开始申请</a></li></ol>
<h3>图片新闻</h3><p><img alt="八咏楼春色" src="%GIF%"><br>八咏楼春色</p></div>
</div>
<div class="ftr">金华新闻网版权所有，未经书面授权禁止使用<br>
互联网新闻信息服务许可证：33120170014　浙ICP备08104531号　浙公网安备 33070202000376号<br>
违法和不良信息举报电话：0579-82390110</div>
""",
    BODY="""
p: 3月18日，婺城区首批“共富工坊”技能培训班在白龙桥镇开班，来自全区8个乡镇的65名农村妇女和低收入农户将在为期10天的培训中学习电商直播、来料加工和家政服务等技能。
p: 培训班由区人力社保局、区妇联联合举办，采取“理论+实操+跟岗”模式，课程根据工坊企业的用工需求“定制”。开班当天，学员们就被分成三个小组，分别进入服装加工车间、直播间和家政实训室进行实操练习。
img: 学员在老师指导下练习缝纫 | 学员在老师指导下练习缝纫。　记者 徐晓明 摄
h: 培训结业即可“上岗”
p: “以前只会做点零散的手工活，这次想学直播，把我们村的茶叶和笋干卖出去。”来自箬阳乡的学员叶素芬说。据了解，培训结束后，考核合格的学员可直接进入附近的“共富工坊”务工，或领取加工订单在家完成，预计人均月增收1500元以上。
p: 婺城区人力社保局有关负责人介绍，今年全区计划新建“共富工坊”40家，开展各类技能培训1200人次，推动更多农村劳动力实现家门口就业。
""",
)
