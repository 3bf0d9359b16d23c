# 天津广播电视台网站（虚构“津视网”），2024 年响应式：作者/来源/时间一行，文末责编
from blocks import P, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-20", "kind": "media", "lang": "zh",
    "title": "地铁11号线二期开通倒计时 沿线8座车站完成装修",
    "authors": ["孟宁", "张萌"],
    "publish_time": "2025-11-13 18:46:02",
    "body": [
        P("记者今天从天津轨道交通集团获悉，地铁11号线二期工程已完成全部8座车站的装修施工，正在进行开通前的系统联调和空载试运行，预计年内具备开通条件。"),
        P("11号线二期西起水上公园西路站，东至东丽六经路站，全长约11.8公里，与已经运营的一期工程贯通运营后，将串起南开区、河西区、河东区和东丽区，全线换乘站达到7座。"),
        IMG("装修完成的11号线二期车站站厅", "装修完成的车站站厅"),
        P("在即将开通的卫国道站，记者看到，站厅以“海河波光”为主题，顶部采用浅蓝色波浪造型吊顶，墙面装饰着杨柳青年画和天津老城厢街景的浮雕。车站还设置了母婴室、无障碍卫生间和爱心预约服务台。"),
        P("“试运行期间，我们每天按照正式运营的时刻表组织列车空载运行，重点检验信号、供电、通信等系统的稳定性。”天津轨道交通运营集团11号线项目负责人说，目前各项指标均满足开通要求。"),
        P("据悉，11号线二期开通后，从东丽区到南开区文化中心一带的出行时间将缩短约20分钟。"),
        NOTE("责编：闫冬", '<div class="ed">{}</div>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#20242a;background:#f3f5f8}
a{color:inherit;text-decoration:none}
.hdr{background:#0b63ce;color:#fff}.hdr .c{max-width:1200px;margin:0 auto;display:flex;align-items:center;gap:30px;height:64px;padding:0 20px}
.hdr img{width:150px;height:36px}.hdr nav{display:flex;gap:20px;font-size:15px;flex:1}.hdr .live{border:1px solid #fff;border-radius:14px;padding:2px 12px;font-size:13px}
.c{max-width:1200px;margin:0 auto;padding:0 20px}
.wrap{display:flex;gap:24px;margin-top:24px}
.card{background:#fff;border-radius:10px;padding:32px 40px;flex:1}
.tag{display:inline-block;background:#e8f1fd;color:#0b63ce;font-size:13px;padding:2px 10px;border-radius:3px}
.card h1{font-size:30px;line-height:1.4;margin:14px 0}
.by{font-size:14px;color:#7a828e;display:flex;gap:18px;flex-wrap:wrap;border-bottom:1px solid #eef0f3;padding-bottom:16px}
.txt{font-size:18px;line-height:1.85;padding-top:20px}.txt p{margin:0 0 1.1em}
.txt .pic{text-align:center;margin:0}.txt .pic img{width:100%;max-width:720px;height:420px;background:#dde3ea}.txt .piccap{text-align:center;font-size:14px;color:#7a828e}
.txt .ed{font-size:14px;color:#9aa1ab;text-align:right}
.like{user-select:none;display:flex;gap:20px;justify-content:center;margin:30px 0 10px;color:#7a828e}
.side{width:330px}.panel{background:#fff;border-radius:10px;padding:18px;margin-bottom:20px}.panel h3{margin:0 0 10px;font-size:17px}
.panel li{font-size:14px;line-height:1.9}.app{text-align:center;font-size:13px}.app img{width:120px;height:120px}
footer{margin-top:40px;background:#15243a;color:#8a99ad;font-size:12px;line-height:2;text-align:center;padding:26px 0}
"""


def render(p):
    body = rb(p["body"], img='<p class="pic"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="piccap">{}</p>')
    return doc(p["title"] + "-津视网", CSS, f"""
<div class="hdr"><div class="c">{img("津视网")}<nav>{links(["首页", "新闻", "直播", "点播", "天津卫视", "广播", "公益", "专题"], '<a href="#">{}</a>', '')}</nav><a class="live" href="#">下载客户端</a></div></div>
<div class="c wrap">
<div class="card">
<span class="tag">天津新闻</span>
<h1>{esc(p["title"])}</h1>
<div class="by"><span>作者：孟宁 张萌</span><span>来源：津视网</span><span>{p["publish_time"]}</span></div>
<div class="txt">
{body}
</div>
<div class="like"><span>👍 点赞 126</span><span>⭐ 收藏</span><span>↗ 分享</span></div>
</div>
<div class="side">
<div class="panel"><h3>热点新闻</h3><ol>{links(["天津港集装箱吞吐量创同期新高", "今冬天津将迎三次较强冷空气", "市民文化季冬季档演出开票", "多所中小学启用新校区", "海河沿线新增四处亲水平台"], '<li><a href="#">{}</a></li>')}</ol></div>
<div class="panel app">{img("津视APP")}<br>扫码下载津视APP 看直播</div>
</div></div>
<footer>天津广播电视台 版权所有　信息网络传播视听节目许可证 0204001<br>津ICP备12003102号-6　津公网安备 12010102000925号　广播电视节目制作经营许可证（津）字第041号<br>
<a href="#">关于我们</a> · <a href="#">联系我们</a> · <a href="#">网络举报</a></footer>
""")
