"""wk-30: 微博 头条文章 (card article): account name, 发布于 time, 阅读数; numbered sub-headings; account as author."""
from lib import *

PAGE = dict(id="wk-30", kind="self-media", lang="zh",
            title="第一次冬天去呼伦贝尔？这份避坑攻略请收好",
            authors=["呼伦贝尔冬游指南"], publish_time="2025-11-15 10:08")

BLOCKS = [
    P("进入11月，呼伦贝尔已经是一片冰天雪地。最近后台很多朋友问冬天来呼伦贝尔怎么玩、穿什么、要注意啥，今天一次说清楚。"),
    H("1. 穿衣：比你想的还要冷"),
    P("海拉尔12月至次年1月白天平均气温在零下20℃左右，根河、满洲里夜间能到零下35℃以下。建议穿长款羽绒服，里面穿保暖内衣加抓绒衣，帽子、围巾、手套、雪地靴一样不能少。手机在户外掉电很快，记得带充电宝并贴身放。"),
    H("2. 交通：自驾要慎重"),
    P("冬季路面积雪结冰，没有冰雪路面驾驶经验的朋友不建议自驾。海拉尔、满洲里、根河之间都有火车和客运班线，景区之间可以选择正规包车，一定要选择安装了防滑链和雪地胎的车辆。"),
    H("3. 路线：经典三日游"),
    L(["第一天：海拉尔—呼和诺尔草原—莫尔格勒河，看雪原和驯马表演；",
       "第二天：海拉尔—额尔古纳—室韦，住俄式木刻楞，体验俄罗斯族民俗；",
       "第三天：室韦—根河—敖鲁古雅使鹿部落，看驯鹿、冷极村感受零下40℃。"]),
    H("4. 避坑提醒"),
    P("骑马、雪地摩托等项目要选择正规景区，提前问清价格；购买牛肉干、奶制品等特产要认准正规商店，保留好票据。遇到消费纠纷，可以拨打12345热线投诉。"),
    P("祝大家在呼伦贝尔玩得开心！有问题欢迎留言，我们会一一回复。"),
]

CSS = """
body{margin:0;background:#f1f2f5;font-family:"PingFang SC","Microsoft YaHei",Arial;color:#333}
.wb-nav{height:56px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.06);display:flex;align-items:center;gap:24px;padding:0 40px}
.wb-nav .lg{color:#ff8200;font-weight:bold;font-size:22px}.wb-nav input{width:220px;height:32px;border-radius:16px;border:0;background:#f2f2f2;padding:0 14px}
.wb-nav a{color:#333;text-decoration:none;font-size:14px}.wb-nav .r{margin-left:auto}
.wb-art{width:700px;margin:20px auto;background:#fff;border-radius:6px;padding:0 0 20px}
.cover{height:300px;background:#c9d4e0;border-radius:6px 6px 0 0}
.wb-art .in{padding:24px 40px}
.wb-art h1{font-size:26px;line-height:1.45;margin:0 0 16px}
.au{display:flex;align-items:center;gap:10px;font-size:14px;color:#939393;margin-bottom:24px}
.au .av{width:36px;height:36px;border-radius:50%;background:#ddd}.au .nm{color:#eb7350;font-size:15px}
.wb-txt{font-size:16px;line-height:1.9;color:#333}.wb-txt p{margin:0 0 18px}.wb-txt h2{font-size:18px;margin:24px 0 10px}
.wb-txt ul{padding-left:20px}.wb-txt li{margin-bottom:8px}
.foot-bar{display:flex;justify-content:space-around;border-top:1px solid #f0f0f0;padding-top:14px;font-size:14px;color:#808080}
.lic{text-align:center;font-size:12px;color:#999;padding:10px 0 30px}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h2")
    html = f"""
<div class="wb-nav"><span class="lg">微博</span><input type="text" placeholder="搜索微博"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><span class="r"><a href="#">注册</a> <a href="#">登录</a></span></div>
<div class="wb-art">
<div class="cover"></div>
<div class="in">
<h1>{PAGE["title"]}</h1>
<div class="au"><span class="av"></span><span class="nm">呼伦贝尔冬游指南</span><span>发布于 2025-11-15 10:08</span><span>阅读数 1.2万</span></div>
<div class="wb-txt">
{bh}
</div>
<p style="font-size:13px;color:#999">本文来自微博头条文章</p>
</div>
<div class="foot-bar"><span>转发 56</span><span>评论 32</span><span>赞 210</span></div>
</div>
<div class="lic">Copyright © 2009-2025 WEIBO 北京微梦创科网络技术有限公司　京网文〔2023〕3517-102号</div>
"""
    return doc(PAGE["title"], CSS, html), gold
