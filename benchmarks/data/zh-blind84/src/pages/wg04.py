PAGE = dict(
    id="wg-04", kind="government", lang="zh",
    site="玛纳斯县人民政府网 · 领导活动（2021 年红色主题设计）",
    features="双语站名（汉文+维吾尔文链接）、国家通用语言/长者模式链接；信息栏在标题下，来源/作者（记者+少数民族姓名带间隔点）/发布时间到秒/字号；"
             "正文含领导引语、图片与单独图注；编辑/审核行；打印/关闭；相关新闻；页脚主办/ICP/公网安备/标识码",
    title="赵立新调研春耕备耕和农田水利建设工作",
    authors=["古丽米拉·艾尼瓦尔", "马晓东"],
    publish_time="2025-03-20 11:05:36",
    head_title="赵立新调研春耕备耕和农田水利建设工作 - 玛纳斯县人民政府网",
    CSS="""
*{box-sizing:border-box}
body{margin:0;font:15px/1.75 "Microsoft YaHei",sans-serif;background:#fff}
.wrap{width:1140px;margin:0 auto}
.tb{border-bottom:1px solid #eee;font-size:12px;color:#888;height:32px;line-height:32px}
.tb .r{float:right}.tb .r a{margin-left:14px;color:#888}
.head{background:#b71c1c;height:150px;color:#fff}
.head .t1{font-size:34px;padding-top:34px;letter-spacing:3px}
.head .t2{font-size:14px;opacity:.8}
.menu{background:#8e1212}
.menu a{display:inline-block;color:#fff;padding:0 24px;line-height:50px;font-size:16px}
.crumbs{margin:18px auto 10px;font-size:13px;color:#555}
.box{border:1px solid #e2e2e2;padding:30px 60px}
.box h2{font-size:26px;text-align:center;color:#222;margin:10px 0 18px}
.mt{font-size:13px;color:#999;text-align:center;border-bottom:2px solid #b71c1c;padding-bottom:10px}
.mt span{padding:0 8px}
.con{padding:18px 0;font-size:16px;line-height:2}
.con p{margin:0 0 12px}
.con .tc{text-align:center}
.edit{color:#888;font-size:13px;text-align:right}
.ops{margin:10px 0;text-align:right}
.xg h4{margin:20px 0 6px;color:#b71c1c}
.xg li{list-style:square}
.foot{margin-top:30px;background:#eee;padding:20px 0;text-align:center;font-size:12px;color:#666;line-height:2}
""",
    STYLE={
        "p": '<p style="text-indent:2em;">{t}</p>',
        "img": '<p class="tc"><img alt="{alt}" src="%GIF%" border="0"></p><p class="tc" style="font-family:楷体;">{cap}</p>',
    },
    TEMPLATE="""
<div class="tb"><div class="wrap"><span>欢迎访问玛纳斯县人民政府网站</span><span class="r"><a href="#">国家通用语言</a><a href="#">ئۇيغۇرچە</a><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">登录</a></span></div></div>
<div class="head"><div class="wrap"><div class="t1">玛纳斯县人民政府</div><div class="t2">MANAS COUNTY PEOPLE’S GOVERNMENT</div></div></div>
<div class="menu"><div class="wrap"><a href="#">首页</a><a href="#">走进玛纳斯</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div></div>
<div class="wrap crumbs">您当前的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">领导活动</a></div>
<div class="wrap box">
<h2>赵立新调研春耕备耕和农田水利建设工作</h2>
<div class="mt"><span>来源：玛纳斯县融媒体中心</span><span>作者：记者 古丽米拉·艾尼瓦尔 马晓东</span><span>发布时间：2025-03-20 11:05:36</span><span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="con">
{{BODY}}
</div>
<div class="edit">编辑：张玉洁　　审核：刘　军</div>
<div class="ops"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="xg"><h4>相关新闻</h4><ul>
<li><a href="#">我县召开2025年农业农村工作会议</a></li>
<li><a href="#">县农业农村局开展春季农资打假专项行动</a></li>
<li><a href="#">塔西河乡：冬小麦陆续返青 春管工作全面展开</a></li>
</ul></div>
</div>
<div class="foot">
主办单位：玛纳斯县人民政府办公室　运维单位：玛纳斯县融媒体中心<br>
网站标识码：6523240008　新ICP备14002873号-1　新公网安备 65232402000097号<br>
<img alt="党政机关" src="%GIF%">　<img alt="政府网站找错" src="%GIF%">
</div>
""",
    BODY="""
p: 3月19日，县委书记赵立新深入包家店镇、乐土驿镇，实地调研春耕备耕和农田水利建设工作，强调要抢抓农时、压实责任，全力以赴打好春耕生产主动仗，为全年粮食和棉花稳产增产打下坚实基础。
p: 在包家店镇农资服务中心，赵立新详细了解化肥、种子、农膜等农资储备和价格情况，叮嘱经营户要严把质量关，确保农资供应充足、质优价稳。他指出，农资供应是春耕生产的“先手棋”，有关部门要加大市场巡查力度，严厉打击假冒伪劣农资坑农害农行为。
img: 赵立新在包家店镇农资服务中心了解农资储备情况 | 图为赵立新在包家店镇农资服务中心了解化肥储备情况。
p: 在乐土驿镇高效节水灌溉项目现场，赵立新察看了首部泵房和滴灌管网铺设进度，与施工负责人交流项目建设中的困难。他说：“节水灌溉关系到农民的钱袋子，也关系到全县农业的长远发展。工程质量必须经得起检验，要在4月上旬大田播种前全部完工并投入试运行。”
p: 调研中，赵立新强调，各乡镇和相关部门要把春耕备耕作为当前农村工作的重中之重，组织农技人员深入田间地头，开展种植技术、病虫害防治和农机操作培训；要统筹抓好渠系清淤、机井维修等工作，保障春灌用水；要做好高标准农田建设项目的施工组织，严把工程进度和质量关。
p: 县领导李红梅、艾山江·吐尔逊参加调研。
""",
)
