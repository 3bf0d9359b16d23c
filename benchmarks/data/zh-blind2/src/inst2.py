from lib import *

# zc-32 county 融媒体中心 (Cangxi, Sichuan): byline inside first paragraph
@page('zc-32')
def p32():
    title = '苍溪红心猕猴桃开园采摘 首批鲜果发往长三角'
    items = [
        '苍溪县融媒体中心讯（记者 何 雨 通讯员 蒲建军）8月28日，2024年苍溪红心猕猴桃开园仪式在龙王镇猕猴桃现代农业园区举行，首批20吨鲜果通过冷链物流发往上海、杭州等地。',
        '“今年光照充足，果子的糖度普遍在18度以上，口感比往年更好。”园区负责人向建华介绍，今年园区还引进了自动分选线，按照果形、重量分级包装，一级果每公斤收购价达到16元。',
        '苍溪是红心猕猴桃原产地，全县猕猴桃种植面积达39万亩，年产量15万吨。近年来，该县大力推进标准化种植，建成出口基地和绿色食品原料标准化生产基地，“苍溪红心猕猴桃”区域公用品牌价值突破百亿元。',
        '开园现场，多家电商企业和采购商与种植合作社签订了购销协议，签约金额达2.3亿元。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#e60012}'
    body = f'''<div class="topbar"><div class="w">苍溪县融媒体中心主办<span style="float:right"><a href="#">智慧苍溪APP</a> | <a href="#">投稿</a> | <a href="#">登录</a></span></div></div>
<div class="w" style="padding:14px 0;font-size:28px;color:#e60012">苍溪新闻网 <input style="float:right" placeholder="请输入搜索内容"></div>
<div class="nav"><div class="w">{links(['首页','苍溪要闻','乡镇动态','部门动态','视频新闻','图说苍溪','专题'])}</div></div>
<div class="w crumb">当前位置：首页 &gt; 苍溪要闻</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info">来源：苍溪县融媒体中心　　日期：2024年8月29日　　浏览：2318　　编辑：任小丽</div>
{bh}
<p style="text-align:center"><img src="data:," alt="" width="600" height="10"></p>
<p style="text-align:center">工人在分选猕猴桃 王彬 摄</p>
<p>审核：李　强　终审：陈德全</p>
<div><h4>相关新闻</h4>{ul(['苍溪猕猴桃入选全国名特优新农产品名录','龙王镇：猕猴桃产业带富一方','苍溪县召开猕猴桃产业发展大会'])}</div>
<div>分享：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
</div>
<div class="foot">主办：苍溪县融媒体中心　地址：四川省广元市苍溪县陵江镇<br>蜀ICP备2021001234号　川公网安备 51082402000055号　新闻热线：0839-5221234</div>'''
    return doc(title, css, body), gold('zc-32', title, ['何雨', '蒲建军'], '2024年8月29日', bg)

# zc-33 state enterprise (中铁二十局 style): author in info bar, closing 作者单位 line
@page('zc-33')
def p33():
    title = '“钢铁裁缝”的十二年'
    items = [
        '在西延高铁项目部的钢筋加工厂里，焊花四溅。43岁的焊工班长张宏斌戴着面罩，手中的焊枪稳稳地沿着接缝移动，一道平整均匀的焊缝很快成型。工友们都叫他“钢铁裁缝”。',
        '2012年，张宏斌从陕西商洛农村来到项目上当学徒。刚开始，他连焊条都拿不稳，焊出来的焊缝坑坑洼洼。为了练好基本功，他每天下班后留在车间，用废旧钢板一练就是两三个小时，手上烫出的疤一个接一个。',
        '十二年间，他先后参加了银西高铁、西十高铁等7个重点项目建设，累计完成焊接作业超过10万米，焊缝一次探伤合格率始终保持在99.8%以上。2022年，他在集团公司职工技能大赛中获得焊工组第一名，被授予“技术能手”称号。',
        '如今，张宏斌带出了16名徒弟，其中5人已成为项目技术骨干。“手艺是练出来的，更是传下去的。”他说，“看着自己焊过的桥、铺过的路通了车，心里就特别踏实。”',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#d7000f} h1{font-size:28px}'
    body = f'''<div class="topbar"><div class="w">中国铁建 | 中铁二十局集团有限公司<span style="float:right">OA登录 | 邮箱 | English</span></div></div>
<div class="w" style="padding:14px 0;font-size:28px;color:#d7000f">中铁二十局集团有限公司 <form style="float:right;font-size:14px"><input placeholder="请输入搜索关键字"><button>搜索</button></form></div>
<div class="nav"><div class="w">{links(['首页','走进二十局','新闻中心','经营开发','工程项目','科技创新','党建工作','企业文化','人力资源'])}</div></div>
<div class="w crumb">首页 &gt; 新闻中心 &gt; 基层动态</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info">来源：第三工程有限公司　作者：徐 鹏　时间：2024/10/22　阅读量：743</div>
{bh}
<p style="text-align:center"><img src="data:," alt="张宏斌在焊接作业" width="600" height="10"></p>
<p style="text-align:center">张宏斌在焊接作业（图/马文涛）</p>
<p>（作者单位：中铁二十局三公司西延高铁项目部）</p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="foot">Copyright © 中铁二十局集团有限公司 版权所有　陕ICP备05012345号<br>地址：陕西省西安市雁塔区朱雀大街南段</div>'''
    return doc(title + '-中铁二十局集团有限公司', css, body), gold('zc-33', title, ['徐鹏'], '2024/10/22', bg)

# zc-34 trade association (浙江省物流与采购联合会-style)
@page('zc-34')
def p34():
    title = '省物流与采购联合会召开2024年度会员大会暨行业发展论坛'
    items = [
        '1月16日，浙江省物流与采购联合会2024年度会员大会暨行业发展论坛在杭州召开。来自全省物流、供应链、采购领域的会员单位代表及专家学者350余人参加会议。',
        '会议审议通过了联合会2023年度工作报告和财务报告，表彰了2023年度全省物流行业先进单位和个人。会长楼国强在报告中指出，2023年全省社会物流总额预计达到22.8万亿元，同比增长5.9%，社会物流总费用与GDP的比率降至13.4%，物流降本增效取得积极进展。',
        '论坛环节，与会专家围绕“数智化赋能现代物流体系建设”主题作专题演讲，就多式联运发展、冷链物流网络布局、跨境供应链服务等议题展开交流。',
        '楼国强表示，2024年联合会将继续发挥桥梁纽带作用，做好行业统计监测、标准制定、人才培训等工作，推动全省物流业高质量发展。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#1a4fa0}'
    body = f'''<div class="topbar"><div class="w">欢迎访问浙江省物流与采购联合会官方网站！<span style="float:right"><a href="#">会员登录</a> | <a href="#">入会申请</a></span></div></div>
<div class="w" style="padding:14px 0;font-size:26px;color:#1a4fa0">浙江省物流与采购联合会 <small style="font-size:13px">Zhejiang Federation of Logistics &amp; Purchasing</small></div>
<div class="nav"><div class="w">{links(['首页','协会概况','新闻动态','行业资讯','政策法规','会员服务','统计信息','培训认证'])}</div></div>
<div class="w" style="display:flex"><div style="flex:1" class="side"><h4>新闻动态</h4>{ul(['协会动态','行业资讯','会员风采','通知公告'])}</div>
<div style="flex:4">
<div class="crumb">首页 » 新闻动态 » 协会动态</div>
<h1>{e(title)}</h1>
<div class="info">信息来源：秘书处　　发布时间：2024-01-17　　浏览次数：532</div>
{bh}
<p style="text-align:center"><img src="data:," alt="会议现场" width="600" height="10"></p>
<p>上一篇：<a href="#">关于开展2024年度物流企业综合评估工作的通知</a></p>
<p>下一篇：<a href="#">联合会走访调研宁波舟山港</a></p>
</div></div>
<div class="foot">浙江省物流与采购联合会 版权所有　地址：杭州市西湖区文三路　电话：0571-87001234　浙ICP备10012345号</div>'''
    return doc(title, css, body), gold('zc-34', title, [], '2024-01-17', bg)
