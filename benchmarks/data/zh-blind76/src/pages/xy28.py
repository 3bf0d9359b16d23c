from lib import *

NOTES = "搜狐号 article (Hainan local-culture account): account card in a sidebar (文章数, 总阅读), date under the headline, own-line 作者｜云清源 with a full-width bar (the person is the author), quoted reminiscence, photo captions, 返回搜狐，查看更多 and an empty 责任编辑： line, 平台声明 (not body), 推荐阅读."

META = dict(id="xy-28", kind="self-media", lang="zh",
            title="东郊椰林里的老骑楼，藏着几代侨乡人的记忆",
            authors=["云清源"],
            publish_time="2025-06-13 16:40")

HEAD_TITLE = "东郊椰林里的老骑楼，藏着几代侨乡人的记忆_搜狐网"

CSS = """
body{margin:0;background:#f5f5f5;font-family:"PingFang SC","Microsoft YaHei";color:#191919}
.sh-bar{background:#fff;border-bottom:1px solid #e5e5e5;height:50px;display:flex;align-items:center;padding:0 50px;justify-content:space-between}
.sh-bar .lg{font-size:22px;color:#ffc107;font-weight:bold}
.sh-bar a{font-size:14px;color:#333;margin-left:14px}
.sh-page{width:1080px;margin:20px auto;display:flex;gap:20px}
.sh-user{width:220px;background:#fff;padding:20px;text-align:center;font-size:13px;color:#999;align-self:flex-start}
.sh-user .nm{font-size:17px;color:#191919;margin:10px 0}
.sh-art{flex:1;background:#fff;padding:30px 40px}
.sh-art h1{font-size:28px;line-height:1.4;margin:0 0 12px}
.sh-art .time{font-size:13px;color:#999;margin-bottom:24px}
.sh-art article p{font-size:17px;line-height:1.9;margin:0 0 22px}
.sh-art article p.au{color:#888}
.sh-art article .pic{text-align:center;margin-bottom:6px}
.sh-art article .piccap{text-align:center;font-size:13px;color:#888}
.sh-art .back{font-size:14px;color:#2b6de5}
.sh-art .edt{font-size:13px;color:#999}
.sh-art .stmt{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:10px;margin-top:10px}
.sh-more{width:1080px;margin:0 auto 20px;background:#fff;padding:16px 40px;box-sizing:border-box}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="pic">{img(a, w=600, h=400)}</p><p class="piccap">{kw["cap"]}</p>',
}

BLOCKS = [
    X('<p class="au">作者｜云清源</p>'),
    P("从文昌市区往东走二十多公里，就到了东郊镇。很多人来这里是为了椰林和海滩，却不知道在镇上的老街和村子里，还散落着不少上世纪二三十年代建起的骑楼和南洋风格的老宅。"),
    P("东郊是有名的侨乡，早年间，不少人下南洋谋生，在新加坡、马来西亚、泰国落脚。赚了钱的侨胞回乡建房，把南洋的骑楼、拱券、彩色花砖一起带了回来，和海南本地的坡屋顶、木雕门窗融合在一起，成了今天看到的样子。"),
    IMG("东郊镇老街骑楼", cap="东郊镇老街上的骑楼"),
    P("我在老街遇到了八十多岁的林伯。他指着一栋二层骑楼说，那是他爷爷在1931年建的，楼上住人，楼下开杂货铺。“小时候，每隔几个月就有南洋来的信和汇款，全家人围在一起听大人念信。”说起往事，林伯的眼里有光。"),
    P("这些年，随着年轻人外出，不少老房子空了下来，有的年久失修。好在近几年，当地开始对部分侨房进行修缮，有的改成了民宿和咖啡馆，有的办成了侨乡文化展示馆，陈列着当年的侨批、老照片和从南洋带回的生活用品。"),
    P("站在骑楼的廊下，听着不远处椰林里的风声，仿佛能看到一百年前那些漂洋过海的身影。对于侨乡人来说，这些老房子不只是建筑，更是一段家族记忆和乡愁的寄托。"),
    P("如果你来文昌，不妨抽半天时间，去东郊的老街走一走。"),
]


def frame(M, body):
    return f"""<body>
<div class="sh-bar"><span class="lg">搜狐</span><span><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">登录</a></span></div>
<div class="sh-page">
<div class="sh-user">{img("头像", data=True, w=70, h=70)}<div class="nm">文昌侨乡事</div><div>文章 356 | 总阅读 120万</div><button type="button">+ 关注</button></div>
<div class="sh-art">
<h1>{M["title"]}</h1>
<div class="time">{M["publish_time"]}</div>
<article>
{body}
</article>
<p class="back"><a href="#">返回搜狐，查看更多</a></p>
<p class="edt">责任编辑：</p>
<p class="stmt">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p style="font-size:13px;color:#999">阅读 (2961)</p>
</div>
</div>
<div class="sh-more"><b>推荐阅读</b>
<p><a href="#">文昌铺前老街：百年骑楼焕新颜</a></p>
<p><a href="#">海南侨批：一纸家书抵万金</a></p>
</div>
</body>"""
