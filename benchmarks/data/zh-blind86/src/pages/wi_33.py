from lib import links, lis, GIF

PAGE = dict(
    id="wi-33", kind="e-paper", lang="zh",
    region="广西 崇左", site="桂南日报数字报（带版次导航的数字报）",
    title="新榨季首批糖厂开机",
    authors=["黄丽萍", "韦晓彤"],
    publish_time="2025年11月20日",
    head_title="桂南日报数字报",
    features="数字报：标题上方报名与日期行“桂南日报　2025年11月20日　第01版：要闻”；左侧版次导航（第01–08版）、右侧本版标题列表；"
             "正文标题为主题+副题（“——崇左今年…”，不属标题）；署名行“■本报记者 黄丽萍 实习生 韦晓彤”（实习生也是作者）；"
             "<title> 只有报名；上一篇/下一篇、往期检索表单、页脚。",
)

BLOCKS = [
    ("x", "■本报记者　黄丽萍　实习生　韦晓彤"),
    ("p", "11月18日，随着甘蔗压榨生产线机声隆隆，扶绥县一家制糖企业正式开榨，拉开了崇左市2025/2026年榨季序幕。截至目前，全市已有5家糖厂开机生产，其余糖厂将于本月底前陆续开榨。"),
    ("p", "在糖厂的蔗场，满载甘蔗的运输车辆有序排队，经过称重、取样检测后依次卸料。压榨车间内，甘蔗经过破碎、压榨、澄清、煮糖等工序，最终变成一粒粒洁白的砂糖。"),
    ("p", "“今年风调雨顺，甘蔗长势好、糖分高，预计亩产能达到6吨以上。”扶绥县东门镇蔗农黄大哥算了一笔账，他家种了40亩甘蔗，按照今年每吨520元的收购价，收入能有12万多元。"),
    ("p", "崇左是全国重要的糖料蔗生产基地。今年，全市糖料蔗种植面积稳定在380万亩以上，其中“双高”基地面积超过210万亩，甘蔗生产全程机械化水平进一步提升，机收率预计达到45%。"),
    ("p", "为保障榨季顺利进行，崇左市提前组织制糖企业开展设备检修，协调交通、电力等部门做好运输保障和电力供应，并督促企业严格落实蔗款兑付制度，确保蔗农及时拿到蔗款。"),
    ("p", "市糖业发展部门负责人表示，本榨季全市预计入榨甘蔗1850万吨，产糖230万吨左右。"),
]

FMT = {
    "p": '<p style="text-indent:2em">{t}</p>',
    "x": '<p style="font-family:楷体;font-weight:bold">{t}</p>',
}

CSS = """
body{margin:0;background:#e8efe6;font:14px/1.8 "Microsoft YaHei"}
#hd{background:#2d6a2d;color:#fff;height:90px;padding:0 30px}
#hd .b{font:bold 34px/90px 隶书,serif;letter-spacing:8px}
#hd form{float:right;margin-top:30px;font-size:13px}
#box{width:1180px;margin:14px auto;display:flex;gap:14px}
#bc{width:190px;background:#fff}
#bc h4{background:#2d6a2d;color:#fff;margin:0;padding:6px 10px}
#bc a{display:block;padding:5px 10px;border-bottom:1px dotted #ccc;font-size:13px}
#bc a.cur{background:#e5f1e5;color:#2d6a2d;font-weight:bold}
#art{flex:1;background:#fff;padding:24px 44px}
.dateline{font-size:13px;color:#777;border-bottom:1px solid #cfe0cf;padding-bottom:6px}
.tt{font-size:30px;font-weight:bold;text-align:center;margin:18px 0 4px}
.st{font-size:17px;text-align:center;color:#444;margin:0 0 18px}
#ozoom{font-size:16px;line-height:2}
.pnx{border-top:1px solid #cfe0cf;margin-top:20px;padding-top:8px;font-size:13px}
#bb{width:260px;background:#fff;padding:10px}
#bb h4{margin:0 0 8px;color:#2d6a2d}
#bb li{font-size:13px;line-height:1.7;margin-bottom:6px}
#ft{text-align:center;font-size:12px;color:#666;padding:20px}
"""


def render(P, body):
    bc = links([f"第{n:02d}版：{t}" for n, t in enumerate(["要闻", "要闻", "综合", "县域", "经济", "民生", "边关", "副刊"], 1)], sep="")
    bc = bc.replace('<a href="#">第01版', '<a class="cur" href="#">第01版', 1)
    return f"""
<div id="hd"><form>往期检索：<input type="date" value="2025-11-20"> <input type="submit" value="查看"></form><span class="b">桂南日报</span></div>
<div id="box">
<div id="bc"><h4>版面导航</h4>{bc}<p style="padding:6px 10px"><a href="#">PDF下载</a></p></div>
<div id="art">
<div class="dateline">桂南日报　2025年11月20日　第01版：要闻</div>
<div class="tt">{P['title']}</div>
<div class="st">——崇左今年糖料蔗种植面积稳定在380万亩以上</div>
<div id="ozoom">
{body}
</div>
<div class="pnx">上一篇：<a href="#">区党委常委会召开会议</a>　　下一篇：<a href="#">中越边境贸易前十月增长一成</a></div>
</div>
<div id="bb"><h4>本版标题</h4><ol>{lis(["自治区党委常委会召开会议", "新榨季首批糖厂开机", "中越边境贸易前十月增长一成", "凭祥友谊关口岸通关时间再压缩", "“壮美边关”冬季旅游季启动"])}</ol>
<p><img src="{GIF}" alt="第01版：要闻" width="230" height="330"></p></div>
</div>
<div id="ft">桂南日报社版权所有　未经许可不得转载使用　桂ICP备10004327号　地址：崇左市江州区新民路28号　电话：0771-7832106</div>
"""
