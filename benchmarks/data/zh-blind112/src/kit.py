"""Small helpers for writing page furniture; every page still composes its own layout."""
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def links(items, sep="", cls=None):
    c = f' class="{cls}"' if cls else ""
    return sep.join(f'<a href="#"{c}>{x}</a>' for x in items)


def ul(items, cls="", link=True):
    inner = "".join(f'<li><a href="#">{x}</a></li>' if link else f"<li>{x}</li>" for x in items)
    return f'<ul class="{cls}">{inner}</ul>'


def dated(items, cls="", fmt='<li><a href="#">{0}</a><span class="d">{1}</span></li>'):
    return f'<ul class="{cls}">' + "".join(fmt.format(a, b) for a, b in items) + "</ul>"


def img(alt="", w=1, h=1, cls=""):
    a = f' alt="{alt}"' if alt is not None else ""
    c = f' class="{cls}"' if cls else ""
    return f'<img src="{GIF}"{a} width="{w}" height="{h}"{c}>'
