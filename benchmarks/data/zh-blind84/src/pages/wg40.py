PAGE = dict(
    id="wg-40", kind="institution", lang="zh",
    site="昌吉市慈善总会网站 · 工作动态（社会组织网站，2016 年模板）",
    features="协会网站：捐款通道/募捐备案号；信息栏“发布日期 | 撰稿 | 审核 | 点击”竖线分隔（撰稿为作者，审核不是）；资助表；受助学生家长引语；"
             "“我要捐款”按钮、捐赠账户信息（非正文）；页脚登记证号/ICP",
    title="昌吉市慈善总会发放春季“春蕾助学金”52万元",
    authors=["孙晓燕"],
    publish_time="2025-03-21",
    head_title="昌吉市慈善总会发放春季“春蕾助学金”52万元",
    CSS="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff6f0;color:#333}
#top{background:#e4572e;color:#fff}
#top .in{width:1000px;margin:0 auto;height:100px;display:flex;align-items:center;justify-content:space-between}
#top .n{font-size:28px}
#top .j a{background:#ffd166;color:#7a2a0c;padding:6px 16px;border-radius:16px;font-weight:bold}
#nav{width:1000px;margin:0 auto;background:#c44220;line-height:40px}
#nav a{color:#fff;margin:0 16px}
#main{width:1000px;margin:16px auto;background:#fff;padding:24px 50px;box-sizing:border-box}
#main .wz{font-size:12px;color:#999}
#main h1{font-size:22px;text-align:center;margin:20px 0 8px}
#main .sj{text-align:center;font-size:12px;color:#999;border-bottom:1px solid #f0d5c8;padding-bottom:10px}
#main .zw p{text-indent:2em}
#main .zw table{border-collapse:collapse;margin:0 auto}
#main .zw td{border:1px solid #e4572e;padding:3px 14px;text-align:center}
#main .jz{background:#fff2ea;border:1px dashed #e4572e;padding:10px 16px;margin-top:16px;font-size:13px}
#foot{text-align:center;font-size:12px;color:#888;padding:16px;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "table_open": '<table cellspacing="0">', "th": '<td style="background:#fde3d6;font-weight:bold">{t}</td>'},
    TEMPLATE="""
<div id="top"><div class="in"><div class="n">昌吉市慈善总会</div><div class="j"><a href="#">我要捐款</a></div></div></div>
<div id="nav"><a href="#">首页</a><a href="#">总会概况</a><a href="#">工作动态</a><a href="#">慈善项目</a><a href="#">信息公开</a><a href="#">捐赠查询</a><a href="#">联系我们</a></div>
<div id="main">
<div class="wz">当前位置：首页 &gt;&gt; 工作动态</div>
<h1>昌吉市慈善总会发放春季“春蕾助学金”52万元</h1>
<div class="sj">发布日期：2025-03-21 | 撰稿：孙晓燕 | 审核：何平 | 点击：</div>
<div class="zw">
{{BODY}}
</div>
<div class="jz"><b>爱心捐赠通道</b><br>户名：昌吉市慈善总会　开户行：昌吉农商银行延安北路支行　账号：6501 0201 2030 0078 6<br>咨询电话：0994-2356218</div>
</div>
<div id="foot">昌吉市慈善总会 版权所有　社会组织登记证号：6523010000123<br>新ICP备15003398号　地址：昌吉市北京南路52号</div>
""",
    BODY="""
p: 3月20日，昌吉市慈善总会在市民政局举行2025年春季“春蕾助学金”发放仪式，为全市326名家庭经济困难学生发放助学金52万元。
p: “春蕾助学”是昌吉市慈善总会的品牌公益项目，已连续开展12年，资金来源于社会各界爱心企业和个人捐赠。本学期资助对象经学校推荐、乡镇（街道）审核和公示后确定，资助标准按学段区分：
tr: 学段 | 资助人数（人） | 资助标准（元/人） | 金额（万元）
tr: 小学 | 158 | 1000 | 15.8
tr: 初中 | 104 | 1500 | 15.6
tr: 高中（含中职） | 64 | 3200 | 20.48
p: 发放仪式上，受助学生代表、昌吉市第三中学初二学生马晓雯（化名）说，自己会把这份关爱化作学习的动力。一位受助学生的家长告诉工作人员：“孩子爸爸去年生病住院，家里负担重，这笔钱能解决孩子一学期的生活费，真是雪中送炭。”
p: 昌吉市慈善总会负责人表示，今年总会将进一步拓宽募捐渠道，计划全年资助困难学生600人以上，并开展“一对一”结对帮扶，让更多困难家庭的孩子安心上学。
""",
)
