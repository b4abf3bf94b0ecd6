"""The facts stage's findings as plain JSON-ready dicts, and as text or Markdown
sections of a brief (the HTML page builds its own from the same labels).

The schema is documented in docs/facts.md; every item carries article ids and
character spans (``article_id``, ``start``, ``end``, ``text``).
"""

from __future__ import annotations

from typing import Any

from newsbrief.model import Attribute, Disagreement, Evidence, Facts, Insertion, Span

ATTRIBUTE_LABELS = {
    "age": "age",
    "killed": "number killed",
    "injured": "number injured",
    "missing": "number missing",
    "arrested": "number arrested",
    "rescued": "number rescued",
    "evacuated": "number evacuated",
    "displaced": "number displaced",
    "time": "time",
    "date": "date",
    "year": "year",
    "money": "sum of money",
    "distance": "distance",
    "name spelling": "spelling of the name",
}


def attribute_label(attribute: str) -> str:
    """A reader's words for an attribute: "agent:killed" -> "who killed", "count:border" -> "number of border(s)"."""
    parsed = Attribute.parse(attribute)
    if parsed.name == "agent" and parsed.of:
        return f"who {parsed.of}"
    if parsed.name == "count" and parsed.of:
        noun, _, kept_apart = parsed.of.partition(" ")  # "worker employed", "passenger capacity"
        return f"number of {noun}(s)" + (f" {kept_apart}" if kept_apart else "")
    if parsed.name == "place" and parsed.of:
        return f"where the {parsed.of} started"
    if parsed.name == "site" and parsed.of:
        return f"where the {parsed.of} happened"
    return ATTRIBUTE_LABELS.get(attribute, attribute)


_TOLL_QUESTIONS = {
    "killed": "How many people were killed?",
    "injured": "How many people were injured?",
    "missing": "How many people are missing?",
    "arrested": "How many people were arrested?",
    "rescued": "How many people were rescued?",
    "evacuated": "How many people were evacuated?",
    "displaced": "How many people were displaced?",
}
_STORY_QUESTIONS = {
    "time": "At what time did it happen?",
    "date": "On what day did it happen?",
    "money": "How much money is involved?",
    "distance": "How far was it?",
    "year": "In what year did it happen?",
}


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def disagreement_label(disagreement: Disagreement) -> str:
    """The one label of a disagreement, wherever it is shown (its section, a
    summary sentence's mark): the plain question a reader would ask of it
    ("How many people are missing?", "Who killed Anis Amri?", "How old is Christian Movio?")."""
    attribute = Attribute.parse(disagreement.attribute)
    subject = disagreement.subject_name
    about_story = disagreement.subject == "event"
    if attribute.name in _TOLL_QUESTIONS:
        return _TOLL_QUESTIONS[attribute.name]
    if attribute.name == "count" and attribute.of:
        return f"How many {_plural(attribute.of)}?"
    if attribute.name == "age":
        return f"How old is {subject}?"
    if attribute.name == "agent" and attribute.of:
        return f"Who {attribute.of} {subject}?"
    if attribute.name == "place" and attribute.of:
        return f"Where did the {attribute.of} start?"
    if attribute.name == "site" and attribute.of:
        return f"Where did the {attribute.of} happen?"
    if attribute.name == "name spelling":
        return f"How is {subject}'s name spelled?"
    if about_story and attribute.name in _STORY_QUESTIONS:
        return _STORY_QUESTIONS[attribute.name]
    what = attribute_label(disagreement.attribute)
    return f"What is the {what}?" if about_story else f"What is {subject}'s {what}?"


def insertion_dict(insertion: Insertion) -> dict[str, Any]:
    """An editorial insertion as JSON, the same for summary sentences and timeline entries."""
    return {"offset": insertion.offset, "text": insertion.text, "reason": insertion.reason, "entity": insertion.entity}


def _span(span: Span) -> dict[str, Any]:
    return {"article_id": span.article_id, "start": span.start, "end": span.end, "text": span.text}


def _evidence(item: Evidence) -> dict[str, Any]:
    return {**_span(item.value), "sentence": _span(item.sentence)}


def _disagreement(item: Disagreement) -> dict[str, Any]:
    return {
        "subject": item.subject,
        "subject_name": item.subject_name,
        "attribute": item.attribute,
        "attribute_label": attribute_label(item.attribute),
        "question": disagreement_label(item),
        "kind": item.kind,
        "note": item.note,
        "articles": list(item.articles),
        "values": [
            {
                "value": side.value,
                "qualifier": side.qualifier,
                "articles": list(side.articles),
                "support": side.support,
                "quote": side.evidence[0].sentence.text if side.evidence else "",
                "evidence": [_evidence(e) for e in side.evidence],
            }
            for side in item.sides
        ],
    }


def coverage_note(facts: Facts) -> str | None:
    """The sentence saying that a large cluster's facts come from part of its
    sentences (the analysis budget applied), or None when every sentence was analysed."""
    if facts.coverage is None:
        return None
    c = facts.coverage
    return (f"Facts from {c.analysed:,} of the {c.distinct:,} distinct sentences: the cluster is larger than the "
            f"analysis budget of {c.budget:,} (openings, figures, dates, quotations and the most named people "
            "first; --facts-analysis-budget 0 analyses every sentence).")


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """The JSON keys entities, facts, disagreements, timeline, quotes (plus
    facts_warnings, and facts_analysis where the analysis budget applied), ready
    to merge into the brief's dict beside its summary."""
    analysis = {} if facts.coverage is None else {"facts_analysis": {
        "analysed": facts.coverage.analysed, "distinct": facts.coverage.distinct, "budget": facts.coverage.budget}}
    return {
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "variants": list(e.variants),
                "articles": list(e.articles),
                "sentences": e.sentences,
                "mentions": [_span(m) for m in e.mentions],
            }
            for e in facts.entities
        ],
        "facts": [
            {
                "subject": f.subject,
                "subject_name": f.subject_name,
                "attribute": f.attribute,
                "attribute_label": attribute_label(f.attribute),
                "value": f.value,
                "qualifier": f.qualifier,
                "inferred": f.inferred,
                "articles": list(f.articles),
                "evidence": [_evidence(e) for e in f.evidence],
            }
            for f in facts.facts
        ],
        "disagreements": [_disagreement(d) for d in facts.disagreements],
        "timeline": [
            {
                "date": t.date,
                "precision": t.precision,
                "text": t.text,
                "display": t.display,
                "insertions": [insertion_dict(i) for i in t.insertions],
                "articles": list(t.articles),
                "evidence": [_evidence(e) for e in t.evidence],
            }
            for t in facts.timeline
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_id": q.speaker_id,
                "text": q.text,
                "articles": list(q.articles),
                "sources": [
                    {
                        **_span(s.span),
                        "marked": s.marked,
                        "sentence": _span(s.sentence),
                        "speaker": _span(s.speaker) if s.speaker else None,
                    }
                    for s in q.sources
                ],
            }
            for q in facts.quotes
        ],
        "facts_warnings": list(facts.warnings),
        **analysis,
    }


def _cite(article_ids, numbers: dict[str, int] | None) -> str:
    if numbers:
        return ",".join(str(numbers.get(a, a)) for a in article_ids)
    return ", ".join(article_ids)


def _lines(facts: Facts, numbers: dict[str, int] | None, bullet: str, heading) -> list[str]:
    note = coverage_note(facts)
    lines: list[str] = ["", note] if note else []
    shown = [d for d in facts.disagreements if not d.benign and d.kind != "spelling"]
    spellings = [d for d in facts.disagreements if d.kind == "spelling"]
    labelled = [d for d in facts.disagreements if d.benign]
    lines += heading("Where the reports disagree")
    if not shown:
        lines.append(f"{bullet}(no disagreement found)")
    for d in shown:
        lines.append(f"{bullet}{disagreement_label(d)}")
        for side in d.sides:
            quote = side.evidence[0].sentence.text if side.evidence else ""
            hedge = f" ({side.qualifier})" if side.qualifier != "exact" else ""
            lines.append(f"    - {side.value}{hedge} [{_cite(side.articles, numbers)}] \"{quote}\"")
    if spellings:
        lines += heading("Spellings")
        for d in spellings:
            lines.append(f"{bullet}{' / '.join(f'{side.value} [{_cite(side.articles, numbers)}]' for side in d.sides)}")
    if labelled:
        lines += heading("Differences that are probably not contradictions")
        for d in labelled:
            values = "; ".join(f"{side.value} [{_cite(side.articles, numbers)}]" for side in d.sides)
            lines.append(f"{bullet}{disagreement_label(d)} {values} ({d.note})")
    lines += heading("People, organisations and places")
    for e in facts.entities[:15]:
        others = [v for v in e.variants if v != e.name]
        also = f" (also: {', '.join(others[:6])})" if others else ""
        lines.append(f"{bullet}{e.name}, {e.type.lower()}{also} [{_cite(e.articles, numbers)}]")
    if facts.timeline:
        lines += heading("Timeline")
        for t in facts.timeline:
            lines.append(f"{bullet}{t.date}: {t.display} [{_cite(t.articles, numbers)}]")
    if facts.quotes:
        lines += heading("Quotes")
        for q in facts.quotes[:20]:
            lines.append(f"{bullet}{q.speaker or 'unattributed'}: \"{q.text}\" [{_cite(q.articles, numbers)}]")
    return lines


def facts_to_text(facts: Facts, numbers: dict[str, int] | None = None) -> str:
    """Plain-text sections; ``numbers`` maps article ids to the numbers the brief cites them by."""
    def heading(title: str) -> list[str]:
        return ["", title + ":"]
    return "\n".join(_lines(facts, numbers, "  ", heading)).strip() + "\n"


def facts_to_markdown(facts: Facts, numbers: dict[str, int] | None = None) -> str:
    """Markdown sections to follow a brief's summary."""
    def heading(title: str) -> list[str]:
        return ["", f"## {title}", ""]
    return "\n".join(_lines(facts, numbers, "- ", heading)).strip() + "\n"
