"""Shared furniture helpers."""
def gov_top(site, links=("无障碍", "长者模式", "繁体", "English"), nav=None, search=True):
    els = [("links", ["设为首页", "加入收藏"] + list(links)), ("banner", site + "标识", site)]
    if search:
        els.append(("search", "请输入搜索内容", "搜索"))
    els.append(("nav", nav or ["首页", "政务公开", "政务服务", "互动交流", "走进" + site[:2]]))
    return els
def gov_foot(site, host, icp, ga, code, extra=()):
    return [("foot", ["主办：" + site + "  承办：" + host, "网站标识码：" + code + "  " + icp, ga] + list(extra))]
def page(pid, kind, title, authors, time, doc_title, els, style="div", lang="zh"):
    return dict(id=pid, kind=kind, lang=lang, title=title, authors=authors, publish_time=time,
                doc_title=doc_title, els=els, style=style)
