PAGE = dict(
    id="wg-15", kind="media", lang="zh",
    site="荆州广电网 · 荆州新闻联播（市级广播电视台视频新闻页，2022 年深色播放区）",
    features="视频播放区文字（播放/时长/高清/全屏）在标题前；栏目名标签；信息栏“来源｜时间｜记者｜编辑”竖线分隔，记者两人名字带空格；"
             "正文为文字稿（同期声引语）；节目单/往期列表；APP 下载二维码；页脚广电许可证",
    title="荆州古城墙春季保养性修缮启动",
    authors=["郑凯", "黄思雨"],
    publish_time="2025-03-20 19:45",
    head_title="荆州古城墙春季保养性修缮启动_荆州新闻联播_荆州广电网",
    CSS="""
body{margin:0;background:#111;color:#ddd;font:15px/1.8 "Microsoft YaHei"}
a{color:#ddd}
.bar{background:#000;height:60px;display:flex;align-items:center;padding:0 calc(50% - 600px);justify-content:space-between}
.bar .l{font-size:24px;color:#ffb400}
.bar nav a{margin-left:20px}
.player{width:1200px;margin:20px auto 0;height:360px;background:#000;position:relative}
.player .ctl{position:absolute;bottom:0;left:0;right:0;height:36px;background:rgba(255,255,255,.1);display:flex;gap:20px;align-items:center;padding:0 14px;font-size:13px}
.info{width:1200px;margin:0 auto;background:#1c1c1c;padding:20px 30px;box-sizing:border-box}
.info .lm{display:inline-block;background:#ffb400;color:#000;font-size:12px;padding:0 6px}
.info h1{font-size:26px;color:#fff;margin:10px 0}
.info .m{font-size:13px;color:#999}
.info .m i{font-style:normal;margin:0 6px;color:#555}
.gaoshu{width:1200px;margin:0 auto;background:#1c1c1c;padding:0 30px 20px;box-sizing:border-box;color:#ccc}
.more{width:1200px;margin:20px auto;display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.more div{background:#222;padding:8px;font-size:13px}
.ft{background:#000;color:#777;text-align:center;font-size:12px;padding:20px;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>"},
    TEMPLATE="""
<div class="bar"><div class="l">荆州广电网</div><nav><a href="#">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">点播</a><a href="#">专题</a><a href="#">活动</a><a href="#">下载APP</a></nav></div>
<div class="player"><div class="ctl"><span>▶ 播放</span><span>00:00 / 02:35</span><span>高清</span><span>全屏</span></div></div>
<div class="info">
<span class="lm">荆州新闻联播</span>
<h1>荆州古城墙春季保养性修缮启动</h1>
<div class="m">来源：荆州新闻联播<i>｜</i>2025-03-20 19:45<i>｜</i>记者：郑\u00a0\u00a0凯　黄思雨<i>｜</i>编辑：杜若</div>
</div>
<div class="gaoshu">
{{BODY}}
</div>
<div class="more">
<div><img alt="" src="%GIF%"><br><a href="#">荆州新闻联播 2025-03-20</a></div>
<div><img alt="" src="%GIF%"><br><a href="#">沙市区：老旧小区改造惠及4600户</a></div>
<div><img alt="" src="%GIF%"><br><a href="#">荆州机场新开两条航线</a></div>
<div><img alt="" src="%GIF%"><br><a href="#">江陵县：虾稻共作迎来投苗季</a></div>
</div>
<div class="ft">荆州市广播电视台 版权所有　信息网络传播视听节目许可证：1711922<br>
鄂ICP备05009176号-3　鄂公网安备 42100202000128号　<img alt="荆州广电APP下载二维码" src="%GIF%"> 扫码下载客户端</div>
""",
    BODY="""
p: 3月20日起，荆州古城墙管理部门启动今年春季保养性修缮工程，对东门至小北门段约2.3公里城墙开展墙体植物清理、墙面勾缝修补和排水设施疏通，工期约两个月。
p: 记者在现场看到，施工人员正借助升降平台，小心清除墙缝中的杂草和小树根系。经过一个冬天的冻融，部分墙砖出现松动、灰缝脱落，修缮人员按照传统工艺，用糯米石灰浆对灰缝进行填补。
p: 同期声：荆州古城历史文化旅游区文物保护部负责人 刘明远：“我们坚持‘最小干预’原则，能不换的砖坚决不换，必须更换的也要使用规格、颜色与原砖一致的仿古城砖，最大限度保留城墙的历史信息。”
p: 据介绍，此次修缮期间，城墙上的游览步道将分段临时封闭，市民游客可以通过景区公众号查询开放路段。今年荆州还将完成城墙监测系统升级，对重点墙段的沉降、裂缝进行实时监测。
""",
)
