"""From a file's bytes to clean text: byte-order marks, UTF-16/32 without one,
legacy 8-bit encodings, NUL and other control bytes, lone surrogates."""

from __future__ import annotations

import re

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_SINGLE_BYTE_LATIN = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9", "cp1254", "mac_latin2",
                      "mac_roman"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
BINARY_CONTROL_SHARE = 0.01
"""Text with more than this share of control characters (NUL included) is taken
for a binary file; below it, they are removed with a warning."""


def _sniff_wide(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes of
    mostly-Latin text fall (every other byte, or three bytes in four)."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:
        return None

    def zero_share(step: int, offset: int) -> float:
        lane = head[offset :: step]
        return lane.count(0) / max(len(lane), 1)

    lanes4 = [zero_share(4, k) for k in range(4)]
    if min(lanes4[1:]) >= 0.9 and lanes4[0] <= 0.1:
        return "utf-32-le"
    if min(lanes4[:3]) >= 0.9 and lanes4[3] <= 0.1:
        return "utf-32-be"
    even, odd = zero_share(2, 0), zero_share(2, 1)
    if odd >= 0.6 and even <= 0.1:
        return "utf-16-le"
    if even >= 0.6 and odd <= 0.1:
        return "utf-16-be"
    return None


def _decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            note = None if encoding == "utf-8-sig" else f"decoded as {encoding.upper()} (byte-order mark)"
            return data[len(mark):].decode(encoding.removesuffix("-sig"), errors="replace"), note
    wide = _sniff_wide(data)
    if wide:
        return data.decode(wide, errors="replace"), f"decoded as {wide.upper()} (no byte-order mark)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None, "binary file (contains NUL bytes)" if b"\x00" in data else "not text in any known encoding"
    encoding = best.encoding
    if encoding in _SINGLE_BYTE_LATIN:
        # Short texts give the detector little to go on; for news in Latin
        # script Windows-1252 is by far the likeliest of these, so prefer it.
        try:
            return data.decode("cp1252"), "decoded as cp1252, not UTF-8"
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace"), f"decoded as {encoding}, not UTF-8"


def decode(data: bytes) -> tuple[str | None, list[str]]:
    """Text of a file's bytes and notes on what was changed to get it; (None,
    [reason]) for binary data. The same rule holds wherever a NUL byte falls."""
    text, note = _decode_bytes(data)
    if text is None:
        return None, [note or "unreadable"]
    notes = [note] if note else []
    controls = len(_CONTROL.findall(text))
    if controls:
        if controls > BINARY_CONTROL_SHARE * max(len(text), 1):
            return None, [f"binary file ({controls:,} NUL or control characters in {len(text):,})"]
        text = _CONTROL.sub("", text)
        notes.append(f"{controls:,} NUL or control characters removed")
    return text, notes


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (a code point no UTF-8 file can hold)
    replaced by U+FFFD, and how many there were."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


class SurrogateScrubber:
    """Replaces lone surrogates in every string it is given, counting them, so that
    one warning can say how many a whole record held."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, value: object) -> str:
        text, count = replace_surrogates(str(value))
        self.replaced += count
        return text

    def note(self) -> list[str]:
        """The warning for the record, or nothing when it held none."""
        return [f"{self.replaced} lone surrogate code point(s) replaced by U+FFFD"] if self.replaced else []


def printable_name(name: str) -> str:
    """A file name as it can be printed: undecodable bytes (surrogate-escaped by
    the operating system) shown as U+FFFD."""
    return replace_surrogates(name)[0]
