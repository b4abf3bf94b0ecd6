"""Citation and editing markers copied from wikis and reference pages: "[1]", "[12][13]",
"[citation needed]", "[edit]", "[note 2]"."""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"\[\s*(?:\d{1,3}|(?-i:[a-z])|note \d{1,3}|citation needed|clarification needed|who\??|when\??|according to whom\??"
    r"|edit|update|dead link|verification needed|original research\??|by whom\??|sic\s*\?)\s*\]",
    re.IGNORECASE,
)


def has_citation_marker(text: str) -> bool:
    """A sentence that carries a reference or editing marker."""
    return bool(_MARKER.search(text))
