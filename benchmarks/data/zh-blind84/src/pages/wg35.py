PAGE = dict(
    id="wg-35", kind="e-paper", lang="zh",
    site="今日京山电子版（县级报纸，2015 年简易电子报）",
    features="期号“2025年第22期 总第3218期”与日期星期；版次列表；引题+主题；无单独署名行，署名在末段括号内“（通讯员 熊\u00a0\u00a0丽 记者 程志华）”；"
             "数字小标题；“本版其他新闻”；打印/关闭；页脚",
    title="京山桥米春播育秧全面展开",
    authors=["熊丽", "程志华"],
    publish_time="2025年3月21日 星期五",
    head_title="今日京山电子版",
    CSS="""
body{margin:0;background:#fff;font:14px/1.9 "宋体";color:#333}
.top{width:960px;margin:0 auto;border-bottom:3px double #b22;display:flex;justify-content:space-between;align-items:flex-end;padding:10px 0}
.top .mc{font-size:38px;color:#b22;font-family:"华文行楷","楷体"}
.top .qh{font-size:12px;text-align:right}
.box{width:960px;margin:10px auto;display:flex;gap:16px}
.bl{width:170px;border:1px solid #ddd;padding:8px;font-size:13px}
.bl div{border-bottom:1px dotted #ccc}
.art{flex:1}
.art .s1{text-align:center;font-size:15px;color:#555}
.art .s2{text-align:center;font-size:25px;font-weight:bold;color:#000;margin-bottom:14px}
.art .c p{margin:6px 0}
.art .other{background:#f8f8f8;padding:8px;font-size:13px;margin-top:14px}
.art .pr{text-align:right;font-size:12px}
.ftr{width:960px;margin:0 auto;text-align:center;font-size:12px;color:#666;border-top:1px solid #ccc;padding:8px;line-height:2}
""",
    STYLE={"p": '<p style="text-indent:2em">{t}</p>', "h": '<p style="text-indent:2em"><b>{t}</b></p>'},
    TEMPLATE="""
<div class="top"><div class="mc">今日京山</div><div class="qh">2025年第22期　总第3218期<br>2025年3月21日 星期五　<a href="#">往期回顾</a></div></div>
<div class="box">
<div class="bl"><b>版面导航</b>
<div><a href="#">第一版：要闻</a></div><div><a href="#">第二版：综合新闻</a></div><div><a href="#">第三版：乡镇视窗</a></div><div><a href="#">第四版：文化副刊</a></div></div>
<div class="art">
<div class="s1">抢农时 保粮安</div>
<div class="s2">京山桥米春播育秧全面展开</div>
<div class="c">
{{BODY}}
</div>
<div class="other"><b>本版其他新闻：</b><a href="#">市委理论学习中心组举行集体学习</a>　<a href="#">我市启动春季校园安全专项整治</a>　<a href="#">钱场镇：虾稻田里春意浓</a></div>
<div class="pr"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
</div>
<div class="ftr">今日京山报社主办　地址：京山市新市街道城中路21号　电话：0724-7228315<br>鄂ICP备12008563号　本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用</div>
""",
    BODY="""
p: 连日来，京山市各地抢抓晴好天气，全面展开桥米春播育秧工作。在雁门口镇的工厂化育秧中心，自动化播种流水线一刻不停，铺土、播种、覆土、洒水一气呵成，一盘盘秧盘被整齐码放进育秧大棚。
h: 1．集中育秧“提速”
p: 今年，京山市计划种植桥米等优质稻45万亩，其中工厂化集中育秧面积12万亩，比去年增加2万亩。雁门口镇育秧中心负责人介绍，中心一天能播种秧盘2万盘，可满足3000亩大田插秧需要，育出的秧苗整齐健壮，比传统育秧省工省种。
h: 2．技术服务“到田”
p: 为确保春播质量，京山市农业农村局组织农技人员开展“春耕服务进村入户”活动，深入田间地头指导农户选种浸种、科学育秧，并发放技术资料1.5万份。同时，全市备足优质稻种子680吨、化肥2.3万吨，各类农机具1.2万台（套）已全部检修到位。
h: 3．订单种植“保价”
p: 在种植模式上，京山继续推广“企业+合作社+农户”订单种植，由龙头企业与农户签订收购合同，以高于市场价的价格回收稻谷，让农户种粮吃下“定心丸”。目前，全市已签订桥米订单种植面积18万亩。（通讯员 熊\u00a0\u00a0丽 记者 程志华）
""",
)
