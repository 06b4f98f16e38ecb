"""The FastAPI application: REST API under /api/, the dashboard's static files at /.

`create_app(db_path)` opens the database read-only (read-write only when an ingest token is configured,
so `POST /api/ingest` can write). Every error is JSON `{"error": {"status", "message", "details"}}`
(errors.py) and the OpenAPI document lists each status a route gives; unknown query parameters are
rejected, so a typo in a filter never silently returns everything; a method a path does not take gets
405 with `Allow`. Before the app, guard.py checks the Host header and closes connections whose body was
not read.
"""
from __future__ import annotations

import logging
import os
import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Mount

from newsgraph.api.errors import ApiError, error_response
from newsgraph.api.guard import HostPolicy, RequestGuard
from newsgraph.settings import TOKEN_ENV, SettingsError, get_settings
from newsgraph.store import QueryError, SchemaError, open_store

log = logging.getLogger("newsgraph.api")


def static_dir() -> Path:
    return Path(str(resources.files("newsgraph.web").joinpath("static")))


def _allowed_query_params(route: Any) -> set[str]:
    cache = getattr(route, "_ng_query_params", None)
    if cache is None:
        cache, todo = set(), [route.dependant]
        while todo:  # the route's own query parameters and those of its dependencies
            dep = todo.pop()
            cache.update(p.alias for p in dep.query_params)
            todo.extend(dep.dependencies)
        route._ng_query_params = cache
    return cache


async def reject_unknown_params(request: Request) -> None:
    """Unknown query parameters are a client error (422), not something to ignore."""
    route = request.scope.get("route")
    if not request.url.path.startswith("/api/"):
        return  # the dashboard page keeps its filters in the query string
    if route is None or not hasattr(route, "dependant"):
        return
    allowed = _allowed_query_params(route)
    unknown = sorted({k for k in request.query_params.keys() if k not in allowed})
    if unknown:
        raise ApiError(422, f"unknown query parameter(s): {', '.join(unknown)}",
                       {"allowed": sorted(allowed)})


def allowed_methods(app: FastAPI, scope: dict[str, Any]) -> list[str]:
    """The methods the request's path takes (for the Allow header of a 405)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches(scope)
        if match == Match.PARTIAL and getattr(route, "methods", None):
            methods |= set(route.methods)
        elif match != Match.NONE and isinstance(route, Mount):   # the static files
            methods |= {"GET", "HEAD"}
    return sorted(methods)


def create_app(db_path: str | os.PathLike, token: str | None = None,
               allowed_hosts: HostPolicy | str | Iterable[str] | None = None) -> FastAPI:
    """The app over the database at `db_path`. `token` (default: $NEWSGRAPH_API_TOKEN) enables ingest.

    `allowed_hosts`: the Host names answered besides loopback names (a HostPolicy, "a.org,*.lan", a
    list; "*" = any). Default: $NEWSGRAPH_API_ALLOWED_HOSTS, and when that is unset every name -- the
    app cannot know where it is bound; `newsgraph serve` passes loopback names only when it binds to
    loopback.
    """
    settings = get_settings()
    if not isinstance(allowed_hosts, HostPolicy):
        allowed_hosts = HostPolicy.parse(allowed_hosts if allowed_hosts is not None
                                         else settings.api_allowed_hosts or "*")
    if token is None:
        token = settings.token
    elif token and not token.strip():
        raise SettingsError("the API token is only whitespace: give a real token or none")
    token = token or None          # "" = read-only, whatever the environment says
    db_path = str(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.store.close()

    app = FastAPI(
        title="newsgraph", version=_version(), lifespan=lifespan,
        description="Events, actors, quotes and evidence from a newsgraph database. Read-only unless the "
                    f"operator set {TOKEN_ENV} (then `POST /api/ingest` with `Authorization: Bearer <token>`).",
        dependencies=[Depends(reject_unknown_params)],
        docs_url=None, redoc_url=None,   # /docs is served below from vendored assets, not a CDN
    )
    # Opened here (not at startup) so a bad path fails at once with a clear message.
    app.state.store = open_store(db_path, read_only=not token)
    app.state.token = token
    app.state.write_lock = threading.Lock()

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.details, exc.headers)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = []
        for e in exc.errors():
            loc = [str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body")]
            details.append({"parameter": ".".join(loc), "message": e.get("msg"),
                            "input": _short(e.get("input"))})
        msg = "; ".join(f"{d['parameter'] or 'request'}: {d['message']}" for d in details)
        return error_response(422, f"invalid request: {msg}", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        headers = dict(exc.headers or {})
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"not found: {request.url.path}"
        if exc.status_code == 405:
            headers.setdefault("Allow", ", ".join(allowed_methods(app, request.scope)))
            msg = f"{request.method} is not supported here; use {headers['Allow']}"
        return error_response(exc.status_code, msg, headers=headers or None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, f"internal error: {type(exc).__name__}")

    from newsgraph.api import ingest, routes
    app.include_router(routes.router, prefix="/api")
    app.include_router(ingest.router, prefix="/api")

    static = static_dir()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        vendor = static / "vendor"
        if not (vendor / "swagger-ui-bundle.js").exists():
            return HTMLResponse("<!doctype html><title>newsgraph API</title><p>The interactive API page needs "
                                "the vendored Swagger UI assets (<code>make web</code>). The API description "
                                "is at <a href='/openapi.json'>/openapi.json</a>.</p>")
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="newsgraph API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(RequestGuard, hosts=allowed_hosts)
    app.state.allowed_hosts = allowed_hosts
    return app


def _short(v: Any) -> Any:
    if isinstance(v, str) and len(v) > 100:
        return v[:100] + "…"
    return v if isinstance(v, (str, int, float, bool, type(None))) else str(v)[:100]


def _version() -> str:
    try:
        from newsgraph import __version__
        return __version__
    except Exception:
        return "0"


__all__ = ["ApiError", "SchemaError", "create_app"]
