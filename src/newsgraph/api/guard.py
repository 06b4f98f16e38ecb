"""What every request meets before the app: the Host check, and no reading of bodies nobody asked for.

**Host check (DNS-rebinding protection).** A web page can make a browser send requests to a server on
the user's own machine by pointing its own domain name at 127.0.0.1; the browser then sends that
domain as the Host header. So a server bound to loopback answers only loopback names (localhost,
127.x.x.x, [::1]) unless the operator names more (`NEWSGRAPH_API_ALLOWED_HOSTS`, `serve
--allowed-hosts`); any other Host gets 400 before routing.

**Unread bodies.** When the app answers without reading a request's body (401, 403, 404, 405, 413,
...), the connection is closed after the answer instead of the server reading and discarding what the
client still sends: an unauthenticated 100 MB upload costs the server nothing.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterable

from newsgraph.api.errors import error_response
from newsgraph.settings import ENV_PREFIX

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]
ALLOWED_HOSTS_ENV = ENV_PREFIX + "API_ALLOWED_HOSTS"


def is_loopback(name: str) -> bool:
    """localhost (and *.localhost, which browsers resolve to loopback themselves), 127.0.0.0/8, ::1."""
    name = name.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str | None:
    """The name of a Host header without its port ('[::1]:8000' -> '::1'); None when malformed."""
    value = header.strip().lower()
    if value.startswith("["):
        name, bracket, rest = value[1:].partition("]")
        if not bracket:
            return None
    else:
        name, colon, port = value.partition(":")
        rest = colon + port
    if rest and not (rest.startswith(":") and rest[1:].isdigit()):
        return None
    return name or None


@dataclass(frozen=True)
class HostPolicy:
    """Which Host names are answered: loopback names always, plus `names` ("*.example.org" matches its
    subdomains); `any_host` answers every name (a server bound to a public interface with no list)."""

    names: frozenset[str] = frozenset()
    any_host: bool = False

    @classmethod
    def parse(cls, spec: str | Iterable[str]) -> "HostPolicy":
        """From 'news.example.org, *.lan' (or a list); '*' = any host."""
        items = spec.split(",") if isinstance(spec, str) else list(spec)
        names = frozenset(n.strip().lower().rstrip(".") for n in items if n.strip())
        return cls(names - {"*"}, any_host="*" in names)

    @classmethod
    def for_bind(cls, bind_host: str, configured: str = "") -> "HostPolicy":
        """The operator's list when given; else loopback names only when bound to a loopback address,
        any name otherwise (the server cannot know the names it is reached by)."""
        if configured.strip():
            return cls.parse(configured)
        return cls() if is_loopback(bind_host.strip("[]")) else cls(any_host=True)

    def allows(self, header: str | None) -> bool:
        if self.any_host or header is None:   # no Host: HTTP/1.0, not a browser
            return True
        name = host_name(header)
        if name is None:
            return False
        if is_loopback(name) or name in self.names:
            return True
        return any(n.startswith("*.") and name.endswith(n[1:]) for n in self.names)

    def describe(self) -> str:
        if self.any_host:
            return "any host name"
        return ", ".join(["loopback names"] + sorted(self.names))


class RequestGuard:
    """ASGI middleware: the Host check, then the app, closing the connection after an answer given
    without reading the request body."""

    def __init__(self, app: ASGIApp, hosts: HostPolicy):
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: dict, receive: Callable[[], Awaitable[dict]],
                       send: Callable[[dict], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        if not self.hosts.allows(headers.get("host")):
            response = error_response(400, f"this server does not answer to the Host {headers.get('host')!r} "
                                           f"(it answers {self.hosts.describe()}; the operator can add names "
                                           f"with {ALLOWED_HOSTS_ENV})", headers={"Connection": "close"})
            await response(scope, receive, send)
            return

        body_pending = headers.get("content-length", "0").strip() not in ("", "0") or "transfer-encoding" in headers

        async def tracked_receive() -> dict:
            nonlocal body_pending
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body", False):
                body_pending = False
            elif message["type"] == "http.disconnect":
                body_pending = False
            return message

        async def closing_send(message: dict) -> None:
            if message["type"] == "http.response.start" and body_pending:
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        await self.app(scope, tracked_receive, closing_send)


def _headers(scope: dict[str, Any]) -> dict[str, str]:
    """The request headers by lower-case name (the first of repeated ones)."""
    out: dict[str, str] = {}
    for name, value in scope.get("headers", ()):
        out.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
    return out
