PAGE = dict(
    id="wg-29", kind="self-media", lang="zh",
    site="澎湃号·政务文章页（派出所/公安政务号，2023 年）",
    features="“澎湃号·政务”频道标签与账号名；信息行“平安瑞安 2025-03-19 17:42 来自浙江”；正文中人物化名；文末单独的“来源/文/编辑”行（作者=文/后的人名）；"
             "平台声明（自拟）；“关注”按钮；评论区提示；相关推荐",
    title="老人差点被“保健品专家”骗走8万元，民警及时拦下",
    authors=["林涛"],
    publish_time="2025-03-19 17:42",
    head_title="老人差点被“保健品专家”骗走8万元，民警及时拦下_澎湃号·政务_澎湃新闻",
    CSS="""
body{margin:0;font:17px/1.85 "PingFang SC","Microsoft YaHei";color:#000;background:#fff}
.hd{height:64px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;gap:30px;padding:0 calc(50% - 560px)}
.hd .lg{font-size:26px;font-weight:bold}
.hd a{font-size:15px;color:#333}
.index_wrap{width:1120px;margin:30px auto;display:flex;gap:40px}
.cont{width:760px}
.pph{font-size:14px;color:#00a5eb}
.cont h1{font-size:30px;line-height:1.4;margin:10px 0}
.ath{display:flex;gap:10px;align-items:center;font-size:14px;color:#666;margin-bottom:26px}
.ath .nm{color:#000;font-weight:600}
.ath button{background:#00a5eb;color:#fff;border:0;border-radius:3px;padding:2px 12px}
.news_txt p{margin:0 0 22px}
.news_txt .c{text-align:center;margin:0}
.news_txt .cap{text-align:center;font-size:14px;color:#888}
.sm{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px}
.side{width:320px;font-size:14px}
""",
    STYLE={"p": "<p>{t}</p>", "img": '<p class="c"><img alt="{alt}" src="%GIF%"></p><p class="cap">{cap}</p>'},
    TEMPLATE="""
<div class="hd"><span class="lg">澎湃新闻</span><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="index_wrap">
<div class="cont">
<div class="pph">澎湃号·政务 &gt; 平安瑞安</div>
<h1>老人差点被“保健品专家”骗走8万元，民警及时拦下</h1>
<div class="ath"><img alt="" src="%GIF%" width="36"><span class="nm">平安瑞安</span><span>2025-03-19 17:42</span><span>来自浙江</span><button type="button">+ 关注</button></div>
<div class="news_txt">
{{BODY}}
</div>
<div class="sm">特别说明：本文由澎湃号入驻机构上传发布，内容仅代表其自身立场，平台只提供信息存储与展示服务。<br>评论（0）　<input type="text" placeholder="说说你的看法"></div>
</div>
<div class="side"><b>相关推荐</b><ul><li><a href="#">瑞安警方破获一起电信网络诈骗案</a></li><li><a href="#">反诈宣传进校园：这些套路要警惕</a></li><li><a href="#">“我是你领导”？这类电话直接挂断</a></li></ul></div>
</div>
""",
    BODY="""
p: “你们别拦我，人家专家说了，这个药能治好我的病！”3月17日上午，在瑞安市塘下镇一家银行网点，72岁的陈大伯（化名）执意要取出8万元现金，银行工作人员劝说无果后报了警。
p: 塘下派出所民警赶到现场后了解到，半个月前，陈大伯在路边领取免费鸡蛋时认识了一名自称“健康顾问”的女子，随后被邀请参加了几次“养生讲座”。讲座上，一名“保健品专家”声称其公司研发的一款口服液能根治高血压和糖尿病，一个疗程售价8万元，还承诺“无效全额退款”。
img: 民警向陈大伯讲解案例 | 民警向陈大伯讲解保健品诈骗案例。
p: 民警一眼识破这是以“养生讲座”为幌子推销高价保健品的骗局。民警耐心向陈大伯讲解了类似案例，并联系其子女赶到银行。经过近一个小时的劝说，陈大伯终于打消了购买念头。
p: 随后，民警根据陈大伯提供的线索，对“养生讲座”的场所进行了检查，目前该案正在进一步调查中。
p: 警方提醒：保健食品不是药品，不能代替药物治疗疾病。老年朋友要警惕“免费领礼品”“专家义诊”“高额返利”等推销套路，有病要到正规医院就诊。子女也要多关心家中老人，发现异常及时劝阻。如遇可疑情况，请立即拨打110报警。
x: <p style="font-size:14px;color:#888;">来源：瑞安市公安局塘下派出所<br>文/林涛　编辑/周洁</p>
""",
)
