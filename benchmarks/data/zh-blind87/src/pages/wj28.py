# 微信公众号文章（网页版，2025）：“原创 作者 账号 日期 地区”一行，文末“文字丨/图片丨/编辑丨/审核丨”
from blocks import P, H, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-28", "kind": "self-media", "lang": "zh",
    "title": "冬游拉萨｜这份“晒太阳地图”请收好",
    "authors": ["次仁央宗"],
    "publish_time": "2025年11月15日 18:20",
    "body": [
        P("都说拉萨是“日光城”，冬天的拉萨更是把阳光发挥到了极致：天蓝得透亮，午后的太阳晒在身上暖洋洋的。今天，小编就给大家整理了一份拉萨冬日“晒太阳地图”，赶紧收藏吧！"),
        H("01 宗角禄康公园"),
        P("就在布达拉宫背后，冬天湖面结冰，成群的赤麻鸭和斑头雁在冰面上散步。找一张长椅坐下，看转经的人们从身边走过，一坐就是一下午。"),
        IMG("宗角禄康公园"),
        H("02 八廓街的甜茶馆"),
        P("在八廓街随便拐进一家甜茶馆，花几块钱就能喝上一暖壶甜茶，配一碗藏面。靠窗的位置阳光最好，也最难抢。"),
        H("03 拉萨河畔步道"),
        P("从太阳岛到仙足岛，沿着拉萨河新修的步道一路走过去，河滩上常能看到越冬的黑颈鹤，别忘了带上望远镜。"),
        H("04 罗布林卡"),
        P("冬季游客少，园子里格外安静，老柳树下晒太阳的本地老人会热情地跟你打招呼。门票还有冬季优惠哦。"),
        P("最后提醒大家，拉萨冬季紫外线强，早晚温差大，一定做好防晒和保暖。你最喜欢在拉萨的哪个地方晒太阳？欢迎留言分享！"),
        NOTE("文字丨次仁央宗", '<p class="cr">{}</p>'),
        NOTE("图片丨拉萨市文化旅游局", '<p class="cr">{}</p>'),
        NOTE("编辑丨扎西", '<p class="cr">{}</p>'),
        NOTE("审核丨德吉卓玛", '<p class="cr">{}</p>'),
    ],
}

CSS = """
body{margin:0;background:#ededed;font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei UI",sans-serif;color:rgba(0,0,0,.9)}
a{color:#576b95;text-decoration:none}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 20px 40px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:500}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);line-height:1.6;margin-bottom:22px}
.rich_media_meta_list span{margin-right:8px}.rich_media_meta_list .tag{background:rgba(0,0,0,.05);padding:0 4px;font-size:12px}
.rich_media_meta_list a{color:#576b95}
.rich_media_content{font-size:17px;line-height:1.75;letter-spacing:.034em}
.rich_media_content section.p{margin:0 0 24px}
.rich_media_content section.h{margin:30px 0 16px;text-align:center}.rich_media_content section.h span{display:inline-block;background:#d8572a;color:#fff;padding:4px 16px;border-radius:14px;font-size:16px;font-weight:bold}
.rich_media_content .pic img{width:100%;height:340px;background:#eee}
.rich_media_content .cr{font-size:14px;color:#888;margin:0;text-align:right}
.tool{font-size:15px;color:rgba(0,0,0,.5);margin-top:26px;display:flex;justify-content:space-between}
.bottom_bar{user-select:none;display:flex;justify-content:space-around;color:rgba(0,0,0,.5);font-size:14px;border-top:1px solid #eee;margin-top:20px;padding-top:14px}
.qr{max-width:677px;margin:10px auto;text-align:center;font-size:13px;color:#888;background:#fff;padding:16px}.qr img{width:120px;height:120px}
.tips{max-width:677px;margin:0 auto;text-align:center;font-size:12px;color:#aaa;padding:10px}
"""


def render(p):
    body = rb(p["body"], p='<section class="p">{}</section>', h='<section class="h"><span>{}</span></section>',
              img='<section class="pic"><img src="{gif}" alt="{alt}"></section>')
    return doc(p["title"], CSS, f"""
<div class="rich_media">
<h1 class="rich_media_title">{esc(p["title"])}</h1>
<div class="rich_media_meta_list"><span class="tag">原创</span><span>次仁央宗</span><a href="#">日光城微讯</a> <span>{p["publish_time"]}</span><span>西藏</span></div>
<div class="rich_media_content">
{body}
</div>
<div class="tool"><a href="#">阅读原文</a><span>阅读 2.3万</span></div>
<div class="bottom_bar"><span>分享</span><span>收藏</span><span>点赞 316</span><span>在看 87</span></div>
</div>
<div class="qr">{img("公众号二维码")}<br>微信扫一扫<br>关注该公众号</div>
<div class="tips">预览时标签不可点</div>
""")
