from lib import *

PAGE = dict(
    id="xv-18", kind="media", lang="zh",
    title="北京中关村科学城发布人工智能应用场景清单",
    authors=["孙楠", "张可"], publish_time="2025-03-18 19:32:10",
    doc_title="【北京新闻】北京中关村科学城发布人工智能应用场景清单-京视网",
    css=MEDIA,
)
CSS = """
body{background:#111;color:#ddd}
.topline{background:#000}
.logo-row img{background:#1e88e5}
.chan{border-top-color:#1e88e5;border-bottom-color:#333}
.player{background:#000;height:420px;position:relative;text-align:center;color:#777;padding-top:180px}
.ctrl{background:#222;color:#aaa;font-size:12px;padding:6px 12px;display:flex;gap:16px}
.vinfo{color:#999;font-size:13px;margin:10px 0 20px}
.text p{color:#ddd}
.footer{background:#000;color:#777}
.sidecol h4{border-bottom-color:#1e88e5}
"""

BODY = """
p 今天（3月18日），海淀区中关村科学城发布2025年人工智能应用场景清单，面向全球征集解决方案。此次发布的场景共56个，覆盖政务服务、城市治理、医疗健康、教育、交通出行等领域。
p 在政务服务领域，清单提出建设智能导办、材料智能预审等场景，推动企业和群众办事“少跑腿、快审批”。在城市治理领域，将探索利用大模型对市民诉求进行智能分类、派单和分析，提升接诉即办效率。
p 中关村科学城管委会相关负责人表示，此次场景清单由区内委办局、医院、学校和重点企业共同提出，场景需求方将为入选方案提供数据、空间和应用环境，优秀方案可获得最高500万元的资金支持。
p 现场，首批12家企业与场景需求方签署了合作意向。一家参与签约的人工智能企业负责人说：“场景是技术落地最好的‘试验田’，我们希望在真实环境里把产品打磨得更好。”
p 据悉，本次场景清单征集截止时间为2025年5月31日，评审结果将于6月下旬公布。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">京视网</a><a href="#">直播</a><a href="#">点播</a><a href="#">节目单</a><a href="#">下载客户端</a></div></div>
<div class="w">
<div class="logo-row">{img("京视网 BTV", 200, 60)}{search("搜索节目、栏目")}</div>
<div class="chan"><a href="#">首页</a><a href="#">新闻</a><a href="#">卫视</a><a href="#">纪实</a><a href="#">体育</a><a href="#">少儿</a><a href="#">专题</a></div>
<div class="layout"><div class="maincol">
<div class="player">{img("视频封面", 1, 1)}<p>视频加载中…</p></div>
<div class="ctrl"><span>▶</span><span>00:00 / 02:16</span><span>高清</span><span>全屏</span></div>
<h1 class="headline">【北京新闻】北京中关村科学城发布人工智能应用场景清单</h1>
<div class="vinfo">2025-03-18 19:32:10 | 来源：京视新闻 | 记者：孙楠 张可 | 编辑：姚远</div>
<div class="text">
{body}
</div>
<div class="share">分享：<a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div>
</div>
<div class="sidecol"><h4>北京新闻 往期节目</h4>
{dated_list([("北京新闻 2025-03-17","03-17"),("北京新闻 2025-03-16","03-16"),("北京新闻 2025-03-15","03-15"),("北京新闻 2025-03-14","03-14")])}
<h4>相关视频</h4>{ul(["海淀发布人工智能产业支持政策","中关村论坛年会将于3月底举办","北京智能网联汽车示范区扩区"], "rel")}</div>
</div></div>
<div class="footer"><p>京视网 版权所有　信息网络传播视听节目许可证：0105xx1</p><p>京ICP备10028532号　京公网安备11010502037783号</p></div>
"""
