"""Shared furniture: footers."""
def gfoot(host, org, icp, ga, bsm, phone="", extra=""):
    s = f"主办：{host}　承办：{org}"
    if phone: s += f"　联系电话：{phone}"
    s += f"<br>网站标识码：{bsm}　<a href=\"#\">{icp}</a>　<a href=\"#\">{ga}</a>"
    if extra: s += "<br>" + extra
    return s
def mfoot(name, icp, ga, lic=""):
    s = f"{name} 版权所有 未经授权禁止转载<br>{icp} | {ga}"
    if lic: s += f" | {lic}"
    return s + "<br><a href=\"#\">关于我们</a> | <a href=\"#\">联系我们</a> | <a href=\"#\">违法和不良信息举报</a>"
