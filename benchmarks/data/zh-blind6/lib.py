# helpers for gen.py: render a page spec to HTML and gold
import html as H, json, os, re

CSS = """body{font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span,.top a{margin-right:12px}
.banner{background:%s;color:#fff;padding:18px 0;font-size:26px;font-weight:bold}
.nav{background:#0b4ea2}.nav a{color:#fff;display:inline-block;padding:8px 14px}
.nav2 a{display:inline-block;padding:4px 8px}
.crumb{font-size:12px;color:#666;padding:8px 0;border-bottom:1px solid #ddd}
h1{font-size:24px;text-align:center;margin:18px 0 8px}.sub{text-align:center;font-size:16px}
.yin{text-align:center;font-size:15px;color:#555}
.info{font-size:12px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding:6px 0}
.info span{margin:0 6px}.art p{text-indent:2em;margin:10px 0}.art p.r{text-align:right}
.art p.c{text-align:center;text-indent:0}.cap{text-align:center;font-size:12px;color:#666}
.side{float:right;width:280px}.main{float:left;width:780px}.clr{clear:both}
.foot{background:#eee;font-size:12px;text-align:center;padding:14px 0;margin-top:20px}
.rel li,.hot li{font-size:13px}table{border-collapse:collapse;margin:10px auto}
td,th{border:1px solid #999;padding:4px 8px}.meta{font-size:13px;color:#777}
.share a{margin-right:8px;font-size:12px}"""


def e(s):
    return H.escape(s, quote=False)


class Page:
    def __init__(self, pid, kind, lang="zh", color="#a40000", title=None):
        self.pid, self.kind, self.lang, self.color = pid, kind, lang, color
        self.parts = []      # html chunks in order
        self.body = []       # gold body paragraphs
        self.title = title
        self.authors = []
        self.time = None

    def add(self, h):
        self.parts.append(h)
        return self

    def art(self, items, cls="art", indent=""):
        """items: str (gold prose), ('h',t) sub-heading, ('img',alt,cap), ('tab',rows,header?),
        ('raw',html) not gold, ('r',t) right-aligned gold, ('c',t) centred gold,
        ('li',[..]) gold list, ('ng',t) a non-gold <p>."""
        out = ['<div class="%s">' % cls]
        for it in items:
            if isinstance(it, str):
                out.append("<p>%s%s</p>" % (indent, e(it)))
                self.body.append(it)
                continue
            k = it[0]
            if k == "h":
                out.append("<p><strong>%s%s</strong></p>" % (indent, e(it[1])))
                self.body.append(it[1])
            elif k == "h3":
                out.append("<h3>%s</h3>" % e(it[1]))
                self.body.append(it[1])
            elif k == "img":
                out.append('<p class="c"><img alt="%s" width="560" height="320"></p>' % H.escape(it[1]))
                if len(it) > 2 and it[2]:
                    out.append('<p class="cap">%s</p>' % e(it[2]))
            elif k == "tab":
                rows = it[1]
                t = ["<table>"]
                for i, r in enumerate(rows):
                    tag = "th" if i == 0 else "td"
                    t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>")
                    self.body.append(" ".join(r))
                t.append("</table>")
                out.append("".join(t))
            elif k == "raw":
                out.append(it[1])
            elif k == "r":
                out.append('<p class="r">%s</p>' % e(it[1]))
                self.body.append(it[1])
            elif k == "c":
                out.append('<p class="c">%s</p>' % e(it[1]))
                self.body.append(it[1])
            elif k == "li":
                out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in it[1]) + "</ul>")
                self.body.extend(it[1])
            elif k == "ng":
                out.append("<p>%s</p>" % e(it[1]))
            elif k == "div":   # gold paragraphs in <div> lines (self-media style)
                out.append("<div>%s</div>" % e(it[1]))
                self.body.append(it[1])
        out.append("</div>")
        return self.add("\n".join(out))

    def write(self, root):
        doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n<title>%s</title>\n'
               '<style>%s</style></head>\n<body>\n%s\n</body></html>\n') % (
            "en" if self.lang == "en" else "zh-CN", e(self.doctitle), CSS % self.color,
            re.sub(r"(?<=\S)  (?=\S)", "&nbsp;&nbsp;", "\n".join(self.parts)))
        with open(os.path.join(root, "html", self.pid + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": self.pid, "set": "zh-blind6", "lang": self.lang, "title": self.title,
             "authors": self.authors, "publish_time": self.time, "body_paragraphs": self.body}
        with open(os.path.join(root, "gold", self.pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def links(names, cls="nav2", sep=""):
    return '<div class="%s">%s</div>' % (cls, sep.join('<a href="#">%s</a>' % e(n) for n in names))


def ul(title, items, cls="rel"):
    return '<div class="%s"><h4>%s</h4><ul>%s</ul></div>' % (
        cls, e(title), "".join("<li><a href=\"#\">%s</a></li>" % e(i) for i in items))


def search(ph, btn="搜索"):
    return '<div class="sch"><input type="text" placeholder="%s"><button>%s</button></div>' % (H.escape(ph), btn)


def gov_top(extra=("无障碍", "长者模式", "繁體", "English")):
    return '<div class="top w">%s</div>' % "".join("<a href=\"#\">%s</a>" % x for x in extra)


def gov_foot(host, undertake, code, icp, gaba, tel=None, extra=""):
    s = ['<div class="foot">', '<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>',
         "<p>主办单位：%s　承办：%s</p>" % (e(host), e(undertake)),
         "<p>网站标识码：%s　<a href=\"#\">%s</a>　<a href=\"#\">%s</a></p>" % (code, e(icp), e(gaba))]
    if tel:
        s.append("<p>联系电话：%s</p>" % tel)
    s.append('<p><img alt="政府网站找错" width="110" height="55"> <img alt="党政机关" width="55" height="55"></p>')
    s.append(extra + "</div>")
    return "\n".join(s)
