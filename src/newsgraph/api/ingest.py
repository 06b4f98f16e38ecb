"""`POST /api/ingest`: analyse and store articles sent as JSON — only when the operator configured a
token ($NEWSGRAPH_API_TOKEN or `newsgraph serve --token`); otherwise the API stays read-only (403).
"""
from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from newsgraph.api.app import ApiError
from newsgraph.settings import TOKEN_ENV, get_settings

router = APIRouter()

_LIMITS = get_settings()
MAX_ARTICLES = _LIMITS.api_max_articles
MAX_TEXT = _LIMITS.api_max_text


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="Outlet name.")
    published: dt.date | None = None


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


def check_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Runs before the body is validated: a read-only server answers 403 whatever is sent."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, f"ingest over the API is disabled: the operator has not set {TOKEN_ENV}")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "missing or wrong token (send 'Authorization: Bearer <token>')")


@router.post("/ingest", tags=["ingest"], summary="Analyse and store articles (needs the operator's token)")
def ingest(request: Request, _: None = Depends(check_token), body: IngestIn = Body()) -> dict[str, Any]:
    try:
        from newsgraph.ingest.clean import make_article
        from newsgraph.pipeline import default_pipeline
    except ImportError as exc:  # pipeline pieces missing in this install
        raise ApiError(503, f"ingest is not available: {exc}") from None
    articles = [make_article(a.text, title=a.title, url=a.url, source=a.source, published=a.published,
                             origin="<api>") for a in body.articles]
    analyses = list(default_pipeline().analyse_many(articles))
    with request.app.state.write_lock:
        stats = request.app.state.store.write(analyses)
    return {"articles": [a.article.id for a in analyses], "stored": stats.to_dict()}
