PAGE = dict(
    id="wg-03", kind="government", lang="zh",
    site="宜昌市夷陵区人力资源和社会保障局（区政府网站部门子站）· 公示公告（2019 年卡片式设计）",
    features="部门子站头部+区政府链接；左侧栏目树；信息栏在标题下的灰色框，含时间到分钟；公示正文带数据表（表头行+6 行）、联系人/电话/地址行、署名和日期为正文；"
             "附件下载行；扫一扫分享；页脚主办/承办/ICP/标识码",
    title="夷陵区2025年第一批就业见习基地拟认定名单公示",
    authors=[],
    publish_time="2025年03月19日 10:03",
    head_title="夷陵区2025年第一批就业见习基地拟认定名单公示-夷陵区人力资源和社会保障局",
    CSS="""
body{margin:0;background:#f2f2f2;font:14px/1.7 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}
.hd{background:linear-gradient(#0a6cbd,#0b5aa0);color:#fff;height:110px}
.hd .in{width:1180px;margin:0 auto;position:relative}
.hd .nm{font-size:28px;line-height:110px}
.hd .links{position:absolute;right:0;top:10px;font-size:12px}
.hd .links a{color:#d6e8f7;margin-left:12px}
.hd form{position:absolute;right:0;top:56px}
.nv{background:#fff;box-shadow:0 2px 4px #ccc}
.nv .in{width:1180px;margin:0 auto;display:flex}
.nv a{flex:1;text-align:center;line-height:48px;font-size:16px;color:#0a6cbd}
.main{width:1180px;margin:16px auto;display:flex;gap:16px}
.side{width:240px;background:#fff}
.side h4{background:#0a6cbd;color:#fff;margin:0;padding:10px 16px}
.side a{display:block;padding:8px 16px;border-bottom:1px solid #eee}
.art{flex:1;background:#fff;padding:24px 40px}
.loc{font-size:13px;color:#777;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.art h1{font-size:24px;text-align:center;margin:26px 0 14px}
.pinfo{background:#f7f7f7;text-align:center;font-size:13px;color:#666;padding:6px}
.pinfo em{font-style:normal;margin:0 12px}
.txt{font-size:16px;line-height:2}
.txt table{border-collapse:collapse;width:100%;margin:10px 0}
.txt td,.txt th{border:1px solid #999;padding:4px 8px;text-align:center}
.fj{margin-top:16px;font-size:14px}
.share{margin-top:20px;text-align:right;color:#999;font-size:13px}
.ft{background:#2f4f6f;color:#dde;text-align:center;padding:20px 0;font-size:12px;line-height:2}
""",
    STYLE={
        "p": '<p style="text-indent:2em">{t}</p>',
        "table_open": "<table><tbody>",
        "table_close": "</tbody></table>",
        "th": "<th>{t}</th>",
        "sig": '<p style="text-align:right">{t}</p>',
    },
    TEMPLATE="""
<div class="hd"><div class="in">
<div class="nm"><img alt="" src="%GIF%"> 宜昌市夷陵区人力资源和社会保障局</div>
<div class="links"><a href="#">夷陵区人民政府</a><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a></div>
<form><input type="search" placeholder="站内搜索"><input type="submit" value="搜 索"></form>
</div></div>
<div class="nv"><div class="in"><a href="#">首页</a><a href="#">机构概况</a><a href="#">工作动态</a><a href="#">政策文件</a><a href="#">就业创业</a><a href="#">社会保障</a><a href="#">公示公告</a><a href="#">办事服务</a></div></div>
<div class="main">
<div class="side"><h4>公示公告</h4><a href="#">公示</a><a href="#">公告</a><a href="#">招聘信息</a><a href="#">培训信息</a></div>
<div class="art">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">公示公告</a> &gt; <a href="#">公示</a></div>
<h1>夷陵区2025年第一批就业见习基地拟认定名单公示</h1>
<div class="pinfo"><em>发布时间：2025年03月19日 10:03</em><em>来源：区人社局就业促进股</em><em>浏览量：</em><em>【<a href="#">打印</a>】</em></div>
<div class="txt">
{{BODY}}
</div>
<div class="fj">附件：<a href="#">1.夷陵区2025年第一批就业见习基地拟认定名单.xlsx</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <img alt="扫一扫在手机打开当前页" src="%GIF%"></div>
</div>
</div>
<div class="ft">
<p>主办：宜昌市夷陵区人力资源和社会保障局　承办：夷陵区政务服务和大数据管理局</p>
<p>地址：宜昌市夷陵区发展大道56号　电话：0717-7821300</p>
<p>鄂ICP备05003127号-2　网站标识码：4205060021　鄂公网安备 42050602000168号</p>
</div>
""",
    BODY="""
p: 根据《宜昌市就业见习管理办法》（宜人社规〔2023〕2号）有关规定，经单位申报、乡镇（街道）推荐、实地核查和集体研究，拟认定以下6家单位为夷陵区2025年第一批就业见习基地，现予以公示。
tr: 序号 | 单位名称 | 所属行业 | 拟提供见习岗位（个）
tr: 1 | 宜昌三江源生态农业有限公司 | 农业 | 8
tr: 2 | 宜昌鸿泰精密机械制造有限公司 | 制造业 | 15
tr: 3 | 夷陵区龙泉镇中心卫生院 | 卫生 | 6
tr: 4 | 湖北峡江文旅发展有限公司 | 文化旅游 | 10
tr: 5 | 宜昌市夷陵区小溪塔会计服务中心 | 商务服务 | 4
tr: 6 | 宜昌楚峰电子科技有限公司 | 信息技术 | 12
p: 公示期为2025年3月19日至3月25日（5个工作日）。公示期间，如对拟认定单位有异议，请以书面或电话形式向区人社局就业促进股反映。反映问题应实事求是，提供具体线索，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。
p: 联系人：向女士
p: 联系电话：0717-7821364
p: 地址：夷陵区发展大道56号区人社局302室
sig: 宜昌市夷陵区人力资源和社会保障局
sig: 2025年3月19日
""",
)
