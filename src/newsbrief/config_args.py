"""Command-line options derived from the config tree, and the Config they give.

Every declared setting becomes one option with one name: ``--NAME`` for the
summary's own settings, ``--SECTION-NAME`` for a section's (``--stories-window-days``),
except in ``serve``, which has only the service's (``--timeout-seconds``), and
``--facts/--no-facts`` for ``facts.enabled``. An option left out keeps the
setting's one default, so the CLI, the Python API and the service agree.
"""

from __future__ import annotations

import argparse
from dataclasses import MISSING, Field, replace

from newsbrief.config import SECTIONS, Config, declared, kind_of, out_of_range


def flag(section: str, item: Field, own: str = "") -> str:
    """The option of one setting; ``own`` is the section a command is about
    (``serve``: "service"), whose settings need no prefix."""
    if section == "facts" and item.name == "enabled":
        return "--facts"
    return "--" + (f"{section}-" if section and section != own else "") + item.name.replace("_", "-")


def _dest(section: str, item: Field) -> str:
    return f"setting__{section}__{item.name}"


def _number(kind: type, item: Field):
    """A parser of the option's value that also holds it to the setting's range."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not {'a whole number' if kind is int else 'a number'}") from None
        problem = out_of_range(item, value)
        if problem:
            raise argparse.ArgumentTypeError(f"{problem}, not {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _default_text(section: str, item: Field) -> str:
    default = item.default if item.default_factory is MISSING else item.default_factory()
    return "none" if default is None else (str(default).lower() if isinstance(default, bool) else f"{default}")


def add_settings(parser: argparse.ArgumentParser, sections: tuple[str, ...], own: str = "") -> None:
    """One option per setting of the given sections ("" is the summary's own);
    the ``own`` section's options are unprefixed."""
    for section in sections:
        title = {"": "summary settings", "facts": "facts settings", "stories": "story settings",
                 "service": "service settings"}[section]
        group = parser.add_argument_group(title)
        for item in declared(SECTIONS[section]):
            meta, kind = item.metadata, kind_of(item)
            help_text = f"{meta['doc']} (default {_default_text(section, item)})".replace("%", "%%")
            options: dict = {"dest": _dest(section, item), "default": None, "help": help_text}
            if kind == "bool":
                options["action"] = argparse.BooleanOptionalAction
            elif kind in ("int", "float"):
                options["type"] = _number(int if kind == "int" else float, item)
                options["metavar"] = "N" if kind == "int" else "X"
            elif meta["choices"]:
                options["choices"] = meta["choices"]
            else:
                options["metavar"] = "PATH" if item.name.endswith("model") and section == "" else "TEXT"
            group.add_argument(flag(section, item, own), **options)


def given(args: argparse.Namespace, section: str, name: str) -> bool:
    """Whether the setting ``section.name`` was given on the command line."""
    return getattr(args, f"setting__{section}__{name}", None) is not None


def config_from_args(args: argparse.Namespace, base: Config | None = None) -> Config:
    """``base`` (default: the defaults) with every setting given on the command line;
    ConfigError (naming the option's setting) for a value out of range."""
    config = base or Config()
    for section, kind in SECTIONS.items():
        given = {item.name: getattr(args, _dest(section, item)) for item in declared(kind)
                 if getattr(args, _dest(section, item), None) is not None}
        if not given:
            continue
        if section:
            config = replace(config, **{section: replace(getattr(config, section), **given)})
        else:
            config = replace(config, **given)
    return config
