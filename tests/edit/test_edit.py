"""The edit stage: bracketed insertions that name what a sentence leans on,
full names at first mention, acronym expansions, and disputed marks; the
source's words always stay verbatim."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, strategies as st

import newsbrief
from newsbrief.edit.acronyms import Expansions
from newsbrief.edit.disputed import mark_disputed
from newsbrief.edit.first_mentions import missing_first_names
from newsbrief.edit.full_names import group_words, is_group_word
from newsbrief.edit import edit_summary
from newsbrief.model import (
    Article, Brief, Disagreement, Entity, Evidence, Facts, Insertion, Sentence, Side, Span, SummarySentence,
    with_insertions,
)
from newsbrief.split import split_articles
from newsbrief.render import brief_to_dict, render_html, render_markdown, render_text


def _strip(display: str, insertions: list[Insertion]) -> str:
    """Undo the insertions of a displayed sentence, from the right."""
    out = display
    for item in sorted(insertions, key=lambda i: i.offset):
        mark = f"[{item.text}]"
        at = out.index(mark)
        end = at + len(mark)
        if at > 0 and out[at - 1] == " ":
            at -= 1
        elif end < len(out) and out[end] == " ":
            end += 1
        out = out[:at] + out[end:]
    return out


@given(st.text(alphabet="abc de.", min_size=1, max_size=40), st.data())
def test_every_character_outside_the_insertions_is_the_sources(text: str, data) -> None:
    offsets = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=3))))
    insertions = [Insertion(offset, f"X{k}", "pronoun") for k, offset in enumerate(offsets)]
    shown = with_insertions(text, insertions)
    for item in insertions:
        assert f"[{item.text}]" in shown
    assert _strip(shown, insertions) == text


@given(st.text(alphabet="abc de.", min_size=1, max_size=40), st.data())
def test_insertions_at_one_offset_read_as_one_bracket_and_leave_the_source_whole(text: str, data) -> None:
    offsets = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=4)))
    insertions = [Insertion(offset, f"X{k}", "first mention") for k, offset in enumerate(offsets)]
    shown = with_insertions(text, insertions)
    assert shown.count("[") == len(set(offsets))
    assert re.sub(r" \[[^\]]*\]|\[[^\]]*\] ", "", shown) == text


def test_a_title_and_a_given_name_before_one_surname_share_a_bracket() -> None:
    text = "Binus, 59, admitted administering anabolic steroids."
    shown = with_insertions(text, [Insertion(0, "Dr.", "role"), Insertion(0, "Dieter", "first mention")])
    assert shown == "[Dr. Dieter] Binus, 59, admitted administering anabolic steroids."
    described = with_insertions("Abdel Salam said.",
                                [Insertion(11, "Mr", "role"), Insertion(11, ", the steward,", "role")])
    assert described == "Abdel Salam [Mr, the steward,] said."


def test_a_surname_alone_gets_its_first_name_but_a_given_name_is_never_replaced() -> None:
    assert missing_first_names("Luca Scata", "Scata") == "Luca"
    assert missing_first_names("Marco Minniti", "Mr Minniti") == "Marco"
    assert missing_first_names("No Smoking", "Smoking") is None  # a sign the recogniser took for a person
    assert missing_first_names("Christian Movio", "Cristian Movio") is None  # a variant spelling, not missing
    assert missing_first_names("Hun Sen", "Hun") is None
    assert missing_first_names("Madonna", "Madonna") is None


def test_an_acronym_is_expanded_once_and_only_where_an_article_defines_it() -> None:
    expansions = Expansions([Article("a", "The National Transportation Safety Board (NTSB) opened an inquiry. "
                                          "The FBI helped.")])
    text = "The NTSB said the FBI and the NTSB agreed."
    insertions = expansions.insertions(text, [])
    assert [(text[: i.offset], i.text) for i in insertions] == [("The NTSB", "National Transportation Safety Board")]
    assert expansions.insertions(text, ["An earlier NTSB sentence."]) == []
    assert Expansions([Article("a", "Big Old Group (BEA) said.")]).meaning == {}  # initials do not spell it


def _sentence(article: str, start: int, text: str, index: int = 0) -> Sentence:
    return Sentence(article, 0, index, start, start + len(text), text)


def test_a_sentence_stating_one_side_is_marked_and_loses_the_other_sides_support() -> None:
    own = _sentence("a", 0, "Officer Movio killed the suspect.")
    agreeing = _sentence("b", 10, "Movio shot the suspect dead.")
    other = _sentence("c", 0, "Scata killed the suspect.")
    def side(value: str, sentence: Sentence) -> Side:
        span = Span(sentence.article_id, sentence.start, sentence.end, sentence.text)
        return Side(value, (Evidence(span, span),))
    dispute = Disagreement("E1", "the suspect", "agent:killed", "conflict", (side("Movio", own), side("Scata", other)))
    spelling = Disagreement("E2", "Movio", "name spelling", "spelling", (side("Movio", own), side("Morio", other)))
    item = SummarySentence(own, support=(agreeing, other), similarity=(0.6, 0.5))
    [marked] = mark_disputed([item], [spelling, dispute])
    assert marked.disputed == (1,)  # the spelling variant is not a dispute of fact
    assert [s.article_id for s in marked.support] == ["b"] and marked.similarity == (0.6,)
    untouched = SummarySentence(_sentence("a", 100, "The market reopened."), support=(agreeing,), similarity=(0.4,))
    assert mark_disputed([untouched], [dispute]) == [untouched]


FIRE = ("Firefighter Maria Lopez rescued two children from the burning house on Elm Street. "
        "The fire started in the kitchen shortly after midnight, officials said. "
        "She carried both children down a ladder before the roof collapsed there. "
        "Lopez was treated for smoke inhalation.")


def _span(word: str, after: str = "") -> Span:
    """The first ``word`` of FIRE at or after the text ``after``."""
    at = FIRE.index(word, FIRE.index(after) if after else 0)
    return Span("one", at, at + len(word), word)


def _fire_brief(picked: list[int]) -> Brief:
    article = Article("one", FIRE, title="Firefighter saves two")
    sentences = split_articles([article])
    people = Entity("E1", "Maria Lopez", "PERSON", ("Maria Lopez", "Lopez"),
                    (_span("Maria Lopez"), _span("Lopez", after="Lopez was")), 2)
    street = Entity("E2", "Elm Street", "FAC", ("Elm Street",), (_span("Elm Street"),), 1)
    facts = Facts(entities=(people, street))
    summary = [SummarySentence(sentences[k]) for k in picked]
    edited = edit_summary(summary, [article], sentences, facts)
    return Brief(articles=(article,), summary=edited, word_budget=100, facts=facts)


def test_a_pronoun_and_there_get_what_they_stand_for_and_every_format_shows_it() -> None:
    result = _fire_brief([1, 2])
    she = result.summary[1]
    assert [(i.reason, i.text) for i in she.insertions] == [("pronoun", "Maria Lopez"), ("place", "Elm Street")]
    assert she.display.startswith("She [Maria Lopez] carried") and "collapsed there [Elm Street]." in she.display
    assert _strip(she.display, list(she.insertions)) == she.sentence.text == FIRE[she.sentence.start:she.sentence.end]
    assert she.display in render_text(result)
    assert she.display.replace("[", "\\[").replace("]", "\\]") in render_markdown(result)
    assert render_html(result).count('<ins class="editorial"') == 2
    data = brief_to_dict(result)
    assert data["checked_against_facts"] is True
    assert data["summary"][1]["text"] == she.sentence.text and data["summary"][1]["display"] == she.display
    assert [i["reason"] for i in data["summary"][1]["insertions"]] == ["pronoun", "place"]


def test_an_existential_there_written_with_an_apostrophe_gets_no_place() -> None:
    from newsbrief.edit.references import _THERE

    for text in ("I don't think there's any question about it.", "He said there’re no more seats.",
                 "They knew there is no doubt.", "and there would be a vote", "he hoped there'd be peace"):
        assert not _THERE.search(text)
    assert _THERE.search("She collapsed there after the fire.")


def test_a_reference_the_brief_already_makes_plain_gets_no_insertion_and_a_surname_gets_its_first_name() -> None:
    plain = _fire_brief([0, 2])  # the sentence before names Maria Lopez and no one else
    assert [i.reason for i in plain.summary[1].insertions] == []
    later = _fire_brief([1, 3])  # "Lopez was treated..." is the brief's first mention of her
    assert [(i.reason, i.text) for i in later.summary[1].insertions] == [("first mention", "Maria")]
    assert later.summary[1].display.startswith("[Maria] Lopez was treated")


def test_without_the_facts_stage_the_brief_says_the_check_did_not_run(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles, with_facts=False)
    assert any("checked for a fact the sources dispute" in w for w in result.warnings)
    assert brief_to_dict(result)["checked_against_facts"] is False


def test_a_first_mention_gets_the_title_the_articles_give_unless_the_sentence_has_one() -> None:
    from newsbrief.edit.first_mentions import role_of, first_mentions
    from newsbrief.edit.mentions import MentionIndex

    minister = Entity("E1", "Marco Minniti", "PERSON",
                      ("Marco Minniti", "Interior Minister Marco Minniti", "Minniti"), (), 3)
    assert role_of(minister) == "Interior Minister"
    assert role_of(Entity("E2", "Luca Scata", "PERSON", ("Luca Scata", "Scata"), (), 2)) is None
    for text, expected in [("Marco Minniti said Amri was dead.", [("role", "Interior Minister")]),
                           ("Italian minister Marco Minniti said Amri was dead.", []),
                           ("Marco Minniti, the interior minister, said Amri was dead.", [])]:
        span = Span("one", text.index("Marco"), text.index("Marco") + 13, "Marco Minniti")
        entity = Entity("E1", minister.name, "PERSON", minister.variants, (span,), 1)
        sentence = Sentence("one", 0, 0, 0, len(text), text)
        found = first_mentions(sentence, MentionIndex([entity]), set())
        assert [(i.reason, i.text) for i in found] == expected


def _first_mention_insertions(text: str, written: str, entity: Entity) -> list[tuple[str, str]]:
    """What ``first_mentions`` inserts for ``entity`` mentioned as ``written`` in ``text``, as the reader sees it."""
    from newsbrief.edit.first_mentions import first_mentions
    from newsbrief.edit.mentions import MentionIndex

    at = text.index(written)
    mentioned = replace(entity, mentions=(Span("one", at, at + len(written), written),))
    sentence = Sentence("one", 0, 0, 0, len(text), text)
    found = first_mentions(sentence, MentionIndex([mentioned]), set())
    return [(i.reason, i.text) for i in found], with_insertions(text, found)


def test_a_name_the_recogniser_ran_into_a_place_gives_no_first_name() -> None:
    assert missing_first_names("Richard Arcara of Buffalo", "Buffalo") is None
    entity = Entity("E4", "Richard Arcara of Buffalo", "PERSON", ("Buffalo", "Richard Arcara of Buffalo"), (), 2)
    text = "Dr. Barnett Slepian, an obstetrician in suburban Buffalo, N.Y., returned home."
    assert _first_mention_insertions(text, "Buffalo", entity) == ([], text)


def test_a_particle_the_sentence_writes_is_not_inserted_again() -> None:
    entity = Entity("E26", "Manuel da Silva", "PERSON", ("Manuel da Silva", "Silva"), (), 2)
    found, shown = _first_mention_insertions('"I am thinking of the country," da Silva said.', "Silva", entity)
    assert found == [("first mention", "Manuel")]
    assert shown == '"I am thinking of the country," [Manuel] da Silva said.'
    assert missing_first_names("Yvo de Boer", "Boer") == "Yvo de"  # no particle written: both go in
    found, shown = _first_mention_insertions("Boer said the talks went on.", "Boer", Entity(
        "E1", "Yvo de Boer", "PERSON", ("Yvo de Boer", "Boer"), (), 2))
    assert shown == "[Yvo de] Boer said the talks went on."


def test_a_thing_after_the_is_not_a_persons_first_mention() -> None:
    roadmap = Entity("E12", "Bali Roadmap", "PERSON", ("Bali Roadmap", "Roadmap"), (), 2)
    text = "The Roadmap establishes a time frame for an agreement."
    assert _first_mention_insertions(text, "Roadmap", roadmap) == ([], text)
    scata = Entity("E2", "Luca Scata", "PERSON", ("Luca Scata", "Scata"), (), 2)
    assert _first_mention_insertions("Officer Scata fired.", "Scata", scata)[1] == "Officer [Luca] Scata fired."


def test_a_lower_cased_given_name_is_shown_in_the_case_of_the_surname() -> None:
    padlo = Entity("E2", "katarzyna padlo", "PERSON", ("katarzyna padlo", "Padlo"), (), 2)
    assert _first_mention_insertions("Padlo says the sign was removed.", "Padlo", padlo)[1] == \
        "[Katarzyna] Padlo says the sign was removed."
    lower = _first_mention_insertions("padlo says the sign was removed.", "padlo", padlo)[1]
    assert lower == "[katarzyna] padlo says the sign was removed."


STATION = ("Firefighter Maria Lopez rescued two children from a house on Elm Street. "
           "\"I just ran in and grabbed them,\" she said. "
           "On Sunday, she visited the children in hospital. "
           "The city fire department praised the rescue. "
           "It said the house had no smoke alarm. "
           "Lopez said she would do it again.")


def _station_summary(picked: list[int]) -> list[SummarySentence]:
    """The edited summary of STATION's sentences ``picked``, Maria Lopez a person and the department an organisation."""
    article = Article("one", STATION)
    sentences = split_articles([article])

    def spans(word: str) -> tuple[Span, ...]:
        found, at = [], STATION.find(word)
        while at >= 0:
            found.append(Span("one", at, at + len(word), word))
            at = STATION.find(word, at + 1)
        return tuple(found)

    lopez = Entity("E1", "Maria Lopez", "PERSON", ("Maria Lopez", "Lopez"),
                   spans("Maria Lopez") + spans("Lopez")[1:], 3)
    department = Entity("E2", "city fire department", "ORG", ("city fire department",), spans("city fire department"), 1)
    facts = Facts(entities=(lopez, department))
    return list(edit_summary([SummarySentence(sentences[k]) for k in picked], [article], sentences, facts))


def test_a_quotations_pronoun_speaker_gets_the_name_it_stands_for() -> None:
    quote = _station_summary([1])[0]
    assert quote.display == "\"I just ran in and grabbed them,\" she [Maria Lopez] said."
    assert _strip(quote.display, list(quote.insertions)) == quote.sentence.text
    after_her = _station_summary([0, 1])[1]  # the brief's sentence before names her and no one else
    assert after_her.insertions == ()


def test_the_subject_after_an_opening_phrase_and_it_opening_a_report_are_resolved() -> None:
    visited, report = _station_summary([2, 4])
    assert visited.display == "On Sunday, she [Maria Lopez] visited the children in hospital."
    assert report.display == "It [city fire department] said the house had no smoke alarm."


def test_an_abbreviation_taken_for_a_person_is_never_what_a_pronoun_stands_for() -> None:
    text = "Police in Amherst, Ont. said the doctor was shot at home. He had stopped practising."
    article = Article("one", text)
    sentences = split_articles([article])
    at = text.index("Ont")
    ont = Entity("E9", "Ont", "PERSON", ("Ont",), (Span("one", at, at + 3, "Ont"),), 1)
    [edited] = edit_summary([SummarySentence(sentences[-1])], [article], sentences, Facts(entities=(ont,)))
    assert edited.display == "He had stopped practising."


def test_a_pronoun_after_the_name_it_stands_for_is_left_alone() -> None:
    [again] = _station_summary([5])
    assert [i.reason for i in again.insertions] == ["first mention"]  # "[Maria] Lopez said she..."
    assert again.display == "[Maria] Lopez said she would do it again."


def _edited(text: str, entities: list[Entity]) -> str:
    """``text``, one sentence of a one-article cluster, as the edit stage shows it with ``entities``."""
    article = Article("one", text)
    sentences = split_articles([article])
    [edited] = edit_summary([SummarySentence(sentences[0])], [article], sentences, Facts(entities=tuple(entities)))
    return edited.display


def _named(name: str, kind: str, text: str = "", written: str = "") -> Entity:
    """An entity called ``name``; mentioned once in ``text`` as ``written`` when both are given."""
    spans = (Span("one", text.index(written), text.index(written) + len(written), written),) if written else ()
    return Entity(name, name, kind, (name,), spans, 1)


def test_a_surname_filed_apart_from_its_full_name_gets_the_given_name() -> None:
    text = "De Boer repeatedly points out that the conference will not produce a treaty."
    found = [_named("Yvo de Boer", "ORG"), _named("De Boer", "PERSON", text, "De Boer")]  # the recogniser's split
    assert _edited(text, found) == "[Yvo] De Boer repeatedly points out that the conference will not produce a treaty."


def test_surnames_the_recogniser_missed_get_the_full_name_in_either_order() -> None:
    text = "Chen did not come up with an anti-virus program, Lee said."
    people = [_named("Chen Ing-hau", "PERSON"), _named("Lee Chee-chen", "GPE"), _named("Carey Nachenberg", "PERSON")]
    assert _edited(text, people) == "Chen [Ing-hau] did not come up with an anti-virus program, Lee [Chee-chen] said."
    assert _edited("Nachenberg said it spread fast.", people) == "[Carey] Nachenberg said it spread fast."


def test_an_ambiguous_or_organisations_surname_or_a_place_gets_no_full_name() -> None:
    two_smiths = [_named("John Smith", "PERSON"), _named("Jane Smith", "PERSON")]
    assert _edited("Smith said the talks failed.", two_smiths) == "Smith said the talks failed."
    assert _edited("Sachs said the talks failed.", [_named("Goldman Sachs", "ORG")]) == "Sachs said the talks failed."
    text = "Washington said the talks failed."
    places = [_named("George Washington", "PERSON"), _named("Washington", "GPE", text, "Washington")]
    assert _edited(text, places) == text


def test_a_surname_is_not_given_the_first_names_of_a_relative_the_sentence_names_in_full() -> None:
    text = "Kennedy, his wife, Carolyn Bessette Kennedy, and her sister died in the crash."
    at = text.index("Kennedy")
    wife = Entity("E1", "Carolyn Bessette Kennedy", "PERSON", ("Carolyn Bessette Kennedy", "Kennedy"),
                  (Span("one", at, at + 7, "Kennedy"),), 1)
    assert _edited(text, [wife]) == text
    people = [_named("John F. Kennedy Jr.", "PERSON"), _named("Carolyn Bessette Kennedy", "PERSON")]
    assert _edited("Kennedy took off at 8:38 p.m.", people) == "Kennedy took off at 8:38 p.m."  # two Kennedys
    assert _edited("Kennedy took off at 8:38 p.m.", people[:1]) == "[John F.] Kennedy took off at 8:38 p.m."
    assert _edited("Metallica played.", [_named("Describing Metallica", "PERSON")]) == "Metallica played."  # a verb, no given name


def test_a_groups_word_the_articles_write_in_the_plural_is_no_ones_surname() -> None:
    text = "Democratic and Republican lawmakers predicted defeat, as many Republicans hoped."
    club = _named("Log Cabin Republican", "PERSON")  # the recogniser's slip: a club taken for a person
    assert _edited(text, [club]) == text  # "Republican" missed by the recogniser
    assert _edited(text, [_named("Log Cabin Republican", "PERSON", text, "Republican")]) == text  # and found
    alone = "Democratic and Republican lawmakers predicted defeat."  # no plural: a surname as before
    assert _edited(alone, [club]) == "Democratic and [Log Cabin] Republican lawmakers predicted defeat."
    serbs = "Many Serbs and Jews accuse him, Serb leaders said."
    assert _edited(serbs, [_named("Orthodox Serbs", "PERSON", serbs, "Serbs")]) == serbs  # not "many [Orthodox] Serbs"
    groups = group_words(["Republicans and a Republican met Democrats; Chris and Idris spoke to a Democrat."])
    assert groups == {"republican", "democrat"}  # "Chris" and "Idris" are no plurals
    assert is_group_word("Republicans", groups) and not is_group_word("Idris", groups)


def test_a_quotation_shown_without_its_speaker_gets_the_speaker_the_facts_stage_found() -> None:
    from newsbrief.model import Quote, QuoteSource

    text = "Neighbour Jane Doe was shocked. \"Things like this don't happen here.\" The police left."
    article = Article("one", text)
    sentences = split_articles([article])
    said = "\"Things like this don't happen here.\""
    at = text.index(said)
    span = Span("one", at, at + len(said), said)
    quote = Quote(said, "Jane Doe", "E1", (QuoteSource(span, span, Span("one", 10, 18, "Jane Doe")),))
    facts = Facts(quotes=(quote,))

    def shown(picked: list[int]) -> list[str]:
        return [s.display for s in edit_summary([SummarySentence(sentences[k]) for k in picked], [article], sentences, facts)]

    assert shown([1]) == ["[Jane Doe said:] \"Things like this don't happen here.\""]
    assert shown([0, 1])[1] == said  # the sentence before names her
    assert shown([2]) == ["The police left."]  # carries no quotation


def test_a_quotation_going_on_after_an_attributed_one_gets_its_speaker() -> None:
    from newsbrief.model import Quote, QuoteSource

    text = ('"They took her antiques and sold them," Sheriff Troyer said. "Then they took her bank cards." '
            '"It is a sad case." The house was sold.')
    article = Article("one", text)
    sentences = split_articles([article])
    said = '"They took her antiques and sold them,"'
    at = text.index(said)
    span = Span("one", at, at + len(said), said)
    named = Span("one", text.index("Troyer"), text.index("Troyer") + 6, "Troyer")
    quote = Quote(said, "Troyer", "E1", (QuoteSource(span, span, named),))

    def shown(picked: list[int]) -> list[str]:
        return [s.display for s in edit_summary([SummarySentence(sentences[k]) for k in picked], [article], sentences,
                                                Facts(quotes=(quote,)))]

    assert shown([1]) == ['[Troyer said:] "Then they took her bank cards."']
    assert shown([0, 1])[1] == '"Then they took her bank cards."'  # the sentence before names him
    assert shown([2]) == ['"It is a sad case."']  # the sentence before it holds no attributed quotation of its own
    assert shown([3]) == ["The house was sold."]


def test_a_speaker_is_only_the_one_a_verb_of_speech_names() -> None:
    from newsbrief.edit.speakers import attributes

    assert attributes('"We sold them," Troyer said.', "Jim Troyer")
    assert attributes('"We sold them," said Sheriff Jim Troyer.', "Jim Troyer")
    assert attributes('"We sold them," Troyer, the sheriff, said.', "Troyer")
    assert not attributes('"We will see more," said paul weitzel, partner at the firm willard bishop, who said no.',
                          "willard bishop")


def _role_fact(entity_id: str, name: str, role: str, articles: tuple[str, ...]) -> "Fact":
    from newsbrief.model import Fact

    evidence = tuple(Evidence(Span(a, 0, len(role), role), Span(a, 0, len(role), role)) for a in articles)
    return Fact(entity_id, name, "role", role, evidence=evidence)


def test_a_person_the_edit_stage_names_first_gets_the_role_most_articles_give() -> None:
    from newsbrief.edit.roles import KnownRoles
    from newsbrief.edit.speakers import Speakers
    from newsbrief.model import Quote, QuoteSource

    roles = KnownRoles([_role_fact("E7", "Gregg Smith", "analyst", ("a",)),
                        _role_fact("E7", "Gregg Smith", "chief economist at Prudential", ("a", "b")),
                        _role_fact("E8", "Ann Lee", "the woman who was standing near the door when it began", ("a",))])
    assert roles.of("E7") == "chief economist at Prudential"
    assert roles.of("E8") is None  # a clause, not a description
    assert roles.named("Gregg Smith", "E7") == "Gregg Smith, chief economist at Prudential"
    assert roles.named("Ann Lee", "E8") == "Ann Lee"
    text = '"Investors are waiting for the package."'
    sentence = Sentence("one", 0, 0, 0, len(text), text)
    quote = Quote(text="Investors are waiting for the package.", speaker="Gregg Smith", speaker_id="E7",
                  sources=(QuoteSource(Span("one", 1, len(text) - 1, text[1:-1]), Span("one", 0, len(text), text)),))
    introduced: set[str] = set()
    [first] = Speakers([quote]).insertions(sentence, None, introduced, roles)
    assert first.text == "Gregg Smith, chief economist at Prudential, said:" and introduced == {"E7"}
    assert first.offset == 0  # before the quotation, where it reads as its attribution
    [again] = Speakers([quote]).insertions(sentence, None, introduced, roles)
    assert again.text == "Gregg Smith said:"  # introduced once: the name alone after that


def test_a_lower_cased_surname_beside_a_verb_of_speech_gets_the_given_name() -> None:
    text = "\" it's just tragic that these children were raised like this, \" bachman said."
    people = [_named("cindy bachman", "PERSON"), _named("stephen king", "PERSON")]
    assert _edited(text, people) == ("\" it's just tragic that these children were raised like this, \" "
                                     "[cindy] bachman said.")
    assert _edited("The fire is contained, said bachman, a spokeswoman.", people) == \
        "The fire is contained, said [cindy] bachman, a spokeswoman."


def test_a_lower_cased_word_that_only_spells_a_surname_gets_no_given_name() -> None:
    people = [_named("cindy bachman", "PERSON"), _named("stephen king", "PERSON")]
    assert _edited("After the coronation the king said little.", people) == "After the coronation the king said little."
    assert _edited("The bachman plan was dropped on monday.", people) == "The bachman plan was dropped on monday."
    assert _edited("Cindy bachman said the fire was contained.", people) == "Cindy bachman said the fire was contained."
