from lib import links, lis, GIF

PAGE = dict(
    id="wi-25", kind="self-media", lang="zh",
    region="江苏 苏州", site="微信公众号“娄江发布”（街道政务号，mp.weixin 文章页）",
    title="家门口的口袋公园上新啦！这些亮点等你打卡",
    authors=["沈悦"],
    publish_time="2025年11月20日 18:00",
    head_title="家门口的口袋公园上新啦！这些亮点等你打卡",
    features="微信公众号文章页：元信息一行“原创 沈悦 娄江发布 2025年11月20日 18:00 江苏”（作者名与账号名相邻，IP 属地紧跟时间）；"
             "文首“点击蓝字 关注我们”图片 alt；带 📍 的小标题、引语、温馨提示编号列表；文末“素材来源/编辑/审核”（非作者）、"
             "“预览时标签不可点”“微信扫一扫关注该公众号”“阅读原文”“分享 收藏 在看”等按钮文字。",
)

BLOCKS = [
    ("img", "点击蓝字 关注我们", None),
    ("p", "天气转凉，正是出门散步的好时候。最近，娄江街道又有一批“口袋公园”完成改造，重新开放啦！快跟着小编一起去看看吧～"),
    ("h", "📍 亭林路口袋公园"),
    ("p", "这里原本是一块闲置的边角地，杂草丛生。经过改造，如今铺设了200多米的环形步道，种上了红枫、桂花、南天竹等植物，还新增了8组休闲座椅和一处儿童沙坑。"),
    ("p", "“以前这里晚上黑乎乎的，现在装了路灯，吃完晚饭带孙子来转一圈，很舒服。”家住附近的王阿姨说。"),
    ("img", "亭林路口袋公园", None),
    ("h", "📍 娄江河滨驿站"),
    ("p", "河滨驿站紧邻娄江步道，改造后设置了直饮水点、共享充电宝、自助借书柜和公共卫生间，为跑步、骑行的市民提供“歇脚站”。驿站二楼的观景平台可以看到娄江全景，傍晚时分特别出片！"),
    ("h", "📍 朝阳社区“百草园”"),
    ("p", "由社区居民共同参与设计的“百草园”种植了薄荷、紫苏、迷迭香等20多种芳香植物，每种植物旁都有二维码，扫一扫就能了解植物知识。社区还定期在这里举办亲子自然课堂。"),
    ("p", "据了解，今年以来，娄江街道共新建、改造口袋公园9个，新增绿化面积1.6万平方米，让居民“推窗见绿、出门入园”。"),
    ("p", "温馨提示："),
    ("li", [
        "1.请爱护公园内花草树木和公共设施；",
        "2.遛狗请牵绳，及时清理宠物粪便；",
        "3.儿童游玩时请家长陪同看护。",
    ]),
    ("x", "素材来源：娄江街道城管办"),
    ("x", "编辑：顾敏　审核：陆晨"),
]

FMT = {
    "p": '<section style="margin-bottom:16px"><span style="font-size:15px;letter-spacing:1px">{t}</span></section>',
    "h": '<section style="margin:24px 0 12px"><span style="font-size:17px;color:#1e7f5c"><strong>{t}</strong></span></section>',
    "li_wrap": "<section>{t}</section>",
    "li": '<p style="font-size:14px;color:#555">{t}</p>',
    "img": '<section style="text-align:center"><img class="rich_pages wxw-img" alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="578" height="320"></section>',
    "x": '<p style="font-size:12px;color:#888;text-align:right">{t}</p>',
}

CSS = """
body{margin:0;background:#fff;font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Microsoft YaHei UI",sans-serif;color:rgba(0,0,0,.9)}
.rich_media_area_primary{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
#meta_content{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
#meta_content .rich_media_meta{margin-right:8px}
#meta_content a{color:#576b95}
#copyright_logo{display:inline-block;border:1px solid rgba(0,0,0,.1);font-size:12px;padding:0 4px;margin-right:8px}
.rich_media_content{font-size:17px;line-height:1.75;overflow:hidden}
.tips{font-size:14px;color:rgba(0,0,0,.3);margin:24px 0 8px}
.tool{display:flex;justify-content:space-between;font-size:14px;color:#576b95;margin:12px 0}
.qr_code_pc{position:fixed;right:40px;top:200px;width:140px;text-align:center;font-size:13px;color:#888;border:1px solid #eee;padding:10px}
.likes{display:flex;gap:30px;justify-content:flex-end;font-size:14px;color:#666;margin-top:16px}
.next{font-size:13px;color:#999;text-align:center;margin-top:30px}
"""


def render(P, body):
    return f"""
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{P['title']}</h1>
<div id="meta_content"><span id="copyright_logo">原创</span>
<span class="rich_media_meta rich_media_meta_text">沈悦</span>
<span class="rich_media_meta rich_media_meta_nickname"><a href="#" id="js_name">娄江发布</a></span>
<em id="publish_time" class="rich_media_meta">{P['publish_time']}</em> <em id="js_ip_wording_wrp" class="rich_media_meta">江苏</em></div>
<div class="rich_media_content" id="js_content">
{body}
</div>
<div class="tips">预览时标签不可点</div>
<div class="tool"><a href="#">阅读原文</a><span>修改于2025年11月20日</span></div>
<div class="likes"><span>分享</span><span>收藏</span><span>点赞</span><span>在看</span></div>
<div class="next">继续滑动看下一个</div>
<div class="next">娄江发布<br>向上滑动看下一个</div>
</div>
<div class="qr_code_pc"><img src="{GIF}" alt="" width="120" height="120"><p>微信扫一扫<br>关注该公众号</p></div>
"""
