from lib import *

# zc-23 头条号 account only
@page('zc-23')
def p23():
    title = '在县城开了三年面馆，我算明白了：小生意最怕的不是没客人'
    items = [
        '2021年春天，我从杭州辞职回到老家安徽寿县，在县城老街租了个40平米的门面，开了一家牛肉汤面馆。三年下来，没大赚，也没赔，今天跟大家聊聊开店的真实感受。',
        '先说本钱。房租一年2.4万，装修加设备花了6万出头，再加上第一批原料和押金，前前后后投进去差不多10万。开业头三个月，每天营业额在八九百块，扣掉成本，一个月到手七八千，比在杭州上班差不多。',
        '真正难的是后面。县城消费力就那么多，开业新鲜劲一过，客人就少了一半。我琢磨了很久，发现县城做吃的，拼的不是装修也不是营销，而是“熟客”。老街上的老人、附近学校的老师、早上送孩子的家长，这些人每周来两三次，才是店里的底盘。',
        '所以我做了三件事：汤底每天凌晨四点现熬，绝不用隔夜的；老顾客来了记住口味，少葱多辣不用再说；下雨天给附近的环卫工人免费送一碗。这些事说起来都不大，但坚持下来，回头客越来越多。',
        '小生意最怕的不是没客人，是心态先崩了。今年店里又添了炒菜，营业额稳定在每天1500左右。大家觉得回县城开店靠谱吗？欢迎在评论区聊聊。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left;font-size:26px} .article-meta span{margin-right:10px;color:#999;font-size:13px} .user{font-weight:bold}'
    body = f'''<div class="topbar"><div class="w"><a href="#">今日头条</a>　<a href="#">下载头条APP</a>　<a href="#">创作者中心</a><span style="float:right"><a href="#">登录</a></span></div></div>
<div class="w" style="padding:10px 0"><input style="width:400px" placeholder="搜索站内资讯、视频或用户"><button>搜索</button></div>
<div class="w" style="display:flex"><div style="flex:3">
<h1>{e(title)}</h1>
<div class="article-meta"><span>原创</span><span>2024-05-19 21:37</span><span class="user">淮河边的老周</span><span>·安徽</span></div>
{bh}
<p style="color:#999">举报/反馈</p>
<div>点赞 2386　评论 417　收藏 158　分享</div>
<div><h4>评论 417</h4><p><input placeholder="写下你的评论..."></p>
<p>寿县小王：老街那家牛肉汤是不是你家的？去吃过，汤确实鲜</p>
<p>山东煎饼侠：县城开店真的靠熟客，说得太对了</p></div>
</div>
<div style="flex:1" class="side"><div class="user">淮河边的老周</div><p>记录县城生活和小生意的点滴</p><p>1.2万粉丝　<a href="#">关注</a></p>
<h4>相关推荐</h4>{ul(['县城开奶茶店一年亏了15万','返乡创业，我为什么选择做早餐','小县城哪些生意最好做？'])}
<h4>头条热榜</h4>{ul(['1 全国多地气温创新高','2 端午假期出行预测','3 高考倒计时18天'])}</div></div>
<div class="foot">© 2024 今日头条 www.toutiao.com 京ICP证140141号　京公网安备 11000002002023号</div>'''
    return doc(title + ' - 今日头条', css, body), gold('zc-23', title, ['淮河边的老周'], '2024-05-19 21:37', bg)

# zc-24 网易号 with person named "文 | 周子衡" at start of body
@page('zc-24')
def p24():
    title = '一座四线城市的地铁梦：建与不建之间'
    items = [
        '2018年，国务院办公厅发布52号文，提高了城市申建地铁的门槛：一般公共财政预算收入需在300亿元以上，地区生产总值需在3000亿元以上，市区常住人口需在300万人以上。',
        '这三个“300”，把许多中小城市挡在了门外。但在过去几年里，仍有不少四线城市以“有轨电车”“轻轨”“云巴”等名义，推进自己的轨道交通项目。',
        '以北方某地级市为例，该市2019年开工建设一条长约14公里的有轨电车线路，总投资约38亿元。开通运营后，日均客流不足8000人次，远低于可研报告预测的4.5万人次，每年需要财政补贴超过1亿元。',
        '“城市轨道交通是百年工程，不能只算眼前的面子账。”一位长期研究城市交通规划的学者对笔者说，对于人口流出型城市而言，与其追求轨道交通，不如把钱花在优化公交线网、建设公交专用道上。',
        '当然，也有成功的例子。一些人口持续流入、城市空间呈带状发展的中小城市，利用中低运量系统有效缓解了通勤压力。建与不建，关键在于对城市未来的判断是否清醒。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left} .post_info{color:#888;font-size:13px}'
    body = f'''<div class="topbar"><div class="w">{links(['网易首页','新闻','体育','娱乐','财经','汽车','科技','网易号'],' ')}<span style="float:right"><a href="#">登录</a></span></div></div>
<div class="w crumb">网易首页 &gt; 网易号 &gt; 正文</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="post_info">2025-02-11 07:05:39　来源: <a href="#">城市进化论</a> 北京</div>
<div style="border:1px solid #eee;padding:6px;font-size:13px">城市进化论 <a href="#">+关注</a>　用数据读懂中国城市</div>
<p>文 | 周子衡</p>
<p>编辑 | 林 夕</p>
{bh}
<p style="color:#999;font-size:12px">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p style="color:#999;font-size:12px">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<div><h4>相关推荐</h4>{ul(['地铁审批收紧后，这些城市转向了市域铁路','中国城市轨道交通运营里程突破1万公里','有轨电车“退烧”'])}</div>
<div><h4>热点新闻</h4>{ul(['春运返程高峰到来','元宵节各地灯会人气旺'])}</div>
</div>
<div class="foot">©1997-2025 网易公司版权所有 About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策</div>'''
    return doc(title + '|地铁_网易订阅', css, body), gold('zc-24', title, ['周子衡'], '2025-02-11 07:05:39', bg)

# zc-25 百家号 account only; date form "2023-11-02 18:40" with 发布于
@page('zc-25')
def p25():
    title = '冬天到了，老人家里取暖这5件事一定要注意'
    items = [
        '天气一冷，很多老人家里开始用上电暖器、电热毯和煤炉。每年入冬，各地都会出现老人因取暖不当引发火灾或一氧化碳中毒的事故，子女们一定要提醒家里老人注意以下几点。',
        ('h', '1. 电热毯不要整夜开着'),
        '电热毯睡前预热半小时即可，入睡后要关掉。使用时不要折叠，发现有焦糊味或局部过热要立即停用。使用超过6年的电热毯建议更换。',
        ('h', '2. 烧煤取暖必须装烟囱'),
        '农村不少老人习惯在屋里烧煤炉，一定要安装烟囱并经常检查是否堵塞，睡前把炉火熄灭，门窗留一条缝。有条件的可以安装一氧化碳报警器，几十块钱就能买到。',
        ('h', '3. 电暖器远离可燃物'),
        '电暖器周围一米内不要放衣物、被褥，更不能在上面烘烤衣服。',
        ('h', '4. 插线板不要“串联”'),
        '大功率电器要单独使用插座，不要多个插线板连在一起用，避免线路过载起火。',
        ('h', '5. 室内温度别太高'),
        '室温保持在18到22摄氏度比较适宜，温度过高反而容易感冒，还要注意多喝水、勤通风。',
        '家里有老人的，不妨把这篇文章转给他们看看。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left} .author-info{font-size:13px;color:#666}'
    body = f'''<div class="topbar"><div class="w"><a href="#">百度首页</a><span style="float:right"><a href="#">登录</a> <a href="#">设置</a></span></div></div>
<div class="w">
<h1>{e(title)}</h1>
<div class="author-info"><img src="data:," alt="" width="24" height="24"> <a href="#">健康守护站</a>　2023-11-02 18:40　山东　<a href="#">关注</a></div>
{bh}
<p style="color:#999">本文仅供参考，身体不适请及时就医。</p>
<div>举报/反馈</div>
<div><h4>相关推荐</h4>{ul(['老人冬季保暖的6个误区','一氧化碳中毒的早期信号','电热毯和电暖器哪个更省电？'])}</div>
<div>发表评论 <input placeholder="发表评论"></div>
</div>
<div class="foot">©2023Baidu 使用百度前必读 百家号协议 京ICP证030173号</div>'''
    return doc(title, css, body), gold('zc-25', title, ['健康守护站'], '2023-11-02 18:40', bg)

# zc-26 企鹅号 (腾讯新闻) account only, date "2022/08/15 10:26"
@page('zc-26')
def p26():
    title = '暑期“研学游”乱象调查：收费上万元，孩子只看了半天展'
    items = [
        '“一万二千八的‘北京名校研学营’，孩子回来说，清华北大都只是在门口拍了个照。”8月初，浙江台州的刘女士在一个家长群里吐槽，引来不少家长共鸣。',
        '暑期是研学游的旺季。记者梳理发现，今年暑假多个社交平台上有关研学游的投诉集中在以下几类：宣传与实际行程不符、“导师”资质存疑、住宿餐饮条件差、临时加价等。',
        '一家研学机构的前员工透露，部分机构宣称的“名校导师”实际上是临时招募的在校大学生，每天报酬两三百元；所谓“实验室参观”，往往只是在校园开放区域走一圈。',
        '教育专家指出，研学旅行本应是“研”与“学”的结合，而非“只旅不学”。家长在报名前应查看机构资质和合同条款，确认行程细节、退费规则，保留好宣传材料，一旦权益受损可向文旅、市场监管部门投诉。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left} .media-info{font-size:13px;color:#666}'
    body = f'''<div class="topbar"><div class="w">{links(['腾讯网','新闻','视频','图片','科技','财经','娱乐','体育','更多'],' ')}<span style="float:right"><a href="#">登录</a></span></div></div>
<div class="w">
<h1>{e(title)}</h1>
<div class="media-info"><a href="#">教育观察眼</a>　<span>2022/08/15 10:26</span>　<span>发布于浙江</span>　<span>腾讯新闻创作者</span></div>
{bh}
<p style="text-align:center"><img src="data:," alt="图片" width="400" height="10"></p>
<p style="text-align:center;color:#999">图源网络，侵删</p>
<p style="color:#999">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>
<div>举报</div>
<div><h4>相关阅读</h4>{ul(['教育部：研学实践教育基地名单公布','夏令营退费难？律师支招','家长如何辨别研学机构资质'])}</div>
<div><h4>24小时热文</h4>{ul(['多地发布高温红色预警','2022年高考录取分数线陆续公布'])}</div>
</div>
<div class="foot">Copyright © 1998 - 2022 Tencent. All Rights Reserved　腾讯公司 版权所有</div>'''
    return doc(title + '_腾讯新闻', css, body), gold('zc-26', title, ['教育观察眼'], '2022/08/15 10:26', bg)
