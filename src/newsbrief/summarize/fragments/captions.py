"""Photo captions: a picture described in the present tense, dated or pointed at.

A caption says what a photo shows, in the present tense and dated ("Air France A330-200 F-GZCP lands at Paris-Charles
de Gaulle Airport on March 28, 2007.", "Rescuers search a flooded home in Riverton.",
"Smith, left, speaks to reporters."), where reporting tells what happened, in the past
tense, with its source. Detected from the sentence's own words.
"""

from __future__ import annotations

import re

from newsbrief.split.tokens import MONTH, WEEKDAY
# The photo's full date closing the sentence: "on March 28, 2007." / "on 28 March 2007."
# The AP's captions name the weekday with no "on": "... in kerch, ukraine, monday, march 3, 2014.",
# "... at the bottom of the gulf of mexico tuesday, june 8, 2010."
_DATE = rf"(?:{MONTH},?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})"
_WEEKDAY = rf"{WEEKDAY},?\s+"
_DATED_END = re.compile(rf"\b(?:on|in)\s+(?:{_WEEKDAY})?{_DATE}\s*[.)]?\s*$", re.IGNORECASE)
_WEEKDAY_DATED_END = re.compile(rf"(?:,|\s)\s*{_WEEKDAY}{_DATE}\s*[.)]?\s*$", re.IGNORECASE)
# Reuters' and others' captions name the place, then the date with no "on" ("... at a speed reading book
# launch event in sydney, september 15, 2009.", "... at the vatican december 10, 2015."), or put the place
# after the date ("... is displayed on friday, aug. 10, 2012, in philadelphia."). A date a story's
# sentence closes on follows a preposition or a verb ("since march 3, 2014.", "was born june 1, 1950.").
_NOT_BEFORE_A_CAPTION_DATE = re.compile(
    r"(?:\b(?:on|in|since|until|till|by|before|after|from|of|to|through|between|and|or|than|as|born|dated|"
    r"early|late|mid|last|next|this|that)|\w+ed)\s+$", re.IGNORECASE)
_PLACE_THEN_DATE = re.compile(rf"(?:,\s*|\s)(?:{_WEEKDAY})?{_DATE}\s*[.)]?\s*$", re.IGNORECASE)
_DATE_THEN_PLACE = re.compile(rf"\b(?:on\s+)?(?:{_WEEKDAY}){_DATE},?\s+(?:in|at)\s+[^\W\d_][\w .,'’-]{{1,40}}[.)]\s*$",
                              re.IGNORECASE)
# A picture or a map described by what it shows, left without a full stop ("A map
# indicating the intensity of the earthquake ..., made by USGS").
_PICTURE_OPENING = re.compile(
    r"^\s*(?:a|an|this|the)\s+(?:\w+\s+)?(?:map|photo|photograph|picture|image|graphic|chart|diagram|screenshot"
    r"|screen grab|still|illustration|rendering|handout)\s+(?:showing|indicating|depicting|of|taken|made|released"
    r"|provided|obtained|shows)\b",
    re.IGNORECASE,
)
# A picture's label opening its caption ("Combination photo of ( l-r ) ...", "File photo of ...",
# "Map locates millard south high school ...").
_PICTURE_LABEL = re.compile(
    r"^\s*(?:(?:combination|composite|file|undated|handout|booking|police)\s+(?:photos?|photographs?|images?|pictures?)"
    r"\s+(?:of|shows?|showing|from|released)\b|map\s+(?:locates|shows|showing)\b)",
    re.IGNORECASE,
)
# An agency caption's weekday and full date inside it, then where ("... in omaha, neb., wednesday, jan. 5,
# 2011, outside the millard south high school."): a story writes the year only when it is not this one.
_WEEKDAY_DATE_THEN_WHERE = re.compile(
    rf",\s*{_WEEKDAY}{_DATE},\s+(?:outside|near|in|at|inside|during|after|before|as)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?][\"'”’)]*\s*$")
# Pointers into a picture: "(left)", ", right,", "pictured", "seen here", "file photo".
_POINTER = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|inset|pictured|file(?: photo)?|photo|image)\)"
    r"|,\s*(?:left|right|centre|center|second (?:from )?(?:left|right)|top|bottom)\s*,"
    r"|\b(?:pictured|seen here|in this (?:file )?(?:photo|image|picture)|file photo"
    r"|poses? for (?:a )?(?:photos?|pictures?|photographs?|portraits?))\b"
    # an agency caption's date before its noun: "In this Saturday, Sept. 30, 2017 photo, ...", "in this july 14, 2015 file photo"
    rf"|\bin this (?:(?:file|undated|handout)\s+)?(?:(?:{WEEKDAY}|{MONTH}|\d{{1,4}})[.,]?\s+){{1,5}}(?:file\s+)?"
    r"(?:photo|photograph|image|picture)s?\b"
    # who is who by what they wear, closing the sentence: "..., in yellow shirt."
    r"|,\s*(?:in|wearing)\s+(?:an?\s+|the\s+)?(?:(?:light|dark|bright)\s+)?(?:red|blue|green|yellow|white|black|grey|gray"
    r"|orange|pink|purple|brown)\s+(?:shirt|t-shirt|jacket|coat|dress|hat|cap|scarf|sweater|top|suit|uniform|vest|helmet"
    r"|hoodie|jersey)\s*[.)]?\s*$",
    re.IGNORECASE,
)
_REPORTING_WORDS = (
    r"\b(?:said|says|told|was|were|had|has|have|been|did|would|could|will|shall|may|might|must|should|reported"
    r"|according|scheduled|expected|due|until|since|plans?|begins?|starts?|opens?|ends?|reopens?"
    # irregular past tenses
    r"|fell|rose|won|lost|took|came|went|began|left|met|made|got|gave|hit|struck|shot|found|saw|flew|ran|held|led"
    r"|sent|spent|paid|sold|bought|brought|built|broke|chose|drove|fought|kept|knew|meant|put|set|stood|swore"
    r"|thought|threw|wrote|became|sank|spoke|told|woke|wore|grew|drew|blew|fled|hid|slid|stole|rang|sang|sat)\b"
)
_PAST_OR_REPORTING = re.compile(_REPORTING_WORDS + r"|\b\w{3,}ed\b", re.IGNORECASE)
# In the AP's weekday form, a story's sentence gives its source ("officials said the base was
# surrounded on monday, march 3, 2014."); a caption, in any tense ("... stands in beijing, china,
# tuesday, aug. 13, 2013.", "students will return to classes on monday ..., thursday, sept. 5,
# 2013."), does not. No sentence of DUC 2003/2006/2007 or TAC 2011 ends on a weekday and a full date.
_ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|tells|according|reported|reports|announced|announces|stated|added)\b",
                          re.IGNORECASE)


def past_or_reporting(text: str) -> bool:
    """A past tense, an auxiliary or a reporting word: what a reported sentence has and a caption lacks."""
    return bool(_PAST_OR_REPORTING.search(text))


def _dated_after_its_place(text: str) -> bool:
    """The sentence closes on a full date that follows its place, not a preposition or a verb."""
    found = _PLACE_THEN_DATE.search(text)
    return bool(found) and not _NOT_BEFORE_A_CAPTION_DATE.search(text, 0, found.start() + (found.group(0)[0] == " "))


def _dated_as_a_caption(text: str) -> bool:
    """A full date where an agency caption sets it: a weekday and the date inside the
    sentence before where, or closing it after its weekday or its place, or before its place."""
    return bool(_WEEKDAY_DATE_THEN_WHERE.search(text) or _WEEKDAY_DATED_END.search(text)
                or _DATE_THEN_PLACE.search(text)) or _dated_after_its_place(text)


def is_caption(text: str) -> bool:
    """A sentence that describes a photograph rather than reports."""
    body = text.strip()
    if _POINTER.search(body):
        return True
    if _PICTURE_OPENING.match(body) and not _STOP.search(body):
        return True
    if _PICTURE_LABEL.match(body):
        return True
    if _dated_as_a_caption(body) and not _ATTRIBUTION.search(body):
        return True
    return bool(_DATED_END.search(body)) and not _PAST_OR_REPORTING.search(body)
