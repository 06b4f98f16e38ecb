"""`POST /api/ingest`: analyse and store articles sent as JSON -- only when the operator configured a
token ($NEWSGRAPH_API_TOKEN or `newsgraph serve --token`); otherwise the API stays read-only (403).

Each article goes the way a JSON Lines record goes through `newsgraph ingest`: the same reader
(`readers.read_record`), cleaning and checks (`batch.build_article`) and the same ingest service
(`ingest.service.IngestService`: duplicate checks, batches, per-article failure isolation, ingest log).
So the same input stores the same rows either way, and one bad article (malformed, empty, too long,
not English, failing analysis) is answered with its reason while the others are stored.
"""
from __future__ import annotations

import datetime as dt
import hmac
import uuid
from typing import Annotated, Any, Iterator, Union

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from newsgraph.api.answers import IngestAnswer, ok
from newsgraph.api.body import read_articles
from newsgraph.api.errors import ApiError, error_responses
from newsgraph.settings import TOKEN_ENV, get_settings

router = APIRouter()

_LIMITS = get_settings()
MAX_ARTICLES = _LIMITS.api_max_articles
MAX_TEXT = _LIMITS.api_max_text
MAX_BODY = _LIMITS.api_max_body


class ArticleIn(BaseModel):
    """One article. Checked on its own: a bad one is skipped with its reason, the others go on."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description=f"Article text (plain text; at most {MAX_TEXT:,} characters).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="Outlet name.")
    published: Union[dt.date, str, None] = Field(
        None, description="Publication date, e.g. 2024-06-19; a value that is no date is ignored (noted).")


# The body is read by body.read_articles after the token check (a declared body parameter would make
# FastAPI read and parse it before any dependency runs), so its schema is given to OpenAPI by hand.
INGEST_BODY = {
    "required": True,
    "description": f"At most {MAX_ARTICLES} articles and {MAX_BODY:,} bytes.",
    "content": {"application/json": {"schema": {
        "type": "object", "additionalProperties": False, "required": ["articles"],
        "properties": {"articles": {"type": "array", "items": ArticleIn.model_json_schema(),
                                    "minItems": 1, "maxItems": MAX_ARTICLES}}}}},
}

bearer = HTTPBearer(auto_error=False, description=f"The token the operator set ({TOKEN_ENV} or "
                                                  "`newsgraph serve --token`).")


def check_token(request: Request,
                credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Runs before the body is read: a read-only server answers 403 and a wrong or missing token 401,
    whatever is sent. Only `Authorization: Bearer <token>` counts; the token is compared in constant
    time."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, f"ingest over the API is disabled: the operator has not set {TOKEN_ENV}")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), expected.encode()) or not given:
        raise ApiError(401, "missing or wrong token (send 'Authorization: Bearer <token>')",
                       headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", tags=["ingest"], summary="Analyse and store articles (needs the operator's token)",
             openapi_extra={"requestBody": INGEST_BODY},
             response_model=None, responses={**ok(IngestAnswer), **error_responses(400, 401, 403, 413, 415, 422, 503)})
async def ingest(request: Request, _: None = Depends(check_token)) -> dict[str, Any]:
    """Returns `results` (one per article, in order: status stored | unchanged | duplicate |
    near-duplicate | skipped | error, with the article id and the reason), `articles` (ids of the articles
    now stored, new or unchanged; a near-duplicate is stored as a copy of its original, not analysed),
    `stored` (new rows) and `summary` (the counts `newsgraph ingest` prints)."""
    try:
        articles = await read_articles(request.headers, request.stream(), MAX_BODY, MAX_ARTICLES)
    except ClientDisconnect:
        raise ApiError(400, "the client closed the connection before the body was complete") from None
    return await run_in_threadpool(_store, request, articles)


def _store(request: Request, articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Checks and stores the articles through the ingest service (in a worker thread: it parses)."""
    try:
        from newsgraph.ingest.batch import build_items
        from newsgraph.ingest.service import IngestService, ItemResult
        from newsgraph.ingest.skips import IngestOptions
    except ImportError as exc:  # pipeline pieces missing in this install
        raise ApiError(503, f"ingest is not available: {exc}") from None
    request_id = f"<api:{uuid.uuid4().hex[:8]}>"
    notes: list[str] = []
    results: list[ItemResult] = []
    options = IngestOptions(max_chars=MAX_TEXT, dedup=False)   # the service finds duplicates
    items = build_items(_raw_docs(articles, request_id), options=options,
                        on_note=lambda n: notes.append(str(n)))
    with request.app.state.write_lock:
        service = IngestService(request.app.state.store, batch_size=get_settings().batch_size,
                                near_duplicates=_near_duplicate_index(request), on_result=results.append)
        report = service.run(items)
    report.notes.extend(notes)
    summary = report.to_dict()
    return {"request": request_id,
            "articles": [r.article_id for r in results if r.status in ("stored", "unchanged", "near-duplicate")],
            "results": [r.to_dict() for r in results],
            "stored": {"articles": report.stored, **summary["records"]},
            "summary": summary}


def _near_duplicate_index(request: Request):
    """One near-copy index for the server's life: filled from the store at the first request, then
    only with the articles stored since (by this server or anyone else)."""
    from newsgraph.ingest.near_duplicates import NearDuplicateIndex

    state = request.app.state
    if getattr(state, "near_duplicates", None) is None:
        state.near_duplicates = NearDuplicateIndex()
    return state.near_duplicates


def _raw_docs(articles: list[dict[str, Any]], request_id: str) -> Iterator[Any]:
    """Each JSON article -> the RawDoc `newsgraph ingest` makes of a JSON record, or a Skip naming what
    is malformed about it (origin "<api:REQUEST>#N", N counting from 1)."""
    from newsgraph.ingest.readers import read_record
    from newsgraph.ingest.skips import Skip

    for i, obj in enumerate(articles, start=1):
        origin = f"{request_id}#{i}"
        try:
            art = ArticleIn.model_validate(obj)
        except ValidationError as exc:
            yield Skip(origin, "malformed article: " + _validation_message(exc), "malformed")
            continue
        record = art.model_dump(exclude_none=True)
        if isinstance(record.get("published"), dt.date):
            record["published"] = record["published"].isoformat()
        yield from read_record(record, origin)


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ())) or "article"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)
