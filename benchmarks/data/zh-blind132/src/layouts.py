"""Page skeletons. Each takes the page description and the rendered article block."""
from build import E, links, ul, GIF


def _top(p):
    t = p.get('top')
    return f'<div class="top">{links(t, " | ")}</div>' if t else ''


def _search(p):
    s = p.get('search')
    return f'<form class="srch"><input type="text" placeholder="{E(s)}"><button type="button">{"Go" if p.get("lang") == "en" else "搜索"}</button></form>' if s else ''


def _crumb(p):
    c = p.get('crumbs')
    if not c:
        return ''
    label = p.get('crumb_label', '当前位置：')
    sep = p.get('crumb_sep', ' &gt; ')
    return f'<div class="crumb">{E(label)}' + sep.join(f'<a href="#">{E(x)}</a>' for x in c) + '</div>'


def _foot(p):
    return '<div class="foot">' + ''.join(f'<p>{E(x)}</p>' for x in p.get('footer', [])) + '</div>'


def _side(p):
    o = ''
    for head, items in p.get('side', []):
        o += f'<div class="box"><h4>{E(head)}</h4>{ul(items)}</div>'
    return f'<div class="side">{o}</div>' if o else ''


def table(p, art):
    """2000s/early-2010s table layout."""
    nav = ''.join(f'<td><a href="#">{E(x)}</a></td>' for x in p.get('nav', []))
    side = ''.join(f'<tr><td class="sh">{E(h)}</td></tr>' + ''.join(
        f'<tr><td>·<a href="#">{E(x)}</a></td></tr>' for x in items) for h, items in p.get('side', []))
    sidecell = f'<td width="220" valign="top"><table width="100%">{side}</table></td>' if side else ''
    foot = '<br>'.join(E(x) for x in p.get('footer', []))
    return f"""<table width="980" align="center" cellpadding="0" cellspacing="0" class="wrap">
<tr><td>{_top(p)}</td></tr>
<tr><td class="banner"><img src="{GIF}" alt="{E(p.get('logo_alt', p['site']))}"> {E(p.get('banner', ''))}</td></tr>
<tr><td><table class="nav" width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td>{_search(p)}</td></tr>
<tr><td>{_crumb(p)}</td></tr>
<tr><td><table width="100%"><tr>{sidecell}<td valign="top" class="main">{art}</td></tr></table></td></tr>
<tr><td class="foot">{foot}</td></tr>
</table>"""


def portal(p, art):
    """2010s div portal with right column."""
    return f"""<div class="wrap">
{_top(p)}
<div class="banner"><span class="logo">{E(p.get('banner', p['site']))}</span>{_search(p)}</div>
<div class="nav">{links(p.get('nav', []))}</div>
{_crumb(p)}
{_side(p)}
<div class="main">{art}</div>
<div style="clear:both"></div>
{_foot(p)}
</div>"""


def resp(p, art):
    """2020s responsive page: header, optional tools, article, aside below."""
    tools = p.get('tools')
    t = f'<div class="tools">{links(tools, " ")}</div>' if tools else ''
    return f"""<header class="hd">
{_top(p)}
<div class="banner"><b>{E(p.get('banner', p['site']))}</b></div>
{t}
<nav class="nav">{links(p.get('nav', []))}</nav>
{_search(p)}
</header>
<main class="wrap">
{_crumb(p)}
<article class="main">{art}</article>
<aside>{_side(p)}</aside>
<div style="clear:both"></div>
</main>
<footer>{_foot(p)}</footer>"""


def app(p, art):
    """An app's share page: top bar with open-in-app, article, comments hint."""
    acct = p.get('account')
    a = ''
    if acct:
        a = (f'<div class="acct"><img src="{GIF}" alt="头像"><b>{E(acct[0])}</b>'
             + ''.join(f'<span>{E(x)}</span>' for x in acct[1:]) + '<button type="button">关注</button></div>')
    bar = p.get('appbar', [])
    return f"""<div class="appbar">{''.join(f'<span>{E(x)}</span>' for x in bar)}</div>
<div class="wrap">
{a if p.get('acct_pos', 'top') == 'top' else ''}
{art}
{a if p.get('acct_pos') == 'bottom' else ''}
{_side(p)}
</div>
{_foot(p)}"""


def wechat(p, art):
    return f"""<div class="wrap rich_media">
{art}
{_side(p)}
</div>
{_foot(p)}"""


def epaper(p, art):
    """数字报: date/版次 navigation, 本版标题 list, article."""
    pages = p.get('editions', [])
    ed = ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in pages)
    lst = ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in p.get('page_titles', []))
    return f"""<div class="wrap">
{_top(p)}
<div class="banner">{E(p.get('banner', p['site']))}</div>
<div class="ebar">{E(p.get('ebar', ''))}</div>
<table width="100%"><tr>
<td valign="top" width="260" class="left"><div class="edlist"><h4>{E(p.get('ed_label', '版面导航'))}</h4><ul>{ed}</ul></div>
<div class="ptitles"><h4>{E(p.get('pt_label', '本版标题'))}</h4><ul>{lst}</ul></div></td>
<td valign="top" class="main">{_crumb(p)}{art}</td>
</tr></table>
{_foot(p)}
</div>"""
