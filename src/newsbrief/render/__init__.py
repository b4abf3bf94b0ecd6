"""Stage 7: the brief as text, Markdown, JSON or a self-contained HTML page."""

from newsbrief.render.facts import attribute_label, facts_to_dict, facts_to_markdown, facts_to_text
from newsbrief.render.html import render_html
from newsbrief.render.json import brief_to_dict, render_json
from newsbrief.render.text import render_markdown, render_text

RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json, "html": render_html}

__all__ = [
    "RENDERERS", "attribute_label", "brief_to_dict", "facts_to_dict", "facts_to_markdown", "facts_to_text",
    "render_html", "render_json", "render_markdown", "render_text",
]
