"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a detected 8-bit encoding."""

from __future__ import annotations

import codecs

from claimtrack.ingest.document import IngestError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_EIGHT_BIT = ("cp1252", "iso-8859-1")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB of something without a UTF-16 BOM."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def _refuse_damaged_utf8(data: bytes, error: UnicodeDecodeError, name: str) -> None:
    """UTF-8 with a few broken bytes is refused rather than guessed: an 8-bit guess would garble every accent."""
    text = data.decode("utf-8", "surrogateescape")
    broken = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    decoded = sum(1 for ch in text if ch >= "\x80" and not "\udc80" <= ch <= "\udcff")
    if decoded > broken:
        raise IngestError(
            f"{name}: not valid UTF-8 ({broken:,} bad bytes, the first at byte {error.start:,}); re-save it as UTF-8"
        )


def decode(data: bytes, name: str = "input") -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(f"{name}: not valid {encoding} despite its byte-order mark ({exc.reason})") from exc
    if looks_binary(data):
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, exc, name)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_EIGHT_BIT) + ["iso-8859-15", "cp1250", "latin_1"]).best()
    if best is not None:
        return str(best)
    raise IngestError(f"{name}: cannot tell its text encoding (not UTF-8, UTF-16 or a known 8-bit encoding)")
