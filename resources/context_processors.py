from .crisis import strip_lines


def crisis_strip(request):
    """The crisis lines shown at the top of every page, as editors keep them in admin."""
    return {"crisis_lines": strip_lines()}
