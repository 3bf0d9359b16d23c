from lib import links, lis, GIF

PAGE = dict(
    id="wi-20", kind="media", lang="zh",
    region="黑龙江 绥化", site="华讯网·黑龙江频道（中央级新闻网站地方频道）",
    title="黑龙江新粮收购进度过半 “粮食银行”帮农民错峰售粮",
    authors=["杨轶男", "王鹤"],
    publish_time="2025-11-20 16:47:33",
    head_title="黑龙江新粮收购进度过半 “粮食银行”帮农民错峰售粮-华讯网",
    features="中央级新闻网站地方频道转发新华社通稿：信息栏“2025-11-20 16:47:33　来源：新华社”与右侧“【字号 大 中 小】【纠错】【打印】”；"
             "作者只在首段电头“新华社哈尔滨11月20日电（记者 杨轶男、王鹤）”里；文末“[责任编辑:张晓]”；"
             "频道头图、“扫描二维码在手机上阅读”、相关新闻带日期、页脚京ICP备与举报信息。",
)

BLOCKS = [
    ("p", "新华社哈尔滨11月20日电（记者 杨轶男、王鹤）记者从黑龙江省粮食和物资储备局了解到，截至11月18日，黑龙江省累计收购2025年新粮超过3100万吨，收购进度过半，市场运行总体平稳。"),
    ("p", "在绥化市北林区一家粮食收储企业，前来售粮的车辆排起长队。工作人员现场扦样、检测水分和杂质，检验合格后即可过磅入库，粮款最快当天到账。“今年玉米品质好，卖了个好价钱。”种植大户赵德胜说。"),
    ("p", "为缓解集中售粮压力，黑龙江多地推广“粮食银行”模式。农民可将粮食存入收储企业，由企业负责烘干和保管，农民根据市场行情自主选择结价时间。目前，全省已有210余家企业开展“粮食银行”业务，代储粮食近400万吨。"),
    ("p", "黑龙江省粮食和物资储备局相关负责人表示，将继续加强市场监测预警，督促企业落实收购政策，严禁压级压价、打白条，切实保护种粮农民利益。"),
]

FMT = {"p": '<p style="text-indent:2em;">{t}</p>'}

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.wrap{width:1000px;margin:0 auto}
.pd-top{background:#b5121b;color:#fff;height:36px;line-height:36px;font-size:13px}
.pd-top a{color:#fff;margin-right:14px}
.pd-head{height:100px;border-bottom:1px solid #ddd}
.pd-head .sub{float:right;margin-top:40px;color:#b5121b;font-size:20px;font-weight:bold}
.pd-nav{background:#f6f6f6;border-bottom:2px solid #b5121b;line-height:40px}
.pd-nav a{padding:0 14px;font-size:15px}
.h-title{font-size:30px;font-weight:bold;line-height:1.45;margin:28px 0 14px}
.h-info{overflow:hidden;font-size:13px;color:#999;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.h-info .l{float:left}.h-info .r{float:right}
#detail{font-size:17px;line-height:2;padding:20px 0}
.zbj{text-align:right;font-size:13px;color:#999}
.ewm{text-align:center;font-size:12px;color:#999;margin:20px 0}
.xgxw h3{font-size:16px;border-bottom:2px solid #b5121b;padding-bottom:6px}
.xgxw li{line-height:2.1;list-style:square;color:#b5121b}
.xgxw li a{color:#333}.xgxw li span{color:#999;float:right}
.foot{background:#f3f3f3;border-top:3px solid #b5121b;margin-top:30px;padding:20px 0;text-align:center;font-size:12px;color:#666;line-height:2}
"""


def render(P, body):
    rel = "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in [
        ("黑龙江启动今冬明春黑土地保护性耕作检查", "2025-11-17"),
        ("东北粮食主产区冬季储粮安全检查全面展开", "2025-11-14"),
        ("黑龙江：秋整地作业基本结束", "2025-11-10"),
    ])
    return f"""
<div class="pd-top"><div class="wrap">{links(["华讯网首页", "时政", "国际", "财经", "地方", "理论", "视频"], sep="")}</div></div>
<div class="pd-head"><div class="wrap"><img src="{GIF}" alt="华讯网" width="200" height="60" style="margin-top:20px"><span class="sub">黑龙江频道</span></div></div>
<div class="pd-nav"><div class="wrap">{links(["频道首页", "龙江要闻", "市县新闻", "经济", "社会", "冰雪旅游", "图片"], sep="")}</div></div>
<div class="wrap">
<div class="h-title">{P['title']}</div>
<div class="h-info"><span class="l">{P['publish_time']}　来源：新华社</span><span class="r">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">纠错</a>】【<a href="#">打印</a>】</span></div>
<div id="detail">
{body}
</div>
<div class="zbj">[责任编辑:张晓]</div>
<div class="ewm"><img src="{GIF}" alt="" width="110" height="110"><br>扫描二维码在手机上阅读</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>
</div>
<div class="foot">
<div class="wrap">{links(["关于我们", "版权声明", "联系我们", "网站地图"], sep=" | ")}<br>
华讯网版权所有　未经授权不得转载　京ICP备09011624号　互联网新闻信息服务许可证：10120170041<br>
违法和不良信息举报电话：010-63070111</div>
</div>
"""
