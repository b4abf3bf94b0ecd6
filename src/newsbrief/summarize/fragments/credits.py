"""Photo and video credits: "(AP Photo/Jane Doe)", "Photograph: John Smith/Reuters",
"( peter dejong/ap )", "Getty Images", "Credit: ..."; a sentence that carries one is a
caption or its tail."""

from __future__ import annotations

import re

_AGENCY = r"(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|PA|Shutterstock|Xinhua|Bloomberg|Corbis|Alamy|Rex|NurPhoto)"
_CREDIT = re.compile(
    r"\b(?:ap|afp|reuters|getty|epa|pa|xinhua)\s*(?:photo|images)?\s*/"
    r"|\(\s*(?:ap|reuters|afp|epa|getty)\s+(?:photo|images?)"
    r"|\b(?:photo|photograph|picture|image|video|footage)s?\s*(?:credits?\s*)?(?::|courtesy\b)"
    r"|\b(?-i:(?:Photo|Photograph|Picture|Image|Video)s?\s+by\s+[A-Z])"
    r"|\b(?:credit|courtesy)\s*:"
    r"|\(\s*(?:photo|image|picture)\s*:"
    rf"|/\s*{_AGENCY}\s*\)?\s*$"
    rf"|\(\s*[^()]{{2,40}}/\s*{_AGENCY}\s*\)"
    rf"|\(\s*{_AGENCY}\s*\)\s*$",
    re.IGNORECASE,
)


def is_credit(text: str) -> bool:
    """A sentence that carries a photo or video credit."""
    return bool(_CREDIT.search(text))
