"""A one-off ``newsbrief`` command (``main()`` reading the command line) pauses and
freezes the garbage collector around its imports and at its end; the brief is the
same as the one an in-process ``main([...])`` writes, which leaves the collector alone."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from newsbrief import cli


def test_imports_kept_freezes_for_a_one_off_command_only():
    frozen = gc.get_freeze_count()
    try:
        with cli._imports_kept(False):
            assert gc.isenabled()
            kept = [object() for _ in range(10)]
        assert gc.get_freeze_count() == frozen and gc.isenabled()
        with cli._imports_kept(True):
            assert not gc.isenabled()
            kept = [[] for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()
        gc.enable()


def test_collector_is_enabled_again_when_an_import_fails():
    try:
        try:
            with cli._imports_kept(True):
                import newsbrief_no_such_module  # noqa: F401
        except ImportError:
            pass
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_in_process_main_leaves_the_collector_alone(cluster_dir: Path, capsys):
    frozen = gc.get_freeze_count()
    assert cli.main(["brief", str(cluster_dir), "--no-facts"]) == 0
    capsys.readouterr()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_one_off_command_writes_the_brief_an_in_process_main_writes(cluster_dir: Path, capsys):
    for options in ([], ["--no-facts"]):
        assert cli.main(["brief", str(cluster_dir), "--format", "json", *options]) == 0
        in_process = capsys.readouterr().out
        one_off = subprocess.run([sys.executable, "-m", "newsbrief.cli", "brief", str(cluster_dir), "--format", "json",
                                  *options], capture_output=True, text=True, check=True, timeout=300).stdout
        assert one_off == in_process
