# 秦风网 (陕西, provincial newspaper portal): 引题 over the headline (not part of
# the title); 本报讯（记者 … 通讯员 …）inside the first paragraph; 责任编辑 not an
# author; a 24小时热点 list after the article.
from kit import *

META = dict(
    id="xm-13", kind="media", lang="zh",
    title="秦岭北麓生态修复三年见效",
    authors=["王静", "李可"],
    publish_time="2025-05-19 07:58:36",
)
HTML_TITLE = "秦岭北麓生态修复三年见效 - 秦风网"
CSS = BASE_CSS + """
.topbar{background:#222;color:#aaa;font-size:12px}
.topbar .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 0}
.topbar a{color:#ccc;margin-left:12px}
.logo{width:1200px;margin:0 auto;display:flex;align-items:center;height:90px;gap:30px}
.logo b{font-size:40px;color:#c4161c;font-family:STKaiti,KaiTi}
.logo .search{margin-left:auto}
.nav{background:#c4161c}
.nav ul{width:1200px;margin:0 auto;display:flex;flex-wrap:wrap}
.nav a{display:block;color:#fff;padding:10px 16px;font-size:15px}
.main{width:1200px;margin:20px auto;display:flex;gap:40px}
.art{flex:1}
.crumb{font-size:13px;color:#999}
.yt{font-size:18px;color:#555;margin:24px 0 0;text-align:center}
h1{font-size:32px;text-align:center;margin:8px 0 14px;line-height:1.4}
.info{text-align:center;font-size:13px;color:#999;padding-bottom:16px;border-bottom:1px solid #eee}
.info span{margin:0 8px}
.content{font-size:18px;line-height:1.9;margin-top:20px}
.content p{margin:0 0 20px;text-indent:2em}
.content .pic-cap{text-indent:0;font-size:14px;color:#666;text-align:center}
.editor{text-align:right;color:#999;font-size:14px}
.share{margin:20px 0;color:#999}
.share a{display:inline-block;border:1px solid #ddd;border-radius:14px;padding:2px 12px;margin-left:6px}
.aside{width:320px}
.aside h3{border-left:4px solid #c4161c;padding-left:8px;font-size:17px}
.aside li{padding:7px 0;border-bottom:1px solid #f0f0f0;font-size:14px}
.aside .n{display:inline-block;width:20px;color:#c4161c;font-weight:bold}
.footer{background:#f4f4f4;text-align:center;font-size:12px;color:#888;padding:20px 0;border-top:1px solid #ddd}
.footer p{margin:4px 0}
"""
HOT = ["西安地铁15号线一期开通初期运营", "陕西今年夏粮预计丰收 小麦开镰在即", "延安苹果花期遇低温 果农忙防冻",
       "汉江安康段发现成群中华秋沙鸭", "全省高考报名人数公布", "西咸新区引进两家新能源整车配套企业",
       "榆林：光伏治沙面积突破200万亩", "宝鸡青铜器博物院推出夜场"]
TEMPLATE = f"""
<div class="topbar"><div class="in"><span>秦风网 — 陕西新闻门户</span><span><a href="#">秦风日报</a><a href="#">数字报</a><a href="#">客户端</a><a href="#">登录</a><a href="#">注册</a></span></div></div>
<div class="logo"><b>秦风网</b><span>www.qinfeng.example.cn</span>{search("搜索新闻", "搜索")}</div>
<div class="nav">{nav(["首页", "时政", "陕西", "市县", "经济", "社会", "文化", "教育", "健康", "旅游", "视频", "图片", "评论", "专题"], cls="navul")}</div>
<div class="main">
<div class="art">
{crumb(["秦风网", "陕西", "正文"], prefix="", sep=" &gt; ")}
<p class="yt">退耕还林还草累计超12万亩　野生动植物种群明显恢复</p>
<h1>@@TITLE@@</h1>
<div class="info"><span>@@DATE@@</span><span>来源：秦风日报</span><span>{fontsize(3)}</span></div>
<div class="content">
@@BODY@@
</div>
<p class="editor">责任编辑：赵一鸣</p>
{share("分享到：", ("微信", "微博", "QQ空间", "复制链接"))}
</div>
<div class="aside"><h3>24小时热点</h3><ul>{"".join(f'<li><span class="n">{i}</span><a href="#">{t}</a></li>' for i, t in enumerate(HOT, 1))}</ul>
<h3>秦风视频</h3>{ul(["航拍秦岭：云海翻涌似仙境", "非遗老腔唱响大唐不夜城", "农民丰收节筹备进行时"])}</div>
</div>
{footer(["关于我们 | 广告服务 | 联系我们 | 版权声明 | 网站地图",
         "互联网新闻信息服务许可证：61120170009　信息网络传播视听节目许可证：2708123",
         "陕ICP备10012345号-1　陕公网安备 61010402000689号",
         "违法和不良信息举报电话：029-87654321　举报邮箱：jubao@qinfeng.example.cn",
         "秦风网版权所有，未经书面授权禁止使用"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 本报讯（记者 王&nbsp;&nbsp;静 通讯员 李可）5月18日，记者从省林业局获悉，秦岭北麓生态修复工程实施三年来，累计完成退耕还林还草12.3万亩，治理水土流失面积310平方公里，关停整治违规采石场、砂场47处，区域森林覆盖率由69.2%提高到71.5%。
p 秦岭北麓是关中平原重要的生态屏障和水源涵养区。2022年以来，我省按照“山水林田湖草沙一体化保护和系统治理”思路，在西安、宝鸡、渭南三市沿山区域实施生态修复工程，对废弃矿山、裸露坡面和受损河道进行综合整治，同步推进峪口环境整治和生态廊道建设。
img 秦岭北麓某峪口生态修复后的景象
cap 秦岭北麓某峪口生态修复后的景象（资料图片）
p 生态环境改善带来了野生动植物种群的明显恢复。监测数据显示，修复区域内记录到的鸟类由2021年的126种增加到158种，红腹锦鸡、勺鸡等野生鸟类在多个峪口频繁出现，林麝、斑羚等珍稀兽类的活动痕迹也明显增多。
p “以前这里是一片乱石滩，下雨就往下冲泥沙。现在坡上种满了侧柏和刺槐，河道也清了，夏天常有人来徒步。”在西安市鄠邑区一处峪口，护林员刘长青指着山坡说。
p 省林业局有关负责人表示，下一步将把修复成果巩固提升作为重点，健全“林长+警长+检察长”协作机制，严格落实秦岭生态空间治理十大行动，推动生态修复由“治”向“管”和“用”延伸。
"""
