"""`{% shared %}`: the part of a visitor's own page that is the same for everyone.

    {% load sitecache %}
    {% shared "matched cards" results.area_slugs on_my_list %} ... {% endshared %}
    {% sitewide "header" section %} ... {% endsitewide %}

The part is rendered once per content version for each combination of the values named
after its name (see `sitecache.pages.shared_fragment`), and for each page unless it is
`sitewide`. Name every value the part shows that is not content; the part must never
show anything else of the visitor's.
"""

from django import template

from ..pages import key_part, shared_fragment

register = template.Library()


class SharedNode(template.Node):
    def __init__(self, nodelist, name, values, sitewide):
        self.nodelist, self.name, self.values, self.sitewide = nodelist, name, values, sitewide

    def render(self, context):
        parts = (self.name, *(key_part(value.resolve(context)) for value in self.values))
        return shared_fragment(
            context["request"],
            parts,
            lambda: self.nodelist.render(context),
            sitewide=self.sitewide,
        )


def _parse(parser, token, sitewide: bool) -> SharedNode:
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(
            f'{{% {bits[0]} "name" value ... %}} needs a quoted name'
        )
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    values = [parser.compile_filter(bit) for bit in bits[2:]]
    return SharedNode(nodelist, bits[1][1:-1], values, sitewide)


@register.tag
def shared(parser, token):
    return _parse(parser, token, sitewide=False)


@register.tag
def sitewide(parser, token):
    return _parse(parser, token, sitewide=True)
