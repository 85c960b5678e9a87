from django import template

from intake.rendering import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str):
    """{{ section.body|markdown }}: editor Markdown as sanitised HTML."""
    return render_markdown(text)
