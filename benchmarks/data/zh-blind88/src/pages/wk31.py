"""wk-31: 吉林 city daily 数字报 (2019 design): 引题/主题/副题 stack, spaced-name byline, 版次 nav, 本版标题 list."""
from lib import *

PAGE = dict(id="wk-31", kind="e-paper", lang="zh",
            title="通化医药高新区前三季度产值增长12.3%",
            authors=["王静"], publish_time="2025年11月10日 星期一")

BLOCKS = [
    BY("本报记者 王&nbsp;&nbsp;静", f=lambda t, b: f'<p class="zz">{t}</p>'),
    P("记者从通化医药高新区管委会获悉，今年前三季度，园区实现规上工业产值186.4亿元，同比增长12.3%；新落地医药项目27个，总投资63亿元，园区企业在研创新药、改良型新药管线达到58条。"),
    P("走进园区一家生物制药企业的生产车间，全自动灌装线正在高速运转。企业负责人介绍，今年企业新上的胰岛素类似物生产线已于8月投产，年产能达到1亿支，产品已进入全国30多个省份的集中采购目录。"),
    P("近年来，通化市把医药健康产业作为第一支柱产业，在医药高新区建设了中试基地、检验检测中心和医药物流园，为企业提供从研发到上市的全链条服务。“过去做一次中试要跑到外省去，现在在园区里就能完成，时间缩短了一半以上。”一家中药企业研发负责人说。"),
    P("为加快创新药研发，园区与省内外12所高校院所共建研发平台，设立2亿元医药产业引导基金，对取得新药证书、完成一致性评价的企业给予资金奖励。今年以来，园区企业新获批药品注册证书9个，完成仿制药一致性评价品种14个。"),
    P("通化医药高新区管委会有关负责人表示，下一步将围绕生物药、现代中药和医疗器械三大方向精准招商，力争全年产值突破250亿元。"),
]

CSS = """
body{margin:0;background:#e6e1d6;font-family:"SimSun","Microsoft YaHei";font-size:13px;color:#222}
.top{width:1200px;margin:0 auto;background:#8b0000;color:#fff;height:80px;display:flex;align-items:center;padding:0 20px;box-sizing:border-box}
.top .nm{font-size:34px;font-family:"STXingkai","KaiTi";letter-spacing:4px}.top .dt{margin-left:30px;font-size:14px}
.top .op{margin-left:auto}.top .op a{color:#fff;margin-left:10px}
.bar{width:1200px;margin:0 auto;background:#f6f0e2;border-bottom:1px solid #c9b99a;padding:6px 20px;box-sizing:border-box}
.bar a{color:#8b0000;margin-right:10px}
.pg{width:1200px;margin:0 auto;display:flex;background:#fff}
.bm{width:360px;border-right:1px solid #ddd;padding:10px}
.bm .pic{height:500px;background:#f0ede6;border:1px solid #ccc;display:flex;align-items:center;justify-content:center;color:#999}
.bm .nav a{display:inline-block;margin:6px 10px 0 0;color:#333}
.bm h5{margin:12px 0 6px;font-size:14px;color:#8b0000}.bm li{line-height:22px}
.at{flex:1;padding:20px 40px}
.yt,.ft2{text-align:center;font-size:16px;color:#333;margin:4px 0;font-family:"Microsoft YaHei"}
.zt{text-align:center;font-size:26px;font-weight:bold;color:#000;margin:6px 0;font-family:"Microsoft YaHei"}
.zw{font-size:16px;line-height:2;margin-top:18px}.zw p{text-indent:2em;margin:0 0 8px}.zw .zz{text-indent:0;text-align:center;color:#555}
.dtl{text-align:center;color:#666;margin-top:6px;border-bottom:1px solid #ddd;padding-bottom:10px}
.cr{width:1200px;margin:0 auto;background:#8b0000;color:#f0d9d9;text-align:center;padding:10px 0;line-height:22px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    pages = " ".join(f'<a href="#">第{n:02d}版：{t}</a>' for n, t in enumerate(["要闻", "综合", "经济", "县区", "民生", "文化", "体育", "副刊"], 1))
    html = f"""
<div class="top"><span class="nm">通化日报</span><span class="dt">2025年11月10日 星期一</span><span class="op"><a href="#">首页</a><a href="#">往期回顾</a><a href="#">PDF下载</a></span></div>
<div class="bar">{pages}</div>
<div class="pg">
<div class="bm">
<div class="pic">{img("第01版：要闻 版面图", gif=True)} 第01版：要闻</div>
<div class="nav"><a href="#">上一版</a><a href="#">下一版</a><a href="#">上一期</a><a href="#">下一期</a></div>
<h5>本版标题</h5>
<ul>{links(["市委常委会召开会议","通化医药高新区前三季度产值增长12.3%","全市冬季供热全面启动","我市召开秋粮收购工作会议","柳河县：山葡萄酒产业链加速延伸"], wrap="li")}</ul>
</div>
<div class="at">
<div class="yt">坚持创新驱动　培育新质生产力</div>
<div class="zt">{PAGE["title"]}</div>
<div class="ft2">新落地项目27个　创新药研发管线达58条</div>
<div class="dtl">2025年11月10日 星期一　　第01版：要闻</div>
<div class="zw">
{bh}
</div>
</div>
</div>
<div class="cr">通化日报社版权所有　未经书面授权不得复制或建立镜像<br>地址：吉林省通化市东昌区新华大街　邮编：134001　吉ICP备06003418号</div>
"""
    return doc("通化日报数字报-" + PAGE["title"], CSS, html), gold
