PAGE = dict(
    id="wg-05", kind="government", lang="zh",
    site="温州市鹿城区滨江街道办事处网站 · 街道动态（2015 年简易模板）",
    features="简易街道站：横排导航、搜索框；信息栏在标题上方、方括号分段（时间/来源/点击）；正文末段句尾括号署名（两人，第二人名字间有空格）；"
             "无小标题；打印/关闭；上一条/下一条；页脚版权/地址/ICP",
    title="滨江街道“春风行动”送岗位进社区",
    authors=["林晓燕", "陈杰"],
    publish_time="2025-03-19",
    head_title="滨江街道“春风行动”送岗位进社区",
    CSS="""
body{margin:0;background:#e8f1f8;font-size:13px;font-family:"宋体",SimSun;color:#333}
#page{width:980px;margin:0 auto;background:#fff}
#logo{height:100px;background:#3b8fd0;color:#fff;font-size:26px;font-weight:bold;padding:30px 0 0 30px;box-sizing:border-box}
#logo small{font-size:12px;font-weight:normal;display:block}
#menu{background:#2369a6;height:36px;line-height:36px;padding-left:20px}
#menu a{color:#fff;margin-right:26px;font-size:14px;text-decoration:none}
#menu form{float:right;margin-right:10px}
#pos{padding:8px 20px;border-bottom:1px dotted #aaa}
#article{padding:20px 40px}
#article .msg{text-align:center;color:#999;font-size:12px}
#article h3{text-align:center;font-size:20px;color:#c00;margin:8px 0 20px}
#article .txt p{text-indent:2em;line-height:26px;font-size:14px}
#article .pr{text-align:right}
#article .pn{border-top:1px solid #eee;padding-top:8px}
#footer{background:#2369a6;color:#fff;text-align:center;line-height:22px;padding:10px 0}
""",
    STYLE={"p": "<p>{t}</p>"},
    TEMPLATE="""
<div id="page">
<div id="logo">鹿城区滨江街道办事处<small>BINJIANG SUBDISTRICT OFFICE, LUCHENG DISTRICT</small></div>
<div id="menu"><a href="#">网站首页</a><a href="#">街道概况</a><a href="#">街道动态</a><a href="#">通知公告</a><a href="#">社区风采</a><a href="#">便民服务</a><a href="#">党建园地</a>
<form><input type="text" size="16" value=""> <input type="button" value="搜索"></form></div>
<div id="pos">您的位置：<a href="#">网站首页</a> → <a href="#">街道动态</a> → 正文</div>
<div id="article">
<div class="msg">【时间：2025-03-19】　【来源：滨江街道】　【点击：】</div>
<h3>滨江街道“春风行动”送岗位进社区</h3>
<div class="txt">
{{BODY}}
</div>
<div class="pr"><a href="#">[打印此页]</a> <a href="#">[关闭此页]</a></div>
<div class="pn">上一条：<a href="#">滨江街道开展春季消防安全大检查</a><br>下一条：<a href="#">会展社区举办“学雷锋”志愿服务集市</a></div>
</div>
<div id="footer">版权所有：温州市鹿城区滨江街道办事处　地址：温州市鹿城区车站大道1288号<br>
联系电话：0577-88231576　浙ICP备11046025号</div>
</div>
""",
    BODY="""
p: 3月18日上午，滨江街道在会展社区文化广场举办2025年“春风行动”暨“就业服务进社区”专场招聘会，为辖区求职者与企业搭建面对面交流平台。
p: 本次招聘会共吸引辖区及周边32家企业参会，涵盖电子商务、物业服务、餐饮零售、鞋服制造等行业，提供营业员、客服专员、电工、仓储管理员等岗位560余个。现场还设置了政策咨询台和“零工驿站”服务点，工作人员为求职者讲解灵活就业社保补贴、创业担保贷款等政策，并登记零工求职意向。
p: “家门口就能找工作，还能当场了解岗位待遇，特别方便。”前来应聘的居民周女士说，她在一家物业公司的展位递交了简历，已约好下周面试。
p: 据统计，当天共有420余人次进场求职，初步达成就业意向87人。街道社会事务办相关负责人介绍，今年以来，街道已累计开展各类招聘活动6场，下一步将继续走访辖区重点企业，动态更新岗位信息，并针对就业困难人员开展“一对一”帮扶，让群众在家门口实现稳定就业。（林晓燕 陈\u00a0\u00a0杰）
""",
)
