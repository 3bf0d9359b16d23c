from kit import *

Y, T = "铸牢中华民族共同体意识", "山南市乃东区：“双语”课堂里的成长故事"
PAGE = Page(
    id="xi-34", kind="epaper", site="西藏日报数字报（汉文版）", title=T,
    authors=["达瓦次仁", "边巴卓玛"], publish_time="2025年05月30日",
    features="Xizang provincial e-paper: 引题 and 主题 without 副题, masthead date, 版次 list, no byline at the top; closing byline "
             "in （） on a line of its own after the text (（本报记者 达瓦次仁 边巴卓玛）, not body), Tibetan names, "
             "quoted speech, 本版其他稿件 list.",
    css=CSS_EPAPER + ".mast{background:#6a1b1b}.endbyl{text-align:right}",
    html_title="西藏日报数字报",
    head=[
        '<div class="mast"><span class="name">西藏日报</span> 汉文版 <a href="#">藏文版</a><a href="#">中国西藏新闻网</a></div>\n',
        '<div class="datebar">2025年05月30日　第06版：教育·科技</div>\n',
        '<div class="cols">\n',
        epaper_left(["第01版：要闻", "第02版：要闻", "第03版：综合新闻", "第04版：地市", "第05版：经济", "第06版：教育·科技", "第07版：雪域文化", "第08版：专版"],
                    ["山南市乃东区：“双语”课堂里的成长故事", "自治区中小学科技节开幕", "阿里地区职业教育招生启动"],
                    "第06版：教育·科技", head_titles="本版其他稿件"),
        '<div class="rcol">\n',
        f'<h3 class="yin">{Y}</h3>\n<h1>{T}</h1>\n',
    ],
    indent="　　",
    body=[
        P("走进山南市乃东区第一小学三年级教室，一堂国家通用语言文字的阅读课正在进行。孩子们一边朗读课文《我们的祖国》，一边用普通话讲述自己心中的家乡。"
          "教室墙上，贴满了学生们写的作文和画的画。"),
        P("“以前很多孩子刚入学时普通话说不流利，不敢举手发言。”语文老师卓玛说，学校通过开展经典诵读、课本剧表演、演讲比赛等活动，"
          "营造浓厚的语言学习氛围，现在孩子们都能大方自信地表达。"),
        P("近年来，乃东区持续加强国家通用语言文字教育，推进学前学会普通话行动，在全区幼儿园开展“童语同音”活动，组织教师参加能力提升培训，"
          "全区中小学教师普通话达标率达到100%。"),
        P("10岁的学生次旦平措是学校“小小讲解员”队伍的一员，他经常在周末到雍布拉康景区为游客讲解。“我想用普通话把家乡的故事讲给更多人听。”"),
        P("乃东区教育局负责人表示，将继续推动国家通用语言文字教育与中华优秀传统文化教育相结合，引导学生树立正确的国家观、民族观、文化观，"
          "在孩子们心中播下爱国的种子。"),
        X('<p class="endbyl">（本报记者 达瓦次仁 边巴卓玛）</p>'),
    ],
    tail=[
        '<div class="pn"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版</a></div>\n',
        "</div></div>\n",
        '<div class="footer">西藏日报社版权所有　地址：拉萨市江苏路31号　藏ICP备05000098号</div>\n',
    ],
)
