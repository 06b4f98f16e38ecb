"""Bytes -> text: UTF-8 first, then a legacy-charset guess; binary content is refused, not guessed."""
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
        result = None
        for enc in ("utf-8", "cp1252", "latin-1"):
            try:
                result = Decoded(data.decode(enc), enc)
                break
            except UnicodeDecodeError:
                continue
        assert result is not None  # latin-1 decodes anything
        if result.guessed and _looks_like_cyrillic_bytes(result.text):
            result = Decoded(data.decode("cp1251", errors="replace"), "cp1251")
    if _control_share(result.text) > _MAX_CONTROL_SHARE:
        raise BinaryContent("control characters (not text)")
    return result


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
