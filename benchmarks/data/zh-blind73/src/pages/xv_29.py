from lib import *

PAGE = dict(
    id="xv-29", kind="self-media", lang="zh",
    title="五月的川西小环线：四天三晚自驾，把雪山、草原和古寨都走一遍",
    authors=["李晓晓"], publish_time="2025年5月16日 19:30",
    doc_title="五月的川西小环线：四天三晚自驾，把雪山、草原和古寨都走一遍",
    css=SELF,
)
CSS = """
body{background:#ededed}
.rich_media{width:677px;margin:0 auto;background:#fff;padding:30px 24px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px}
.rich_media_meta_list{color:rgba(0,0,0,.45);font-size:15px;margin-bottom:22px}
.rich_media_meta_list span{margin-right:8px}
.orig{background:#f2f2f2;color:#888;font-size:12px;padding:1px 4px}
.nick{color:#576b95}
.rich_media_content p{font-size:16px;line-height:1.75;margin:0 0 14px;letter-spacing:.5px}
.rich_media_content h3{font-size:17px;color:#b5651d;text-align:center}
.qr_code{text-align:center;color:#888;font-size:13px;margin-top:30px}
.tool{color:#888;font-size:14px;margin-top:20px}
.tool span{margin-right:20px}
"""
FMT = {"p": '<p><span style="font-size:15px;">{}</span></p>',
       "h": '<h3><span style="color:#b5651d;">{}</span></h3>',
       "img_cap": '<p style="text-align:center"><img src="' + GIF + '" alt="{alt}" width="600" height="400"></p><p class="cap"><span style="font-size:12px;color:#999">{cap}</span></p>'}

BODY = """
p 五一假期人太多，我们特意错峰，5月7日才出发。四天三晚，从成都出发，走的是经典的川西小环线：成都—四姑娘山—丹巴—新都桥—康定—成都，全程约900公里。
h D1 成都—四姑娘山
p 早上7点从成都出发，走都汶高速到映秀，再经卧龙、穿过巴朗山隧道，中午就到了日隆镇。下午去了双桥沟，五月的双桥沟草刚返青，远处的雪山还是白的，很适合慢慢走。
p 晚上住在镇上，海拔3200米，第一次上高原的朋友注意不要洗澡、不要剧烈运动。
h D2 四姑娘山—丹巴
p 早起看日照金山是这一天的重头戏。我们6点在猫鼻梁观景台等了四十分钟，终于等到幺妹峰被阳光点亮。
img 日照金山 | 猫鼻梁观景台看四姑娘山日照金山
p 下午到丹巴，住在甲居藏寨。白色的藏房散落在山坡上，晚上在房东家吃了酸菜面块和牦牛肉，房东阿姨说这个季节梨花刚谢，再早半个月来最漂亮。
h D3 丹巴—新都桥—康定
p 新都桥被称为“摄影家的天堂”，五月的光线很柔和，沿着河谷开车，随手一拍都是明信片。傍晚到康定，在情歌广场听了一会儿当地人唱歌跳舞。
h D4 康定—成都
p 回程走雅康高速，大约四个小时就回到了成都。
p 几点建议：一是提前查好路况，五月山区偶有降雪和落石；二是备好防晒和保暖衣物，早晚温差超过15度；三是尊重当地风俗，进寺庙要顺时针绕行。
"""


def page(body):
    return f"""
<div class="rich_media">
<h1 class="rich_media_title">五月的川西小环线：四天三晚自驾，把雪山、草原和古寨都走一遍</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span> <span>李晓晓</span> <a class="nick" href="#">川西旅行笔记</a> <span>2025年5月16日 19:30</span> <span>四川</span></div>
<div class="rich_media_content">
{body}
<p><span style="font-size:14px;color:#888">— END —</span></p>
<p><span style="font-size:14px;color:#888">图文：李晓晓　｜　排版：阿宁</span></p>
</div>
<div class="tool"><span>阅读 1.8万</span><span>赞 426</span><span>分享</span><span>在看 133</span></div>
<div class="qr_code">{img("公众号二维码", 120, 120)}<p>微信扫一扫</p><p>关注该公众号</p></div>
<div class="card"><h4>喜欢此内容的人还喜欢</h4>{ul(["稻城亚丁一年四季怎么玩","在甘孜的第七天，我决定辞职","从成都出发的6条周末自驾路线"], "rel")}</div>
<p class="stmt">预览时标签不可点</p>
</div>
"""
