"""The body of `POST /api/ingest`, read as a stream within a byte cap.

`read_articles` is called only after the token was checked. It refuses a declared Content-Length over
the cap before reading anything (413), counts bytes as they arrive and stops at the cap (413), and
parses the JSON as it arrives (ijson's push parser, no prefix strings, so nesting costs nothing
quadratic): the raw body is never held whole, only the article objects built from it, at most
`max_articles` of them -- reading stops at the first one too many. Malformed JSON is 400; JSON that is
not `{"articles": [{...}, ...]}` is 422 (the shape the OpenAPI document gives). Each article object is
returned as it was sent; its fields are checked one article at a time by the route.
"""
from __future__ import annotations

from typing import Any, AsyncIterator

import ijson

from newsgraph.api.errors import ApiError

MAX_DEPTH = 16        # nesting inside an article: a real article has none; deeper is refused, not built


class _Shape(Exception):
    """The JSON is well-formed but not the request's shape (422)."""


def _content_length(headers: Any) -> int | None:
    raw = headers.get("content-length")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def check_media_type(content_type: str | None) -> None:
    """JSON only; a request without Content-Type is read as JSON."""
    if content_type is None:
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise ApiError(415, f"the body must be JSON (Content-Type: application/json), not {media or 'empty'!r}")


class _ArticlesParser:
    """Follows the parser's events through `{"articles": [ {...}, ... ]}`, building each article."""

    def __init__(self, max_articles: int):
        self.max_articles = max_articles
        self.articles: list[dict[str, Any]] = []
        self.depth = 0                    # containers open
        self.seen_articles_key = False
        self.builder: ijson.ObjectBuilder | None = None

    def feed(self, event: str, value: Any) -> None:
        opening, closing = event in ("start_map", "start_array"), event in ("end_map", "end_array")
        if self.builder is not None:                       # inside one article (depth >= 3)
            self.builder.event(event, value)
            self.depth += opening - closing
            if self.depth > 2 + MAX_DEPTH:
                raise _Shape(f"article {len(self.articles) + 1}: nested more than {MAX_DEPTH} levels deep")
            if self.depth == 2:
                self.articles.append(self.builder.value)
                self.builder = None
                if len(self.articles) > self.max_articles:
                    raise _Shape(f"articles: at most {self.max_articles} per request")
            return
        if self.depth == 0:
            if event != "start_map":
                raise _Shape('the body must be a JSON object: {"articles": [{"text": ...}, ...]}')
        elif self.depth == 1:
            if event == "map_key":
                if value != "articles":
                    raise _Shape(f"unknown field {value!r}: the body has one field, 'articles'")
                if self.seen_articles_key:
                    raise _Shape("'articles' is given twice")
                self.seen_articles_key = True
                return
            if event not in ("start_array", "end_map"):
                raise _Shape("articles: must be an array of article objects")
        elif self.depth == 2:
            if event == "start_map":
                self.builder = ijson.ObjectBuilder()
                self.builder.event(event, value)
            elif event != "end_array":
                raise _Shape(f"articles: item {len(self.articles) + 1} is not an object")
        self.depth += opening - closing

    def result(self) -> list[dict[str, Any]]:
        if not self.seen_articles_key:
            raise _Shape("articles: required")
        if not self.articles:
            raise _Shape("articles: at least one article is needed")
        return self.articles


async def read_articles(headers: Any, stream: AsyncIterator[bytes], max_bytes: int,
                        max_articles: int) -> list[dict[str, Any]]:
    """The article objects of a request body (`headers`, `stream`: the request's), within the caps."""
    check_media_type(headers.get("content-type"))
    declared = _content_length(headers)
    if declared is not None and declared > max_bytes:
        raise ApiError(413, f"request body of {declared:,} bytes: the limit is {max_bytes:,} bytes "
                            "(send fewer articles per request)")
    parser = _ArticlesParser(max_articles)
    events = ijson.sendable_list()
    coro = ijson.basic_parse_coro(events, use_float=True)
    received = 0
    try:
        async for chunk in stream:
            received += len(chunk)
            if received > max_bytes:
                raise ApiError(413, f"request body over the limit of {max_bytes:,} bytes "
                                    "(send fewer articles per request)")
            if not chunk:
                continue                  # an empty send would tell the parser the body ended
            coro.send(chunk)
            for event, value in events:
                parser.feed(event, value)
            del events[:]
        coro.close()
        for event, value in events:
            parser.feed(event, value)
        return parser.result()
    except ijson.JSONError as exc:
        raise ApiError(400, f"the body is not valid JSON: {_first_line(exc)}") from None
    except _Shape as exc:
        raise ApiError(422, f"invalid request: {exc}") from None


def _first_line(exc: Exception) -> str:
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__
