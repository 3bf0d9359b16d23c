from lib import *

PAGE = dict(
    id="xv-35", kind="e-paper", lang="zh",
    title="张江“科创街区”夜里也热闹",
    authors=["陈默"], publish_time="2024-12-20",
    doc_title="浦东时讯电子版 第05版 张江“科创街区”夜里也热闹",
    css=EPAPER,
)
CSS = """
.ep-top{background:#00695c}
.ep-bar a{color:#00695c}
.infoline{color:#666;font-size:13px;text-align:center;border-bottom:1px solid #eee;padding-bottom:8px}
"""
FMT = {"by": '<p style="text-indent:0;text-align:center;color:#555">{}</p>', "cap": '<p class="cap">{}</p>'}

BODY = """
by 文/本报记者 陈默　图/受访者提供
p 晚上9点，张江科学城的一条街区依然灯火通明。咖啡馆里，几位年轻工程师围着笔记本电脑讨论代码；隔壁的共享实验室里，一家初创企业的研发人员还在调试设备；街角的小剧场刚刚散场，观众三三两两走向地铁站。
p 这条街区是张江今年打造的首个“科创街区”，全长约600米，沿街集聚了32家科技服务机构、18家餐饮零售门店和一处24小时开放的共享办公空间。
x <p style="text-align:center"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="科创街区夜景" width="500" height="300"></p>
cap 科创街区夜景
p “以前下班就是从公司回家，两点一线。现在楼下就有地方喝咖啡、看演出，还能认识其他公司的同行。”在一家芯片设计公司工作的李先生说。
p 张江科学城相关负责人介绍，街区运营采取“政府引导、企业主体”的方式，由园区开发公司统一招商和管理，入驻的科技服务机构提供知识产权、投融资、技术转移等服务。今年以来，街区已举办各类路演、沙龙活动120余场，促成投融资对接项目26个。
p 明年，张江还将在科学城内再打造2条科创街区，并延长周边公交线路的夜间运营时间。
"""


def page(body):
    return f"""
<div class="ep-top"><div class="w"><div class="ep-name">浦东时讯</div><div>电子版</div></div></div>
<div class="ep-bar"><div class="w">当前日期：2024年12月20日　<a href="#">前一期</a><a href="#">后一期</a>　<a href="#">第01版</a><a href="#">第02版</a><a href="#">第03版</a><a href="#">第04版</a><a href="#">第05版</a><a href="#">第06版</a><a href="#">第07版</a><a href="#">第08版</a></div></div>
<div class="w ep-main">
<div class="ep-left"><div class="ep-page">{img("第05版：社区", 400, 540)}</div><p>第05版：社区</p></div>
<div class="ep-right">
<h1 class="zhu">张江“科创街区”夜里也热闹</h1>
<p class="fu">——首个科创街区集聚科技服务机构32家</p>
<p class="infoline">发布日期：2024-12-20　　版次：第05版　　作者：陈默</p>
<div class="ep-text">
{body}
</div>
<h4>本版新闻</h4>
{dated_list([("张江“科创街区”夜里也热闹","12-20"),("金杨新村街道“睦邻点”增至48个","12-20"),("冬季取暖安全提示","12-20")])}
</div>
</div>
<div class="ep-foot">主办：浦东时讯社　沪ICP备08105611号</div>
"""
