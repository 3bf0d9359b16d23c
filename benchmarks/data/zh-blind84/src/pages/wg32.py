PAGE = dict(
    id="wg-32", kind="e-paper", lang="zh",
    site="上饶日报电子版（2012 年前后表格式电子报）",
    features="整页表格布局：报头日期、版次导航为表格单元格（制表符）、左侧“本版标题导航”在正文前；引题在上、主题分两行（<br>）需无空格拼接；"
             "首段“本报讯 记者汪琳 通讯员吴晓峰报道：”署名在段内；带编号段落；“返回目录/上一篇/下一篇”；页脚",
    title="信州区“无证明城市”建设让群众少跑腿",
    authors=["汪琳", "吴晓峰"],
    publish_time="2025年3月19日 星期三",
    head_title="上饶日报电子版",
    DOCTYPE='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    CSS="""
body{margin:0;background:#dcdcdc;font-size:12px;font-family:宋体}
table{border-collapse:collapse}
.bt td{background:#fff}
.logo{font-size:40px;color:#d40000;font-family:华文行楷,楷体;padding:10px 20px}
.rq{font-size:13px;text-align:right;padding-right:16px}
.bc td{background:#e8eef7;border:1px solid #c0cde0;height:24px;text-align:center}
.dh{background:#f7f7f7;border:1px solid #ccc;vertical-align:top;padding:6px}
.dh b{color:#d40000}
.wz{background:#fff;vertical-align:top;padding:10px 24px}
.yt{font-size:14px;text-align:center;color:#444}
.zt{font-size:24px;text-align:center;font-weight:bold;font-family:黑体;line-height:1.4}
.content{font-size:14px;line-height:24px}
.fy{text-align:center;padding:8px}
.ft td{background:#444;color:#ddd;text-align:center;padding:8px;line-height:20px}
""",
    STYLE={"p": "<p>　　{t}</p>", "sep": "\n"},
    TEMPLATE="""
<table width="1000" align="center" class="bt"><tr><td class="logo">上饶日报</td><td class="rq">2025年3月19日 星期三<br />农历乙巳年二月二十　　<a href="#">往期查阅</a></td></tr></table>
<table width="1000" align="center" class="bc"><tr><td><a href="#">第A1版：要闻</a></td><td><a href="#">第A2版：综合</a></td><td><a href="#">第A3版：县区</a></td><td><a href="#">第A4版：民生</a></td><td><a href="#">第B1版：三清山</a></td></tr></table>
<table width="1000" align="center"><tr>
<td width="230" class="dh"><b>本版标题导航</b><br />
<a href="#">市委常委会召开会议</a><br />
<a href="#">信州区“无证明城市”建设让群众少跑腿</a><br />
<a href="#">全市重大项目集中开工</a><br />
<a href="#">婺源入选全国乡村旅游重点村名录</a><br /><br />
<b>第A1版：要闻</b></td>
<td class="wz">
<div class="yt">一年减少各类证明材料1.2万份</div>
<div class="zt">信州区“无证明城市”建设<br />让群众少跑腿</div>
<div class="content">
{{BODY}}
</div>
<div class="fy"><a href="#">返回目录</a>　<a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="#">默认</a></div>
</td></tr></table>
<table width="1000" align="center" class="ft"><tr><td>上饶日报社主办　版权所有　赣ICP备06004217号<br />本电子报由上饶日报社数字报系统生成</td></tr></table>
""",
    BODY="""
p: 本报讯 记者汪琳 通讯员吴晓峰报道：“以前办个低保要跑社区开好几个证明，现在在窗口刷个身份证，信息一查就有了。”3月18日，在信州区政务服务中心，市民李女士只用了20分钟就办完了业务。这是信州区推进“无证明城市”建设带来的变化。
p: 去年以来，信州区全面梳理政务服务事项中要求群众提供的各类证明材料，通过直接取消、数据共享、告知承诺、部门核验等方式，分批次取消证明事项。截至目前，全区已取消证明事项136项，一年来累计减少群众提交证明材料1.2万余份。
p: 据了解，信州区“无证明城市”建设主要采取四种方式：
p: 一是直接取消。对没有法律法规依据的证明事项一律取消。
p: 二是数据共享。依托全省一体化政务服务平台，实现户籍、婚姻、社保等21类数据共享调用。
p: 三是告知承诺。对暂时无法共享核验的事项，实行告知承诺制，由申请人书面承诺后先行办理。
p: 四是部门核验。由受理部门向有关部门发函核验，不再要求群众“跑腿”开证明。
p: 信州区行政审批局负责人表示，下一步将持续扩大数据共享范围，并建立“无证明”事项动态清单，让更多事项实现“免证办”“就近办”。
""",
)
