# 中央级新闻网站的地方频道（虚构“中华时讯网·云南频道”），2014 年式：转载地方报，原标题行、单独一行的记者署名、(责编：…)
from blocks import P, NOTE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-18", "kind": "media", "lang": "zh",
    "title": "昆明长水机场国际及地区航线恢复至48条",
    "authors": ["陈曦", "李娜"],
    "publish_time": "2025年11月14日08:31",
    "body": [
        NOTE("原标题：冬春航季开启 长水机场国际及地区航线达48条", '<p class="yuan">{}</p>'),
        NOTE("本报记者　陈曦　李娜", '<p class="yuan">{}</p>'),
        P("记者从云南机场集团获悉，随着2025—2026年冬春航季开启，昆明长水国际机场国际及地区航线恢复至48条，通航城市达到43个，其中南亚东南亚通航点31个，继续保持全国机场首位。"),
        P("新航季，长水机场新开昆明至吉隆坡第二家承运人航线，加密昆明至曼谷、河内、万象、金边等航线航班，每周国际及地区航班量预计达到约620架次，较上一航季增长12%。与此同时，昆明至迪拜、昆明至伊斯坦布尔等洲际航线也在积极筹备中。"),
        P("记者了解到，新航季国内航线方面，长水机场将新增和恢复至哈尔滨、长春、呼和浩特等北方城市的冬季“避寒”航线，加密至西双版纳、芒市、腾冲等省内旅游城市的航班，满足冬季来滇旅游的出行需求。其中，昆明至西双版纳航线每天往返航班量将达到46班。"),
        IMG("长水机场停机坪", "长水机场停机坪。（资料图）"),
        P("为便利旅客出行，长水机场在国际到达区增设了外币兑换和移动支付服务点，实施国际中转旅客“一次安检、行李直挂”，中转最短衔接时间压缩至90分钟。机场边检站还开通了外籍旅客入境快捷通道，对符合条件的外国人实施240小时过境免签政策。"),
        P("云南机场集团相关负责人表示，将持续加密面向南亚东南亚的航线网络，推动昆明区域性国际航空枢纽建设，为云南建设面向南亚东南亚辐射中心提供有力支撑。"),
    ],
}

CSS = """
body{margin:0;font:12px/1.5 宋体,SimSun;background:#fff;color:#000}a{color:#000;text-decoration:none}
.w1000{width:1000px;margin:0 auto}
.top_nav{background:#f5f5f5;border-bottom:1px solid #e3e3e3;height:30px;line-height:30px}.top_nav a{margin:0 5px}
.logo_line{height:80px;position:relative}.logo_line img{position:absolute;top:10px;width:330px;height:60px}
.logo_line .s{position:absolute;right:0;top:25px}
.channel_nav{background:#c00;height:34px;line-height:34px}.channel_nav a{color:#fff;font-size:14px;padding:0 10px}
.clink{line-height:32px;color:#333;font-size:12px}
.text_title{text-align:center;padding:18px 0 10px}.text_title h1{font:bold 26px/36px 微软雅黑,"Microsoft YaHei";margin:0}
.box01{border-top:1px solid #ccc;border-bottom:1px solid #ccc;height:32px;line-height:32px;margin-bottom:14px}
.box01 .fl{float:left;color:#666}.box01 .fr{float:right}.box01 .fr a{margin-left:8px;color:#00c}
.box_con{font:16px/30px 宋体,SimSun;width:660px;float:left}.box_con p{text-indent:2em;margin:0 0 14px}
.box_con p.yuan{text-indent:0;font-family:楷体,KaiTi;color:#333}.box_con p.tu{text-align:center;text-indent:0}.box_con p.tu img{width:600px;height:390px}
.box_con p.tuzhu{text-align:center;text-indent:0;font-size:14px}
.edit{text-align:right;color:#666;font-size:12px;clear:both;padding-top:4px}
.box_r{float:right;width:300px}.box_r h3{border-bottom:2px solid #c00;font-size:14px;margin:0 0 6px}.box_r ul{padding-left:18px;line-height:24px}
.clear{clear:both}
.footer{border-top:2px solid #c00;text-align:center;color:#555;line-height:22px;padding:12px 0;margin-top:20px}
"""


def render(p):
    body = rb(p["body"], img='<p class="tu"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="tuzhu">{}</p>')
    return doc(p["title"] + "--云南频道--中华时讯网", CSS, f"""
<div class="top_nav"><div class="w1000"><a href="#">中华时讯网首页</a>|<a href="#">时政</a>|<a href="#">国际</a>|<a href="#">财经</a>|<a href="#">地方</a>|<a href="#">评论</a>|<a href="#">视频</a>|<a href="#">English</a>　　<a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="w1000 logo_line">{img("中华时讯网 云南频道")}<div class="s"><input type="text" value="站内搜索"> <input type="button" value="搜索"></div></div>
<div class="channel_nav"><div class="w1000">{links(["首页", "时政", "州市", "经济", "社会", "文旅", "生态", "图片", "视频", "领导留言板"], '<a href="#">{}</a>', '|')}</div></div>
<div class="w1000">
<div class="clink"><a href="#">中华时讯网</a>&gt;&gt;<a href="#">云南频道</a>&gt;&gt;<a href="#">经济</a></div>
<div class="text_title"><h1>{esc(p["title"])}</h1></div>
<div class="box01"><div class="fl">{p["publish_time"]}&nbsp;&nbsp;来源：<a href="#">云岭日报</a></div><div class="fr"><a href="#">分享到</a><a href="#">打印</a><a href="#">网摘</a><a href="#">纠错</a><a href="#">推荐</a><a href="#">字号</a></div></div>
<div class="box_con">
{body}
<div class="edit">(责编：王莉、刘鑫)</div>
</div>
<div class="box_r"><h3>云南要闻</h3><ul>{links(["滇中引水工程昆明段隧洞全线贯通", "云南今年前三季度外贸进出口增长", "红河州举办冬春农业招商推介会", "楚雄彝族自治州新增三家4A级景区"], '<li><a href="#">{}</a></li>')}</ul>
<h3>热门排行</h3><ul>{links(["西双版纳冬季旅游升温", "云南高校冬季运动会开幕", "曲靖烤烟收购工作基本结束"], '<li><a href="#">{}</a></li>')}</ul></div>
<div class="clear"></div>
</div>
<div class="footer">中华时讯网版权所有，未经书面授权禁止使用<br>Copyright &copy; 1997-2025 by www.example-shixun.cn. all rights reserved<br>京ICP证000097号　　互联网新闻信息服务许可证10120170001　　京公网安备11000000000112号</div>
""")
