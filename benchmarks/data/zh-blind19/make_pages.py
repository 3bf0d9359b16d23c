#!/usr/bin/env python3
"""Generate the zh-blind19 test pages (html/) and their gold (gold/).

Every article below is invented. Body items:
  str                 a body paragraph (gold)
  ("h", text)         a sub-heading (gold)
  ("t", rows)         a table; every row is one gold paragraph, cells joined by one space
  ("img", alt, cap)   a picture with alt text and a caption (not gold)
  ("x", html)         furniture inside the article box (not gold)
"""
import html as H
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
SET = "zh-blind19"
PAGES = []


def e(s):
    return H.escape(s, quote=False)


def body_html(items, ptag="p", indent=False):
    out = []
    for it in items:
        if isinstance(it, str):
            st = ' style="text-indent:2em"' if indent else ""
            out.append(f"<{ptag}{st}>{e(it)}</{ptag}>")
        elif it[0] == "h":
            out.append(f"<p><strong>{e(it[1])}</strong></p>")
        elif it[0] == "t":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table border="1" cellspacing="0" class="dt">{rows}</table>')
        elif it[0] == "img":
            out.append(f'<p class="pic"><img src="data:," alt="{H.escape(it[1])}" width="600" height="8"></p>'
                       f'<p class="cap">{e(it[2])}</p>')
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)


def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] == "h":
            g.append(it[1])
        elif it[0] == "t":
            g.extend(" ".join(r) for r in it[1])
    return g


CSS = {
    "gov20": "body{margin:0;font:16px/1.8 'Microsoft YaHei',sans-serif;color:#333}.top{position:sticky;top:0;background:#f2f2f2;font-size:13px;padding:4px 40px}.top a{margin:0 6px}.ban{background:#b81c22;color:#fff;padding:20px 40px;font-size:28px}.nav a{display:inline-block;padding:8px 18px;color:#fff}.nav{background:#9d1218}.crumb{padding:8px 40px;font-size:13px}.main{width:1000px;margin:0 auto}h1{text-align:center;font-size:26px}.meta{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd}.foot{background:#eee;font-size:12px;text-align:center;padding:14px}.cap{text-align:center;font-size:13px}.dt td{padding:4px 8px}",
    "gov10": "body{font:12px/1.6 SimSun,serif;background:#fff}table{border-collapse:collapse}.tit{font-size:20px;font-weight:bold;color:#c00;text-align:center}.meta{background:#f5f5f5;text-align:center}.foot{border-top:3px solid #c00;text-align:center;color:#666}.cap{text-align:center}",
    "news": "body{margin:0;font:16px/1.75 'PingFang SC',sans-serif}.hd{background:#fff;border-bottom:2px solid #1a5ea8;padding:6px 30px}.hd a{margin-right:14px}.wrap{width:1100px;margin:0 auto;display:flex}.art{width:760px}.side{width:300px;margin-left:40px;font-size:14px}h1{font-size:30px;line-height:1.3}.info{color:#888;font-size:14px}.cap{color:#666;font-size:14px;text-align:center}.foot{background:#222;color:#aaa;font-size:12px;padding:20px}",
    "wemedia": "body{margin:0;font:17px/1.8 -apple-system,sans-serif;background:#fafafa}.bar{position:sticky;top:0;background:#fff;padding:8px 24px;border-bottom:1px solid #eee}.col{width:680px;margin:0 auto;background:#fff;padding:20px}h1{font-size:26px}.acc{color:#576b95}.cap{color:#999;font-size:13px;text-align:center}.rec{font-size:14px;color:#555}",
    "epaper": "body{font:14px/1.7 SimSun,serif;background:#e9e3d3}.eh{background:#8b0000;color:#fff;padding:6px}.ban{display:flex}.lay{width:360px;font-size:12px}.txt{width:640px;background:#fff;padding:14px}.yin,.fu{text-align:center;font-size:15px}.zhu{text-align:center;font-size:24px;font-weight:bold;margin:4px}.cap{font-size:12px;text-align:center}",
    "inst": "body{margin:0;font:15px/1.8 sans-serif}.hd{background:#0b3f7a;color:#fff;padding:14px 40px}.hd a{color:#fff;margin-right:12px}.cont{width:960px;margin:0 auto}h2.t{text-align:center;font-size:24px}.info{text-align:center;font-size:13px;color:#666;background:#f4f6f9}.cap{text-align:center;font-size:13px;color:#555}.ft{background:#0b3f7a;color:#cfd8e3;font-size:12px;padding:16px 40px}",
}


def wrap(pid, title_tag, css, inner):
    # a name spaced out on the page (`王  静`) is typed with no-break spaces, as CMS editors do
    inner = inner.replace("  ", "&nbsp;&nbsp;")
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title_tag)}</title>'
            f'<style>{CSS[css]}</style></head><body>\n{inner}\n</body></html>\n')


def add(pid, html_text, title, authors, ptime, body, lang="zh"):
    PAGES.append(dict(id=pid, html=html_text, gold={
        "id": pid, "set": SET, "lang": lang, "title": title, "authors": authors,
        "publish_time": ptime, "body_paragraphs": gold_body(body)}))


def gov_top(site, extra=""):
    return (f'<div class="top">您好，欢迎访问{site}！<a>无障碍</a><a>长者模式</a><a>繁體</a>'
            f'<a>登录</a><a>注册</a>{extra}</div>')


def gov_foot(org, code, icp, ga):
    return (f'<div class="foot"><p>主办单位：{org}　承办：{org}办公室</p><p>网站标识码：{code}　{icp}　'
            f'<span>{ga}</span></p><p>建议使用1366×768分辨率浏览　<a>网站地图</a> | <a>联系我们</a> | '
            f'<a>隐私声明</a></p><p>政府网站找错</p></div>')


def search(ph="请输入关键词"):
    return f'<form><input type="text" placeholder="{ph}"><button type="button">搜索</button></form>'


def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f"<a>{x}</a>" for x in items) + "</div>"


def ul(items, head=None):
    h = f"<h3>{head}</h3>" if head else ""
    return h + "<ul>" + "".join(f"<li><a>{x}</a></li>" for x in items) + "</ul>"


# ---------------------------------------------------------------- government
def p01():
    t = "朝阳区启动2025年“清凉一夏”文化惠民系列活动"
    body = [
        "6月1日晚，朝阳区2025年“清凉一夏”文化惠民系列活动在朝阳公园南门广场启动。本次系列活动由区委宣传部、区文化和旅游局联合主办，将持续至8月底，涵盖露天电影、社区音乐会、非遗市集、夜间阅读等四大板块共计120余场。",
        ("img", "朝阳公园南门广场活动现场", "启动仪式现场，居民观看非遗项目展示。"),
        "据介绍，今年的活动首次把“主会场”下沉到街乡。43个街乡将结合辖区特点，各自推出至少两场特色活动，其中望京街道的“邻里音乐节”、麦子店街道的“亮马河夜读”已在线上开放预约。",
        "区文化和旅游局相关负责人表示，活动坚持“居民点单、部门接单”，在前期征集的2300余条意见中，露天电影和亲子类活动的需求最为集中，因此今年露天电影场次较去年增加一倍，并专门安排了适合老年人的经典影片专场。",
        "为保障活动安全有序，区公安、城管、卫健等部门将在重点场次设立服务点，提供应急救护、失物招领和饮用水。居民可通过“文化朝阳”微信公众号查询活动日程、在线预约座位。",
    ]
    h = wrap("zt-01", t + "_朝阳区人民政府", "gov20",
             gov_top("北京市朝阳区人民政府网站", "<a>English</a>") +
             '<div class="ban">北京市朝阳区人民政府</div>' + search("请输入您要搜索的内容") +
             nav(["首页", "走进朝阳", "政务公开", "政务服务", "政民互动", "专题专栏"]) +
             '<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 政务动态 &gt; 朝阳要闻</div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">发布时间：2025-06-03 09:12　来源：朝阳区文化和旅游局　文：张  弛　摄影：刘  畅　'
             '字号：<a>大</a> <a>中</a> <a>小</a>　<a>打印</a>　<a>分享</a>　浏览次数：1862</div>'
             f'<div class="con">{body_html(body)}</div>'
             '<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p><p>上一篇：朝阳区召开防汛工作部署会</p><p>下一篇：朝阳区2025年第二季度重点项目集中开工</p>'
             '<div><img src="data:," alt="二维码"><span>扫一扫在手机打开当前页</span></div></div>' +
             gov_foot("北京市朝阳区人民政府办公室", "1101050001", "京ICP备05060933号", "京公网安备 11010502030002号"))
    add("zt-01", h, t, ["张弛"], "2025-06-03 09:12", body)


def p02():
    t = "凌云街道开展汛期安全隐患排查“回头看”"
    body = [
        "入汛以来，凌云街道对辖区老旧小区、在建工地、地下空间开展安全隐患排查“回头看”，重点检查排水设施、临时用电和防汛物资储备情况。",
        "9月10日上午，街道城运中心会同房管办、派出所组成联合检查组，先后来到梅陇三村、华欣家园等小区，对前期排查出的17处积水点逐一复核。检查组发现，其中14处已完成管道疏通或加装排水泵，另有3处因涉及市政管网改造，已报区相关部门协调解决。",
        "在梅陇三村，检查组还走访了独居老人家庭，提醒居民暴雨天气不要在地下车库停放车辆，遇到险情及时拨打居委会电话。居委会干部介绍，小区已建立“楼组长+志愿者”结对机制，暴雨预警发布后半小时内可完成全部独居老人的电话联系。",
        "下一步，街道将继续落实汛期24小时值班值守，对排查发现的问题实行销项管理，确保隐患“发现一处、整改一处、销号一处”。",
        "撰稿：周  敏",
    ]
    meta = ('<table width="100%" class="meta"><tr><td>日期：2024年9月12日 星期四　信息来源：凌云街道　供稿单位：凌云街道办事处　'
            '【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr></table>')
    inner = ('<table width="980" align="center"><tr><td>上海徐汇　<a>设为首页</a> | <a>加入收藏</a> | <a>无障碍浏览</a></td><td align="right">2024年9月12日</td></tr>'
             '<tr><td colspan="2"><img src="data:," alt="上海徐汇门户网站" width="980" height="6"></td></tr>'
             '<tr><td colspan="2">首页 | 徐汇概况 | 政务公开 | 办事服务 | 互动交流 | 街镇动态</td></tr>'
             '<tr><td colspan="2">当前位置：<a>首页</a>&gt;&gt;<a>街镇动态</a>&gt;&gt;<a>凌云街道</a></td></tr></table>'
             f'<table width="980" align="center"><tr><td class="tit">{e(t)}</td></tr><tr><td>{meta}</td></tr>'
             f'<tr><td>{body_html(body[:-1])}<p align="right">{e(body[-1])}</p></td></tr>'
             '<tr><td align="right">【<a>发表评论</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr></table>'
             '<div class="foot">版权所有：上海市徐汇区人民政府　沪ICP备09061236号-2　网站标识码：3101040002<br>'
             '沪公网安备 31010402001105号　联系电话：021-64872222</div>')
    add("zt-02", wrap("zt-02", "凌云街道开展汛期安全隐患排查“回头看”", "gov10", inner), t, ["周敏"],
        "2024年9月12日", body[:-1])


def p03():
    t = "苏州市人民政府办公室关于印发苏州市推进低空经济高质量发展三年行动计划（2025—2027年）的通知"
    body = [
        "苏府办〔2025〕38号",
        "各市、区人民政府，苏州工业园区、苏州高新区、太仓港区管委会；市各委办局，各直属单位：",
        "《苏州市推进低空经济高质量发展三年行动计划（2025—2027年）》已经市政府第62次常务会议审议通过，现印发给你们，请认真贯彻执行。",
        "各地各部门要把发展低空经济作为培育新质生产力的重要抓手，结合实际细化工作举措，明确责任分工和时间节点，加强政策协同和要素保障。市发展改革委要会同有关部门建立工作推进机制，定期调度重点任务进展，重大事项及时报告市政府。",
        "行动计划实施过程中遇到的新情况、新问题，请及时向市发展改革委反映。",
        "附件：1.苏州市推进低空经济高质量发展三年行动计划（2025—2027年）",
        "2.重点任务分工表",
        "苏州市人民政府办公室",
        "2025年4月18日",
        "（此件公开发布）",
    ]
    rec = ('<table class="rec" border="1" width="100%"><tr><td>索引号：</td><td>014000319/2025-00412</td><td>分类：</td><td>综合政务\\通知</td></tr>'
           '<tr><td>发文机关：</td><td>苏州市人民政府办公室</td><td>成文日期：</td><td>2025-04-18</td></tr>'
           f'<tr><td>标题：</td><td colspan="3">{e(t)}</td></tr>'
           '<tr><td>文号：</td><td>苏府办〔2025〕38号</td><td>发布日期：</td><td>2025-04-23</td></tr>'
           '<tr><td>有效性：</td><td colspan="3">有效</td></tr></table>')
    inner = (gov_top("苏州市人民政府网站", "<a>政务微博</a>") + '<div class="ban">苏州市人民政府　中国·苏州</div>' +
             search("搜索政策文件、办事服务") + nav(["首页", "政务公开", "政务服务", "互动交流", "走进苏州"]) +
             '<div class="crumb">当前位置：首页 › 政务公开 › 政策文件 › 苏府办文件</div>'
             f'<div class="main">{rec}<h1>{e(t)}</h1>'
             '<div class="meta">【<a>字体：大 中 小</a>】　【<a>打印</a>】　【<a>关闭</a>】</div>'
             f'<div class="doc">{body_html(body[:7])}<p style="text-align:right">{e(body[7])}</p>'
             f'<p style="text-align:right">{e(body[8])}</p><p>{e(body[9])}</p></div>'
             '<p>相关附件：<a>1.苏州市推进低空经济高质量发展三年行动计划（2025—2027年）.pdf</a></p>'
             '<p>相关解读：<a>一图读懂《苏州市推进低空经济高质量发展三年行动计划》</a></p></div>' +
             gov_foot("苏州市人民政府办公室", "3205000004", "苏ICP备05002318号", "苏公网安备 32050802010451号"))
    add("zt-03", wrap("zt-03", t, "gov20", inner), t, [], "2025-04-23", body)


def p04():
    t = "余杭区人民政府关于禁止在部分区域燃放烟花爆竹的通告"
    body = [
        "余政发〔2024〕15号",
        "为保护大气环境，预防火灾事故，保障公共安全和人身财产安全，根据《烟花爆竹安全管理条例》《浙江省烟花爆竹安全管理办法》等规定，结合本区实际，现就禁止在部分区域燃放烟花爆竹有关事项通告如下：",
        "一、自2025年1月1日起，仓前街道、五常街道、闲林街道、余杭街道、中泰街道全域，以及良渚街道、瓶窑镇部分区域禁止燃放烟花爆竹。",
        "二、在前款规定区域以外，下列地点全年禁止燃放烟花爆竹：文物保护单位；车站、码头等交通枢纽；易燃易爆物品生产、储存单位；输变电设施安全保护区；医疗机构、幼儿园、中小学校、养老机构；山林等重点防火区。",
        "三、违反本通告规定燃放烟花爆竹的，由公安机关依法给予处罚；构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。",
        "四、各镇街、村（社区）应当加强宣传教育，引导居民群众移风易俗，自觉遵守本通告。",
        "本通告自2025年1月1日起施行。",
        "附件：余杭区禁止燃放烟花爆竹区域示意图",
        "杭州市余杭区人民政府",
        "2024年12月20日",
    ]
    rec = ('<table class="rec" border="1"><tr><td>索引号</td><td>002491265/2024-112618</td><td>主题分类</td><td>公安、安全生产</td></tr>'
           '<tr><td>发布机构</td><td>区政府办公室</td><td>生成日期</td><td>2024-12-20</td></tr>'
           '<tr><td>文号</td><td>余政发〔2024〕15号</td><td>有效性</td><td>有效</td></tr></table>')
    inner = ('<div class="top"><a>长者模式</a> <a>无障碍</a> <a>简</a>/<a>繁</a> <a>个人登录</a> <a>法人登录</a> <a>浙里办</a></div>'
             '<div class="ban">杭州市余杭区人民政府</div>' + search("请输入搜索关键词") +
             nav(["首页", "政务公开", "政务服务", "政民互动", "数据开放", "魅力余杭"]) +
             '<div class="crumb">首页 / 政府信息公开 / 法定主动公开内容 / 政府文件 / 区政府文件</div>'
             f'<div class="main">{rec}<h1>{e(t)}</h1>'
             '<div class="meta">2024-12-23 16:30　来源：区政府办公室　浏览次数：4219　<a>分享到：</a><a>微信</a> <a>微博</a></div>'
             f'{body_html(body[:8])}<p style="text-align:right">{e(body[8])}<br>{e(body[9])}</p>'
             '<p>附件下载：<a>余杭区禁止燃放烟花爆竹区域示意图.jpg</a></p></div>' +
             gov_foot("杭州市余杭区人民政府", "3301100006", "浙ICP备06013052号-1", "浙公网安备 33011002011763号"))
    add("zt-04", wrap("zt-04", t, "gov20", inner), t, [], "2024-12-23 16:30", body)


def p05():
    t = "关于2025年思明区“最美社区工作者”拟推荐人选的公示"
    rows = [["序号", "姓名", "性别", "工作单位及职务"],
            ["1", "林淑华", "女", "中华街道中山社区党委书记、居委会主任"],
            ["2", "陈建伟", "男", "鹭江街道海滨社区网格员"],
            ["3", "黄晓玲", "女", "开元街道湖明社区居委会副主任"],
            ["4", "蔡志强", "男", "莲前街道前埔北社区党委副书记"],
            ["5", "郑雅琴", "女", "嘉莲街道莲秀社区社工"]]
    body = [
        "根据《关于开展2025年度思明区“最美社区工作者”推选活动的通知》要求，经街道推荐、资格审核、实地考察和评审委员会评议，拟推荐以下5名同志为2025年思明区“最美社区工作者”人选，现予以公示。",
        ("t", rows),
        "公示时间：2025年7月14日至2025年7月18日（5个工作日）。",
        "公示期间，如对公示对象有异议，可通过来电、来信、来访等方式向区委社会工作部反映。反映问题要实事求是，以真实姓名反映的，我们将严格保密并及时反馈核查情况。",
        "联系电话：0592-2891637",
        "通讯地址：厦门市思明区湖滨北路110号",
        "中共厦门市思明区委社会工作部",
        "2025年7月14日",
    ]
    inner = (gov_top("厦门市思明区人民政府网", "<a>无障碍浏览</a>") + '<div class="ban">厦门市思明区人民政府</div>' +
             nav(["首页", "走进思明", "政务公开", "公共服务", "互动交流"]) + search() +
             '<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 通知公告</div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">来源：区委社会工作部　发布时间：2025-07-14 17:05　【字体：<a>大</a> <a>中</a> <a>小</a>】　【<a>打印</a>】</div>'
             f'{body_html(body)}<p>分享到：微信 微博 QQ空间</p></div>' +
             gov_foot("厦门市思明区人民政府办公室", "3502030011", "闽ICP备05021458号", "闽公网安备 35020302001123号"))
    add("zt-05", wrap("zt-05", t, "gov20", inner), t, [], "2025-07-14 17:05", body)


def p06():
    t = "江岸区人社局“家门口”招聘会助力高校毕业生就业"
    body = [
        "“我是学会计的，今天投了三份简历，有一家当场约了下周复试。”5月29日，在江岸区人社局举办的“职引未来·家门口就业”专场招聘会上，刚从湖北经济学院毕业的刘同学说。",
        "本场招聘会设在后湖街道百步亭花园社区文化广场，吸引了辖区内86家企业参会，提供金融、物流、电子商务、养老服务等岗位1900余个，其中面向高校毕业生的岗位超过1100个。现场设置了政策咨询区、直播带岗区和简历诊断区，人社干部为求职者讲解一次性扩岗补助、创业担保贷款等政策。",
        ("img", "招聘会现场求职者排队咨询", "求职者在招聘会现场咨询岗位信息。"),
        "据统计，当天共有1600余人次进场求职，初步达成就业意向412人。区人社局相关负责人介绍，今年以来，江岸区已举办各类线上线下招聘活动57场，下一步将把招聘会开进更多社区和高校，让求职者在“家门口”找到好工作。",
    ]
    inner = ('<div class="top">武汉市江岸区人民政府　<a>长者模式</a>｜<a>无障碍</a>｜<a>繁体版</a>｜<a>手机版</a>｜<a>登录</a></div>'
             '<div class="ban">江岸区人民政府</div>' + search("搜索") +
             nav(["首页", "江岸概况", "政务公开", "政务服务", "互动交流", "投资江岸"]) +
             '<div class="crumb">首页&gt;政务公开&gt;部门动态</div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">发布时间：2025/6/3 09:12:30来源：区人社局作者：李  娜浏览次数：312<a>【打印】</a><a>【关闭】</a>扫一扫在手机打开当前页</div>'
             f'{body_html(body)}<p>责任编辑：王晓峰</p><p>【相关链接】</p>' +
             ul(["江岸区2025年第二批公益性岗位招聘公告", "江岸区开展根治欠薪夏季专项行动", "区人社局召开上半年工作推进会"]) + '</div>' +
             gov_foot("武汉市江岸区人民政府办公室", "4201020001", "鄂ICP备05003304号", "鄂公网安备 42010202000215号"))
    add("zt-06", wrap("zt-06", t, "gov20", inner), t, ["李娜"], "2025/6/3 09:12:30", body)


def p07():
    t = "《岳麓区促进楼宇经济高质量发展若干措施》政策解读"
    body = [
        ("h", "一、出台背景是什么？"),
        "近年来，岳麓区商务楼宇数量快速增长，但部分楼宇存在入驻率不高、产业集聚度不够、单位面积税收偏低等问题。为进一步盘活楼宇资源，提升楼宇经济质效，区商务局会同相关部门研究起草了《若干措施》。",
        ("h", "二、主要支持哪些对象？"),
        "《若干措施》支持的对象包括：在岳麓区范围内建筑面积2万平方米以上的商务楼宇运营主体，以及新入驻上述楼宇、在岳麓区注册并纳税的企业，重点支持总部企业、金融机构、研发设计和检验检测等生产性服务业企业。",
        ("h", "三、有哪些具体扶持政策？"),
        "一是入驻奖励。对新引进的总部企业，按其实际租赁办公面积给予最高每平方米每月30元、连续3年的租金补贴。二是培育奖励。对年度税收首次突破5000万元、1亿元的楼宇，分别给予运营主体50万元、100万元奖励。三是服务提升。对获评星级楼宇的运营主体给予一次性奖励。",
        ("h", "四、如何申报？"),
        "符合条件的企业和楼宇运营主体，可在每年3月底前通过“岳麓区惠企政策服务平台”在线申报，区商务局会同财政、税务等部门进行审核，审核结果在区政府门户网站公示后兑现。",
        ("h", "五、政策有效期多长？"),
        "《若干措施》自2025年3月1日起施行，有效期3年。",
    ]
    inner = (gov_top("长沙市岳麓区人民政府门户网站") + '<div class="ban">长沙市岳麓区人民政府</div>' +
             nav(["首页", "政务公开", "政务服务", "互动交流", "数据发布"]) +
             '<div class="crumb">您的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; <a>部门解读</a></div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">信息来源：区商务局　解读机构：岳麓区商务局　解读人：陈志明　发布日期：2025-03-05　字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>'
             '<p>相关文件：<a>长沙市岳麓区人民政府办公室关于印发《岳麓区促进楼宇经济高质量发展若干措施》的通知</a></p>'
             f'{body_html(body)}<p>【<a>打印</a>】【<a>关闭</a>】</p></div>' +
             gov_foot("长沙市岳麓区人民政府办公室", "4301040003", "湘ICP备05010389号", "湘公网安备 43010402000568号"))
    add("zt-07", wrap("zt-07", t, "gov20", inner), t, [], "2025-03-05", body)


def p08():
    t = "一图读懂｜南宁市城镇老旧小区改造实施方案"
    body = [
        ("img", "一图读懂南宁市城镇老旧小区改造实施方案长图", ""),
        "近日，南宁市人民政府办公室印发《南宁市城镇老旧小区改造实施方案》。一起来看看要点——",
        ("h", "改造范围"),
        "城市或县城建成于2000年底前、失养失修失管、市政配套设施不完善、社会服务设施不健全、居民改造意愿强烈的住宅小区（含单栋住宅楼）。",
        ("h", "改造内容"),
        "基础类：供水、排水、供电、道路、燃气、消防、安防等设施改造。完善类：加装电梯、建设停车场、充电设施、文化休闲设施等。提升类：养老、托育、助餐、便民市场等社区服务设施。",
        ("h", "资金来源"),
        "采取“居民出一点、企业投一点、政府补一点”的方式，鼓励水电气等专营单位出资参与相关管线改造，支持引入社会资本参与停车、充电、养老等有收益的设施建设运营。",
        ("h", "工作目标"),
        "到2026年底，全市基本完成2000年底前建成的需改造城镇老旧小区改造任务，力争打造一批“完整社区”示范项目。",
    ]
    inner = ('<div class="top">广西南宁市人民政府门户网站　<a>无障碍</a> <a>关怀版</a> <a>繁體</a> <a>智能问答</a> <a>登录</a> <a>注册</a></div>'
             '<div class="ban">南宁市人民政府</div>' + search("全站搜索") +
             nav(["首页", "绿城南宁", "政务公开", "政务服务", "互动交流", "专题专栏"]) +
             '<div class="crumb">首页 &gt; 政务公开 &gt; 政策解读 &gt; 图文解读</div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">2025.06.03　来源：南宁市住房和城乡建设局　【<a>大</a> <a>中</a> <a>小</a>】　<a>打印</a>　<a>关闭</a></div>'
             f'{body_html(body)}<p>原文链接：<a>南宁市人民政府办公室关于印发南宁市城镇老旧小区改造实施方案的通知</a></p></div>' +
             gov_foot("南宁市人民政府办公室", "4501000040", "桂ICP备05000346号", "桂公网安备 45010302000128号"))
    add("zt-08", wrap("zt-08", t, "gov20", inner), t, [], "2025.06.03", body)


def p09():
    t = "在全区安全生产和防灾减灾工作会议上的讲话"
    body = [
        "同志们：",
        "今天召开全区安全生产和防灾减灾工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。刚才，区应急管理局通报了有关情况，三个街道和区住建交通局作了交流发言，讲得都很好，我都赞成。下面，我再讲三点意见。",
        ("h", "一、清醒认识当前安全生产形势"),
        "去年以来，全区各级各部门认真贯彻上级决策部署，生产安全事故起数和死亡人数实现“双下降”，没有发生较大以上事故。但我们也要清醒看到，城市更新项目多、燃气管网老化、电动自行车入户充电等问题依然突出，一些企业主体责任落实不到位，有的基层干部存在麻痹思想。",
        ("h", "二、抓实抓细重点领域专项整治"),
        "要聚焦城镇燃气、建筑施工、消防安全、道路交通四个重点领域，逐项建立问题隐患和整改措施“两个清单”。对排查出的重大隐患，要实行挂牌督办，区领导包案推进，确保整改到位。",
        ("h", "三、压紧压实各方责任"),
        "各街道、各部门主要负责同志是本地区本行业安全生产第一责任人，要亲自研究、亲自部署、亲自督促。区安委办要加强督导检查，对责任不落实、工作不力的，该通报的通报，该问责的问责。",
        "同志们，安全生产责任重于泰山。让我们以更加务实的作风、更加有力的举措，全力守护好全区人民群众生命财产安全！",
    ]
    inner = (gov_top("成都市武侯区人民政府门户网站", "<a>适老化</a>") + '<div class="ban">成都市武侯区人民政府</div>' +
             search("请输入关键字") + nav(["首页", "政务公开", "政务服务", "互动交流", "走进武侯"]) +
             '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 领导讲话</div>'
             f'<div class="main"><h1>{e(t)}</h1><p style="text-align:center">区委副书记、区长　罗  强</p>'
             '<p style="text-align:center">（2025年2月26日）</p>'
             '<div class="meta">发布时间：2025年2月28日　来源：区政府办公室　分享：<a>微信</a><a>微博</a>　<a>打印本页</a></div>'
             f'{body_html(body)}</div>' +
             gov_foot("成都市武侯区人民政府办公室", "5101070009", "蜀ICP备05003712号", "川公网安备 51010702000216号"))
    add("zt-09", wrap("zt-09", t, "gov20", inner), t, ["罗强"], "2025年2月28日", body)


def p10():
    t = "区领导调研解放碑片区城市更新项目"
    body = [
        "6月2日，区委副书记、区长陈卫东带队调研解放碑片区城市更新项目推进情况，强调要坚持“留改拆”并举，在保护好城市记忆的同时，加快补齐基础设施和公共服务短板。",
        "陈卫东一行先后来到较场口历史文化片区、八一路好吃街、重庆宾馆改造项目现场，实地查看项目进度，详细了解资金筹措、业态招商和居民安置等情况。在较场口片区，他叮嘱项目业主单位，要把文物和历史建筑保护放在首位，施工中严格落实围挡降尘、夜间限时作业等措施，减少对周边居民和商户的影响。",
        "在随后召开的座谈会上，陈卫东指出，解放碑是重庆的城市名片，城市更新要注重“绣花功夫”，既要留住山城烟火气，又要引入首店经济、夜间经济等新业态。区级相关部门要建立项目问题清单，对审批、规划调整等事项实行专班推进，确保年内完成既定投资任务。",
        "副区长周丽娟参加调研。（记者　努尔艾力·阿不都热依木）",
    ]
    inner = ('<table width="1000" align="center"><tr><td>重庆市渝中区人民政府</td><td align="right">'
             '<a>无障碍</a> | <a>长者模式</a> | <a>手机版</a> | <a>邮箱</a></td></tr></table>'
             '<div class="ban">渝中区人民政府　母城渝中</div>' + nav(["首页", "政务公开", "政务服务", "政民互动", "走进渝中"]) +
             '<div class="crumb">首页 &gt; 政务公开 &gt; 领导活动</div>'
             f'<div class="main"><h1>{e(t)} <small>[2025-06-03]</small></h1>'
             '<div class="meta">来源：渝中区融媒体中心　浏览量：2047</div>'
             f'{body_html(body)}<p>编辑：谭  敏　审核：刘彦</p></div>' +
             gov_foot("重庆市渝中区人民政府办公室", "5001030001", "渝ICP备05002876号", "渝公网安备 50010302000418号"))
    add("zt-10", wrap("zt-10", t, "gov20", inner), t, ["努尔艾力·阿不都热依木"], "2025-06-03", body)


def p11():
    t = "湖南省人力资源和社会保障厅关于进一步做好技能人才评价工作的意见"
    body = [
        "湘人社发〔2024〕27号",
        "各市州人力资源和社会保障局，省直有关单位，各有关企业：",
        "为深入实施新时代人才强省战略，健全技能人才评价体系，畅通技能人才成长通道，现就进一步做好技能人才评价工作提出如下意见。",
        ("h", "一、扩大评价范围"),
        "支持符合条件的用人单位自主开展职业技能等级认定，推动规模以上企业实现自主评价全覆盖。鼓励技工院校、职业院校面向在校学生开展职业技能等级认定。",
        ("h", "二、规范评价管理"),
        "评价机构应当严格执行国家职业标准或评价规范，落实考评人员、督导人员、命题专家资格管理制度。各市州要加强对评价机构的质量督导，对弄虚作假、违规发证的，依法依规严肃处理。",
        ("h", "三、强化结果运用"),
        "取得高级工、技师、高级技师职业资格或职业技能等级证书的人员，按规定分别比照享受助理工程师、工程师、高级工程师同等待遇。",
        "本意见自印发之日起施行，有效期5年。",
        "附件：湖南省职业技能等级认定机构备案表",
        "湖南省人力资源和社会保障厅",
        "2024年8月9日",
    ]
    inner = ('<table width="1002" align="center"><tr><td><img src="data:," alt="湖南省人力资源和社会保障厅" width="500" height="6"></td>'
             '<td>' + search("站内搜索") + '</td></tr></table>'
             '<table width="1002" align="center"><tr><td>网站首页 | 机构概况 | 政务公开 | 政策法规 | 办事服务 | 互动交流</td></tr></table>'
             '<p>当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 文件通知</p>'
             '<table class="rec" border="1" width="1002" align="center"><tr><td>索引号</td><td>4300000003/2024-01827</td><td>发文机关</td><td>湖南省人力资源和社会保障厅</td></tr>'
             '<tr><td>文　号</td><td>湘人社发〔2024〕27号</td><td>成文日期</td><td>2024年08月09日</td></tr>'
             '<tr><td>发布日期</td><td>2024年08月15日</td><td>效力状态</td><td>有效</td></tr></table>'
             f'<table width="1002" align="center"><tr><td class="tit">{e(t)}</td></tr>'
             '<tr><td class="meta">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】　浏览次数：3306</td></tr>'
             f'<tr><td>{body_html(body, indent=True)}</td></tr></table>'
             '<div class="foot">主办：湖南省人力资源和社会保障厅　地址：长沙市芙蓉中路二段98号<br>湘ICP备10200435号　网站标识码：4300000003　湘公网安备 43010502000617号</div>')
    add("zt-11", wrap("zt-11", t, "gov10", inner), t, [], "2024年08月15日", body)


def p12():
    t = "郫都区城乡居民临时救助实施办法"
    body = [
        "郫府办发〔2023〕9号",
        "各镇人民政府、街道办事处，区级各部门：",
        "《郫都区城乡居民临时救助实施办法》已经区政府同意，现印发给你们，请遵照执行。",
        "成都市郫都区人民政府办公室",
        "2023年4月3日",
        ("h", "郫都区城乡居民临时救助实施办法"),
        ("h", "第一章　总则"),
        "第一条　为进一步完善社会救助体系，切实保障困难群众基本生活，根据《社会救助暂行办法》《四川省临时救助办法》等规定，结合本区实际，制定本办法。",
        "第二条　临时救助是指对遭遇突发事件、意外伤害、重大疾病或其他特殊原因导致基本生活陷入困境，其他社会救助制度暂时无法覆盖或救助之后基本生活暂时仍有严重困难的家庭或个人给予的应急性、过渡性救助。",
        ("h", "第二章　救助对象和标准"),
        "第三条　临时救助标准以本区城市居民最低生活保障标准为基数。急难型临时救助一般不超过基数的6倍，支出型临时救助一般不超过基数的12倍；情况特别严重的，经区政府同意，可适当提高救助额度。",
        ("h", "第三章　附则"),
        "第四条　本办法由区民政局负责解释，自2023年5月1日起施行，有效期5年。",
        "附件：1.郫都区临时救助申请审批表",
        "2.临时救助家庭经济状况核对授权书",
    ]
    inner = (gov_top("成都市郫都区人民政府", "<a>政务新媒体</a>") + '<div class="ban">成都市郫都区人民政府</div>' +
             nav(["首页", "走进郫都", "政务公开", "政务服务", "政民互动"]) +
             '<div class="crumb">首页 - 政务公开 - 政府文件 - 郫府办发</div>'
             '<div class="main"><table class="rec"><tr><td>索引号：11510124MB0T3214XY/2023-00091</td><td>公开方式：主动公开</td></tr>'
             '<tr><td>发布机构：郫都区政府办</td><td>成文日期：2023-04-03</td></tr><tr><td>发布日期：2023-04-07</td><td>文号：郫府办发〔2023〕9号</td></tr></table>'
             f'<h1>成都市郫都区人民政府办公室关于印发《{e(t)}》的通知</h1>'
             f'{body_html(body)}<p>【<a>打印本页</a>】【<a>关闭窗口</a>】　扫一扫在手机打开当前页</p></div>' +
             gov_foot("成都市郫都区人民政府办公室", "5101240002", "蜀ICP备12003457号", "川公网安备 51012402000154号"))
    title = f"成都市郫都区人民政府办公室关于印发《{t}》的通知"
    add("zt-12", wrap("zt-12", title, "gov20", inner), title, [], "2023-04-07", body)


def p13():
    t1, t2 = "中关村街道“老街坊议事厅”开到楼门口", "一张桌子解决停车难等12件揪心事"
    body = [
        "“车位划好了，晚上回来再也不用绕三圈了。”近日，家住中关村街道科学院南路社区的张大爷看着楼下新划的停车位，高兴地说。",
        "今年以来，中关村街道把“老街坊议事厅”从社区会议室搬到楼门口、小区花园，每月固定开展一次议事活动，由社区党委牵头，邀请居民代表、物业、产权单位和驻区单位坐在一张桌子前，共同商量解决身边的难事。",
        "科学院南路社区楼房多建于上世纪八九十年代，停车位不足一直是居民反映最集中的问题。通过3次议事会，社区协调产权单位腾退闲置仓库，新增停车位46个，并推行错时共享停车。截至目前，街道各社区已通过议事厅解决停车难、楼道堆物、加装扶手等问题12件。",
        "街道相关负责人表示，下一步将总结议事厅经验，建立“居民提事、议事会商事、社区办事、群众评事”的闭环机制，让更多民生小事在家门口得到解决。",
        ("x", "<p>（通讯员　王  静）</p>"),
    ]
    inner = (gov_top("北京市海淀区人民政府网站", "<a>English</a>") + '<div class="ban">海淀区人民政府</div>' +
             search("请输入搜索内容") + nav(["首页", "政务公开", "政务服务", "政民互动", "走进海淀"]) +
             '<div class="crumb">您所在的位置：首页 &gt; 政务公开 &gt; 街镇动态</div>'
             f'<div class="main"><h1>{e(t1)}<br>{e(t2)}</h1>'
             '<div class="meta">来源：中关村街道　发布日期：2025-05-20　<a>分享到</a></div>'
             f'{body_html(body)}</div>' +
             gov_foot("北京市海淀区人民政府办公室", "1101080001", "京ICP备10048393号", "京公网安备 11010802017516号"))
    add("zt-13", wrap("zt-13", t1 + t2, "gov20", inner), t1 + t2, ["王静"], "2025-05-20", body)


def p14():
    t = "江苏鼓楼：老城区里“长”出口袋公园"
    body = [
        "清晨六点，南京市鼓楼区宁海路街道的颐和路口袋公园里，已经有不少居民在散步、打太极。这处不足800平方米的小公园，原本是一块闲置多年的边角地。",
        "近年来，鼓楼区利用拆违腾退地、边角地和街头零星空间，见缝插针建设口袋公园。截至今年5月，全区已建成口袋公园63个，居民出门“300米见绿、500米见园”的目标基本实现。",
        "“公园设计前，我们挨家挨户征求意见。”宁海路街道负责人介绍，居民希望多一些座椅和遮阴，街道就把原设计中的大草坪改成了林荫小广场，还增设了适老化扶手和儿童沙池。",
        "鼓楼区绿化园林部门负责人表示，老城区土地资源紧张，口袋公园“小而美”，能最大限度把绿色送到居民身边。今年，鼓楼区还将新建改造口袋公园15个，并探索由社区、物业和志愿者共同参与的管护模式。",
        ("x", "<p>（人民日报记者　姚雪青　尹晓宇）</p>"),
    ]
    inner = ('<div class="top">南京市鼓楼区人民政府　<a>长者模式</a> <a>无障碍</a> <a>登录</a> <a>注册</a></div>'
             '<div class="ban">南京市鼓楼区人民政府</div>' + nav(["首页", "政务公开", "政务服务", "政民互动", "鼓楼概况"]) +
             '<div class="crumb">首页 › 新闻中心 › 媒体看鼓楼</div>'
             f'<div class="main"><h1>{e(t)}</h1>'
             '<div class="meta">2025.06.03　来源：人民日报　【<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>'
             f'{body_html(body)}<p>《人民日报》（2025年06月03日　第11版）</p></div>' +
             gov_foot("南京市鼓楼区人民政府办公室", "3201060003", "苏ICP备05023845号", "苏公网安备 32010602010244号"))
    add("zt-14", wrap("zt-14", t, "gov20", inner), t, ["姚雪青", "尹晓宇"], "2025.06.03", body)


# ---------------------------------------------------------------- news sites
def news_hd(site, items):
    return f'<div class="hd"><b>{site}</b> ' + "".join(f"<a>{x}</a>" for x in items) + '</div>'


def news_foot(lines):
    return '<div class="foot">' + "".join(f"<p>{x}</p>" for x in lines) + "</div>"


def p15():
    t = "我国首个深远海漂浮式风电示范项目全容量并网"
    body = [
        "新华社福州6月2日电（记者 郑志强 林  凡）记者2日从国家能源集团获悉，我国首个深远海漂浮式风电示范项目——福建平潭外海漂浮式风电项目日前实现全容量并网发电。",
        "该项目位于平潭岛以东约30公里海域，水深超过50米，安装6台单机容量16兆瓦的漂浮式风电机组，总装机容量96兆瓦。项目投产后，预计年发电量约3.2亿千瓦时，可满足约17万户家庭一年的用电需求，每年可减少二氧化碳排放约26万吨。",
        "与固定式海上风电相比，漂浮式风电机组通过系泊系统固定在海面上，不受水深限制，能够开发更远海域的风能资源。项目团队攻克了大型浮体设计、动态海缆、系泊安装等多项关键技术，核心设备国产化率达到95%以上。",
        "业内专家表示，我国近海风电资源开发已接近饱和，深远海将是未来海上风电发展的主战场。该项目的建成，为我国深远海风电规模化开发积累了工程经验。",
    ]
    inner = (news_hd("新浪新闻", ["首页", "国内", "国际", "财经", "科技", "体育", "娱乐", "登录"]) +
             search("大家正在搜：高考志愿填报") +
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">2025年06月03日 07:46 新华网 <a>新浪财经APP</a>　<a>缩小字体</a> <a>放大字体</a> <a>收藏</a> <a>微博</a> <a>微信</a> <a>分享</a>　<a>评论(238)</a></div>'
             '<p>原标题：深远海“追风”！我国首个漂浮式风电示范项目全容量并网</p>'
             f'{body_html(body)}<p>责任编辑：张  蕾</p></div><div class="side">' +
             ul(["国家能源局：前5月全国新增风电装机同比增长", "福建海上风电装机规模突破500万千瓦", "海上风电产业链迎来订单高峰", "国际油价周一小幅收涨"], "热门推荐") +
             ul(["1 高考首日多地气温偏高", "2 多地发布暴雨预警", "3 端午假期出游数据出炉"], "新闻排行") +
             '</div></div>' + news_foot(["新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师", "Copyright © 1996-2025 SINA Corporation, All Rights Reserved"]))
    add("zt-15", wrap("zt-15", t + "_新浪新闻", "news", inner), t, ["郑志强", "林凡"], "2025年06月03日 07:46", body)


def p16():
    t = "Chengdu's panda base opens night tours for summer visitors"
    body = [
        "The Chengdu Research Base of Giant Panda Breeding in Southwest China's Sichuan province will open evening tours from June 15, giving visitors a chance to see the animals when temperatures drop and the pandas become more active.",
        "The night tours, which run from 6:30 pm to 9:30 pm on Fridays, Saturdays and Sundays until the end of August, are limited to 3,000 visitors per evening and must be booked in advance through the base's official mini-program, the base said on Tuesday.",
        "\"In hot weather the pandas usually stay indoors during the day. In the evening they come out to eat bamboo and climb, so visitors can see more natural behavior,\" said Wu Kongju, a keeper at the base who has worked with pandas for more than 20 years.",
        "To protect the animals, flash photography and loud noise are banned, and lighting along the tour routes has been adjusted to a soft, low level. Keepers will give short talks at four viewing points about panda diets, breeding and conservation.",
        "The base received more than 9 million visits last year, about a quarter of them in July and August.",
    ]
    inner = (news_hd("CHINADAILY", ["Home", "China", "World", "Business", "Lifestyle", "Culture", "Travel", "Sports", "Opinion", "中文", "Subscribe"]) +
             search("Search") + '<div class="crumb">Home / China / Society</div>'
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">By HUANG ZHILING in Chengdu | chinadaily.com.cn | Updated: 2025-06-03 09:12</div>'
             '<div class="info"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Linkedin</a> <a>Weibo</a> <a>WeChat</a> <a>More</a></div>'
             + body_html([("img", "A giant panda eats bamboo at the base", "A giant panda eats bamboo at the Chengdu Research Base of Giant Panda Breeding. [Photo/Xinhua]")]) +
             f'{body_html(body)}<p>Most Viewed in 24 Hours</p></div><div class="side">' +
             ul(["Summer travel bookings surge across China", "Sichuan's tea towns draw young tourists", "New rules to protect wild Yangtze finless porpoises"], "Top News") +
             '</div></div>' + news_foot(["About China Daily | Advertise on Site | Contact Us | Job Offer", "Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).", "京ICP备13028878号-6"]))
    add("zt-16", wrap("zt-16", t + " - Chinadaily.com.cn", "news", inner), t, ["HUANG ZHILING"], "2025-06-03 09:12", body, "en")


def p17():
    t = "Wuhan opens first driverless bus line linking metro and universities"
    body = [
        "A driverless bus line connecting a metro station with three universities in Wuhan, central China's Hubei Province, began trial operation on Monday.",
        "The 6.8-kilometer route runs from the Optics Valley Square station of Metro Line 2 to Huazhong University of Science and Technology, Wuhan Textile University and Hubei University of Economics, with 11 stops along the way.",
        "Each of the five buses seats 18 passengers and has a safety officer on board during the trial period. The buses travel at up to 40 kilometers per hour and run every ten minutes during morning and evening peaks.",
        "Passengers pay the same fare as ordinary city buses and can scan a QR code or use a transport card. Local authorities said the line would be extended to nearby residential communities if the trial goes well.",
        "Wuhan has opened more than 3,000 kilometers of roads to autonomous vehicle testing, the largest such network in the country, according to the city's economic and information technology bureau.",
    ]
    inner = (news_hd("CGTN", ["LIVE", "China", "World", "Politics", "Business", "Tech & Sci", "Opinions", "Video", "Radio"]) +
             f'<div class="wrap"><div class="art"><p>China</p><h1>{e(t)}</h1>'
             '<div class="info">Updated 14:22, 03-Jun-2025</div><div class="info">Guo Meiping</div>'
             '<div class="info"><a>Share</a> <a>Copied</a></div>'
             + body_html([("img", "Driverless buses at Optics Valley", "A driverless bus at a stop near Optics Valley Square, Wuhan, central China's Hubei Province, June 2, 2025. /CFP")]) +
             f'{body_html(body)}<p>Source(s): Xinhua News Agency</p></div><div class="side">' +
             ul(["China's NEV exports hit new high in May", "Robotaxis expand to more Chinese cities", "How Hubei became an optics hub"], "Related Stories") +
             '</div></div>' + news_foot(["Copyright © 2025 CGTN. 京ICP备16065310号", "About us | Contact us | Privacy Policy"]))
    add("zt-17", wrap("zt-17", t + " - CGTN", "news", inner), t, ["Guo Meiping"], "14:22, 03-Jun-2025", body, "en")


def p18():
    t = "Xiamen adds 200 public charging points along its island ring road"
    body = [
        "Xiamen has added 200 public charging points for electric cars along its Huandao Road, the coastal ring road on Xiamen Island, the city's urban management bureau said.",
        "The new points, installed in 14 parking areas near beaches and scenic spots, include 60 fast chargers that can charge most cars to 80 percent in about half an hour. Drivers can find available chargers and pay through the i Xiamen app.",
        "\"On weekends it used to be hard to find a charger near the beach,\" said Chen Yuting, a local resident who drives an electric car. \"Now I can charge while my kids play in the sand.\"",
        "Electric vehicles account for more than 40 percent of new car sales in Xiamen this year. The city plans to have a public charging point within 1 kilometer of every residential area by the end of 2026.",
    ]
    inner = (news_hd("SHINE", ["Metro", "Nation", "Biz", "Sport", "World", "Feature", "Opinion", "Videos", "Photos"]) +
             f'<div class="wrap"><div class="art"><p>Nation</p><h1>{e(t)}</h1>'
             '<div class="info">Yang Jian　Ti Gong　16:05 UTC+8, 2024-11-08　<a>0</a> <a>Share</a></div>'
             f'{body_html(body)}<p>Source: SHINE　Editor: Wang Xinzhou</p></div><div class="side">' +
             ul(["Fujian ferry link to Kinmen adds night sailings", "Gulangyu limits daily visitors over holiday", "Xiamen metro Line 6 to open next year"], "Related") +
             '</div></div>' + news_foot(["Copyright © 2024 Shanghai Daily. All rights reserved.", "沪ICP证：沪ICP备05050403号-1 | 互联网新闻信息服务许可证：31120180004", "网络视听许可证：0909346 | 广播电视节目制作许可证：沪字第354号"]))
    add("zt-18", wrap("zt-18", t + " | SHINE News", "news", inner), t, ["Yang Jian"], "16:05 UTC+8, 2024-11-08", body, "en")


def p19():
    t = "快讯｜长江武汉关水位超警戒 防汛应急响应提升至Ⅲ级"
    body = [
        "7月4日14时，长江武汉关水位涨至27.38米，超过警戒水位0.08米。武汉市防汛抗旱指挥部随即将防汛应急响应由Ⅳ级提升至Ⅲ级。",
        "据水文部门预测，受上游来水和本地强降雨共同影响，武汉关水位将持续上涨，预计7月7日前后出现本次洪水最高水位，约为28.2米。市防指要求，各区、各部门严格落实堤防巡查责任，1.5万余名干部群众已上堤值守，重点加强对穿堤建筑物、闸口、泵站的巡查防守。",
        "沿江各景区、江滩公园低洼区域已陆续封闭，轮渡部分航线暂停运营。市民出行请关注官方发布信息，切勿在江边戏水、垂钓。",
        "据了解，本次洪水过程中，武汉市已提前对沿江各类在建工程、码头、船舶进行安全检查，督促船舶进港避险，各类防汛物资已在重点堤段前置储备。",
        ("x", "<p>（长江日报记者 胡  雪 通讯员 汪  洋）</p>"),
    ]
    inner = (news_hd("长江网", ["首页", "武汉", "时政", "民生", "视频", "快讯", "专题", "长江号"]) +
             '<div class="crumb">长江网 &gt; 快讯</div>'
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">2024-07-04 14:36:08 来源：长江日报-长江网 <a>字号 A+ A-</a> <a>分享</a> 阅读 5.6万</div>'
             f'{body_html(body)}<p>【编辑：宋  莉】</p><h3>实时快讯</h3>'
             '<ul><li>14:20 武汉今日启动“三级”防汛应急响应</li><li>13:58 汉口江滩亲水平台临时封闭</li><li>13:05 武汉轮渡汉阳门至中华路航线暂停</li><li>12:40 湖北气象台发布暴雨橙色预警</li></ul>'
             '<p>加载更多</p></div><div class="side">' +
             ul(["图集｜江滩防汛一线", "武汉地铁启动防汛巡查", "专家解读：今年长江汛情有何特点"], "热点") +
             '</div></div>' + news_foot(["长江日报报业集团主办　长江网版权所有", "鄂ICP备11003526号　互联网新闻信息服务许可证：42120170007", "举报电话：027-85776081"]))
    add("zt-19", wrap("zt-19", t + "_长江网", "news", inner), t, ["胡雪", "汪洋"], "2024-07-04 14:36:08", body)


def p20():
    t = "代表委员热议：让县域经济“强”起来"
    body = [
        "湖北日报全媒记者　吴  畏　陈  会",
        "县域是城乡融合发展的重要切入点。在省两会上，县域经济发展成为代表委员们热议的话题。",
        "“县域经济要强，首先要产业强。”省人大代表、仙桃市市长周文霞说，仙桃把无纺布产业作为“一号产业”，从一只口罩做到一个产业集群，去年产值突破800亿元。她建议，省级层面进一步支持县域特色产业集群建设，在土地、能耗指标上给予倾斜。",
        "省政协委员、华中农业大学教授刘春华长期关注农产品加工业。他认为，县域经济的短板在于农产品精深加工不足，“一斤鲜鱼卖十几块，做成预制菜能翻几倍”。他建议以龙头企业为牵引，推动农业“接二连三”，把更多增值收益留在县里。",
        "来自潜江市的省人大代表、小龙虾养殖户汪德胜则关注人才问题：“县里缺的不是项目，是懂技术、会经营的年轻人。”他建议完善返乡创业扶持政策，让更多年轻人愿意回来、留得下来。",
    ]
    inner = (news_hd("荆楚网", ["首页", "湖北", "时政", "专题", "视频", "客户端"]) +
             '<div class="ban" style="background:#c30d23;color:#fff;padding:30px">聚焦2025湖北省两会　<small>专题首页 | 最新报道 | 代表委员声音 | 图说两会 | 政府工作报告</small></div>'
             '<div class="crumb">当前位置：专题 &gt; 2025湖北省两会 &gt; 代表委员声音</div>'
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">来源：湖北日报　　2025年1月15日 星期三　<a>打印</a> <a>关闭</a></div>'
             f'{body_html(body[1:], indent=True)}<p>责编：李晶晶</p></div><div class="side">' +
             ul(["图解：2025年湖北省政府工作报告", "省政协十三届三次会议开幕", "【微视频】两会有我", "代表委员建言科技创新"], "最新报道") +
             '</div></div>' + news_foot(["湖北日报网（荆楚网） 版权所有", "鄂ICP备13006015号", "互联网新闻信息服务许可证 42120170001"]))
    inner = inner.replace(f'<h1>{e(t)}</h1>', f'<h1>{e(t)}</h1><p style="text-align:center">{e(body[0])}</p>')
    add("zt-20", wrap("zt-20", t + "_荆楚网", "news", inner), t, ["吴畏", "陈会"], "2025年1月15日", body[1:])


def p21():
    t = "上海一地铁站“神仙换乘”火了，背后是这样设计的"
    body = [
        "最近，上海地铁14号线和18号线的龙华站换乘通道在社交平台上走红，不少网友称其为“神仙换乘”：从一条线的站台下车，走不到30米就能进入另一条线的站台，全程不用上下楼梯。",
        "记者实地探访发现，两条线路的站台呈“T”字形布置，换乘通道直接连通两个站台中部，通道内还设置了自动扶梯和无障碍电梯。早高峰时段，换乘乘客基本不用排队。",
        "上海申通地铁集团相关负责人介绍，龙华站在规划阶段就预留了同步建设条件，两条线的车站结构“一次设计、分期施工”。这种做法虽然前期投入较大，但避免了后期改造对运营的影响。",
        "专家表示，换乘便捷度是衡量轨道交通服务水平的重要指标，今后新建线路应更多采用同站台、节点换乘等方式，减少乘客步行距离。",
    ]
    inner = (news_hd("网易", ["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "手机", "登录", "注册免费邮箱"]) +
             search("搜索") +
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">2025-03-11 20:14:52　来源: 新民晚报 <a>举报</a>　<a>0</a> <a>分享至</a></div>'
             '<p>（原标题：龙华站“T”字换乘为啥这么顺？记者实地探访）</p>'
             '<p>新民晚报记者 孙云</p>'
             f'{body_html(body)}<p>本文来源：新民晚报　责任编辑：王晓雪_NN1134</p>'
             '<p>跟贴 <b>1,026</b> 参与 <b>15,302</b></p><p>相关推荐</p></div><div class="side">' +
             ul(["上海地铁新一轮线网规划公布", "这条线开通后，虹桥到浦东机场只要40分钟", "上海公交“一码通乘”覆盖长三角"], "24小时排行") +
             '</div></div>' + news_foot(["关于网易 | About NetEase | 公司新闻 | 客户服务 | 隐私政策 | 广告服务", "©1997-2025 网易公司版权所有"]))
    add("zt-21", wrap("zt-21", t + "|地铁|换乘_网易订阅", "news", inner), t, ["孙云"], "2025-03-11 20:14:52", body)


def p22():
    t = "大熊猫国家公园首次记录到野生大熊猫“母带双崽”"
    body = [
        "近日，大熊猫国家公园四川唐家河片区的红外相机记录到一只野生大熊猫妈妈带着两只幼崽活动的画面。这是唐家河片区首次记录到野生大熊猫“母带双崽”的影像。",
        "视频显示，熊猫妈妈在林间缓缓行走，两只幼崽紧随其后，不时打闹嬉戏，其中一只还爬上了路边的小树。根据体型判断，两只幼崽约为一岁半。",
        "唐家河片区管理人员介绍，野生大熊猫通常一胎产一崽，即使产下双胞胎，也往往只能带活一只。此次记录到的画面十分珍贵，说明该区域食物资源丰富、栖息地质量良好。",
        "近年来，唐家河片区在核心区布设了400余台红外相机，持续开展野生动物监测，已累计记录到野生大熊猫影像200余次。",
        "管理人员表示，下一步将加强巡护和栖息地修复，在竹林退化区域补植大熊猫主食竹，并继续与科研机构合作，通过粪便DNA分析等手段，进一步摸清片区内野生大熊猫的种群数量和家族关系。",
    ]
    inner = (news_hd("川观新闻", ["首页", "时政", "区域", "经济", "文化", "生态", "川观号"]) +
             '<div class="crumb">首页 / 生态 / 正文</div>'
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">川观新闻记者 王  成 实习生 杨金鑫<br>2024/10/18 10:03 <a>A+</a> <a>A-</a>　<a>微信</a> <a>微博</a> <a>复制链接</a></div>'
             + body_html([("img", "红外相机拍摄的大熊猫母子", "红外相机拍摄的大熊猫妈妈和两只幼崽。唐家河片区供图")]) +
             f'{body_html(body)}<p>编辑：何  敏　　责任编辑：张佳宁</p><p>阅读 13万+　点赞 862</p></div><div class="side">' +
             ul(["四川发布首部大熊猫国家公园生态保护条例", "唐家河秋色正浓", "雪豹现身甘孜"], "推荐阅读") +
             '</div></div>' + news_foot(["四川日报全媒体集团 版权所有", "蜀ICP备15006536号-1", "川公网安备 51010402000507号"]))
    add("zt-22", wrap("zt-22", t + " - 川观新闻", "news", inner), t, ["王成", "杨金鑫"], "2024/10/18 10:03", body)


def p23():
    t = "长宁这条老弄堂改造后，居民家里第一次有了独立卫生间"
    body = [
        "拎着马桶去公共倒粪站的日子，在长宁区新华路街道的一条老弄堂里彻底成了历史。上周，弄堂里最后一户居民搬回了完成改造的新家。",
        "这条弄堂建于上世纪30年代，共有石库门房屋21幢、居民68户，大部分家庭没有独立厨卫。街道按照“一户一方案”的办法，通过内部空间重新分隔、局部加层等方式，为每户居民都增设了独立卫生间和厨房。",
        "“过去五口人挤在18平方米里，现在有了自己的卫生间，真是想都不敢想。”74岁的居民严阿姨说。",
        "改造过程中，施工方保留了弄堂的清水砖墙、石库门门头和过街楼，对外立面进行了修缮。街道还在弄堂口新建了一处社区客厅，供居民议事、休闲。",
        "新华路街道相关负责人介绍，这条弄堂的改造采用“抽户改造”的方式，部分居民自愿置换到周边房源，腾出的空间用于为留住居民增设厨卫。街道计划年内再完成两条类似弄堂的改造。",
        ("x", "<p style=\"text-align:right\">（记者 曹  翔）</p>"),
    ]
    inner = (news_hd("上观新闻", ["首页", "要闻", "上海", "天下", "财经", "文化", "评论", "视频", "下载APP"]) +
             f'<div class="wrap"><div class="art"><h1>{e(t)}</h1>'
             '<div class="info">上观新闻　2023-08-22 06:48　来源：解放日报　<a>阅读</a> 3.2万　<a>评论</a> 12　<a>字号</a></div>'
             f'{body_html(body)}<p>栏目编辑：施  薇　文字编辑：陈抒怡</p><p>题图来源：新华路街道　图片编辑：雍凯</p>'
             '<p>来源：作者：解放日报 曹翔</p><p>评论 12　写评论…</p></div><div class="side">' +
             ul(["今年上海旧改将全面收官", "石库门里的“新生活”", "上海零星旧改进度过半"], "相关阅读") +
             '</div></div>' + news_foot(["上海报业集团版权所有", "沪ICP备14007766号-1", "违法和不良信息举报电话：021-22899999"]))
    add("zt-23", wrap("zt-23", t + "_上观新闻", "news", inner), t, ["曹翔"], "2023-08-22 06:48", body)


def p24():
    t = "重庆中心城区首条“空轨”完成试验段建设"
    body = [
        "华龙网-新重庆客户端6月3日11时讯（记者 何  欣）6月3日，记者从重庆市交通运输委获悉，重庆中心城区首条悬挂式单轨交通（俗称“空轨”）——璧山至北碚段试验线已完成试验段建设，即将进入车辆调试阶段。",
        "试验段全长约2.4公里，设车站2座，采用全自动驾驶技术。列车车体悬挂在轨道梁下方运行，最大载客量约200人，最高运行速度每小时60公里。",
        "与传统地铁相比，空轨具有建设周期短、造价低、占地少、爬坡能力强等特点，特别适合重庆这样的山地城市。据测算，空轨每公里造价约为地铁的三分之一。",
        "据悉，全线建成后将串联璧山城区与北碚蔡家片区，有效缓解两地之间的通勤压力。",
        "市交通运输委相关负责人表示，试验线将重点验证空轨在山地城市复杂地形条件下的运行性能和安全可靠性，为后续在中心城区推广应用积累经验。",
    ]
    inner = (news_hd("华龙网", ["首页", "重庆", "区县", "政务", "财经", "文旅", "专题"]) +
             '<div class="crumb">华龙网 &gt; 重庆 &gt; 正文</div>'
             f'<div class="wrap"><div class="art"><h1>{e(t)}　<small>【字号：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】</small></h1>'
             '<div class="info">2025-06-03 11:20:18　来源：华龙网-新重庆客户端　<a>分享到：</a>微信 微博 QQ</div>'
             f'{body_html(body)}<p>[责任编辑：唐  琪]</p></div><div class="side">' +
             ul(["重庆轨道交通运营里程突破600公里", "璧山打造西部智慧交通示范区", "北碚：蔡家片区加快建设"], "热点新闻") +
             '</div></div>' + news_foot(["华龙网版权所有　未经书面授权禁止使用", "渝ICP备05000813号-3　互联网新闻信息服务许可证 50120170002"]))
    add("zt-24", wrap("zt-24", t + "_华龙网", "news", inner), t, ["何欣"], "2025-06-03 11:20:18", body)


# ---------------------------------------------------------------- self-media
def p25():
    t = "在桂林阳朔骑行遇龙河，这条路线人少景美，收藏好"
    body = [
        "说到阳朔，很多人第一反应是西街。但对我来说，阳朔最好的打开方式，是租一辆自行车，沿着遇龙河慢慢骑。",
        "推荐路线：从阳朔县城出发，经骥马村、旧县村到遇龙桥，全程约18公里，大部分是乡村小道，坡度很小，新手也能轻松完成。",
        ("img", "遇龙河畔的稻田和喀斯特山峰", "遇龙河边的稻田，远处就是喀斯特山峰"),
        "沿途最推荐停留的是旧县村。村里保留着不少明清古民居，有几家农家乐可以吃到地道的啤酒鱼和田螺酿，价格比西街便宜一半。",
        "如果体力还有富余，可以从遇龙桥继续往金龙桥方向骑，沿途的田园风光更原生态。回程时不想骑车，也可以在遇龙桥附近把车还给租车点的合作门店，打车回县城大约40元。",
        "几点小提示：一是尽量避开周末和节假日，竹筏码头附近人会很多；二是夏天一定要做好防晒，上午10点前出发最舒服；三是自行车租金一天30元左右，押金记得要收据。",
        "你去过遇龙河吗？欢迎在评论区分享你的路线。",
    ]
    inner = ('<div class="bar">今日头条　<a>首页</a> <a>下载头条</a> ' + search("搜索站内资讯、视频或用户") + ' <a>登录</a></div>'
             f'<div class="col"><h1>{e(t)}</h1>'
             '<div class="acc">原创　2024-05-17 08:30·<a>广西旅游小鹿</a>　<a>关注</a></div>'
             f'{body_html(body)}<p>举报/反馈</p><p>发表评论　<a>126</a>条评论</p>'
             '<div class="rec">' + ul(["五一桂林自驾攻略", "广西最值得去的10个小众古镇", "龙脊梯田最佳观赏时间"], "相关推荐") + '</div></div>')
    add("zt-25", wrap("zt-25", t + " - 今日头条", "wemedia", inner), t, ["广西旅游小鹿"], "2024-05-17 08:30", body)


def p26():
    t = "一个县级医院的“夜班”，我跟了12个小时"
    body = [
        "晚上8点，湖南省浏阳市某县级医院急诊科的灯光亮得刺眼。接班的李医生一边整理交接记录，一边跟我说：“今晚估计不会太平，附近在办烟花节。”",
        "果然，不到9点，救护车送来第一位烧伤病人。清创、包扎、开单子，整个过程不到20分钟。李医生说，他们科室一共8名医生，夜班只有2个人，最忙的时候一晚要接诊60多个病人。",
        "凌晨2点，一位老人因胸痛被家人送来。心电图提示急性心梗，医院立即启动胸痛中心绿色通道，从进门到导管室开通血管只用了58分钟。“两年前我们还做不了这种手术，只能往长沙转。”",
        "早上8点交班时，李医生已经连续工作了12个小时。他笑着说，县医院的医生什么都要会一点，“病人信任我们，我们就得撑得住”。",
        "这些年，县医院新建了胸痛中心、卒中中心，也从省城医院请来专家坐诊带教。县里的老百姓看大病，越来越多地不用往外跑了。",
        "文/赵  磊",
    ]
    inner = ('<div class="bar">网易首页 &gt; 网易号 &gt; 正文　<a>申请入驻</a> <a>登录</a></div>'
             f'<div class="col"><h1>{e(t)}</h1>'
             '<div class="acc">2025-01-08 21:16:40　来源: <a>潇湘纪事</a>　湖南　<a>举报</a></div>'
             f'{body_html(body)}<p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>'
             '<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>'
             '<div class="rec">' + ul(["县域医共体建设三年成效如何", "基层医生收入调查", "急诊科的一天"], "相关推荐") + '</div></div>')
    add("zt-26", wrap("zt-26", t + "|急诊|县医院_网易订阅", "wemedia", inner), t, ["赵磊"], "2025-01-08 21:16:40", body[:-1])


def p27():
    t = "福建宁德：一颗“大黄鱼”撬动百亿产业"
    body = [
        "在福建宁德三都澳海域，一眼望不到边的深水网箱整齐排列。这里是全国最大的大黄鱼养殖基地，全国八成以上的养殖大黄鱼产自宁德。",
        "过去，大黄鱼养殖多采用木质渔排，抗风浪能力差，养殖密度大，病害多发。近几年，当地推广塑胶渔排和深远海养殖平台，大黄鱼的品质和价格都明显提升。",
        "除了养殖，宁德还在加工环节发力。冰鲜鱼、黄鱼鲞、预制菜等产品销往全国，部分企业开始尝试出口东南亚市场。2024年，宁德大黄鱼全产业链产值已超过140亿元。",
        "值得一提的是，当地还探索“渔旅融合”，推出海上渔排观光、海钓体验等项目，不少游客专门来吃一顿刚出水的大黄鱼。",
        "当然，产业发展也面临养殖海域有限、品牌溢价不足等问题。如何在保护海洋生态的前提下做大做强，是当地接下来需要回答的问题。",
    ]
    inner = ('<div class="bar">百度首页　<a>登录</a>　' + search("") + '</div>'
             f'<div class="col"><h1>{e(t)}</h1>'
             '<div class="acc"><a>海峡财经观察</a>　<a>+关注</a><br>2025-02-19 16:42福建　财经领域创作者</div>'
             f'{body_html(body)}<p>本文来自百家号作者，仅代表作者观点，不代表百度立场。</p><p>举报/反馈</p>'
             '<div class="rec">' + ul(["宁德时代一季度净利润增长", "大黄鱼价格回升", "福建海洋经济总产值超1.2万亿元"], "为你推荐") + '</div></div>')
    add("zt-27", wrap("zt-27", t + "_百度百家号", "wemedia", inner), t, ["海峡财经观察"], "2025-02-19 16:42", body)


def p28():
    t = "江苏南通：家门口的“共享厨房”，让独居老人吃上热乎饭"
    body = [
        "中午11点，南通市崇川区虹桥街道的“共享厨房”里飘出了饭菜香。75岁的独居老人钱奶奶拎着保温桶，和几位老姐妹一起在这里做饭、聊天。",
        "“共享厨房”由社区闲置用房改建而成，配有4个灶台、冰箱和消毒柜。老人们可以自带食材来做饭，也可以花12元在助餐点买一份两荤一素的套餐。社区志愿者每天还会给行动不便的老人送餐上门。",
        "“一个人在家懒得做饭，经常一碗面条对付一顿。”钱奶奶说，现在每天来这里做饭，还学会了几道新菜。",
        "社区书记介绍，厨房运营半年来，已有200多位老人登记使用。不少子女在外地工作的老人说，在这里做饭有人陪，“吃饭香了，心里也热乎了”。",
        "据了解，崇川区正在总结虹桥街道的经验，计划今年在全区再建设10个“共享厨房”，并引导爱心企业、餐饮商户参与运营，让更多老人在家门口吃上热乎饭。",
    ]
    inner = ('<div class="bar">腾讯网　<a>新闻</a> <a>视频</a> <a>图片</a> <a>财经</a>　<a>登录</a></div>'
             f'<div class="col"><h1>{e(t)}</h1>'
             '<div class="acc">企鹅号 <a>江海民生观察</a>　2023-11-26 12:05　发布于江苏</div>'
             '<p class="acc">作者：陆  燕</p>'
             f'{body_html(body)}<p>免责声明：本文内容由腾讯平台创作者发布，不代表腾讯新闻观点或立场。</p>'
             '<p>点赞 35　分享</p></div>')
    add("zt-28", wrap("zt-28", t + "_腾讯新闻", "wemedia", inner), t, ["陆燕"], "2023-11-26 12:05", body)


def p29():
    t = "重磅！这些证明材料，今后在重庆不用再跑腿开了"
    body = [
        "开办企业要开无犯罪记录证明，孩子入学要开居住证明……这些让人头疼的“证明”，今后在重庆可以不用再跑腿了！",
        "近日，市司法局会同市大数据发展局公布第三批证明事项告知承诺制清单，新增42项证明事项实行告知承诺制。申请人只需书面承诺已符合相关条件，办事部门就可直接办理，无需再提交证明材料。",
        "据统计，前两批告知承诺制清单实施以来，全市累计减少提交证明材料超过120万份，群众和企业办事时间平均缩短一半以上。",
        ("h", "哪些证明可以承诺？"),
        "本批清单涉及户籍、社保、婚姻、不动产等领域，包括户籍类证明、无违法犯罪记录证明、社会保险参保缴费证明、婚姻状况证明等。",
        ("h", "承诺不实怎么办？"),
        "办事部门会通过数据共享等方式进行核查。发现承诺不实的，将依法终止办理、撤销相关决定，并将失信信息纳入信用记录。",
        "清单全文可在“渝快办”平台查询。转给身边有需要的朋友吧！",
    ]
    inner = ('<div class="col"><h1>' + e(t) + '</h1>'
             '<div class="acc">原创 <a>渝快政务</a> <a>渝快政务</a> 2025年6月3日 18:30 重庆</div>'
             f'{body_html(body)}<p>来源：重庆市司法局</p><p>编辑：小渝</p>'
             '<p>预览时标签不可点</p><p>微信扫一扫<br>关注该公众号</p><p>继续滑动看下一个</p><p>轻触阅读原文</p>'
             '<p>渝快政务</p><p>向上滑动看下一个</p><p>知道了</p><p>微信扫一扫<br>使用小程序</p>'
             '<p>取消 允许</p><p>赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏</p></div>')
    add("zt-29", wrap("zt-29", t, "wemedia", inner), t, ["渝快政务"], "2025年6月3日 18:30", body)


def p30():
    t = "长宁这个街道把“15分钟生活圈”做进了地图里"
    body = [
        "打开一张手绘地图，菜场、卫生服务站、养老院、口袋公园一目了然，每个点位旁边还标注了步行时间。这张地图，是长宁区华阳路街道为居民编制的“15分钟社区生活圈”服务指南。",
        "街道工作人员用三个月时间走遍了辖区的大街小巷，标注了286个便民服务点位。地图分为老人版和亲子版两个版本，老人版字体更大，重点标注了助餐点、医疗机构和无障碍设施。",
        "地图还印上了社区民警、家庭医生和居委干部的联系电话。",
        "华阳路街道相关负责人表示，地图将每半年更新一次，居民也可以通过扫描地图上的二维码反馈新的点位信息。",
        "“以前想找个修鞋的地方都要问好几个人，现在看一眼地图就知道了。”家住金谷苑小区的李阿姨说，她把地图贴在了家门口，还给外地的孩子拍照发了过去。",
        "文字：吴佳慧　图片：华阳路街道",
    ]
    inner = ('<div class="bar">澎湃新闻　<a>要闻</a> <a>深度</a> <a>视频</a> <a>澎湃号</a> <a>下载客户端</a> <a>登录</a></div>'
             f'<div class="col"><h1>{e(t)}</h1>'
             '<div class="acc"><a>上海长宁</a>　关注<br>澎湃号·政务　2024-03-26 17:20 来源：澎湃新闻·澎湃号·政务</div>'
             f'{body_html(body[:-1])}<p>{e(body[-1])}</p>'
             '<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</p>'
             '<p>+1 收藏 我要举报</p><div class="rec">' + ul(["长宁区“15分钟生活圈”建设提速", "华阳路街道：老小区加装电梯全覆盖"], "相关推荐") + '</div></div>')
    add("zt-30", wrap("zt-30", t + "_澎湃号·政务_澎湃新闻-The Paper", "wemedia", inner), t, ["吴佳慧"], "2024-03-26 17:20", body[:-1])


# ---------------------------------------------------------------- e-paper
def epaper(pid, paper, date_line, ban, yin, zhu, fu, byline, body, editor, titles, foot, zhu2=None):
    zh = f'<p class="zhu">{e(zhu)}</p>' + (f'<p class="zhu">{e(zhu2)}</p>' if zhu2 else "")
    inner = (f'<div class="eh">{paper}电子版　{date_line}　<a>往期回顾</a> <a>PDF下载</a> <a>返回首页</a></div>'
             f'<div class="ban"><div class="lay"><p>{ban}</p><p><a>上一版</a>　<a>下一版</a></p><p>版面导航</p>'
             + "".join(f"<p><a>{x}</a></p>" for x in titles) +
             '<img src="data:," alt="版面图" width="300" height="10"></div>'
             f'<div class="txt">' + (f'<p class="yin">{e(yin)}</p>' if yin else "") + zh +
             (f'<p class="fu">{e(fu)}</p>' if fu else "") + (f'<p>{e(byline)}</p>' if byline else "") +
             body_html(body, indent=True) + f'<p>{editor}</p><p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p></div></div>'
             f'<div class="foot">{foot}</div>')
    title = zhu + (zhu2 or "")
    return wrap(pid, title, "epaper", inner), title


def p31():
    body = [
        "本报讯（记者 钟  磊 通讯员 何振华 刘  芸）6月2日，随着最后一片钢箱梁精准吊装就位，武汉双柳长江大桥实现主桥合龙，标志着这座世界最大跨度的双层公路悬索桥建设进入新阶段。",
        "双柳长江大桥位于武汉市新洲区与鄂州市之间，主跨1430米，上层为双向六车道高速公路，下层为双向六车道城市快速路。大桥建成后，将进一步完善武汉都市圈交通网络，加快武鄂黄黄同城化发展。",
        "项目部负责人介绍，大桥主缆采用我国自主研发的2100兆帕级高强度钢丝，是国内首次在超大跨径悬索桥上大规模应用。为应对长江汛期复杂水文条件，施工团队采用智能化缆载吊机和北斗定位系统，实现了钢箱梁毫米级精准对接。",
        "目前，大桥主桥桥面铺装和附属工程已同步展开，北岸接线道路也在加紧施工。",
        "据悉，大桥计划今年年底前建成通车。",
    ]
    h, title = epaper("zt-31", "湖北日报", "2025年06月03日 星期二", "第01版：要闻",
                      "武鄂黄黄同城化再添交通大动脉", "世界最大跨度双层公路悬索桥主桥合龙", "双柳长江大桥计划年底建成通车",
                      None, body, "本版责编：张  军　美编：谭一鸣",
                      ["世界最大跨度双层公路悬索桥主桥合龙", "省政府常务会议召开", "我省夏粮收获进度过半", "图片新闻"],
                      "湖北日报传媒集团版权所有　鄂ICP备13006015号")
    add("zt-31", h, title, ["钟磊", "何振华", "刘芸"], "2025年06月03日", body)


def p32():
    body = [
        "走进集美区杏林湾畔的一家电竞酒店，前台挤满了办理入住的年轻人。“房间里有两台高配电脑，和朋友一起打游戏比去网吧舒服。”来自泉州的大学生小许说。",
        "近年来，电竞酒店、剧本杀、露营等新消费业态在厦门快速发展。据市商务局统计，全市电竞酒店已超过150家，今年一季度平均入住率达78%，高于普通酒店近20个百分点。",
        "新业态火了，也带来新问题。一些电竞酒店存在违规接待未成年人、消防通道堵塞等情况。今年以来，市公安、文旅、市场监管等部门开展联合检查，督促经营者落实实名登记和未成年人禁入规定。",
        "市商务局相关负责人表示，将研究出台新消费业态服务指引，引导行业协会制定服务规范，推动电竞酒店、剧本杀门店等从“野蛮生长”走向规范发展。",
        "业内人士认为，新消费业态要走得远，既要靠创新，更要守规矩。",
        "本报记者　黄　琼",
    ]
    h, title = epaper("zt-32", "厦门日报", "2024.04.16", "A05：城事",
                      None, "电竞酒店“火”了", "——新消费业态如何行稳致远", None, body[:-1] + [("x", f"<p style=\"text-align:right\">{e(body[-1])}</p>")],
                      "本版编辑：林小宁",
                      ["电竞酒店“火”了", "岛内首个社区食堂开业", "鹭江道慢行系统提升完工"],
                      "厦门日报社主办　版权所有 未经许可不得转载　闽ICP备08005389号")
    add("zt-32", h, title, ["黄琼"], "2024.04.16", body[:-1])


def p33():
    body = [
        "“以前卖一亩茶园的鲜叶，一年收入不到一万元；现在加入合作社统一加工销售，收入翻了一倍多。”在常州市金坛区薛埠镇，茶农钱国庆掰着指头算起了增收账。",
        "薛埠镇是“金坛雀舌”的主产区，全镇茶园面积3.8万亩。过去，茶农各自采摘、各自炒制，产品品质参差不齐，价格也卖不上去。2021年起，镇里引导茶农成立股份合作社，统一品种、统一管理、统一品牌，并引入电商平台拓宽销路。",
        "如今，全镇已组建茶叶合作社23家，带动3000多户茶农增收。今年春茶季，“金坛雀舌”线上销售额突破1.2亿元，同比增长35%。",
        "薛埠镇负责人表示，下一步将建设茶叶精深加工园区，开发茶饮料、茶食品等产品，延长产业链，让茶农从“卖鲜叶”转向“卖品牌”。",
        ("x", "<p>（朱  丹　谢  芸）</p>"),
    ]
    h, title = epaper("zt-33", "新华日报", "2023年5月9日", "第06版：乡村振兴",
                      "组建合作社　统一品牌　拓宽销路", "一片茶叶“炒”出共富路", None, None, body, "本版责任编辑：陆  晓",
                      ["一片茶叶“炒”出共富路", "苏北农村供水实现城乡同质", "新农人直播带货有门道"],
                      "新华日报社　版权所有　苏ICP备05010023号")
    add("zt-33", h, title, ["朱丹", "谢芸"], "2023年5月9日", body)


def p34():
    body = [
        "本报桂林电　记者韦秀英、通讯员覃玉兰报道：“现在用手机就能查到孩子的营养餐菜单，每餐的食材来源也一清二楚。”10月23日，龙胜各族自治县一名学生家长说。",
        "今年秋季学期开学以来，龙胜县在全县68所中小学推行农村义务教育学生营养改善计划“阳光食堂”监管平台，学校食堂的采购、验收、加工、配餐等环节全程上传，家长和社会各界可随时查询监督。",
        "县教育局负责人介绍，平台上线后，学校食堂食材统一从本地合作社和定点企业采购，既保证了食品安全，又带动了当地农户增收。目前，全县1.9万余名学生每天都能吃上营养均衡的午餐。",
        "家长们表示，过去对学校食堂吃得好不好心里没底，现在随时能看，还能在平台上留言提建议，“孩子在学校吃得放心，我们在外打工也安心”。",
    ]
    h, title = epaper("zt-34", "广西日报", "2019年10月25日", "第004版：综合新闻",
                      None, "龙胜“阳光食堂”让家长放心", None, None, body, "责任编辑：黄  静",
                      ["龙胜“阳光食堂”让家长放心", "我区秋粮收购工作有序推进", "北部湾港集装箱吞吐量创新高"],
                      "广西日报传媒集团主办　桂ICP备05000350号")
    add("zt-34", h, title, ["韦秀英", "覃玉兰"], "2019年10月25日", body)


# ---------------------------------------------------------------- institutional
def inst(pid, tt, hd, crumb, title, info, body, after, foot, pre=""):
    inner = (f'<div class="hd">{hd}</div><div class="cont"><p>{crumb}</p>{pre}<h2 class="t">{e(title)}</h2>'
             f'<div class="info">{info}</div>{body_html(body)}{after}</div><div class="ft">{foot}</div>')
    return wrap(pid, tt, "inst", inner)


def p35():
    t = "我校科研团队在钠离子电池正极材料研究中取得新进展"
    body = [
        "近日，我校材料科学与工程学院刘文博教授团队在钠离子电池层状氧化物正极材料研究方面取得新进展，相关成果发表在国际期刊《先进能源材料》上。",
        "钠离子电池资源丰富、成本低，被认为是大规模储能的重要选择，但层状氧化物正极材料在充放电过程中容易发生结构相变，导致容量快速衰减。团队通过在材料中引入少量镁、钛元素，有效抑制了高电压下的相变，材料在1000次循环后容量保持率达到91%。",
        "该研究得到国家自然科学基金和湖南省重点研发计划的资助。论文第一作者为我校2022级博士研究生欧阳思琪，刘文博教授为通讯作者。",
        "刘文博表示，团队下一步将与企业合作开展中试，推动该材料在储能电站等场景中的应用，为钠离子电池产业化提供材料支撑。",
    ]
    h = inst("zt-35", t + "-中南大学新闻网", "中南大学新闻网　<a>首页</a><a>中南要闻</a><a>综合新闻</a><a>学术动态</a><a>媒体中南</a><a>图说中南</a>" + search("请输入关键字"),
             "当前位置：首页 &gt; 学术动态", t,
             "发布时间：2025-05-12　文/图：曾  璇　审核：何小梅　点击：[1024]　【<a>打印</a>】【<a>关闭</a>】",
             body, "<p>编辑：陈  悦</p><p>上一条：我校举办2025年研究生学术论坛</p><p>下一条：学校召开本科教学工作会议</p>",
             "版权所有 © 中南大学 党委宣传部　地址：湖南省长沙市岳麓区麓山南路932号　湘ICP备05005659号-1")
    add("zt-35", h, t, ["曾璇"], "2025-05-12", body)


def p36():
    t = "鼓楼法院成功调解一起涉老年人“以房养老”纠纷"
    body = [
        "近日，福州市鼓楼区人民法院成功调解一起涉老年人“以房养老”合同纠纷案件，帮助82岁的林老伯保住了自己的房产。",
        "2022年，林老伯经人介绍签订了一份“养老服务合同”，约定将名下房产抵押给某投资公司，每月领取“养老金”5000元。然而，仅领取3个月后，对方便停止支付，并以违约为由要求处置房产。林老伯随后诉至法院。",
        "承办法官审查发现，该合同名为养老服务，实为借贷，且存在高额服务费等不合理条款。考虑到林老伯年事已高，法官多次组织双方调解，释明法律风险。最终，双方达成调解协议，投资公司解除抵押，林老伯返还已领取的款项。",
        ("h", "法官提醒"),
        "老年人在签订涉及房产的合同时，务必仔细阅读条款，必要时咨询家人或专业律师，警惕以“以房养老”“高额返利”为名的诈骗陷阱。（通讯员　陈  思）",
    ]
    h = inst("zt-36", t + "_福州市鼓楼区人民法院", "福州市鼓楼区人民法院　<a>首页</a><a>法院概况</a><a>审判动态</a><a>司法公开</a><a>诉讼服务</a><a>法治宣传</a>",
             "您当前的位置：首页 &gt;&gt; 审判动态", t,
             "2024-09-27　　来源：鼓楼区人民法院　　浏览量：566　　<a>分享</a>",
             body, "<p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p>" + ul(["鼓楼法院召开家事审判工作新闻发布会", "法官进社区开展防范养老诈骗宣传"], "相关新闻"),
             "福州市鼓楼区人民法院 版权所有　闽ICP备05031566号　地址：福州市鼓楼区五一北路")
    add("zt-36", h, t, ["陈思"], "2024-09-27", body)


def p37():
    t = "我院成功开展首例经导管主动脉瓣置换术"
    body = [
        "6月3日，我院心血管内科联合心脏大血管外科、麻醉科、超声科等多学科团队，成功为一名83岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着我院心脏介入诊疗技术迈上新台阶。",
        "患者张奶奶近半年来反复出现胸闷、气促，稍一活动就喘不上气，入院检查发现主动脉瓣重度狭窄。由于患者年龄大、合并多种慢性疾病，传统开胸手术风险极高。经多学科会诊，团队决定为其实施TAVR手术。",
        "手术仅通过大腿根部一个小切口，将人工瓣膜经股动脉输送至心脏主动脉瓣位置并释放，历时约1小时顺利完成。术后第二天，患者即可下床活动，胸闷症状明显缓解。",
        "心血管内科主任介绍，TAVR手术创伤小、恢复快，特别适合高龄、身体条件差、无法耐受开胸手术的患者。该技术的开展，让柳州及周边地区患者在家门口就能享受到高水平的心脏介入治疗。",
        "撰稿：心血管内科　马艳萍",
    ]
    h = inst("zt-37", t + "-广西壮族自治区柳州市人民医院", "柳州市人民医院　<a>首页</a><a>医院概况</a><a>新闻中心</a><a>科室导航</a><a>专家介绍</a><a>就医指南</a>　<a>预约挂号</a>",
             "首页 &gt; 新闻中心 &gt; 医院新闻", t,
             "发布日期：2025年6月3日 星期二　供稿单位：心血管内科　编辑：宣传科　浏览次数：872　字号：大 中 小",
             body[:-1], f'<p style="text-align:right">{e(body[-1])}</p><p>审核：李卫红</p><p>扫一扫 关注医院微信公众号</p>',
             "柳州市人民医院版权所有　地址：柳州市文昌路8号　急诊电话：0772-2662120　桂ICP备09004871号")
    add("zt-37", h, t, ["马艳萍"], "2025年6月3日", body[:-1])


def p38():
    t = "安吉县举办首届“白茶开采节”"
    body = [
        "3月28日上午，安吉县首届“白茶开采节”在溪龙乡黄杜村开幕。来自全国各地的茶商、游客和茶农齐聚茶山，共同见证今年首批安吉白茶开采。",
        "开幕式后，县里还为10户“白茶种植能手”颁发了荣誉证书，并发布了安吉白茶品牌保护和质量溯源相关措施，对假冒安吉白茶的行为开展专项整治。",
        "开幕式上，当地茶农现场展示了手工炒制技艺，茶艺师进行了茶艺表演。活动期间还将举办茶产业发展论坛、白茶品鉴会和茶园徒步等系列活动。",
        "据了解，今年安吉白茶种植面积达20万亩，预计产量2200吨。受前期气温回升较快影响，开采时间比往年提前了约一周。",
        "近年来，溪龙乡依托白茶产业发展茶旅融合，建成茶园绿道、茶文化体验馆等项目，每年接待游客超过百万人次。黄杜村村民人均可支配收入已超过6万元。",
        ("x", "<p>（安吉县融媒体中心　记者　杨　帆　通讯员　潘  婷）</p>"),
    ]
    h = inst("zt-38", t + " - 爱安吉", "爱安吉　安吉县融媒体中心　<a>首页</a><a>时政</a><a>乡镇</a><a>民生</a><a>视频</a><a>专题</a><a>下载客户端</a>",
             "首页 &gt; 新闻 &gt; 乡镇", t, "2025-03-28 16:12:06　来源：安吉县融媒体中心　阅读：4.8万　<a>分享</a>　<a>字号</a>",
             body, "<p>编辑：许  言　审核：周俊杰</p>" + ul(["天荒坪镇：民宿迎来春季客流高峰", "安吉竹产业链持续延伸"], "热门推荐"),
             "安吉县融媒体中心主办　浙ICP备10204215号　互联网新闻信息服务许可证：33120190008")
    add("zt-38", h, t, ["杨帆", "潘婷"], "2025-03-28 16:12:06", body)


def p39():
    t = "国网重庆电力迎峰度夏保供电工作全面就绪"
    body = [
        "随着气温持续攀升，重庆电网用电负荷快速增长。国网重庆市电力公司提前部署、全面备战，目前迎峰度夏各项保供电工作已全面就绪。",
        "今年，公司完成了川渝特高压交流工程重庆段、500千伏铜梁输变电工程等一批迎峰度夏重点工程建设，新增变电容量近300万千伏安，电网供电能力进一步增强。同时，公司加强与发电企业沟通协调，确保电煤库存充足、机组稳发满发。",
        "在服务保障方面，公司组建了1200余支应急抢修队伍，配置发电车、应急照明等装备，实行24小时值班值守，确保故障抢修快速响应。",
        "此外，公司还针对高温天气加强设备巡视测温，对重要变电站和输电线路开展特巡特护，并引导工业用户错峰用电，全力保障城乡居民生活用电和重点企业生产用电。",
        ("x", "<p>（来源：国网重庆市电力公司　文/谢  涛　钟  晴）</p>"),
    ]
    h = inst("zt-39", t + "-国网重庆市电力公司", "国家电网　国网重庆市电力公司　<a>首页</a><a>公司概况</a><a>新闻中心</a><a>客户服务</a><a>社会责任</a>",
             "当前位置：首页 &gt; 新闻中心 &gt; 公司新闻", t,
             "[2024-07-11]　　【<a>字体：大 中 小</a>】",
             body, "<p>责任编辑：彭  瑶</p><p>【<a>打印</a>】【<a>关闭</a>】</p>",
             "Copyright © 国网重庆市电力公司　渝ICP备05008012号　95598供电服务热线")
    add("zt-39", h, t, ["谢涛", "钟晴"], "2024-07-11", body)


def p40():
    t1, t2 = "福建省食品工业协会组织会员企业", "赴东南亚开展市场考察交流"
    body = [
        "为帮助会员企业拓展“一带一路”沿线市场，5月13日至20日，福建省食品工业协会组织省内15家食品企业赴马来西亚、新加坡开展市场考察交流。",
        "考察期间，代表团先后走访了吉隆坡、新山等地的大型商超、食品进口商和清真认证机构，详细了解当地市场准入要求、消费习惯和渠道结构。在新加坡，代表团与当地华人商会举行座谈，双方就茶叶、预制菜、休闲食品等领域合作进行了深入交流，现场达成合作意向8项。",
        "在马来西亚，代表团还参加了当地一场食品展销活动，福建的铁观音、肉松、鱼丸等产品受到消费者欢迎，部分企业现场签下试销订单。",
        "参团企业负责人表示，此次考察收获很大，“过去只知道东南亚市场大，这次才知道怎么进去”。",
        "协会表示，下一步将继续搭建国际交流平台，组织企业参加海外展会，推动闽产食品“走出去”。",
    ]
    title = t1 + t2
    h = inst("zt-40", title + "-福建省食品工业协会", "福建省食品工业协会　Fujian Food Industry Association　<a>首页</a><a>协会概况</a><a>协会动态</a><a>会员风采</a><a>政策法规</a><a>入会指南</a>",
             "首页 | 协会动态", t1, "", body, "<p>上一篇：协会召开第五届理事会第三次会议</p><p>下一篇：关于举办食品安全管理员培训班的通知</p>",
             "福建省食品工业协会　地址：福州市鼓楼区湖东路　电话：0591-87558XXX　闽ICP备12001837号")
    h = h.replace(f'<h2 class="t">{e(t1)}</h2><div class="info"></div>',
                  f'<h2 class="t">{e(t1)}<br>{e(t2)}</h2><div class="info">供稿：协会秘书处　发布时间：2024/5/27　阅读次数：203</div>')
    add("zt-40", h, title, [], "2024/5/27", body)


def main():
    for name, fn in sorted(globals().items()):
        if name.startswith("p") and name[1:].isdigit():
            fn()
    for p in PAGES:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(p["gold"], f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
