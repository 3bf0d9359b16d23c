"""Shared site furniture helpers."""
GOV_TOP = ["无障碍", "长者模式", "繁體", "English", "登录", "注册"]

def gov(name, old=False, slogan="", nav=None, side=None, host="某某", icp="浙ICP备05012345号-1",
        ga="浙公网安备 33010202000123号", bsm="3301020001", extra_foot=None, top=None, ph="请输入关键词"):
    foot = [f"主办：{host}  承办：{host}办公室（大数据中心）",
            f"网站标识码：{bsm}  {icp}  {ga}",
            "联系电话：0571-8xxx6021  技术支持：某信息技术有限公司",
            "建议使用1920×1080分辨率浏览  网站地图 | 联系我们 | 隐私声明"]
    if extra_foot: foot = extra_foot + foot
    return {"name": name, "old": old, "slogan": slogan, "top": GOV_TOP if top is None else top,
            "nav": nav or ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "专题专栏"],
            "side": side, "foot": foot, "ph": ph}
