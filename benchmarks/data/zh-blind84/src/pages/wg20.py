PAGE = dict(
    id="wg-20", kind="media", lang="zh",
    site="新华网式地方频道页（中央通讯社网站，2021 年模板）",
    features="标题“江西：”前缀；信息栏时间到秒+来源，上方“字体：小 中 大 分享到”；首段电头“新华社南昌3月19日电（记者邬慧、杨思远）”；"
             "图片+图注“新华社记者 × 摄”；【纠错】【责任编辑：】行；“相关稿件”；页脚",
    title="江西：今年将新增老旧小区加装电梯800部",
    authors=["邬慧", "杨思远"],
    publish_time="2025-03-19 20:31:45",
    head_title="江西：今年将新增老旧小区加装电梯800部-新华网",
    CSS="""
body{margin:0;font:16px/1.9 "PingFang SC","Microsoft YaHei";color:#333}
.topBar{background:#f5f5f5;height:34px;line-height:34px;font-size:13px}
.topBar .c{width:1200px;margin:0 auto}.topBar a{margin-right:16px;color:#555}
.header{width:1200px;margin:0 auto;height:70px;display:flex;align-items:center;justify-content:space-between}
.header .logo{font-size:30px;color:#c00;font-weight:bold}
.header .logo em{font-size:18px;color:#333;font-style:normal;margin-left:10px}
.head-line{width:1200px;margin:0 auto;border-top:2px solid #c00;padding-top:20px}
.head-line .h-title{font-size:32px;font-weight:bold;line-height:1.4}
.head-line .h-info{font-size:14px;color:#999;margin:12px 0;display:flex;gap:20px}
.head-line .tools{font-size:13px;color:#999;text-align:right}
.main{width:800px;margin:0 auto 0 calc(50% - 600px)}
#detail p{margin:0 0 22px}
#detail .pic{text-align:center}
#detail .pic-note{text-align:center;font-size:14px;color:#555}
.editor{font-size:14px;color:#999;text-align:right}
.xgdg h4{border-left:4px solid #c00;padding-left:8px}
.foot{background:#f5f5f5;text-align:center;font-size:12px;color:#999;padding:20px;line-height:2;margin-top:30px}
""",
    STYLE={"p": "<p>{t}</p>", "img": '<p class="pic"><img alt="{alt}" src="%GIF%"></p><p class="pic-note">{cap}</p>'},
    TEMPLATE="""
<div class="topBar"><div class="c"><a href="#">新华网首页</a><a href="#">江西频道</a><a href="#">客户端</a><a href="#">English</a></div></div>
<div class="header"><div class="logo">新华网<em>江西频道</em></div><div><input type="text" placeholder="请输入关键词"> <button type="button">搜索</button></div></div>
<div class="head-line">
<div class="tools">字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="h-title">江西：今年将新增老旧小区加装电梯800部</div>
<div class="h-info"><span>2025-03-19 20:31:45</span><span>来源：新华网</span></div>
</div>
<div class="main">
<div id="detail">
{{BODY}}
</div>
<div class="editor">【<a href="#">纠错</a>】　【责任编辑：周\u00a0\u00a0平】</div>
<div class="xgdg"><h4>相关稿件</h4><ul>
<li><a href="#">江西推进城市更新 今年改造老旧小区1200个</a></li>
<li><a href="#">南昌：加装电梯“一站式”审批提速</a></li></ul></div>
</div>
<div class="foot">Copyright © 2000-2025 新华网 All Rights Reserved.<br>江西频道　联系电话：0791-86812345</div>
""",
    BODY="""
p: 新华社南昌3月19日电（记者邬慧、杨思远）记者19日从江西省住房和城乡建设厅获悉，江西今年计划在城镇老旧小区新增加装电梯800部，并将加装电梯纳入老旧小区改造统筹推进，进一步解决老年人“上下楼难”问题。
p: 据介绍，2020年以来，江西已累计在老旧小区加装电梯3200余部，惠及居民约9万户。今年，江西将对既有住宅加装电梯给予每部最高15万元的财政补助，鼓励有条件的地方探索“统一规划、成片加装”模式，降低单部电梯的建设和维护成本。
img: 南昌市东湖区一处老旧小区加装的电梯 | 3月18日，居民在南昌市东湖区一处老旧小区乘坐新加装的电梯。新华社记者 杨思远 摄
p: 针对加装电梯中业主意见难统一的问题，江西多地推行社区“议事会”制度，由社区干部、业主代表和设计单位共同协商电梯位置、费用分摊等事项。南昌市东湖区豫章街道一处小区通过3次议事会，最终让一楼和二楼业主也同意加装。
p: 江西省住房和城乡建设厅有关负责人表示，将进一步简化审批流程，推动加装电梯项目“一窗受理、并联审批”，同时加强电梯安装质量和后期维保监管。
""",
)
