PAGE = dict(
    id="wg-21", kind="media", lang="zh",
    site="钱江在线 · 浙江新闻（省级新闻门户，2016 年模板，转载地市报稿件）",
    features="标题下信息栏“钱江在线 时间 来源：温州日报”；正文前“原标题：…”行与单独署名行“记者 … 通讯员 … …”（均非正文）；"
             "小标题用【】；图注；文末“编辑：…”“校对：…”；“我要纠错”；相关新闻；页脚",
    title="瓯海这所小学把“菜园课”排进了课表",
    authors=["潘雨晴", "黄文杰", "胡一帆"],
    publish_time="2025-03-20 07:36",
    head_title="瓯海这所小学把“菜园课”排进了课表-浙江新闻-钱江在线",
    CSS="""
body{margin:0;background:#fff;font:15px/1.85 "Microsoft YaHei";color:#2a2a2a}
.g{width:1080px;margin:0 auto}
.bar{background:#eee;font-size:12px;line-height:28px}
.logo{height:84px;display:flex;align-items:center;justify-content:space-between}
.logo .n{font-size:32px;color:#0b68c7;font-weight:bold}
.logo .d{font-size:12px;color:#888}
.cnav{border-top:3px solid #0b68c7;border-bottom:1px solid #ddd;line-height:40px}
.cnav a{margin:0 12px;font-weight:bold}
.pos{font-size:12px;color:#888;margin:12px 0}
.tit{font-size:30px;font-weight:bold;line-height:1.35;margin:14px 0}
.src{font-size:13px;color:#888;padding-bottom:10px;border-bottom:1px solid #eee}
.src span{margin-right:14px}
.artical p{margin:14px 0}
.artical .yuan{color:#888;font-size:14px}
.artical .zz{color:#666;font-size:14px}
.artical .tp{text-align:center}
.artical .tz{text-align:center;font-size:13px;color:#0b68c7}
.eds{font-size:13px;color:#999}
.jc{font-size:13px}
.xgxw{margin-top:18px}.xgxw h3{font-size:16px;color:#0b68c7}
.ft{background:#0b68c7;color:#dbe9f7;font-size:12px;text-align:center;padding:16px;line-height:2;margin-top:30px}
""",
    STYLE={
        "p": '<p style="text-indent:2em;">{t}</p>',
        "h": '<p style="text-indent:2em;"><strong>{t}</strong></p>',
        "img": '<p class="tp"><img alt="{alt}" src="%GIF%"></p><p class="tz">{cap}</p>',
    },
    TEMPLATE="""
<div class="bar"><div class="g">钱江在线 · 浙江第一新闻门户　<a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="g logo"><div class="n">钱江在线</div><div class="d">2025年3月20日 星期四</div></div>
<div class="g cnav"><a href="#">首页</a><a href="#">浙江新闻</a><a href="#">国内</a><a href="#">国际</a><a href="#">评论</a><a href="#">教育</a><a href="#">健康</a><a href="#">图片</a><a href="#">视频</a></div>
<div class="g">
<div class="pos">您的位置：<a href="#">钱江在线</a> &gt; <a href="#">浙江新闻</a> &gt; <a href="#">地方</a></div>
<div class="tit">瓯海这所小学把“菜园课”排进了课表</div>
<div class="src"><span>钱江在线</span><span>2025-03-20 07:36</span><span>来源：温州日报</span></div>
<div class="artical">
{{BODY}}
</div>
<div class="eds">编辑：卢佳琪　　校对：方立</div>
<div class="jc"><a href="#">我要纠错</a>　<a href="#">分享</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="#">浙江中小学劳动教育清单发布</a></li>
<li><a href="#">温州：100所学校建成“开心农场”</a></li></ul></div>
</div>
<div class="ft">钱江在线版权所有　互联网新闻信息服务许可证：33120160009<br>浙ICP备07021345号　举报邮箱：jubao@qjzx.example</div>
""",
    BODY="""
x: <p class="yuan">原标题：每周一节“菜园课” 孩子们在泥土里长知识</p>
x: <p class="zz">记者 潘雨晴 通讯员 黄文杰 胡一帆</p>
p: 每周四下午第二节课，瓯海区仙岩实验小学五年级的学生们都会换上胶鞋，拿起小锄头，走进学校后面的“百草园”。这节课在课表上的名字叫“菜园课”。
p: 今年春季学期起，该校把劳动教育正式纳入课表，每个班级每周安排一节“菜园课”，由科学老师和聘请的农技员共同授课。学校把校园内约3亩闲置用地改造成菜园，划分成30块“班级责任田”。
h: 【从播种到收获全程参与】
p: “这是莴笋，这是蚕豆，它们都是去年秋天种下的。”五（3）班学生陈思涵熟练地介绍着自家班级的“责任田”。她说，刚开始大家连菜苗和杂草都分不清，现在已经学会了间苗、施肥和记录生长日志。
img: 学生们在菜园里给蔬菜浇水 | 学生们在学校菜园里给蔬菜浇水。　通讯员 黄文杰 摄
p: 学校把菜园课和科学、数学、语文等学科结合起来：测量菜地面积、统计蔬菜产量、观察植物生长并写成观察日记。收获的蔬菜一部分送进学校食堂，一部分在学校的“爱心集市”上义卖，所得款项用于资助困难学生。
h: 【劳动课也有“评价表”】
p: 校长郑晓敏介绍，学校为每个学生建立了劳动教育成长档案，从劳动态度、劳动技能和劳动成果三个方面进行评价，评价结果纳入学生综合素质评定。“我们希望孩子们在泥土里学会尊重劳动、懂得珍惜。”
""",
)
