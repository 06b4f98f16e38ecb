"""The API refuses before it reads (issue 16): the token before the body, a capped body parsed as it
streams, Bearer tokens only, the Host header checked (DNS rebinding), 405 with Allow, and an OpenAPI
document that lists every status and says exactly which values are accepted.

In-process tests use FastAPI's TestClient; the ones about the connection (is the body read at all?)
talk to a real `newsgraph serve` over a socket (tests/live_server.py).
"""
from __future__ import annotations

import json
import re
import shutil
import socket

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsgraph.api import create_app  # noqa: E402
from newsgraph.api import ingest as ingest_module  # noqa: E402
from newsgraph.api.guard import HostPolicy, host_name, is_loopback  # noqa: E402
from newsgraph.settings import SettingsError  # noqa: E402
from newsgraph.store import QueryError  # noqa: E402
from newsgraph.store.filters import DATE_PATTERN, EVENT_FILTERS, VALUE_KINDS, is_blank  # noqa: E402

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"title": "Port talks", "source": "Test Wire", "published": "2024-09-02",
           "text": "The Estonian foreign minister met her Latvian counterpart in Riga on Tuesday to discuss "
                   "ferry links. \"We agreed on a timetable,\" the minister told reporters afterwards."}


@pytest.fixture(scope="module")
def rw_db(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("hardening") / "rw.duckdb"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture(scope="module")
def client(rw_db):
    with TestClient(create_app(rw_db, token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def readonly(demo_db):
    with TestClient(create_app(demo_db, token="")) as c:
        yield c


def error_of(r, status):
    assert r.status_code == status, (r.status_code, r.text)
    body = r.json()
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]["message"]


# ---------------------------------------------------------------- the token, before anything is read

@pytest.mark.parametrize("header", [None, "", TOKEN, f"Token {TOKEN}", f"Basic {TOKEN}", "Bearer", "Bearer ",
                                    f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", f"{TOKEN} Bearer"])
def test_only_bearer_with_the_right_token_may_ingest(client, header):
    headers = {} if header is None else {"Authorization": header}
    r = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers=headers)
    assert "Bearer" in error_of(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"


def test_bearer_scheme_is_case_insensitive(client):
    r = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers={"Authorization": f"bearer {TOKEN}"})
    assert r.status_code == 200, r.text


def test_token_is_checked_before_the_body(client, readonly):
    """Garbage, oversized or non-JSON bodies get 401/403 when the token is wrong: the body is not looked at."""
    for body, ctype in ((b"{not json", "application/json"), (b"\xff" * 1000, "text/plain"),
                        (b"[" * 100_000, "application/json")):
        assert client.post("/api/ingest", content=body, headers={"Content-Type": ctype}).status_code == 401
        assert readonly.post("/api/ingest", content=body, headers={"Content-Type": ctype, **AUTH}).status_code == 403
    huge = {"Content-Length": str(10**12), "Content-Type": "application/json"}
    assert client.post("/api/ingest", content=b"{}", headers={**huge, "Authorization": "Bearer no"}).status_code == 401


def test_tokens_are_compared_in_constant_time(client, monkeypatch):
    """Every token given is compared with hmac.compare_digest (never ==), the right one included."""
    import hmac

    calls, real = [], hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(ingest_module.hmac, "compare_digest", spy)
    for given_token in ("x", TOKEN[:5], TOKEN + "-and-more", TOKEN):
        client.post("/api/ingest", content=b"{}", headers={"Authorization": f"Bearer {given_token}"})
    assert [a for a, _ in calls] == [t.encode() for t in ("x", TOKEN[:5], TOKEN + "-and-more", TOKEN)]
    assert all(b == TOKEN.encode() for _, b in calls)


def test_a_whitespace_token_refuses_to_start(demo_db, monkeypatch):
    from click.testing import CliRunner

    from newsgraph.cli import main

    with pytest.raises(SettingsError, match="whitespace"):
        create_app(demo_db, token=" \t ")
    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--token", "   "])
    assert res.exit_code != 0 and "whitespace" in res.output
    monkeypatch.setenv("NEWSGRAPH_API_TOKEN", "  ")
    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db)])
    assert res.exit_code != 0 and "NEWSGRAPH_API_TOKEN" in res.output


# ---------------------------------------------------------------- the body: capped, streamed, JSON

def test_declared_body_over_the_cap_is_413_unread(client, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_BODY", 1000)
    body = json.dumps({"articles": [{**ARTICLE, "text": "word " * 400}]}).encode()
    assert len(body) > 1000
    assert "1,000 bytes" in error_of(client.post("/api/ingest", content=body, headers={
        **AUTH, "Content-Type": "application/json"}), 413)


def test_streamed_body_over_the_cap_is_413(client, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_BODY", 5000)
    sent = []

    def chunks():                       # no Content-Length: the cap is found while reading
        yield b'{"articles": [{"text": "'
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 100
        yield b'"}]}'

    r = client.post("/api/ingest", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert "5,000 bytes" in error_of(r, 413)


def test_a_body_within_the_cap_is_stored(client, monkeypatch):
    body = json.dumps({"articles": [ARTICLE]}).encode()
    monkeypatch.setattr(ingest_module, "MAX_BODY", len(body))
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] in ("stored", "unchanged")


@pytest.mark.parametrize("body,status,words", [
    (b"", 400, "not valid JSON"),
    (b"{\"articles\": [", 400, "not valid JSON"),
    (b"{\"articles\": []} trailing", 400, "not valid JSON"),
    (b"{\"articles\": [{\"text\": \"\xff\xfe\"}]}", 400, "not valid JSON"),
    (b"{\"articles\": [{\"text\": 1e999}]}", 400, "not valid JSON"),
    (b"[]", 422, "JSON object"),
    (b"\"articles\"", 422, "JSON object"),
    (b"{}", 422, "articles: required"),
    (b"{\"articles\": []}", 422, "at least one"),
    (b"{\"articles\": {\"text\": \"x\"}}", 422, "array"),
    (b"{\"articles\": [\"just text\"]}", 422, "not an object"),
    (b"{\"articles\": [], \"colour\": 1}", 422, "unknown field"),
    (b"{\"articles\": [{\"text\": \"a\"}], \"articles\": [{\"text\": \"b\"}]}", 422, "twice"),
    (b"{\"articles\": [{\"text\": " + b"[" * 50_000 + b"]" * 50_000 + b"}]}", 422, "nested"),
])
def test_malformed_bodies_are_client_errors(client, body, status, words):
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert words in error_of(r, status)


def test_too_many_articles_stop_the_reading(client, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_ARTICLES", 3)
    r = client.post("/api/ingest", json={"articles": [ARTICLE] * 4}, headers=AUTH)
    assert "at most 3" in error_of(r, 422)


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_only_json_is_read(client, ctype):
    r = client.post("/api/ingest", content=json.dumps({"articles": [ARTICLE]}),
                    headers={**AUTH, "Content-Type": ctype})
    assert "application/json" in error_of(r, 415)


def test_json_without_content_type_and_json_suffix_types_are_read(client):
    body = json.dumps({"articles": [ARTICLE]}).encode()
    for headers in (AUTH, {**AUTH, "Content-Type": "application/json; charset=utf-8"},
                    {**AUTH, "Content-Type": "application/vnd.newsgraph+json"}):
        r = client.post("/api/ingest", content=body, headers=headers)
        assert r.status_code == 200, r.text


def test_a_bad_article_is_skipped_the_others_stored(client):
    good = {**ARTICLE, "url": "https://example.org/ferry", "text": ARTICLE["text"] + " Both sides will meet again."}
    r = client.post("/api/ingest", headers=AUTH, json={"articles": [{"title": "no text"}, {"text": ["a", "list"]},
                                                                    {**ARTICLE, "colour": "red"}, good]})
    assert r.status_code == 200, r.text
    statuses = [x["status"] for x in r.json()["results"]]
    assert statuses[:3] == ["skipped"] * 3 and statuses[3] == "stored"
    reasons = [x["reason"] for x in r.json()["results"][:3]]
    assert "text" in reasons[0] and "text" in reasons[1] and "colour" in reasons[2]


# ---------------------------------------------------------------- methods, errors, hosts

@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path,allowed", [("/api/events", "GET"), ("/api/events/abc", "GET"),
                                          ("/api/ingest", "POST"), ("/", "GET"),
                                          ("/static/app.js", "GET, HEAD")])
def test_unsupported_methods_get_405_with_allow(client, method, path, allowed):
    r = client.request(method, path)
    assert method in error_of(r, 405)
    assert r.headers["allow"] == allowed


def test_get_on_ingest_is_405(client):
    r = client.get("/api/ingest")
    error_of(r, 405)
    assert r.headers["allow"] == "POST"


@pytest.mark.parametrize("header,ok", [
    ("localhost", True), ("localhost:8000", True), ("LOCALHOST.", True), ("127.0.0.1:8000", True),
    ("127.1.2.3", True), ("[::1]:8000", True), ("app.localhost", True),
    ("evil.example", False), ("evil.example:8000", False), ("127.0.0.1.evil.example", False),
    ("localhost.evil.example", False), ("localhost@evil.example", False), ("[::1", False),
    ("localhost:80x", False), ("", False), ("192.168.1.10", False), ("0.0.0.0", False),
])
def test_loopback_policy(header, ok):
    assert HostPolicy.for_bind("127.0.0.1").allows(header) is ok


def test_host_policies():
    assert host_name("[::1]:8080") == "::1" and host_name("Example.ORG:443") == "example.org"
    assert is_loopback("::1") and is_loopback("127.9.9.9") and not is_loopback("10.0.0.1")
    assert HostPolicy.for_bind("0.0.0.0").allows("news.example.org")          # cannot know its names
    assert HostPolicy.for_bind("::1").allows("evil.example") is False
    named = HostPolicy.for_bind("0.0.0.0", "news.example.org, *.lan")
    assert named.allows("news.example.org:8000") and named.allows("box.lan") and named.allows("localhost")
    assert not named.allows("lan") and not named.allows("evil.example") and not named.allows("news.example.org.evil")
    assert HostPolicy.for_bind("127.0.0.1", "*").allows("anything.example")
    assert HostPolicy().allows(None)      # HTTP/1.0 without Host: not a browser


def test_app_refuses_foreign_hosts(demo_db):
    app = create_app(demo_db, token="", allowed_hosts=HostPolicy.for_bind("127.0.0.1"))
    with TestClient(app, base_url="http://localhost:8000") as c:
        assert c.get("/api/meta").status_code == 200
        assert c.get("/api/meta", headers={"Host": "127.0.0.1:8000"}).status_code == 200
        r = c.get("/api/meta", headers={"Host": "attacker.example"})
        assert "NEWSGRAPH_API_ALLOWED_HOSTS" in error_of(r, 400)
        assert c.get("/", headers={"Host": "attacker.example"}).status_code == 400     # the dashboard too


def test_allowed_hosts_setting(demo_db, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_API_ALLOWED_HOSTS", "news.example.org")
    with TestClient(create_app(demo_db, token=""), base_url="http://news.example.org") as c:
        assert c.get("/api/meta").status_code == 200
        assert c.get("/api/meta", headers={"Host": "other.example"}).status_code == 400


def test_serve_binds_to_loopback_and_answers_loopback_names_by_default(demo_db, monkeypatch):
    from click.testing import CliRunner

    import uvicorn

    from newsgraph.cli import main

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app, host=host, port=port))
    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db)])
    assert res.exit_code == 0, res.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    policy = seen["app"].state.allowed_hosts
    assert policy.allows("localhost:8000") and not policy.allows("attacker.example")
    assert "loopback names" in res.output

    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--host", "0.0.0.0"])
    assert seen["app"].state.allowed_hosts.allows("news.example.org")
    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--host", "0.0.0.0", "--allowed-hosts", "a.org"])
    assert seen["app"].state.allowed_hosts.allows("a.org")
    assert not seen["app"].state.allowed_hosts.allows("b.org")
    monkeypatch.setenv("NEWSGRAPH_API_ALLOWED_HOSTS", "c.org")
    res = CliRunner().invoke(main, ["serve", "--db", str(demo_db)])
    assert seen["app"].state.allowed_hosts.allows("c.org")


# ---------------------------------------------------------------- the OpenAPI document

@pytest.fixture(scope="module")
def spec(readonly):
    return readonly.get("/openapi.json").json()


def test_every_operation_documents_its_errors(spec):
    error_ref = "#/components/schemas/ErrorBody"
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            codes = set(op["responses"])
            expected = {"200", "400", "422"} | ({"404"} if "{" in path else set())
            if path == "/api/ingest":
                expected |= {"401", "403", "413", "415", "503"}
            assert expected <= codes, (method, path, codes)
            for code in codes - {"200"}:
                schema = op["responses"][code]["content"]["application/json"]["schema"]
                assert schema == {"$ref": error_ref}, (path, code)
    assert spec["paths"]["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    body = spec["paths"]["/api/ingest"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["articles"]["maxItems"] == ingest_module.MAX_ARTICLES


def test_error_answers_match_the_documented_body(client, readonly, spec):
    validator = _validator(spec, "#/components/schemas/ErrorBody")
    answers = [client.get("/api/events", params={"limit": -1}), client.get("/api/events", params={"bogus": 1}),
               client.get("/api/events", params={"country": "RUS", "actor_country": "UKR"}),
               client.get("/api/events/nothing-here"), client.request("TRACE", "/api/meta"),
               client.post("/api/ingest", content=b"{"), client.post("/api/ingest", content=b"{}", headers=AUTH),
               readonly.post("/api/ingest", json={"articles": [ARTICLE]})]
    assert sorted({a.status_code for a in answers}) == [400, 401, 403, 404, 405, 422]
    for a in answers:
        validator.validate(a.json())


def _validator(spec, ref: str):
    """A validator for a component schema of the document (its $refs resolved within the document)."""
    import jsonschema_rs

    schemas = spec["components"]["schemas"]
    schema = json.loads(json.dumps({"$ref": ref, "$defs": schemas}).replace("#/components/schemas/", "#/$defs/"))
    return jsonschema_rs.validator_for(schema)


def test_answers_match_the_documented_shapes(client, spec):
    """Real answers over the demo database validate against the 200 schema of their operation."""
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    urls = ["/api/meta", "/api/events?limit=500", "/api/events?modality=all&limit=500", "/api/articles?limit=500",
            "/api/actors?limit=500", "/api/quotes?limit=500", "/api/timeline", "/api/timeline?interval=day",
            "/api/network", "/api/map", f"/api/events/{first['id']}", f"/api/articles/{first['article_id']}",
            f"/api/actors/{first['source_actor_id']}"]
    for url in urls:
        path = url.split("?")[0]
        template = next(p for p in spec["paths"] if re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", p), path))
        ref = spec["paths"][template]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        answer = client.get(url)
        assert answer.status_code == 200, (url, answer.text)
        _validator(spec, ref).validate(answer.json())
    r = client.post("/api/ingest", json={"articles": [ARTICLE, {"title": "none"}]}, headers=AUTH)
    _validator(spec, "#/components/schemas/IngestAnswer").validate(r.json())


def _positive_examples(kind: str, n: int = 60):
    schema = VALUE_KINDS[kind].schema()
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if schema["type"] == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if schema["type"] == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False)
    text = st.from_regex(schema["pattern"], fullmatch=True) if "pattern" in schema else st.text()
    return text.filter(lambda s: len(s) <= schema.get("maxLength", 10**9))


@pytest.mark.parametrize("kind", sorted(VALUE_KINDS))
def test_every_value_the_schema_allows_parses(kind):
    """Values drawn from the published schema of each kind of filter value all parse (no 400 for a
    value the OpenAPI document allows), and the schema's regular expression is the one Python checks."""
    schema = VALUE_KINDS[kind].schema()

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_positive_examples(kind))
    def check(value):
        if is_blank(value):
            return                   # a blank value is no filter (parse_filters and the listings drop it)
        if "pattern" in schema:
            assert re.search(schema["pattern"], str(value))
        try:
            VALUE_KINDS[kind].parse(value, kind)
        except QueryError as exc:
            raise AssertionError(f"{kind}: {value!r} fits the schema but is refused: {exc}") from None

    check()


@pytest.mark.parametrize("value,ok", [
    ("2024", True), ("2024-06", True), ("2024-06-19", True), ("2024-02-29", True), ("2000-02-29", True),
    ("1900-02-29", False), ("2023-02-29", False), ("2024-04-31", False), ("2024-12-31", True), ("0001-01-01", True),
    ("0000", False), ("7315-84-12", False), ("2024-13", False), ("2024-00-10", False), ("24-06-19", False),
    ("2024-6-19", False), ("2024-06-19\n", False),
])
def test_the_date_pattern_is_exactly_the_real_days(value, ok):
    """As JSON Schema reads the pattern (what clients and fuzzers go by)."""
    import jsonschema_rs

    assert jsonschema_rs.is_valid({"type": "string", "pattern": DATE_PATTERN}, value) is ok


@pytest.mark.parametrize("params", [{"since": "7315-84-12"}, {"root": "0"}, {"root": "21"}, {"until": "0000"},
                                    {"since": "2024-06-19\n"}, {"dyad": "Putin"}, {"dyad": "a, "},
                                    {"country": "Russia"}])
def test_values_outside_the_schema_are_refused_with_422(readonly, params):
    error_of(readonly.get("/api/events", params=params), 422)


@pytest.mark.parametrize("params", [{"modality": "certain"}, {"country": "XYZ"}, {"plover_type": "DANCE"}])
def test_values_outside_a_list_are_refused_by_the_parser_with_400(readonly, params):
    """Lists the API takes in any case are checked by the filter's parser, with its message."""
    assert list(params)[0] in error_of(readonly.get("/api/events", params=params), 400)


@pytest.mark.parametrize("params", [{"root": "1"}, {"root": "01"}, {"root": "20"}, {"since": "2024-02-29"},
                                    {"actor": "   "}, {"search": " "}, {"modality": "all"},
                                    {"modality": "negated,planned"}, {"plover_type": "consult"},
                                    {"country": "rus"}, {"country_pair": "rus,UKR"}, {"dyad": "a,b"},
                                    {"actor_country": "UKR", "country": "ukr"}])
def test_values_inside_the_schema_are_accepted(readonly, params):
    r = readonly.get("/api/events", params=params)
    assert r.status_code == 200, (params, r.text)


def test_aliases_are_accepted_but_not_published(spec):
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {f.name for f in EVENT_FILTERS} <= names
    assert not {a for f in EVENT_FILTERS for a in f.aliases} & names


def test_listing_parameters_share_the_filter_declarations(spec):
    """since/until/country of articles, quotes and actors are the event filters' kinds."""
    def param(path, name):
        return next(p["schema"] for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)
    events_since = param("/api/events", "since")
    for path in ("/api/articles", "/api/quotes"):
        assert param(path, "since")["pattern"] == events_since["pattern"] == DATE_PATTERN
    for path in ("/api/quotes", "/api/actors"):
        assert param(path, "country")["pattern"] == param("/api/events", "country")["pattern"]


# ---------------------------------------------------------------- over a real socket

@pytest.fixture(scope="module")
def live(rw_db, tmp_path_factory):
    from live_server import LiveServer

    path = tmp_path_factory.mktemp("live") / "live.duckdb"
    shutil.copy(rw_db, path)
    with LiveServer(path, token=TOKEN) as server:
        yield server


def _raw(server, request: bytes, body_chunks=(), timeout=10.0) -> tuple[bytes, bool]:
    """Sends a raw request; returns (what the server answered, whether it then closed the connection)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as sock:
        sock.sendall(request)
        for chunk in body_chunks:
            try:
                sock.sendall(chunk)
            except OSError:
                break
        data = b""
        closed = False
        while True:
            try:
                part = sock.recv(65536)
            except (socket.timeout, ConnectionResetError):
                break
            if not part:
                closed = True
                break
            data += part
            if b"\r\n\r\n" in data:
                head, _, rest = data.partition(b"\r\n\r\n")
                length = re.search(rb"content-length: (\d+)", head, re.I)
                if length and len(rest) >= int(length.group(1)) and b"connection: close" not in head.lower():
                    break
        return data, closed


def test_unauthenticated_upload_is_answered_without_reading_and_the_connection_closed(live):
    """The server answers 401 after the headers alone -- the declared 100 GB never sent -- and closes."""
    head = (f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{live.port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {100 * 10**9}\r\n\r\n").encode()
    answer, closed = _raw(live, head, [b'{"articles": [{"text": "'])
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert b"connection: close" in answer.lower() and closed


def test_authenticated_upload_over_the_cap_is_413_before_the_body(live):
    head = (f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{live.port}\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: {100 * 10**9}\r\n\r\n").encode()
    answer, closed = _raw(live, head)
    assert answer.startswith(b"HTTP/1.1 413") and closed, answer[:200]


def test_live_server_refuses_a_rebound_host_name(live):
    answer, _ = _raw(live, b"GET /api/meta HTTP/1.1\r\nHost: attacker.example\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400") and b"attacker.example" in answer
    request = f"GET /api/meta HTTP/1.1\r\nHost: localhost:{live.port}\r\nConnection: close\r\n\r\n"
    answer, _ = _raw(live, request.encode())
    assert answer.startswith(b"HTTP/1.1 200")


MALFORMED = [
    b"GET /api/events?limit=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events?since=%FF%FE HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events?actor=%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events?search=%00%01%02 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/articles/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /static/../../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events?limit=1&limit=2&limit=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    b"GET /api/events HTTP/1.1\r\nConnection: close\r\n\r\n",
    b"GET /api/events HTTP/1.0\r\n\r\n",
    b"BREW /api/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    b"GET /api/events HTTP/9.9\r\nHost: localhost\r\n\r\n",
    b"GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Long: " + b"a" * 100_000 + b"\r\n\r\n",
    b"POST /api/ingest HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN.encode()
    + b"\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{\"a\":",
    b"POST /api/ingest HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN.encode()
    + b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nab\r\n",
    b"POST /api/ingest HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
]


@pytest.mark.parametrize("request_bytes", MALFORMED, ids=range(len(MALFORMED)))
def test_malformed_requests_never_get_a_server_error(live, request_bytes):
    answer, _ = _raw(live, request_bytes)
    if answer:           # some the HTTP parser drops without a word
        status = int(answer.split(b" ", 2)[1])
        assert 200 <= status < 500, answer[:300]
    assert live.proc.poll() is None


@pytest.mark.parametrize("path,params", [("/api/events", {"actor": "\x00"}), ("/api/events", {"search": "a\x00b"}),
                                         ("/api/events", {"dyad": "a\x00,b"}), ("/api/quotes", {"speaker": "\x00"}),
                                         ("/api/articles", {"search": "\x00"}), ("/api/actors", {"search": "\x00"})])
def test_nul_in_a_text_value_is_a_client_error_on_both_backends(db_target, path, params):
    """PostgreSQL cannot take NUL in a text value; the schema says so and the API refuses it (no 500)."""
    from newsgraph.store import open_store

    open_store(db_target).close()
    with TestClient(create_app(db_target, token=""), raise_server_exceptions=False) as c:
        error_of(c.get(path, params=params), 422)


@pytest.mark.parametrize("name", ["actor", "search", "outlet", "rule_id"])
def test_nul_in_a_text_filter_is_a_query_error(name):
    """The Python API and the CLI get the same refusal from the filter's parser."""
    from newsgraph.store.filters import parse_filters

    with pytest.raises(QueryError, match="NUL"):
        parse_filters({name: "a\x00b"})
