from lib import *

META = dict(
    id="xu-35", kind="e-paper", lang="zh",
    title="北屯垦区智能农机上阵秋收效率提三成",
    authors=["朱丽娜", "徐刚"],
    publish_time="2025年9月12日 星期五",
)
FEATURES = ("兵团 daily e-paper (invented 绿洲日报, 2023 design): 本期导读 strip, 第2版 兵团新闻 tab row, 引题 + a 主题 printed "
            "on two lines (joined without a space), byline 本报通讯员 … 本报记者 … (both authors, in printed order), "
            "放大/缩小/语音播报 buttons, list of machines, 上一篇/下一篇 by title, 往期 date picker text, footer.")

BODY = [
    P("9月上旬，第十师北屯市各团场陆续进入秋收阶段。与往年不同的是，今年的田间地头多了不少“新面孔”：北斗导航收获机、无人驾驶运粮车、植保无人机……智能农机成了秋收的主力军。"),
    P("在一八七团的玉米地里，一台加装了北斗导航系统的玉米收获机正在作业，驾驶员只需在驾驶室内监控屏幕，收获机便能沿着预设路线自动行进。“以前收一天要盯着地垄不敢走神，现在有了自动导航，收得直、掉粒少，一天能多收七八十亩。”职工李永刚说。"),
    P("据介绍，今年北屯垦区投入秋收的智能农机主要有："),
    L([
        "北斗导航自动驾驶收获机126台；",
        "无人驾驶运粮车18台；",
        "植保及测产无人机240余架；",
        "智能烘干塔11座，日烘干能力5600吨。",
    ]),
    P("智能农机的广泛应用，让秋收效率比去年提高了约三成，收获损失率控制在2%以内。师市农业农村局还依托智慧农业平台，对全垦区农机作业进度、粮食产量和烘干仓储情况进行实时调度，避免了农机扎堆和粮食积压。"),
    P("“今年全垦区粮食作物预计总产量比去年增长6%以上。”师市农业农村局负责人表示，下一步将继续推广智能化农机装备，推动农业生产全程机械化、信息化水平再上新台阶。"),
]

CSS = """
body{margin:0;background:#eef3ee;font:15px/1.9 "Microsoft YaHei";color:#2a2a2a}
.lz-mast{background:#fff;padding:12px 6%;display:flex;align-items:baseline;gap:20px;border-bottom:3px solid #2f7d32}
.lz-mast .n{font:bold 30px STKaiti,KaiTi;color:#2f7d32}
.lz-mast .d{font-size:14px;color:#555}
.lz-dd{background:#f6fbf6;padding:6px 6%;font-size:13px;color:#2f7d32}
.lz-tabs{padding:0 6%;background:#fff}
.lz-tabs a{display:inline-block;padding:8px 12px;font-size:14px;color:#444}
.lz-tabs a.on{border-bottom:2px solid #2f7d32;color:#2f7d32}
.lz-art{max-width:860px;margin:18px auto;background:#fff;padding:30px 56px}
.lz-tool{text-align:right;font-size:13px;color:#999}
.lz-tool button{margin-left:6px}
.lz-yt{text-align:center;font-size:17px;color:#666;margin:10px 0 0}
.lz-zt{text-align:center;font-size:28px;line-height:1.45;margin:6px 0}
.lz-zz{text-align:center;font-size:14px;color:#666;margin-bottom:18px}
.lz-zw p{text-indent:2em;margin:0 0 14px}
.lz-zw ul{margin:0 0 14px 3em}
.lz-nav{border-top:1px solid #e3ece3;margin-top:20px;font-size:14px}
.lz-wq{font-size:13px;color:#888}
.lz-ft{text-align:center;font-size:12px;color:#888;padding:18px}
"""


def html():
    body = render(BODY)
    return doc("北屯垦区智能农机上阵 秋收效率提三成-绿洲日报", CSS, f"""
<div class="lz-mast"><span class="n">绿洲日报</span><span class="d">2025年9月12日 星期五　第2版：兵团新闻</span></div>
<div class="lz-dd">本期导读：<a href="#">兵团召开秋季农业生产调度会</a>　<a href="#">八师石河子市新增3家国家级专精特新企业</a>　<a href="#">北屯垦区智能农机上阵</a></div>
<div class="lz-tabs"><a href="#">第1版：要闻</a><a href="#" class="on">第2版：兵团新闻</a><a href="#">第3版：师市风采</a><a href="#">第4版：绿洲副刊</a></div>
<div class="lz-art">
 <div class="lz-tool"><button>放大</button><button>缩小</button><button>默认</button><button>语音播报</button></div>
 <p class="lz-yt">抢收抢运 颗粒归仓</p>
 <h1 class="lz-zt">北屯垦区智能农机上阵<br>秋收效率提三成</h1>
 <p class="lz-zz">本报通讯员 朱丽娜 本报记者 徐刚</p>
 <div class="lz-zw">
{body}
 </div>
 <div class="lz-nav">上一篇：<a href="#">兵团召开秋季农业生产调度会</a><br>下一篇：<a href="#">八师石河子市新增3家国家级专精特新企业</a></div>
 <p class="lz-wq">往期回顾：请选择日期 <input type="text" placeholder="2025-09-12"></p>
</div>
<div class="lz-ft">绿洲日报社版权所有　新ICP备05002614号-3　新公网安备 65010402000577号</div>
""")
