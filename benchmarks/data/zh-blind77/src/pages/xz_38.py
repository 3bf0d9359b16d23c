# 贵州 黔源能源集团 — state enterprise news, headline on two lines, closing （通讯员 …）in the last paragraph
from kit import *
import styles

CSS = styles.GOV_2025.replace("#a8071a", "#004ea2").replace("#d4380d", "#0a7cc1") + """
.title-box h1{max-width:620px;margin:0 auto 12px}
.company-nav{font-size:14px}
"""

HL = Headline(["公司首座“光伏+储能”一体化电站", "实现全容量并网"])

BODY = Body([
    P("9月10日18时26分，随着最后一个发电单元并网成功，集团所属新能源公司投资建设的威宁草海片区100兆瓦农业光伏电站暨20兆瓦/40兆瓦时储能项目实现全容量并网发电。这是公司首座“光伏+储能”一体化电站。"),
    P("该项目位于毕节市威宁县高海拔山区，场址平均海拔约2300米，年平均日照时数超过1800小时，太阳能资源条件较好。项目共安装双面光伏组件18.4万块，配套建设一座110千伏升压站和一座磷酸铁锂储能电站。"),
    P("项目建设过程中，参建各方克服山地地形复杂、雨季施工时间长、物资运输困难等不利因素，倒排工期、挂图作战，采用“板上发电、板下种植”的农光互补模式，在光伏板下种植马铃薯、中药材等作物，实现土地综合利用。"),
    P("据测算，项目投运后年均发电量约1.2亿千瓦时，每年可节约标准煤约3.6万吨，减少二氧化碳排放约9.8万吨。配套储能系统可有效平抑光伏出力波动，提升电网调峰能力。"),
    P("下一步，公司将加快推进在建新能源项目建设，力争年底前新能源装机规模突破100万千瓦，为构建新型电力系统贡献力量。（通讯员　吴&nbsp;&nbsp;佳　杨　洁）"),
], mode="p")

PAGE = dict(
    id="xz-38", kind="institution", lang="zh", region="贵州", site="黔源能源集团有限公司",
    features="国有企业网站；标题被窄标题框分成两行（<br>），含引号和“+”；段末“（通讯员　吴  佳　杨　洁）”留在正文，作者两人；"
             "信息栏“发布时间：2024年09月12日　来源：新能源公司”；集团导航、下属单位链接；<title>、要闻列表中标题省去“一体化”",
    title_tag="公司首座“光伏+储能”电站实现全容量并网_公司要闻_黔源能源集团",
    css=CSS,
    meta={"description": "公司首座“光伏+储能”一体化电站实现全容量并网。"},
    authors=["吴佳", "杨洁"],
    publish_time="2024年09月12日",
    parts=[
        '<div class="toolbar"><div class="container"><div>贵州黔源能源集团有限公司</div><div><a href="#">OA办公</a><a href="#">邮箱</a><a href="#">长者模式</a><a href="#">English</a></div></div></div>',
        '<div class="header"><div class="container"><div class="site">黔源能源集团<small>QIANYUAN ENERGY GROUP</small></div>' + search("请输入关键字") + "</div></div>",
        '<div class="mainnav">' + ul(["首页", "走进黔源", "新闻中心", "主营业务", "党的建设", "科技创新", "社会责任", "信息公开"]) + "</div>",
        '<div class="container">',
        crumbs(["首页", "新闻中心", "公司要闻"], label="当前位置：", sep=" &gt; "),
        '<div class="article">',
        HL,
        '<div class="meta"><span>发布时间：2024年09月12日</span><span>来源：新能源公司</span><span>浏览次数：1377</span></div>',
        BODY,
        '<div class="tail"><p>上一篇：<a href="#">集团公司召开2024年安全生产专题会</a></p><p>下一篇：<a href="#">集团公司与毕节市签署新能源开发合作协议</a></p></div>',
        "</div>",
        '<div class="cards"><div><h4>公司要闻</h4>' + ul(["公司首座“光伏+储能”电站全容量并网", "集团公司召开2024年安全生产专题会", "黔源能源入选省级绿色工厂名单"]) +
        '</div><div><h4>下属单位</h4>' + ul(["水电公司", "新能源公司", "煤电公司", "工程公司"]) + "</div></div>",
        "</div>",
        '<div class="footer"><div class="container"><p>版权所有：贵州黔源能源集团有限公司　地址：贵阳市观山湖区林城西路188号</p><p>黔ICP备12006539号-1　黔公网安备 52011502001176号</p></div></div>',
    ],
)
