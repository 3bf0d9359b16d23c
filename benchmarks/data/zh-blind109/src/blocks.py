"""Short constructors for body blocks (see render.py)."""


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def LI(*items):
    return ("li", list(items))


def OL(*items):
    return ("ol", list(items))


def TB(*rows):
    return ("table", [r.split("|") for r in rows])


def Q(t):
    return ("quote", t)


def R(t):
    return ("right", t)


def PI(t, lead):
    assert t.startswith(lead)
    return ("pi", t, lead)


def IMG(alt, cap=None):
    return ("img", alt, cap) if cap else ("img", alt)


def NOTE(t):
    return ("note", t)


def WH(t):
    return ("wenhao", t)
