# 微博 头条文章 (Weibo article): site nav, the account line "西安身边事" with
# "发布于 date" and 阅读数; no person named, so the account is the author;
# 转发/评论/赞 and comments after.
from kit import *

META = dict(
    id="xm-29", kind="self-media", lang="zh",
    title="西安地铁8号线运营首月：日均客流超30万人次",
    authors=["西安身边事"],
    publish_time="2025-06-01 14:05",
)
HTML_TITLE = "西安地铁8号线运营首月：日均客流超30万人次 - 微博"
CSS = BASE_CSS + """
body{background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.wb-top{background:#fff;height:50px;display:flex;align-items:center;padding:0 calc(50% - 500px);gap:20px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.wb-top b{color:#ff8200;font-size:22px}
.wb-top .r{margin-left:auto}
.wb-top .r a{margin-left:14px;font-size:14px}
.card{width:1000px;margin:16px auto;background:#fff;border-radius:6px;padding:40px 100px;box-sizing:border-box}
.cover{height:300px;background:#ddd;margin:-40px -100px 30px}
h1{font-size:28px;line-height:1.4;margin:0 0 16px}
.who{display:flex;align-items:center;gap:10px;font-size:14px;color:#939393}
.who .n{color:#eb7350;font-size:15px}
.who .fo{margin-left:auto;border:1px solid #ff8200;color:#ff8200;padding:2px 14px;border-radius:14px}
.read{font-size:13px;color:#939393;margin:10px 0 24px}
.content{font-size:16px;line-height:1.9;color:#333}
.content p{margin:0 0 18px}
.content h3{font-size:18px;margin:26px 0 12px}
.art-table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:18px}
.art-table th,.art-table td{border:1px solid #ddd;padding:6px}
.foot{display:flex;justify-content:space-around;border-top:1px solid #f0f0f0;margin-top:24px;padding-top:12px;color:#808080;font-size:14px}
.cmts{font-size:14px;margin-top:16px}
.cmts p{margin:8px 0}
.cmts .u{color:#eb7350}
"""
TEMPLATE = f"""
<div class="wb-top"><b>微博</b>{search("大家都在搜：西安地铁", "")}<span class="r"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></span></div>
<div class="card">
<div class="cover">{img("头条文章封面", 1000, 300)}</div>
<h1>@@TITLE@@</h1>
<div class="who">{img("", 30, 30)}<span class="n">西安身边事</span><span>发布于 @@DATE@@</span><span class="fo">+关注</span></div>
<div class="read">阅读数：10万+</div>
<div class="content">
@@BODY@@
</div>
<div class="foot"><span>↗ 转发 326</span><span>💬 评论 1204</span><span>👍 赞 5678</span></div>
<div class="cmts"><p><span class="u">长安小刘</span>：早上7点半的车厢真的挤，希望加密班次　06-01 14:32</p><p><span class="u">西安吃货团</span>：换乘方便多了，以前去大明宫要倒两次车　06-01 15:10</p><p>查看更多评论 &gt;</p></div>
</div>
"""
OPTS = dict(pstyle="p", hstyle="h3", tstyle="plain")
BODY = """
p 西安地铁8号线开通运营已满一个月。记者从西安市轨道交通集团运营分公司获悉，8号线开通首月累计运送乘客935万人次，日均客流30.2万人次，工作日早高峰最大断面满载率达到82%。
p 8号线是西安首条地铁环线，全长约50公里，设车站37座，其中换乘站19座，与1至6号线、14号线及16号线均能实现换乘。
h 哪几个站最忙？
p 从进出站客流看，开通首月客流排名前五的车站如下：
tr 排名 | 车站 | 日均进出站量（人次）
tr 1 | 小寨站 | 3.6万
tr 2 | 北客站（北广场）站 | 3.1万
tr 3 | 大明宫站 | 2.4万
tr 4 | 纺织城站 | 2.2万
tr 5 | 丈八北路站 | 2.0万
h 下一步有啥安排？
p 运营方表示，针对早高峰部分区段拥挤的情况，自6月3日起，8号线工作日早高峰行车间隔将由6分钟缩短至5分钟，并在小寨、大明宫等大客流车站增派站务人员和志愿者，引导乘客有序乘车。
p 此外，8号线部分车站的出入口和无障碍电梯仍在完善中，预计6月底前全部投入使用。乘客出行前可通过官方APP查询各站出入口开放情况。
p 你坐过8号线了吗？体验如何？
"""
