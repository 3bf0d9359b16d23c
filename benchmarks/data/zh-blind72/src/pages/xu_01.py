from lib import *

META = dict(
    id="xu-01", kind="government", lang="zh",
    title="道里区启动秋季市容环境综合整治“百日攻坚”行动",
    authors=["孙悦"],
    publish_time="2025-09-09 10:32",
)
FEATURES = ("哈尔滨 district portal (2023 design): 无障碍/长者模式/繁體 bar, search placeholder, breadcrumb ending in 正文, "
            "info bar under the headline with 发布时间/来源/作者 (spaced name 孙  悦)/浏览次数/字体, two photos with captions, "
            "numbered sub-headings, 打印/关闭, 上一篇/下一篇, related list, QR caption, footer with ICP/公网安备/网站标识码.")

BODY = [
    P("9月8日，道里区召开秋季市容环境综合整治“百日攻坚”行动动员部署会，标志着全区为期100天的秋季整治工作全面启动。此次行动聚焦背街小巷、老旧小区、城乡接合部和主次干道沿线，重点解决乱堆乱放、占道经营、违规设置广告牌匾以及管网维修后路面恢复不及时等群众反映集中的问题。"),
    IMG("动员部署会现场", "动员部署会现场"),
    P("根据实施方案，行动分为集中排查、集中整治、巩固提升三个阶段。9月20日前，各街道、各相关部门完成辖区问题的全面摸排，建立问题、责任、整改“三张清单”；10月底前，集中力量对排查出的问题逐项销号；11月起转入常态化管理，并与冬季清冰雪工作有序衔接。"),
    H("一、突出重点区域，做到整治不留死角"),
    P("区城市管理局将全区划分为42个网格，每个网格明确一名科级干部担任网格长。针对中央大街周边、友谊路沿线等游客集中区域，实行“早巡、午查、晚清”工作法，对店外经营、乱设摊点等行为发现一处、劝导一处、整改一处。对群力、新发等城乡接合部地区，重点清理积存垃圾和私搭乱建，计划拆除违法建筑不少于1.2万平方米。"),
    IMG("执法人员清理占道经营", "执法人员对背街小巷占道经营进行劝导清理"),
    H("二、压实各方责任，形成整治合力"),
    P("会议要求，各街道要落实属地责任，城管、住建、交通、市场监管等部门要落实行业监管责任，沿街单位和商户要落实“门前三包”责任。区里将每周通报一次工作进展，对问题整改不力、群众投诉集中的单位进行约谈。"),
    P("“市容环境是城市的脸面，也是群众最直接的感受。”区城市管理局相关负责人表示，此次行动将坚持边查边改、立行立改，同步畅通12345热线、“道里城管”微信公众号等投诉渠道，让群众成为城市管理的监督者和参与者。"),
    H("三、坚持常态长效，巩固整治成果"),
    P("为防止问题反弹，道里区将把此次整治与文明城市常态化创建、物业管理提质增效相结合，建立问题发现、交办、整改、复查的闭环机制。区里还将定期开展“最美街路”“最差街路”评选，评选结果在区属媒体公布，倒逼责任落实。"),
]

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
.dl-top{background:#0b4f9c;color:#fff;font-size:12px;padding:4px 40px}
.dl-top a{color:#fff;margin-right:14px}
.dl-head{background:#1466c0;color:#fff;padding:18px 40px;display:flex;justify-content:space-between}
.dl-logo b{font-size:28px;display:block}
.dl-logo i{font-size:12px;font-style:normal}
.dl-nav{background:#fff;padding:0 40px;border-bottom:3px solid #1466c0}
.dl-nav a{display:inline-block;padding:10px 22px;color:#1466c0}
.dl-wrap{width:1100px;margin:16px auto;background:#fff;padding:20px 40px}
.dl-crumb{font-size:13px;color:#666;border-bottom:1px dashed #ccc;padding-bottom:6px}
.dl-art h1{font-size:24px;text-align:center;color:#0b4f9c;margin:24px 0 10px}
.dl-info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e3e3e3;padding-bottom:10px}
.dl-info span{margin:0 8px}
.dl-body p{text-indent:2em}
.dl-body h3{font-size:15px;margin:12px 0 0}
.dl-body .img{text-align:center;text-indent:0}
.dl-body .cap{text-align:center;text-indent:0;font-size:13px;color:#666}
.dl-tools{text-align:right;font-size:13px}
.dl-page{border-top:1px solid #eee;margin-top:16px;font-size:13px}
.dl-rel h4{border-left:4px solid #1466c0;padding-left:8px}
.dl-qr{float:right;text-align:center;font-size:12px}
.dl-foot{background:#0b4f9c;color:#dbe6f5;font-size:12px;text-align:center;padding:18px 0;margin-top:20px}
.dl-foot a{color:#dbe6f5}
"""


def html():
    body = render(BODY, p='<p>{}</p>', h='<h3>{}</h3>',
                  img='<p class="img"><img alt="{alt}"{src}></p>', cap='<p class="cap">{}</p>')
    t = META["title"]
    return doc(t + "_哈尔滨市道里区人民政府", CSS, f"""
<div class="dl-top"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">智能问答</a><a href="#">English</a><a href="#">登录</a> <a href="#">注册</a></div>
<div class="dl-head">
 <div class="dl-logo"><img alt="国徽" src="{GIF}"><b>哈尔滨市道里区人民政府</b><i>The People's Government of Daoli District, Harbin</i></div>
 <form class="dl-search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button> <a href="#">高级检索</a></form>
</div>
<div class="dl-nav"><a href="#">首页</a><a href="#">走进道里</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">营商环境</a><a href="#">专题专栏</a></div>
<div class="dl-wrap">
 <div class="dl-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">工作动态</a> &gt; 正文</div>
 <div class="dl-art">
  <h1>{e(t)}</h1>
  <div class="dl-info"><span>发布时间：2025-09-09 10:32</span><span>来源：道里区城市管理局</span><span>作者：孙&nbsp;&nbsp;悦</span><span>浏览次数：1186</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
  <div class="dl-body">
{body}
  </div>
  <div class="dl-tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
  <div class="dl-qr"><img alt="二维码" src="{GIF}"><br>扫一扫在手机打开当前页</div>
  <div class="dl-page">
   <p>上一篇：<a href="#">道里区召开2025年第三季度安全生产形势分析会</a></p>
   <p>下一篇：<a href="#">道里区开展“中秋国庆”节前食品安全专项检查</a></p>
  </div>
  <div class="dl-rel"><h4>相关新闻</h4>
   <ul>
    <li><a href="#">道里区全力推进老旧小区改造项目收尾</a> 2025-09-05</li>
    <li><a href="#">群力街道开展背街小巷环境清理行动</a> 2025-09-03</li>
    <li><a href="#">道里区部署今冬清冰雪准备工作</a> 2025-08-29</li>
   </ul>
  </div>
 </div>
</div>
<div class="dl-foot">
 <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
 <p>主办：哈尔滨市道里区人民政府办公室　承办：哈尔滨市道里区政务服务和数据管理局</p>
 <p>联系电话：0451-84615327　地址：哈尔滨市道里区安发街188号</p>
 <p>网站标识码：2301020017　<a href="#">黑ICP备05011264号-2</a>　<img alt="" src="{GIF}">黑公网安备 23010202000318号</p>
 <p><img alt="党政机关" src="{GIF}"> <img alt="政府网站找错" src="{GIF}"></p>
</div>
""")
