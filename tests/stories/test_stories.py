"""Stories from a feed: reading the feed, clustering without chaining,
incremental batches, the partition invariant, and the command end to end."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.stories import StoryConfig, StoryIndex, find_stories, read_feed, run_stories

from tests.conftest import STORY_DOCUMENTS

FIRE_DOCUMENTS = [
    "Fire crews fought a blaze at the Kestrel chemical plant in Harlow port through Friday night. "
    "Thick black smoke from the burning solvent tanks forced the evacuation of three hundred residents. "
    "The plant operator Kestrel Chemicals said no workers were hurt in the fire.",
    "A fire at the Kestrel chemical plant in Harlow port sent black smoke over the town on Friday. "
    "Residents near the burning solvent tanks were evacuated overnight as fire crews fought the blaze. "
    "Kestrel Chemicals said all workers were accounted for.",
    "Harlow residents evacuated during the Kestrel chemical plant fire returned home on Saturday. "
    "Fire crews put out the blaze in the solvent tanks after eighteen hours, the port authority said. "
    "Investigators from the fire service will examine the Kestrel plant next week.",
]
# Mentions both stories: similar to each, but must not tie them into one.
ROUNDUP = (
    "Weekly roundup. A storm brought down the Fenwick footbridge over the River Alde in Dunmere, "
    "and Mayor Tomas Rendell promised to rebuild the bridge. In Harlow port a fire at the Kestrel "
    "chemical plant forced residents to evacuate as crews fought the blaze in the solvent tanks."
)


def _articles(texts: list[str], prefix: str, published: date | None = None) -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=text, published=published) for i, text in enumerate(texts, start=1)]


def _feed_lines(articles: list[Article]) -> list[dict]:
    return [{"id": a.id, "text": a.text, "published": a.published.isoformat() if a.published else None}
            for a in articles]


def test_two_stories_and_a_roundup_are_not_chained() -> None:
    bridge, fire = _articles(STORY_DOCUMENTS, "bridge-"), _articles(FIRE_DOCUMENTS, "fire-")
    roundup = Article(id="roundup", text=ROUNDUP)
    feed = [bridge[0], fire[0], roundup, bridge[1], fire[1], bridge[2], fire[2]]
    stories = [[a.id for a in story] for story in find_stories(feed)]
    bridge_story = next(s for s in stories if "bridge-1" in s)
    fire_story = next(s for s in stories if "fire-1" in s)
    assert bridge_story != fire_story
    assert {"bridge-1", "bridge-2", "bridge-3"} <= set(bridge_story)
    assert {"fire-1", "fire-2", "fire-3"} <= set(fire_story)
    assert stories[0] == bridge_story  # stories come in order of their first article


def test_dates_far_apart_keep_similar_articles_apart() -> None:
    early = _articles(STORY_DOCUMENTS[:2], "early-", date(2020, 1, 1))
    late = _articles(STORY_DOCUMENTS[2:], "late-", date(2023, 6, 1))
    assert len(find_stories(early + late, StoryConfig(window_days=3))) == 2
    assert len(find_stories(early + late, StoryConfig(window_days=0))) == 1
    undated = _articles(STORY_DOCUMENTS[2:], "undated-")
    assert len(find_stories(early + undated, StoryConfig(window_days=3))) == 1


def test_incremental_batches_join_existing_stories() -> None:
    bridge, fire = _articles(STORY_DOCUMENTS, "bridge-"), _articles(FIRE_DOCUMENTS, "fire-")
    whole = StoryIndex()
    whole.add(bridge + fire)
    index = StoryIndex()
    first = index.add([bridge[0], fire[0], bridge[1]])
    second = index.add([fire[1], bridge[2], fire[2]])
    assert first == [0, 1, 0] and second == [1, 0, 1]  # the new articles joined the old stories
    assert len(index.stories) == 2
    assert sorted(map(sorted, index.story_members())) == sorted(map(sorted, whole.story_members()))


def test_exact_duplicates_from_different_outlets_are_one_story() -> None:
    copies = [Article(id=f"wire-{n}", text=FIRE_DOCUMENTS[0], source=outlet) for n, outlet in enumerate(["A", "B", "C"])]
    stories = find_stories(copies + _articles(STORY_DOCUMENTS, "bridge-"))
    assert [a.id for a in stories[0]] == ["wire-0", "wire-1", "wire-2"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(STORY_DOCUMENTS + FIRE_DOCUMENTS + [ROUNDUP, "Short note.", ""]), min_size=1, max_size=12),
       st.integers(1, 4))
def test_stories_partition_the_feed(texts: list[str], batches: int) -> None:
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    index = StoryIndex()
    size = -(-len(articles) // batches)
    numbers: list[int] = []
    for begin in range(0, len(articles), size):
        numbers += index.add(articles[begin:begin + size])
    members = [m for story in index.story_members() for m in story]
    assert sorted(members) == sorted(a.id for a in articles)  # each article in exactly one story
    assert all(story for story in index.story_members())
    assert all(a.id in index.story_members()[n] for n, a in zip(numbers, articles))


def test_feed_reports_bad_lines_duplicate_ids_and_empty_texts(tmp_path: Path, write_jsonl) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "a", "text": STORY_DOCUMENTS[0], "title": "Bridge falls", "published": "2024-03-05"},
        '{"id": "broken", "text": "unterminated',
        {"id": "a", "text": STORY_DOCUMENTS[1]},
        {"id": "empty", "text": "   "},
        {"title": "no text"},
        ["not", "an", "object"],
        {"text": FIRE_DOCUMENTS[0], "source": "Harlow Gazette"},
    ])
    feed = read_feed(path)
    assert [a.id for a in feed.articles] == ["a", "a#2", "line-7"]
    assert feed.articles[0].published == date(2024, 3, 5) and feed.articles[0].title == "Bridge falls"
    assert feed.articles[2].source == "Harlow Gazette" and feed.articles[1].published is None
    assert [(b.line, b.reason.split(" (")[0]) for b in feed.bad_lines] == [
        (2, "invalid JSON"), (4, "article 'empty' has an empty text"), (5, 'JSON object has no "text" string'),
        (6, "not a JSON object")]
    assert "duplicate id 'a' (first on line 1); kept as 'a#2'" in feed.notes["a#2"]


def test_run_stories_writes_one_story_a_line(tmp_path: Path, write_jsonl) -> None:
    articles = _articles(STORY_DOCUMENTS, "b") + _articles(FIRE_DOCUMENTS, "f") + [Article(id="lone", text="A cat was rescued from a tree in Ostby by a neighbour with a ladder.")]
    feed = write_jsonl(tmp_path / "feed.jsonl", _feed_lines(articles) + [{"id": "b1", "text": FIRE_DOCUMENTS[2]}])
    out = tmp_path / "stories.jsonl"
    report = run_stories(feed, out, Config(words=40), jobs=1, progress=False)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert report.articles == 8 and report.stories == len(records) == 3 and report.singletons == 1
    assert [r["id"] for r in records] == ["story-1", "story-2", "story-3"]
    assert records[0]["articles"] == ["b1", "b2", "b3"]
    assert records[1]["articles"] == ["f1", "f2", "f3", "b1#2"]
    assert records[2]["articles"] == ["lone"]
    for record in records:
        brief = record["brief"]
        assert brief["words"] <= 40 and [a["id"] for a in brief["articles"]] == record["articles"]
        assert all(item["article_id"] in record["articles"] for item in brief["summary"])
    assert any("duplicate id 'b1'" in w for w in records[1]["brief"]["warnings"])
    assert any("only one article" in w for w in records[2]["brief"]["warnings"])


def test_stories_command_end_to_end(tmp_path: Path, write_jsonl, capsys) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", _feed_lines(_articles(STORY_DOCUMENTS, "b")) + ["{oops"])
    out = tmp_path / "stories.jsonl"
    assert main(["stories", str(feed), "--out", str(out), "--words", "30", "--jobs", "2", "--quiet"]) == 1  # one line skipped
    err = capsys.readouterr().err
    assert "skipped" in err and "line 4: invalid JSON" in err and "3 articles in 1 stories" in err
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["articles"] == ["b1", "b2", "b3"] and record["brief"]["words"] <= 30


def test_one_article_feed_and_an_unusable_feed(tmp_path: Path, write_jsonl, capsys) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": "only", "text": STORY_DOCUMENTS[0]}])
    out = tmp_path / "out.jsonl"
    assert main(["stories", str(one), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["articles"] == ["only"] and record["brief"]["summary"]
    empty = write_jsonl(tmp_path / "empty.jsonl", [{"id": "x", "text": ""}])
    assert main(["stories", str(empty), "--out", str(out), "--quiet"]) == 2
    assert "no usable article" in capsys.readouterr().err


def test_missing_dask_extra_is_one_clear_line(tmp_path: Path, dataset: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["batch", str(dataset), "--out", str(tmp_path / "o.jsonl"), "--dask", "local", "--quiet"]) == 4  # a needed part is missing
    assert "pip install 'newsbrief[dask]'" in capsys.readouterr().err


def test_a_small_feed_of_two_real_stories_gives_exactly_those_two(shared_seed_cluster: Path) -> None:
    # Five reports on the Berlin attacker's death and ten on Air France 447 (the built-in
    # example): with only the feed's own idf, the words every Air France report shares
    # ("air", "france", "447") weigh next to nothing and the ten reports fall apart into
    # many stories; the background frequencies keep them distinctive.
    from newsbrief.cli import example_path
    from newsbrief.ingest import load_paths

    berlin = load_paths([str(shared_seed_cluster)]).articles
    air_france = load_paths([str(example_path())]).articles
    interleaved = [a for pair in zip(air_france, berlin) for a in pair] + list(air_france[len(berlin):])
    stories = find_stories(interleaved)
    assert sorted(sorted(a.id for a in story) for story in stories) == sorted(
        [sorted(a.id for a in berlin), sorted(a.id for a in air_france)]
    )


def test_story_level_presets_and_overrides() -> None:
    from newsbrief.cli import _stories_config, build_parser

    def config(*options: str) -> StoryConfig:
        return _stories_config(build_parser().parse_args(["stories", "feed.jsonl", "--out", "x.jsonl", *options])).stories

    assert config() == StoryConfig()
    topic = config("--level", "topic")
    assert (topic.link_threshold, topic.window_days) == (0.08, 0.0)
    assert config("--level", "topic", "--stories-link-threshold", "0.1").link_threshold == 0.1
    assert config("--stories-window-days", "7").window_days == 7.0 and config("--stories-window-days", "7").link_threshold == 0.2
    with pytest.raises(ValueError, match="unknown story level"):
        StoryConfig.for_level("week")
