PAGE = dict(
    id="wg-34", kind="e-paper", lang="zh",
    site="伊犁日报（汉文）数字报（2016 年左右的报纸阅读器页面）",
    features="报头+“2025年03月20日”与版次“第4版：社会”；文章工具条（放大/缩小/默认/PDF/返回目录）在标题上方；引题+主题；"
             "署名行“本报通讯员 帕提古丽·阿不都热依木 本报记者 李\u00a0\u00a0峰”（少数民族姓名带间隔点）；图注“（本报记者 李峰 摄）”；版面目录；页脚",
    title="霍城薰衣草基地开始春季修剪",
    authors=["帕提古丽·阿不都热依木", "李峰"],
    publish_time="2025年03月20日",
    head_title="伊犁日报（汉文）-霍城薰衣草基地开始春季修剪",
    CSS="""
body{margin:0;background:#c8d6c1;font:14px/1.8 "宋体";color:#111}
#hd{width:1000px;margin:0 auto;background:#2f6b3a;color:#fff;height:84px;position:relative}
#hd .n{position:absolute;left:20px;top:16px;font-size:34px;font-family:"华文中宋","宋体"}
#hd .r{position:absolute;right:20px;top:20px;text-align:right;font-size:13px}
#bd{width:1000px;margin:0 auto;background:#fff;overflow:hidden}
#mulu{float:right;width:250px;padding:10px;background:#eef5ec;font-size:13px}
#mulu h5{margin:6px 0;font-size:14px;color:#2f6b3a}
#art{float:left;width:690px;padding:16px 20px}
.gj{font-size:12px;color:#2f6b3a;text-align:right}
.gj a{margin-left:8px}
.yinti{text-align:center;font-size:16px;margin-top:10px}
.zhuti{text-align:center;font-size:26px;font-weight:bold;margin:4px 0 10px}
.zz{text-align:center;font-size:13px}
#ozoom{font-size:15px;line-height:2}
#ozoom p{margin:8px 0}
#ft{width:1000px;margin:0 auto;background:#2f6b3a;color:#e0eee0;font-size:12px;text-align:center;padding:10px 0;line-height:2}
""",
    STYLE={"p": '<p style="text-indent:2em">{t}</p>',
           "img": '<p style="text-align:center"><img alt="{alt}" src="%GIF%"></p><p style="text-align:center;font-family:楷体;">{cap}</p>'},
    TEMPLATE="""
<div id="hd"><div class="n">伊犁日报</div><div class="r">2025年03月20日<br>第4版：社会　<a href="#" style="color:#fff">往期</a></div></div>
<div id="bd">
<div id="art">
<div class="gj"><a href="#">放大</a><a href="#">缩小</a><a href="#">默认</a><a href="#">PDF</a><a href="#">返回目录</a></div>
<div class="yinti">春到伊犁河谷</div>
<div class="zhuti">霍城薰衣草基地开始春季修剪</div>
<div class="zz">本报通讯员 帕提古丽·阿不都热依木 本报记者 李\u00a0\u00a0峰</div>
<div id="ozoom">
{{BODY}}
</div>
</div>
<div id="mulu"><h5>版面目录</h5>
第1版：要闻<br>第2版：综合<br>第3版：经济<br>第4版：社会<br>
<h5>本版新闻</h5>
<a href="#">霍城薰衣草基地开始春季修剪</a><br>
<a href="#">伊宁市开展春季爱国卫生运动</a><br>
<a href="#">察布查尔县组织农民工技能培训</a><br>
<a href="#">特克斯八卦城交通微循环改造启动</a></div>
</div>
<div id="ft">伊犁日报社主办　版权所有<br>新ICP备08000936号</div>
""",
    BODY="""
p: 3月19日，在霍城县芦草沟镇的一处薰衣草种植基地，20多名工人正弯腰修剪越冬后的薰衣草植株，剪去枯枝和冻伤的枝条，为新一季生长做准备。
p: “春季修剪是薰衣草管理的第一道关，修剪得好，新枝发得多，开花也整齐。”基地负责人马建国介绍，基地今年种植薰衣草1200亩，修剪工作预计4月初完成，随后还要进行追肥和滴灌。
img: 工人修剪薰衣草 | 工人在霍城县芦草沟镇薰衣草基地修剪植株。（本报记者 李峰 摄）
p: 霍城县是全国重要的薰衣草种植基地，全县种植面积约4.5万亩。近年来，当地围绕薰衣草发展精油提炼、香皂香包加工和花海观光，形成了种植、加工、旅游融合发展的产业链。去年，全县薰衣草产业综合产值超过8亿元。
p: 在基地务工的村民古丽娜·买合木提说，她每年春天在这里修剪，夏天采收，一年能有两万多元收入。“在家门口干活，还能照顾家里，挺好的。”
p: 霍城县农业农村局相关负责人表示，今年将继续推广薰衣草新品种和标准化种植技术，并支持企业开发更多深加工产品，提高产业附加值。
""",
)
