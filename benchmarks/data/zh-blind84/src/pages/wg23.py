PAGE = dict(
    id="wg-23", kind="media", lang="zh",
    site="秦巴新闻网 · 十堰日报网络版（市级党报网站，2017 年模板）",
    features="信息栏在标题上方一行：报名+版次+日期时间；标题下副题（非标题）；首段“本报讯（记者 杨\u00a0\u00a0帆 通讯员 陈志勇、黄立）”；"
             "列表式数字段；图片与图注；文末“责任编辑”；上一篇/下一篇；“网友评论”；页脚",
    title="丹江口库区今年首批增殖放流鱼苗入水",
    authors=["杨帆", "陈志勇", "黄立"],
    publish_time="2025-03-21 07:58",
    head_title="丹江口库区今年首批增殖放流鱼苗入水_秦巴新闻网",
    CSS="""
body{margin:0;font:14px/1.8 SimSun,"宋体";color:#222;background:#f9f9f9}
.head{width:1000px;margin:0 auto;background:#fff}
.head .lg{height:96px;background:#006d77;color:#fff;font-size:34px;padding-left:30px;line-height:96px;font-family:"Microsoft YaHei"}
.head .menu{background:#004f56;line-height:34px;padding-left:16px}
.head .menu a{color:#fff;margin-right:20px}
.cont{width:1000px;margin:0 auto;background:#fff;padding:20px 50px;box-sizing:border-box}
.cont .dh{font-size:12px;color:#666}
.cont .bm{font-size:12px;color:#006d77;margin-top:14px}
.cont h1{font-size:26px;font-family:"Microsoft YaHei";text-align:center;margin:12px 0 4px}
.cont h2{font-size:16px;text-align:center;font-weight:normal;color:#555;margin:0 0 16px}
.cont .zw{font-size:15px;line-height:2}
.cont .zw p{text-indent:2em;margin:8px 0}
.cont .zw .c{text-align:center;text-indent:0}
.cont .zr{text-align:right;color:#888}
.cont .sxp{border-top:1px solid #ddd;padding-top:8px}
.cont .pl{background:#f3f3f3;padding:10px;margin-top:10px}
.foot{width:1000px;margin:0 auto;background:#004f56;color:#cde;text-align:center;font-size:12px;padding:14px 0;line-height:2}
""",
    STYLE={"p": "<p>{t}</p>", "li": "<p>{t}</p>", "list_open": "", "list_close": "",
           "img": '<p class="c"><img alt="{alt}" src="%GIF%"></p><p class="c">{cap}</p>'},
    TEMPLATE="""
<div class="head"><div class="lg">秦巴新闻网</div>
<div class="menu"><a href="#">首页</a><a href="#">十堰新闻</a><a href="#">县市区</a><a href="#">车城视点</a><a href="#">文旅</a><a href="#">数字报</a><a href="#">专题</a></div></div>
<div class="cont">
<div class="dh">当前位置：<a href="#">首页</a> &gt; <a href="#">十堰新闻</a></div>
<div class="bm">十堰日报　第03版　2025-03-21 07:58</div>
<h1>丹江口库区今年首批增殖放流鱼苗入水</h1>
<h2>——共投放鲢鳙等鱼苗120万尾</h2>
<div class="zw">
{{BODY}}
</div>
<div class="zr">责任编辑：田甜</div>
<div class="sxp">上一篇：<a href="#">郧阳区：香菇大棚里的“春耕”</a><br>下一篇：<a href="#">竹山县新开通3条城乡公交线路</a></div>
<div class="pl">网友评论　（已有0条评论）　<textarea rows="2" cols="40" placeholder="文明上网，理性发言"></textarea> <input type="button" value="发表"></div>
</div>
<div class="foot">十堰日报社主办　秦巴新闻网版权所有<br>互联网新闻信息服务许可证：42120170005　鄂ICP备09004857号</div>
""",
    BODY="""
p: 本报讯（记者 杨\u00a0\u00a0帆 通讯员 陈志勇、黄立）3月20日上午，丹江口库区2025年首批增殖放流活动在郧阳区青曲镇举行，120万尾鲢鱼、鳙鱼苗种投放入库，标志着今年库区水生生物增殖放流工作全面启动。
p: 此次放流的苗种全部来自经认定的原良种场，规格在10厘米以上，放流前经渔业部门检验检疫合格。市农业农村局相关负责人介绍，鲢鱼、鳙鱼以浮游生物为食，被称为“水体清道夫”，大规模放流有助于改善水质、维护库区生态平衡。
img: 工作人员将鱼苗放入库区 | 工作人员将鱼苗放入丹江口库区。　记者 杨帆 摄
p: 今年，我市计划在丹江口库区及汉江、堵河等主要河流开展增殖放流8次，投放各类苗种1000万尾以上，主要品种包括：
li: 1.鲢鱼、鳙鱼等滤食性鱼类800万尾；
li: 2.翘嘴鲌、鳜鱼等本地经济鱼类150万尾；
li: 3.中华倒刺鲃等珍稀特有鱼类50万尾。
p: 活动现场还开展了长江“十年禁渔”法规宣传，向沿岸群众发放宣传资料2000余份。据了解，库区禁捕以来，渔政部门已连续4年开展增殖放流，库区鱼类资源明显恢复。
""",
)
