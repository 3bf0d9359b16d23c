from kit import *

T = "《巴宜区农牧民职业技能培训补贴实施办法》政策解读"
PAGE = Page(
    id="xi-04", kind="government", site="林芝市巴宜区人民政府", title=T,
    authors=[], publish_time="2025年04月21日",
    features="西藏 区 portal in a 2010s table layout (nav and info row in table cells, copied with tabs), 政策解读 "
             "with 解读机构 line (not body), 一、二、… sections, a subsidy table and a numbered procedure, 咨询电话; no writer.",
    css=CSS_OLD + "td.crumb{background:#f3f3f3;height:28px;padding-left:10px}h1{font-size:22px;color:#b3261e;text-align:center}"
                  "td.inforow{text-align:center;color:#666;border-bottom:1px dotted #999}",
    html_title="林芝市巴宜区人民政府-" + T,
    head=[
        '<table class="frame" cellpadding="0" cellspacing="0">\n',
        '<tr><td colspan="3"><img src="' + GIF + '" width="980" height="110" alt="林芝市巴宜区人民政府"></td></tr>\n',
        '<tr><td class="nav" colspan="3">' + " ".join(f'<a href="#">{x}</a>' for x in
            ["首页", "巴宜概况", "政务要闻", "政府信息公开", "政策解读", "办事服务", "互动交流", "专题专栏"]) + "</td></tr>\n",
        '<tr><td class="crumb">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政策解读</a></td>'
        '<td class="crumb">' + search("站内搜索", "搜 索") + '</td><td class="crumb"><a href="#">无障碍</a> <a href="#">长者模式</a></td></tr>\n',
        '<tr><td colspan="3" style="padding:20px">\n',
        f"<h1>{T}</h1>\n",
        '<table width="100%"><tr><td class="inforow">发布时间：2025年04月21日</td><td class="inforow">来源：区人社局</td>'
        '<td class="inforow">【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td>'
        '<td class="inforow">【<a href="#">打印</a>】 【<a href="#">关闭</a>】</td></tr></table>\n',
    ],
    indent="　　",
    body=[
        X("<p>　　解读机构：巴宜区人力资源和社会保障局</p>"),
        H("一、制定背景"),
        P("为提升农牧民群众就业创业能力，促进农牧民转移就业和稳定增收，根据自治区和林芝市关于职业技能提升行动的有关要求，"
          "结合我区实际，区人社局牵头制定了《巴宜区农牧民职业技能培训补贴实施办法》。"),
        H("二、补贴对象"),
        P("具有巴宜区户籍、年满16周岁至60周岁、有培训意愿的农牧民，重点是脱贫户、边缘易致贫户家庭劳动力和未就业高校毕业生。"),
        H("三、补贴标准"),
        P("培训补贴按照培训类别和取得证书情况分档发放，具体标准如下："),
        TB([["培训类别", "培训时长", "补贴标准（元/人）"],
            ["引导性培训", "不少于5天", "600"],
            ["初级工（五级）", "不少于15天", "1500"],
            ["中级工（四级）", "不少于25天", "2200"],
            ["创业培训", "不少于10天", "1200"]]),
        P("参训期间，区人社局按每人每天50元标准给予生活费补助，交通不便的乡（镇）可安排集中食宿。"),
        H("四、申领程序"),
        L(["（一）个人向户籍所在村（居）委会报名，填写培训意愿登记表；", "（二）乡（镇）汇总审核后报区人社局备案；",
           "（三）培训结束并考核合格后，由培训机构统一申请补贴；", "（四）区人社局审核公示无异议后拨付资金。"], cls="plain"),
        H("五、咨询方式"),
        P("巴宜区人力资源和社会保障局职业能力建设股，咨询电话：0894-5826317。"),
    ],
    tail=[
        '<p style="text-align:center"><a href="#">【相关文件】巴宜区农牧民职业技能培训补贴实施办法</a></p>\n',
        "</td></tr>\n",
        '<tr><td colspan="3"><table width="100%"><tr><td>上一篇：<a href="#">《巴宜区城乡居民基本养老保险经办规程》解读</a></td>'
        '<td>下一篇：<a href="#">巴宜区2025年草原生态保护补助奖励政策问答</a></td></tr></table></td></tr>\n',
        '<tr><td colspan="3" class="footer">主办单位：林芝市巴宜区人民政府　承办单位：巴宜区融媒体中心<br>'
        '地址：林芝市巴宜区八一镇福建路22号　联系电话：0894-5822014<br>'
        '藏ICP备09000317号-2　藏公网安备 54040202000041号　网站标识码：5404020001</td></tr>\n',
        "</table>\n",
    ],
)
