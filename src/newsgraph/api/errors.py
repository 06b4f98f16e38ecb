"""How the API answers an error: always JSON `{"error": {"status", "message", "details"?}}`, and the
OpenAPI description of those answers, so the document lists every status a route can give."""
from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field


class ApiError(Exception):
    """An error with an HTTP status and a message for the client (and headers, e.g. WWW-Authenticate)."""

    def __init__(self, status: int, message: str, details: Any = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.details, self.headers = status, message, details, headers


def error_response(status: int, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


class ErrorInfo(BaseModel):
    status: int = Field(description="The HTTP status again.")
    message: str = Field(description="What was wrong, for a person.")
    details: Any = Field(None, description="Where there is more to say: the parameters at fault, "
                                           "the allowed names, ...")


class ErrorBody(BaseModel):
    """Every error answer of the API."""

    error: ErrorInfo


_WHY = {
    400: "Bad request: a Host header this server does not answer (DNS-rebinding protection), or a value "
         "the schema cannot rule out that matches nothing (e.g. two names of one filter that disagree).",
    401: "Missing or wrong token: send `Authorization: Bearer <token>`.",
    403: "Ingest over the API is disabled (the operator set no token).",
    404: "No record with that id.",
    413: "Request body larger than the server's limit (NEWSGRAPH_API_MAX_BODY bytes).",
    415: "Request body is not JSON (send `Content-Type: application/json`).",
    422: "A parameter or the body does not fit this document (wrong type, pattern, range, unknown "
         "parameter); `details` names each.",
    503: "Ingest is not available in this installation.",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entries of a route or router for these error statuses."""
    return {s: {"model": ErrorBody, "description": _WHY[s]} for s in statuses}
