"""Publication dates from metadata: a date, or a reason it cannot be used; never a guess."""

from __future__ import annotations

from datetime import date, datetime, timezone

EARLIEST_YEAR, LATEST_YEAR = 1800, 2200
"""A publication date outside these years is taken for a wrong unit or a typo."""

DATEPARSER_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False}
"""What every dateparser call of the package shares (naive datetimes, English);
each caller adds the settings of its own question."""

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],  # no day-of-today filled in for "2016"
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # "yesterday" is no publication date
}


def dateparse(text: str, settings: dict | None = None) -> datetime | None:
    """``dateparser.parse`` in English with ``DATEPARSER_SETTINGS`` plus ``settings``;
    None for text it cannot read. Its errors on odd input are the caller's to catch."""
    import dateparser  # imported here: only text that needs it pays for it

    return dateparser.parse(text, languages=["en"], settings={**DATEPARSER_SETTINGS, **(settings or {})})


def _plausible(day: date, raw: object) -> tuple[date | None, str | None]:
    if EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        return day, None
    return None, f"date {raw!r} gives the year {day.year}; ignored"


def read_date(value: object) -> tuple[date | None, str | None]:
    """(date, None) for a usable publication date; (None, reason) for one that is
    given but unusable; (None, None) when none is given."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None, f"date {value!r} is not a date string or a number of seconds; ignored"
    if isinstance(value, (int, float)):
        try:
            return _plausible(datetime.fromtimestamp(float(value), tz=timezone.utc).date(), value)
        except (OverflowError, OSError, ValueError):
            return None, f"date {value!r} is not a usable number of seconds since 1970; ignored"
    text = value.strip()[:200]
    try:
        return _plausible(datetime.fromisoformat(text.replace("Z", "+00:00")).date(), value)
    except ValueError:
        pass
    try:
        parsed = dateparse(text, _SETTINGS)
    except (ValueError, OverflowError, RecursionError):
        parsed = None
    if parsed is None:
        return None, f"date {value!r} is not a full calendar date; ignored"
    return _plausible(parsed.date(), value)


def parse_published(value: object) -> date | None:
    """The date of ``read_date``, without its reason."""
    return read_date(value)[0]
