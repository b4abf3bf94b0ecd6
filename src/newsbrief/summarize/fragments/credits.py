"""Photo and video credits: "(AP Photo/Jane Doe)", "Photograph: John Smith/Reuters",
"( peter dejong/ap )", "Getty Images", "Credit: ..."; a sentence that carries one is a
caption or its tail. A scraped page also runs the credit into the caption or the story it
stands over: "Reuters a sea turtle covered in oil swims ...", "Getty images the packers ...",
"Glenna gordon for the wall street journal firestone, liberia — as ebola ...", "Hugo correia / reuters
justin bieber performs ...", "Credit john schults/reuters in tehran, ...", "/ via gettyimages.com suicide is ...",
"( david chick via ap ) the broad outline of her biography ..."."""

from __future__ import annotations

import re

from newsbrief.gated import Gated

_AGENCY = r"(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|PA|Shutterstock|Xinhua|Bloomberg|Corbis|Alamy|Rex|NurPhoto)"
_CREDIT = Gated(re.compile(
    r"\b(?:ap|afp|reuters|getty|epa|pa|xinhua)\s*(?:photo|images)?\s*/"
    r"|\(\s*(?:ap|reuters|afp|epa|getty)\s+(?:photo|images?)"
    r"|\b(?:photo|photograph|picture|image|video|footage)s?\s*(?:credits?\s*)?(?::|courtesy\b)"
    r"|\b(?-i:(?:Photo|Photograph|Picture|Image|Video)s?\s+by\s+[A-Z])"
    r"|\b(?:credit|courtesy)\s*:"
    r"|\(\s*(?:photo|image|picture)\s*:"
    rf"|/\s*{_AGENCY}\s*\)?\s*$"
    rf"|\(\s*[^()]{{2,40}}/\s*{_AGENCY}\s*\)"
    rf"|\(\s*{_AGENCY}\s*\)\s*$"
    rf"|\(\s*[^()]{{2,40}}\bvia\s+{_AGENCY}\s*\)"
    r"|/\s*(?:filmmagic|wireimage|invision|sipa|zuma)\b"
    r"|\bgettyimages\b",
    re.IGNORECASE,
), ("/", "(", "photo", "picture", "image", "video", "footage", "credit", "courtesy", "getty"))
# A photographer's name, a slash and the agency or paper, then the caption or story run on
# in lower case ("pool/reuters pistorius was given ...", "marvin joseph/the washington post
# president ...", "( matt mcclain/the washington post ) the florida ..."); not a poll's "Reuters/Ipsos" or "ABC News/Washington Post poll".
_SLASH_CREDIT = re.compile(
    r"(?<![\w/])(?!(?:reuters|ap|afp|abc|cbs|nbc|cnn|fox|msnbc|news|and|or)\s*/)[^\W\d_][\w'’.-]*\s*/\s*"
    r"(?:reuters|ap|afp|epa|getty images|bloomberg|fairfax(?:\s+(?:nz|media))?"
    r"|the (?:[^\W\d_]+ ){0,2}(?:times|post|journal|tribune|herald|globe|guardian|telegraph|chronicle))"
    r"\s*\)?\s+(?!(?:poll|polls|survey|surveys|and|or)\b)(?-i:[a-z])",
    re.IGNORECASE,
)


# An agency's name, then where a sentence would go on with its verb ("Reuters reported"),
# the article or number opening a caption's subject.
_AGENCY_BEFORE_CAPTION = re.compile(
    r"^\s*(?:reuters|afp|epa|getty\s+images|associated\s+press|ap\s+photo|ap\s+images|xinhua|shutterstock|bloomberg\s+news)"
    r"\s+(?:a|an|the|this|these|those|two|three|four|five|several|some|many)\s",
    re.IGNORECASE,
)
# A photographer's name for a paper: two names, then "for the ... times" (journal, post ...).
_FOR_THE_PAPER = re.compile(
    r"^\s*(?!(?:a|an|the|sign|thanks|thank|reporting|written|edited)\b)[^\W\d_][\w'’-]+\s+(?!for\b)[^\W\d_][\w'’-]+"
    r"\s+for\s+the\s+(?:[^\W\d_]+\s+){0,2}(?:times|post|journal|tribune|herald|globe|guardian|telegraph|chronicle)\b",
    re.IGNORECASE,
)


_STOCK_LIBRARY = re.compile(r"^\s*shutterstock\s+(?!(?:is|was|has|had|said|says|shares?|stock|inc|ltd)\b)[a-z]",
                            re.IGNORECASE)
"""A stock library's credit opening its caption ("Shutterstock tattooer showing process of making a tattoo.")."""


def is_credit(text: str) -> bool:
    """A sentence that carries a photo or video credit, or opens with one."""
    return bool(_CREDIT.search(text) or _AGENCY_BEFORE_CAPTION.match(text) or _FOR_THE_PAPER.match(text)
                or _STOCK_LIBRARY.match(text)
                or _SLASH_CREDIT.search(text))
