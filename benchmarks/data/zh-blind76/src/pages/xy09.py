from lib import *

NOTES = "City bureau site (Guangxi), 2024 design: info bar with 【发文字号】【发布日期】【来源】 labels, the headline printed on two lines (joined in gold), red document header, 文号, the title repeated inside the document (not body), 主送, a results table, numbered 整改要求, 署名 and 成文日期 (a different date from the publish date), 扫码 captions, 相关文件 list."

META = dict(id="xy-09", kind="government", lang="zh",
            title="柳州市政务服务和大数据管理局关于2025年5月全市政府网站和政务新媒体抽查情况的通报",
            authors=[],
            publish_time="2025-06-13")

HEAD_TITLE = "柳州市政务服务和大数据管理局关于2025年5月全市政府网站和政务新媒体抽查情况的通报"

CSS = """
:root{--lz:#c8161d}
body{margin:0;font:15px/1.8 "Source Han Sans CN","Microsoft YaHei";background:#f6f6f6;color:#333}
.lz-hd{background:#fff}
.lz-hd .w{max-width:1200px;margin:auto;display:flex;justify-content:space-between;align-items:center;padding:16px 0}
.lz-hd .tools a{font-size:13px;color:#666;margin-left:14px}
.lz-nav{background:var(--lz)}
.lz-nav .w{max-width:1200px;margin:auto;display:flex}
.lz-nav a{flex:1;text-align:center;color:#fff;padding:12px 0;text-decoration:none}
.lz-doc{max-width:1000px;margin:24px auto;background:#fff;padding:36px 90px 50px;box-shadow:0 0 8px rgba(0,0,0,.06)}
.lz-path{font-size:13px;color:#999;margin-bottom:20px}
.lz-h{font-size:26px;font-weight:700;text-align:center;line-height:1.5}
.lz-attr{margin:16px 0 30px;padding:10px;background:#fafafa;text-align:center;font-size:13px;color:#777}
.lz-attr em{font-style:normal;margin:0 12px}
.lz-red{color:var(--lz);font-size:30px;text-align:center;letter-spacing:4px;font-family:"FangSong";border-bottom:2px solid var(--lz);padding-bottom:10px}
.lz-body p{font-family:FangSong,"仿宋";font-size:17px;margin:0;text-indent:2em;line-height:1.9}
.lz-body p.n{text-indent:0}
.lz-body p.c{text-align:center;text-indent:0}
.lz-body p.doct{font-family:"SimHei";text-align:center;text-indent:0;font-size:20px;margin:16px 0}
.lz-body p.r{text-align:right;padding-right:2em}
.lz-body table{border-collapse:collapse;width:100%;margin:8px 0}
.lz-body td,.lz-body th{border:1px solid #555;padding:4px;font-size:14px;text-align:center}
.lz-qr{display:flex;gap:30px;justify-content:flex-end;font-size:12px;color:#888;margin-top:30px}
.lz-files{max-width:1000px;margin:0 auto 24px;background:#fff;padding:16px 90px}
.lz-ft{background:#3a3a3a;color:#bbb;text-align:center;font-size:13px;padding:20px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "ZS": lambda t, kw: f'<p class="n">{t}</p>',
    "WH": lambda t, kw: f'<p class="c">{t}</p>',
    "SIGN": lambda t, kw: f'<p class="r">{t}</p>',
    "DT": lambda t, kw: f'<p class="r">{t}</p>',
}

BLOCKS = [
    X('<div class="lz-red">柳州市政务服务和大数据管理局</div>'),
    WH("柳政数〔2025〕21号"),
    X('<p class="doct">柳州市政务服务和大数据管理局关于2025年5月全市政府网站和政务新媒体抽查情况的通报</p>'),
    ZS("各县、区人民政府，市直各单位："),
    P("根据政府网站和政务新媒体检查评估工作要求，我局于2025年5月对全市政府网站和政务新媒体进行了抽查。现将有关情况通报如下："),
    H("一、总体情况"),
    P("本次共抽查政府网站18个、政务新媒体45个，总体合格率分别为100%和95.6%。各单位普遍能按要求及时更新信息、回应留言，部分单位在政策解读、办事指南等栏目建设方面有明显提升。"),
    H("二、存在问题"),
    P("抽查发现，2个政务新媒体账号连续2周以上未更新，1个账号存在链接失效问题；部分网站仍有栏目内容长期不更新、搜索功能查询结果不准确等情况。抽查结果如下："),
    T([["类别", "抽查数量", "合格数量", "合格率"],
       ["政府网站", "18", "18", "100%"],
       ["政务新媒体", "45", "43", "95.6%"]]),
    H("三、整改要求"),
    L(["（一）对本次抽查发现的问题，相关单位要在6月25日前完成整改，并将整改情况报送我局。",
       "（二）各单位要落实信息发布“三审三校”制度，对停更、空白栏目及时归并或关停。",
       "（三）我局将对整改情况进行复查，复查仍不合格的，予以全市通报。"]),
    SIGN("柳州市政务服务和大数据管理局"),
    DT("2025年6月10日"),
]


def frame(M, body):
    t = M["title"]
    split = t.index("网站") + 2
    return f"""<body>
<div class="lz-hd"><div class="w">
<div>{img("柳州市政务服务和大数据管理局", data=True, w=400, h=60)}</div>
<div class="tools"><a href="#">无障碍</a><a href="#">关怀模式</a><a href="#">繁体</a><a href="#">RSS</a><input type="text" placeholder="输入关键词搜索"></div>
</div></div>
<div class="lz-nav"><div class="w"><a href="#">首页</a><a href="#">机构职能</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">数字柳州</a><a href="#">互动交流</a></div></div>
<div class="lz-doc">
<div class="lz-path">首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="lz-h">{t[:split]}<br>{t[split:]}</div>
<div class="lz-attr"><em>【发文字号】柳政数〔2025〕21号</em><em>【发布日期】{M["publish_time"]}</em><em>【来源】市政数局</em><em>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</em></div>
<div class="lz-body">
{body}
</div>
<div class="lz-qr"><span>{img("微信扫一扫", data=True, w=80, h=80)}<br>微信扫一扫分享</span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
</div>
<div class="lz-files"><b>相关文件</b>
<p><a href="#">柳州市政务服务和大数据管理局关于2025年第一季度政府网站和政务新媒体检查情况的通报</a></p>
<p><a href="#">柳州市政府网站与政务新媒体管理办法（试行）</a></p>
</div>
<div class="lz-ft">
主办单位：柳州市政务服务和大数据管理局　联系电话：0772-2826103<br>
桂ICP备17004329号-1　桂公网安备 45020202000281号　网站标识码：4502000061
</div>
</body>"""
