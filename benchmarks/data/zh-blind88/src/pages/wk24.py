"""wk-24: 吉林 provincial TV news site (2020 design): program label before the headline, closing （吉林台记者 …）inside the last paragraph."""
from lib import *

PAGE = dict(id="wk-24", kind="media", lang="zh",
            title="全省秋粮收购突破1500万吨 收购价格稳中有升",
            authors=["张晓", "赵阳"], publish_time="2025/11/15 19:52")

BLOCKS = [
    P("当前正值秋粮收购旺季，全省各地粮食收购企业敞开收购，粮农售粮积极性高。记者从省粮食和物资储备局获悉，截至11月14日，全省累计收购新季玉米、水稻、大豆等秋粮1536万吨，同比增加108万吨。"),
    P("在榆树市一家粮食收储企业，前来售粮的车辆排起了长队。工作人员现场检测水分、杂质，过磅结算一气呵成，农户当天就能拿到粮款。种粮大户李树林今年种了600亩玉米，他算了一笔账：“今年玉米品质好，每斤比去年多卖三分钱，600亩能多收入两万多元。”"),
    P("为保障秋粮收购平稳有序，全省共安排收购网点2100多个，落实仓容4800万吨。金融部门安排收购贷款资金320亿元，确保企业“有钱收粮”。同时，各地市场监管部门加强对收购价格、计量器具的检查，严厉打击压级压价、短斤少两等行为。"),
    P("省粮食和物资储备局相关负责人表示，将继续加强粮食市场监测预警，引导多元市场主体积极入市，做好政策性收购准备，切实保护种粮农民利益，守住农民“种粮卖得出”的底线。（吉林台记者 张晓 赵阳）"),
]

CSS = """
body{margin:0;background:#eaeef3;font-family:"Microsoft YaHei";color:#222}
.top{background:#003a8c;height:70px}.top .w{width:1200px;margin:auto;display:flex;align-items:center;height:70px;gap:30px}
.top .lg{color:#fff;font-size:26px;font-weight:bold}.top a{color:#cfe0ff;font-size:15px;text-decoration:none}
.top .rt{margin-left:auto;color:#cfe0ff;font-size:13px}
.w2{width:1200px;margin:20px auto;display:flex;gap:20px}
.main{flex:1;background:#fff;padding:24px}
.vid{height:480px;background:#000;position:relative}.vid span{position:absolute;left:20px;bottom:14px;color:#bbb;font-size:13px}
.main h1{font-size:24px;margin:18px 0 8px}
.main .m{color:#888;font-size:13px}.main .m span{margin-right:20px}
.main .jj{font-size:16px;line-height:1.9;margin-top:16px;border-top:1px solid #eee;padding-top:12px}
.main .jj p{margin:0 0 12px;text-indent:2em}
.main .bt{font-size:13px;color:#999;margin-top:10px}
.list{width:330px;background:#fff;padding:16px}.list h4{margin:0 0 8px;font-size:16px;color:#003a8c}
.list .it{display:flex;gap:10px;margin-bottom:12px;font-size:13px}.list .it i{width:120px;height:68px;background:#ccd6e3;flex:none}
.ft{background:#002b66;color:#9fb4d6;text-align:center;font-size:12px;line-height:2;padding:18px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    items = "".join(f'<div class="it"><i></i><a href="#">{t}</a></div>' for t in ["【吉林新闻联播】长春新区新签约项目31个", "【吉林新闻联播】延边州启动冬季旅游季", "【新闻早报】今冬首场寒潮影响我省", "【吉林新闻联播】全省中小学冬季安全教育周启动"])
    html = f"""
<div class="top"><div class="w"><span class="lg">吉视新闻</span>{links(["首页","直播","吉林新闻联播","新闻早报","都市","乡村","专题"])}<span class="rt">吉林广播电视台 | <a href="#">登录</a></span></div></div>
<div class="w2">
<div class="main">
<div class="vid"><span>{img("视频", gif=True)} 00:00 / 02:05　高清　全屏</span></div>
<h1>【吉林新闻联播】{PAGE["title"]}</h1>
<div class="m"><span>2025/11/15 19:52</span><span>栏目：吉林新闻联播</span><span>浏览：8426</span></div>
<div class="jj">
{bh}
</div>
<div class="bt">编辑：孟凡　　责编：郑丽</div>
</div>
<div class="list"><h4>更多视频</h4>{items}</div>
</div>
<div class="ft">吉林广播电视台版权所有　未经授权禁止复制或建立镜像<br>信息网络传播视听节目许可证：0708215　吉ICP备09003461号-2　吉公网安备 22010402000021号</div>
"""
    return doc("【吉林新闻联播】" + PAGE["title"] + "-吉视新闻", CSS, html), gold
