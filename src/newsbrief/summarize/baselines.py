"""Reference systems scored beside newsbrief in every evaluation: Lead, and sumy's LexRank and TextRank."""

from __future__ import annotations

from datetime import date

from newsbrief.errors import ExtraMissing
from newsbrief.model import Article, Sentence


def _within_budget(sentences: list[Sentence], words: int) -> list[Sentence]:
    chosen, used = [], 0
    for sentence in sentences:
        if used + sentence.words > words:
            break
        chosen.append(sentence)
        used += sentence.words
    return chosen


def lead(sentences: list[Sentence], articles: tuple[Article, ...], words: int) -> list[Sentence]:
    """Articles concatenated in input order, first whole sentences up to the budget
    (the Multi-News Lead of ../shared/BENCHMARKS.md)."""
    return _within_budget(sentences, words)


def lead_newest(sentences: list[Sentence], articles: tuple[Article, ...], words: int) -> list[Sentence]:
    """The first ``words`` words of the newest article (the DUC Lead of
    ../shared/BENCHMARKS.md): sentences up to and including the one that reaches the
    budget, which the DUC scorer then cuts, as in the published baseline. Ties
    and undated clusters fall back to the last article given."""
    if not articles:
        return []
    newest = max(range(len(articles)), key=lambda i: (articles[i].published or date.min, i))
    chosen, used = [], 0
    for sentence in (s for s in sentences if s.article_index == newest):
        if used >= words:
            break
        chosen.append(sentence)
        used += sentence.words
    return chosen


class _Tokenizer:
    """Adapter giving sumy our tokens, so that it needs no NLTK data download."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        from newsbrief.split.tokens import tokenize

        return tuple(tokenize(text))

    @staticmethod
    def to_sentences(text: str) -> tuple[str, ...]:
        return (text,)


def sumy_rank(name: str, sentences: list[Sentence], words: int) -> list[Sentence]:
    """LexRank or TextRank from sumy over our sentences, best-ranked first until
    the budget is full, then in source order."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as error:
        raise ExtraMissing("the LexRank/TextRank baselines", "baselines", "sumy") from error
    if not sentences:
        return []
    tokenizer = _Tokenizer()
    paragraph = Paragraph([SumySentence(s.text, tokenizer) for s in sentences])
    document = ObjectDocumentModel([paragraph])
    summarizer = (LexRankSummarizer if name == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    ranked = summarizer(document, len(sentences))  # returns every sentence, in document order
    rating = summarizer.rate_sentences(document) if hasattr(summarizer, "rate_sentences") else None
    by_text: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        by_text.setdefault(s.text, []).append(i)
    if rating is not None:
        order = sorted(range(len(sentences)), key=lambda i: -rating[paragraph.sentences[i]])
    else:
        order = [by_text[str(s)].pop(0) for s in ranked]
    chosen, used = [], 0
    for i in order:
        if used + sentences[i].words <= words:
            chosen.append(i)
            used += sentences[i].words
    return [sentences[i] for i in sorted(chosen)]
