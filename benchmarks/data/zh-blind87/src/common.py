"""Small helpers shared by the page templates (each page has its own template)."""
from blocks import esc, GIF, render, inline  # noqa: F401


def doc(title, css, body, lang="zh-CN"):
    """A whole saved page: UTF-8, one embedded <style>, no scripts."""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, esc(title), css.strip(), body.strip()))


def links(items, fmt='<a href="#">{}</a>', sep="\n"):
    return sep.join(fmt.format(esc(i)) for i in items)


def lis(items, fmt='<li><a href="#">{}</a></li>', sep="\n"):
    return sep.join(fmt.format(esc(i)) for i in items)


def img(alt="", cls=None):
    c = ' class="%s"' % cls if cls else ""
    return '<img%s src="%s" alt="%s">' % (c, GIF, esc(alt))
