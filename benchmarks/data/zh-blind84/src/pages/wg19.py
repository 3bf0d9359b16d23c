PAGE = dict(
    id="wg-19", kind="media", lang="zh",
    site="人民网·湖北频道式地方频道页（中央媒体地方频道，2019 年模板）",
    features="频道面包屑“人民网>>湖北频道>>本网原创”；信息栏时间与来源粘连“2025年03月18日16:21 | 来源：”；电头“人民网武汉3月18日电 （记者胡聪）”在首段内，姓名紧贴“记者”；"
             "小标题；“(责编：…、…)”；分享让更多人看到；推荐阅读；页脚许可证",
    title="武汉“家门口”就业服务站实现街道全覆盖",
    authors=["胡聪"],
    publish_time="2025年03月18日16:21",
    head_title="武汉“家门口”就业服务站实现街道全覆盖--湖北频道--人民网",
    CSS="""
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;color:#333;background:#fff}
.w1000{width:1000px;margin:0 auto}
.rmw_top{height:30px;background:#f7f7f7;border-bottom:1px solid #e5e5e5;font-size:12px;line-height:30px}
.rmw_top a{margin-right:10px}
.rmw_logo{height:80px;display:flex;align-items:center;gap:20px}
.rmw_logo b{font-size:30px;color:#d00}.rmw_logo span{font-size:22px;color:#333}
.rmw_nav{background:#d00;line-height:36px}.rmw_nav a{color:#fff;margin:0 10px}
.path{margin:12px auto;font-size:12px}
.text_title h1{font-size:28px;text-align:center;margin:20px 0 10px;color:#000}
.text_title .box01{overflow:hidden;border-bottom:1px solid #ccc;padding-bottom:6px;font-size:12px;color:#666}
.box01 .fl{float:left}.box01 .fr{float:right}
.rm_txt_con{font-size:16px;line-height:2}
.rm_txt_con p{text-indent:2em;margin:0 0 14px}
.edit{text-align:right;font-size:12px;color:#999}
.share{border:1px solid #eee;padding:6px;font-size:12px;text-align:center}
.tjyd h2{font-size:16px;border-bottom:2px solid #d00}
.footer{border-top:3px solid #d00;font-size:12px;text-align:center;color:#666;padding:16px 0;line-height:2;margin-top:20px}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><strong>{t}</strong></p>"},
    TEMPLATE="""
<div class="rmw_top"><div class="w1000"><a href="#">人民网首页</a><a href="#">湖北频道</a><a href="#">手机人民网</a><a href="#">人民日报</a></div></div>
<div class="w1000 rmw_logo"><b>人民网</b><span>湖北频道</span></div>
<div class="rmw_nav"><div class="w1000"><a href="#">首页</a><a href="#">时政</a><a href="#">经济</a><a href="#">社会</a><a href="#">文旅</a><a href="#">教育</a><a href="#">图片</a><a href="#">视频</a><a href="#">留言板</a></div></div>
<div class="w1000 path"><a href="#">人民网</a>&gt;&gt;<a href="#">湖北频道</a>&gt;&gt;<a href="#">本网原创</a></div>
<div class="w1000">
<div class="text_title"><h1>武汉“家门口”就业服务站实现街道全覆盖</h1>
<div class="box01"><div class="fl">2025年03月18日16:21 | 来源：<a href="#">人民网－湖北频道</a></div><div class="fr">小字号</div></div></div>
<div class="rm_txt_con">
{{BODY}}
</div>
<div class="edit">(责编：王晓、李兰)</div>
<div class="share">分享让更多人看到　<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tjyd"><h2>推荐阅读</h2><ul>
<li><a href="#">湖北今年将开展“技能湖北”行动 培训100万人次</a></li>
<li><a href="#">武汉公布2025年十大民生实事</a></li>
<li><a href="#">宜昌：“零工市场”让灵活就业更灵活</a></li></ul></div>
</div>
<div class="footer">人民网版权所有，未经书面授权禁止使用<br>违法和不良信息举报电话：027-86661234　湖北频道联系邮箱：hubei@rmw.example</div>
""",
    BODY="""
p: 人民网武汉3月18日电 （记者胡聪）记者从武汉市人力资源和社会保障局获悉，截至3月中旬，武汉已在全市156个街道建成“家门口”就业服务站，实现街道全覆盖，居民在15分钟步行范围内即可获得岗位推荐、职业指导、政策咨询等服务。
h: 岗位信息“送上门”
p: 在江汉区唐家墩街道就业服务站，一块电子屏实时滚动着周边企业的招聘信息。工作人员介绍，服务站与辖区300多家企业建立了用工对接机制，每周更新岗位信息，并通过社区微信群推送给居民。今年以来，该服务站已帮助120余名居民找到工作。
h: 服务对象“全覆盖”
p: 武汉市人社局相关负责人介绍，就业服务站重点面向高校毕业生、就业困难人员、退役军人和灵活就业人员，提供“一人一档”跟踪服务。对就业困难人员，服务站安排专人上门走访，帮助其申领社保补贴、参加技能培训。
p: 数据显示，2024年全市就业服务站累计提供岗位信息32万条，促成就业4.8万人次。今年，武汉将推动就业服务站与零工市场、技能培训机构进一步联动，打造“15分钟就业服务圈”升级版。
""",
)
