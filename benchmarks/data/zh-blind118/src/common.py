from engine import esc, links, img

def ul(items, cls=""):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="#">%s</a></li>' % esc(x) for x in items))

def ul_dated(items, cls=""):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="#">%s</a><span>%s</span></li>' % (esc(a), esc(b)) for a, b in items))

def div(cls, inner):
    return '<div class="%s">%s</div>' % (cls, inner)

def lines(cls, ls):
    return '<div class="%s">%s</div>' % (cls, "".join("<p>%s</p>" % x for x in ls))

def search(ph, btn="搜索"):
    return '<input type="text" placeholder="%s"><button>%s</button>' % (esc(ph), esc(btn))
