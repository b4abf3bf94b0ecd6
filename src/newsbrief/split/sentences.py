"""Cut article text into sentences with character offsets, paragraph by paragraph."""

from __future__ import annotations

import re

import nupunkt

from newsbrief.model import Article, Sentence
from newsbrief.split.tokens import MONTH_PREFIX, STOPWORDS, TITLE_ABBREVIATION
from newsbrief.split.wire_notes import wire_note_ends

_PARAGRAPH = re.compile(r"[^\n]+")

# A full stop, ! or ? glued to the next sentence ("pay tolls.port authority",
# "in 2009.The plane"): a word of two or more characters on the left, two or
# more letters on the right (a capital after ! or ?). Decimals, initials and U.S.-style abbreviations
# never match; domains, file names and URLs are ruled out in ``_glued``.
_GLUE = re.compile(r"(?<=[^\W_]{2})[.!?](?=[^\W\d_]{2})")
_CHUNK = re.compile(r"\S+")
_URLISH = re.compile(r"://|www\.|[/@=#\\]")
_INNER_DOT = re.compile(r"[^\W_][.][^\W_]")
_RIGHT_WORD = re.compile(r"[^\W\d_]+")
_DOMAIN_OR_FILE = frozenset(
    "com org net gov edu mil biz info io co uk tv fm ly ca au de fr eu ru cn jp html htm php asp aspx jsp"
    " pdf doc docx xls xlsx ppt txt csv xml json js py exe zip jpg jpeg png gif svg mp3 mp4 mov wav".split()
)
# Newer top-level domains that are also English words ("a video on the website viral-videos.today
# claimed"): a domain only in lower case after a hyphenated name, since "the news.Today he" is two sentences.
_WORD_DOMAIN = frozenset("today news online site blog app live world tech media club xyz store shop cloud ai".split())
_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")

# Sentence-final punctuation of other scripts, which Punkt does not know:
# CJK 。！？, Arabic ؟, Urdu ۔, Devanagari । ॥, Armenian ։, Ethiopic ።, Myanmar ။,
# Tibetan །; plus ASCII ! ? (and . between CJK characters) in CJK text, where no space follows.
_CJK = "\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CLOSERS = "\"'”’»)）」』】〕》〉\\]"
_SCRIPT_END = re.compile(
    f"(?:[。！？｡؟۔।॥։።။།]|[!?](?=[{_CLOSERS}]*[{_CJK}])|(?<=[{_CJK}])[.](?=[{_CJK}]))[{_CLOSERS}]*\\s*"
)


# A title abbreviation that is also the end of a name ("from strongman Hun Sen. Hun Sen
# complained"): Punkt keeps the stop as an abbreviation's. The stop ends a sentence when
# the words before it are said again right after it, or when what follows cannot be a name.
_NAME_STOP = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\.\s+(?=\1\b)")
_TITLE_STOP = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:Sen|Gen|Gov|Rep|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Dr|Prof|Rev|Sr|Jr|St)\."
    r"(?=\s+(?:He|She|They|It|We|The|This|That|These|Those|But|His|Her|Their|Its|There|However)\s)"
)


def _cut(paragraph: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """The span ``paragraph[start:end]`` cut at each of the sorted offsets ``cuts`` that
    leaves text on both sides."""
    spans, last = [], start
    for cut in cuts:
        if paragraph[last:cut].strip() and paragraph[cut:end].strip():
            spans.append((last, cut))
            last = cut
    spans.append((last, end))
    return spans


def _name_stops(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span after every stop that ends a sentence on a name with a title's
    abbreviation ("Hun Sen. Hun Sen complained", "Gen. Zia. He said")."""
    cuts = sorted({m.start(0) + m.group(0).index(".") + 1 for m in _NAME_STOP.finditer(paragraph, start, end)}
                  | {m.end(0) for m in _TITLE_STOP.finditer(paragraph, start, end)})
    return _cut(paragraph, start, end, cuts)


# A stop and a straight quotation mark glued to the word it opens ('last month. "this is
# not an endorsement'): Punkt reads on as if the mark closed a quotation.
_STOP_THEN_OPENING = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=\"[^\W\d_])")


def _quotation_openings(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span before every straight quotation mark that opens a sentence after a
    stop (an even number of straight marks before it in the span: it opens, not closes)."""
    cuts = [m.end() for m in _STOP_THEN_OPENING.finditer(paragraph, start, end)
            if paragraph.count('"', start, m.end()) % 2 == 0]
    return _cut(paragraph, start, end, cuts)


# A quotation closed after its stop and a new sentence after it, in lower case as Multi-News writes
# ('... in the town hall. " pichai was set to address ...', '... to "scandal. " her shingle, shondaland,
# will begin ...'): Punkt reads on, since no capital follows. The words after the mark name no speaker.
_STOP_THEN_CLOSING = re.compile(r'(?<=[^\W\d_]{2}[.])\s?"(?=\s+[^\W\d_])')
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|tell|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes"
    r"|insisted|insists|replied|replies|recalled|recalls|tweeted|posted|continued|continues|according|shouted"
    r"|yelled|screamed|cried|declared|announced|argued|argues|admitted|admits|joked|jokes|quipped|warned|warns"
    r"|stated|states|reported|reports|concluded|conceded|acknowledged|remarked|added|observed|wondered|mused)\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"(?:and|but|or|nor|as|which|who|whom|whose|that|because|while|when|if|so|then|than|to|for"
                      r"|of|in|on|at|with|from|by|before|after|until|unless|though|although)\b", re.IGNORECASE)
"""A word that carries the sentence on after the quotation ('"it is over. " and then he left')."""
_ATTRIBUTION_REACH = 8
"""Words after the closing mark in which a speaker's verb keeps the sentence whole."""


def _quotation_ends(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span after every straight quotation mark that closes a quotation after its stop
    (an odd number of marks before it in the span) when no speaker follows it."""
    cuts = []
    for match in _STOP_THEN_CLOSING.finditer(paragraph, start, end):
        if paragraph.count('"', start, match.start()) % 2 == 0:
            continue  # the mark opens a quotation
        after = " ".join(paragraph[match.end():end].split()[:_ATTRIBUTION_REACH])
        if not _ATTRIBUTION.search(after) and not _GOES_ON.match(after):
            cuts.append(match.end())
    return _cut(paragraph, start, end, cuts)


# Stops Punkt ends a sentence at that end none: a web address Multi-News spaced at its dot
# ("reported by tmz. com and"), and a lawmaker's party and state ("nancy pelosi ( d-calif. )
# said", "rep. jacky rosen ( d-nev. ) ,").
_NAME_DOT = re.compile(r"[^\W_]\.$")
_DOMAIN_END = re.compile(r"(?:com|org|net|gov|edu)\b(?![.'’-]?[^\W\d_])")
_PARTY_AND_STATE = re.compile(r"\(\s*[dri]-[^\W\d_][\w. ]{1,14}\.\s*\)?$", re.IGNORECASE)
_CONTINUES = re.compile(r"[)\]]|[^\W\d_]*[a-z]\b")


# Initials in capitals ("U.S.", "F.W.") that Punkt took for a sentence's end although the
# sentence goes on: "visiting U.S. Secretary of State Madeleine Albright", "F.W. de Klerk".
_INITIALS_END = re.compile(r"(?<![\w.])(?!(?:a\.m|p\.m)\.$)(?:[A-Z]\.){2,4}$|(?<![\w.])(?!(?:a\.m|p\.m)\.$)(?:[a-z]\.){2,4}$")
"""Capital initials, or lower-case ones as Multi-News writes them ("the u.s. Ambassador to jordan", which
its preprocessing capitalised as if a sentence began); never a clock's "a.m." or "p.m.", which often end one."""
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# Titles Punkt does not know as abbreviations (nupunkt 0.6 ends "questioned by lt. | Carl
# Minden", "collected ... by drs. | Michal fried and patrick duffy"), which always go on into a name.
_UNKNOWN_TITLES = frozenset("lt lieut cmdr cdr cmdt spc msgr reps drs".split())
_UNKNOWN_TITLE_END = re.compile(rf"\b(?:{'|'.join(sorted(_UNKNOWN_TITLES))})\.$", re.IGNORECASE)
_THEN_TITLE_END = re.compile(rf"\b(?:then|ex|former)-{TITLE_ABBREVIATION}\.$", re.IGNORECASE)
"""A former title's abbreviation ("conceded the 2008 race to then-sen. barack obama"): a name follows."""
_SAINT_END = re.compile(r"\b(?:fort|port|mount|cape|sault)\s+st\.$", re.IGNORECASE)
"""A place named after a saint ("two fort st. | John, b.c., men"): after "fort" or "port", "st." is no street's."""


_OPENERS = frozenset(
    "according however meanwhile still yet also instead now today yesterday officials police authorities "
    "critics experts analysts many most some several others".split())
"""Words a sentence after lower-case initials opens with ("... higher in europe than in the u.s. According to
bloomberg, ..."): Multi-News capitalised the word after "u.s." either way."""


def _initials_go_on(body: str, paragraph: str, lead: int, end: int) -> bool:
    """Whether a span ending in capital initials continues into the next: its first word
    is lower case ("de Klerk") or a capitalised word no sentence opens with ("Secretary",
    not "The", "He", "But"; after lower-case initials not "According", "Officials" either)."""
    found = _INITIALS_END.search(body)
    if not found:
        return False
    word = _FIRST_WORD.match(paragraph, lead, end)
    if not word:
        return False
    lower = word.group(0).lower()
    if found.group(0)[0].islower() and lower in _OPENERS:
        return False
    return word.group(0)[0].islower() or lower not in STOPWORDS


_NAMED_MARK_END = re.compile(r"\b[A-Z][\w'’-]*[?!]$")
"""A "?" or "!" right after a capitalised word: it may belong to a name (a ship "Pourquoi Pas?",
"Yahoo!", "Jeopardy!")."""
_GOES_ON = re.compile(r"(?:to|and|or|of|for|from|with|by|at|on|in|into|as|than|which|who|whose)\s")
"""A lower-case word no sentence opens with that carries on the sentence before."""


def _join_false_stops(spans: list[tuple[int, int]], paragraph: str) -> list[tuple[int, int]]:
    """Join a span to the next when it ended at the dot of a web address ("com", "org"
    follows), of a party and state ("( d-calif. )", a lower-case word or a bracket follows),
    of capital initials the sentence goes on after ("U.S. Secretary", "F.W. de Klerk") or of
    a title Punkt does not know ("lt. Carl Minden") or a former one ("then-sen. barack obama") or
    a saint's "st." in a place's name ("fort st. John"), or of a name's own "?" or "!" the
    sentence goes on after ("the research ship Pourquoi Pas? to the scene")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            body = paragraph[joined[-1][0]:joined[-1][1]].rstrip()
            lead = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            if ((_NAME_DOT.search(body) and _DOMAIN_END.match(paragraph, lead, end))
                    or (_PARTY_AND_STATE.search(body) and _CONTINUES.match(paragraph, lead, end))
                    or _initials_go_on(body, paragraph, lead, end)
                    or ((_UNKNOWN_TITLE_END.search(body) or _THEN_TITLE_END.search(body) or _SAINT_END.search(body))
                        and _FIRST_WORD.match(paragraph, lead, end))
                    or (_NAMED_MARK_END.search(body) and _GOES_ON.match(paragraph, lead, end))):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _repair_quotes(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Give a quotation mark Punkt left on the wrong side of a sentence break to the
    sentence it belongs to, as it does when quotes are tokenised with spaces (Multi-News:
    ``said. " the``, ``obstruction. " mr harrison said``): a straight mark ending a sentence
    opens the next when the sentence's own marks are odd or the marks of the line so far
    (counting from its start, open, close, open...) make it an opening one; a mark opening a
    sentence closes the one before when the line's count makes it a closing one and that
    sentence's own marks are odd."""
    repaired = list(spans)
    for k in range(len(repaired) - 1):
        start, end = repaired[k]
        body = text[start:end].rstrip()
        if body.endswith("“") or (body.endswith(' "') and (body.count('"') % 2 == 1
                                                           or text.count('"', 0, start + len(body) - 1) % 2 == 0)):
            cut = start + len(body) - 1
            repaired[k] = (start, cut)
            repaired[k + 1] = (cut, repaired[k + 1][1])
            continue
        after, after_end = repaired[k + 1]
        lead = len(text[after:after_end]) - len(text[after:after_end].lstrip())
        mark = after + lead
        if (text.startswith('" ', mark) and text.count('"', 0, mark) % 2 == 1
                and body.count('"') % 2 == 1):
            repaired[k] = (start, mark + 1)
            repaired[k + 1] = (mark + 1, after_end)
    return repaired


def _glued(paragraph: str) -> list[int]:
    """Offsets just after each full stop (or ! ?) that ends a sentence glued to
    the next one without a space."""
    cuts = []
    for match in _GLUE.finditer(paragraph):
        at = match.start()
        begin = at
        while begin and not paragraph[begin - 1].isspace():
            begin -= 1
        chunk = _CHUNK.match(paragraph, begin).group(0)
        word = _RIGHT_WORD.match(paragraph, at + 1).group(0)
        if _URLISH.search(chunk) or len(_INNER_DOT.findall(chunk)) > 1 or word.lower() in _DOMAIN_OR_FILE:
            continue
        if word in _WORD_DOMAIN and _HYPHENATED.search(paragraph, begin, at):
            continue
        if match.group(0) != "." and not word[0].isupper():  # "word?creator?": a ? standing in for a lost quote
            continue
        cuts.append(at + 1)
    return cuts


def _punkt_spans(paragraph: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of one line, with a space shown to Punkt after
    every glued full stop so that it decides there as after any other (its
    abbreviation list keeps "Mr.Smith" whole); spans are in the line's offsets."""
    cuts = _glued(paragraph)
    if not cuts:
        return nupunkt.sent_spans(paragraph)
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(paragraph[last:cut])
        last = cut
    pieces.append(paragraph[last:])
    spaced = " ".join(pieces)
    inserted = [cut + k for k, cut in enumerate(cuts)]  # where each added space sits in ``spaced``

    def back(offset: int) -> int:
        return offset - sum(1 for position in inserted if position < offset)

    return [(back(start), back(end)) for start, end in nupunkt.sent_spans(spaced)]


def _script_spans(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one Punkt span further at the sentence-final punctuation of other scripts."""
    spans = []
    for match in _SCRIPT_END.finditer(paragraph, start, end):
        if match.end() < end and paragraph[match.end():end].strip():
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, end))
    return spans


# Page furniture that marks where one text ends and another begins inside a line of a
# scraped page: a teaser cut off before the wire's name ("the cap placed on the...
# ( associated press ) the transocean ..."), and a picture's credit, which such pages
# print twice after "toggle caption" ("toggle caption gregorio borgia/ap gregorio
# borgia/ap furthering a thaw ..."), and a headline run into the dateline of its story
# ("... economy gains 288,000 jobs washington ( ap ) — the u.s. ..."). The cut falls after
# the marker.
_AGENCIES = r"(?:ap|cnn|reuters|afp|upi|bloomberg|xinhua|dpa|ansa|kyodo|nyt|bbc|cnsnews|the associated press)"
_FURNITURE_GLUE = re.compile(
    r"(?:\.\.\.|…)\s*\(\s*associated press\s*\)(?=\s+\S)"
    r"|toggle caption\s+(\S.{2,80}?)\s+\1(?=\s+\S)"
    rf"|\(\s*{_AGENCIES}\s*\)\s*(?:—|–|--|_)(?=\s+\w)"  # a hyphen there may be a dash of the sentence
    # a page's link, a photo agency's credit, a follow button and a slideshow's arrows before the text
    # they interrupt ("continue reading the main story james r. clapper jr. ...", "kelly clarkson getty
    # images the singer is ...", "follow ynetnews on facebook and twitter the document is ...", "❮ prev next ❯")
    r"|\bcontinue reading the main story(?=\s+\S)|\bgetty images(?=\s+\S)"
    # a newsletter box's messages before the story ("could not subscribe, try again later invalid email
    # a hero pilot ...")
    r"|\btry again later invalid email(?=\s+\S)"
    r"|\bfollow [\w.]+ on (?:facebook|twitter|instagram)(?: and (?:facebook|twitter|instagram))?(?=\s+\S)"
    r"|❮\s*prev\s+next\s*❯(?=\s+\S)"
    # a video page's date before its description ("published on apr 29, 2015 jimmy gets a surprise visit ...")
    rf"|\bpublished on {MONTH_PREFIX}[a-z]*\.? \d{{1,2}},? \d{{4}}(?=\s+\S)",
    re.IGNORECASE,
)
# A wire dateline opening a sentence: a place of up to three words and a region of up to
# two ("amman, jordan", "new york"; or none, as CNN writes "( cnn ) --"), a news agency in
# brackets and a dash. It is not part of the sentence, so the sentence starts after it.
# (The dateline stays a sentence of its own: every character of an article's text but
# white space belongs to a sentence.)
_PLACE_WORD = r"[^\W\d_][\w.'’-]*"
_WIRE_DATELINE = re.compile(
    rf"(?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}(?:\s*,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?\s*)?\(\s*{_AGENCIES}\s*\)\s*(?:—|–|--|-|_)\s+(?=\w)",
    re.IGNORECASE,
)


def _furniture_cuts(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span after every furniture marker that glues two texts together, and after
    a wire's note on what this version changed (``split.wire_notes``)."""
    marks = [m.end() for m in _FURNITURE_GLUE.finditer(paragraph, start, end)]
    return _cut(paragraph, start, end, sorted(marks + wire_note_ends(paragraph, start, end)))


# A dateline of a paper or a local station: a place of up to three words, a region of up to
# two, the station in brackets, then a dash ("cleveland, ohio -- ", "washington — ", "stockton
# ( cbs13 ) — "), opening the sentence. Words a
# sentence's own subject starts with ("the taliban —", "well —", "forget the rain forest —")
# are not a place's, and a dash paired with a second one is a parenthesis ("sen. smith --
# a democrat -- voted").
_NOT_PLACE = (r"(?!(?:the|a|an|this|that|these|those|here|there|it|he|she|they|we|i|you|his|her|their|our|my|its"
              r"|but|and|or|so|if|when|then|for|to|in|on|at|by|with|as|is|are|was|were|be|not|no|yes|well|oh|okay"
              r"|now|one|all|some|what|why|how|who|forget|just|even|only)\b)")
_PLACE_NAME = rf"{_NOT_PLACE}[^\W\d_][\w.'’-]*"
# The dash, and a clause opening after it, not a list or a sentence going on ("single payer — or medicare for all").
_CLAUSE_AFTER = r"(?!(?:and|but|or|nor|which|who|whose|that|yes|no|not|even|just|then)\b)"
_DASH = rf"\s+(?:—|--)\s+{_CLAUSE_AFTER}"
_PLACE = rf"{_PLACE_NAME}(?:\s+(?:of\s+)?{_PLACE_NAME}){{0,2}}"
_REGION = rf"\s*,\s*{_PLACE_NAME}(?:\s+{_PLACE_NAME})?"
_STATION = r"\s*\(\s*[\w.&/'-]+(?:\s+[\w.&/'-]+){0,2}\s*\)"
_CREDIT_FIRST = r"(?:\(\s*[^()]{2,40}\)\s*)?"
"""A paper's or a photo's credit in brackets before the place ("( the washington post ) charlotte — ")."""
_OPENING_DASH = rf"\s+(?:—|--|–|-|>>)\s+{_CLAUSE_AFTER}"
"""At a sentence's very start a spaced hyphen or en dash ends a dateline too ("Boston - former new england ..."),
and so does a section arrow ("san bernardino >> as community members mourned ...")."""
_PLACE_DATELINE = re.compile(rf"{_CREDIT_FIRST}{_PLACE}(?:{_REGION})?(?:{_STATION})?{_OPENING_DASH}(?=\w)", re.IGNORECASE)
# A dateline after page furniture the page glued before it: a place with its region, and its
# station if any ("... for the wall street journal firestone, liberia — as ebola ...", "related coverage
# ... wichita, kan. ( kxan ) — "), or anything after "/ updated" ("/ updated by jonathan allen
# washington — "). The place does not continue a list ("galaga, gauntlet, tron — the names").
_LATE_DATELINE = re.compile(
    rf"\b(?<!,\s)(?<!,){_PLACE}{_REGION}(?:{_STATION})?{_DASH}(?=\w)",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    rf"/\s*updated\b(?:[^—\n]{{0,80}}?{_DASH}(?=\w)"
    rf"|\s+(?=(?!by\b|source\b|{MONTH_PREFIX}\b)[^\W\d_]{{2,}}\s))",
    re.IGNORECASE,
)
_LATE_REACH = 200
# A place the sentence itself names ("... wednesday's cnbc debate in boulder, colorado — a chaotic
# affair") follows a preposition; a dateline follows furniture.
_PLACE_IN_SENTENCE = re.compile(r"\b(?:in|at|from|of|near|to|outside|into|across|around|through|via|and|or)\s+$",
                                re.IGNORECASE)
_SECOND_DASH = re.compile(r"\s(?:—|--|–|-)\s|\s(?:—|--|–|-)$|—")


# A news agency in brackets with no dash after it, opening a sentence ("( cnn ) micheal brown stared at
# the acceptance letter"); with a place before it, the dash is needed ("shares of apple ( ap ) rose" is no dateline).
_BARE_WIRE = re.compile(rf"\(\s*{_AGENCIES}\s*\)\s+(?=[^\W\d_])", re.IGNORECASE)
# A place and a colon opening a paragraph ("rio de janeiro: a stray bullet, believed to ..."); what
# someone said after a colon is not cut ("officials said: ...").
_COLON_DATELINE = re.compile(rf"(?![^:]{{0,40}}\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|reads|is|are|was|were)\s*:)"
                             rf"{_PLACE}(?:{_REGION})?:\s+(?=[a-z])", re.IGNORECASE)
# Page furniture's "advertisement" left before a sentence ("advertisement in explaining the decision ...").
_ADVERTISEMENT = re.compile(r"advertisement\s+(?=[a-z])", re.IGNORECASE)


def _in_quotation(text: str) -> bool:
    """A quotation mark left open in ``text``: a dash there is the speaker's ('" it's just me,
    robert mueller — your dad's friend from work, " he said')."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _dateline_end(paragraph: str, begin: int, end: int) -> int | None:
    """Where the dateline opening ``paragraph[begin:end]`` ends, or None: a wire dateline (or
    the wire alone in brackets), a place and a dash (or, opening the paragraph, a colon), an
    "advertisement" label, or furniture up to a place and its region or after "/ updated"."""
    wire = _WIRE_DATELINE.match(paragraph, begin, end) or _BARE_WIRE.match(paragraph, begin, end)
    if wire:
        return wire.end()
    colon = _COLON_DATELINE.match(paragraph, begin, end) if begin == 0 else None
    if colon and not _in_quotation(colon.group(0)):
        return colon.end()
    updated = _UPDATED.match(paragraph, begin, end)
    if updated:
        return updated.end()
    found = _PLACE_DATELINE.match(paragraph, begin, end)
    if not found:
        found = _LATE_DATELINE.search(paragraph, begin, min(end, begin + _LATE_REACH))
        if found and _PLACE_IN_SENTENCE.search(paragraph, begin, found.start()):
            return None
    if found and not _SECOND_DASH.search(paragraph, found.end(), end) and not _in_quotation(paragraph[begin:found.end()]):
        return found.end()
    advertisement = _ADVERTISEMENT.match(paragraph, begin, end)
    return advertisement.end() if advertisement else None


def _dateline_cut(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a dateline, and the furniture glued before it, off the start of one span: a
    sentence of its own (a fragment), so that the sentence it opened starts with its own
    first word."""
    lead = len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
    cut = _dateline_end(paragraph, start + lead, end)
    return _cut(paragraph, start, end, [cut] if cut is not None else [])


# A full stop after an ordinary lower-case word that Punkt's model (trained on legal text)
# lists as an abbreviation ("bail", "car", "story", "sub"), so that it ran two sentences
# together: "held without bail. A third man was wounded", "in his car. Police are
# investigating". Only the abbreviations news writes in lower case keep their stop.
_LOWER_ABBREVIATIONS = frozenset("""
etc approx vs cf incl esp est dept depts govt misc viz ibid seq fig figs vol vols nos sec pp para art eds rev
cit ltd corp inc bros ave blvd hwy sq lbs oz qt gal min max hrs yrs mos wks tel ext prof gen col sgt capt gov
govs sen sens rep reps pres supt det insp cmdr adm maj messrs mme mlle mrs cont tsp tbsp univ assn natl intl
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
ala ariz ark calif colo conn del fla ill ind kan mass mich minn miss mont neb nev okla ore penn tenn tex
wash wis wyo
""".split()) | _UNKNOWN_TITLES
"""(With the titles Punkt does not know, which ``_join_false_stops`` keeps with their name.)"""
_MISSED_STOP = re.compile(r"(?<![\w.'’-])([a-z]{3,}|so|do|go|up|me|it|be|to|of|on|he|we)\.\s+(?=[A-Z][a-z]*\b)")
"""(Two-letter words too, as "might be less so. Ryan enos, a professor".)"""


def _missed_stops(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span after every full stop of an ordinary word Punkt took for an abbreviation."""
    cuts = [m.end() for m in _MISSED_STOP.finditer(paragraph, start, end) if m.group(1) not in _LOWER_ABBREVIATIONS]
    return _cut(paragraph, start, end, cuts)


# A date line glued to the story it heads, with no space after the year ("Tuesday, January
# 18, 2005Through a telethon, Romanians ...").
_YEAR_GLUED = re.compile(
    rf"\b{MONTH_PREFIX}\.? \d{{1,2}},? (?:1[89]|20)\d\d(?=[A-Z][a-z]{{2,}})",
    re.IGNORECASE,
)


def _year_cuts(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one span after every full date whose year is glued to a capitalised word."""
    return _cut(paragraph, start, end, [m.end() for m in _YEAR_GLUED.finditer(paragraph, start, end)])


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of one line: Punkt, glued stops and years, stops Punkt's abbreviations
    missed, other scripts' punctuation,
    texts glued by page furniture or by a quotation mark opening or closing after a stop, stops inside a
    web address or a party and state joined again; a wire dateline cut off the sentence it opens."""
    spans = [piece for start, end in _punkt_spans(paragraph) for piece in _script_spans(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _name_stops(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _year_cuts(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _missed_stops(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _furniture_cuts(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _quotation_openings(paragraph, start, end)]
    spans = [piece for start, end in spans for piece in _quotation_ends(paragraph, start, end)]
    spans = _join_false_stops(_repair_quotes(spans, paragraph), paragraph)
    return [piece for start, end in spans for piece in _dateline_cut(paragraph, start, end)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of ``text``: the paragraphs that
    sentences, and quotation marks left open, never run across by themselves."""
    return [match.span() for match in _PARAGRAPH.finditer(text)]


def split_article(article: Article, article_index: int) -> list[Sentence]:
    """Sentences of one article in reading order. A line break always ends a
    sentence (headlines and list items never run into the next line); inside a
    line the nupunkt Punkt model decides, after full stops glued to the next
    sentence are given a space and before other scripts' sentence punctuation
    (。 ؟ ।) cuts its spans further."""
    sentences: list[Sentence] = []
    text = article.text
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        for start, end in _spans(paragraph.group(0)):
            chunk = text[base + start : base + end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            begin = base + start + lead
            sentences.append(
                Sentence(
                    article_id=article.id,
                    article_index=article_index,
                    index=len(sentences),
                    start=begin,
                    end=begin + len(stripped),
                    text=stripped,
                )
            )
    return sentences


def split_articles(articles: list[Article] | tuple[Article, ...]) -> list[Sentence]:
    """Sentences of every article of a cluster, article by article."""
    return [sentence for i, article in enumerate(articles) for sentence in split_article(article, i)]
