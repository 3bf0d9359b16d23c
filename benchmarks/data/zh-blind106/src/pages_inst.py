# Institution pages vc-36 .. vc-40. All content invented.
PAGES = []
A = PAGES.append

# vc-36 重庆 university news site, 2021; "文/ 图/ 审核" credits below; 供稿 not author
A(dict(id="vc-36", kind="institution", lang="zh", mode="p",
 title="我校团队在山地城市洪涝灾害预警研究中取得新进展",
 authors=["陈思远", "何蕾"], time="2024-05-28",
 css="""body{margin:0;font-family:"Microsoft YaHei"}.u-h{background:#0f3f77;color:#fff;padding:18px 8%}.u-h .nm{font-size:28px;letter-spacing:4px}
.u-n{background:#0c3363}.u-n a{color:#fff;display:inline-block;padding:12px 20px}.u-c{width:1100px;margin:24px auto;display:flex;gap:30px}
.u-l{width:220px;background:#f2f5f9}.u-l li{padding:8px}.u-a{flex:1}.u-a h1{font-size:24px;text-align:center;color:#0f3f77}
.u-info{text-align:center;font-size:13px;color:#999;background:#f7f7f7;padding:8px}.u-a p{line-height:2;font-size:16px;text-indent:2em}.u-f{background:#0f3f77;color:#cfd8e3;text-align:center;font-size:12px;padding:20px}""",
 tpl="""<div class="u-h"><span class="nm">重庆大学新闻网</span> <span style="float:right"><a href="#">学校主页</a> | <a href="#">English</a> | <a href="#">投稿系统</a></span></div>
<div class="u-n"><a href="#">首页</a><a href="#">重大要闻</a><a href="#">综合新闻</a><a href="#">学术动态</a><a href="#">媒体重大</a><a href="#">图说重大</a><a href="#">校园人物</a></div>
<div class="u-c"><div class="u-l"><h3>学术动态</h3><ul><li>科研进展</li><li>学术讲座</li><li>学术会议</li></ul></div>
<div class="u-a">
<p>您的位置：<a href="#">首页</a> &gt; <a href="#">学术动态</a> &gt; 科研进展</p>
<h1>{TITLE}</h1>
<div class="u-info">发布日期：2024-05-28　　来源：土木工程学院　　作者：陈思远 何蕾　　点击：1842</div>
{BODY}
<p class="cr" style="text-indent:0">图/土木工程学院　编辑/王梓涵　审核/刘建华</p>
<p class="pn" style="text-indent:0">上一条：<a href="#">我校举办第十届研究生学术文化节</a><br>下一条：<a href="#">学校召开2024年本科教学工作会议</a></p>
</div></div>
<div class="u-f">版权所有 © 重庆大学党委宣传部　地址：重庆市沙坪坝区沙正街174号<br>渝ICP备05003344号　渝公网安备50010602500873号</div>""",
 body=[
 "近日，我校土木工程学院智慧防灾团队在山地城市洪涝灾害预警研究中取得新进展，相关成果以《基于多源数据融合的山地城市内涝快速预报方法》为题，发表在水文学领域国际期刊上。",
 "山地城市地形起伏大、汇流时间短，暴雨引发的内涝往往来势急、预警难。传统水动力模型计算精度高，但耗时较长，难以满足实时预警需求。",
 "团队将物理模型与深度学习方法相结合，融合雷达降雨、地形、排水管网和城市视频监控等多源数据，构建了内涝快速预报模型。在重庆主城区的应用测试表明，该模型可在3分钟内完成未来2小时内涝积水深度预测，准确率达到87%以上，预报速度比传统模型提高了约100倍。",
 "“我们的目标是让预警信息提前到达市民手机上，为人员转移和交通管控争取时间。”论文通讯作者、土木工程学院教授张文海说。",
 "目前，该模型已在我市两个区的城市运行管理平台上试运行。研究得到国家自然科学基金、重庆市自然科学基金等项目的资助。",
 ]))

# vc-37 辽宁 hospital site, 2019; "通讯员" in info bar, body with list; 审核 line
A(dict(id="vc-37", kind="institution", lang="zh", mode="p", htag="h3",
 title="我院成功开展省内首例机器人辅助下经口甲状腺切除术",
 authors=["邹婷", "常宇"], time="2024-03-19 14:22",
 css=""".hp-h{display:flex;justify-content:space-between;padding:14px 50px;border-bottom:3px solid #009688}.hp-h b{color:#00796b;font-size:24px}
.hp-n a{padding:10px 14px;display:inline-block;color:#00796b}.hp-w{width:1000px;margin:auto}.hp-w h2{font-size:24px;text-align:center}
.hp-i{font-size:13px;color:#888;text-align:center}.hp-w p{line-height:1.9;font-size:16px}.hp-w h3{font-size:16px;color:#00796b}.hp-f{background:#004d40;color:#b2dfdb;font-size:12px;padding:20px 50px}""",
 tpl="""<div class="hp-h"><b>中国医科大学附属第一医院（示例）</b><span>预约挂号：0241-2396XXXX　<a href="#">就医指南</a> <a href="#">English</a></span></div>
<div class="hp-n"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">患者服务</a><a href="#">科研教学</a><a href="#">党建园地</a></div>
<div class="hp-w">
<p>当前位置：首页 » 新闻中心 » 医院新闻</p>
<h2>{TITLE}</h2>
<p class="hp-i">作者：通讯员 邹婷 常宇　|　发布时间：2024-03-19 14:22　|　浏览：3306次</p>
{BODY}
<p class="sh" style="text-align:right">审核：甲状腺外科 吕健　　编辑：宣传部</p>
<p>分享到：<a href="#">微信</a> <a href="#">微博</a></p>
<p><img alt="医院公众号" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">扫码关注医院官方微信</p>
</div>
<div class="hp-f">地址：沈阳市和平区南京北街155号（示例）　邮编：110001<br>辽ICP备05016387号-1　辽公网安备21010202000419号　Copyright © 2024 版权所有</div>""",
 body=[
 "近日，我院甲状腺外科团队在达芬奇手术机器人辅助下，为一名28岁女性患者成功实施经口腔前庭入路甲状腺切除术。这是省内首例此类手术，标志着我院甲状腺微创外科技术迈上新台阶。",
 "患者小李半年前体检发现甲状腺结节，经穿刺确诊为甲状腺乳头状癌。由于从事主持工作，她非常担心颈部留下疤痕。经过多学科讨论，团队决定为其实施机器人辅助下经口甲状腺切除术。",
 "## 手术“藏”在口腔里",
 "该术式通过下唇内侧的3个小切口置入机器人器械，完成甲状腺切除和淋巴结清扫，体表不留任何疤痕。机器人系统提供高清三维视野，机械臂可以540度旋转，能够精准保护喉返神经和甲状旁腺。",
 "手术历时2小时，出血量不足10毫升。术后第2天，患者即可正常进食，第4天顺利出院。",
 "## 适合哪些患者",
 "- 对颈部美观有较高要求的患者；",
 "- 甲状腺良性结节直径不超过4厘米；",
 "- 早期分化型甲状腺癌且无广泛淋巴结转移者。",
 "专家提醒，是否适合该术式需经专科医生全面评估后决定。",
 ]))

# vc-38 江苏 intermediate court site, 2022; info bar above headline with 作者 and 来源; photos
A(dict(id="vc-38", kind="institution", lang="zh", mode="div",
 title="南京中院发布2023年度知识产权司法保护十大典型案例",
 authors=["李晨曦"], time="2024-04-25 10:30:00 星期四",
 css=""".ct-h{background:#8b0000;color:#fde68a;padding:20px 60px;font-size:28px}.ct-n{background:#a30d0d}.ct-n a{color:#fff;padding:10px 16px;display:inline-block}
.ct-w{width:1000px;margin:20px auto}.ct-meta{color:#777;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}.ct-w h1{font-size:26px;text-align:center;color:#8b0000}
.para{line-height:2;font-size:16px;text-indent:2em;margin:6px 0}.ct-f{background:#8b0000;color:#fff;font-size:12px;text-align:center;padding:16px}""",
 tpl="""<div class="ct-h">江苏省南京市中级人民法院<div style="font-size:13px"><a href="#">诉讼服务网</a> | <a href="#">审判流程公开</a> | <a href="#">无障碍</a></div></div>
<div class="ct-n"><a href="#">首页</a><a href="#">法院概况</a><a href="#">新闻中心</a><a href="#">审判动态</a><a href="#">典型案例</a><a href="#">诉讼指南</a><a href="#">法院文化</a></div>
<div class="ct-w">
<p>首页 &gt; 新闻中心 &gt; 法院要闻</p>
<div class="ct-meta">2024-04-25 10:30:00 星期四　　作者：李晨曦　　来源：南京中院　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<h1>{TITLE}</h1>
{BODY}
<p>【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</p>
<div class="rel"><b>相关文章</b><br>· <a href="#">南京中院召开知识产权审判工作新闻发布会</a><br>· <a href="#">南京知识产权法庭审结首例数据抓取不正当竞争案</a></div>
</div>
<div class="ct-f">江苏省南京市中级人民法院 版权所有　地址：南京市建邺区江东中路（示例）<br>苏ICP备05011826号　诉讼服务热线：12368</div>""",
 body=[
 "4月24日，南京市中级人民法院召开新闻发布会，通报2023年度全市法院知识产权审判工作情况，并发布十大典型案例。",
 "! 新闻发布会现场 | 新闻发布会现场。",
 "2023年，全市法院共受理各类知识产权案件1.52万件，审结1.48万件，同比分别增长8.6%和9.1%。其中，涉及芯片、生物医药、人工智能等新领域新业态案件明显增多。",
 "## 部分典型案例",
 "| 序号 | 案件名称 | 类型",
 "| 1 | 某半导体公司诉某科技公司侵害集成电路布图设计专有权纠纷案 | 民事",
 "| 2 | 某网络公司诉某数据公司不正当竞争纠纷案 | 民事",
 "| 3 | 张某等侵犯著作权罪案 | 刑事",
 "发布会上，南京中院副院长周晓军介绍，十大典型案例涵盖专利、商标、著作权、不正当竞争、垄断及知识产权犯罪等多个类型，对加大惩罚性赔偿适用力度、保护数据权益等问题作出了积极探索。",
 "“我们将持续强化知识产权司法保护，为创新驱动发展营造良好法治环境。”周晓军说。",
 ]))

# vc-39 西藏 state-owned enterprise site (国网西藏电力-like), 2024; 作者 plus 通讯员 mixed; 供稿部门
A(dict(id="vc-39", kind="institution", lang="zh", mode="indent",
 title="藏中电网迎峰度冬保供电“战时”机制全面启动",
 authors=["强巴卓玛", "刘建波"], time="2024.12.02",
 css=""".sg-h{background:#00695c;color:#fff;padding:12px 5%;display:flex;gap:24px;align-items:center}.sg-h b{font-size:22px}
.sg-w{max-width:980px;margin:24px auto}.sg-w h1{font-size:26px;line-height:1.4}.sg-chip{display:inline-block;background:#e0f2f1;color:#00695c;padding:2px 8px;font-size:12px}
.sg-m{color:#888;font-size:13px;margin:8px 0 20px}.sg-w p{line-height:2;font-size:16px}.sg-f{background:#263238;color:#90a4ae;font-size:12px;padding:24px 5%}""",
 tpl="""<div class="sg-h"><b>国网西藏电力有限公司</b><a href="#">首页</a><a href="#">公司概况</a><a href="#">新闻中心</a><a href="#">电网建设</a><a href="#">供电服务</a><a href="#">社会责任</a><a href="#">党建工作</a><input type="text" placeholder="站内搜索"></div>
<div class="sg-w">
<span class="sg-chip">公司要闻</span>
<h1>{TITLE}</h1>
<div class="sg-m">2024.12.02 | 供稿部门：设备管理部 | 作者：强巴卓玛　通讯员：刘建波</div>
{BODY}
<p class="e">【责任编辑：周雅琴】</p>
<div class="nx">上一篇：<a href="#">公司召开2024年安全生产工作推进会</a>　下一篇：<a href="#">那曲供电公司开展冬季送电下乡活动</a></div>
</div>
<div class="sg-f">国网西藏电力有限公司 版权所有<br>藏ICP备11000036号-1　藏公网安备54010202000239号　供电服务热线：95598</div>""",
 body=[
 "12月1日，国网西藏电力有限公司召开迎峰度冬保供电工作部署会，宣布藏中电网迎峰度冬保供电“战时”机制全面启动，持续至2025年3月底。",
 "今冬明春，受气温偏低、采暖负荷增长等因素影响，藏中电网最大负荷预计达到268万千瓦，同比增长约11%。同时，枯水期水电出力下降，电力供应面临较大压力。",
 "为确保电网安全稳定运行和群众温暖过冬，公司采取了一系列措施：",
 "- 加强电源调度，统筹水电、光伏、储能等各类电源，最大限度争取外来电力支援；",
 "- 开展设备隐患排查，累计排查输变电设备1.6万余台次，消除缺陷432处；",
 "- 在拉萨、日喀则、山南等地储备应急发电车28台、抢修队伍96支。",
 "“我们实行24小时应急值守，确保一旦发生故障，城区1小时内、农牧区4小时内抢修人员到达现场。”公司设备管理部负责人达瓦次仁说。",
 ]))

# vc-40 辽宁 association (消费者协会), 2014-era; 消费警示 with no writer -> authors []
A(dict(id="vc-40", kind="institution", lang="zh", mode="p", htag="strong",
 title="辽宁省消费者协会发布“双十一”网购消费提示",
 authors=[], time="2024年11月05日 09:00",
 css="""body{background:#f0f4f8;font-size:14px}.xh{width:990px;margin:auto;background:#fff}.xh-h{background:#f57c00;color:#fff;height:100px;font-size:30px;padding:30px}
.xh-n a{display:inline-block;width:110px;text-align:center;line-height:36px;background:#ffe0b2}.xh-t{text-align:center;font-size:22px;font-weight:bold;margin:20px}
.xh-i{text-align:center;color:#999}.xh-c{padding:10px 40px}.xh-c p{line-height:2;text-indent:2em}.xh-f{text-align:center;color:#777;font-size:12px;border-top:1px solid #ddd;padding:16px}""",
 tpl="""<div class="xh">
<div class="xh-h">辽宁省消费者协会<br><small style="font-size:13px">投诉咨询电话：12315</small></div>
<div class="xh-n"><a href="#">首页</a><a href="#">协会概况</a><a href="#">工作动态</a><a href="#">消费警示</a><a href="#">投诉公示</a><a href="#">比较试验</a><a href="#">法律法规</a><a href="#">在线投诉</a></div>
<p>当前位置：首页 → 消费警示</p>
<div class="xh-t">{TITLE}</div>
<div class="xh-i">来源：辽宁省消费者协会　　发布日期：2024年11月05日 09:00　　阅读次数：1527</div>
<div class="xh-c">
{BODY}
</div>
<p align="center"><a href="#">【打印】</a> <a href="#">【关闭】</a></p>
<div class="xh-f">主办：辽宁省消费者协会　地址：沈阳市（示例）　邮编：110000<br>辽ICP备08100312号</div>
</div>""",
 body=[
 "“双十一”网购促销季来临，各大电商平台纷纷推出预售、满减、直播带货等活动。为帮助消费者理性消费、避免“踩坑”，辽宁省消费者协会发布如下消费提示：",
 "## 一、看清规则，警惕“先涨后降”",
 "部分商家在促销前抬高价格再打折，消费者可提前关注心仪商品的历史价格，理性看待“限时秒杀”“全网最低”等宣传。预售商品要看清定金是否可退、尾款支付时间等规则。",
 "## 二、选择正规平台，谨防网络诈骗",
 "不要轻信“退款理赔”“刷单返利”等电话和短信，不点击来历不明的链接，不向陌生账户转账。交易时尽量通过平台内支付，保留聊天记录、订单截图等凭证。",
 "## 三、直播购物要理性",
 "观看直播购物时，不要被主播“饥饿营销”话术诱导冲动下单。对于主播私下引导线下交易的，要提高警惕。",
 "## 四、依法维权",
 "收到商品后及时验货，发现质量问题要第一时间与商家协商。协商不成的，可拨打12315热线或通过全国12315平台投诉。",
 ]))
