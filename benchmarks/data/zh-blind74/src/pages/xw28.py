# 微信公众号 (mp.weixin.qq.com article) -- 原创 + author + account line, 来源/编辑/审核 tail, WeChat furniture
from lib import *

META = dict(
    id="xw-28", kind="self-media", lang="zh",
    title="65周岁以上户籍老人可免费接种23价肺炎疫苗",
    authors=["周佳蓓"],
    publish_time="2025年4月23日 18:30",
)

BODY = [
    P("近日，市卫生健康委发布通知，从5月1日起，具有本市户籍、年满65周岁的老年人，可以免费接种一剂23价肺炎球菌多糖疫苗。"),
    P("肺炎球菌是引起老年人肺炎的重要病原体。专家介绍，老年人感染后容易发展成重症，接种疫苗是预防肺炎球菌感染最经济、有效的手段。23价肺炎疫苗可以覆盖大部分常见血清型，接种一剂可产生5年左右的保护。"),
    H("哪些人可以免费接种？"),
    P("具有本市户籍，接种时年满65周岁（1960年12月31日及以前出生），且既往未接种过23价肺炎疫苗的老年人。"),
    H("去哪里接种？"),
    P("全市各社区卫生服务中心、乡镇卫生院预防接种门诊均可接种，具体地址可在“健康温州”小程序查询。接种时请携带本人身份证或社保卡。"),
    H("接种有哪些注意事项？"),
    LI([
        "接种前请如实告知医生健康状况、过敏史和既往接种史；",
        "正在发热或处于慢性病急性发作期的，应暂缓接种；",
        "接种后需在接种点留观30分钟，当天保持接种部位清洁。",
    ], wrap='<section class="wx-list">{}</section>', li="<p>{}</p>"),
    P("转发提醒身边的长辈吧！"),
]

STYLE = dict(
    p='<p style="margin-bottom:16px;line-height:1.75;"><span style="font-size:16px;">{}</span></p>',
    h='<section style="text-align:center;margin:24px 0 12px;"><span style="color:#fff;background:#2f7bd9;padding:4px 14px;border-radius:14px;font-size:16px;"><strong>{}</strong></span></section>',
)

CSS = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Helvetica Neue","Microsoft YaHei",sans-serif;color:rgba(0,0,0,.9)}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}
.rich_media_meta{margin-right:8px}
.original_tag{font-size:12px;color:#888;background:#f2f2f2;padding:1px 4px}
.rich_media_meta_nickname a{color:#576b95}
.rich_media_content{font-size:17px;overflow:hidden}
.wx-list p{font-size:16px;line-height:1.75;margin:0 0 10px;padding-left:1em}
.wx-tail p{font-size:14px;color:#888;margin:4px 0;text-align:center}
.rich_media_tool{display:flex;gap:20px;font-size:15px;color:rgba(0,0,0,.5);margin-top:28px}
.qr_code_pc{position:absolute;right:40px;top:200px;width:160px;text-align:center;font-size:13px;color:#888}
.wx-reply{font-size:14px;color:#888}
"""


def page(body):
    m = META
    return f"""
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{m['title']}</h1>
<div class="rich_media_meta_list">
<span class="rich_media_meta original_tag">原创</span>
<span class="rich_media_meta rich_media_meta_text">周佳蓓</span>
<span class="rich_media_meta rich_media_meta_nickname"><a href="#">瓯越微报</a></span>
<em class="rich_media_meta rich_media_meta_text" id="publish_time">{m['publish_time']}</em>
<span class="rich_media_meta rich_media_meta_text">浙江</span>
</div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;">{img("", 640, 200)}</section>
{body}
<section class="wx-tail">
<p>来源：温州日报</p>
<p>编辑：林舒婷　审核：郑捷</p>
<p>{img("点击关注瓯越微报", 300, 120)}</p>
</section>
</div>
<div class="rich_media_tool"><span>阅读 1.8万</span><span>赞 96</span><span>分享 520</span><span>推荐 41</span><span>写留言</span></div>
<div class="wx-reply">
<p>留言</p>
<p>温州老周　浙江<br>已转发给家里老人，谢谢提醒</p>
<p>小叶子　浙江<br>请问外地户籍在温州常住的可以吗？</p>
</div>
<p class="wx-reply">预览时标签不可点</p>
<div class="qr_code_pc">{img("", 140, 140)}<p>微信扫一扫<br>关注该公众号</p></div>
<p class="wx-reply">继续滑动看下一个</p>
<p class="wx-reply">瓯越微报</p>
<p class="wx-reply">向上滑动看下一个</p>
</div>
"""
