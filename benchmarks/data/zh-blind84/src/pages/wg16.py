PAGE = dict(
    id="wg-16", kind="media", lang="zh",
    site="泽普县融媒体中心网站 · 本地新闻（县级融媒体中心，2023 年移动优先单栏模板）",
    features="县级融媒体单栏页面，头部客户端下载条；标题含“泽普县：”；信息栏标签在两行（发布时间/来源；记者/通讯员带少数民族姓名），"
             "正文中农户名（非作者）；图集；“编辑/二审/三审”行；上一篇/下一篇；页脚",
    title="泽普县：小麦返青 田间管理正当时",
    authors=["阿依努尔·买买提", "王海燕"],
    publish_time="2025-03-17 18:20",
    head_title="泽普县：小麦返青 田间管理正当时",
    CSS="""
body{margin:0;background:#f4f4f4;font:16px/1.8 system-ui,"PingFang SC","Microsoft YaHei";color:#222}
.dl{background:#e60012;color:#fff;font-size:13px;text-align:center;line-height:36px}
.top{max-width:760px;margin:0 auto;background:#fff;display:flex;justify-content:space-between;padding:10px 20px;align-items:center}
.top b{font-size:20px;color:#e60012}
.top nav a{font-size:14px;margin-left:12px;color:#555}
.art{max-width:760px;margin:10px auto;background:#fff;padding:20px 24px}
.art h1{font-size:24px;line-height:1.45;margin:0 0 12px}
.art .by{font-size:13px;color:#999;line-height:1.9}
.art .by div{display:block}
.art .ct p{margin:14px 0}
.art .ct figure{margin:10px 0;text-align:center}
.art .ct figcaption{font-size:13px;color:#888}
.art .eds{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.art .pg{font-size:14px}
.foot{max-width:760px;margin:0 auto;text-align:center;color:#999;font-size:12px;padding:16px 0}
""",
    STYLE={
        "p": "<p>{t}</p>",
        "img": '<figure><img alt="{alt}" src="%GIF%"><figcaption>{cap}</figcaption></figure>',
    },
    TEMPLATE="""
<div class="dl">下载“泽普好地方”客户端，看更多本地新闻 &gt;</div>
<div class="top"><b>泽普融媒</b><nav><a href="#">首页</a><a href="#">本地</a><a href="#">视频</a><a href="#">服务</a></nav></div>
<div class="art">
<h1>泽普县：小麦返青 田间管理正当时</h1>
<div class="by"><div>发布时间：2025-03-17 18:20　来源：泽普县融媒体中心</div><div>记者：阿依努尔·买买提　通讯员：王海燕</div></div>
<div class="ct">
{{BODY}}
</div>
<div class="eds">编辑：李佳　二审：韩卫东　三审：吾斯曼江·艾合买提</div>
<div class="pg"><p>上一篇：<a href="#">泽普县开展春季义务植树活动</a></p><p>下一篇：<a href="#">奎依巴格镇：红枣树修剪技术培训进田间</a></p></div>
</div>
<div class="foot">泽普县融媒体中心 版权所有<br>新ICP备19003615号-1　新公网安备 65312402000027号</div>
""",
    BODY="""
p: 眼下，泽普县42万亩冬小麦陆续进入返青期，各乡镇抢抓有利天气，组织农民开展灌溉、追肥和病虫害防治，田间地头一派繁忙景象。
p: 在波斯喀木乡的麦田里，农机手驾驶着植保无人机来回穿梭，喷洒叶面肥和除草剂。“今年的麦苗长得比去年齐，返青水浇上以后，再追一次肥，丰收就有底了。”种植户买买提·吐尔逊一边查看麦苗长势一边说。他家今年种了45亩冬小麦，全部采用了滴灌水肥一体化技术。
img: 无人机在麦田作业 | 植保无人机在波斯喀木乡麦田进行喷洒作业。
p: 为做好春季麦田管理，县农业农村局组织42名农技人员组成8个技术服务队，分片包乡深入田间开展技术指导，重点推广“一喷三防”和科学灌溉技术，帮助农户解决生产中的实际问题。截至目前，全县已完成冬小麦春灌28万亩、追肥19万亩。
p: 县农业技术推广中心农艺师周建军介绍，返青期是小麦分蘖成穗的关键时期，农户要根据墒情及时灌溉，注意防范倒春寒，同时做好条锈病、蚜虫等病虫害的监测防控。
""",
)
