from lib import *

PAGE = dict(
    id="xj-35", kind="e-paper", lang="zh",
    title="春季流感进入高发期专家支招科学防护",
    authors=["张雪", "李梦瑶"],
    publish_time="2023年03月09日",
    doc_title="城市晚报 2023年03月09日 A05：城事 春季流感进入高发期 专家支招科学防护",
    pfmt="p", hfmt="strong",
    features="evening-paper e-paper: 引题 above the headline, headline printed on two lines (joined without space in the gold); byline 首席记者 … 实习生 … (both authors) glued after the 版 label; "
             "记者/医生 Q&A exchange with bold speaker labels; a 温馨提示 list; 本版标题 list; A05 版次 navigation.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}
.w{width:1100px;margin:0 auto}
.hd{border-bottom:4px solid #e60012;display:flex;justify-content:space-between;padding:10px 0}
.hd b{font-size:30px;color:#e60012}
.bc{display:flex;gap:24px}
.l{width:240px}
.l a{display:block;line-height:2}
.r{flex:1}
.yt{text-align:center;font-size:16px;color:#555;margin:16px 0 0}
h1{text-align:center;font-size:30px;line-height:1.4;margin:4px 0 10px}
.au{color:#666;text-align:center}
.tx p{text-indent:2em;font-size:16px;margin:0 0 12px}
.tx ul{list-style:none;padding-left:2em}
.ft{text-align:center;color:#888;font-size:12px;border-top:1px solid #ddd;margin-top:20px;padding:10px}
""",
)

HTML = """
<div class="w">
<div class="hd"><b>城市晚报</b><span>2023年03月09日　<a href="#">A01</a> <a href="#">A02</a> <a href="#">A03</a> <a href="#">A04</a> <a href="#">A05</a> <a href="#">A06</a> <a href="#">A07</a> <a href="#">A08</a></span></div>
<div class="bc">
<div class="l"><p><b>A05：城事</b></p><p><img alt="A05版面"></p><b>本版标题</b>
<a href="#">春季流感进入高发期 专家支招科学防护</a><a href="#">净月潭景区3月15日起恢复开放</a><a href="#">长春今年将新建口袋公园50个</a></div>
<div class="r">
<p class="yt">近期我市多家医院发热门诊就诊人数增加</p>
<h1>春季流感进入高发期<br>专家支招科学防护</h1>
<p class="au">A05：城事　首席记者　张&nbsp;&nbsp;雪 实习生　李梦瑶</p>
<div class="tx">
{{BODY}}
</div>
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p>
</div></div>
<div class="ft">城市晚报 版权所有 © 2023　吉ICP备05002271号-5</div>
</div>
"""

BODY = [
    P("近期，我市气温起伏较大，流感进入高发期。记者从市内多家医院了解到，最近一周发热门诊就诊人数较上月增加了四成左右，其中以甲型流感患者为主，儿童和老年人占比较高。"),
    P("流感和普通感冒有什么区别？出现症状该怎么办？记者采访了长春市传染病医院呼吸科主任医师王海燕。"),
    G("记者：怎么判断自己得的是流感还是普通感冒？", "<p><b>记者：</b>怎么判断自己得的是流感还是普通感冒？</p>"),
    G("王海燕：流感起病急，常常突然高烧到39℃以上，伴有明显的头痛、肌肉酸痛和乏力；普通感冒一般以鼻塞、流涕、打喷嚏为主，发热不明显。如果症状较重，建议到医院做抗原或核酸检测。",
      "<p><b>王海燕：</b>流感起病急，常常突然高烧到39℃以上，伴有明显的头痛、肌肉酸痛和乏力；普通感冒一般以鼻塞、流涕、打喷嚏为主，发热不明显。如果症状较重，建议到医院做抗原或核酸检测。</p>"),
    G("记者：抗病毒药物什么时候吃效果好？", "<p><b>记者：</b>抗病毒药物什么时候吃效果好？</p>"),
    G("王海燕：发病48小时内使用效果最好，但一定要在医生指导下用药，不要自行购买服用，更不要滥用抗生素。",
      "<p><b>王海燕：</b>发病48小时内使用效果最好，但一定要在医生指导下用药，不要自行购买服用，更不要滥用抗生素。</p>"),
    P("温馨提示："),
    L(["1.接种流感疫苗是预防流感最有效的手段，老人、儿童、慢性病患者等重点人群应尽早接种。",
       "2.勤洗手、常通风，在人员密集场所佩戴口罩。",
       "3.出现发热等症状时尽量居家休息，避免带病上班、上学。"]),
]
