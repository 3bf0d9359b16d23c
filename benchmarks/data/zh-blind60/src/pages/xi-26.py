from kit import *

T = "雷山：苗年将至 西江千户苗寨游客如织"
PAGE = Page(
    id="xi-26", kind="self-media", site="百家号", title=T,
    authors=["吴海燕"], publish_time="2025-11-12 09:31",
    features="百家号 article of a government culture-and-tourism account: account name, date glued to the IP province "
             "(2025-11-12 09:31贵州) and 官方账号 label above the text; credits at the end with full-width bars "
             "(文字｜吴海燕 图片｜潘开平 编辑｜杨　娟 审核｜王　斌): the named writer is the author, not the account; "
             "百家号 disclaimer, 举报, 猜你喜欢.",
    css=CSS_SELF + ".acct{font-weight:bold}.credits p{margin:0;color:#555}",
    html_title=T,
    head=[
        '<div class="hd"><a href="#">百度首页</a><a href="#">百家号</a><a href="#">登录</a></div>\n',
        '<div class="wrap">\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta"><p><img src="' + GIF + '" width="30" height="30" alt="黔东南文旅"><span class="acct">黔东南文旅</span></p>'
        '<p>2025-11-12 09:31贵州</p><p>黔东南州文体广电旅游局官方账号</p></div>\n',
    ],
    body=[
        P("苗年是苗族同胞一年中最隆重的传统节日。随着苗年临近，位于雷山县的西江千户苗寨迎来旅游小高峰，来自各地的游客走进苗寨，提前感受节日氛围。"),
        IMG("西江千户苗寨", ""),
        P("走进西江，层层叠叠的吊脚楼依山而建，寨子里处处张灯结彩。风雨桥上，身着盛装的苗家姑娘唱起敬酒歌，用牛角酒迎接远方的客人；"
          "古街两旁，银饰、刺绣、蜡染等手工艺品琳琅满目，吸引游客驻足选购。"),
        P("“早就听说苗年很热闹，这次专门请了年假过来。”来自广东的游客林先生说，他白天跟着当地人学打糍粑，晚上在观景台看万家灯火，“感觉像走进了另一个世界”。"),
        P("据了解，今年苗年期间，西江将举办苗族盛装巡游、斗牛、芦笙会、长桌宴等系列民俗活动。为保障游客体验，景区增开了观光车班次，"
          "增设游客服务点和临时停车场，并对寨内民宿、餐饮开展价格和食品安全检查。"),
        P("近年来，雷山县依托苗族文化资源，推动文旅融合发展，带动当地群众通过开办民宿、经营餐饮、制作手工艺品等方式增收致富。"
          "今年以来，西江千户苗寨已接待游客超过600万人次。"),
        X('<div class="credits"><p>文字｜吴海燕</p><p>图片｜潘开平</p><p>编辑｜杨　娟</p><p>审核｜王　斌</p></div>'),
    ],
    tail=[
        '<div class="bar">本文为百家号作者上传并发布，仅代表作者观点。百度仅提供信息存储空间服务。</div>\n',
        '<div class="bar"><a href="#">举报</a><a href="#">点赞 236</a><a href="#">评论 18</a></div>\n',
        '<div class="rec"><b>猜你喜欢</b><ul><li><a href="#">黔东南：侗族大歌唱响新时代</a></li><li><a href="#">肇兴侗寨的冬天有多美</a></li>'
        '<li><a href="#">凯里酸汤鱼为何让人念念不忘</a></li></ul></div>\n',
        '</div>\n<div class="foot">©2025Baidu　使用百度前必读　京ICP证030173号</div>\n',
    ],
)
