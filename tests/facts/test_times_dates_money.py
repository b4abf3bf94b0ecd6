"""Clock times, dates and sums as outlets write them, and the pairing of the
times and dates of one happening across articles: what is raised, what is
labelled, and the false friends (one moment in two zones, a hedged time, a
day counted from a publication date, a plan against a past event)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.facts import extract_facts
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
from tests.facts.test_facts import facts_of, needs_model
from tests.facts.test_values import values_of

THURSDAY = date(2026, 3, 19)


def _disagreements(facts, attribute):
    return [d for d in facts.disagreements if d.attribute == attribute]


def _sides(d):
    return {s.value: set(s.articles) for s in d.sides}


def _facts_of_dated(*texts_and_dates):
    articles = [Article(id=f"a{i}", text=text, published=published) for i, (text, published) in enumerate(texts_and_dates)]
    kept, _, _ = prepare(articles)
    return extract_facts(kept, split_articles(kept))


CLOCKS = [
    ("The train left the tracks at 4.30pm near the bridge.", "16:30"),
    ("The train left the tracks at 16:30 near the bridge.", "16:30"),
    ("The train left the tracks at 4:30 p.m. near the bridge.", "16:30"),
    ("The train left the tracks at half past four, at 1630 hrs, near the bridge.", "16:30"),
    ("The siren sounded at midnight in the old town.", "00:00"),
    ("The rocket was launched at 0815 GMT from the coast.", "08:15 GMT"),
    ("The plane came down at 10:40 a.m. local time (0840 GMT), police said.", "10:40"),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), CLOCKS)
def test_clock_times_in_every_common_form(text, expected):
    assert {value for attribute, value, _ in values_of(text) if attribute == "time"} == {expected}


@needs_model
@pytest.mark.parametrize("text", [
    "The motion passed 12:45 in the chamber on a show of hands.",
    "The plant opened in 2015 and employs 300 people.",
])
def test_numbers_that_only_look_like_clock_times(text):
    assert not {value for attribute, value, _ in values_of(text) if attribute == "time"}


RAISED = [
    pytest.param(
        ("The explosion at the chlorine plant happened at 2:15am local time, the fire chief said.",
         "The explosion at the chlorine plant occurred at 3:15 a.m. CDT (0815 GMT), the fire chief said.",
         "The explosion at the chlorine plant happened at 2:15 a.m., the fire chief said."),
        date(2026, 10, 14), "time", {"02:15 CDT": {"a0", "a2"}, "03:15 CDT": {"a1"}}, id="local time against CDT and GMT"),
    pytest.param(
        ("The six-car commuter train left the tracks at about 4:30 p.m. ET near the Conestoga Creek bridge.",
         "The carriages left the rails near the Conestoga Creek bridge at 5:15 p.m. Eastern time, according to a police timeline."),
        date(2026, 2, 20), "time", {"16:30 ET": {"a0"}, "17:15 ET": {"a1"}}, id="one happening, one verb, little context"),
    pytest.param(
        ("The mayor said the council had the building inspected on 3 March after residents reported cracks.",
         "An engineer sent by the council inspected the building on 13 March and found no risk, the mayor said.",
         "An inspection on 3 March found no immediate danger, the mayor admitted."),
        THURSDAY, "date", {"2026-03-03": {"a0", "a2"}, "2026-03-13": {"a1"}}, id="inspected / an inspection on"),
    pytest.param(
        ("The runoff between the two candidates will be held on June 16, the election board said.",
         "The runoff between the two candidates is scheduled for June 23, the election board said."),
        date(2026, 5, 6), "date", {"2026-06-16": {"a0"}, "2026-06-23": {"a1"}}, id="plans, of this year"),
    pytest.param(
        ("The runoff between the two candidates will be held on June 16, the election board said.",
         "The runoff between the two candidates is scheduled for June 23, the election board said.",
         "The runoff between the two candidates will be held on June 16. Early voting for the runoff will begin on June 2."),
        date(2026, 5, 6), "date", {"2026-06-16": {"a0", "a2"}, "2026-06-23": {"a1"}}, id="another plan of one article left out"),
    pytest.param(
        ("Priya Raman was arrested at her home in Evanston on March 10, according to court records.",
         "Priya Raman was arrested at her home in Evanston on 12 March, according to court records."),
        date(2026, 3, 12), "date", {"2026-03-10": {"a0"}, "2026-03-12": {"a1"}}, id="two days apart"),
    pytest.param(
        ("Seven people are dead after a Keystone Regional passenger train jumped the tracks outside Millbrook.",
         "Nine people were killed when a Keystone Regional commuter train derailed outside Millbrook."),
        date(2026, 2, 20), "killed", {"7": {"a0"}, "9": {"a1"}}, id="a train that jumped the tracks is no updated toll"),
    pytest.param(
        ("The carmaker said on Tuesday it would cut 1,200 jobs at its plant in Hoogstade and close one of its two lines.",
         "The carmaker is to cut 2,100 jobs at its plant in Hoogstade, closing one of its two lines in the latest sign of pressure on the industry."),
        date(2026, 3, 3), "count:job", {"1,200": {"a0"}, "2,100": {"a1"}}, id="the latest sign of something is no updated figure"),
]


@needs_model
@pytest.mark.parametrize(("texts", "published", "attribute", "sides"), RAISED)
def test_contradictions_are_raised_with_the_articles_that_state_each_side(texts, published, attribute, sides):
    _, facts = facts_of(*texts, published=published)
    [found] = _disagreements(facts, attribute)
    assert found.kind == "conflict" and _sides(found) == sides


FALSE_FRIENDS = [
    pytest.param(
        ("The explosion at the chlorine plant happened at 3:15 a.m. CDT, the fire chief said.",
         "The explosion at the chlorine plant happened at 0815 GMT, the fire chief said."),
        date(2026, 10, 14), "time", id="one moment in two zones"),
    pytest.param(
        ("Amri arrived in Milan by train around 1 am, police said.",
         "Amri was stopped near the train station in Milan at around 3am by two officers, police said."),
        date(2016, 12, 23), "time", id="times of two happenings"),
    pytest.param(
        ("The fire started shortly before noon on Sunday near Pine Hollow Road, officials said.",
         "The fire started on Sunday near Pine Hollow Road, where a deputy reported smoke at 11:48 a.m., officials said."),
        date(2026, 8, 18), "time", id="shortly before noon / 11:48"),
    pytest.param(
        ("Voters in Port Aldane elected a new council on May 5, the election board said.",
         "The new council of Port Aldane will be sworn in on May 26, the election board said."),
        date(2026, 5, 6), "date", id="a plan against a past event"),
    pytest.param(
        ("Two residents of the collapsed block were still missing last night, officials said.",
         "Two residents of the collapsed block were still missing on Thursday evening, officials said."),
        THURSDAY, "date", id="last night / Thursday evening"),
]


@needs_model
@pytest.mark.parametrize(("texts", "published", "attribute"), FALSE_FRIENDS)
def test_false_friends_are_not_raised(texts, published, attribute):
    _, facts = facts_of(*texts, published=published)
    assert all(d.benign for d in _disagreements(facts, attribute))


@needs_model
def test_one_moment_in_two_zones_is_one_value_in_the_story_zone():
    _, facts = facts_of(
        "The explosion at the chlorine plant happened at 3:15 a.m. CDT, the fire chief said.",
        "The explosion at the chlorine plant happened at 0815 GMT, the fire chief said.",
        published=date(2026, 10, 14),
    )
    assert {f.value for f in facts.facts if f.attribute == "time"} == {"03:15 CDT"}


@needs_model
def test_a_day_counted_from_the_publication_date_a_day_off_is_labelled():
    _, facts = facts_of(
        "Two residents of the collapsed block were still missing last night, officials said.",
        "Two residents of the collapsed block were still missing on Thursday evening, officials said.",
        published=THURSDAY,
    )
    [missing_day] = _disagreements(facts, "date")
    assert missing_day.kind == "rounding"


@needs_model
def test_plans_of_reports_two_weeks_apart_need_their_full_context():
    """Each report gives one plan ('will go on trial on Monday' / 'will defend themselves on
    Thursday'): a day apart they are one plan and disagree; two weeks apart the later one
    is another plan or a moved one, and little shared context no longer pairs them."""
    first = ("The two dissidents will go on trial on Monday in the capital, a relative said. "
             "Their lawyers were barred from the court.", date(2026, 5, 6))
    later = "With their lawyers barred, the two dissidents will defend themselves against the charges on Thursday, a relative said."
    [raised] = _disagreements(_facts_of_dated(first, (later, date(2026, 5, 7))), "date")
    assert _sides(raised) == {"2026-05-11": {"a0"}, "2026-05-07": {"a1"}}
    assert _disagreements(_facts_of_dated(first, (later, date(2026, 5, 20))), "date") == []


@needs_model
def test_a_dateline_is_the_filing_day_not_an_event():
    _, facts = facts_of("MADRID, March 20 (GPS) - The mayor said the building had been inspected on 3 March.",
                        published=date(2026, 3, 20))
    assert {f.value for f in facts.facts if f.attribute == "date"} == {"2026-03-03"}


@needs_model
def test_a_toll_right_after_a_dateline_is_read():
    found = values_of("MADRID, March 19 (GPS) - Six people were killed when an apartment block collapsed.")
    assert ("killed", "6", "exact") in found


@needs_model
def test_an_undated_article_takes_its_year_from_the_cluster():
    facts = _facts_of_dated(
        ("The council engineer inspected the building on 3 March and found no danger.", THURSDAY),
        ("The council engineer inspected the building on 3 March and found no danger, residents said.", None),
    )
    dated = {f.value: set(f.articles) for f in facts.facts if f.attribute == "date"}
    assert dated == {"2026-03-03": {"a0", "a1"}}


@needs_model
def test_an_undated_weekday_stays_unresolved():
    facts = _facts_of_dated(
        ("The council engineer inspected the building on 3 March.", THURSDAY),
        ("The block collapsed on Thursday, residents said.", None),
    )
    assert {f.value for f in facts.facts if f.attribute == "date"} == {"2026-03-03"}


@needs_model
def test_a_sum_handed_over_is_exact_and_over_a_sum_is_a_bound():
    found = values_of("The shopkeeper handed over £430. A fundraiser for his family raised over £80,000.")
    assert {("money", "GBP 430", "exact"), ("money", "GBP 80,000", "at least")} <= found


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("The club paid a fee of £48m for the midfielder.", "GBP 48,000,000"),
    ("The club paid a fee of £42million for the midfielder.", "GBP 42,000,000"),
    ("The company was fined 2.5 million dollars by the regulator.", "USD 2,500,000"),
    ("The company was fined $2.5m by the regulator.", "USD 2,500,000"),
    ("The government will spend £3bn on flood defences.", "GBP 3,000,000,000"),
    ("The insurer paid out 4.2m dollars after the storm.", "USD 4,200,000"),
    ("The ministry set aside 3 billion pounds for the bridge.", "GBP 3,000,000,000"),
    ("The museum received €1.5 million from the lottery.", "EUR 1,500,000"),
    ("The museum received 1,500,000 euros from the lottery.", "EUR 1,500,000"),
])
def test_money_with_currency_and_scale(text, expected):
    assert expected in {value for attribute, value, _ in values_of(text) if attribute == "money"}


@needs_model
def test_dates_of_different_happenings_are_no_disagreement():
    # The built-in example raised two: a plane's service date (2005) against a bomb threat of 2009, and a
    # flight's arrival planned for a day already past against a navy ship's later arrival.
    from newsbrief.cli import example_path
    from newsbrief.ingest.files import load_paths

    articles = load_paths([str(example_path())]).articles
    kept, _, _ = prepare(list(articles))
    facts = extract_facts(kept, split_articles(kept))
    assert not _disagreements(facts, "date")
    same_plan = _facts_of_dated(
        ("The runoff will be held on June 16, the election board said.", date(2026, 5, 6)),
        ("The runoff will be held on June 23, the election board said.", date(2026, 5, 6)))
    assert _sides(_disagreements(same_plan, "date")[0]) == {"2026-06-16": {"a0"}, "2026-06-23": {"a1"}}


def test_a_month_beside_a_day_is_no_one_day_difference_and_no_crash():
    from types import SimpleNamespace

    from newsbrief.facts.disagreements import _one_day_apart

    def stated(value, words, sentence=None):
        return SimpleNamespace(value=value, evidence=SimpleNamespace(value=SimpleNamespace(text=words),
                                                                     sentence=SimpleNamespace(text=sentence or words)))

    assert not _one_day_apart([stated("2016-11", "last month"), stated("2016-12-01", "on Dec. 1")])
    assert _one_day_apart([stated("2016-11-30", "last night"), stated("2016-12-01", "on Dec. 1")])


@needs_model
def test_sums_of_a_report_that_gives_several_need_their_context():
    _, facts = facts_of(
        "The gang got away with jewellery and watches worth £118,000, the paper understands.",
        "The shop spent £40,000 on a new alarm last year, and the owner said the insurer would pay £25,000.",
    )
    assert [d for d in facts.disagreements if d.attribute == "money"] == []


def test_two_named_weekdays_a_day_apart_disagree():
    """'on Saturday afternoon' / 'on Sunday afternoon' name their days whichever edition's
    date they are counted from: a contradiction, not a day counted off by one."""
    from types import SimpleNamespace

    from newsbrief.facts.disagreements import _one_day_apart

    def stated(value, words, sentence=None):
        return SimpleNamespace(value=value, evidence=SimpleNamespace(value=SimpleNamespace(text=words),
                                                                     sentence=SimpleNamespace(text=sentence or words)))

    assert not _one_day_apart([stated("2026-10-17", "on Saturday afternoon"), stated("2026-10-18", "on Sunday afternoon")])
    assert _one_day_apart([stated("2026-10-17", "last night"), stated("2026-10-18", "on Sunday afternoon")])
    # a day still to come is named from the edition's own day, or is another day of an outlook
    assert _one_day_apart([stated("2026-10-17", "Saturday", "First official results are not expected until Saturday."),
                           stated("2026-10-18", "Sunday", "Results could be announced as late as Sunday.")])
    assert not _one_day_apart([stated("2026-10-17", "Saturday", "The results came on Saturday."),
                               stated("2026-10-18", "Sunday", "The results came on Sunday.")])
