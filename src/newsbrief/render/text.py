"""The brief as plain text and as Markdown, for terminals and notes."""

from __future__ import annotations

from newsbrief.model import Article, Brief, SummarySentence
from newsbrief.render.facts import disagreement_label, facts_to_markdown, facts_to_text


def _label(article: Article) -> str:
    parts = [article.title or article.id]
    if article.source and article.source != article.id:
        parts.append(article.source)
    if article.published:
        parts.append(article.published.isoformat())
    return " | ".join(parts)


def _footer(brief: Brief) -> list[str]:
    """Skipped inputs, then the brief's warnings and the facts stage's (as the HTML page lists them)."""
    lines = []
    for skipped in brief.skipped:
        lines.append(f"skipped {skipped.source}: {skipped.reason}")
    warnings = list(brief.warnings) + (list(brief.facts.warnings) if brief.facts is not None else [])
    for warning in warnings:
        lines.append(f"warning: {warning}")
    return lines


def _disputed(item: SummarySentence, brief: Brief, markdown: bool = False) -> str:
    """The mark of a sentence that states one side of a disagreement: what the sources differ on."""
    if not item.disputed or brief.facts is None:
        return ""
    labels = "; ".join(disagreement_label(brief.facts.disagreements[k]) for k in item.disputed)
    if markdown:
        return f" **sources differ:** {_escape_markdown(labels)} (see *Where the reports disagree*)"
    return f" (sources differ: {labels}; see below)"


def render_text(brief: Brief) -> str:
    """Summary sentences with the numbers of the sources that report each, then the source list."""
    numbers = {article.id: n for n, article in enumerate(brief.articles, start=1)}
    total = len(brief.articles)
    lines = []
    for item in brief.summary:
        cited = ",".join(str(numbers[a]) for a in item.articles)
        lines.append(f"{item.display} [{cited}] ({len(item.articles)} of {total} sources){_disputed(item, brief)}")
    if not brief.summary:
        lines.append("(no summary: nothing could be briefed)")
    if brief.facts is not None:
        lines += ["", facts_to_text(brief.facts, numbers).rstrip("\n")]
    lines.append("")
    lines.append(f"{brief.words} words from {total} article{'s' if total != 1 else ''}:")
    for article in brief.articles:
        lines.append(f"  [{numbers[article.id]}] {_label(article)}")
    footer = _footer(brief)
    if footer:
        lines.append("")
        lines.extend(footer)
    return "\n".join(lines) + "\n"


def _escape_markdown(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def render_markdown(brief: Brief) -> str:
    """A Markdown brief: the summary with footnote-style source marks, then the sources."""
    numbers = {article.id: n for n, article in enumerate(brief.articles, start=1)}
    total = len(brief.articles)
    lines = ["## Summary", ""]
    for item in brief.summary:
        marks = "".join(f"[^{numbers[a]}]" for a in item.articles)
        lines.append(f"- {_escape_markdown(item.display)} {marks} *({len(item.articles)} of {total} sources)*"
                     f"{_disputed(item, brief, markdown=True)}")
    if not brief.summary:
        lines.append("*No summary: nothing could be briefed.*")
    if brief.facts is not None:
        lines += ["", facts_to_markdown(brief.facts, numbers).rstrip("\n")]
    lines += ["", "## Sources", ""]
    for article in brief.articles:
        label = _escape_markdown(_label(article))
        if article.url:
            label = f"[{label}]({article.url})"
        lines.append(f"[^{numbers[article.id]}]: {label}")
    footer = _footer(brief)
    if footer:
        lines += ["", "## Input notes", ""] + [f"- {_escape_markdown(line)}" for line in footer]
    return "\n".join(lines) + "\n"
