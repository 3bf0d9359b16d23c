from lib import links, lis, GIF

PAGE = dict(
    id="wi-12", kind="government", lang="zh",
    region="黑龙江 佳木斯", site="桦南县人民政府网·部门动态（县人社局稿）",
    title="桦南县举办2025年冬季就业援助专场招聘会",
    authors=["孙立伟"],
    publish_time="2025-11-22 09:41:27",
    head_title="桦南县举办2025年冬季就业援助专场招聘会",
    features="县政府网站部门动态（2016 年前后样式）：信息栏“作者：县人社局”写的是单位（非作者），时间带秒，“点击数：”；"
             "正文末“撰稿：孙立伟　审核：赵晓东”（撰稿人是作者，审核不是）；页尾“相关新闻”、“【关闭】【打印】【返回顶部】”；"
             "头部天气条与日期、“网站群”下拉；页脚。",
)

BLOCKS = [
    ("p", "11月21日，桦南县人力资源和社会保障局在县人力资源市场举办2025年冬季就业援助专场招聘会，为就业困难人员、零就业家庭成员、脱贫劳动力等群体搭建求职平台。"),
    ("p", "本次招聘会共有46家企业参会，提供保安、仓储、电商主播、餐饮服务、木耳加工等岗位870余个。现场还设置了政策咨询、技能培训报名、失业登记等服务台，工作人员向求职者发放《稳就业政策明白卡》1200余份。"),
    ("p", "“冬天农活少了，想在县城找份工作。”来自五道岗乡的求职者王明亮在一家物流企业展位前递交了求职登记表。他说，招聘会岗位多、离家近，工资待遇也都写得清清楚楚。"),
    ("p", "据统计，招聘会当天入场求职者650余人次，初步达成就业意向218人。县人社局将对未达成意向的求职者进行跟踪回访，持续推送岗位信息。"),
    ("p", "下一步，桦南县将继续开展“春风行动”“就业援助月”等系列公共就业服务活动，推动就业困难群体实现更加充分、更高质量就业。"),
    ("x", "撰稿：孙立伟　　审核：赵晓东"),
]

FMT = {
    "p": '<p style="text-indent:28px">{t}</p>',
    "x": '<p style="text-align:right">{t}</p>',
}

CSS = """
body{margin:0;font:14px/24px "宋体";background:#fff url() repeat-x}
.main{width:1002px;margin:0 auto;border:1px solid #cbd9e6}
.topline{height:28px;line-height:28px;background:#eaf1f8;font-size:12px;padding:0 10px;color:#456}
.topline .wz{float:right}
.logo{height:130px;background:#2a6fb0;color:#fff;font:bold 30px/130px "黑体";padding-left:30px}
.dh{background:#1f5a93;line-height:38px;text-align:center}
.dh a{color:#fff;font-size:15px;padding:0 14px}
.weizhi{padding:6px 12px;border-bottom:1px solid #cbd9e6;background:#f7fafd}
.cont{padding:15px 40px}
.title{font-size:22px;font-weight:bold;color:#0b3d6e;text-align:center;line-height:40px}
.fbxx{text-align:center;font-size:12px;color:#666;border-bottom:1px dashed #aaa;padding-bottom:6px;margin-bottom:10px}
.zw{font-size:15px;line-height:28px}
.gn{text-align:right;font-size:12px}
.xgxw{border:1px solid #cbd9e6;margin:14px 0;padding:8px 14px}
.xgxw b{color:#0b3d6e}
.bq{background:#2a6fb0;color:#fff;text-align:center;font-size:12px;line-height:22px;padding:10px}
"""
CSS = CSS.replace(" url() repeat-x", "")


def render(P, body):
    return f"""
<div class="main">
<div class="topline"><span class="wz">网站群：<select><option>县直部门</option></select> <select><option>乡镇网站</option></select></span>2025年11月22日 星期六　桦南 晴 -15℃~-3℃</div>
<div class="logo">桦南县人民政府网</div>
<div class="dh">{links(["首页", "走进桦南", "政务公开", "部门动态", "乡镇动态", "网上办事", "互动交流", "招商引资"], sep=" | ")}</div>
<div class="weizhi">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">新闻中心</a> &gt;&gt; <a href="#">部门动态</a> &gt;&gt; 正文</div>
<div class="cont">
<div class="title">{P['title']}</div>
<div class="fbxx">作者：县人社局　　来源：桦南县人民政府网　　发布时间：{P['publish_time']}　　点击数：</div>
<div class="zw">
{body}
</div>
<div class="gn"><a href="#">【关闭】</a> <a href="#">【打印】</a> <a href="#">【返回顶部】</a></div>
<div class="xgxw"><b>相关新闻</b><br>
{links(["桦南县开展2025年根治欠薪冬季专项行动", "县人社局召开城乡居民养老保险征缴推进会", "桦南县举办农民工木耳加工技能培训班"], sep="<br>")}
</div>
</div>
<div class="bq">
主办：桦南县人民政府办公室　承办：桦南县融媒体中心　地址：桦南县桦南镇中心大街150号<br>
黑ICP备06009872号　黑公网安备 23082202000035号　网站标识码：2308220001　联系电话：0454-6223108
</div>
</div>
"""
