from lib import links, lis, GIF

PAGE = dict(
    id="wi-22", kind="media", lang="zh",
    region="广西 玉林", site="桂东南新闻网（市级新闻网站，2010 年代表格布局）",
    title="玉林中药材专业市场前10月交易额突破百亿元",
    authors=["庞海燕"],
    publish_time="2025-11-19 09:23:11",
    head_title="玉林中药材专业市场前10月交易额突破百亿元 - 桂东南新闻网",
    features="市级新闻网站老式表格布局：滚动公告条、频道导航两行；信息栏在一个表格单元格里“作者：… 来源：玉林日报 发布时间：…（带秒） 点击：”；"
             "首段以不署名的“本报讯”开头；正文用 <br> 分段的单个 <div>（每行一段）；文末“【责任编辑：…】”；右栏热点图片与本周排行；"
             "“【打印此文】【关闭窗口】【返回顶部】”；页脚。",
)

BLOCKS = [
    ("p", "本报讯　今年以来，玉林中药材专业市场交易持续活跃。记者从市市场监管局获悉，1至10月，该市场中药材交易量达68.4万吨，交易额突破100亿元，同比分别增长8.6%和12.3%。"),
    ("p", "走进位于玉州区的中药材交易大厅，八角、肉桂、田七、鸡骨草等药材堆满摊位，来自全国各地的采购商正在看货议价。经营户陈国良告诉记者，今年肉桂行情不错，他的店铺发往广东、安徽、河北等地的订单比去年多了三成。"),
    ("p", "玉林中药材专业市场是全国17家国家级中药材专业市场之一，现有经营户2100余户，经营品种2000多个。近年来，市场加快数字化升级，建成中药材质量检测中心和电子交易平台，实现“线上看样、线下交割”。今年前10月，平台线上交易额达26.8亿元。"),
    ("p", "“我们在市场里设立了快检室，药材进场就能检，检测报告在手机上就能查，客户买得更放心。”市场管理方负责人介绍，目前快检覆盖率已达95%以上。"),
    ("p", "据悉，玉林市正在推进中药材产业园二期建设，引进饮片加工、提取物生产等项目，推动中药材产业从“卖原料”向“卖产品”转变。"),
]

FMT = {"p": "　　{t}<br><br>", "join": ""}

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:"宋体"}
table{border-collapse:collapse}
.gg{background:#fff8dc;border:1px solid #e6d8a8;line-height:24px}
.nav1{background:#c40000;line-height:30px}
.nav1 a{color:#fff;font-size:14px;font-weight:bold;margin:0 9px}
.nav2{background:#fbeaea;line-height:26px}
.nav2 a{color:#900;margin:0 7px}
.weizhi{line-height:28px;border-bottom:1px solid #ddd}
.bt{font:bold 22px "黑体";color:#000;text-align:center;padding:16px 0 8px}
.xx{text-align:center;color:#555;background:#f5f5f5;line-height:24px}
.zw{font-size:14px;line-height:26px;padding:12px 20px}
.zb{text-align:right;padding:0 20px;color:#555}
.right td{border:1px solid #ddd}
.rt{background:#c40000;color:#fff;font-weight:bold;padding:4px 8px}
.right li{line-height:22px}
.bottom{border-top:3px solid #c40000;text-align:center;line-height:22px;padding:10px;color:#444}
"""


def render(P, body):
    return f"""
<table width="990" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="{GIF}" alt="桂东南新闻网" width="990" height="100"></td></tr>
<tr><td colspan="2" class="nav1">{links(["首页", "玉林新闻", "广西新闻", "国内国际", "县区", "财经", "社会", "图片", "视频", "数字报"])}</td></tr>
<tr><td colspan="2" class="nav2">{links(["玉州", "福绵", "容县", "陆川", "博白", "兴业", "北流", "玉东新区"])}</td></tr>
<tr><td colspan="2" class="gg"><marquee scrollamount="3">热烈祝贺桂东南新闻网开通十五周年！欢迎广大读者踊跃投稿，投稿邮箱：tougao@example.cn</marquee></td></tr>
<tr>
<td width="680" valign="top">
<div class="weizhi">当前位置：<a href="#">首页</a> &gt; <a href="#">玉林新闻</a> &gt; 正文</div>
<div class="bt">{P['title']}</div>
<table width="100%"><tr><td class="xx">作者：庞海燕　来源：玉林日报　发布时间：{P['publish_time']}　点击：<font color="red">2307</font></td></tr></table>
<div class="zw">
{body}
</div>
<div class="zb">【责任编辑：钟丽华】</div>
<p align="center"><a href="#">【打印此文】</a> <a href="#">【关闭窗口】</a> <a href="#">【返回顶部】</a></p>
</td>
<td width="300" valign="top" class="right">
<table width="100%"><tr><td class="rt">热点图片</td></tr><tr><td align="center"><img src="{GIF}" alt="容县沙田柚开摘" width="280" height="180"><br>容县沙田柚开摘</td></tr></table>
<table width="100%" style="margin-top:8px"><tr><td class="rt">本周排行</td></tr><tr><td><ul>{lis(["玉林至湛江高铁玉林段最新进展", "北流：陶瓷产业订单排到明年春节", "博白县城新增3个停车场", "玉林市区今冬供暖？不存在的"])}</ul></td></tr></table>
</td>
</tr>
<tr><td colspan="2" class="bottom">
{links(["关于我们", "联系我们", "广告服务", "网站声明"], sep=" | ")}<br>
桂东南新闻网版权所有，未经书面授权禁止使用　地址：玉林市玉州区人民东路98号　电话：0775-2809113<br>
桂ICP备11002961号　桂公网安备 45090202000067号
</td></tr>
</table>
"""
