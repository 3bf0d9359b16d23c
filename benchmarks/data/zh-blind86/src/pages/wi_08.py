from lib import links, lis, GIF

PAGE = dict(
    id="wi-08", kind="government", lang="zh",
    region="黑龙江 哈尔滨", site="哈尔滨市道里区人民政府网站·政府信息公开（通报）",
    title="哈尔滨市道里区人民政府办公室关于2025年第三季度政府网站和政务新媒体检查情况的通报",
    authors=[],
    publish_time="2025年11月21日 15:08",
    head_title="哈尔滨市道里区人民政府办公室关于2025年第三季度政府网站和政务新媒体检查情况的通报",
    features="区政府信息公开的通报：长标题分两行打印；标题下灰框“文号/发布机构/发布日期”（文号在框里和正文里都有，均非正文）；"
             "主送、一至四小标题、编号问题清单、四列表格、署名与成文日期（早于发布日期一天）；"
             "下载/打印/关闭按钮；“扫一扫在手机上查看”；页脚。",
)

BLOCKS = [
    ("x", '<span style="display:block;text-align:center">哈里政办函〔2025〕41号</span>'),
    ("p", "区政府各部门，各街道办事处、镇人民政府："),
    ("p", "按照国务院办公厅和省、市关于政府网站与政务新媒体管理的有关要求，区政府办公室于2025年10月对全区政府网站和政务新媒体开展了第三季度检查。现将有关情况通报如下："),
    ("h", "一、总体情况"),
    ("p", "本次共检查政府网站1个、政务新媒体43个。检查结果显示，全区政府网站和政务新媒体总体运行平稳，合格率为95.3%。区教育局、区卫生健康局、尚志街道等单位内容更新及时、互动回应规范，予以通报表扬。"),
    ("h", "二、存在问题"),
    ("li", [
        "1.个别政务新媒体更新不及时。2个微信公众号超过两周未更新。",
        "2.互动回应不规范。部分留言答复时间超过规定时限，答复内容简单笼统。",
        "3.信息发布审核把关不严。个别稿件存在错别字、图片说明与内容不符等问题。",
    ]),
    ("h", "三、检查结果"),
    ("table", [
        ["序号", "单位", "账号名称", "存在问题"],
        ["1", "区文体旅游局", "道里文旅", "两周以上未更新"],
        ["2", "松江街道办事处", "松江街道在线", "两周以上未更新"],
        ["3", "区住房和城乡建设局", "道里住建", "留言答复超时"],
    ]),
    ("h", "四、工作要求"),
    ("p", "各单位要对照问题清单，于2025年12月5日前完成整改，并将整改情况报区政府办公室。对整改不力、问题反复出现的单位，将在全区范围内通报批评。"),
    ("sign", "哈尔滨市道里区人民政府办公室"),
    ("sign", "2025年11月20日"),
]

FMT = {
    "p": '<p style="text-indent:2em;margin:0 0 12px">{t}</p>',
    "h": '<p style="text-indent:2em;margin:0 0 12px;font-weight:bold">{t}</p>',
    "li_wrap": "<div>{t}</div>",
    "li": '<p style="text-indent:2em;margin:0 0 12px">{t}</p>',
    "table_wrap": '<table class="qd">{t}</table>',
    "sign": '<p style="text-align:right;margin:0 0 8px;padding-right:4em">{t}</p>',
}

CSS = """
body{margin:0;background:#f5f5f5;font:16px/1.8 "Source Han Sans SC","Microsoft YaHei";color:#303133}
.cont{width:1200px;margin:0 auto}
.h-top{background:#fff;border-bottom:1px solid #e4e7ed;font-size:12px;color:#909399;line-height:34px}
.h-top .r{float:right}.h-top .r a{margin-left:14px;color:#606266}
.h-banner{height:170px;background:#1b4f9c}
.h-banner .s{float:right;margin-top:70px}
.h-menu{background:#153f7d}.h-menu a{color:#fff;padding:0 28px;line-height:52px;display:inline-block}
.path{margin:16px 0;font-size:14px;color:#909399}
.doc{background:#fff;padding:40px 90px}
.doc h1{text-align:center;font-size:24px;line-height:1.6;color:#1b4f9c}
.grey{background:#f4f6fa;border:1px solid #e4e7ed;font-size:13px;color:#606266;padding:10px 20px;margin:10px 0 26px}
.grey span{display:inline-block;margin-right:36px}
.qd{border-collapse:collapse;width:100%;margin-bottom:12px}
.qd th,.qd td{border:1px solid #999;padding:6px;font-size:15px;text-align:center}
.ops{text-align:center;margin-top:30px}
.ops a{display:inline-block;border:1px solid #1b4f9c;color:#1b4f9c;padding:2px 16px;margin:0 6px;font-size:14px}
.qr{text-align:center;font-size:12px;color:#909399;margin-top:20px}
.f{background:#2b2f3a;color:#a0a4ad;text-align:center;font-size:13px;padding:24px 0;margin-top:40px;line-height:2}
"""


def render(P, body):
    t1, t2 = "哈尔滨市道里区人民政府办公室关于2025年第三季度", "政府网站和政务新媒体检查情况的通报"
    assert t1 + t2 == P["title"]
    return f"""
<div class="h-top"><div class="cont"><span class="r"><a href="#">无障碍浏览</a><a href="#">关怀版</a><a href="#">简体</a>/<a href="#">繁體</a><a href="#">俄文版</a></span>欢迎访问哈尔滨市道里区人民政府网站</div></div>
<div class="h-banner"><div class="cont"><img src="{GIF}" alt="哈尔滨市道里区人民政府" width="560" height="80" style="margin-top:50px"><div class="s"><input type="text" placeholder="请输入您要搜索的内容"> <a href="#">高级搜索</a></div></div></div>
<div class="h-menu"><div class="cont">{links(["首页", "走进道里", "政务公开", "政务服务", "互动交流", "投资道里"], sep="")}</div></div>
<div class="cont">
<div class="path">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">其他文件</a></div>
<div class="doc">
<h1>{t1}<br>{t2}</h1>
<div class="grey"><span>文号：哈里政办函〔2025〕41号</span><span>发布机构：道里区人民政府办公室</span><span>发布日期：{P['publish_time']}</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
{body}
<div class="ops"><a href="#">下载</a><a href="#">打印</a><a href="#">关闭</a></div>
<div class="qr"><img src="{GIF}" alt="" width="90" height="90"><br>扫一扫在手机上查看</div>
</div>
</div>
<div class="f">
<div>{links(["关于本站", "网站地图", "联系我们"], sep="　")}</div>
<div>主办：哈尔滨市道里区人民政府办公室　运维：道里区政务服务中心　电话：0451-84618325</div>
<div>黑ICP备05003146号-1　黑公网安备 23010202000388号　网站标识码：2301020002</div>
<div><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44"></div>
</div>
"""
