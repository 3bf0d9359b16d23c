"""wk-09: 吉林 县政府 (2019 design), 批复 with 文号 line; info bar above the headline."""
from lib import *

PAGE = dict(id="wk-09", kind="government", lang="zh",
            title="抚松县人民政府关于同意《抚松县2025—2026年冰雪季旅游发展实施方案》的批复",
            authors=[], publish_time="2025年11月13日 14:20")

BLOCKS = [
    NOTE("抚府函〔2025〕58号", f=lambda t, b: f'<p class="wh">{t}</p>'),
    P("县文化广播电视和旅游局："),
    P("你局《关于审批〈抚松县2025—2026年冰雪季旅游发展实施方案〉的请示》（抚文旅呈〔2025〕12号）收悉。经研究，现批复如下："),
    P("一、原则同意《抚松县2025—2026年冰雪季旅游发展实施方案》（以下简称《方案》），请认真组织实施。"),
    P("二、你局要会同有关部门和各乡镇，围绕“长白山下 温泉冰雪”主题，精心组织好冰雪节庆、温泉康养、林海雪原研学等系列活动，丰富冬季旅游产品供给，提升游客体验。"),
    P("三、各有关单位要加强滑雪场、温泉酒店等重点场所的安全监管，落实极端天气应急预案，做好旅游交通、食品安全和市场秩序保障工作，确保冰雪季旅游安全有序。"),
    P("四、《方案》实施所需经费，按照“谁主办、谁负责”的原则，由各实施单位在年度预算中统筹解决。实施过程中遇到的重大问题，要及时向县政府报告。"),
    SIGN("抚松县人民政府"),
    SIGN("2025年11月12日"),
    P("（此件公开发布）", f=lambda t, b: f"<p>{t}</p>"),
]

CSS = """
html{background:#f0f0f0}body{margin:0;font-family:"Microsoft YaHei","SimSun";color:#333}
.g-top{width:1200px;margin:0 auto;height:28px;line-height:28px;font-size:12px;color:#999;text-align:right}
.g-top a{color:#666;padding:0 6px}
.g-head{width:1200px;margin:0 auto;height:160px;background:#fff;border-top:5px solid #d0021b;display:flex;align-items:center;padding:0 30px;box-sizing:border-box}
.g-head .n{font-size:40px;color:#d0021b;font-family:"STXingkai","KaiTi";flex:1}
.g-head form input{height:32px;width:240px}
.g-nav{width:1200px;margin:0 auto;background:#d0021b;display:flex}.g-nav a{flex:1;color:#fff;text-align:center;line-height:50px;font-size:18px;text-decoration:none}
.g-body{width:1200px;margin:16px auto;background:#fff;padding:20px 100px 40px;box-sizing:border-box}
.g-loc{font-size:13px;margin:0 -60px 26px;color:#555}
.g-date{text-align:right;font-size:13px;color:#999;margin-bottom:6px}
.g-tit{font-size:24px;font-weight:bold;text-align:center;line-height:1.6;color:#222;border-bottom:1px solid #ddd;padding-bottom:20px}
.g-con{font-family:"FangSong","仿宋";font-size:18px;line-height:2;padding-top:16px}
.g-con p{text-indent:2em;margin:0}.g-con .wh{text-align:center;text-indent:0;margin-bottom:16px}
.g-act{margin-top:40px;text-align:center;font-size:14px}.g-act a{border:1px solid #ccc;padding:4px 18px;margin:0 8px;color:#555;text-decoration:none}
.g-foot{width:1200px;margin:0 auto;background:#3b3b3b;color:#bbb;text-align:center;font-size:12px;padding:16px 0;line-height:24px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="g-top"><a href="#">无障碍</a>|<a href="#">长者模式</a>|<a href="#">手机版</a>|<a href="#">吉林省人民政府</a>|<a href="#">白山市人民政府</a></div>
<div class="g-head"><div class="n">抚松县人民政府</div><form><input type="text" placeholder="全站搜索"> <input type="submit" value="搜索"></form></div>
<div class="g-nav">{links(["首页","魅力抚松","政务公开","政务服务","互动交流","人参之乡"])}</div>
<div class="g-body">
<div class="g-loc">首页 &gt; 政务公开 &gt; 政府文件 &gt; 县政府文件</div>
<div class="g-date">2025年11月13日 14:20　来源：县政府办</div>
<div class="g-tit">{PAGE["title"]}</div>
<div class="g-con">
{bh}
</div>
<div class="g-act"><a href="#">打印</a><a href="#">关闭</a></div>
</div>
<div class="g-foot">网站主办：抚松县人民政府办公室　网站标识码：2206210005<br>吉ICP备06002689号-2　吉公网安备 22062102000019号<br>联系我们：0439-6222601</div>
"""
    return doc(PAGE["title"], CSS, html), gold
