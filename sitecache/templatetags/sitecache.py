"""`{% shared %}`: the part of a visitor's own page that is the same for everyone.

    {% load sitecache %}
    {% shared "matched cards" results.area_slugs on_my_list %} ... {% endshared %}

The part is rendered once per content version for each combination of the values named
after its name (see `sitecache.pages.shared_fragment`). Name every value the part shows
that is not content; the part must never show anything else of the visitor's.
"""

from django import template

from ..pages import key_part, shared_fragment

register = template.Library()


class SharedNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist, self.name, self.values = nodelist, name, values

    def render(self, context):
        parts = (self.name, *(key_part(value.resolve(context)) for value in self.values))
        return shared_fragment(context["request"], parts, lambda: self.nodelist.render(context))


@register.tag
def shared(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('{% shared "name" value ... %} needs a quoted name')
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
