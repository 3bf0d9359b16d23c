from kit import *

T = "拉萨：“林卡季”前的城市绿化提速"
PAGE = Page(
    id="xi-16", kind="media", site="中国西藏网", title=T,
    authors=["扎西措姆", "白玛"], publish_time="2025年5月8日",
    features="central outlet's site: the info bar has 来源 and 字号 but no date; the only date is in the first paragraph's "
             "dateline (中国西藏网讯（记者 扎西措姆 通讯员 白玛）2025年5月8日，…), which also names the authors and stays in "
             "the paragraph; 责任编辑 line, 藏文/English channel links.",
    css=CSS_MEDIA + ".top{background:#8b0000}.logo{color:#8b0000}.nav{border-color:#8b0000}",
    html_title=T + "_中国西藏网",
    head=[
        '<div class="top"><div class="w"><a href="#">中国西藏网</a> <a href="#">藏文</a> <a href="#">English</a> <a href="#">移动版</a></div></div>\n',
        '<div class="w"><div class="logo">中国西藏网 <small>tibet.cn</small></div>\n',
        ul(["首页", "新闻", "政务", "文化", "旅游", "生态", "图片", "视频", "专题"], "nav"),
        crumbs(["首页", "新闻", "西藏"], prefix="您的位置：", sep=" > "),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="info"><span>来源：中国西藏网</span>\n<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>\n'
        '<span>分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>\n',
    ],
    body=[
        P("中国西藏网讯（记者 扎西措姆 通讯员 白玛）2025年5月8日，记者在拉萨市城关区纳金路看到，园林工人正在道路两侧补植格桑花和高山柳，"
          "新铺设的草坪已泛出绿意。随着气温回升，拉萨市城市绿化和园林养护工作全面提速，迎接一年一度的“林卡季”。"),
        P("“过林卡”是藏族群众的传统习俗。每到夏季，市民们会带上酥油茶、甜茶和各种食物，到林卡（园林）里搭帐篷、唱歌跳舞，享受夏日时光。"
          "为满足群众需求，拉萨今年新建和改造提升公园绿地12处，新增绿化面积约45万平方米。"),
        IMG("绿化", "园林工人在纳金路补植花草。"),
        P("拉萨市园林绿化管理部门负责人介绍，今年绿化工作坚持“适地适树”原则，优先选用乡土树种和耐寒花卉，提高苗木成活率。"
          "同时，在拉萨河沿岸、宗角禄康等群众集中游玩区域，增设休憩座椅、公共厕所和垃圾分类设施，方便市民和游客。"),
        P("家住城关区的市民次仁旺堆说：“现在家门口的公园越来越多，周末带孩子出来散步、过林卡，很方便。”"),
        P("据了解，近年来拉萨持续推进城市增绿和南北山绿化工程，城市建成区绿化覆盖率不断提升，“城在林中、林在城中”的景象正逐步成为现实。"),
    ],
    tail=[
        '<p class="editor">责任编辑：王　璐</p>\n',
        related("相关阅读", ["拉萨南北山绿化工程持续推进", "西藏多地开展春季义务植树活动", "“林卡季”拉萨多个公园免费开放"]),
        "</div>\n<div class='right'>", related("图片新闻", ["纳木错开湖", "林芝桃花盛开", "日喀则青稞播种"]), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["版权所有：中国西藏网　未经授权禁止转载",
                "互联网新闻信息服务许可证：10120170039　京ICP备11019278号-2　京公网安备 11010802037163号"]),
    ],
)
