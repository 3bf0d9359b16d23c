"""wk-14: 辽宁 city evening paper site (2018 design), byline line 记者 … 文/摄, captions credited 记者 … 摄."""
from lib import *

PAGE = dict(id="wk-14", kind="media", lang="zh",
            title="家门口的“爱心食堂”火了 一份午餐十二元",
            authors=["孙宁"], publish_time="2025年11月11日 08:03")

BLOCKS = [
    BY("沈城晚报记者 孙宁 文/摄", f=lambda t, b: f'<p class="byline">{t}</p>'),
    P("两荤一素一汤，米饭管够，一份12元；70岁以上老人再减3元。11月10日中午11点刚过，皇姑区华山街道的长者助餐服务点里已经坐满了人。"),
    IMG("", "老人们在助餐点就餐。记者 孙宁 摄"),
    P("“以前一个人做饭，做多了吃不了，做少了又不值当，经常对付一口。”78岁的张淑芬老人住在助餐点对面的小区，几乎每天都来，“现在走几步就到，饭菜软和，口味也清淡，老姐妹们还能唠唠嗑。”"),
    P("记者看到，当天的菜品有红烧鸡块、木须肉、醋溜白菜和紫菜蛋花汤，每道菜旁边都贴着“少盐少油”的提示。助餐点负责人王海军介绍，这里由街道提供场地，引入专业餐饮企业运营，菜品每周更换，每天供应午餐约260份，“我们还在小程序上开通了预订，行动不便的老人打个电话，志愿者就能把饭送上门。”"),
    IMG("", "志愿者为高龄老人送餐上门。记者 孙宁 摄"),
    P("记者从市民政局了解到，今年以来，我市新建改造社区长者食堂和助餐点186个，全市助餐服务网点已超过900个，基本实现城市社区全覆盖。按照规定，80岁以上高龄、失能和低保等困难老人，还可在现有优惠基础上享受每餐最高5元的补贴。"),
    P("不少年轻人也成了助餐点的“回头客”。在附近写字楼上班的刘女士说，这里干净实惠，“有时候中午陪我妈来吃，一举两得。”"),
    P("市民政局相关负责人表示，下一步将推动助餐服务向农村和城乡接合部延伸，同时加强食品安全监管，探索“中央厨房+配送”模式，让老年人吃得饱、吃得好、吃得安心。"),
]

CSS = """
body{margin:0;background:#f1f1f1;font-family:"Microsoft YaHei";color:#333}
.top{height:36px;background:#222;color:#aaa;font-size:12px;line-height:36px}.top div{width:1100px;margin:auto}.top a{color:#ccc;margin-right:14px}
.logo{width:1100px;margin:auto;height:100px;display:flex;align-items:center;justify-content:space-between}
.logo b{font-size:38px;color:#e60012;font-style:italic}.logo span{color:#999;font-size:13px}
.nv{background:#e60012}.nv div{width:1100px;margin:auto}.nv a{display:inline-block;color:#fff;padding:0 20px;line-height:44px;font-size:16px;text-decoration:none}
.box{width:1100px;margin:16px auto;background:#fff;padding:24px 30px;box-sizing:border-box;display:flex;gap:30px}
.l{flex:1}.r{width:300px}
.where{font-size:13px;color:#666}
.l h1{font-size:30px;margin:18px 0 10px;line-height:1.4}
.line{display:flex;justify-content:space-between;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}
.line .sh a{display:inline-block;width:26px;height:26px;border-radius:50%;background:#eee;text-align:center;line-height:26px;color:#666;margin-left:4px;font-size:12px}
.cnt{font-size:17px;line-height:1.95;margin-top:16px}.cnt p{margin:0 0 18px;text-indent:2em}
.cnt .byline{text-indent:0;color:#666;font-size:15px}.cnt .pic-cap{text-indent:0;font-size:14px;color:#666}
.cnt img{width:640px;height:420px;background:#ddd}
.r h3{font-size:17px;border-bottom:3px solid #e60012;padding-bottom:4px}.r li{font-size:14px;line-height:2}
.foot{background:#222;color:#888;font-size:12px;text-align:center;line-height:2;padding:20px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="top"><div><a href="#">沈城晚报网首页</a><a href="#">电子版</a><a href="#">新闻热线：024-22699110</a><a href="#">投稿</a></div></div>
<div class="logo"><b>沈城晚报网</b><span>{img("广告", gif=True)} 2025年11月11日 星期二 农历九月廿二</span></div>
<div class="nv"><div>{links(["首页","城事","民生","法治","健康","教育","楼市","汽车","视频"])}</div></div>
<div class="box"><div class="l">
<div class="where">沈城晚报网 &gt; 城事 &gt; 正文</div>
<h1>{PAGE["title"]}</h1>
<div class="line"><span>2025年11月11日 08:03　沈城晚报</span><span class="sh">分享到：<a href="#">微</a><a href="#">博</a><a href="#">Q</a></span></div>
<div class="cnt">
{bh}
</div>
<p style="color:#999;font-size:13px">【编辑：陈思】</p>
</div>
<div class="r"><h3>热点推荐</h3><ul>{links(["沈阳今冬首场雪预计周四到","地铁4号线南段开通时间定了","浑河岸边新添8处冬季健身场地","社区医院开设夜间门诊","这些菜价本周有变化"], wrap="li")}</ul>
<h3>关注我们</h3><p>{img("沈城晚报微信公众号", gif=True)}<br>扫一扫关注沈城晚报微信</p></div>
</div>
<div class="foot">沈城晚报社主办　版权所有　未经许可不得转载或镜像<br>辽ICP备07010346号-2　辽公网安备 21010502000422号　互联网新闻信息服务许可证编号：21120180003</div>
"""
    return doc(PAGE["title"] + "_沈城晚报网", CSS, html), gold
