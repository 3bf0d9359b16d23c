# 澎湃号·湃客文章页（2021 版）：机构账号，无真人署名；正文含费用分摊表；文末澎湃号声明
from blocks import P, H, TABLE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-29", "kind": "self-media", "lang": "zh",
    "title": "一栋老楼装电梯，27户居民开了11次协商会",
    "authors": ["天津社区观察"],
    "publish_time": "2025-11-10 16:22",
    "body": [
        P("上个月，红桥区西于庄街道一栋建于上世纪九十年代的六层老楼，终于装上了电梯。从第一次有人提议到电梯投用，整整用了两年，27户居民前后开了11次协商会。"),
        H("分歧：一楼和六楼的账算不到一起"),
        P("加装电梯最大的难题，是高低楼层居民的利益平衡。住在六楼的王大爷腿脚不好，盼电梯盼了好几年；一楼的住户则担心采光受影响、噪音增加，也不愿意出钱。"),
        P("社区没有急着拍板，而是请来设计单位现场讲解电梯的位置和遮光情况，又组织居民到附近已经装了电梯的小区参观。几轮讨论下来，大家逐渐达成了按楼层分摊费用的方案。"),
        H("方案：按楼层分摊，一楼不出钱"),
        P("这部电梯总造价约62万元，扣除政府补贴后，居民自筹部分按楼层递增分摊，每户出资情况如下："),
        TABLE([
            ["楼层", "每户出资（元）"],
            ["一层", "0"],
            ["二层", "8000"],
            ["三层", "16000"],
            ["四层", "22000"],
            ["五层", "27000"],
            ["六层", "32000"],
        ]),
        IMG("新装的电梯"),
        P("居委会主任说，协商的过程慢，但每一户的意见都被听到了，电梯装好以后，楼里没有一户再有怨言。目前，西于庄街道已有另外5栋老楼启动了加装电梯的意愿征集。"),
    ],
}

CSS = """
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#000}a{color:#000;text-decoration:none}
.head{height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 60px;gap:40px}.head img{width:120px;height:40px}
.head nav a{margin-right:22px;font-size:16px}
.container{width:1000px;margin:0 auto;display:flex;gap:40px;padding-top:20px}
.newsbox{flex:1}
.pph{font-size:14px;color:#00a5eb;margin-bottom:10px}
.news_title{font-size:30px;line-height:1.4;font-weight:bold;margin:0 0 16px}
.news_about{font-size:14px;color:#999;line-height:1.8;margin-bottom:24px}.news_about p{margin:0}.news_about .au{color:#000;font-size:16px}
.news_txt{font-size:18px;line-height:1.9}.news_txt p{margin:0 0 24px}.news_txt h4{font-size:18px;margin:0 0 14px}
.news_txt table{border-collapse:collapse;margin:0 0 24px;width:60%}.news_txt td,.news_txt th{border:1px solid #ccc;padding:4px 10px;font-size:16px}
.news_txt .img img{width:100%;height:400px;background:#eee}
.statement{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px;margin-top:20px}
.ops{user-select:none;color:#999;font-size:14px;margin:20px 0}
.aside{width:300px}.aside .acc{border:1px solid #eee;padding:16px;text-align:center}.aside .acc img{width:60px;height:60px;border-radius:50%}
.aside h3{font-size:16px;border-left:3px solid #00a5eb;padding-left:8px}.aside li{font-size:14px;line-height:1.9}
.foot{text-align:center;font-size:12px;color:#999;padding:30px;line-height:2;border-top:1px solid #eee;margin-top:30px}
"""


def render(p):
    body = rb(p["body"], h="<h4>{}</h4>", table=("<table>", "</table>"), img='<p class="img"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "_澎湃号·湃客_澎湃新闻-The Paper", CSS, f"""
<div class="head">{img("澎湃新闻")}<nav>{links(["要闻", "深度", "直播", "视频", "澎湃号", "问吧", "更多"], '<a href="#">{}</a>', '')}</nav><a href="#">登录</a></div>
<div class="container">
<div class="newsbox">
<div class="pph"><a href="#">澎湃号·湃客</a> &gt; <a href="#">天津社区观察</a></div>
<h1 class="news_title">{esc(p["title"])}</h1>
<div class="news_about"><p class="au">天津社区观察</p><p><span>{p["publish_time"]}</span>　<span>来源：澎湃新闻·澎湃号·湃客</span></p><p>字号</p></div>
<div class="news_txt">
{body}
</div>
<div class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
<div class="ops">举报　　分享到：微信　微博</div>
</div>
<div class="aside"><div class="acc">{img("天津社区观察")}<br><b>天津社区观察</b><br><span style="font-size:13px;color:#999">关注天津社区治理的点滴变化</span><br><a href="#">订阅</a></div>
<h3>湃客热文</h3><ul>{links(["小区物业费五年没涨，物业公司撑不住了", "菜市场改造之后，老摊主们去哪了", "社区食堂的一天"], '<li><a href="#">{}</a></li>')}</ul></div>
</div>
<div class="foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>&copy; 2014-2025 上海东方报业有限公司</div>
""")
