"""The brief as one self-contained HTML page: inline CSS and a little optional JS,
no fetches, readable without JS, on a phone, in print and with a keyboard.

Everything is built from the Brief's spans; every piece of article text goes
through ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from newsbrief.model import (
    Article, Brief, Disagreement, Entity, Evidence, Facts, Insertion, Sentence, SummarySentence, with_insertions,
)
from newsbrief.render.facts import coverage_note, disagreement_label

ENTITIES_SHOWN = 15
ENTITY_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}
QUOTES_SHOWN = 20

CSS = """
:root{--ink:#1b1b1b;--muted:#4a4a4a;--paper:#ffffff;--line:#c9c9c9;--link:#0b4fb3;--accent:#e9f0fb;
--warn-ink:#7a1f14;--warn-bg:#fdf0ed;--warn-line:#b3261e;--note-bg:#f4f4f4;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,button:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.5rem;z-index:9}
header,main,footer{max-width:50rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.meta{color:var(--muted);margin:.25rem 0 .75rem}
nav ul{list-style:none;padding:0;margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
ol.summary{padding-left:1.5rem}
ol.summary>li{margin:0 0 .9rem}
.sentence{font-size:1.08rem}
.summary details>summary{cursor:pointer}
ins.editorial{text-decoration:none;color:var(--muted,#555);font-style:italic}
.disputed{font-size:.85em;font-weight:600}
.badge{display:inline-block;background:var(--accent);color:#123a75;border-radius:.3rem;padding:0 .4rem;font-size:.9rem;white-space:nowrap}
.cites{color:var(--muted);font-size:.9rem}
.support{margin:.4rem 0 0;padding-left:1.1rem;border-left:3px solid var(--line)}
.support li{margin:.3rem 0}
.support .sim{color:var(--muted);font-size:.85rem}
li.hovered>details>summary .sentence{background:var(--accent)}
#disagreements .item{border:1px solid var(--warn-line);border-left-width:6px;background:var(--warn-bg);border-radius:.3rem;padding:.5rem 1rem;margin:0 0 1rem}
#disagreements h3{color:var(--warn-ink);margin-top:.3rem}
#disagreements .benign{border-color:var(--line);background:var(--note-bg)}
#disagreements h3.quiet{color:var(--ink)}
#disagreements .benign h4{color:var(--ink);margin:.3rem 0 .2rem;font-size:1rem}
.sides{list-style:none;padding:0;margin:0}
.sides>li{margin:.4rem 0 .7rem}
.value{font-weight:700;font-size:1.1rem}
blockquote{margin:.25rem 0 0;padding:.1rem 0 .1rem .8rem;border-left:3px solid var(--line);color:var(--ink)}
mark{background:var(--mark);color:var(--ink);padding:0 .1rem}
.plain{list-style:none;padding:0}
.plain>li{margin:.35rem 0}
.type{color:var(--muted);font-size:.9rem}
.timeline time{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.4rem}
figure{margin:0 0 1rem}
figcaption{color:var(--muted);font-size:.92rem}
ol.articles>li{margin:0 0 1rem}
.used{margin:.2rem 0}
.notes li{margin:.2rem 0}
footer{color:var(--muted);font-size:.85rem;padding:2rem 1.25rem}
@media (max-width:40rem){body{font-size:.98rem}header,main,footer{padding:0 .8rem}h1{font-size:1.35rem}
ol.summary{padding-left:1.7rem}#disagreements .item{padding:.4rem .6rem}}
@media print{nav,.skip,footer{display:none}body{font-size:11pt}a{color:var(--ink);text-decoration:none}
details::details-content{content-visibility:visible;display:contents}#disagreements .item,li{break-inside:avoid}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt}h2{break-after:avoid}}
"""

JS = """
(function(){
  document.querySelectorAll('ol.summary > li').forEach(function(li){
    var d = li.querySelector('details');
    if (!d) return;
    li.addEventListener('pointerenter', function(e){ if (e.pointerType !== 'mouse') return;
      li.classList.add('hovered'); if (!d.open){ d.open = true; d.dataset.byHover = '1'; } });
    li.addEventListener('pointerleave', function(e){ if (e.pointerType !== 'mouse') return;
      li.classList.remove('hovered'); if (d.dataset.byHover){ d.open = false; delete d.dataset.byHover; } });
    d.querySelector('summary').addEventListener('click', function(){ if (d.dataset.byHover){ delete d.dataset.byHover; d.open = false; } });
  });
  window.addEventListener('beforeprint', function(){ document.querySelectorAll('details').forEach(function(d){ d.open = true; }); });
})();
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class _Numbers:
    """How the page cites articles: [n] linking to the article list, with the outlet's name."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.by_id = {article.id: (n, article) for n, article in enumerate(articles, start=1)}

    def number(self, article_id: str) -> int | str:
        return self.by_id[article_id][0] if article_id in self.by_id else article_id

    def outlet(self, article_id: str) -> str:
        if article_id not in self.by_id:
            return article_id
        article = self.by_id[article_id][1]
        return article.source or article.title or article.id

    def cite(self, article_id: str, short: bool = False) -> str:
        """A link to the article in the list: "[2] Outlet" (or just "[2]" when ``short``)."""
        n, outlet = self.number(article_id), self.outlet(article_id)
        name = outlet if len(outlet) <= 36 else outlet[:34].rsplit(" ", 1)[0] + "…"
        text = f"[{n}]" if short else f"[{n}] {name}"
        return f'<a href="#article-{_e(n)}" class="cite" title="{_e(outlet)}">{_e(text)}</a>'

    def cites(self, article_ids: Iterable[str], short: bool = False) -> str:
        return ", ".join(self.cite(a, short) for a in article_ids)


def _marked(sentence_text: str, sentence_start: int, value_start: int, value_end: int) -> str:
    """The sentence with the value's span marked, both given in article offsets."""
    start, end = value_start - sentence_start, value_end - sentence_start
    if not 0 <= start < end <= len(sentence_text):
        return _e(sentence_text)
    return _e(sentence_text[:start]) + "<mark>" + _e(sentence_text[start:end]) + "</mark>" + _e(sentence_text[end:])


def _evidence_quote(evidence: Evidence) -> str:
    sentence, value = evidence.sentence, evidence.value
    return _marked(sentence.text, sentence.start, value.start, value.end)


def _sentence_html(item: SummarySentence) -> str:
    """The verbatim sentence, each editorial insertion marked up as one."""
    def mark(insertion: Insertion) -> str:
        return (f'<ins class="editorial" title="added by newsbrief ({_e(insertion.reason)}), not in the source">'
                f"[{_e(insertion.text)}]</ins>")

    return with_insertions(item.sentence.text, item.insertions, escape=_e, mark=mark)


def _disputed_html(item: SummarySentence, brief: Brief) -> str:
    """A "sources differ" mark linking to each disagreement the sentence takes one side of."""
    if not item.disputed or brief.facts is None:
        return ""
    links = ", ".join(f'<a href="#disagreement-{k}">{_e(disagreement_label(brief.facts.disagreements[k]))}</a>'
                      for k in item.disputed)
    return f' <span class="disputed">sources differ: {links}</span>'


def _summary(brief: Brief, numbers: _Numbers) -> list[str]:
    total = len(brief.articles)
    out = ['<section id="summary" aria-labelledby="summary-h">', '<h2 id="summary-h">Summary</h2>']
    if not brief.summary:
        out.append("<p>No summary: nothing could be briefed.</p>")
    out.append('<ol class="summary">')
    for n, item in enumerate(brief.summary, start=1):
        count = len(item.articles)
        badge = f'<span class="badge">{count} of {total} source{"s" if total != 1 else ""}</span>'
        own = numbers.cite(item.sentence.article_id)
        out.append(f'<li id="summary-{n}">')
        out.append("<details><summary>"
                   f'<span class="sentence">{_sentence_html(item)}</span> {badge}{_disputed_html(item, brief)}</summary>')
        others = item.articles[1:]
        also = f"also reported by {numbers.cites(others)}" if others else "no other article reports it"
        out.append(f'<p class="cites">Quoted from {own}; {also}.</p>')
        if item.support:
            out.append('<ul class="support" aria-label="Supporting sentences">')
            for other, similarity in zip(item.support, item.similarity):
                out.append(f'<li>{numbers.cite(other.article_id)}: <q>{_e(other.text)}</q> '
                           f'<span class="sim">(similarity {similarity:.2f})</span></li>')
            out.append("</ul>")
        out.append("</details></li>")
    out.append("</ol></section>")
    return out


def _side_list(disagreement: Disagreement, numbers: _Numbers) -> list[str]:
    out = ['<ul class="sides">']
    for side in disagreement.sides:
        hedge = f" ({_e(side.qualifier)})" if side.qualifier != "exact" else ""
        out.append(f'<li><span class="value">{_e(side.value)}</span>{hedge}, in '
                   f'{side.support} source{"s" if side.support != 1 else ""}: {numbers.cites(side.articles)}')
        for evidence in side.evidence[:3]:
            out.append(f"<blockquote>{_evidence_quote(evidence)} "
                       f'<span class="cites">({numbers.cite(evidence.sentence.article_id, short=True)})</span></blockquote>')
        if len(side.evidence) > 3:
            out.append(f'<p class="cites">and {len(side.evidence) - 3} more sentences</p>')
        out.append("</li>")
    out.append("</ul>")
    return out


def _disagreements(facts: Facts, numbers: _Numbers) -> list[str]:
    shown = [d for d in facts.disagreements if not d.benign and d.kind != "spelling"]
    spellings = [d for d in facts.disagreements if d.kind == "spelling"]
    labelled = [d for d in facts.disagreements if d.benign]
    out = ['<section id="disagreements" aria-labelledby="disagreements-h">',
           f'<h2 id="disagreements-h">Where the reports disagree ({len(shown)})</h2>']
    note = coverage_note(facts)
    if note:
        out.append(f'<p class="note">{_e(note)}</p>')
    if not shown:
        out.append("<p>No disagreement found between the sources.</p>")
    anchor = {id(d): k for k, d in enumerate(facts.disagreements)}
    for d in shown:
        label = disagreement_label(d)
        out.append(f'<div class="item" role="group" id="disagreement-{anchor[id(d)]}" aria-label="{_e(label)}"><h3>{_e(label)}</h3>')
        if d.note:
            out.append(f"<p>{_e(d.note)}</p>")
        out += _side_list(d, numbers)
        out.append("</div>")
    if spellings:
        out.append('<h3 class="quiet">Spellings</h3><ul class="spellings">')
        for d in spellings:
            variants = " / ".join(f"<q>{_e(side.value)}</q> ({numbers.cites(side.articles, short=True)})" for side in d.sides)
            out.append(f'<li id="disagreement-{anchor[id(d)]}">{variants}</li>')
        out.append("</ul>")
    if labelled:
        out.append('<h3 class="quiet">Differences that are probably not contradictions</h3>')
        for d in labelled:
            label = disagreement_label(d)
            out.append(f'<div class="item benign" role="group" aria-label="{_e(label)}"><h4>{_e(label)}</h4>'
                       f"<p>{_e(d.note)}</p>")
            out += _side_list(d, numbers)
            out.append("</div>")
    out.append("</section>")
    return out


def _entities(facts: Facts, numbers: _Numbers) -> list[str]:
    out = ['<section id="entities" aria-labelledby="entities-h">',
           '<h2 id="entities-h">People, organisations and places</h2>']
    if not facts.entities:
        out.append("<p>None found.</p>")

    def item(entity: Entity) -> str:
        others = [v for v in entity.variants if v != entity.name]
        also = f' <span class="variants">also written: {", ".join(f"<q>{_e(v)}</q>" for v in others)}</span>' if others else ""
        kind = ENTITY_TYPES.get(entity.type, entity.type.lower())
        return (f'<li><strong>{_e(entity.name)}</strong> <span class="type">{_e(kind)}</span>{also} '
                f'<span class="cites">(in {len(entity.articles)}: {numbers.cites(entity.articles, short=True)})</span></li>')

    out += _list_with_more([item(e) for e in facts.entities], ENTITIES_SHOWN, "more people, organisations and places")
    out.append("</section>")
    return out


def _list_with_more(items: list[str], shown: int, more: str) -> list[str]:
    """A plain list of the first ``shown`` items, the rest behind a <details>."""
    out = ['<ul class="plain">', *items[:shown], "</ul>"]
    if len(items) > shown:
        out += [f"<details><summary>{len(items) - shown} {_e(more)}</summary>", '<ul class="plain">',
                *items[shown:], "</ul></details>"]
    return out


def _timeline(facts: Facts, numbers: _Numbers) -> list[str]:
    out = ['<section id="timeline" aria-labelledby="timeline-h">', '<h2 id="timeline-h">Timeline</h2>']
    if not facts.timeline:
        out.append("<p>No dated event found.</p>")
    out.append('<ol class="plain timeline">')
    for event in facts.timeline:
        out.append(f'<li><time datetime="{_e(event.date)}">{_e(event.date.replace("T", " "))}</time> {_e(event.display)} '
                   f'<span class="cites">({numbers.cites(event.articles, short=True)})</span></li>')
    out.append("</ol></section>")
    return out


def _quotes(facts: Facts, numbers: _Numbers) -> list[str]:
    out = ['<section id="quotes" aria-labelledby="quotes-h">', '<h2 id="quotes-h">Quotes</h2>']
    if not facts.quotes:
        out.append("<p>No quotation found.</p>")
    items = [
        f"<li><figure><blockquote>{_e(q.text)}</blockquote><figcaption>{_e(q.speaker or 'unattributed')}, "
        f"quoted in {numbers.cites(q.articles, short=True)}</figcaption></figure></li>"
        for q in facts.quotes
    ]
    out += _list_with_more(items, QUOTES_SHOWN, "more quotes")
    out.append("</section>")
    return out


def _uses(brief: Brief) -> dict[str, list[tuple[Sentence, str]]]:
    """For each article, its sentences that made the brief and how."""
    uses: dict[str, list[tuple[Sentence, str]]] = {}
    for n, item in enumerate(brief.summary, start=1):
        uses.setdefault(item.sentence.article_id, []).append((item.sentence, f"summary sentence {n}"))
        for other in item.support:
            uses.setdefault(other.article_id, []).append((other, f"supports summary sentence {n}"))
    for used in uses.values():
        used.sort(key=lambda pair: pair[0].start)
    return uses


def _articles(brief: Brief, numbers: _Numbers) -> list[str]:
    uses = _uses(brief)
    out = ['<section id="articles" aria-labelledby="articles-h">',
           f'<h2 id="articles-h">Articles ({len(brief.articles)})</h2>', '<ol class="articles plain">']
    for article in brief.articles:
        n = numbers.number(article.id)
        details = [f"<span>{_e(article.source)}</span>" if article.source else "",
                   f'<time datetime="{article.published.isoformat()}">{article.published.isoformat()}</time>'
                   if article.published else "",
                   f'<a href="{_e(article.url)}" rel="noreferrer">link</a>'
                   if article.url and article.url.startswith(("http://", "https://")) else "",
                   f'<span class="type">id {_e(article.id)}</span>']
        out.append(f'<li id="article-{_e(n)}"><h3>[{_e(n)}] {_e(article.title or article.source or article.id)}</h3>')
        out.append(f'<p class="meta">{" · ".join(d for d in details if d)}</p>')
        used = uses.get(article.id, [])
        if not used:
            out.append('<p class="used">None of its sentences made the summary.</p>')
        else:
            leads = sum(1 for _, how in used if how.startswith("summary"))
            out.append(f'<details class="used"><summary>{len(used)} of its sentences made the brief '
                       f"({leads} in the summary, {len(used) - leads} as support)</summary><ul>")
            for sentence, how in used:
                out.append(f'<li><q>{_e(sentence.text)}</q> <span class="cites">({_e(how)})</span></li>')
            out.append("</ul></details>")
        out.append("</li>")
    out.append("</ol></section>")
    return out


def _input_notes(brief: Brief) -> list[str]:
    warnings = list(brief.warnings) + (list(brief.facts.warnings) if brief.facts is not None else [])
    out = ['<section id="input" aria-labelledby="input-h">', '<h2 id="input-h">Input notes</h2>']
    if not brief.skipped and not warnings:
        out.append("<p>Every input was read; nothing was skipped.</p>")
    if brief.skipped:
        out.append(f"<h3>Skipped ({len(brief.skipped)})</h3><ul class=\"notes\">")
        out += [f"<li><code>{_e(s.source)}</code>: {_e(s.reason)}</li>" for s in brief.skipped]
        out.append("</ul>")
    if warnings:
        out.append(f"<h3>Warnings ({len(warnings)})</h3><ul class=\"notes\">")
        out += [f"<li>{_e(w)}</li>" for w in warnings]
        out.append("</ul>")
    out.append("</section>")
    return out


def _title(brief: Brief) -> str:
    if brief.summary:
        first = brief.summary[0].sentence.text
        return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "..."
    return "News brief"


def render_html(brief: Brief) -> str:
    """One self-contained HTML page of the brief (inline CSS and JS, no fetches)."""
    from newsbrief.version import __version__

    numbers = _Numbers(brief.articles)
    sections = [("summary", "Summary")]
    if brief.facts is not None:
        sections += [("disagreements", "Disagreements"), ("entities", "People and places"),
                     ("timeline", "Timeline"), ("quotes", "Quotes")]
    sections += [("articles", "Articles"), ("input", "Input notes")]
    total = len(brief.articles)
    body = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>Brief: {_e(_title(brief))}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        '<a class="skip" href="#summary">Skip to the summary</a>',
        "<header>", "<h1>News brief</h1>",
        f'<p class="meta">{brief.words} words (budget {brief.word_budget}) from {total} '
        f'article{"s" if total != 1 else ""}. Every summary sentence is quoted verbatim from an article; '
        "open it to see the matching sentence in each other article.</p>",
        '<nav aria-label="Sections"><ul>',
        *[f'<li><a href="#{key}">{label}</a></li>' for key, label in sections],
        "</ul></nav>", "</header>", "<main>",
    ]
    body += _summary(brief, numbers)
    if brief.facts is not None:
        body += _disagreements(brief.facts, numbers)
        body += _entities(brief.facts, numbers)
        body += _timeline(brief.facts, numbers)
        body += _quotes(brief.facts, numbers)
    body += _articles(brief, numbers)
    body += _input_notes(brief)
    body += ["</main>", f"<footer>Made by newsbrief {_e(__version__)}.</footer>", f"<script>{JS}</script>",
             "</body>", "</html>"]
    return "\n".join(body) + "\n"
