# 北京市朝阳区人民政府 portal, 街道 column (2024 design): 会议 news of a 街道; date with weekday in the info bar;
# numbered list; quoted speech; closing credit line 文/王　静 图/李　明 and 审核 (not body).
from lib import *

TITLE = ["望京街道召开背街小巷环境精细化治理推进会"]

blocks = [
    ("p", "4月10日下午，望京街道召开2024年背街小巷环境精细化治理推进会，总结去年整治成效，部署今年重点任务。"
          "街道工委书记孙立群出席会议并讲话，办事处主任高敏主持会议，街道各科室、各社区负责人参加。"),
    ("p", "会上，城市管理办公室通报了2023年背街小巷整治情况：全年完成42条街巷整治提升，拆除违法建设1.2万平方米，"
          "新增停车位860个，“门前三包”责任书签订率达到100%。3个社区分别作交流发言。"),
    ("p", "今年，街道将围绕“十有十无”标准，重点抓好以下工作："),
    ("ol", ["1．完成广顺南大街辅路等18条街巷的精细化整治，年底前全部达到首都标准化街巷要求；",
            "2．推行“街长+巷长+小巷管家”三级管理，每条街巷至少配备2名小巷管家；",
            "3．建立接诉即办高频诉求台账，对占道经营、乱堆乱放等问题实行周调度、月通报。"]),
    ("p", "“背街小巷连着千家万户，是城市管理的‘毛细血管’。”孙立群在讲话中指出，"
          "各科室、各社区要把群众满意度作为检验工作的标尺，既要集中攻坚，更要久久为功，"
          "防止问题反弹。她要求，各社区要在4月底前完成辖区街巷“体检”，形成问题清单和任务清单。"),
    ("p", "会议还为2023年度10名“优秀小巷管家”颁发了证书。"),
    ("img", "会议现场", None, "gif"),
    ("byline", "文/王　静　图/李　明"),
    ("nb", "审核：刘　红", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "_北京市朝阳区人民政府", CSS_GOV_MODERN.replace("#a9151b", "#c8161d") + """
.article-content .byline,.article-content .editor{text-align:right;text-indent:0;color:#666}
""", "".join([
    div(div(span("北京市朝阳区人民政府") + div(links(["无障碍", "长者模式", "繁體", "English", "智能问答"], tag=None)), "in"), "toolbar"),
    div(div(div("北京朝阳", "site-name") + search("搜索", "搜 索"), "in"), "head"),
    div(ul(["首页", "朝阳要闻", "政务公开", "政务服务", "政民互动", "街乡动态", "专题专栏"]), "nav"),
    div("".join([
        crumb(["首页", "街乡动态", "望京街道"], prefix="当前位置：", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(span("2024年4月11日 星期四") + span("来源：望京街道") + span("【打印】【关闭】"), "info"),
        body.html,
        div(esc("上一篇：") + a("望京街道开展春季爱国卫生运动") + t("br") + esc("下一篇：") + a("望京街道举办“社区邻里节”启动仪式"), "prevnext"),
        listbox("街乡动态", [("酒仙桥街道召开接诉即办工作调度会", "04-11"), ("来广营地区开展燃气安全入户检查", "04-10"),
                          ("太阳宫地区召开城市更新项目推进会", "04-09")], more="更多", cls="related"),
    ]), "container"),
    div("".join([
        t("p", esc("主办：北京市朝阳区人民政府办公室　承办：北京市朝阳区政务服务和数据管理局")),
        t("p", esc("网站标识码：1101050030　京ICP备05011937号-3　京公网安备 11010502042186号")),
        t("p", esc("技术支持电话：010-65090xxx")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-12", kind="government", lang="zh", title=TITLE,
    authors=["王静"], publish_time="2024年4月11日 星期四",
    body=body, html=html,
    features="街道 会议 news on a district portal; date with weekday; numbered list; quoted speech; closing credit line "
             "文/王　静　图/李　明 (author without the spaces, photographer excluded); 审核 line; image with a 1×1 GIF; "
             "街乡动态 list with short dates.",
)
