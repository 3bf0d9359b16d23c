"""Small helpers shared by the page descriptions."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def img(alt, cls="pic"):
    return f'<img class="{cls}" alt="{alt}" src="{GIF}" width="1" height="1">'

def links(items, sep=""):
    return sep.join(f'<a href="#">{i}</a>' for i in items)

def lis(items):
    return "".join(f'<li><a href="#">{i}</a></li>' for i in items)

def lis_d(items):
    return "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in items)
