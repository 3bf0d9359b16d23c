"""Institution pages vg-36 ... vg-40 (university, hospital, state enterprise, association, court).
Institutions, articles and names are invented."""
from build import img

I = "institution"
PAGES = []

# vg-36 湖北 university news site, 2017 template: "文/通讯员 … 图/…", 审核 and 编辑 lines
PAGES.append(dict(
    id="vg-36", kind=I, lang="zh",
    title="我校学子在全国大学生机械创新设计大赛中获一等奖",
    authors=["陈雨桐"], publish_time="2023-12-08 15:32",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#f3f5f9}
.u-h{background:#00356b;color:#fff;padding:18px 60px;display:flex;justify-content:space-between}
.u-h .n{font-size:28px;letter-spacing:3px}.u-nav{background:#002a55;padding:0 60px}.u-nav a{display:inline-block;color:#fff;padding:10px 16px}
.u-w{width:1060px;margin:20px auto;display:flex;gap:20px}.u-s{width:220px;background:#fff}.u-s div{padding:10px 16px;border-bottom:1px solid #eee}
.u-a{flex:1;background:#fff;padding:24px 40px}.u-a h1{font-size:24px;text-align:center;color:#00356b}
.u-i{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.u-a p{line-height:1.9}.u-f{background:#00356b;color:#c9d6e8;text-align:center;font-size:12px;padding:18px}
""",
    html="""
<div class="u-h"><div class="n">江汉理工大学新闻网</div><div><a href="#">学校主页</a> | <a href="#">信息门户</a> | <input type="text" placeholder="站内搜索"></div></div>
<div class="u-nav"><a href="#">首页</a><a href="#">江理要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">学术科研</a><a href="#">校园文化</a><a href="#">媒体江理</a><a href="#">图片新闻</a></div>
<div class="u-w">
<div class="u-s"><div><b>综合新闻</b></div><div><a href="#">教学科研</a></div><div><a href="#">学生工作</a></div><div><a href="#">合作交流</a></div></div>
<div class="u-a">
<div style="font-size:13px">当前位置: <a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</div>
<h1>我校学子在全国大学生机械创新设计大赛中获一等奖</h1>
<div class="u-i">来源：机械工程学院　　作者：文/通讯员 陈雨桐　图/李昊　　发布时间：2023-12-08 15:32　　点击数：1367</div>
@@BODY@@
<p style="text-align:right">（审核：郑文涛　编辑：刘畅）</p>
<p>【<a href="#">关闭窗口</a>】</p>
<p>上一条：<a href="#">学校召开2023年度科研工作总结会</a><br>下一条：<a href="#">我校举办第十二届“江理杯”辩论赛决赛</a></p>
</div>
</div>
<div class="u-f">版权所有 © 江汉理工大学党委宣传部　地址：湖北省荆门市东宝区学苑路1号　邮编：448000<br>鄂ICP备05003892号　鄂公网安备42080202000347号</div>
""",
    pmode="indent",
    body=[
        "近日，第十届全国大学生机械创新设计大赛决赛在西安落下帷幕。我校机械工程学院学生团队设计的“丘陵山地智能采茶机器人”作品从全国1800余支参赛队伍中脱颖而出，荣获全国一等奖，这是我校在该项赛事中取得的最好成绩。",
        "!img 获奖团队合影|获奖团队合影",
        "参赛作品针对丘陵山地茶园地形复杂、人工采茶成本高的问题，采用履带式底盘和视觉识别系统，能够自动识别嫩芽位置并完成采摘，采摘效率是人工的4倍左右。团队由机械设计制造及其自动化专业的5名本科生组成，指导教师为邓建华副教授和唐小雨讲师。",
        "“从选题到样机完成，我们前后改了十几版方案，光是末端夹持机构就试了六种结构。”团队负责人、2020级本科生何思远说，“在茶园现场测试时，我们发现识别系统在逆光下容易出错，又连夜修改了算法。”",
        "近年来，机械工程学院坚持以赛促学、以赛促教，建立了学科竞赛导师制和创新实验室开放制度，学生在各类国家级学科竞赛中获奖数量逐年提升。",
    ]))

# vg-37 贵州 hospital site (2024), bottom-placed info line, closing "（通讯员 …）" inside last paragraph
PAGES.append(dict(
    id="vg-37", kind=I, lang="zh",
    title="我院成功开展首例经导管主动脉瓣置换术",
    authors=["杨秀英", "龙嘉"], publish_time="2024.04.02",
    css="""
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff}
.hs-top{background:#e0f2f1;padding:6px 8%;font-size:12px;color:#00695c}
.hs-h{display:flex;justify-content:space-between;align-items:center;padding:14px 8%}.hs-h b{font-size:24px;color:#00796b}
.hs-nav{background:#00897b}.hs-nav a{display:inline-block;color:#fff;padding:12px 18px}
.hs-c{max-width:880px;margin:24px auto;padding:0 20px}.hs-c h1{font-size:26px;color:#004d40}
.hs-c p{font-size:16px;line-height:1.9}.hs-meta{color:#999;font-size:13px;display:flex;gap:20px;border-top:1px solid #eee;padding-top:10px}
.hs-f{background:#004d40;color:#b2dfdb;font-size:12px;padding:20px 8%}
""",
    html="""
<div class="hs-top">预约挂号热线：0855-8227120　　急诊电话：0855-8227120　　<a href="#">English</a></div>
<div class="hs-h"><b>黔东南州第一人民医院</b><span><a href="#">网上预约</a> · <a href="#">报告查询</a> · <a href="#">长者模式</a></span></div>
<div class="hs-nav"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">招聘信息</a></div>
<div class="hs-c">
<div style="font-size:13px;color:#666">首页 / 新闻中心 / 医院新闻</div>
<h1>我院成功开展首例经导管主动脉瓣置换术</h1>
@@BODY@@
<div class="hs-meta"><span>发布时间：2024.04.02</span><span>来源：心血管内科</span><span>审核：党委宣传部</span><span>浏览：2189</span></div>
<p><a href="#">← 上一篇：我院举办2024年护理技能竞赛</a><br><a href="#">下一篇：世界自闭症日义诊活动走进社区 →</a></p>
</div>
<div class="hs-f">黔东南州第一人民医院 版权所有　地址：贵州省凯里市韶山南路31号<br>黔ICP备11006028号-1　黔公网安备52260102000093号　{img} 扫码关注医院官方微信</div>
""".replace("{img}", img("医院微信二维码")),
    pmode="p",
    body=[
        "近日，我院心血管内科联合心胸外科、麻醉科、超声科等多学科团队，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项技术，标志着我院结构性心脏病介入诊疗水平迈上新台阶。",
        "患者吴奶奶近半年来反复出现胸闷、气促，稍一活动就喘不过气，多次晕厥。入院检查发现，她的主动脉瓣重度狭窄，同时合并慢性肾功能不全，年龄大、基础病多，外科开胸手术风险极高。",
        "经过多学科会诊，团队决定为患者实施TAVR手术。手术在局部麻醉下进行，医生经大腿根部股动脉穿刺，将人工瓣膜通过导管送至心脏，在数字减影血管造影和超声引导下精准释放。整个手术仅用时1个半小时，术后患者症状明显缓解，第二天即可下床活动。",
        "心血管内科主任潘志刚介绍，TAVR手术创伤小、恢复快，为高龄、高危、无法耐受外科手术的主动脉瓣疾病患者带来了新希望。该技术的开展，让州内患者不出州就能享受到优质的心脏介入诊疗服务。（通讯员　杨秀英　龙嘉）",
    ]))

# vg-38 黑龙江 state enterprise group site, 2015 style with tabular info row, author + 摄影 + 审核
PAGES.append(dict(
    id="vg-38", kind=I, lang="zh",
    title="集团公司召开2022年冬季安全供热保障工作会议",
    authors=["曹宏伟"], publish_time="2022-10-11 16:40:21",
    css="""
body{margin:0;font:14px "Microsoft YaHei";background:#f5f5f5}
.qy-h{background:#fff;border-top:5px solid #e60012;padding:14px 50px}.qy-h b{font-size:26px;color:#e60012}
.qy-n{background:#333;padding:0 50px}.qy-n a{display:inline-block;color:#fff;padding:11px 20px}
.qy-c{width:1000px;margin:20px auto;background:#fff;padding:20px 40px}
.qy-c h3{font-size:22px;text-align:center}.qy-t{width:100%;background:#f9f9f9;font-size:12px;color:#666}
.qy-c p{line-height:2}.qy-f{background:#333;color:#999;text-align:center;font-size:12px;padding:18px}
""",
    html="""
<div class="qy-h"><b>北龙能源集团有限公司</b>　<span>BEILONG ENERGY GROUP</span><span style="float:right"><a href="#">OA登录</a> | <a href="#">邮箱</a></span></div>
<div class="qy-n"><a href="#">首页</a><a href="#">集团概况</a><a href="#">新闻中心</a><a href="#">党建工作</a><a href="#">产业板块</a><a href="#">安全生产</a><a href="#">人才招聘</a><a href="#">联系我们</a></div>
<div class="qy-c">
<div>您现在的位置：首页 &gt; 新闻中心 &gt; 集团要闻</div>
<h3>集团公司召开2022年冬季安全供热保障工作会议</h3>
<table class="qy-t"><tr><td>作者：曹宏伟</td><td>摄影：孟凡</td><td>来源：集团办公室</td><td>发布时间：2022-10-11 16:40:21</td><td>点击：</td></tr></table>
@@BODY@@
<p style="text-align:right">（审核：贺建军）</p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="qy-f">北龙能源集团有限公司 版权所有　地址：哈尔滨市南岗区红军街95号　电话：0451-82630871<br>黑ICP备15002718号-1</div>
""",
    pmode="ideo", hmode="ideo-strong",
    body=[
        "10月10日，集团公司召开2022年冬季安全供热保障工作会议，总结上一采暖期供热工作，部署本采暖期安全供热保障任务。集团公司党委书记、董事长魏振东出席会议并讲话，总经理齐海峰主持会议。",
        "!img 会议现场|会议现场",
        "会议指出，上一采暖期，集团所属各热电企业克服煤价高企、极端寒潮等不利因素，累计供热量达到2860万吉焦，供热面积1.12亿平方米，实现了安全稳定供热，得到地方政府和用户的充分肯定。",
        "会议要求，各单位要坚持“保民生、保供热”不动摇，重点抓好以下工作：",
        "- 一是千方百计做好燃煤储备，10月底前电厂存煤达到20天以上用量；",
        "- 二是全面完成机组和管网检修，确保按时点火、按时供热；",
        "- 三是完善应急预案，加强极寒天气和突发故障应急处置演练；",
        "- 四是畅通客服热线，用户诉求24小时内响应处理。",
        "魏振东强调，供热是重大民生工程，各级领导干部要切实扛起责任，以“时时放心不下”的责任感抓好安全供热各项工作，确保广大群众温暖过冬。",
    ]))

# vg-39 北京 association site (2025 minimal design), authors incl. a name with middle dot
PAGES.append(dict(
    id="vg-39", kind=I, lang="zh",
    title="“京城民族手艺”非遗展在民族文化宫开幕",
    authors=["热依拉·艾尔肯", "赵书琪"], publish_time="2025年3月11日",
    css="""
body{margin:0;font-family:"Source Han Sans SC","PingFang SC",sans-serif;color:#1f1f1f;background:#fffdf8}
.as-h{display:flex;justify-content:space-between;padding:20px 10%;border-bottom:1px solid #eadfc8}
.as-h .n{font-size:20px;font-weight:600;color:#8c4a17}.as-h nav a{margin-left:22px;color:#555;text-decoration:none}
.as-a{max-width:720px;margin:40px auto;padding:0 20px}.as-cat{color:#8c4a17;font-size:13px;letter-spacing:2px}
.as-a h1{font-size:30px;line-height:1.35}.as-by{font-size:14px;color:#777}
.as-a p{font-size:17px;line-height:1.95}.as-f{border-top:1px solid #eadfc8;padding:24px 10%;font-size:12px;color:#999}
""",
    html="""
<div class="as-h"><div class="n">北京民族文化交流协会</div><nav><a href="#">首页</a><a href="#">协会动态</a><a href="#">会员风采</a><a href="#">非遗传承</a><a href="#">通知公告</a><a href="#">关于我们</a><a href="#">入会申请</a></nav></div>
<div class="as-a">
<div class="as-cat">协会动态 / NEWS</div>
<h1>“京城民族手艺”非遗展在民族文化宫开幕</h1>
<div class="as-by">2025年3月11日 · 文｜热依拉·艾尔肯　赵书琪 · 图｜协会秘书处</div>
@@BODY@@
<p style="font-size:13px;color:#999">编辑：宋佳　　责任编辑：林晓东</p>
<p style="font-size:13px">分享　<a href="#">微信</a>　<a href="#">微博</a>　<a href="#">复制链接</a></p>
<p><b>延伸阅读</b><br><a href="#">协会第三届会员代表大会召开</a><br><a href="#">2024年度优秀会员名单公布</a></p>
</div>
<div class="as-f">© 2025 北京民族文化交流协会　京ICP备19037752号-1　地址：北京市西城区复兴门内大街49号</div>
""",
    pmode="p", hmode="h3",
    body=[
        "3月10日，由北京民族文化交流协会主办的“京城民族手艺”非物质文化遗产展在民族文化宫开幕。展览汇集了在京生活、工作的18个民族40余位手艺人的300多件作品，将持续至4月10日。",
        "## 一针一线见匠心",
        "展厅里，苗族银饰、蒙古族马头琴、维吾尔族艾德莱斯绸、藏族唐卡、满族剪纸等作品依次陈列。不少手艺人还在现场展示技艺，吸引观众驻足围观。",
        "“我在北京做银饰已经十二年了，最开心的是看到越来越多的年轻人喜欢这些老手艺。”来自贵州雷山的苗族银匠杨师傅一边錾刻一边说。",
        "## 让非遗走进生活",
        "本次展览还设置了互动体验区和文创市集，观众可以学做剪纸、扎染，也可以购买手艺人设计的日用文创产品。协会秘书长表示，协会将继续搭建交流平台，推动各民族优秀传统手艺在首都传承发展、融入现代生活。",
        "展览免费开放，观众可通过协会微信公众号预约参观。",
    ]))

# vg-40 湖北 court site, 2021 template: 案例/法官说法, info bar glued, two authors (one spaced)
PAGES.append(dict(
    id="vg-40", kind=I, lang="zh",
    title="网购“特价机票”被骗 法院判决退还全部款项",
    authors=["邱雯", "彭涛"], publish_time="2021-06-18 09:45",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#f0f0f0}
.ct-h{background:#8b0000;color:#ffd700;padding:18px 40px;font-size:28px}
.ct-n{background:#a40000;padding:0 40px}.ct-n a{display:inline-block;color:#fff;padding:10px 16px}
.ct-w{width:980px;margin:18px auto;background:#fff;padding:22px 40px}.ct-w h2{text-align:center;font-size:24px}
.ct-i{text-align:center;font-size:13px;color:#888;background:#f7f7f7;padding:6px}.ct-w p{line-height:1.95;font-size:16px}
.ct-f{background:#8b0000;color:#fbe;font-size:12px;text-align:center;padding:16px}
""",
    html="""
<div class="ct-h">襄阳市樊城区人民法院<span style="font-size:13px;color:#fff;float:right">无障碍 | 长者模式</span></div>
<div class="ct-n"><a href="#">首页</a><a href="#">法院概况</a><a href="#">法院动态</a><a href="#">审判执行</a><a href="#">司法公开</a><a href="#">案例说法</a><a href="#">诉讼服务</a><a href="#">队伍建设</a></div>
<div class="ct-w">
<div>当前位置：首页 &gt; 案例说法 &gt; 以案释法</div>
<h2>网购“特价机票”被骗 法院判决退还全部款项</h2>
<div class="ct-i">作者：邱雯&nbsp;&nbsp;彭&nbsp;&nbsp;&nbsp;涛发布时间：2021-06-18 09:45来源：樊城区法院【字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</div>
@@BODY@@
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<p>上一篇：<a href="#">樊城法院开展“6·26”国际禁毒日宣传活动</a><br>下一篇：<a href="#">一起民间借贷纠纷案的调解始末</a></p>
</div>
<div class="ct-f">主办：湖北省襄阳市樊城区人民法院　地址：襄阳市樊城区人民路262号　诉讼服务热线：0710-3251020<br>鄂ICP备13008846号-1　鄂公网安备42060602000211号</div>
""",
    pmode="indent", hmode="strong",
    body=[
        "近日，樊城区人民法院审结一起网络服务合同纠纷案，判决某旅行服务公司退还原告购票款及手续费共计4860元。",
        "## 【基本案情】",
        "2020年12月，原告李某在某社交平台看到一则“春节特价机票”广告，称襄阳至三亚往返机票仅需1980元。李某通过广告中的链接添加了客服，按对方要求分两次转账共计4860元。付款后，对方一直未出票，并以“系统升级”“需补交保证金”为由拖延，随后将李某拉黑。",
        "经查，收款账户为被告某旅行服务公司所有。李某多次联系该公司要求退款未果，遂诉至法院。",
        "## 【裁判结果】",
        "法院审理认为，被告通过网络发布机票销售信息并收取款项，双方之间形成网络服务合同关系。被告收款后未履行出票义务，亦未举证证明已提供相应服务，构成根本违约，原告有权解除合同并要求退还已付款项。据此，法院依法作出上述判决。",
        "## 【法官说法】",
        "承办法官提醒，购买机票应通过航空公司官方网站、官方客户端或正规售票平台进行，不要轻信社交平台上的“特价”“内部票”广告，更不要向个人账户或不明账户转账。一旦发现被骗，应及时保存聊天记录、转账凭证等证据，并尽快报警或通过诉讼维护自身权益。",
    ]))
