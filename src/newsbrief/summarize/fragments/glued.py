"""Page furniture glued into a sentence of a scraped page: picture captions and credits
("image copyright afp image caption ...", "enlarge this image toggle caption ...",
"... ( associated press ) ..."), a close button before a headline ("× kfc owner launches
..."), a stock-quote widget ("more quote details and news »"), a "story highlights" box,
a video player's or a follow button's label ("embed more news videos", "add interest"), a
separator left as an HTML entity ("1: 05 am &#124; the senator ..."), a time stamp's
"/ updated" ("nov. 29, 2018, 1: 40 am gmt / updated nov. 29, ... by phil mccausland for weeks, ..."), a video
player's notice and caption label ("media playback is unsupported on your device media caption ..."),
a gallery's page counter ("page 1 of 1 this product image ...") and a share button ("... revealed email this the mother ..."),
a slideshow's arrows ("❮ prev next ❯ 20 cars that ..."), a section arrow ("san bernardino >> as community
members ..."), a photo agency's or photographer's credit ("magic leap ceo rony abovitz getty a newly filed
lawsuit ...", "photograph by joel sartore, national geographic in the spring ...", "... copyright by wiat -
all rights reserved video ..."), a wire's refiling note,
a series' byline ("a special report by ..."), a tweet's hashtags ("... the humanitarian #aid #convoy ..."),
a link to photos in brackets ("[ see photos of the gaia spacecraft ] to pinpoint ...", "[ related: who is
mccrae dowless, ... ]"), a pointer to a video in parentheses ("( watch romney's comment in the video to the
left. )"), a news site's offers box ("relevant offers james grant had barely ...") and a "read more"
link ("everything you need to know about the paris climate summit read more in january, ..."), a video
player's close button before its caption ("close president trump picks omb director mick mulvaney ...")
and its share and embed buttons ("play facebook twitter embed police: ...", "skip ad x embed x share san
francisco police ...", "share share tweet link a man has ...", "print share + aunt zeituni: ..."); an
embedded tweet's link ("pic.twitter.com/9lokgnxvk3 — aud™ ( @codeaud ) june 30, 2016 authorities ..."), a
wire's update note ("updates with name of 13th victim, tony mai all 13 people ..."), a clipping's label
("article excerpt europeans traded blame ..."), a video's label ("must watch american threatened in new isis
video 01: 49 before he is killed, ..."), a text-size widget ("text size - + reset ..."), a newsletter
box's "invalid email" and a gallery's hint ("advertisement ( click prev or next to continue viewing images. )").
What follows such a marker is a caption, a headline or a lede run together without a
sentence break, so the sentence carrying it reads as two texts glued together."""

from __future__ import annotations

import re

from newsbrief.gated import Gated

_MARKER = Gated(re.compile(
    r"\bimage (?:copyright|caption)\b|toggle caption\b|\benlarge this image\b"
    r"|\(\s*associated press\s*\)"
    r"|^\s*[×✕✖]\s"
    r"|\bquote details\b|»\s*\d"
    r"|^\s*story highlights\b|\bembed more news videos\b|^\s*add interest\b|\bas an interest to stay up to date\b"
    r"|&#124;"
    r"|(?:^|\s)/\s*updated\b"
    r"|\bmedia playback is unsupported\b|^\s*media caption\b"
    r"|^\s*page \d+ of \d+\b|\bemail this\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|time|to)\b)"
    r"|[❮❯]|\bprev next\b|>>"
    r"|\bgetty\b(?!\s+(?:museum|center|centre|villa|oil|family|foundation|trust|heirs?|fortune|research)\b)"
    r"|\bphotograph by\b|\brefiled version\b|^\s*a special report by\b|\ball rights reserved\b|\bcopyright by\b"
    r"|#[^\W\d_]\w*\b.*#[^\W\d_]\w*\b"
    r"|\[\s*(?:see|watch|read|related|photos?|video|more)\b[^\]]{0,200}\]"
    r"|\(\s*(?:watch|see|click|view)\b[^()]{0,120}\b(?:video|clip|photos?|gallery|slideshow)\b[^()]{0,60}\)"
    r"|^\s*relevant offers\b"
    r"|\bread more\b(?!\s+(?:than|about|books?|of|widely|carefully|slowly|quickly|often)\b)"
    # The close button opens the line, so "close" is not followed by what the adjective
    # or the verb takes ("Close to 200 ...", "Close aides said ...", "Close the border ...").
    r"|^\s*close\s+(?!(?:to|by|behind|enough|up|down|on\s+the\s+heels|in\s+on|off|out|together|range|call|calls"
    r"|contact|race|races|ties|links|friends?|aides?|allies|ally|associates?|relatives?|family|observers?"
    r"|inspection|examination|scrutiny|look|attention|watch|quarters|proximity|second|third|advisers?|advisors?"
    r"|collaborators?|confidants?|relations(?:hips?)?|cooperation|encounters?|vote|votes|election|elections"
    r"|the\s+(?:border|gap|deal|door|schools?|loophole|plant|base|case|prison|facility|camp|store|account))\b)[a-z]"
    r"|\b(?:twitter|google plus|x)\s+embed\b|^\s*embed this\b|\bskip ad\b|^\s*(?:print|share)\s+share\b|\btweet link\b"
    r"|\binvalid email\b"
    r"|^\s*\+\s*share\b|\bpic\.twitter\.com/|^\s*article excerpt\b|\btext size\s*[-+]|\bclick prev\b|^\s*must watch\b"
    r"|^\s*\(?\s*updates?\s+with\s+(?:names?\s+of|details|comments?|quotes?|more\s+details|background|byline"
    r"|new\s+(?:figures|toll|details|information))\b",
    re.IGNORECASE,
), ("image ", "toggle caption", "enlarge this image", "associated press", "×", "✕", "✖", "quote details", "»",
    "story highlights", "embed", "add interest", "as an interest", "&#124;", "update", "media playback",
    "media caption", "page ", "email this", "❮", "❯", "prev next", ">>", "getty", "photograph by", "refiled version",
    "a special report by", "all rights reserved", "copyright by", "#", "[", "read more", "close", "skip ad", "share",
    "tweet link", "invalid email", "pic.twitter.com/", "article excerpt", "text size", "click prev", "must watch",
    "relevant offers", "video", "clip", "photo", "gallery", "slideshow"))


def has_glued_furniture(text: str) -> bool:
    """A sentence that carries a caption, credit, headline or widget marker of the page."""
    return bool(_MARKER.search(text))
