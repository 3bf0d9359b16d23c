from lib import *

ID = "xh-36"
KIND = "institution"
LANG = "zh"
FEATURES = ("university news site (郑州大学新闻网) 2023 layout; <title> worded differently from the headline; info bar "
            "with 来源 (a school, not author), date and 点击; closing credit line '文：热依拉·艾力　李嘉豪　图：王宁　"
            "编辑：陈思　审核：周明' (authors keep the Uyghur middle dot; photographer/editor/reviewer are not authors); "
            "journal citation in the body; 相关新闻 and 学校官微 QR")
HEAD_TITLE = "化学学院在钠离子电池材料研究方面取得进展-郑州大学新闻网"
TITLE_LINES = ["我校化学学院团队在钠离子电池正极材料研究中取得重要进展"]
AUTHORS = ["热依拉·艾力", "李嘉豪"]
TIME = "2024-11-20"

CSS = """
body{margin:0;font:16px/1.85 "Microsoft YaHei";background:#f5f5f5}
.zz-h{background:#004d9e;color:#fff;padding:20px calc(50% - 600px);display:flex;align-items:center}
.zz-h b{font-size:30px}.zz-h small{margin-left:12px;font-size:18px}.zz-h .r{margin-left:auto;font-size:13px}.zz-h .r a{color:#fff;margin-left:10px}
.zz-n{background:#003a78;padding:0 calc(50% - 600px)}.zz-n a{color:#fff;display:inline-block;padding:10px 20px}
.zz-c{width:1200px;margin:20px auto;background:#fff;padding:30px 100px;box-sizing:border-box}
.zz-c .wz{font-size:13px;color:#999}
.zz-c h1{text-align:center;font-size:26px;color:#003a78;margin:24px 0 10px}
.zz-c .xx{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.zz-c .xx span{margin:0 10px}
.zz-c .v_news_content p{text-indent:2em;margin:12px 0}
.zz-c .v_news_content .pic{text-align:center;text-indent:0}.zz-c .v_news_content .pic-cap{text-align:center;text-indent:0;font-size:14px;color:#666}
.zz-c .credits{text-align:right;font-size:14px;color:#555}
.zz-f{background:#002a57;color:#9bb;text-align:center;font-size:12px;padding:20px}
"""

BODY = [
    P("近日，我校化学学院储能材料研究团队在钠离子电池正极材料研究中取得重要进展，相关成果以《高熵层状氧化物正极中的晶格氧稳定机制》为题，发表在国际知名期刊《先进能源材料》上。化学学院为论文第一完成单位，2021级博士研究生赵一鸣为论文第一作者，刘建华教授为通讯作者。"),
    P("钠离子电池具有资源丰富、成本低、安全性好等优势，被认为是大规模储能的重要技术路线之一。然而，层状氧化物正极材料在高电压下容易发生不可逆的结构相变和氧流失，导致电池容量快速衰减，这一问题长期制约着钠离子电池的实际应用。"),
    IMG("研究团队在实验室开展测试", "研究团队成员在实验室开展材料表征测试"),
    P("针对这一难题，研究团队提出了“高熵稳晶格”的设计思路，通过在过渡金属层中引入多种金属元素，有效抑制了材料在充放电过程中的晶格畸变和氧释放。实验结果表明，所制备的正极材料在4.3伏高电压下循环1000次后，容量保持率仍达到87.5%，明显优于同类材料。"),
    P("刘建华教授介绍，该研究为设计高能量密度、长寿命的钠离子电池正极材料提供了新思路，团队正在与省内企业合作开展中试验证。"),
    P("该研究得到国家自然科学基金、河南省重点研发专项等项目的资助。"),
]


def page():
    return f"""<body>
<div class="zz-h"><b>{gif("郑州大学")}郑州大学</b><small>新闻网</small><span class="r"><a href="#">学校主页</a><a href="#">English</a><a href="#">无障碍</a></span></div>
<div class="zz-n"><a href="#">首页</a><a href="#">郑大要闻</a><a href="#">综合新闻</a><a href="#">学术动态</a><a href="#">媒体郑大</a><a href="#">图说郑大</a><a href="#">视频郑大</a></div>
<div class="zz-c">
<div class="wz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">学术动态</a> &gt;&gt; 正文</div>
<h1>{TITLE_LINES[0]}</h1>
<div class="xx"><span>来源：化学学院</span><span>发布时间：{TIME}</span><span>点击：[<b>2307</b>]</span></div>
<div class="v_news_content">
{render(BODY)}
</div>
<p class="credits">文：热依拉·艾力　李嘉豪　图：王宁　编辑：陈思　审核：周明</p>
<p>【<a href="#">关闭窗口</a>】</p>
<h4>相关新闻</h4><ul>{ali(["我校在锂硫电池研究方面取得新突破", "化学学院举办2024年储能材料青年学者论坛", "我校新增3个省级重点实验室"])}</ul>
<p>{gif("郑州大学官方微信")} 扫码关注郑州大学官方微信</p>
</div>
<div class="zz-f">郑州大学党委宣传部主办　地址：河南省郑州市高新区科学大道100号　邮编：450001<br>豫ICP备05017227号　豫公网安备 41019702002012号</div>
</body>"""
