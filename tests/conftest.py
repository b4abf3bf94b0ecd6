"""Shared fixtures: a small invented news cluster, helpers to build articles and
datasets, and the optional /work/shared data (tests using it skip when absent)."""

from __future__ import annotations

import contextlib
import functools
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.ingest import load_paths
from newsbrief.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
CLUSTER_DIR = FIXTURES / "cluster"
SHARED = Path(__file__).parents[2] / "shared"
SEED_CLUSTER = SHARED / "data" / "seed-cluster"

# Lines of web furniture planted in the fixture articles; none may reach a summary.
FURNITURE_MARKERS = (
    "Image placeholder title",
    "Popular Video",
    "Live Updates",
    "1 of 4",
    "Read a full report",
    "Getty Images",
    "Share this article",
    "Share on Facebook",
    "Subscribe to",
    "Follow us",
    "By Clara Whitfield",
    "11:54 PM EST",
    "(AP) _",
    "(Reuters) -",
)

# One invented story told by three outlets, as dataset documents (no furniture):
# the same facts repeat across documents, worded a little differently.
STORY_DOCUMENTS = [
    "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night. "
    "Two people who were crossing the bridge were injured and taken to hospital. "
    "Mayor Tomas Rendell pledged on Wednesday to rebuild the bridge within two years. "
    "Engineers had warned the council about corrosion in the bridge supports in 2014.",
    "The Fenwick footbridge in Dunmere collapsed into the River Alde during a storm on Tuesday night. "
    "Two people were injured when the old iron bridge fell into the river. "
    "Mayor Tomas Rendell said the town would rebuild the bridge within two years. "
    "A temporary ferry service across the river will begin on Thursday morning.",
    "Mayor Tomas Rendell pledged to rebuild the Fenwick footbridge after it collapsed in a storm. "
    "The storm brought down the footbridge over the River Alde on Tuesday night, injuring two people. "
    "Council records show engineers warned about corrosion in the bridge supports in 2014. "
    "A ferry service will carry people across the River Alde from Thursday morning.",
]
STORY_REFERENCE = (
    "A storm destroyed the Fenwick footbridge in Dunmere on Tuesday night, injuring two people. "
    "The mayor pledged to rebuild it within two years."
)


@pytest.fixture
def cluster_dir() -> Path:
    """Folder of four short articles from four invented outlets about one event,
    full of web furniture: .txt, .txt, .md and .json."""
    return CLUSTER_DIR


@pytest.fixture
def cluster_articles(cluster_dir: Path) -> tuple[Article, ...]:
    loaded = load_paths([str(cluster_dir)])
    assert len(loaded.articles) == 4 and not loaded.skipped
    return loaded.articles


@pytest.fixture
def story_documents() -> list[str]:
    return list(STORY_DOCUMENTS)


def _write_jsonl(path: Path, records: list[object | str]) -> Path:
    """Write one line per record: dicts as JSON, strings verbatim (for malformed lines)."""
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def write_jsonl():
    return _write_jsonl


@pytest.fixture
def story_reference() -> str:
    return STORY_REFERENCE


@pytest.fixture
def furniture_markers() -> tuple[str, ...]:
    return FURNITURE_MARKERS


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A small JSONL dataset: three good clusters, one malformed line (line 2),
    one line without "documents" (line 4)."""
    records: list[object | str] = [
        {"id": "bridge-a", "documents": STORY_DOCUMENTS, "summaries": [STORY_REFERENCE]},
        '{"id": "broken", "documents": ["unterminated',
        {"id": "bridge-b", "documents": STORY_DOCUMENTS[1:], "summaries": [STORY_REFERENCE]},
        {"id": "no-docs", "summaries": [STORY_REFERENCE]},
        {"id": "bridge-c", "documents": STORY_DOCUMENTS[::-1], "summaries": [STORY_REFERENCE]},
    ]
    return _write_jsonl(tmp_path / "clusters.jsonl", records)


@pytest.fixture
def shared_seed_cluster() -> Path:
    if not SEED_CLUSTER.is_dir() or not any(SEED_CLUSTER.iterdir()):
        pytest.skip(f"shared data not available at {SEED_CLUSTER}")
    return SEED_CLUSTER


@functools.lru_cache(maxsize=1)
def perl_rouge_available() -> bool:
    """ROUGE-1.5.5 (the duc protocol) needs perl with XML::Parser."""
    if shutil.which("perl") is None:
        return False
    try:
        return subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture
def perl_rouge() -> None:
    if not perl_rouge_available():
        pytest.skip("the duc protocol needs perl with XML::Parser (perl -MXML::Parser -e 1 failed)")


@contextlib.contextmanager
def run_service(*options: str) -> Iterator[str]:
    """``newsbrief serve`` on a free loopback port in a subprocess; yields its base URL once /healthz answers."""
    from newsbrief.service.local import NotStarted, serve_locally

    try:
        with serve_locally(*options) as url:
            yield url
    except NotStarted as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def service_url() -> Iterator[str]:
    """One running service for the session's HTTP and browser tests (small limits, 2 workers)."""
    pytest.importorskip("fastapi", reason="the service needs the serve extra: pip install 'newsbrief[serve]'")
    pytest.importorskip("uvicorn", reason="the service needs the serve extra: pip install 'newsbrief[serve]'")
    with run_service("--workers", "2", "--max-articles", "300", "--max-body-bytes", "3000000",
                     "--max-total-words", "200000") as url:
        yield url


@pytest.fixture
def start_service():
    """``run_service``, for a test that needs a server of its own with other limits."""
    return run_service
