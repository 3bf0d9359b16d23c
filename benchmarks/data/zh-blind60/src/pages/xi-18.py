from kit import *

T = "九寨沟景区首次推出夜间游览 “夜游九寨”预约火爆"
PAGE = Page(
    id="xi-18", kind="media", site="四川观察", title=T,
    authors=["何雨桐"], publish_time="2025-07-12 20:06",
    features="provincial TV station's news site: video placeholder text, credit line 记者：何雨桐 摄像：杨　帆 剪辑：刘　念 "
             "(only the reporter is an author), 发布时间 and 更新时间 both printed (gold = 发布时间), 责编/审核 lines, "
             "栏目 list of video titles.",
    css=CSS_MEDIA + ".top{background:#1b2a4a}.logo{color:#1b2a4a}.video{background:#000;color:#fff;height:200px;text-align:center;padding-top:80px}",
    html_title=T + "-四川观察",
    head=[
        '<div class="top"><div class="w"><a href="#">四川广播电视台</a> <a href="#">四川观察</a> <a href="#">熊猫听听</a> <a href="#">直播</a></div></div>\n',
        '<div class="w"><div class="logo">四川观察</div>\n',
        ul(["首页", "直播", "要闻", "民生", "视频", "互动", "熊猫频道"], "nav"),
        '<div class="left">\n',
        f"<h1>{T}</h1>\n",
        '<div class="info"><span>发布时间：2025-07-12 20:06</span>\n<span>更新时间：2025-07-13 09:48</span>\n<span>来源：四川观察</span></div>\n',
        '<div class="video">视频加载中……<br>00:00 / 02:36</div>\n',
        '<p>记者：何雨桐　摄像：杨　帆　剪辑：刘　念</p>\n',
    ],
    body=[
        P("7月12日晚，九寨沟景区首次面向游客推出夜间游览项目“夜游九寨”。当晚8点，首批300名预约游客乘坐观光车进入沟内，在灯光和演艺中感受九寨沟的夜色之美。"),
        P("据介绍，“夜游九寨”线路全长约4公里，从诺日朗游客中心出发，途经树正寨、树正群海等点位。景区采用低亮度、暖色温的生态照明，"
          "避免对水体和野生动物造成影响。游客可以欣赏灯光映照下的海子、听藏羌歌舞、品尝酥油茶。"),
        P("“白天看的九寨沟是五彩斑斓，晚上看又是另一种安静的美。”来自重庆的游客周女士说，她和家人特意把行程延长了一天，就是为了参加夜游。"),
        P("九寨沟景区管理局相关负责人表示，夜游项目实行实名预约、限量开放，每晚接待游客不超过600人，单人票价120元。"
          "开放首周的预约名额已经全部约满。景区将根据运行情况，不断优化线路和服务，并严格落实生态保护和安全保障措施。"),
        P("今年以来，九寨沟景区累计接待游客已超过200万人次。暑期旅游旺季，景区实行分时段预约入园，建议游客提前通过官方渠道预约门票。"),
    ],
    tail=[
        '<p class="editor">责编：钟　玲　审核：廖　勇</p>\n',
        '<p class="editor">（四川观察 出品）</p>\n',
        related("相关视频", ["航拍九寨沟：夏日海子美如画", "九寨沟景区暑期预约入园指南", "川西夏季旅游持续升温"]),
        "</div>\n<div class='right'>", qr("扫码下载四川观察客户端"), "</div>\n",
        '<div class="clear"></div></div>\n',
        footer(["四川广播电视台版权所有", "信息网络传播视听节目许可证：2310491", "蜀ICP备05008714号　川公网安备 51010702001106号"]),
    ],
)
