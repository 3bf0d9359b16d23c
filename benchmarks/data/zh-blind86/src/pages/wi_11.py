from lib import links, lis, GIF

PAGE = dict(
    id="wi-11", kind="government", lang="zh",
    region="广西 南宁", site="南宁市西乡塘区人民政府门户网站·政策文件（实施意见）",
    title="西乡塘区人民政府办公室关于进一步加强冬春季“一老一小”关爱服务工作的实施意见",
    authors=[],
    publish_time="2025年11月20日 10:05",
    head_title="西乡塘区人民政府办公室关于进一步加强冬春季“一老一小”关爱服务工作的实施意见",
    features="区政府“政策文件”页（2024 版）：标题上方栏目标签“区政府办文件”，信息栏时间带时分；文号行在正文顶（非正文）；"
             "主送、一至三小标题与（一）至（三）条、附件行、署名与成文日期；正文后“文件信息”框（索引号/发文字号/成文日期等，非正文）"
             "和“政策解读”链接；分享与二维码；页脚。",
)

BLOCKS = [
    ("x", "西政办发〔2025〕19号"),
    ("p", "各镇人民政府、街道办事处，区直各有关单位："),
    ("p", "为切实做好冬春季节老年人和未成年人关爱服务工作，保障“一老一小”安全温暖过冬，经区人民政府同意，现提出如下实施意见。"),
    ("h", "一、工作目标"),
    ("p", "到2026年3月底，全区特殊困难老年人月探访率达到100%，农村留守儿童和困境儿童关爱服务覆盖率达到100%，确保不发生因冻、因病、因灾导致的“一老一小”冲击社会道德底线事件。"),
    ("h", "二、重点任务"),
    ("p", "（一）开展走访探视。各镇（街道）要组织村（社区）干部、网格员、志愿者对独居、空巢、失能老年人开展每月至少一次上门探访，重点查看饮食起居、取暖用电和身体状况，建立问题台账并及时解决。"),
    ("p", "（二）加强安全保障。区民政局、区消防救援大队要联合开展养老机构、儿童福利机构冬季消防安全检查，督促落实用火用电、燃气安全等措施。"),
    ("p", "（三）强化兜底保障。对符合条件的困难群众应保尽保，及时发放临时救助金。春节前集中开展一次走访慰问活动。"),
    ("p", "（四）丰富关爱活动。依托村（社区）儿童之家、新时代文明实践站，组织开展冬季假期课业辅导、安全教育、亲情连线等活动，帮助留守儿童健康快乐过冬。"),
    ("h", "三、保障措施"),
    ("p", "区财政要统筹安排相关资金，保障走访探视、临时救助、安全检查等工作需要。各镇（街道）要发挥网格化管理优势，将“一老一小”关爱服务纳入网格员日常巡查内容。"),
    ("p", "各单位要明确分管领导和具体联络员，于每月5日前将上月工作情况报区民政局。区政府督查室将适时开展督查，对工作不力、造成不良影响的单位和个人严肃问责。"),
    ("p", "附件：西乡塘区冬春季“一老一小”关爱服务工作任务清单"),
    ("sign", "南宁市西乡塘区人民政府办公室"),
    ("sign", "2025年11月19日"),
]

FMT = {
    "p": '<p style="text-indent:2em;line-height:2.1">{t}</p>',
    "h": '<h4 style="text-indent:2em;margin:6px 0">{t}</h4>',
    "x": '<p style="text-align:center;color:#555">{t}</p>',
    "sign": '<p style="text-align:right;margin:4px 0">{t}</p>',
}

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.w1200{width:1200px;margin:0 auto}
.t-bar{background:#f7f7f7;border-bottom:1px solid #eaeaea;font-size:12px;line-height:36px}
.t-bar a{margin-left:16px;color:#666}
.t-head{height:150px;background:#0d6a4b}
.t-nav{background:#fff;border-bottom:1px solid #eaeaea}
.t-nav a{display:inline-block;padding:16px 30px;font-size:17px;color:#0d6a4b}
.wz{font-size:14px;color:#888;margin:18px 0}
.tag{display:inline-block;background:#0d6a4b;color:#fff;font-size:12px;padding:2px 10px;border-radius:2px}
.detail h1{font-size:28px;line-height:1.5;text-align:center;margin:12px 0}
.detail .sj{text-align:center;color:#999;font-size:14px;margin-bottom:24px}
.detail .zw{font-size:17px;padding:0 40px}
.wjxx{border:1px solid #dcdcdc;margin:30px 40px 0;font-size:14px}
.wjxx h5{margin:0;background:#f2f7f5;padding:8px 14px;color:#0d6a4b;font-size:15px}
.wjxx table{width:100%;border-collapse:collapse}.wjxx td{border-top:1px solid #eee;padding:6px 14px}
.jd{margin:16px 40px;font-size:14px}
.fx{margin:16px 40px;font-size:14px;color:#777}
.t-foot{background:#0d6a4b;color:#d9efe6;text-align:center;font-size:13px;line-height:2.1;padding:24px 0;margin-top:40px}
"""


def render(P, body):
    return f"""
<div class="t-bar"><div class="w1200">南宁市西乡塘区人民政府门户网站<span style="float:right"><a href="#">无障碍</a><a href="#">适老版</a><a href="#">繁體</a><a href="#">智能问答</a></span></div></div>
<div class="t-head"><div class="w1200"><img src="{GIF}" alt="南宁市西乡塘区人民政府门户网站" width="560" height="80" style="margin-top:36px"> <input type="text" placeholder="请输入搜索关键词" style="float:right;margin-top:60px"></div></div>
<div class="t-nav"><div class="w1200">{links(["首页", "西乡塘概况", "新闻动态", "政府信息公开", "政务服务", "互动交流"], sep="")}</div></div>
<div class="w1200 detail">
<div class="wz">当前位置：首页 &gt; 政府信息公开 &gt; 政策文件 &gt; 区政府办文件</div>
<span class="tag">区政府办文件</span>
<h1>{P['title']}</h1>
<div class="sj">发布时间：{P['publish_time']}　　来源：区政府办　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="zw">
{body}
</div>
<div class="wjxx"><h5>文件信息</h5><table>
<tr><td>索引号：450107-2025-00216</td><td>发文字号：西政办发〔2025〕19号</td></tr>
<tr><td>发文机关：南宁市西乡塘区人民政府办公室</td><td>成文日期：2025年11月19日</td></tr>
<tr><td>主题分类：民政、扶贫、救灾</td><td>有效性：有效</td></tr>
</table></div>
<div class="jd">政策解读：<a href="#">图解：西乡塘区冬春季“一老一小”关爱服务工作实施意见</a></div>
<div class="fx">分享到：微信 微博 QQ空间　|　<a href="#">打印</a>　<a href="#">关闭</a>　|　<img src="{GIF}" alt="" width="80" height="80"> 手机扫码阅读</div>
</div>
<div class="t-foot">
<div>{links(["网站地图", "联系我们", "网站声明"], sep=" | ")}</div>
<div>主办：南宁市西乡塘区人民政府办公室　承办：西乡塘区大数据发展局　联系电话：0771-3112560</div>
<div>桂ICP备05006829号-1　桂公网安备 45010702000219号　网站标识码：4501070009</div>
<div><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44"></div>
</div>
"""
