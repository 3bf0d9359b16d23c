from lib import *

# zc-27 微信公众号 (person named), WeChat furniture
@page('zc-27')
def p27():
    title = '嘉兴这条老街，藏着一家开了42年的修表铺'
    items = [
        ('img', '图片'),
        '在嘉兴月河历史街区的一条小巷里，有一家只有六平方米的修表铺。铺子没有招牌，门口挂着一块手写的木牌：“修表、换电池、配表带”。',
        '店主沈国平今年71岁，1983年从嘉兴手表厂出来后，就在这里摆起了修表摊，一干就是42年。',
        '“那时候结婚要‘三转一响’，手表是大件，坏了舍不得扔，都拿来修。”沈师傅戴着寸镜，一边拆开一块老上海牌手表一边说，“现在年轻人都看手机了，来修表的多是老顾客，还有一些拿着爷爷奶奶的旧表来修的小年轻。”',
        '铺子里的工具大多是他自己做的，镊子、起子摆得整整齐齐。一块机械表从拆洗、加油到校准，要花上大半天。收费却不高，换个电池十块钱，洗油保养八十块。',
        '问他打算干到什么时候，沈师傅笑了：“干到眼睛看不清为止。只要还有人来修，这门手艺就不能断。”',
        ('img', '图片', '沈国平在修理一块老手表'),
        '如果你路过月河老街，不妨去看看这位老师傅。',
    ]
    bh, bg = render(items)
    css = '''body{margin:0;background:#f5f5f5;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}
.rich_media{max-width:667px;margin:0 auto;background:#fff;padding:20px} h1{font-size:22px;line-height:1.4}
.meta{font-size:15px;color:rgba(0,0,0,.5)} .meta a{color:#576b95} .qr{font-size:14px;color:#888;text-align:center}'''
    body = f'''<div class="rich_media">
<h1>{e(title)}</h1>
<div class="meta"><span>原创</span> <span>王晓雯</span> <a href="#">嘉兴发布</a> <em>2025年03月14日 18:02</em> <em>浙江</em></div>
<div class="rich_media_content">
{bh}
</div>
<p style="font-size:14px;color:#888">来源：嘉兴日报</p>
<p style="font-size:14px;color:#888">记者：王晓雯</p>
<p style="font-size:14px;color:#888">编辑：张 卉　审核：吴建锋</p>
<p style="text-align:center"><img src="data:," alt="图片" width="300" height="10"></p>
<p style="text-align:center;font-size:14px">点个“在看”，分享给更多人</p>
<div style="font-size:14px;color:#888">阅读 1.8万 <a href="#">赞</a> 356 <a href="#">分享</a> <a href="#">推荐</a> 212</div>
<div style="font-size:14px">写留言</div>
<div style="font-size:14px"><p>留言</p><p>月河边长大的：小时候家里的钟也是找沈师傅修的</p><p>Lily：好温暖的故事</p></div>
<div class="qr"><img src="data:," alt="" width="100" height="100"><p>微信扫一扫<br>关注该公众号</p></div>
<p class="qr">继续滑动看下一个</p>
<p class="qr">嘉兴发布</p>
<p class="qr">向上滑动看下一个</p>
</div>'''
    return doc(title, css, body), gold('zc-27', title, ['王晓雯'], '2025年03月14日 18:02', bg)

# zc-28 澎湃号·政务 (account only)
@page('zc-28')
def p28():
    title = '警惕！这种“刷单返利”新套路，已有多人被骗'
    items = [
        '近日，闵行公安分局接到辖区居民李女士报警，称自己在网上做“兼职”被骗了6.8万元。',
        '据李女士介绍，9月下旬，她在某社交平台上看到一则“在家动动手指就能赚钱”的广告，添加对方联系方式后被拉进一个群聊。对方先让她给指定视频点赞、关注，每完成一单返佣金3元，很快到账。',
        '随后，对方称有“高佣金联单任务”，需要先垫付资金购买商品，完成后连本带利返还。李女士先后垫付了4次，前两次都收到了返款，当第三、四次累计投入6万余元后，对方以“操作超时”“账户冻结”为由要求她继续充值“解冻”，李女士这才意识到被骗。',
        '民警提示：',
        '1.所有刷单都是诈骗！“先小额返利、后大额垫付”是刷单诈骗的典型套路；',
        '2.不要轻信“日赚几百”“躺着赚钱”等兼职广告，不要下载来历不明的APP；',
        '3.一旦发现被骗，请立即拨打110报警，并保存好聊天记录、转账凭证等证据。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left;font-size:26px} .index_left{width:720px} .news_about{color:#666;font-size:13px}'
    body = f'''<div class="topbar"><div class="w"><span style="font-size:20px;color:#00a5eb">澎湃 THE PAPER</span>　{links(['要闻','深度','直播','视频','澎湃号','问政','湃客'],' ')}<span style="float:right"><input placeholder="搜索"> <a href="#">登录</a></span></div></div>
<div class="w index_left">
<h1>{e(title)}</h1>
<div class="news_about"><p>澎湃号·政务 &gt; <a href="#">平安闵行</a></p><p>2024-10-12 17:20 来源：澎湃新闻·澎湃号·政务</p><p>字号</p></div>
{bh}
<p style="text-align:center"><img src="data:," alt="" width="500" height="10"></p>
<p>来源：闵行公安分局</p>
<p style="color:#999;font-size:12px">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div><a href="#">反电诈</a> <a href="#">刷单</a></div>
<div>收藏　<a href="#">我要举报</a></div>
<div><h4>查看更多</h4>{ul(['国庆假期上海公安110接报警情况','“冒充客服”诈骗又有新变种','上海警方破获一起跨境电诈案件'])}</div>
</div>
<div class="foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006<br>© 2014-2024 上海东方报业有限公司</div>'''
    return doc(title + '_澎湃号·政务_澎湃新闻-The Paper', css, body), gold('zc-28', title, ['平安闵行'], '2024-10-12 17:20', bg)
