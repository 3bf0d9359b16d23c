PAGE = dict(
    id="wg-31", kind="e-paper", lang="zh",
    site="丽水日报数字报（2020 年左右的版面图+文章双栏数字报系统）",
    features="报头日期带星期；左栏版面缩略图、版次导航“第01版：要闻…”与上一版/下一版；引题/主题/副题三行标题栈；单独署名行“本报记者 … 通讯员 …”（非正文）；"
             "小标题；图片+图注；文章下“本版标题”列表（含本文标题）；往期检索；页脚",
    title="松阳茶园里的“数字新农人”",
    authors=["叶蕾", "毛伟"],
    publish_time="2025年03月18日 星期二",
    head_title="丽水日报数字报-松阳茶园里的“数字新农人”",
    CSS="""
body{margin:0;background:#e9e4da;font:15px/1.8 "Songti SC","宋体",serif;color:#222}
.bz{width:1200px;margin:0 auto;background:#8b0000;color:#fff;height:90px;display:flex;align-items:center;justify-content:space-between;padding:0 24px;box-sizing:border-box}
.bz .nm{font-size:36px;font-family:"STKaiti","楷体"}
.bz .dt{font-size:14px}
.bz .q select{font-size:13px}
.frame{width:1200px;margin:0 auto;display:flex;background:#fff}
.pg{width:420px;border-right:1px solid #ccc;padding:12px}
.pg .map{height:560px;background:#f4f1ea;border:1px solid #ddd}
.pg .bc{font-size:13px;margin-top:8px}
.pg .bc a{margin-right:8px}
.pg ul{list-style:none;padding:0;font-size:14px}
.txt{flex:1;padding:20px 40px}
.txt .yt{font-size:17px;text-align:center;color:#333}
.txt .zt{font-size:30px;text-align:center;font-weight:bold;margin:4px 0;font-family:"黑体"}
.txt .ft{font-size:17px;text-align:center;color:#333}
.txt .zz{text-align:center;font-size:14px;color:#555;margin:10px 0 18px}
.txt .nr p{text-indent:2em;margin:0 0 10px}
.txt .nr .c{text-align:center;text-indent:0}
.bbt{border-top:2px solid #8b0000;margin-top:20px;font-size:14px}
.bbt h4{margin:8px 0;color:#8b0000}
.foot{width:1200px;margin:0 auto;text-align:center;font-size:12px;color:#666;padding:14px 0;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><b>{t}</b></p>",
           "img": '<p class="c"><img alt="{alt}" src="%GIF%"></p><p class="c" style="font-size:13px;">{cap}</p>'},
    TEMPLATE="""
<div class="bz"><div class="nm">丽水日报</div><div class="dt">2025年03月18日 星期二</div>
<div class="q">往期回顾：<select><option>2025-03-18</option><option>2025-03-17</option></select> <a href="#">PDF下载</a></div></div>
<div class="frame">
<div class="pg">
<div class="map"><img alt="第01版：要闻" src="%GIF%" width="1" height="1"></div>
<div class="bc"><a href="#">上一版</a><a href="#">下一版</a>　第01版：要闻</div>
<ul>
<li><a href="#">第01版：要闻</a></li>
<li><a href="#">第02版：综合</a></li>
<li><a href="#">第03版：县域</a></li>
<li><a href="#">第04版：民生</a></li>
<li><a href="#">第05版：瓯江特刊</a></li>
<li><a href="#">第06版：副刊</a></li>
</ul>
</div>
<div class="txt">
<div class="yt">抢抓春茶开采“黄金期”</div>
<div class="zt">松阳茶园里的“数字新农人”</div>
<div class="ft">——一个“90后”返乡青年的春茶季</div>
<div class="zz">本报记者 叶蕾 通讯员 毛\u00a0\u00a0伟</div>
<div class="nr">
{{BODY}}
</div>
<div class="bbt"><h4>本版标题</h4><ul>
<li><a href="#">全市春季造林绿化工作推进会召开</a></li>
<li><a href="#">松阳茶园里的“数字新农人”</a></li>
<li><a href="#">丽水机场新开通至成都航线</a></li>
<li><a href="#">我市发布今年首批“山耕”品牌农产品</a></li>
</ul></div>
</div>
</div>
<div class="foot">丽水日报社版权所有　未经授权不得转载<br>浙ICP备05063178号　地址：丽水市莲都区中山街道北苑路88号　电话：0578-2110123</div>
""",
    BODY="""
p: 3月16日清晨6点，松阳县新兴镇的一片茶园里，32岁的叶思远已经打开手机上的“智慧茶园”小程序，查看夜间的温度、湿度和土壤墒情数据。“昨晚最低气温6摄氏度，没有霜冻风险，今天可以安排80个人采茶。”
p: 叶思远是土生土长的新兴人，大学毕业后在杭州一家互联网公司做了6年产品经理。2021年，他辞职回乡，接手了父亲经营了20多年的120亩茶园。
h: 给茶园装上“眼睛”
p: 回乡第一年，叶思远就在茶园里装了8个气象监测站和12个高清摄像头。通过手机，他能实时看到每块茶地的长势，遇到倒春寒，系统会提前预警，工人们及时打开防霜风扇，减少冻害损失。
p: “以前全凭老经验，看天吃饭。现在用数据说话，采摘时间更精准，鲜叶品质也更稳定。”叶思远说，去年他家茶园的名优茶比例提高了15个百分点。
img: 叶思远在茶园查看监测数据 | 叶思远在茶园查看监测数据。　通讯员 毛伟 摄
h: 让好茶“卖得远”
p: 产品经理出身的叶思远，也把互联网思维用到了卖茶上。他注册了自有品牌，为每一罐茶叶配上溯源二维码，消费者扫码就能看到茶叶的产地、采摘日期和加工过程。他还和村里几个年轻人一起做直播，去年线上销售额占到了总销售额的四成。
p: 在叶思远的带动下，周边已有11户茶农加入了他牵头成立的合作社，共享监测数据和销售渠道。今年春茶季，合作社计划带动茶农户均增收2万元以上。
p: 据了解，松阳县已累计建成数字茶园示范基地26个，越来越多像叶思远一样的年轻人回到乡村，成为茶产业转型升级的新生力量。
""",
)
