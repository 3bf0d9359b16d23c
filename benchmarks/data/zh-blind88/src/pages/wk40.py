"""wk-40: 山西 basic-level court site (法院网 sub-site style): 作者 field = court + person, time with seconds, 法官说法 sub-heading."""
from lib import *

PAGE = dict(id="wk-40", kind="institution", lang="zh",
            title="冬季护薪专项执行：城区法院三天为32名农民工追回工资87万元",
            authors=["刘晓慧"], publish_time="2025-11-14 15:26:11")

BLOCKS = [
    P("“钱到账了，这下过年回家心里踏实了！”11月13日，在晋城市城区人民法院执行局，农民工代表老赵接过执行款到账凭证，连声道谢。这是城区法院开展“冬季护薪”专项执行行动的一个缩影。行动开展三天来，该院已为32名农民工追回工资款87万元。"),
    P("2024年，老赵等32名农民工在某建筑劳务公司承包的工地务工，工程完工后，公司以资金紧张为由拖欠工资一直未付。老赵等人诉至法院，法院判决该公司支付工资款及利息。判决生效后，该公司仍未履行，农民工们遂申请强制执行。"),
    P("立案后，执行干警第一时间通过网络查控系统查询被执行人财产，发现其名下银行账户余额不足，但对某开发商享有一笔未到期的工程款债权。执行干警随即向开发商送达协助执行通知书，依法冻结该笔工程款，同时约谈公司负责人，释明拒不履行判决的法律后果。"),
    P("在法院的强大压力下，被执行人主动与开发商协商，从工程款中优先拨付农民工工资，87万元执行款于11月13日全部发放到位。"),
    H("法官说法"),
    P("根据《保障农民工工资支付条例》规定，用人单位应当按时足额支付农民工工资，不得以工程款未到位等为由拖欠。拒不支付劳动报酬、情节严重的，可能构成拒不支付劳动报酬罪。法院提醒，农民工朋友在务工时应注意保存劳动合同、考勤记录、工资条等证据，遇到欠薪可通过劳动监察投诉、劳动仲裁和诉讼等途径依法维权。"),
]

CSS = """
body{margin:0;background:#f4f1ea;font-family:"SimSun","Microsoft YaHei";font-size:12px;color:#333}
.court-top{width:1000px;margin:0 auto;height:150px;background:#a4121a;position:relative;color:#ffe4a8}
.court-top .emb{position:absolute;left:30px;top:35px;width:80px;height:80px;border-radius:50%;background:#d4a017}
.court-top .nm{position:absolute;left:130px;top:40px;font:bold 34px "KaiTi","楷体"}
.court-top .nm span{display:block;font:13px Arial;letter-spacing:1px;color:#f3c9a0}
.court-top .lk{position:absolute;right:16px;top:10px}.court-top .lk a{color:#ffe4a8;margin-left:8px}
.court-nav{width:1000px;margin:0 auto;background:#7d0d13;height:40px}
.court-nav a{float:left;color:#fff;font:15px/40px "Microsoft YaHei";padding:0 17px;text-decoration:none}
.court-body{width:1000px;margin:0 auto;background:#fff;padding:16px 30px;box-sizing:border-box;overflow:hidden}
.court-body .where{color:#666;border-bottom:1px solid #e5d9c3;padding-bottom:6px}
.detail_bigtitle{font:bold 22px/1.5 "Microsoft YaHei";text-align:center;color:#000;margin:22px 0 10px}
.detail_thr{text-align:center;color:#888;margin-bottom:12px}.detail_thr span{margin:0 10px}
.detail_txt{font-size:16px;line-height:2;border-top:1px dashed #ccc;padding-top:10px}.detail_txt p{text-indent:2em;margin:0 0 10px}
.detail_txt h5{font-size:16px;color:#a4121a;margin:12px 0 6px;text-indent:2em}
.detail_ed{text-align:right;color:#666;margin-top:20px}
.detail_btn{text-align:center;margin:20px 0}.detail_btn a{border:1px solid #ccc;padding:3px 14px;margin:0 6px;color:#333}
.court-foot{width:1000px;margin:0 auto;background:#7d0d13;color:#e8cfcf;text-align:center;padding:12px 0;line-height:22px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", hf=lambda t, b: f"<h5>{t}</h5>")
    html = f"""
<div class="court-top"><div class="emb"></div><div class="nm">晋城市城区人民法院<span>JINCHENG CHENGQU PEOPLE'S COURT</span></div>
<div class="lk"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">诉讼服务网</a><a href="#">12368热线</a></div></div>
<div class="court-nav">{links(["首页","法院概况","新闻中心","审判执行","司法公开","诉讼服务","法治宣传","队伍建设"])}</div>
<div class="court-body">
<div class="where">您的位置：<a href="#">首页</a> &gt; <a href="#">审判执行</a> &gt; <a href="#">执行动态</a></div>
<div class="detail_bigtitle">{PAGE["title"]}</div>
<div class="detail_thr"><span>作者：城区法院 刘晓慧</span><span>发布时间：2025-11-14 15:26:11</span></div>
<div class="detail_txt">
{bh}
</div>
<div class="detail_ed">责任编辑：宋婷</div>
<div class="detail_btn"><a href="#">打印</a><a href="#">关闭</a><a href="#">返回顶部</a></div>
</div>
<div class="court-foot">晋城市城区人民法院版权所有　地址：晋城市城区凤台东街　邮编：048000<br>诉讼服务热线：12368　晋ICP备09004128号-1　晋公网安备 14050202000109号</div>
"""
    return doc(PAGE["title"] + "-晋城市城区人民法院", CSS, html), gold
