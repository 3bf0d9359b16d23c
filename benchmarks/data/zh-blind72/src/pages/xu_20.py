from lib import *

META = dict(
    id="xu-20", kind="media", lang="zh",
    title="喀什古城“夜经济”升温 秋季游客量同比增长两成",
    authors=["周雪", "刘洋"],
    publish_time="2025-09-13 20:16",
)
FEATURES = ("喀什 city media app share page (2025 mobile-first design): 打开APP banner, headline, byline line "
            "喀什日报全媒体记者 周雪 刘  洋 (spaced name), 发布于 date line, photos with captions, a sub-heading, "
            "声明 and 责任编辑/审核 lines, 点赞/分享 counters, 推荐 list, empty 评论 box, app footer.")

BODY = [
    P("入秋以来，喀什古城的夜晚依旧热闹。每到华灯初上，古城东门广场的民族歌舞表演、街巷里的手工艺作坊和遍布大街小巷的特色小吃摊，吸引着来自各地的游客驻足。"),
    IMG("游客在古城夜市品尝特色美食", "游客在古城夜市品尝特色美食。"),
    P("记者从喀什古城景区管委会了解到，9月1日至12日，古城景区累计接待游客48.6万人次，同比增长21%，其中夜间游客占比超过四成。"),
    H("新业态留住游客"),
    P("今年，古城景区推出了“古城夜游”“非遗体验”“跟着歌舞游古城”等多条特色线路，在夜间增设沉浸式演艺、灯光秀和市集活动，并延长部分商铺营业时间至凌晨1时。"),
    P("在古城一家土陶作坊里，来自浙江的游客陈女士正跟着手艺人学习拉坯。“白天逛古城，晚上体验非遗手作，再吃一顿烤包子，喀什的夜晚太有味道了。”她说。"),
    P("景区管委会相关负责人表示，将继续优化夜间交通接驳、停车和安全保障服务，丰富夜间消费场景，让更多游客“留下来、住下来”。"),
]

CSS = """
html{background:#ece7df}
body{max-width:640px;margin:0 auto;background:#fff;font:17px/1.75 -apple-system,"PingFang SC","Microsoft YaHei";color:#1e1e1e}
.ks-app{display:flex;align-items:center;justify-content:space-between;background:#f7efe3;padding:8px 14px;font-size:13px}
.ks-app b{color:#a3410f}
.ks-app a{background:#a3410f;color:#fff;border-radius:14px;padding:2px 12px}
.ks-art{padding:18px}
.ks-art h1{font-size:24px;line-height:1.4;margin:0 0 12px}
.ks-by{font-size:14px;color:#666}
.ks-when{font-size:13px;color:#999;margin-bottom:16px}
.ks-c p{margin:0 0 16px;text-align:justify}
.ks-c h2{font-size:18px;color:#a3410f;margin:20px 0 10px}
.ks-c .im{margin:0}
.ks-c .imc{font-size:14px;color:#888;text-align:center}
.ks-sm{font-size:12px;color:#aaa;background:#fafafa;padding:8px}
.ks-ed{font-size:13px;color:#888}
.ks-act{display:flex;justify-content:space-around;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;font-size:14px}
.ks-rec{padding:0 18px}
.ks-rec h3{font-size:16px}
.ks-rec div{border-bottom:1px solid #f0f0f0;padding:8px 0;font-size:15px}
.ks-rec span{display:block;font-size:12px;color:#aaa}
.ks-cm{padding:12px 18px;color:#999;font-size:14px}
.ks-foot{text-align:center;font-size:12px;color:#aaa;padding:16px}
"""


def html():
    body = render(BODY, h="<h2>{}</h2>", img='<p class="im"><img alt="{alt}"{src}></p>', cap='<p class="imc">{}</p>')
    t = META["title"]
    return doc(t, CSS, f"""
<div class="ks-app"><span><b>喀什融媒</b> 打开APP，阅读体验更佳</span><a href="#">打开</a></div>
<article class="ks-art">
 <h1>{e(t)}</h1>
 <div class="ks-by">喀什日报全媒体记者 周雪 刘&nbsp;&nbsp;洋</div>
 <div class="ks-when">发布于 2025-09-13 20:16</div>
 <div class="ks-c">
{body}
 </div>
 <div class="ks-sm">声明：本文为喀什融媒原创稿件，转载请注明出处。</div>
 <p class="ks-ed">责任编辑：帕提古丽　审核：韩东</p>
</article>
<div class="ks-act"><span>👍 点赞 126</span><span>↗ 分享</span><span>☆ 收藏</span></div>
<div class="ks-rec"><h3>推荐</h3>
 <div><a href="#">疏附县：手鼓之乡迎来研学高峰</a><span>喀什融媒 · 09-12</span></div>
 <div><a href="#">喀什综合保税区前8个月进出口额创新高</a><span>喀什融媒 · 09-12</span></div>
 <div><a href="#">塔县帕米尔高原迎来初雪</a><span>喀什融媒 · 09-11</span></div>
</div>
<div class="ks-cm">评论（0）<br><input type="text" placeholder="写评论..."></div>
<div class="ks-foot">喀什融媒 出品　新ICP备16001928号-2<br>© 2025 喀什地区融媒体中心</div>
""")
