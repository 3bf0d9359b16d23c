from lib import *

# zc-39 Discuz! forum post (local forum, 常州)
@page('zc-39')
def p39():
    title = '实拍：青果巷修缮后重新开放，周末带娃去逛了一圈'
    items = [
        '本帖最后由 龙城小北 于 2023-8-14 21:30 编辑',
        '周六上午带孩子去了青果巷，修了好几年，终于全面开放了，说说感受。',
        '1、停车：建议停在南大街地下停车场，步行过来七八分钟。青果巷附近路窄，周末车多，别开进去。',
        '2、景点：周有光故居、瞿秋白故居、史良故居都免费，需要在门口扫码登记。孩子对赵元任故居里那个老留声机特别感兴趣，讲解员还放了一段老唱片。',
        '3、吃的：巷子里有麻糕、银丝面、大麻糕，价格比外面贵一点点，可以接受。推荐一家酒酿元宵，排队十分钟。',
        '补充一条：巷子里现在有不少文创店和咖啡馆，年轻人拍照的很多，汉服租一套一小时五十块，我家闺女非要穿，拍了一上午。',
        '4、缺点：下午人太多了，有些老宅子里挤不动；公共厕所偏少，带小孩的要提前准备。',
        '总的来说修得还是很用心的，青砖黛瓦很有老常州的味道，值得一去。下面上图：',
        ('img', 'IMG_20230812_103522.jpg'),
        ('img', 'IMG_20230812_104617.jpg'),
    ]
    bh, bg = render(items, ptag='div')
    bg = bg[1:]  # the 本帖最后由 … 编辑 line is forum furniture, not body
    css = '''body{margin:0;font:12px/1.6 Tahoma,"Microsoft YaHei";background:#f4f4f4} a{color:#333}
#wp{width:980px;margin:0 auto;background:#fff} table.plhin{width:100%;border-top:1px solid #cde} td.pls{width:160px;background:#e5edf2;vertical-align:top;padding:10px}
td.plc{padding:10px;font-size:14px} .pstatus{color:#999;font-size:12px} .t_f div{margin:6px 0} #thread_subject{font-size:16px;font-weight:bold}'''
    body = f'''<div id="toptb"><div id="wp" style="background:none">{links(['设为首页','收藏本站','手机版'],' ')}　<span style="float:right"><input placeholder="用户名/Email"> <input type="password" placeholder="密码"> <button>登录</button> <a href="#">立即注册</a> <a href="#">找回密码</a></span></div></div>
<div id="wp">
<div style="font-size:24px;color:#1a5fa8;padding:10px">化龙巷 <small>常州第一网络社区</small></div>
<div>{links(['首页','论坛','大杂烩','龙城吃货','亲子','房产','汽车','招聘'],' ')}</div>
<div>搜索 <input placeholder="请输入搜索内容"> 帖子 <button>搜索</button>　热搜: 青果巷 恐龙园 学区</div>
<div class="crumb">化龙巷 › 论坛 › 生活服务 › 龙城游玩 › 查看内容</div>
<div><a href="#">发帖</a> <a href="#">回复</a>　<a href="#">返回列表</a></div>
<table class="plhin"><tr><td class="pls">查看: 3215|回复: 27</td>
<td class="plc"><span id="thread_subject">{e(title)}</span> [复制链接]</td></tr></table>
<table class="plhin"><tr><td class="pls"><div><a href="#">龙城小北</a></div><div>主题 46 帖子 1392 积分 3870</div><div>中级会员</div><div><a href="#">发消息</a></div></td>
<td class="plc"><div class="pstatus">楼主 | 发表于 2023-8-14 21:05 | <a href="#">只看该作者</a> | <a href="#">只看大图</a> | <a href="#">倒序浏览</a> | <a href="#">阅读模式</a></div>
<div class="t_f">
{bh}
</div>
<div>下载附件 (386.52 KB) 2023-8-14 21:03 上传</div>
<div><a href="#">回复</a> <a href="#">举报</a></div></td></tr></table>
<table class="plhin"><tr><td class="pls"><a href="#">天宁老王</a><div>新手上路</div></td>
<td class="plc"><div class="pstatus">沙发 | 发表于 2023-8-14 21:12 | 只看该作者</div><div>前两天也去了，人确实多，建议早上九点前去</div></td></tr></table>
<table class="plhin"><tr><td class="pls"><a href="#">茉莉花开2018</a></td>
<td class="plc"><div class="pstatus">板凳 | 发表于 2023-8-14 22:40 | 只看该作者</div><div>麻糕是哪一家？求店名</div></td></tr></table>
<div>高级模式　<textarea placeholder="您需要登录后才可以回帖"></textarea> <a href="#">登录</a> | <a href="#">立即注册</a></div>
<div style="text-align:center;color:#999">Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.　苏ICP备05001234号 | 化龙巷</div>
</div>'''
    return doc(title + ' - 龙城游玩 - 化龙巷', css, body), gold('zc-39', title, ['龙城小北'], '2023-8-14 21:05', bg)

# zc-40 新浪博客 style: date under title "(2019-11-03 22:16:08)", 标签/分类 lines
@page('zc-40')
def p40():
    title = '深秋，回一趟外婆的村庄'
    items = [
        '立冬前的最后一个周末，我开车回了一趟湘西的外婆家。从怀化下高速，又走了四十多分钟山路，才看见那棵熟悉的大枫树。',
        '外婆已经走了六年，老屋一直由舅舅照看着。堂屋的木门推开时吱呀一声，墙上还挂着她年轻时的照片，灶台上那口铁锅擦得锃亮。',
        '小时候每年暑假都在这里过。外婆天不亮就起来喂猪、烧火，我和表哥在溪沟里捉螃蟹，晚上躺在竹床上听她讲“野人婆”的故事，吓得不敢睡。',
        '如今村里通了水泥路，家家户户盖起了砖房，年轻人大多在外打工，留下的多是老人和孩子。舅舅说，今年村里搞了民宿，周末城里人来得不少，他的腊肉都被订完了。',
        '傍晚，我一个人沿着田埂走到后山，满山的枫叶红得像火。站在外婆的坟前，我忽然明白，所谓故乡，不过是有人在那里等过你。',
    ]
    bh, bg = render(items)
    css = '''body{margin:0;background:#e8e2d6;font:14px/1.9 SimSun} .blog{width:960px;margin:0 auto;background:#fff;display:flex}
.side{width:220px;font-size:12px;background:#f7f3ea;padding:10px} .main{flex:1;padding:20px} .titName{font-size:20px;font-weight:bold}
.time{color:#999;font-size:12px} ul{list-style:none;padding:0}'''
    body = f'''<div style="background:#333;color:#ccc;font-size:12px;padding:4px">新浪首页 | 新浪博客 | 博客首页 | 注册 | 登录 | 发博文</div>
<div style="width:960px;margin:0 auto;height:120px;font-size:26px;padding-top:30px">一只酉阳猫的博客 <div style="font-size:12px">http://blog.sina.com.cn/youyangmao [<a href="#">订阅</a>] [<a href="#">手机订阅</a>]</div></div>
<div style="width:960px;margin:0 auto">{links(['首页','博文目录','图片','关于我'],' ')}</div>
<div class="blog"><div class="side"><p>个人资料</p><p><img src="data:," alt="一只酉阳猫" width="100" height="100"></p><p>一只酉阳猫</p><p>微博 <a href="#">加好友</a> <a href="#">发纸条</a></p><p>博客等级：18　博客积分：2,391　博客访问：146,502　关注人气：388</p>
<p>分类</p>{ul(['行走 (58)','读书 (41)','随笔 (103)'])}</div>
<div class="main">
<div class="titName">{e(title)}</div>
<div class="time">(2019-11-03 22:16:08)</div>
<div>[<a href="#">删除</a>]</div>
<div>标签： <a href="#">故乡</a> <a href="#">湘西</a> <a href="#">外婆</a>　分类： <a href="#">随笔</a></div>
<div class="articalContent">
{bh}
</div>
<div>分享：<a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">微信</a></div>
<div>喜欢 0　赠金笔</div>
<div>阅读(216)┊ 评论 (3)┊ 收藏(0) ┊转载(1) ┊ 喜欢▼ ┊打印┊举报</div>
<div>前一篇：<a href="#">读《南方的岸》</a>　后一篇：<a href="#">初冬的芷江</a></div>
<div>评论 重要提示：警惕虚假中奖信息 [<a href="#">发评论</a>]</div>
</div></div>
<div style="text-align:center;font-size:12px;color:#666">新浪BLOG意见反馈留言板　电话：4000520066　提示音后按1键（按当地市话标准计费）<br>新浪公司 版权所有</div>'''
    return doc(title + '_一只酉阳猫_新浪博客', css, body), gold('zc-40', title, ['一只酉阳猫'], '2019-11-03 22:16:08', bg)
