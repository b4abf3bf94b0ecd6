"""The ``newsbrief`` command: brief, batch, stories, eval, train, serve."""

from __future__ import annotations

import argparse
import gc
import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from newsbrief.version import __version__
from newsbrief.config import Config
from newsbrief.errors import Code, NewsbriefError, NoInput, UsageError
from newsbrief.config import LEVELS, StoryConfig
from newsbrief.config_args import add_settings, config_from_args, given

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING, EXIT_INTERNAL, EXIT_MISSING, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
"""Exit statuses: all done; done, but some inputs were skipped (each named on
standard error); nothing done (usage error, or no usable input at all); a bug
(please report it); a part newsbrief needs is missing or unreachable (an extra,
a model, a program, a scheduler); interrupted (the output holds the complete
lines written so far)."""

EXIT_STATUS = {
    Code.USAGE: EXIT_NOTHING,
    Code.NO_INPUT: EXIT_NOTHING,
    Code.BAD_INPUT: EXIT_NOTHING,
    Code.CONFIG: EXIT_NOTHING,
    Code.EXTRA_MISSING: EXIT_MISSING,
    Code.MODEL_MISSING: EXIT_MISSING,
    Code.TOOL_MISSING: EXIT_MISSING,
    Code.UNREACHABLE: EXIT_MISSING,
    Code.TIMEOUT: EXIT_NOTHING,
    Code.BUSY: EXIT_NOTHING,
}
"""The exit status of each error code: the CLI's one mapping."""


def _write_atomically(path: str, text: str) -> None:
    """``text`` into ``path`` through a temporary file beside it, so that an
    interrupted write never leaves half a brief where a whole one was expected."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text, encoding="utf-8", errors="replace")
    partial.replace(target)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def example_path() -> Path:
    """Folder of the built-in example cluster (WikiNews, CC BY 2.5)."""
    return Path(str(resources.files("newsbrief") / "examples" / "wikinews-air-france-447"))


def _config(args: argparse.Namespace, base: Config | None = None) -> Config:
    """The run's Config: the defaults (or ``base``), with every setting given as an
    option; a model file given with ``--selector-model``/``--concept-model`` is
    loaded now, so that a bad one is an error before any work starts."""
    config = config_from_args(args, base)
    if config.selector == "learned" and (config.selector_model or config.concept_model):
        from newsbrief.summarize.concept_weights import load_concept_model
        from newsbrief.summarize.learned import ModelUnavailable, load_model

        try:
            if config.selector_model:
                load_model(config.selector_model)
            if config.concept_model:
                load_concept_model(config.concept_model)
        except ModelUnavailable as error:
            raise ModelUnavailable(f"{error} (or use --selector unsupervised)") from None
    return config


@contextmanager
def _imports_kept(one_off: bool):
    """For a one-off command, the imports inside run with the cyclic garbage
    collector paused, and every object alive after them is frozen (``gc.freeze``):
    the modules' objects are never garbage, and the collections of the run no
    longer walk them (about 0.2 CPU s of a 10-article brief with facts). Not in a
    process that goes on (tests, a caller of ``main`` with arguments), where a
    frozen object would never be collected."""
    if not one_off:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _import_facts_stage() -> None:
    """The facts stage's modules; a missing facts extra is reported by the pipeline."""
    try:
        import newsbrief.facts.extract  # noqa: F401
    except ImportError:
        pass


def _cmd_brief(args: argparse.Namespace) -> int:
    paths = args.paths or []
    if args.example:
        paths = [str(example_path()), *paths]
    if not paths:
        raise UsageError("give at least one file or folder, '-' for standard input, or --example")
    facts = config_from_args(args).facts
    in_background = False
    if facts.enabled:  # started before the summarizer's imports, so that spaCy comes up beside them
        from newsbrief.facts.nlp import load_in_background

        in_background = load_in_background(facts.model)
    with _imports_kept(args.one_off):
        from newsbrief.ingest import load_paths
        from newsbrief.pipeline import brief
        from newsbrief.render import RENDERERS

        if facts.enabled:  # imported here, so that its objects are frozen with the rest
            _import_facts_stage()

    loaded = load_paths(paths)
    for skipped in loaded.skipped:
        print(f"newsbrief: {skipped}", file=sys.stderr)
    for warning in loaded.warnings:
        print(f"newsbrief: warning: {warning}", file=sys.stderr)
    if not loaded.articles:
        raise NoInput("no readable article found in " + ", ".join(paths))
    result = brief(loaded.articles, _config(args), loaded.skipped, loaded.warnings, facts_alongside=in_background)
    for skipped in result.skipped[len(loaded.skipped):]:
        print(f"newsbrief: {skipped}", file=sys.stderr)
    for warning in result.warnings[len(loaded.warnings):]:
        print(f"newsbrief: warning: {warning}", file=sys.stderr)
    output = RENDERERS[args.format](result)
    output = output if output.endswith("\n") else output + "\n"
    if args.output:
        _write_atomically(args.output, output)
    else:
        sys.stdout.write(output)
    if not result.articles:
        raise NoInput("no article left to brief: " + "; ".join(str(s) for s in result.skipped))
    if result.skipped or result.warnings:
        print(f"newsbrief: {len(result.articles)} articles briefed ({result.words} words); "
              f"{len(result.skipped)} inputs skipped, {len(result.warnings)} warnings", file=sys.stderr)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def _require_file(path: str) -> None:
    if not Path(path).is_file():
        raise UsageError(f"no such file: {path}")


def _run_options(args: argparse.Namespace) -> dict:
    """Options shared by batch and stories: processes, Dask, progress, skipped lines on stderr."""
    return {
        "jobs": args.jobs,
        "dask": args.dask,
        "progress": None if not args.quiet else False,
        "on_bad_line": lambda bad: print(f"newsbrief: skipped {args.input} {bad}", file=sys.stderr),
    }


def _cmd_batch(args: argparse.Namespace) -> int:
    from newsbrief.batch import run_batch

    _require_file(args.input)
    report = run_batch(args.input, args.out, _config(args), limit=args.limit, output=args.output,
                       **_run_options(args))
    rate = report.clusters / report.seconds if report.seconds else 0.0
    empty = f", {len(report.empty)} with an empty summary (see their \"warnings\")" if report.empty else ""
    print(
        f"newsbrief: {report.clusters} clusters briefed into {args.out} in {report.seconds:.1f} s "
        f"({rate:.0f}/s){empty}; {len(report.bad_lines)} bad lines skipped",
        file=sys.stderr,
    )
    if not report.clusters and report.bad_lines:
        return EXIT_NOTHING
    return EXIT_SKIPPED if report.bad_lines else EXIT_OK


def _stories_config(args: argparse.Namespace) -> Config:
    """The ``--level`` preset of story settings, with every setting given as an option over it."""
    return _config(args, Config(stories=StoryConfig.for_level(args.level)))


def _cmd_stories(args: argparse.Namespace) -> int:
    from newsbrief.stories import run_stories

    _require_file(args.input)
    report = run_stories(
        args.input,
        args.out,
        _stories_config(args),
        on_note=lambda note: print(f"newsbrief: warning: {args.input} {note}", file=sys.stderr),
        **_run_options(args),
    )
    if not report.articles:
        raise NoInput(f"no usable article in {args.input} ({len(report.bad_lines)} lines skipped)")
    for failed in report.failed:
        print(f"newsbrief: error: {args.input} {failed}", file=sys.stderr)
    failed = f", {len(report.failed)} stories not briefed" if report.failed else ""
    print(
        f"newsbrief: {report.articles} articles in {report.stories} stories ({report.singletons} of one article) "
        f"written to {args.out}; clustered in {report.cluster_seconds:.1f} s, briefed in {report.brief_seconds:.1f} s; "
        f"{len(report.bad_lines)} lines skipped, {len(report.notes)} warnings{failed}",
        file=sys.stderr,
    )
    return EXIT_SKIPPED if report.bad_lines or report.failed else EXIT_OK


def _dask_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dask", metavar="ADDRESS", default=None,
                        help="run on Dask: a scheduler address (tcp://host:8786) or 'local' for a local cluster "
                             "(needs the dask extra)")


def _cmd_eval(args: argparse.Namespace) -> int:
    from newsbrief.evaluate.harness import evaluate, format_table, results_to_json

    _require_file(args.input)
    config = _config(args)
    words = config.words if given(args, "", "words") else (100 if args.protocol == "duc" else 250)
    systems = tuple(s.strip() for s in args.systems.split(",") if s.strip())
    results = evaluate(args.input, args.protocol, words, systems, args.limit, args.jobs, config)
    measure = results[0].measure if results else ""
    print(f"{args.input}: {results[0].clusters if results else 0} clusters, {words} words, "
          f"protocol {args.protocol} (ROUGE {measure} x100)")
    print(format_table(results))
    if args.json:
        Path(args.json).write_text(
            results_to_json(results, dataset=args.input, protocol=args.protocol, words=words, limit=args.limit),
            encoding="utf-8",
        )
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from newsbrief.training.selector import train

    _require_file(args.input)
    validation = [(args.validate, args.protocol, args.words)] if args.validate else None
    if args.validate:
        _require_file(args.validate)
    card = train(args.input, args.out, args.limit, args.jobs or 2, validation)
    print(f"newsbrief: model written to {args.out} ({card['size_bytes']:,} bytes, "
          f"{card['trained_on']['sentences']:,} sentences from {card['trained_on']['clusters']:,} clusters); "
          f"card at {Path(args.out).with_suffix('.json')}")
    for item in card["validation"]:
        scores = ", ".join(f"{k} {v:.2f}" for k, v in item["scores"].items())
        print(f"newsbrief: {item['dataset']}: {scores}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError("the HTTP service needs FastAPI and uvicorn: pip install 'newsbrief[serve]'") from None
    from newsbrief.service.server import serve

    limits = _config(args).service
    print(f"newsbrief: serving on http://{args.host}:{args.port}/ with {limits.workers} workers "
          f"(limits: {limits.max_body_bytes:,} bytes, {limits.max_articles} articles, "
          f"{limits.max_total_words:,} words, {limits.timeout_seconds:g} s, {limits.max_queue} requests at once; "
          f"headers within {limits.header_timeout_seconds:g} s, body pauses under {limits.body_timeout_seconds:g} s)",
          file=sys.stderr)
    serve(limits, args.host, args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbrief", description="Many news reports of one story in, one short sourced brief out."
    )
    parser.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="brief the articles at the given paths")
    brief.add_argument("paths", nargs="*", help="files or folders (.txt .md .html .json .jsonl), or - for stdin")
    brief.add_argument("--format", choices=("text", "markdown", "json", "html"), default="text")
    brief.add_argument("-o", "--output", help="write the brief to this file instead of standard output")
    brief.add_argument("--example", action="store_true", help="brief the built-in WikiNews example cluster")
    add_settings(brief, ("", "facts"))
    brief.set_defaults(run=_cmd_brief)

    batch = commands.add_parser("batch", help="brief every cluster of a JSONL dataset")
    batch.add_argument("input", help='JSONL(.gz), one {"id": ..., "documents": [...]} a line')
    batch.add_argument("--out", required=True, help="output JSONL, one record a line (see --output)")
    batch.add_argument("--output", choices=("summary", "brief"), default="summary",
                       help="summary: {id, summary, sources, words} (default; what scoring reads, no facts); "
                            "brief: {id, articles, brief} with the whole JSON brief, as stories writes")
    batch.add_argument("--jobs", type=_positive, default=None, help="worker processes (default: all cores)")
    batch.add_argument("--limit", type=_positive, default=None, help="only the first N clusters")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    _dask_option(batch)
    add_settings(batch, ("", "facts"))
    batch.set_defaults(run=_cmd_batch)

    stories = commands.add_parser("stories", help="find the stories in a feed of articles and brief each")
    stories.add_argument("input", help='JSONL(.gz), one {"id", "text", "title"?, "source"?, "published"?} a line')
    stories.add_argument("--out", required=True, help="output JSONL, one {id, articles, brief} a line")
    stories.add_argument("--level", choices=LEVELS, default="event",
                         help="event: one happening, dates count (default); topic: a subject followed over months "
                              "or years (threshold 0.08, dates ignored); --stories-* options override it")
    stories.add_argument("--jobs", type=_positive, default=None, help="worker processes (default: all cores)")
    stories.add_argument("--quiet", action="store_true", help="no progress bar")
    _dask_option(stories)
    add_settings(stories, ("", "facts", "stories"))
    stories.set_defaults(run=_cmd_stories)

    evaluation = commands.add_parser("eval", help="ROUGE of newsbrief and baselines on a dataset with references")
    evaluation.add_argument("input", help="JSONL(.gz) with documents and reference summaries")
    evaluation.add_argument("--protocol", choices=("duc", "multinews"), required=True)
    evaluation.add_argument("--systems", default="newsbrief,lead",
                            help="comma-separated: newsbrief, lead, lexrank, textrank (default newsbrief,lead)")
    evaluation.add_argument("--limit", type=_positive, default=None, help="only the first N clusters")
    evaluation.add_argument("--jobs", type=_positive, default=None)
    evaluation.add_argument("--json", help="also write the results as JSON here")
    add_settings(evaluation, ("",))
    evaluation.set_defaults(run=_cmd_eval)

    training = commands.add_parser("train", help="train a selector model on a JSONL dataset with reference summaries")
    training.add_argument("input", help="JSONL(.gz) with documents and summaries (the first summary is the label source)")
    training.add_argument("--out", required=True, help="model file to write; its card goes beside it as .json")
    training.add_argument("--limit", type=_positive, default=None, help="only the first N clusters")
    training.add_argument("--jobs", type=_positive, default=None)
    training.add_argument("--validate", help="a JSONL dataset to score the new model on")
    training.add_argument("--protocol", choices=("duc", "multinews"), default="multinews")
    training.add_argument("--words", type=_positive, default=250)
    training.set_defaults(run=_cmd_train)

    serve = commands.add_parser("serve", help="run the HTTP service and its web page (needs the serve extra)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_positive, default=8000, help="port (default 8000)")
    add_settings(serve, ("service",), own="service")
    serve.set_defaults(run=_cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a character no terminal can show is never fatal
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace" if stream is sys.stdout else "backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    args.one_off = argv is None
    try:
        return args.run(args)
    except NewsbriefError as error:
        print(f"newsbrief: error: [{error.code.value}] {error}", file=sys.stderr)
        return EXIT_STATUS[error.code]
    except KeyboardInterrupt:
        print("newsbrief: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:
        print(f"newsbrief: error: {error.strerror or error}: {getattr(error, 'filename', '') or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_NOTHING
    except Exception as error:  # never a traceback in front of a user
        print(f"newsbrief: internal error: {type(error).__name__}: {error} (please report this)", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if args.one_off:  # the interpreter's last collections at exit would walk every object: 0.2 s after the output
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
