from lib import *

# zc-29 university news (Lanzhou Jiaotong University style), 文/图 + 审核 at end
@page('zc-29')
def p29():
    title = '我校在第十四届全国大学生交通运输科技大赛中获佳绩'
    items = [
        '近日，第十四届全国大学生交通运输科技大赛决赛在北京交通大学举行。我校交通运输学院选送的3件作品从全国89所高校的600余件作品中脱颖而出，获得一等奖1项、二等奖2项，学校获“优秀组织奖”。',
        '获得一等奖的作品《基于北斗的高原铁路轨道状态智能巡检系统》，由交通运输学院2021级本科生马骁、王子涵等5名同学完成，指导教师为张晓燕副教授。该作品针对青藏铁路高寒缺氧、人工巡检困难的实际问题，研发了一套低成本、低功耗的智能巡检装置，已在格尔木工务段开展试用。',
        '全国大学生交通运输科技大赛由中国交通运输协会、教育部高等学校交通运输类专业教学指导委员会主办，是交通运输领域规模最大、影响最广的大学生科技竞赛之一。',
        '近年来，学校坚持以赛促学、以赛促创，不断完善学科竞赛管理与激励机制，学生创新实践能力持续提升。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#003a8c} .art{width:900px;margin:0 auto}'
    body = f'''<div class="topbar"><div class="w">{links(['信息门户','图书馆','校历','English'],' | ')}<span style="float:right"><input placeholder="请输入关键字"></span></div></div>
<div class="w" style="padding:14px 0;font-size:30px;color:#003a8c">兰州交通大学新闻网</div>
<div class="nav"><div class="w">{links(['首页','交大要闻','综合新闻','院部动态','学术动态','媒体交大','交大人物','视频交大'])}</div></div>
<div class="art">
<div class="crumb">当前位置: <a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1>{e(title)}</h1>
<div class="info">发布时间：2024年08月26日 16:30　点击：[<span>1538</span>]　来源：交通运输学院</div>
{bh}
<p style="text-align:center"><img src="data:," alt="获奖学生合影" width="600" height="10"></p>
<p style="text-align:center">获奖学生合影</p>
<p style="text-align:right">文/图：交通运输学院 赵  敏</p>
<p style="text-align:right">审核：李建国</p>
<p style="text-align:right">编辑：宣传部 孙 悦</p>
<p>上一条：<a href="#">学校召开2024年暑期安全稳定工作会议</a></p><p>下一条：<a href="#">我校新增两个国家级一流本科专业建设点</a></p>
<p>【<a href="#">关闭</a>】</p>
</div>
<div class="foot">版权所有：兰州交通大学党委宣传部　地址：甘肃省兰州市安宁西路88号　邮编：730070<br>陇ICP备05000296号　甘公网安备 62010502000123号</div>'''
    return doc(title + '-兰州交通大学新闻网', css, body), gold('zc-29', title, ['赵敏'], '2024年08月26日 16:30', bg)

# zc-30 intermediate court: 通讯员 in info bar, 作者：X 通讯员 — wait use "作者：" field
@page('zc-30')
def p30():
    title = '一棵古树引发的纠纷：法官实地勘查化解邻里矛盾'
    items = [
        '“这棵老槐树是我爷爷栽的，一百多年了，说什么也不能砍！”“树根把我家墙都顶裂了，下雨天屋里漏水，不砍怎么办？”近日，一起因古树引发的相邻关系纠纷在法官的调解下圆满化解。',
        '原告王某与被告陈某系邻居。陈某院内有一棵树龄约120年的国槐，近年来树根不断向外延伸，导致王某房屋西墙出现裂缝。双方多次协商未果，王某遂诉至洛宁县人民法院，要求陈某砍伐该树并赔偿损失。',
        '承办法官了解到，该国槐已被列入县级古树名木保护名录，不能随意砍伐。为查明情况，法官邀请林业部门技术人员、村干部一同到现场勘查，确认了房屋受损系树根挤压所致。',
        '勘查结束后，法官就地组织调解，一边释明古树名木保护的法律规定，一边从邻里情谊入手做双方工作。最终，双方达成调解协议：由林业部门对古树根系进行隔离保护处理，陈某一次性补偿王某房屋维修费用8000元。',
        '法官提醒：相邻各方应当按照有利生产、方便生活、团结互助、公平合理的原则处理相邻关系。古树名木受法律保护，遇到类似纠纷应通过协商或法律途径解决，切勿私自砍伐。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#8b0000}'
    body = f'''<div class="topbar"><div class="w">河南法院网 | 洛阳市中级人民法院<span style="float:right">无障碍 | 关怀版</span></div></div>
<div class="w" style="padding:16px 0;font-size:28px;color:#8b0000">洛宁县人民法院 <small style="font-size:14px">公正司法 司法为民</small></div>
<div class="nav"><div class="w">{links(['首页','法院概况','审判动态','诉讼服务','执行公开','以案说法','队伍建设','联系我们'])}</div></div>
<div class="w crumb">您的位置：首页 &gt; 以案说法</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info">作者：杨晓阳 吴  涛　发布时间：2023-07-05 10:08:21　【<a href="#">字体：大 中 小</a>】　打印本页</div>
{bh}
<p style="text-align:right">（责任编辑：刘 洋）</p>
<p>关闭窗口</p>
</div>
<div class="foot">版权所有：洛宁县人民法院　地址：洛宁县永宁大道<br>豫ICP备10201234号-2　诉讼服务热线：12368</div>'''
    return doc(title, css, body), gold('zc-30', title, ['杨晓阳', '吴涛'], '2023-07-05 10:08:21', bg)

# zc-31 hospital 招聘公告 with positions table
@page('zc-31')
def p31():
    title = '九江市第一人民医院2025年公开招聘编外专业技术人员公告'
    items = [
        '因医院发展需要，经研究决定，面向社会公开招聘编外专业技术人员36名。现将有关事项公告如下：',
        ('h', '一、招聘岗位及人数'),
        ('table', [['岗位名称', '人数', '学历要求', '专业要求', '其他条件'],
                   ['临床医师', '12', '硕士研究生及以上', '临床医学', '取得执业医师资格证'],
                   ['护理', '18', '大专及以上', '护理学', '取得护士执业资格证'],
                   ['医学影像技师', '4', '本科及以上', '医学影像技术', '35周岁以下'],
                   ['药剂', '2', '本科及以上', '药学、临床药学', '35周岁以下']]),
        ('h', '二、报名方式'),
        '报名时间：2025年3月10日至3月21日（工作日8:00-12:00，14:30-17:30）。报名地点：医院门诊楼六楼人力资源部。应聘人员需携带身份证、学历学位证书、资格证书原件及复印件，近期免冠一寸照片2张。',
        ('h', '三、考试考核'),
        '考试采取笔试和面试相结合的方式，笔试、面试成绩分别按40%、60%计入总成绩。具体时间地点另行通知。',
        ('h', '四、薪酬待遇'),
        '聘用人员与医院签订劳动合同，按医院编外人员薪酬管理办法发放工资，依法缴纳社会保险和住房公积金。',
        '咨询电话：0792-8591234（人力资源部）',
        '附件：九江市第一人民医院2025年编外人员招聘报名表',
        ('c', '九江市第一人民医院'),
        ('c', '2025年3月5日'),
    ]
    bh, bg = render(items)
    css = BASE_CSS + '.nav{background:#0a7f8c}'
    body = f'''<div class="topbar"><div class="w">预约挂号 | 报告查询 | 院内导航<span style="float:right">服务热线：0792-8591000</span></div></div>
<div class="w" style="padding:14px 0;font-size:28px;color:#0a7f8c">九江市第一人民医院 <small style="font-size:13px">THE FIRST PEOPLE'S HOSPITAL OF JIUJIANG</small></div>
<div class="nav"><div class="w">{links(['首页','医院概况','新闻中心','科室导航','专家介绍','就医指南','人才招聘','党建园地'])}</div></div>
<div class="w crumb">当前位置：首页 / 人才招聘 / 招聘信息</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info">发布者：人力资源部　　发布时间：2025-03-05　　阅读：9,842次</div>
{bh}
<p><a href="#">📎 报名表.docx</a></p>
<div><h4>最新招聘</h4>{ul(['2025年住院医师规范化培训招收简章','2024年公开招聘拟聘用人员名单公示'])}</div>
</div>
<div class="foot">九江市第一人民医院 版权所有　地址：江西省九江市浔阳区塔岭南路48号　赣ICP备12001234号</div>'''
    return doc(title, css, body), gold('zc-31', title, [], '2025-03-05', bg)
