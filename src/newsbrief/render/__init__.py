"""Stage 7: the brief as text, Markdown, JSON or a self-contained HTML page."""

from newsbrief.render.html import render_html
from newsbrief.render.json import brief_to_dict, render_json
from newsbrief.render.text import render_markdown, render_text

RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json, "html": render_html}

__all__ = ["RENDERERS", "brief_to_dict", "render_html", "render_json", "render_markdown", "render_text"]
