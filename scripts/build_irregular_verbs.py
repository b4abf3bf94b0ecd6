#!/usr/bin/env python3
"""Write the English verb forms whose Porter stem is not their lemma's ("sank" ->
"sink", "fled" -> "flee", "caught" -> "catch") to src/newsbrief/models/irregular_verbs.tsv,
one "form<TAB>lemma" a line, sorted. They come from LemmInflect's lemma lookup
(``pip install lemminflect==0.2.3``, at build time only): the package reads the file,
since importing LemmInflect and loading its dictionary costs about a second. Only forms
with one verb lemma are kept, so an ambiguous form stays as it is written.

    .venv/bin/python scripts/build_irregular_verbs.py
"""

from pathlib import Path

import Stemmer
from lemminflect import Lemmatizer

TARGET = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "models" / "irregular_verbs.tsv"

if __name__ == "__main__":
    stemmer = Stemmer.Stemmer("porter")
    lookup = Lemmatizer()._getLemmaDict()
    rows = []
    for form, lemmas in lookup.items():
        verbs = lemmas.get("VERB", ())
        if (len(verbs) == 1 and form.isalpha() and form.islower()
                and stemmer.stemWord(form) != stemmer.stemWord(verbs[0])):
            rows.append(f"{form}\t{verbs[0]}\n")
    TARGET.write_text("".join(sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} verb forms written to {TARGET}")
