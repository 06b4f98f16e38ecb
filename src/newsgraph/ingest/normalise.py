"""Text normalisation: one canonical form for whitespace and Unicode, character content kept.

Curly quotes, dashes and accents stay as they are (the quote finder and the name matcher need them);
what goes is invisible or layout noise: zero-width characters, soft hyphens, control characters,
non-breaking and odd-width spaces, Windows/Mac line ends, runs of blank lines, hard line wraps.
"""
from __future__ import annotations

import html
import re
import unicodedata

# Not "\x85" (NEL): text carries it only as a cp1252 byte read as latin-1, where it is "…" (see `_C1`);
# a real NEL line end (EBCDIC conversions) does not occur in web or wire text.
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"), None)
_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")   # Unicode category Cc, minus \t \n (\v \f \r done above)
# cp1252 bytes read as latin-1 leave C1 controls where the page had punctuation: "\x97" is "—", "\x93" "“",
# "\x85" "…".
_C1 = re.compile(r"[\x80-\x9f]")
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
# UTF-8 read as cp1252/latin-1 leaves tell-tale pairs such as "â€™" (’) and "Ã©" (é).
_CP1252_RUN = re.compile("[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+")
_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Ã[©¨ª«®¯±²³´µ¶·¸¹º»¼½¾¿]|Â[\u00a0-\u00bf]")
# a UTF-8 dash read as cp1252 whose middle byte ("€") the scrape dropped or blanked, between spaces: "â ”" was
# "—" (E2 80 94), "â “" was "–" (E2 80 93): "KEARNEY, Neb. â ” The board ..." (LGL texts, session 22)
_BROKEN_DASH = re.compile("(?<=\\s)â\\s?([”“])(?=\\s)")


def normalise_text(text: str) -> str:
    """Canonical form of an article text: NFC, single spaces, '\\n' line ends, at most one blank line."""
    if _ENTITY.search(text):           # text that went through an HTML exporter without unescaping
        text = html.unescape(text)
    text = repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).translate(_INVISIBLE)
    text = _C1.sub(_cp1252_char, text)
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if looks_hard_wrapped(lines):
        lines = unwrap(lines)
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


_NON_WORD = re.compile(r"[^\w]+")


def folded_words(text: str | None) -> str:
    """Words only, single-spaced and case-folded, for comparing names and titles with the page's text;
    entities a CMS escaped twice ("&#039;" in og:title) read as their characters first."""
    return " ".join(_NON_WORD.sub(" ", html.unescape(text or "")).split()).casefold()


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252/latin-1 ("â€™" -> "’", "Ã©" -> "é"), run by run.

    Only runs of non-ASCII characters that contain a tell-tale pair and decode cleanly as UTF-8 change; a dash
    that lost its middle byte between spaces ("â ”") is put back first.
    """
    if "â" in text:
        text = _BROKEN_DASH.sub(lambda m: "—" if m.group(1) == "”" else "–", text)
    if not _MOJIBAKE.search(text):
        return text
    return _CP1252_RUN.sub(_fix_run, text)


def _fix_run(m: re.Match) -> str:
    run = m.group(0)
    if not _MOJIBAKE.search(run):
        return run
    try:
        return _as_cp1252_bytes(run).decode("utf-8")
    except UnicodeError:
        return run


def _as_cp1252_bytes(text: str) -> bytes:
    """Bytes that a cp1252 decoder (latin-1 for its five holes) turned into `text`."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                raise
            out.append(ord(ch))
    return bytes(out)


def looks_hard_wrapped(lines: list[str]) -> bool:
    """True for e-mail/plain-text style: blank-line paragraphs whose lines are cut at ~70-80 columns."""
    body = [ln for ln in lines if ln]
    if len(body) < 6 or len(body) == len(lines):  # no blank lines: every line is its own paragraph
        return False
    wrapped = sum(1 for ln in body if 25 <= len(ln) <= 90)
    return max(len(ln) for ln in body) <= 100 and wrapped >= 0.8 * len(body) and len(body) >= 1.5 * _blocks(lines)


def _blocks(lines: list[str]) -> int:
    return sum(1 for i, ln in enumerate(lines) if ln and (i == 0 or not lines[i - 1]))


def unwrap(lines: list[str]) -> list[str]:
    """Join the lines of each blank-line-separated paragraph (a trailing hyphen before lower case joins tight)."""
    out: list[str] = []
    cur = ""
    for ln in lines + [""]:
        if not ln:
            if cur:
                out.append(cur)
                cur = ""
            out.append("")
            continue
        if not cur:
            cur = ln
        elif cur.endswith("-") and ln[:1].islower():
            cur += ln
        else:
            cur += " " + ln
    return out[:-1]


def _cp1252_char(m: re.Match) -> str:
    """The cp1252 character a C1 control stands for; "" for the five bytes cp1252 leaves undefined."""
    try:
        return bytes([ord(m.group(0))]).decode("cp1252")
    except UnicodeDecodeError:
        return ""
