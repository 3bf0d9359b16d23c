"""wk-29: 澎湃号·政务 article: account card, time + 来源 line, 来源/编辑 lines closing the body, platform disclaimer."""
from lib import *

PAGE = dict(id="wk-29", kind="self-media", lang="zh",
            title="延吉冬季文旅活动清单来了，“冰雪+民俗”玩法上新",
            authors=["延吉发布"], publish_time="2025-11-14 17:20")

BLOCKS = [
    P("随着气温持续走低，延吉的冬季旅游也进入了“热”季。近日，延吉市文化广播电视和旅游局发布2025—2026年冬季文旅活动清单，推出冰雪运动、民俗体验、美食消费等四大类32项活动，从11月下旬一直持续到明年3月。"),
    H("冰雪运动：城区就有滑雪场"),
    P("位于城区西侧的梨花滑雪场计划于11月下旬开板，今年新增初级雪道2条和儿童戏雪区。布尔哈通河沿岸将浇筑冰场4处，推出冰上陀螺、冰上拔河等群众性冰雪项目。"),
    H("民俗体验：穿上民族服装逛老街"),
    P("每周末，中国朝鲜族民俗园将举办打糕制作、长鼓舞教学、传统婚礼展演等活动；12月下旬还将举办“延吉冬日民俗节”，游客可以体验冬季泡菜腌制、农乐舞等特色民俗。"),
    H("美食消费：早市夜市都有看头"),
    P("水上市场、西市场等网红打卡地将延长营业时间，全市推出“冰雪美食地图”，串联冷面、烤串、米肠等特色小吃店160余家。活动期间，游客凭外地身份证还可在部分景区享受门票优惠。"),
    P("延吉市文旅局相关负责人表示，今冬将加强景区安全巡查、市场秩序监管和游客服务保障，让游客在延吉玩得舒心、吃得放心。"),
    NOTE("来源：延吉市融媒体中心", f=lambda t, b: f'<p class="src">{t}</p>'),
    NOTE("编辑：崔明哲", f=lambda t, b: f'<p class="src">{t}</p>'),
]

CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#000;background:#fff}
.pp-hd{height:60px;border-bottom:1px solid #e6e6e6;display:flex;align-items:center;padding:0 50px;gap:30px}
.pp-hd .lg{font-size:26px;font-weight:900;letter-spacing:2px}.pp-hd a{color:#000;text-decoration:none;font-size:15px}
.pp-hd .r{margin-left:auto;font-size:13px;color:#666}
.pp-body{width:1000px;margin:30px auto;display:flex;gap:60px}
.pp-news{width:640px}
.pp-news h1{font-size:28px;line-height:1.4;font-weight:600;margin:0 0 18px}
.pp-acc{display:flex;align-items:center;gap:10px;margin-bottom:8px;font-size:15px}.pp-acc .av{width:34px;height:34px;border-radius:50%;background:#ddd}
.pp-acc .f{border:1px solid #00a5eb;color:#00a5eb;font-size:12px;padding:1px 10px;border-radius:12px}
.pp-date{font-size:13px;color:#999;margin-bottom:26px}.pp-date span{margin-right:16px}
.pp-txt{font-size:17px;line-height:1.9}.pp-txt p{margin:0 0 20px}.pp-txt h3{font-size:17px;margin:0 0 12px}
.pp-txt .src{font-size:14px;color:#999;margin:0 0 4px}
.pp-decl{font-size:12px;color:#999;background:#f7f7f7;padding:12px;margin-top:24px;line-height:1.7}
.pp-tool{font-size:13px;color:#666;margin-top:14px}.pp-tool span{margin-right:16px}
.pp-side{width:300px}.pp-side h4{border-left:3px solid #00a5eb;padding-left:6px}.pp-side li{font-size:14px;margin-bottom:12px;list-style:none}.pp-side ul{padding:0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<div class="pp-hd"><span class="lg">澎湃</span>{links(["首页","要闻","深度","思想","生活","澎湃号","视频"])}<span class="r">下载客户端　登录</span></div>
<div class="pp-body">
<div class="pp-news">
<h1>{PAGE["title"]}</h1>
<div class="pp-acc"><span class="av"></span><span>延吉发布</span><span class="f">关注</span></div>
<div class="pp-date"><span>2025-11-14 17:20</span><span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="pp-txt">
{bh}
</div>
<div class="pp-tool"><span>字号</span><span>收藏</span><span>分享</span><span>举报</span></div>
<div class="pp-decl">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
</div>
<div class="pp-side"><h4>延吉发布</h4><p style="font-size:13px;color:#666">延吉市人民政府新闻办公室官方账号</p>
<h4>澎湃号·政务 推荐</h4><ul>{links(["珲春口岸冬季通关时间调整","长白山景区冰雪季门票政策发布","图们江畔首场冬季徒步活动举行"], wrap="li")}</ul></div>
</div>
"""
    return doc(PAGE["title"] + "_澎湃号·政务_澎湃新闻", CSS, html), gold
