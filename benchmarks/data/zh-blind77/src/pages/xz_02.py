# 甘肃·天水 市农业农村局 — 2018 div layout, 信息公开 metadata table + 通知 (official document)
from kit import *
import styles

CSS = styles.GOV_DIV_2018.replace("#1565c0", "#2e7d32").replace("#0d47a1", "#1b5e20") + """
.xxgk{width:100%;border:1px solid #c8e6c9;background:#f1f8e9;margin-bottom:24px;font-size:13px}
.xxgk td{border:0;padding:5px 10px}.xxgk .k{width:80px;font-weight:bold;color:#1b5e20}
.docno{text-align:center;text-indent:0!important;margin-bottom:20px!important}
.zhusong{text-indent:0!important}
.att{margin-top:16px;font-size:14px}
.tools{text-align:right;font-size:13px;margin-top:20px}
"""

HL = Headline("天水市农业农村局关于做好2024年春季农作物重大病虫害统防统治工作的通知",
              tags={"main": ("h1", None)})

BODY = Body([
    NOTE("天市农发〔2024〕17号", cls="docno"),
    P("各县区农业农村局，市农业技术推广站、市植保植检站：", cls="zhusong"),
    P("为切实做好2024年春季农作物重大病虫害防控工作，保障夏粮和春播作物生产安全，根据省农业农村厅有关工作部署，结合我市实际，现就有关事项通知如下。"),
    H("一、提高思想认识，压实防控责任", tag="b"),
    P("今年我市冬小麦播种面积稳定在140万亩以上。据市植保植检站越冬期调查，小麦条锈病菌源基数偏高，蚜虫、红蜘蛛越冬虫口密度高于常年，春季病虫害总体呈偏重发生态势。各县区要把病虫害防控作为稳粮保供的重要措施，落实属地责任，细化工作方案，确保防控任务落实到乡、到村、到田块。"),
    H("二、突出防控重点，推进统防统治", tag="b"),
    P("（一）小麦条锈病。坚持“带药侦查、发现一点、控制一片”，在病害初发期及时开展点片挑治；病田率达到5%时组织大面积统防，确保防治处置率达到90%以上。"),
    P("（二）小麦蚜虫和红蜘蛛。结合“一喷三防”开展综合防治，优先选用高效低毒低残留药剂，推广植保无人机飞防作业，统防统治覆盖率力争达到45%。"),
    P("（三）果树病虫害。花牛苹果和大樱桃主产区要抓好腐烂病刮治、蚜虫和叶螨早期防治，推行“四诱一隔”绿色防控技术。"),
    H("三、强化服务指导，确保用药安全", tag="b"),
    P("各县区要组织农技人员深入田间地头开展技术指导，加强农药市场监管，严厉打击销售假劣农药行为；指导专业化服务组织规范作业，防止发生人畜中毒和药害事故。"),
    H("四、加强监测预警，及时报送信息", tag="b"),
    P("各县区要加密系统监测和大田普查，实行病虫情周报告制度，于每周一中午12时前将发生防治情况报送市植保植检站。联系人：杨建平，联系电话：0938-8217645。"),
    SIG("天水市农业农村局"),
    SIG("2024年3月8日"),
], mode="p")

PAGE = dict(
    id="xz-02", kind="government", lang="zh", region="甘肃", site="天水市农业农村局（市政府部门网站）",
    features="信息公开元数据表（索引号、发文机关、成文日期2024年03月08日、发布日期、标题行里的标题不带发文机关）；文号行（非正文）；"
             "主送行、署名和成文日期属正文；信息栏日期与成文日期不同；长标题；无作者（[]）；附件链接、上一篇/下一篇",
    title_tag="关于做好2024年春季农作物重大病虫害统防统治工作的通知 - 天水市农业农村局",
    css=CSS,
    meta={"ArticleTitle": "天水市农业农村局关于做好2024年春季农作物重大病虫害统防统治工作的通知",
          "PubDate": "2024-03-11 09:30", "ContentSource": "种植业科"},
    authors=[],
    publish_time="2024-03-11 09:30",
    parts=[
        '<div class="top"><div class="w1200"><div class="l">您好，欢迎访问天水市农业农村局网站！</div>'
        '<div class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a><a href="#">手机版</a><a href="#">登录</a></div></div></div>',
        '<div class="head"><div class="w1200"><div class="logo">天水市农业农村局</div>' + search("请输入您要搜索的内容") + "</div></div>",
        '<div class="nav">' + ul(["首页", "机构概况", "工作动态", "政府信息公开", "政策法规", "政务服务", "互动交流", "专题专栏"]) + "</div>",
        '<div class="w1200">',
        crumbs(["首页", "政府信息公开", "法定主动公开内容", "通知公告"]),
        '<div class="main">',
        '<table class="xxgk"><tr><td class="k">索 引 号：</td><td>11620500MB1984372X/2024-00036</td><td class="k">主题分类：</td><td>农业、林业、水利</td></tr>'
        '<tr><td class="k">发文机关：</td><td>天水市农业农村局</td><td class="k">成文日期：</td><td>2024年03月08日</td></tr>'
        '<tr><td class="k">标　　题：</td><td colspan="3">关于做好2024年春季农作物重大病虫害统防统治工作的通知</td></tr>'
        '<tr><td class="k">发文字号：</td><td>天市农发〔2024〕17号</td><td class="k">发布日期：</td><td>2024年03月11日</td></tr>'
        '<tr><td class="k">有 效 性：</td><td>有效</td><td class="k">废止日期：</td><td></td></tr></table>',
        HL,
        '<div class="info"><span>发布时间：2024-03-11 09:30</span><span>来源：种植业科</span><span>浏览次数：2315</span>'
        '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
        BODY,
        '<div class="att">相关附件：<a href="#">2024年天水市春季农作物病虫害防控任务分解表.xlsx</a></div>',
        '<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>',
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>',
        '<div class="prevnext"><p>上一篇：<a href="#">天水市农业农村局关于开展2024年农资打假专项治理行动的通知</a></p>'
        '<p>下一篇：<a href="#">关于公布2023年度市级农民专业合作社示范社名单的通知</a></p></div>',
        "</div>",
        "</div>",
        footer(["<a href=\"#\">网站地图</a> | <a href=\"#\">联系我们</a> | <a href=\"#\">网站声明</a>",
                "主办单位：天水市农业农村局　地址：天水市秦州区民主西路36号　电话：0938-8213306",
                "网站标识码：6205000041　陇ICP备12004378号-2　" + img("公安备案图标") + " 甘公网安备 62050202000214号"]),
    ],
)
