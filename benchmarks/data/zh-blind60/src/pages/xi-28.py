from kit import *

T = "遵义一小区加装电梯后，82岁的王奶奶终于能下楼晒太阳了"
PAGE = Page(
    id="xi-28", kind="self-media", site="搜狐号", title=T,
    authors=["周鑫"], publish_time="2025-06-08 11:27",
    features="搜狐号 article of a newspaper account: account name, date and 发布于：贵州省 above the text, 原标题 line and "
             "a writer line of its own (文/周　鑫) at the top (the writer, not the account, is the author), 返回搜狐，查看更多, "
             "责任编辑, 平台声明, 阅读 count, 推荐阅读.",
    css=CSS_SELF + ".acct{font-weight:bold;margin-right:10px}",
    html_title=T + "_搜狐网",
    head=[
        '<div class="hd"><a href="#">搜狐首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a>'
        '<a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">登录</a></div>\n',
        '<div class="wrap">\n',
        '<div class="card"><span class="acct">黔北都市报</span>文章 12,506　总阅读 3,268万<br><a href="#">+ 关注</a></div>\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta"><span>2025-06-08 11:27</span>\n<span>发布于：贵州省</span></div>\n',
    ],
    body=[
        X("<p>原标题：老旧小区加装电梯 “悬空老人”圆了下楼梦</p>"),
        X("<p>文/周　鑫</p>"),
        P("“以前下一趟楼要歇三四次，现在按个按钮就下来了。”6月7日上午，在遵义市红花岗区万里路一小区，82岁的王奶奶坐着新装的电梯下楼，在小区花园里晒起了太阳。"
          "她家住在6楼，腿脚不便，过去两年几乎没怎么下过楼。"),
        P("这栋楼建于上世纪90年代，共7层28户，住户中60岁以上老人占了一半。加装电梯的想法早就有了，但因为资金分摊、低楼层住户顾虑等问题，一直没能落地。"),
        P("今年初，社区干部和楼栋长挨家挨户上门做工作，请设计单位出方案、算费用，并组织住户到已加装电梯的小区参观。最终，全体住户签字同意，"
          "按照楼层高低分摊费用，政府给予每台电梯15万元补贴。"),
        P("电梯从开工到验收用了不到4个月。“我们家住2楼，用得少，出的钱也少，大家都方便，何乐而不为？”2楼住户刘先生说。"),
        P("据了解，今年遵义市计划在中心城区老旧小区加装电梯200台，并推行“一站式”审批、“带方案”征求意见等做法，让更多“悬空老人”实现下楼自由。"),
        X('<p><a href="#">返回搜狐，查看更多</a></p>'),
    ],
    tail=[
        '<p class="bar">责任编辑：</p>\n',
        '<p class="bar">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>\n',
        '<div class="bar"><a href="#">阅读 (3512)</a><a href="#">举报</a></div>\n',
        '<div class="rec"><b>推荐阅读</b><ul><li><a href="#">遵义今年改造老旧小区156个</a></li><li><a href="#">加装电梯怎么申请？一图看懂</a></li></ul></div>\n',
        '</div>\n<div class="foot">Copyright © 2025 Sohu All Rights Reserved　搜狐公司 版权所有</div>\n',
    ],
)
