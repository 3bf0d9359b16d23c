# 电子报 · 省级日报（2023 responsive e-paper: select-box 版面目录, thumbnail, 引题/主题/副题, '本报记者 苏　航' with U+3000 in the name）
from lib import *

PAGE = dict(
    id="wl-32", kind="e-paper", lang="zh", site="秦岭日报",
    title="全省秋播小麦已完成七成",
    authors=["苏航"],
    publish_time="2025-10-15",
    features=["2023 responsive e-paper", "引题 '秋播进行时' / 主题 / 副题 '——…' stack", "byline '本报记者 苏　航' (U+3000 inside the name)",
              "date '2025-10-15' printed in the 日期 box next to 版次 '第05版：经济'", "版面目录 as a select box plus a list",
              "本版标题 list", "字号 放大/缩小, 上一篇/下一篇, footer"],
)

BLOCKS = [
    ("p", "眼下正值秋播关键期，全省各地抢抓墒情，加快小麦播种进度。记者从省农业农村厅获悉，截至10月13日，全省已播种小麦约980万亩，占计划面积的七成，播种进度快于去年同期。"),
    ("p", "今年秋播，各地大力推广深翻深松、精量播种、播后镇压等技术，关中地区小麦良种覆盖率保持在98%以上。在咸阳市三原县的一处麦田里，大型播种机来回穿梭，旋耕、施肥、播种、镇压一次完成。“用上新机具，一天能种两百多亩，播得匀、出苗齐。”当地一家农机合作社负责人说。"),
    ("p", "为保障秋播顺利进行，省农业农村厅组织专家组分赴各地开展技术指导，并调配种子、化肥等农资储备，目前全省农资供应充足、价格总体稳定。"),
    ("p", "省农业农村厅相关负责人提醒，各地要抓住当前有利时机，适期播种，对晚播麦田要适当增加播量，同时做好种子包衣和土壤处理，防控地下害虫和苗期病害，为明年夏粮丰收打好基础。"),
]

R = dict(p='<p class="txt">{}</p>')

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";background:#f3efe6;color:#222}.top{background:#9c1a1a;color:#fff}.top .in{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:10px 0}
.lay{max-width:1200px;margin:16px auto;display:grid;grid-template-columns:380px 1fr;gap:20px}.pan{background:#fff;padding:16px}
.ctl{display:flex;gap:10px;align-items:center;font-size:14px}.bm li{font-size:14px}.yt{text-align:center;color:#555;margin:0}
h1{text-align:center;font-size:28px;margin:6px 0}.fb{text-align:center;color:#555;margin:0 0 10px}.by{text-align:center;color:#666;font-size:15px}
.txt{text-indent:2em}.zh{font-size:13px;color:#999;text-align:right}.foot{text-align:center;color:#777;font-size:12px;padding:20px}
"""


def render(P, body):
    bms = ["第01版：要闻", "第02版：要闻", "第03版：时政", "第04版：综合", "第05版：经济", "第06版：三农", "第07版：社会", "第08版：秦岭副刊"]
    bbt = ["全省秋播小麦已完成七成", "前三季度全省工业用电量稳步增长", "西安至延安高铁建设进入轨道铺设阶段", "陕西苹果出口东南亚市场持续扩大"]
    return doc(P, CSS, f"""
<div class="top"><div class="in"><b style="font-size:26px">秦岭日报</b><span>{links(["首页","数字报","客户端","往期"], sep=" | ")}</span></div></div>
<div class="lay">
<div class="pan">
<div class="ctl"><span>日期：{P['publish_time']}</span><span>第05版：经济</span><a href="#">上一版</a><a href="#">下一版</a></div>
<p><select>{"".join(f"<option>{b}</option>" for b in bms)}</select></p>
<p>{img("第05版：经济")}</p>
<h4>版面目录</h4><ul class="bm">{lis(bms)}</ul>
</div>
<div class="pan">
<p class="yt">秋播进行时</p>
<h1>{P['title_html']}</h1>
<p class="fb">——深翻深松、精量播种等技术覆盖率提高</p>
<p class="by">本报记者 苏　航</p>
<p class="zh">字号：<a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a></p>
{body}
<p class="zh"><a href="#">上一篇</a>　<a href="#">下一篇</a></p>
<h4>本版标题</h4><ul>{lis(bbt)}</ul>
</div>
</div>
<div class="foot">秦岭日报社版权所有　陕ICP备05002371号-1　互联网新闻信息服务许可证：61120170001</div>
""")
