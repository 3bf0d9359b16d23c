# 搜狐号 article: the author card (account, 文章/总阅读) in the left column comes
# first; "作者 | name" at the top of the text names the writer (a middle-dot name),
# who is the author rather than the account; "date 发布于：属地"; 返回搜狐 and
# 平台声明 after.
from kit import *

META = dict(
    id="xm-30", kind="self-media", lang="zh",
    title="一碗拉条子里的新疆：从天山北坡到吐鲁番盆地",
    authors=["古丽娜尔·阿不都"],
    publish_time="2025-04-26 08:15",
)
HTML_TITLE = "一碗拉条子里的新疆：从天山北坡到吐鲁番盆地_面条_羊肉_味道"
CSS = BASE_CSS + """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.sh-top{height:44px;background:#fff;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 calc(50% - 570px);gap:16px;font-size:14px}
.sh-top b{color:#ffd200;background:#111;padding:2px 8px}
.sh-top .r{margin-left:auto}
.wrap{width:1140px;margin:20px auto;display:flex;gap:30px}
.acard{width:200px;text-align:center;font-size:13px;color:#666}
.acard .n{font-size:16px;color:#333;font-weight:bold;margin:8px 0}
.acard .num{display:flex;justify-content:space-around;margin:8px 0}
.art{width:640px}
h1{font-size:28px;line-height:1.45;margin:0 0 12px}
.ainfo{font-size:13px;color:#999;margin-bottom:24px}
.ainfo span{margin-right:12px}
.content{font-size:17px;line-height:1.9}
.content p{margin:0 0 20px}
.content h3{font-size:19px;margin:26px 0 12px}
.content .pic-cap{text-align:center;font-size:14px;color:#888}
.back{display:block;font-size:14px;color:#1e80ff;margin:18px 0}
.decl{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:10px}
.readnum{font-size:12px;color:#999}
.rr{width:270px}
.rr h4{margin:0 0 8px}
.rr li{padding:6px 0;font-size:14px}
"""
TEMPLATE = f"""
<div class="sh-top"><b>SOHU</b>{links(["搜狐首页", "新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "更多"], sep=" ")}<span class="r"><a href="#">登录</a></span></div>
<div class="wrap">
<div class="acard">{img("作者头像", 80, 80)}<div class="n">新疆美食志</div><div class="num"><span>文章<br>326</span><span>总阅读<br>120万</span></div><p>查看TA的文章 &gt;</p></div>
<div class="art">
<h1>@@TITLE@@</h1>
<div class="ainfo"><span>@@DATE@@</span><span>发布于：新疆维吾尔自治区</span></div>
<div class="content">
@@BODY@@
</div>
<a class="back" href="#">返回搜狐，查看更多</a>
<p class="decl">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="readnum">阅读 (3251)</p>
</div>
<div class="rr"><h4>作者文章</h4>{ul(["喀什老城的烤包子，为什么要用馕坑烤？", "伊犁的夏天，从一碗酸奶粽子开始", "新疆大盘鸡的“皮带面”，到底是谁发明的"])}
<h4>推荐阅读</h4>{ul(["吐鲁番的葡萄干是怎么晾出来的", "乌鲁木齐夜市美食地图", "新疆人离不开的十种面食"])}</div>
</div>
"""
OPTS = dict(pstyle="p", hstyle="h3", capstyle="p")
BODY = """
x 作者 | 古丽娜尔·阿不都
p 在新疆，问一个人中午吃什么，十有八九的回答是“拌面”。新疆人说的拌面，就是内地朋友常说的“拉条子”。一团面在师傅手里摔打、抻拉，几下就变成粗细均匀的面条，下锅、过水，再浇上一勺热气腾腾的菜，这就是新疆人最日常、也最离不开的一顿饭。
img 一盘过油肉拌面
cap 一盘过油肉拌面，是很多新疆人心中的“标配”
h 面：讲究的是“劲道”
p 好的拉条子，面要和得软硬适中，抹上清油醒上一两个小时。拉的时候不能急，面条粗细全凭手感。天山北坡的昌吉、石河子一带，面馆多用本地产的冬小麦面粉，面条筋道有嚼劲；到了南疆，一些老店还保留着用手工石磨面粉的习惯，面香更浓。
h 菜：一城一个味道
p 拌面的灵魂在于“菜”。最常见的是过油肉，羊肉片过油后和辣皮子、青椒、洋葱、西红柿一起爆炒，酸辣鲜香。在乌鲁木齐，过油肉拌面几乎是每家面馆的招牌；在伊犁，人们更喜欢加入芹菜和木耳；而到了吐鲁番，夏天的拌面常配上清爽的西红柿炒蛋，再来一碗冰镇的酸奶。
p 还有一种叫“碎肉拌面”，把羊肉切成小丁，和茄子、豆角、恰玛古等时令蔬菜一起炒，是很多家庭主妇的拿手菜。
h 吃法：加面不加钱
p 在新疆的面馆里，“加面”是一件再平常不过的事。一份拌面吃完了，喊一声“老板，加面”，师傅就会再送来一小份面条，很多店不另外收钱。吃完面，再来一碗面汤，讲究的是“原汤化原食”。
p 从天山北坡到吐鲁番盆地，一碗拉条子里，装着新疆人的口味，也装着新疆人的热情。下次来新疆，别忘了找一家街边小店，点一份拌面，记得喊一声“加面”。
"""
