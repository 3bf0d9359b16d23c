from lib import *

META = dict(
    id="xu-27", kind="self-media", lang="zh",
    title="社区长者食堂开张一个月：一份午餐12元，老人吃出了“家的味道”",
    authors=["杨丽"],
    publish_time="2025年9月11日 18:30",
)
FEATURES = ("微信公众号 article as the web reader saves it: 原创 + author name + account name + date + IP 属地 in one "
            "meta row, centred bold section headings, photos, a menu table, closing 作者 | / 图 | / 编辑 | / 审核 | lines "
            "(作者 gives the author; the others are not authors), 预览时标签不可点, 微信扫一扫 blocks and the long run of "
            "WeChat UI strings after the article.")

BODY = [
    P("上午11点半，城北区朝阳街道祁连路社区的长者食堂里已经坐满了老人。两荤一素一汤，热气腾腾，一份只要12元，80岁以上的老人还能再减3元。"),
    P("这家长者食堂8月初开张，到现在刚好一个月，每天来吃饭的老人从最开始的二十几位增加到了七十多位。"),
    IMG("老人们在长者食堂用餐"),
    H("“不用再为一顿饭发愁了”"),
    P("75岁的李桂兰老人独自居住，子女都在外地工作。“以前一个人做饭，做多了吃不完，做少了又不值当，经常凑合一顿。”她说，现在每天中午下楼走几分钟就能吃上热乎饭，“菜做得软烂，盐也放得少，跟在家吃一样”。"),
    P("食堂负责人介绍，菜单由社区卫生服务站的医生参与制定，少油少盐，每周不重样。本周的菜单是这样的："),
    T([
        ["日期", "荤菜", "素菜", "汤"],
        ["周一", "土豆烧牛肉、清蒸鱼块", "清炒西葫芦", "西红柿鸡蛋汤"],
        ["周二", "黄焖羊肉、肉末豆腐", "蒜蓉娃娃菜", "小米南瓜粥"],
        ["周三", "红烧鸡块、木耳炒肉", "醋溜白菜", "紫菜蛋花汤"],
    ]),
    H("送餐上门解决“最后一百米”"),
    P("对行动不便的老人，社区组织志愿者每天中午送餐上门。目前已有18位高龄、失能老人享受这项服务。志愿者送餐的同时，还会和老人聊聊天，看看家里有没有需要帮忙的地方。"),
    P("为了让食堂能长久办下去，社区采取“政府补一点、企业让一点、个人出一点”的办法：街道给予场地和水电费补助，运营企业按微利标准定价，爱心商户定期捐赠米面油。社区还在食堂门口设置了意见箱，每月召开一次老人座谈会，根据大家的意见调整菜品和口味。"),
    P("社区党委书记说，下一步打算在食堂里增加理发、义诊等服务，把长者食堂办成老人们家门口的“幸福驿站”。"),
]

CSS = """
body{margin:0;background:#fff;font:17px/1.75 -apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC",sans-serif;color:rgba(0,0,0,.9)}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}
.rich_media_meta_list span{margin-right:8px}
.rich_media_meta_list .orig{background:rgba(0,0,0,.05);padding:0 4px;font-size:12px}
.rich_media_meta_list .nick{color:#576b95}
#js_content p{margin:0 0 20px;letter-spacing:.5px}
#js_content h3{text-align:center;font-size:17px;color:#b0302f;margin:28px 0 16px}
#js_content .wximg{text-align:center;margin:0 0 20px}
#js_content table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:20px}
#js_content td,#js_content th{border:1px solid #d9b8a6;padding:5px}
#js_content .ending{font-size:14px;color:#888;margin:0}
.tips{font-size:13px;color:#999;text-align:center;margin:20px 0}
.qr_code_pc{position:fixed;right:20px;top:200px;width:140px;text-align:center;font-size:13px;color:#777}
.wx_tools{font-size:14px;color:#576b95;padding:20px 0}
.wx_junk{font-size:12px;color:#ccc}
"""


def html():
    body = render(BODY, h="<h3>{}</h3>", img='<p class="wximg"><img alt="{alt}"{src}></p>')
    t = META["title"]
    return doc(t, CSS, f"""
<div class="rich_media">
 <h1 class="rich_media_title">{e(t)}</h1>
 <div class="rich_media_meta_list"><span class="orig">原创</span>
  <span>杨丽</span>
  <span class="nick"><a href="#">湟水河畔</a></span>
  <span>2025年9月11日 18:30</span>
  <span>青海</span></div>
 <div id="js_content">
{body}
  <p class="ending">作者 | 杨丽</p>
  <p class="ending">图 | 李军</p>
  <p class="ending">编辑 | 赵倩</p>
  <p class="ending">审核 | 王海</p>
 </div>
 <p class="tips">预览时标签不可点</p>
 <div class="qr_code_pc"><img alt="" src="{GIF}"><p>微信扫一扫<br>关注该公众号</p></div>
 <div class="wx_tools"><a href="#">阅读原文</a>　阅读 2836　<a href="#">赞</a> 47　<a href="#">分享</a>　<a href="#">在看</a> 12</div>
 <div class="wx_junk">
  <p>继续滑动看下一个</p><p>湟水河畔</p><p>向上滑动看下一个</p>
  <p>知道了</p><p>微信扫一扫<br>使用小程序</p><p>取消 允许</p>
  <p>视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过</p>
 </div>
</div>
""")
