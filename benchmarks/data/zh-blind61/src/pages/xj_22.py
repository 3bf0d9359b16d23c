from lib import *

PAGE = dict(
    id="xj-22", kind="media", lang="zh",
    title="黑龙江抚远：首批俄罗斯进口帝王蟹“鲜”达内地餐桌",
    authors=["高原"],
    publish_time="2018年11月02日14:27",
    doc_title="黑龙江抚远：首批俄罗斯进口帝王蟹“鲜”达内地餐桌--黑龙江频道--人民网",
    pfmt="p", hfmt="strong",
    features="2018-era central media provincial channel; date glued to the source (2018年11月02日14:27  来源：人民网-黑龙江频道); "
             "人民网哈尔滨…电（记者 高  原）inside the first paragraph; photo caption with 摄影 credit; （责编：…、…） line; "
             "a 相关新闻 block printing a related story's first paragraph under the article (not body); 分享让更多人看到.",
    css="""
body{margin:0;font:14px/1.8 宋体,SimSun;color:#333}
.w1000{width:1000px;margin:0 auto}
.top{background:#c00;color:#fff;font-size:12px;padding:4px 0}
.top a{color:#fff;margin-right:8px}
.logo{font:bold 28px 黑体;color:#c00;padding:10px 0}
.nav{border-top:2px solid #c00;border-bottom:1px solid #ddd;padding:6px 0}
.nav a{margin-right:14px}
h1{font:bold 26px 微软雅黑;text-align:center;margin:24px 0 10px}
.box01{border-bottom:1px solid #ddd;padding-bottom:6px;color:#666}
.fl{float:left}
.fr{float:right}
.clearfix{clear:both}
.box_con{font-size:16px;line-height:2;margin-top:16px}
.box_con p{text-indent:2em;margin:0 0 12px}
.box_con .pic,.box_con .pic-note{text-indent:0;text-align:center}
.edit{text-align:right;color:#666}
.xgxw{border-top:1px dotted #999;margin-top:20px}
.xgxw p{color:#555}
.ft{text-align:center;color:#666;font-size:12px;border-top:2px solid #c00;padding:10px 0;margin-top:20px}
""",
)

HTML = """
<div class="top"><div class="w1000"><a href="#">人民网</a>&gt;&gt;<a href="#">黑龙江频道</a> <a href="#">人民日报</a> <a href="#">手机人民网</a> <a href="#">网站无障碍</a></div></div>
<div class="w1000"><div class="logo">人民网 · 黑龙江频道</div>
<div class="nav"><a href="#">首页</a><a href="#">龙江要闻</a><a href="#">市地新闻</a><a href="#">对俄合作</a><a href="#">龙江经济</a><a href="#">图片</a><a href="#">领导留言板</a></div>
<p>人民网&gt;&gt;黑龙江频道&gt;&gt;对俄合作</p>
<h1>黑龙江抚远：首批俄罗斯进口帝王蟹“鲜”达内地餐桌</h1>
<div class="box01"><div class="fl">2018年11月02日14:27&nbsp;&nbsp;来源：人民网-黑龙江频道</div><div class="fr"><a href="#">手机看新闻</a></div><div class="clearfix"></div></div>
<div class="box_con">
{{BODY}}
</div>
<div class="edit">（责编：王秋、陈静）</div>
<p>分享让更多人看到</p>
<div class="xgxw"><h3>相关新闻</h3>
<p><a href="#">抚远口岸今年进出口货运量同比增长三成</a></p>
<p>人民网哈尔滨10月25日电 今年1至9月，抚远口岸完成进出口货运量18.6万吨，同比增长31.2%，其中进口水产品、粮食和木材增长明显，口岸过货能力和通关效率持续提升。</p></div>
</div>
<div class="ft">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2018 by www.people.com.cn. all rights reserved</div>
"""

BODY = [
    P("人民网哈尔滨11月2日电（记者 高  原）11月1日，一批重2.6吨的俄罗斯鲜活帝王蟹经黑龙江抚远口岸入境，经过检验检疫后直接装上冷链运输车，将于24小时内运抵北京、上海等地的餐厅和超市。这是抚远口岸首次进口鲜活帝王蟹。"),
    IMG("工作人员对进口帝王蟹进行查验"),
    CAP("工作人员对入境的鲜活帝王蟹进行查验。王  涛 摄"),
    P("这批帝王蟹捕捞自俄罗斯鄂霍次克海，先由海运至哈巴罗夫斯克，再经公路运输至抚远口岸。抚远海关相关负责人介绍，为保证帝王蟹鲜活，海关开辟了“绿色通道”，实行优先查验、快速放行，整个通关过程不到两个小时。"),
    P("近年来，抚远依托对俄口岸优势，大力发展进口水产品加工和冷链物流产业。目前当地已建成冷库容量3万吨，引进水产品加工企业12家。"),
    P("“以前俄罗斯帝王蟹主要从南方港口进口，运到北方要好几天。”一位进口商说，“从抚远进来，运输时间缩短了一半，成活率能保持在95%以上。”"),
]
