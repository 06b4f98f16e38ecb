"""Bytes -> text: UTF-8 first (a few bad bytes replaced when the rest is UTF-8), then a legacy-charset
guess; binary content is refused, not guessed."""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

# File signatures of common non-text formats (first bytes).
_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"PK\x03\x04": "ZIP/Office",
    b"\x1f\x8b": "gzip", b"BZh": "bzip2", b"\xfd7zXZ": "xz", b"7z\xbc\xaf": "7z", b"\x7fELF": "ELF",
    b"RIFF": "RIFF", b"OggS": "Ogg", b"ID3": "MP3"
}
_MAX_CONTROL_SHARE = 0.01   # more control characters than this: not a text file


class BinaryContent(ValueError):
    """The bytes are not text (NUL bytes, a binary file signature, or control-character noise)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str          # codec that worked: utf-8, utf-8-sig, utf-16, cp1252, cp1251, latin-1
    replaced: int = 0      # invalid UTF-8 sequences replaced with U+FFFD (mostly-UTF-8 input)

    @property
    def guessed(self) -> bool:
        """True when the text was not valid UTF-8 and a legacy charset was assumed."""
        return self.encoding in ("cp1252", "cp1251", "latin-1")


def sniff_binary(data: bytes) -> str | None:
    """Name of the binary format if `data` clearly is not text, else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    if b"\x00" in data[:65536]:
        return "binary"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode with utf-8-sig/utf-16 (BOM), utf-8, then cp1252 (cp1251 when that reads as Cyrillic),
    then latin-1; raise BinaryContent for data that is not text."""
    kind = sniff_binary(data)
    if kind:
        raise BinaryContent(f"{kind} data")
    if data.startswith(codecs.BOM_UTF8):
        result = Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        result = Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    else:
        result = _mostly_utf8(data)
        if result is None:
            for enc in ("cp1252", "latin-1"):
                try:
                    result = Decoded(data.decode(enc), enc)
                    break
                except UnicodeDecodeError:
                    continue
            assert result is not None  # latin-1 decodes anything
            if _looks_like_cyrillic_bytes(result.text):
                result = Decoded(data.decode("cp1251", errors="replace"), "cp1251")
    if _control_share(result.text) > _MAX_CONTROL_SHARE:
        raise BinaryContent("control characters (not text)")
    return result


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 when it decodes, or when UTF-8 explains at least as many of the non-ASCII characters as it
    cannot (then each bad sequence becomes U+FFFD and is counted): five stray bytes in a UTF-8 article
    must not turn every dash and curly quote of it into mojibake. A legacy-charset text has almost no
    valid multi-byte UTF-8 sequences, so it still goes to the charset guess (None)."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")   # non-ASCII, decoded
    if good >= bad:
        return Decoded(text, "utf-8", replaced=bad)
    return None


def _looks_like_cyrillic_bytes(text: str) -> bool:
    """Western text has a few accented letters per word; a Cyrillic single-byte text (cp1251) read as
    cp1252 turns whole words into accented Latin ("Ïðåçèäåíò"). Most letters non-ASCII -> cp1251."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return False
    high = sum(1 for ch in letters if "\u00c0" <= ch <= "\u00ff")
    return high / len(letters) > 0.5


def _control_share(text: str, sample: int = 65536) -> float:
    s = text[:sample]
    if not s:
        return 0.0
    bad = sum(1 for ch in s if ch not in "\n\r\t\f\v" and unicodedata.category(ch) == "Cc")
    return bad / len(s)
