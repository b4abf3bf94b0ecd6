"""Remove web-page furniture (captions, credits, share lines, live-blog chrome) from article text.

Written here because no library does it on plain text: trafilatura cleans HTML
pages, but text and JSON inputs (and text trafilatura lets through) still carry
the lines a browser showed around the story. Rules work line by line, so
dataset text without line breaks passes through untouched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from datetime import date

from newsbrief.gated import Gated
from newsbrief.ingest.dates import dateparse
from newsbrief.model import Article, count_words

_FURNITURE_LINE = re.compile(
    r"""^(?:
        image\ placeholder\ title
      | popular\ videos?
      | live(?:\ updates?|\ blog)?
      | \d+\ of\ \d+
      | advertisement | advert | sponsored(?:\ content)?
      | (?:read|see|watch)\ (?:a|the|our)\ (?:full|latest|complete)\ .{0,80}
      | (?:read|see|watch)\ more\b.{0,80}
      | here'?s\ (?:a|the)\ full\ report\b.{0,80}
      | (?:click|tap)\ here\b.*
      | (?:share|tweet|email|print)(?:\ (?:this|on|via)\b.{0,60})?
      | (?:subscribe|sign\ up|follow\ us|like\ us)\b.{0,120}
      | related(?:\ (?:articles?|stories|coverage|content|links?|video))?(?::.{0,120})?
      | (?:more|top)\ (?:stories|news|videos)\b.{0,60}
      | sources?:.*
      | (?:photo|image|video|picture)\ (?:credit|courtesy)s?:?.*
      | (?:photo|image|picture|video)s?:\ .{0,120}
      | (?:by|written\ by|reporting\ by)\ (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\b|early|late|noon|midnight|then|now)
        [A-Z][\w.'-]+(?:\ [A-Z][\w.'-]+){0,3}(?:,?\ [^.!?]{0,40})?
      | ::.*
      | [-=*_~•|]+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_LIVE_BLOG_SENTENCE = re.compile(
    r"rolling coverage|live coverage|keeping you up to date|bringing you every update"
    r"|will be covering the|for the latest (?:news|updates)|stay tuned|this concludes",
    re.IGNORECASE,
)

# Sentences of site chrome that web-crawled datasets keep inside article text
# (Multi-News documents carry Twitter, Wayback Machine and paywall notices).
_CHROME_SENTENCE = Gated(re.compile(
    r"tweet with a location|location history|your tweets?\b|legacy twitter|wayback machine|alexa internet"
    r"|\bcrawl(?:s|ed|er)?\b|no more 404|breaking news (?:emails|alerts)|delivered weekday mornings"
    r"|please try again later|video has been rented|feature is not available|appear next to all of your comments"
    r"|dow jones reprints|presentation-ready copies|javascript|your browser|verification (?:email|message)"
    r"|your notification|email notifications|push notifications|digital (?:access|subscription)"
    r"|thank you for (?:registering|subscribing|signing up)|zip ?code|all rights reserved|copyright \d|©"
    r"|\b(?:click|tap) (?:here|on the link)|sign up (?:for|to)|subscribe (?:to|now|today)|newsletter"
    r"|privacy policy|terms of (?:service|use)|cookie policy|\buse cookies\b|interactive transcript"
    r"|add as an interest|enlarge this image|toggle caption|hide caption|image copyright"
    r"|this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected)"
    r"|(?:story|article) continues below|continue reading|read more:|learn more\b|\(photo:|photo credit"
    # the Internet Archive's notes on its crawls, which Multi-News documents carry in place of a story
    r"|broken links on the web|\benwiki\b|\bseed list\b|since the last time we did this|wikipedia outlinks|\bwikis\b"
    r"|duplicate detection|\barchived pages\b|internet archive"
    # a page's own chrome: its app, legal page, uploader, poll and follow-up prompts
    r"|^\s*get the [\w ]{2,20} app for\b|legal help page|^\s*uploaded by\b"
    r"|\b(?:we ?' ?ll have|we have|\w+ has) more on (?:the|this) story\b|^\s*be sure to vote\b"
    r"|\bclick\b.{0,60}\bsign the petition\b|^\s*follow [\w.@]+ on (?:facebook|twitter|instagram)\b"
    # an e-mail form's notice, a pointer to the author's note, a video link ("Watch a clip of ...")
    r"|\ba link to this (?:page|article|story) will be included\b|^\s*please see [\w' ’]{0,30}\bnote\b"
    r"|^\s*watch (?:a|the|our|this) (?:clip|video|trailer)\b",
    re.IGNORECASE,
), ("tweet with a location", "location history", "your tweet", "legacy twitter", "wayback machine", "alexa internet",
    "crawl", "no more 404", "breaking news ", "delivered weekday mornings", "please try again later",
    "video has been rented", "feature is not available", "appear next to all", "dow jones reprints",
    "presentation-ready copies", "javascript", "your browser", "verification ", "your notification",
    "email notifications", "push notifications", "digital ", "thank you for ", "zip", "all rights reserved",
    "copyright ", "©", "click ", "tap ", "sign up ", "subscribe ", "newsletter", "privacy policy", "terms of ",
    "cookie policy", "use cookies", "interactive transcript", "add as an interest", "enlarge this image",
    "toggle caption", "hide caption", "image copyright", "this article ", "this story ", "continues below",
    "continue reading", "read more:", "learn more", "(photo:", "photo credit", "broken links on the web", "enwiki",
    "seed list", "since the last time we did this", "wikipedia outlinks", "wikis", "duplicate detection",
    "archived pages", "internet archive", "get the ", "legal help page", "uploaded by", "more on ",
    "be sure to vote", "sign the petition", "follow ", "a link to this ", "please see ", "watch "))

_CREDIT_TAIL = re.compile(
    r"(?:\bGetty(?: Images)?|\b(?:AP|AFP|Reuters|EPA|PA|Shutterstock)(?: Photo)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)*\s?/\s?(?:AFP|Reuters|AP|EPA|Getty(?: Images)?|PA))\s*$"
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    r"^(?:(?:date|published|updated|posted)[:\s]+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{_MONTHS}),?\s+(?P<year_second>\d{{4}})"
    r"|(?P<iso_year>\d{4})[-/](?P<iso_month>\d{1,2})[-/](?P<iso_day>\d{1,2}))"
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<half>[ap])\.?m\.?)?(?:\s+(?P<zone>[A-Z]{2,4}))?)?",
    re.IGNORECASE,
)

_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

KNOWN_ZONES = frozenset(
    "UTC GMT ET EST EDT CST CDT MST MDT PT PST PDT AKST AKDT HST BST IST CET CEST EET EEST WET WEST MSK "
    "JST KST HKT SGT AEST AEDT".split()
)
"""Time-zone abbreviations after a dateline time that dateparser is known to accept
(tests/clean/test_furniture.py checks each): with one of them, or none, the day is
read exactly here; with any other word after the time the line goes to dateparser."""

_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’]*(?:[ ,]+[A-Za-z][\w.'’]*){0,4})\s*"
    r"(?:(?:\(\s*[\w .&/-]{1,30}\s*\))\s*(?:_|—|–|--|-|:)?|(?:_|—|–|--))\s+(?=\S)"
)

_LONGEST_FURNITURE_WORDS = 40

# Sentence-final punctuation, with that of other scripts: CJK 。！？, Arabic ؟,
# Urdu ۔, Devanagari । ॥ (a line ending so is reporting, not a caption).
_TERMINAL = re.compile(
    r"""[.!?。！？｡؟۔।॥]["'”’)\]」』）]*$|[.!?]\s*["'”’]?\s*$|[:;：；؛]$"""
)


@dataclass(frozen=True)
class CleanReport:
    """What cleaning removed from one article, so the brief can say so."""

    removed_lines: tuple[str, ...]


def _exact_day(match: re.Match) -> date | None:
    """The day a date line names, when it is one of the plain forms read here
    exactly as dateparser reads it (a real calendar day, a valid clock time, a known
    zone or none); None for anything else, which is left to dateparser."""
    if match["iso_year"]:
        year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    else:
        name = (match["month"] or match["month_second"]).rstrip(".").lower()[:3]
        year, month = int(match["year"] or match["year_second"]), _MONTH_NUMBERS[name]
        day = int(match["day"] or match["day_first"])
    if match["hour"] is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        if minute > 59 or hour > 23 or (match["half"] and not 1 <= hour <= 12):
            return None
        if match["zone"] and match["zone"].upper() not in KNOWN_ZONES:
            return None
    if year < 1000:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date_prefix(line: str) -> tuple[date | None, str]:
    """Read a leading date ("date 2016-12-23", "Dec 23, 2016 11:54 PM EST",
    "2005/01/08") off a line; return the date and what follows it. The plain forms
    are read here; dateparser (slow to start) sees only the rest."""
    match = _DATE_LINE.match(line.strip())
    if not match:
        return None, line
    found = _exact_day(match)
    if found is None:
        body = re.sub(r"^(?:date|published|updated|posted)[:\s]+", "", match.group(0), flags=re.IGNORECASE)
        parsed = dateparse(body, {"PREFER_DAY_OF_MONTH": "first"})
        if parsed is None:
            return None, line
        found = parsed.date()
    return found, line.strip()[match.end():].strip()


def is_furniture(line: str) -> bool:
    """True for a whole line that is page furniture rather than reporting."""
    stripped = line.strip()
    # A long line is reporting even when it opens like furniture: dataset
    # documents are one line, and "Image credit: ..." may begin a whole story.
    if not stripped or count_words(stripped) >= _LONGEST_FURNITURE_WORDS:
        return False
    if _FURNITURE_LINE.match(stripped):
        return True
    return bool(_LIVE_BLOG_SENTENCE.search(stripped) or _CHROME_SENTENCE.search(stripped))


def _is_caption(line: str, following: str | None) -> bool:
    """A line without sentence-final punctuation that is a heading, a caption
    with a photo credit, or a caption repeated by the next line."""
    stripped = line.strip()
    if _TERMINAL.search(stripped):
        return False
    if _CREDIT_TAIL.search(stripped):
        return True
    if following is not None and following.strip().startswith(stripped):
        return True
    return count_words(stripped) < 8


def strip_dateline(line: str) -> tuple[str, str]:
    """Split a wire dateline ("LONDON (AP) _", "Tampa —", "Vatican city ( reuters ) -")
    off the start of an article's first paragraph: (dateline, rest)."""
    match = _DATELINE.match(line)
    if not match or len(line) - match.end() < 20:
        return "", line
    return match.group(0).strip(), line[match.end():]


_WRAPPED = re.compile(r"(?<=[a-z,;])[ \t]*\n[ \t]*(?=[a-z])")
"""A line break inside a sentence, as hard-wrapped wire copy has ("planned to ask\na court"):
a lower-case word or a comma before it and a lower-case word after."""


def unwrap_lines(text: str) -> str:
    """``text`` with every line break that falls inside a sentence made a space, so that
    a paragraph wrapped at a fixed width is one line again; line breaks between
    paragraphs, headings and list items are kept."""
    return _WRAPPED.sub(" ", text)


_NAMED_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#39|#34);")
"""An HTML character reference a scraper left in plain text ("ken powell is a super hero &amp; a walking
miracle": 617 times in Multi-News validation). Only these: "&#124;" is kept, as a mark of page
furniture (``summarize.fragments.glued``)."""


def decode_entities(text: str) -> str:
    """``text`` with the common HTML character references a scraper left in it decoded."""
    return _NAMED_ENTITY.sub(lambda found: html.unescape(found.group(0)).replace("\xa0", " "), text)


def clean_article(article: Article) -> tuple[Article, CleanReport]:
    """Return the article with furniture removed, hard-wrapped lines joined and stray HTML
    character references decoded, its title and publication date read from the opening
    lines when the metadata lacked them."""
    text = unwrap_lines(decode_entities(article.text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [line.strip() for line in text.split("\n")]
    title, published = article.title, article.published
    kept: list[str] = []
    removed: list[str] = []
    content = [i for i, line in enumerate(lines) if line]
    first_content = content[0] if content else -1
    for position, i in enumerate(content):
        line = lines[i]
        following = lines[content[position + 1]] if position + 1 < len(content) else None
        if count_words(line) <= 25:
            found, rest = parse_date_prefix(line)
            if found is not None:
                published = published or found
                removed.append(line[: len(line) - len(rest)].strip())
                line = rest
                if not line:
                    continue
        if is_furniture(line):
            removed.append(line)
            continue
        if _CREDIT_TAIL.search(line) and not _TERMINAL.search(line):
            removed.append(line)
            continue
        if i == first_content or (not kept and title is None):
            if not _TERMINAL.search(line) and count_words(line) <= 25 and following is not None:
                if title is None:
                    title = line
                removed.append(line)
                continue
        if _is_caption(line, following):
            removed.append(line)
            continue
        if not kept:
            dateline, line = strip_dateline(line)
            if dateline:
                removed.append(dateline)
        kept.append(line)
    text = "\n\n".join(kept)
    return replace(article, text=text, title=title, published=published), CleanReport(tuple(removed))
