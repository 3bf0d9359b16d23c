#!/usr/bin/env python3
"""Write html/<id>.html and gold/<id>.json for zh-blind207."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from furniture import *
import pages_a, pages_b, pages_c
from extra import X, X2
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind207"
PAGES = pages_a.P + pages_b.P + pages_c.P

def norm_author(a):
    return re.sub(r"[\s\u3000]+", "", a) if re.search(r"[\u4e00-\u9fff]", a) else a

def render(p, n):
    st = p["style"]; site = p["site"]; body = render_body(p["body"]); en = p.get("lang") == "en"
    crumbs = f'<div class="crumb">{p["crumbs"]}</div>' if p.get("crumbs") else ""
    if st == "table":
        inner = (f'<table class="w"><tr><td>{img(site + "标志")}<b>{e(site)}</b></td><td align="right"><a>无障碍</a> | <a>长者模式</a> | <a>设为首页</a> | <a>加入收藏</a></td></tr></table>'
                 f'<table class="w nav"><tr><td>首页</td><td>新闻中心</td><td>政务公开</td><td>政务服务</td><td>互动交流</td></tr></table>'
                 f'<table class="w"><tr><td>{crumbs}</td><td align="right">站内搜索：<input type="text" value="" placeholder="请输入关键词"><button>搜索</button></td></tr>'
                 f'<tr><td colspan="2">{p["hd"]}<div class="con">{body}</div>{p["tail"]}</td></tr></table>'
                 + gov_footer(site, "本市行政中心", n).replace('class="ft"', 'class="f"'))
    elif st == "div":
        top = ('<div class="top"><a>Sign in</a> | <a>中文</a> | <input placeholder="Search"></div>' if en else
               '<div class="top"><a>无障碍浏览</a> <a>关怀版</a> <a>简</a>/<a>繁</a> <a>登录</a> <a>注册</a> <input placeholder="请输入搜索内容"><button>搜索</button></div>')
        side = ('<div class="side"><h4>Most read</h4><ol><li>Weather alert for the weekend</li><li>New flights link Nanjing and Seoul</li></ol></div>' if en else
                f'<div class="side"><h4>热点排行</h4><ol><li>一图读懂2025年政府工作报告</li><li>12345热线一周回应</li></ol><p>{img("官方微信二维码")}扫码关注{e(site)}</p></div>')
        foot = ('<div class="ft">Copyright © 2025 All rights reserved. 苏ICP备19027531号</div>' if en else gov_footer(site, "市中心大道" + str(n) + "号", n))
        inner = f'{top}<div class="hd">{img(site)}{e(site)}</div><div class="main">{crumbs}{side}<div class="art">{p["hd"]}<div class="TRS_Editor">{body}</div>{p["tail"]}</div></div>{foot}'
    elif st == "grid":
        nav = ('<nav><a>Home</a> <a>News</a> <a>Culture</a> <a>Travel</a> <a>Photos</a></nav>' if en else
               '<nav><a>首页</a> <a>要闻</a> <a>政务</a> <a>民生</a> <a>视频</a> <a>专题</a> <a>长者模式</a> <a>无障碍</a></nav>')
        foot = ('<footer>About us | Contact | © 2025 Henan Daily English. 豫ICP备11003612号</footer>' if en else gov_footer(site, "新区行政服务中心", n).replace('class="ft"', 'class="card"'))
        rel = '<div class="card"><b>Latest</b><ul><li>Zhengzhou airport adds cargo routes</li></ul></div>' if en else '<div class="card"><b>最新发布</b><ul><li>我市启动2025年消费券发放</li><li>一周天气早知道</li></ul></div>'
        inner = f'<header>{img(site)}<b>{e(site)}</b>{nav}<input placeholder="{"Search" if en else "搜索"}"></header><div class="g"><main>{crumbs}<article>{p["hd"]}{body}</article>{p["tail"]}</main><aside>{rel}</aside></div>{foot}'
    elif st == "app":
        inner = f'<div class="open">{e(site)} 打开App看更多</div><article>{p["hd"]}<div class="rich">{body}</div></article>{p["tail"]}<div class="rel"><b>相关推荐</b><ul><li>这些新规下月起施行</li><li>本周天气：晴转多云</li></ul></div><p>{img("长按识别二维码")}长按识别二维码关注</p>'
    elif st == "epaper":
        x = p["ep"]
        bans = "".join(f"<li><a>{b}</a></li>" for b in ["第01版：要闻", "第02版：要闻", "第03版：综合新闻", x["ban"], "第08版：副刊"])
        titles = "".join(f"<li><a>{e(t)}</a></li>" for t in [p["title"]] + x["others"])
        art = (f'<p class="yt">{e(x["yt"])}</p>' if x["yt"] else "") + f'<p class="zt">{e(p["title"])}</p>' + (f'<p class="ft2">{e(x["ft"])}</p>' if x["ft"] else "") + (f'<p class="zz">{e(x["byline"])}</p>' if x["byline"] else "")
        inner = (f'<div><b>{e(site)}</b>　{e(p["time"])}　星期{"一二三四五六日"[n % 7]}　<a>往期回顾</a> <a>PDF下载</a></div>'
                 f'<div class="left">{img(x["ban"] + "版面图")}<p>{e(x["ban"])}</p><p><a>上一版</a> <a>下一版</a></p><h4>版面导航</h4><ul>{bans}</ul><h4>本版标题</h4><ul>{titles}</ul></div>'
                 f'<div class="right">{art}<div class="content">{body}</div><p><a>上一篇</a> <a>下一篇</a>　<a>返回目录</a></p></div>'
                 f'<div style="clear:both">{e(site)}数字报　版权所有　未经授权禁止转载</div>')
    return page(p["title"] + ("" if st == "epaper" else " - " + site), st, inner, "en" if en else "zh-CN")

def add_extra(p):
    if p["id"] not in X: return
    b = p["body"]
    cs = [i for i, it in enumerate(b) if not isinstance(it, str) and it[0] == "c"]
    strs = [i for i, it in enumerate(b) if isinstance(it, str)]
    at = cs[0] if cs else strs[-1]
    b.insert(at, X[p["id"]])
    if p["id"] in X2: b.insert(at + 1, X2[p["id"]])

def main():
    for p in PAGES: add_extra(p)
    for d in ("html", "gold"): os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    assert len(PAGES) == 40 and len({p["id"] for p in PAGES}) == 40
    for n, p in enumerate(PAGES, 1):
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(render(p, n))
        g = dict(id=p["id"], set=SET, lang=p.get("lang", "zh"), kind=p["kind"], title=p["title"],
                 authors=[norm_author(a) for a in p["authors"]], publish_time=p["time"], body_paragraphs=gold_body(p["body"]))
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("built", len(PAGES))
if __name__ == "__main__": main()
