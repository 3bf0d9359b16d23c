# 搜狐号文章页（2022）：正文开头“作者 | … / 编辑 | …”两行，结尾“返回搜狐，查看更多”和平台声明
from blocks import P, NOTE, IMG, Q, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-27", "kind": "self-media", "lang": "zh",
    "title": "白塔寺旁的老澡堂关门十年后，变成了街坊们的“共享客厅”",
    "authors": ["何澜"],
    "publish_time": "2025-11-14 21:05",
    "body": [
        NOTE("作者 | 何澜", '<p class="c">{}</p>'),
        NOTE("编辑 | 米粒", '<p class="c">{}</p>'),
        P("在西城区白塔寺东边的胡同里，有一座灰砖小楼，门楣上“清华池”三个字已经斑驳。老街坊都知道，这里曾经是附近最热闹的澡堂子，冬天一到，排队洗澡的人能排到胡同口。"),
        P("澡堂关门已经十年了。今年夏天，这座小楼经过改造重新开门，变成了一间社区公共空间，街坊们管它叫“共享客厅”。"),
        IMG("改造后的“共享客厅”"),
        P("一层保留了当年的浴池，池子里铺上木板，成了可以下棋、喝茶的下沉式座位；二层是阅览室和手工教室，墙上挂着老澡堂的老照片和搓澡巾、木屐等老物件。每周三下午，这里还有义务理发和血压测量。"),
        Q("“小时候跟着我爸来这儿洗澡，泡完了躺在床上喝一壶茉莉花茶，那是一个礼拜最舒服的时候。”在胡同里住了六十多年的赵阿姨说，“现在又能来这儿坐坐，见见老街坊，挺好。”"),
        P("参与改造的设计师告诉我，他们做了很多轮居民访谈，大家最想要的不是咖啡馆，而是一个冬天能坐下来晒太阳、聊聊天的地方。所以改造中几乎没有动原来的结构，只是把朝南的窗户开大了。"),
        P("“共享客厅”由街道委托一家社会组织运营，平时由几位退休的老街坊轮流值班。开门半年，这里办过老照片展、胡同口述史分享会，也办过孩子们的绘本课。周末的时候，附近几个院儿的老人会约着来这里包饺子，一包就是一下午。"),
        P("也有年轻人慕名而来。住在附近的程序员小吴说，他周末常常带着电脑来这里坐一坐，“比咖啡馆安静，还能听老人讲讲这条胡同以前的事儿”。"),
        P("胡同里的变化，有时候就是这样：不一定要拆掉重来，留住一点老东西，再给它一个新的用处，老街坊就愿意回来。"),
    ],
}

CSS = """
body{margin:0;background:#fff;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;color:#191919}
a{color:inherit;text-decoration:none}
.head{height:56px;border-bottom:1px solid #e8e8e8}.head .in{width:1080px;margin:auto;display:flex;align-items:center;height:56px;gap:24px}
.head img{width:86px;height:28px}.head .nav a{margin-right:18px;font-size:15px}.head .login{margin-left:auto;font-size:14px}
.wrap{width:1080px;margin:0 auto;display:flex;gap:40px;padding-top:30px}
.user{width:200px;text-align:center;font-size:13px;color:#666}.user img{width:70px;height:70px;border-radius:50%}.user b{display:block;color:#191919;font-size:16px;margin:8px 0}
.user .f{border:1px solid #ff8208;color:#ff8208;border-radius:3px;padding:3px 16px;display:inline-block;margin-top:8px}
.text{flex:1;max-width:640px}
.text h1{font-size:28px;line-height:1.4;margin:0 0 12px}
.article-info{font-size:13px;color:#999;margin-bottom:24px}.article-info span{margin-right:16px}
.article{font-size:17px;line-height:1.85}.article p{margin:0 0 22px}.article p.c{margin:0 0 4px;color:#888;font-size:15px}
.article blockquote{margin:0 0 22px;padding-left:14px;border-left:3px solid #ffd8b0;color:#444}
.article .im{text-align:center;margin:0 0 22px}.article .im img{width:100%;height:360px;background:#f0f0f0}
.back{color:#666;font-size:14px;margin:20px 0}
.statement{font-size:12px;color:#999;background:#fafafa;padding:10px}
.read{font-size:13px;color:#999;margin:16px 0}
.right{width:160px;font-size:13px}.right h4{font-size:14px;margin:0 0 8px}.right li{line-height:1.8}.right ul{padding-left:16px}
"""


def render(p):
    body = rb(p["body"], img='<p class="im"><img src="{gif}" alt="{alt}"></p>')
    return doc(p["title"] + "_搜狐网", CSS, f"""
<div class="head"><div class="in">{img("搜狐")}<div class="nav">{links(["新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐"], '<a href="#">{}</a>', '')}</div><a class="login" href="#">登录</a></div></div>
<div class="wrap">
<div class="user">{img("北京胡同志")}<b>北京胡同志</b>文章 632　总阅读 1086万<br><a class="f" href="#">+ 关注</a></div>
<div class="text">
<h1>{esc(p["title"])}</h1>
<div class="article-info"><span>{p["publish_time"]}</span><span>发布于：北京市</span><span>北京胡同志</span></div>
<div class="article">
{body}
</div>
<div class="back"><a href="#">返回搜狐，查看更多</a></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="read">阅读 (1.2万)　　　<a href="#">投诉</a></div>
</div>
<div class="right"><h4>作者文章</h4><ul>{links(["什刹海冰场今冬何时开？", "护国寺小吃的老师傅们", "胡同里的最后一家修表铺"], '<li><a href="#">{}</a></li>')}</ul>
<h4>24小时热文</h4><ul>{links(["北京入冬后的第一场风", "这些胡同咖啡馆适合冬天去"], '<li><a href="#">{}</a></li>')}</ul></div>
</div>
""")
