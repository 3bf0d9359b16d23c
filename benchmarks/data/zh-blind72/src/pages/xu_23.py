from lib import *

META = dict(
    id="xu-23", kind="media", lang="zh",
    title="宁夏闽宁镇菌菇产业扩产 三千余名村民家门口就业",
    authors=["李佩珊"],
    publish_time="2025年09月12日 14:37",
)
FEATURES = ("national news site (invented 神州网, 2016 template): long channel bar, 地方 breadcrumb, headline, date + 来源 "
            "line with 参与互动 count, dispatch line 神州网银川9月12日电（记者 李佩珊）in the first paragraph (body), "
            "photo caption with photographer credit, 【编辑:…】 after the text, 分享到 row, 精彩推荐 list, multi-line footer.")

BODY = [
    P("神州网银川9月12日电（记者 李佩珊）秋日的宁夏永宁县闽宁镇，一座座菌菇大棚整齐排列。棚内，双孢菇、香菇从菌棒上冒出头来，村民们正忙着采摘、分拣、装箱。"),
    P("“在家门口上班，一个月能挣4000多块钱，还能照顾老人孩子。”在一家菌菇合作社务工的村民海秀英说。她和丈夫都在合作社工作，一年下来收入比外出打工还多。"),
    P("闽宁镇是上世纪90年代宁夏西海固地区群众搬迁形成的移民镇。近年来，当地依托闽宁协作机制，引进福建企业发展菌菇产业，从菌种培育、菌棒生产到鲜菇销售、精深加工，逐步形成了完整的产业链。"),
    P("福建来的技术员林师傅已经在闽宁镇待了六年。他说，刚来时村民们对种蘑菇心里没底，合作社就先免费发菌棒、派技术员手把手教，“第一批菇卖出去，大家看到了收益，积极性一下子就上来了”。如今，镇上已经有了一批本地的“土专家”，能独立完成接种、出菇管理等关键环节。"),
    P("记者了解到，今年闽宁镇新建菌菇大棚260座，菌棒年产能提升至5000万棒，鲜菇产品销往西北、华北等地，部分产品加工成即食菌菇零食后进入电商平台。目前，全镇菌菇产业直接带动3000余名村民就近就业，户均年增收2万元以上。"),
    P("产业发展也带动了配套服务。镇上开起了菌棒加工厂、包装厂和物流站点，一些年轻人在电商平台上开设网店，通过直播销售鲜菇和菌菇干货。“去年我们直播间卖了200多万元的货，订单主要来自东部沿海城市。”一名返乡创业的大学生说。"),
    P("当地负责人表示，下一步将建设冷链仓储中心和菌渣综合利用项目，把菌菇采摘后的废弃菌棒加工成有机肥，反哺葡萄、枸杞等特色产业，推动产业循环发展。"),
]

CSS = """
body{margin:0;font:14px/1.7 "宋体",SimSun;color:#000;background:#fff}
.szw-bar{background:#0c3c78;font-size:12px;padding:0 6%}
.szw-bar a{color:#dfe8f5;display:inline-block;padding:6px 7px}
.szw-head{width:1000px;margin:0 auto;height:80px;border-bottom:3px solid #0c3c78;font:bold 34px/80px "Microsoft YaHei";color:#0c3c78}
.szw-wrap{width:1000px;margin:0 auto}
.szw-pos{font-size:12px;padding:10px 0;color:#666}
.szw-wrap h1{font:bold 30px/1.4 "Microsoft YaHei";text-align:center;margin:14px 0 10px}
.szw-left{font-size:12px;color:#666;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.szw-left .hd{float:right}
.szw-body{font-size:16px;line-height:2.1;padding:0 40px}
.szw-body p{text-indent:2em;margin:16px 0}
.szw-img{text-align:center}
.szw-imgt{text-align:center;font-size:14px;text-indent:0;font-family:KaiTi}
.szw-adEditor{text-align:right;font-size:14px;padding-right:40px}
.szw-fx{font-size:12px;color:#999}
.szw-jc h4{font:bold 16px "Microsoft YaHei";border-bottom:1px solid #0c3c78}
.szw-jc li{font-size:14px}
.szw-foot{border-top:1px solid #ccc;margin-top:30px;text-align:center;font-size:12px;color:#555;padding:14px 0;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "-神州网", CSS, f"""
<div class="szw-bar"><a href="#">首页</a><a href="#">时政</a><a href="#">国际</a><a href="#">社会</a><a href="#">财经</a><a href="#">地方</a><a href="#">华人</a><a href="#">大湾区</a><a href="#">文娱</a><a href="#">体育</a><a href="#">视频</a><a href="#">图片</a><a href="#">English</a></div>
<div class="szw-head">神州网</div>
<div class="szw-wrap">
 <div class="szw-pos"><a href="#">神州网</a> - <a href="#">地方</a> - <a href="#">宁夏</a> - 正文</div>
 <h1>{e(t)}</h1>
 <div class="szw-left"><span class="hd">参与互动 <a href="#">(3)</a></span>2025年09月12日 14:37　来源：神州网</div>
 <div class="szw-body">
  <p class="szw-img"><img alt="" src="{GIF}"></p>
  <p class="szw-imgt">图为闽宁镇一处菌菇大棚内，村民在采摘双孢菇。　孙健 摄</p>
{body}
 </div>
 <div class="szw-adEditor">【编辑:丁雪】</div>
 <div class="szw-fx">分享到：微信 | 微博 | QQ空间</div>
 <div class="szw-jc"><h4>精彩推荐</h4><ul>
  <li><a href="#">【图片故事】六盘山下的秋收时节</a></li>
  <li><a href="#">银川河东机场新开多条国际航线</a></li>
  <li><a href="#">黄河宁夏段生态修复成效显现</a></li>
 </ul></div>
 <div class="szw-foot"><a href="#">本网介绍</a> | <a href="#">简介</a> | <a href="#">招聘英才</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a><br>
 本网站所刊载信息，不代表神州网观点。刊用本网站稿件，务经书面授权。<br>
 未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>
 [网上传播视听节目许可证(0105213)]　[京ICP证071138号]　[京公网安备：11010502031276号]　[京ICP备10027416号-3]　总机：86-10-65318270</div>
</div>
""")
