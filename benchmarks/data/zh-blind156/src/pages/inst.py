# institution pages ta-36 .. ta-40: university, hospital, state enterprise, association, court
from build import e, img

def T36(p, b):  # 宁夏 university news site, 2019
    return f'''<div class="u-top">{img("宁夏大学")}<span>新闻网</span><div class="u-l"><a>学校首页</a> <a>信息门户</a> <a>English</a></div></div>
<div class="u-nav"><a>首页</a><a>宁大要闻</a><a>综合新闻</a><a>学术动态</a><a>媒体宁大</a><a>视频宁大</a></div>
<div class="u-pos">当前位置: <a>首页</a> &gt;&gt; <a>综合新闻</a> &gt;&gt; 正文</div>
<div class="u-art"><h1>{e(p["title"])}</h1>
<div class="u-info">作者：农学院 邵  琪 &nbsp; 来源：农学院 &nbsp; 发布时间：2019-06-27 &nbsp; 点击数：[1563]</div>
<div class="u-con">{b}</div><div class="u-ed">审核：李东　编辑：韩雪</div></div>
<div class="u-ft">版权所有 © 宁夏大学党委宣传部　地址：宁夏银川市西夏区贺兰山西路xxx号　宁ICP备05000xxx号</div>'''

P36 = dict(id="ta-36", kind="institution", tpl=T36, title="农学院师生赴西吉开展马铃薯种薯繁育技术服务",
  authors=["邵琪"], date="2019-06-27", pmode="p", indent=True,
  css=".u-nav a{padding:6px 12px;background:#024;color:#fff} h1{text-align:center} .u-info{text-align:center;color:#888}",
  body=[("p", "6月24日至26日，农学院组织马铃薯研究团队师生一行12人，赴西吉县开展马铃薯种薯繁育技术服务活动。"),
        ("p", "服务团队先后来到将台堡镇、硝河乡等地的种薯繁育基地，深入田间查看马铃薯出苗和长势情况，针对部分地块出现的晚疫病早期症状，现场讲解病害识别和防治方法，并指导农户科学施肥、合理灌溉。"),
        ("p", "在脱毒种薯组培中心，团队教师与企业技术人员就原原种生产中的脱毒检测、温室管理等问题进行了深入交流，并就共建实践教学基地达成初步意向。"),
        ("p", "参加活动的研究生王晓东说：“把论文写在大地上，在田间地头才真正体会到所学知识的价值。”"),
        ("p", "据悉，农学院马铃薯研究团队多年来扎根宁南山区，累计选育马铃薯新品种6个，推广脱毒种薯繁育技术，为当地马铃薯产业发展提供了有力科技支撑。")])

def T37(p, b):  # 安徽 hospital site, 2022, 通讯员 + 摄影 + 审核
    return f'''<div class="h-top">{img("安徽医科大学第一附属医院")}<span class="tel">预约挂号：0551-6292xxxx</span><span class="h-a"><a>网上预约</a><a>门诊排班</a><a>来院导航</a></span></div>
<div class="h-menu"><a>医院概况</a><a>新闻中心</a><a>就医指南</a><a>科室导航</a><a>专家介绍</a><a>健康科普</a><a>党建园地</a></div>
<div class="h-w"><div class="h-bc">首页 · 新闻中心 · 医院新闻</div>
<h2 class="h-tt">{e(p["title"])}</h2>
<div class="h-inf">【发布时间：2022年08月19日】【来源：心血管内科】【作者：通讯员 吴佳佳】【摄影：陶然】</div>
<div class="h-ct">{b}</div><div class="h-sh">审核：党委宣传部　分享至：微信 微博</div></div>
<div class="h-ft">地址：合肥市蜀山区xxx路xxx号　邮编：230022　皖ICP备05003xxx号　皖公网安备34010402700xxx号</div>'''

P37 = dict(id="ta-37", kind="institution", tpl=T37, title="我院成功为一名98岁高龄患者实施无导线起搏器植入术",
  authors=["吴佳佳"], date="2022年08月19日", pmode="p", indent=True,
  css=".h-menu a{padding:6px 14px} .h-tt{text-align:center;color:#057} .h-inf{text-align:center;font-size:12px;color:#999}",
  body=[("p", "近日，我院心血管内科团队为一名98岁的缓慢性心律失常患者成功实施无导线起搏器植入术，手术历时约40分钟，患者术后恢复良好，目前已康复出院。"),
        ("p", "患者张奶奶因反复头晕、乏力伴短暂意识丧失入院，经检查诊断为高度房室传导阻滞，心率最低每分钟仅32次，随时可能发生心脏骤停，需尽快植入心脏起搏器。但患者年龄大、皮肤菲薄、合并多种基础疾病，传统起搏器需在胸前制作囊袋并放置导线，感染和囊袋破溃风险较高。"),
        ("p", "经过科室讨论，团队决定为患者植入无导线起搏器。这种起搏器体积仅约一枚胶囊大小，通过股静脉穿刺直接送入右心室并固定，无需囊袋和导线，创伤小、恢复快。"),
        ("img", "手术现场", "手术现场"),
        ("p", "心血管内科主任介绍，无导线起搏器尤其适用于高龄、体弱以及有感染高危因素的患者。截至目前，科室已累计开展无导线起搏器植入术60余例。")])

def T38(p, b):  # 云南 state enterprise site, 2024 corporate design, date with dots 2024.05.09
    return f'''<div class="c-hd">{img("云南某某能源投资集团")}<ul><li>首页</li><li>走进集团</li><li>新闻中心</li><li>业务板块</li><li>党的建设</li><li>社会责任</li><li>人才招聘</li></ul><a>EN</a></div>
<div class="c-banner">{img("新闻中心")}<p>新闻中心 NEWS</p></div>
<div class="c-sub"><a>集团要闻</a><a class="on">基层动态</a><a>媒体聚焦</a><a>通知公告</a></div>
<div class="c-d"><div class="c-path">首页 / 新闻中心 / 基层动态</div><h1>{e(p["title"])}</h1>
<div class="c-meta"><span>2024.05.09</span><span>浏览量：822</span></div>
<div class="c-text">{b}</div>
<div class="c-pg"><p>上一篇：集团召开2024年一季度经济运行分析会</p><p>下一篇：澜沧江某某水电站完成年度检修</p></div></div>
<div class="c-ft"><p>云南某某能源投资集团有限公司　地址：云南省昆明市xxx路xxx号</p><p>Copyright © 2024 All Rights Reserved　滇ICP备1900xxxx号-1</p></div>'''

P38 = dict(id="ta-38", kind="institution", tpl=T38, title="集团首个“光伏+储能”项目在楚雄并网发电",
  authors=["杨  旭".replace("  ", ""), "李晓娟"], date="2024.05.09", pmode="div",
  css=".c-hd li{display:inline-block;margin:0 16px} .c-banner{height:200px;background:#0a3d62;color:#fff} .c-meta span{margin-right:20px;color:#999}",
  body=[("p", "5月8日，集团所属新能源公司投资建设的楚雄某某“光伏+储能”项目顺利实现全容量并网发电，这是集团首个配套建设电化学储能设施的新能源项目。"),
        ("p", "项目位于楚雄彝族自治州牟定县，装机容量15万千瓦，配套建设2.25万千瓦/4.5万千瓦时储能电站。项目采用“农光互补”模式，在光伏板下种植中药材和牧草，实现土地立体化利用。项目投产后，预计年均发电量约2.1亿千瓦时，每年可节约标准煤约6.4万吨，减少二氧化碳排放约17万吨。"),
        ("p", "项目建设过程中，参建各方克服雨季施工、山地地形复杂等困难，倒排工期、挂图作战，比计划提前一个月实现并网目标。"),
        ("p", "下一步，新能源公司将加强项目运维管理，持续提升设备可靠性，确保项目安全稳定运行，为云南打造绿色能源强省贡献力量。（杨旭 李晓娟）")])

def T39(p, b):  # 天津 association site, 2013 simple, 协会动态; author line at end "（供稿：秘书处 撰稿：X）"
    return f'''<div class="a-top"><span class="a-n">天津市某某行业协会</span><span class="a-d">今天是2013年11月 欢迎您！</span></div>
<div class="a-menu">协会首页 | 协会简介 | 协会动态 | 政策法规 | 会员风采 | 入会指南 | 联系我们</div>
<div class="a-box"><div class="a-lo">协会动态 &gt;&gt; 详细内容</div>
<div class="a-t">{e(p["title"])}</div><div class="a-i">添加时间：2013-11-22　阅读次数：143</div>
<div class="a-c">{b}</div></div>
<div class="a-f">地址：天津市河西区xxx路xxx号　电话：022-2333xxxx　津ICP备1300xxxx号</div>'''

P39 = dict(id="ta-39", kind="institution", tpl=T39, title="协会召开2013年度会员单位安全生产经验交流会",
  authors=["郑  秀".replace("  ", "")], date="2013-11-22", pmode="br", indent=True,
  css=".a-menu{background:#336;color:#fff} .a-t{font-size:18px;font-weight:bold;text-align:center;color:#036}",
  body=[("p", "11月21日，协会在河西区召开2013年度会员单位安全生产经验交流会，来自全市40余家会员单位的安全管理负责人参加会议。"),
        ("p", "会上，三家会员单位分别介绍了在安全生产标准化建设、员工安全培训和隐患排查治理等方面的经验做法。其中，一家企业推行的“班前五分钟安全讲话”制度和“隐患随手拍”奖励办法，得到与会代表的一致认可。"),
        ("p", "协会会长在讲话中指出，安全生产是企业发展的生命线，各会员单位要牢固树立安全发展理念，严格落实企业安全生产主体责任，加大安全投入，加强冬季防火、防冻、防滑等工作，确保年末岁初安全形势稳定。"),
        ("p", "会议还通报了协会2013年安全生产检查情况，并对下一年度行业安全培训工作进行了安排，要求各会员单位于12月底前报送年度安全工作总结。"),
        ("x", "（供稿：协会秘书处　撰稿：郑  秀）")])

def T40(p, b):  # 安徽 basic-level court site, 2021, 法院新闻; byline "文/X 王  静"
    return f'''<div class="ct-top">{img("法徽")}<b>安徽省宣城市宣州区人民法院</b><span>公正 司法为民</span></div>
<div class="ct-nav"><a>首页</a><a>法院概况</a><a>审判动态</a><a>审务公开</a><a>诉讼服务</a><a>法官风采</a><a>执行公开</a></div>
<div class="ct-w"><div class="ct-wz">您所在的位置：首页 &gt; 审判动态 &gt; 法院新闻</div>
<h1>{e(p["title"])}</h1>
<div class="ct-mt">发布时间:2021-10-15 10:23:47　作者:王  静　张  超　来源:宣州区法院　浏览:[604]</div>
<div class="ct-bd">{b}</div>
<div class="ct-bt">【<a>字号：大 中 小</a>】【<a>打印</a>】【<a>关闭</a>】</div></div>
<div class="ct-ft">安徽省宣城市宣州区人民法院　地址：宣城市宣州区xxx路xxx号　诉讼服务热线：12368<br>皖ICP备0900xxxx号</div>'''

P40 = dict(id="ta-40", kind="institution", tpl=T40, title="宣州法院开展“金秋助农”巡回审判活动",
  authors=["王静", "张超"], date="2021-10-15 10:23:47", pmode="p", indent=True,
  css=".ct-nav a{padding:6px 14px;background:#8b0000;color:#fff} h1{text-align:center} .ct-mt{text-align:center;font-size:12px;color:#666}",
  body=[("p", "10月14日，宣州区人民法院在水东镇开展“金秋助农”巡回审判活动，将法庭搬到田间地头，公开开庭审理了一起农资买卖合同纠纷案件，吸引了附近100余名村民旁听。"),
        ("p", "原告是一名种植大户，去年从被告处购买了一批水稻种子，播种后出现出苗率低、稻穗不实等问题，造成减产。双方协商未果，原告诉至法院，要求被告赔偿损失。"),
        ("p", "庭审中，双方围绕种子质量、损失数额等焦点问题进行了举证质证和辩论。在法官主持下，双方最终当庭达成调解协议，由被告一次性赔偿原告各项损失3.8万元。"),
        ("p", "庭审结束后，承办法官结合案情，向旁听村民讲解了购买种子、化肥、农药时要注意查验产品标签和合格证、保存好购买凭证等法律知识，并现场解答了村民关于土地流转、劳务报酬等方面的法律咨询。"),
        ("p", "“在家门口就能听到庭审，学到了不少法律知识。”旁听的村民说。")])

PAGES = [P36, P37, P38, P39, P40]
