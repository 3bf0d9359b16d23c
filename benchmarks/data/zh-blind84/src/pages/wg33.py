PAGE = dict(
    id="wg-33", kind="e-paper", lang="zh",
    site="襄阳晚报数字报（2019 年响应式数字报，下拉版面选择）",
    features="报头+“出版日期：2025-03-21”；版面下拉 select 与版次按钮；主题+破折号副题；单独署名行“□全媒体记者 周新宇 通讯员 高\u00a0\u00a0洁”；"
             "正文中企业负责人引语；“本版标题”在右栏；“上一篇/下一篇/返回版面”；页脚",
    title="“襄阳造”新能源汽车零部件首发中欧班列",
    authors=["周新宇", "高洁"],
    publish_time="2025-03-21",
    head_title="“襄阳造”新能源汽车零部件首发中欧班列 - 襄阳晚报数字报",
    CSS="""
body{margin:0;background:#f6f6f6;font:16px/1.8 "Microsoft YaHei";color:#222}
.paper-head{background:#fff;border-bottom:4px solid #1457a8}
.paper-head .in{max-width:1180px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:80px}
.paper-head .nm{font-size:32px;color:#1457a8;font-weight:bold}
.paper-head .dt{font-size:14px;color:#666}
.tool{max-width:1180px;margin:12px auto;display:flex;gap:12px;font-size:14px;align-items:center}
.tool a{border:1px solid #1457a8;color:#1457a8;padding:0 10px}
.grid{max-width:1180px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:20px}
.article{background:#fff;padding:30px 50px}
.article h1{font-size:28px;text-align:center;margin:0}
.article h2{font-size:17px;text-align:center;font-weight:normal;margin:6px 0 16px;color:#444}
.article .author{font-size:14px;color:#555;margin-bottom:12px}
.article .content p{text-indent:2em;margin:0 0 12px}
.article .nv{font-size:14px;margin-top:20px;display:flex;gap:20px}
.right{background:#fff;padding:16px}
.right h3{font-size:16px;border-bottom:1px solid #1457a8;margin:0 0 8px}
.right li{font-size:14px;margin-bottom:8px}
.foot{text-align:center;font-size:12px;color:#888;padding:20px;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>"},
    TEMPLATE="""
<div class="paper-head"><div class="in"><div class="nm">襄阳晚报</div><div class="dt">出版日期：2025-03-21　　第2025-056期</div></div></div>
<div class="tool"><span>版面导航：</span><select><option>第A03版：城事</option><option>第A01版：封面</option><option>第A02版：要闻</option><option>第A04版：民生</option></select>
<a href="#">上一版</a><a href="#">下一版</a><a href="#">PDF版</a><a href="#">往期</a></div>
<div class="grid">
<div class="article">
<h1>“襄阳造”新能源汽车零部件首发中欧班列</h1>
<h2>——首批货值1800万元，约15天后抵达德国杜伊斯堡</h2>
<div class="author">□全媒体记者 周新宇 通讯员 高\u00a0\u00a0洁</div>
<div class="content">
{{BODY}}
</div>
<div class="nv"><a href="#">上一篇</a><a href="#">下一篇</a><a href="#">返回版面</a></div>
</div>
<div class="right"><h3>本版标题</h3><ul>
<li><a href="#">“襄阳造”新能源汽车零部件首发中欧班列</a></li>
<li><a href="#">汉江二桥夜间施工 车辆请绕行</a></li>
<li><a href="#">襄州区新增两所公办幼儿园</a></li>
<li><a href="#">古隆中景区开展春季森林防火演练</a></li></ul></div>
</div>
<div class="foot">襄阳日报传媒集团主办　襄阳晚报数字报　鄂ICP备10021336号<br>未经书面许可，不得转载、摘编或建立镜像</div>
""",
    BODY="""
p: 3月20日上午，一列满载新能源汽车零部件的中欧班列从襄阳北站鸣笛启程，将经阿拉山口出境，约15天后抵达德国杜伊斯堡。这是“襄阳造”新能源汽车零部件首次搭乘中欧班列出口欧洲。
p: 本次班列共装载41个标准集装箱，货物主要为电驱动总成、电池包壳体和热管理系统部件，货值约1800万元，均由襄阳高新区企业生产。
p: “过去我们的产品出口欧洲主要走海运，从襄阳到港口再到欧洲，全程要40天左右。坐中欧班列，时间缩短了一半多，资金周转也更快了。”湖北汉江动力科技有限公司物流负责人赵磊说，今年公司对欧订单同比增长了30%，预计全年将通过中欧班列发运150个集装箱。
p: 据了解，为支持本地企业拓展国际市场，襄阳近年来推动铁路、海关、口岸等部门协同，实行“提前申报、抵港直装”等便利化措施，企业通关时间压缩至1天以内。今年，襄阳计划开行中欧班列30列，其中新能源汽车及零部件专列不少于6列。
""",
)
