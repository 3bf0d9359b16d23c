from lib import *

NOTES = "City evening paper site (Yunnan): compact info line 时间 | 来源 above the headline, own-line byline 滇池晚报记者 … 文/图 before the body, numbered list of new parking sites as body lines, a figure with a 记者 … 摄 credit, short 链接 box at the end of the text (body, the reporter's own service note), 网友评论 box, hot list, footer."

META = dict(id="xy-17", kind="media", lang="zh",
            title="昆明主城区今年将新增公共停车泊位1.8万个",
            authors=["杨晓雯"],
            publish_time="2025-06-13 08:12:40")

HEAD_TITLE = "昆明主城区今年将新增公共停车泊位1.8万个-滇池晚报网"

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#333}
.dc-h{border-bottom:1px solid #ddd}
.dc-h .ct{width:1100px;margin:auto;display:flex;align-items:center;gap:30px;padding:12px 0}
.dc-h .ct .lg{font-size:30px;color:#1565c0;font-weight:bold}
.dc-h .ct nav a{margin-right:16px;color:#333;text-decoration:none}
.dc-page{width:1100px;margin:24px auto;display:flex;gap:36px}
.dc-art{width:760px}
.dc-topinfo{font-size:13px;color:#999}
.dc-art h1{font-size:30px;margin:10px 0 20px;line-height:1.4}
.dc-art .byl{font-size:15px;color:#555;margin:0 0 10px}
.dc-art .txt p{font-size:17px;line-height:1.9;margin:0 0 16px}
.dc-art .txt figure{margin:0 0 16px}
.dc-art .txt figcaption{font-size:14px;color:#666;background:#f5f5f5;padding:6px 10px}
.dc-art .txt .lk{border:1px solid #bbdefb;background:#f3f9ff;padding:10px 14px;font-size:15px;margin-bottom:16px}
.dc-cmt{border-top:2px solid #1565c0;margin-top:24px;padding-top:10px;font-size:14px;color:#888}
.dc-cmt textarea{width:100%;height:60px}
.dc-side{flex:1}
.dc-side h4{border-bottom:2px solid #1565c0;padding-bottom:4px}
.dc-side p{font-size:14px;margin:8px 0}
.dc-ft{background:#f5f5f5;text-align:center;font-size:12px;color:#888;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f'<div class="lk">{t}</div>' if kw.get("cls") == "lk" else f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "IMG": lambda a, kw: f'<figure>{img(a, data=True, w=760, h=460)}<figcaption>{kw["cap"]}</figcaption></figure>',
}

BLOCKS = [
    X('<p class="byl">滇池晚报记者 杨晓雯 文/图</p>'),
    P("停车难是不少昆明市民的烦心事。昨日，记者从昆明市城市管理局获悉，今年主城区计划新增公共停车泊位1.8万个，其中利用边角地、闲置地建设立体停车库11座，预计年内大部分可投入使用。"),
    P("记者了解到，今年新增泊位主要分布在老旧小区、医院、学校和商圈周边等停车矛盾突出的区域。首批开工的立体停车库包括："),
    L(["1. 五华区莲华街道立体停车库，泊位386个；",
       "2. 盘龙区北京路沿线医院周边立体停车库，泊位512个；",
       "3. 官渡区关上片区机械式停车楼，泊位298个；",
       "4. 西山区前卫片区立体停车库，泊位420个。"]),
    IMG("立体停车库", cap="五华区莲华街道新建成的立体停车库。记者 杨晓雯 摄"),
    P("除了新建停车场，昆明还将推动机关企事业单位内部停车场在夜间和节假日向社会错时开放，目前已有63家单位参与，提供共享泊位约4200个。市民可通过“昆明停车”小程序查询空余泊位和收费标准。"),
    P("市城市管理局相关负责人表示，今年还将完成主城区路内停车泊位智慧化改造，实现“无感支付”；同时加大对违法停车的治理力度，引导车辆入场停放。"),
    P("链接：错时共享停车怎么用？打开小程序选择“共享车位”，按提示预约即可，单次预约最长可停12小时。", cls="lk"),
]


def frame(M, body):
    return f"""<body>
<div class="dc-h"><div class="ct"><span class="lg">滇池晚报网</span><nav><a href="#">首页</a><a href="#">昆明</a><a href="#">云南</a><a href="#">民生</a><a href="#">消费</a><a href="#">文旅</a><a href="#">数字报</a></nav><input type="text" placeholder="搜索"></div></div>
<div class="dc-page">
<div class="dc-art">
<div class="dc-topinfo">{M["publish_time"]} | 滇池晚报</div>
<h1>{M["title"]}</h1>
<div class="txt">
{body}
</div>
<div class="dc-cmt">网友评论（0）<br><textarea placeholder="文明上网，理性发言"></textarea></div>
</div>
<div class="dc-side"><h4>24小时热点</h4>
<p><a href="#">野生菌中毒高发期 这些菌千万别吃</a></p>
<p><a href="#">昆明地铁5号线站点周边道路优化完成</a></p>
<p><a href="#">滇池绿道新增12处驿站</a></p>
</div>
</div>
<div class="dc-ft">
滇池晚报网 版权所有 未经授权禁止复制或建立镜像<br>
滇ICP备11003476号-3　滇公网安备 53010202000861号　新闻热线：0871-64158100
</div>
</body>"""
