"""Small helpers shared by the page descriptions."""
def ps(*lines, cls=""):
    return "".join(f"<p class='{cls}'>{l}</p>" for l in lines)
def links(*names, sep=""):
    return sep.join(f"<a href='#'>{n}</a>" for n in names)
def lis(*names):
    return "<ul>" + "".join(f"<li><a href='#'>{n}</a></li>" for n in names) + "</ul>"
