# 陇原广电网 (甘肃, provincial TV site): a video news page.  Player furniture
# (时长, 播放), 编辑/责编 in the info bar (not authors); the reporters close the
# last paragraph in brackets.
from kit import *

META = dict(
    id="xm-14", kind="media", lang="zh",
    title="河西走廊风电光伏基地建设全面提速",
    authors=["张弛", "刘晓燕"],
    publish_time="2025-05-26 20:11",
)
HTML_TITLE = "河西走廊风电光伏基地建设全面提速_甘肃新闻_陇原广电网"
CSS = BASE_CSS + """
body{background:#0f1923;color:#dfe6ee}
a{color:#dfe6ee}
.hd{height:64px;display:flex;align-items:center;gap:30px;padding:0 40px;background:#0a1118}
.hd b{font-size:24px;color:#ffb300}
.hd .nav{display:flex}
.hd .nav a{padding:0 12px}
.hd .search{margin-left:auto}
.hd input{background:#1d2a36;border:0;color:#fff;padding:6px 12px}
.wrap{width:1100px;margin:20px auto}
.crumb{font-size:13px;color:#8796a5}
.crumb a{color:#8796a5}
.player{height:540px;background:#000;margin:14px 0;position:relative}
.player .ctl{position:absolute;bottom:0;left:0;right:0;display:flex;gap:16px;padding:8px 14px;background:rgba(255,255,255,.08);font-size:13px}
h1{font-size:26px;margin:10px 0}
.info{color:#8796a5;font-size:13px;display:flex;gap:18px;border-bottom:1px solid #24323f;padding-bottom:12px}
.content{font-size:16px;line-height:2;margin-top:14px}
.content p{margin:0 0 12px;text-indent:2em}
.tags{margin:14px 0;font-size:13px}
.tags a{background:#1d2a36;padding:3px 10px;margin-right:8px;border-radius:3px}
.more h3{border-left:4px solid #ffb300;padding-left:10px}
.more .grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.more .item{background:#17222d;padding:6px;font-size:13px}
.footer{background:#0a1118;color:#6d7b89;text-align:center;font-size:12px;padding:20px 0;margin-top:30px}
.footer p{margin:3px 0}
"""
MORE = [("00:01:48", "甘南州：高原牧区迎来接羔育幼季"), ("00:02:10", "兰州新区：数据中心集群加快建设"),
        ("00:01:35", "敦煌莫高窟开启旅游旺季预约"), ("00:02:42", "定西马铃薯春播基本结束")]
TEMPLATE = f"""
<div class="hd"><b>陇原广电网</b><div class="nav">{links(["首页", "直播", "新闻", "甘肃新闻", "专题", "节目", "听广播"])}</div>{search("搜索节目、新闻", "")}</div>
<div class="wrap">
{crumb(["首页", "新闻", "甘肃新闻"], prefix="", sep=" / ")}
<div class="player">{img("视频封面：河西走廊风电光伏基地", 1100, 540)}<div class="ctl"><span>▶ 播放</span><span>00:00 / 02:36</span><span>高清</span><span>全屏</span></div></div>
<h1>@@TITLE@@</h1>
<div class="info"><span>@@DATE@@</span><span>来源：甘肃新闻</span><span>编辑：何小娟</span><span>责编：杜伟</span><span>播放量：2.1万</span></div>
<div class="content">
@@BODY@@
</div>
<div class="tags">标签：<a href="#">新能源</a><a href="#">河西走廊</a><a href="#">风电</a><a href="#">光伏</a></div>
<div class="more"><h3>相关视频</h3><div class="grid">{"".join(f'<div class="item">{img(t, 240, 135)}<p>{d}</p><p>{t}</p></div>' for d, t in MORE)}</div></div>
</div>
{footer(["甘肃广播电视总台（集团）主办　陇原广电网版权所有",
         "信息网络传播视听节目许可证：2710502　广播电视节目制作经营许可证：（甘）字第00123号",
         "甘ICP备09002387号-1　甘公网安备 62010202000766号"])}
"""
OPTS = dict(pstyle="p")
BODY = """
p 时下的河西走廊，从酒泉瓜州到张掖山丹，一座座风机迎风转动，一排排光伏板在戈壁滩上铺展开来。今年以来，我省加快推进河西走廊清洁能源基地建设，一批大型风电光伏项目和配套储能、输电工程相继开工。
p 在酒泉市瓜州县北大桥第七风电场，施工人员正在进行风机吊装作业。这台单机容量6.25兆瓦的风机，叶轮直径达到200米，是目前河西地区单机容量最大的陆上风机之一。项目负责人介绍，整个项目装机100万千瓦，计划今年10月底前全容量并网。
p 项目负责人 王建平：我们现在每天有300多名工人、40多台大型机械在现场作业，目前已经完成了126台风机基础浇筑，吊装完成58台，工程进度比计划提前了半个月。
p 据了解，今年全省计划新增新能源装机1200万千瓦以上，其中大部分集中在河西地区。为解决新能源“发得出、送不出”的问题，我省同步推进陇东至山东、河西至华中等特高压输电通道和一批新型储能电站建设，新能源利用率保持在95%以上。
p 省能源局有关负责人表示，将持续优化项目审批和要素保障服务，推动风光储一体化发展，力争到2025年底全省新能源装机突破8000万千瓦，把资源优势更好地转化为发展优势。（张弛 刘晓燕）
"""
