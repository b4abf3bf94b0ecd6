"""Stage 7: the brief as text, Markdown or JSON."""

from newsbrief.render.json import brief_to_dict, render_json
from newsbrief.render.text import render_markdown, render_text

RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}

__all__ = ["RENDERERS", "brief_to_dict", "render_json", "render_markdown", "render_text"]
