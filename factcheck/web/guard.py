"""What every request to the desk passes first (an ASGI middleware, before any route runs).

For a server a newsroom runs on a laptop with a browser open on the web (OWASP's CSRF and
DNS-rebinding guidance):

- **Host**: a server on a loopback address answers only requests naming it (127.0.0.1,
  localhost, [::1]); a page on ``http://rebind.example:PORT`` that resolves to 127.0.0.1 gets a
  400 and reads nothing.
- **Token** (``--token``): every request carries it (``Authorization: Bearer``, ``?token=``
  once, then a SameSite=Strict cookie); compared as bytes in constant time, whatever the
  characters.
- **Cross-site writes**: a POST, PUT, PATCH or DELETE whose ``Origin`` is not this server,
  or that a browser marks ``Sec-Fetch-Site: cross-site``/``same-site``, is refused with 403
  (a page on another origin cannot start jobs or reviews). Clients that are not browsers
  send neither header and pass. No state changes on GET.
- **Bodies**: at most ``max_body`` bytes, checked against ``Content-Length`` before anything
  is read and counted as the body streams; more is a 413 at once.
- **Headers**: Content-Security-Policy, nosniff, no referrer, no framing, on every response.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, quote, unquote_to_bytes, urlsplit

from fastapi import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
TOKEN_COOKIE = "factcheck_token"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class BodyTooLarge(HTTPException):
    """Raised while a body streams past the limit (FastAPI passes HTTPExceptions through)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            status_code=413,
            detail=f"the request body is over the {limit // 2**20} MiB limit; split the file",
        )


def host_name(netloc: str) -> str:
    """``host`` of ``host:port`` / ``[::1]:port``, lower-cased."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1 : netloc.find("]")] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def token_matches(given: bytes | None, token: bytes) -> bool:
    return given is not None and hmac.compare_digest(given, token)


class Guard:
    """The checks above around an ASGI app. ``hosts``: the Host names answered (None: any,
    for a server behind a token on another interface)."""

    def __init__(
        self, app: Callable[..., Awaitable[None]], token: str | None = None,
        hosts: frozenset[str] | None = LOOPBACK_NAMES, max_body: int = 20 * 2**20,
    ) -> None:  # fmt: skip
        self.app = app
        self.token = token.encode("utf-8", "surrogateescape") if token else None
        self.hosts = hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v for k, v in scope.get("headers", [])}
        refused = self._refusal(scope, headers)
        if refused is not None:
            status, message = refused
            await _answer(send, status, message)
            return
        from_query = self._query_token(scope)
        await self.app(scope, self._limited(receive), self._headed(send, from_query))

    def _refusal(self, scope: Scope, headers: dict[str, bytes]) -> tuple[int, str] | None:
        host = headers.get("host", b"").decode("latin-1")
        if self.hosts is not None and host_name(host) not in self.hosts:
            return 400, (
                f"this server does not answer to the Host {host[:80]!r}; open it at "
                "http://127.0.0.1 or http://localhost with its port"
            )
        if self.token is not None and not token_matches(self._given(scope, headers), self.token):
            return 401, (
                "this server needs its token: pass ?token=... once, or the header "
                "Authorization: Bearer ..."
            )
        if scope["method"] not in SAFE_METHODS:
            origin = headers.get("origin")
            site = headers.get("sec-fetch-site", b"").decode("latin-1").lower()
            if origin is not None and origin != b"null":
                netloc = urlsplit(origin.decode("latin-1")).netloc.lower()
                if not netloc or netloc != host.lower():
                    return 403, "a page on another site cannot send this request (Origin)"
            elif origin == b"null" and site not in ("same-origin", "none"):
                # an opaque origin (a no-referrer page, a sandboxed frame): only a browser's
                # own word that the request is same-origin lets it through
                return 403, "a page on another site cannot send this request (Origin null)"
            elif site in ("cross-site", "same-site"):
                return 403, "a page on another site cannot send this request (Sec-Fetch-Site)"
        length = headers.get("content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return 400, "Content-Length is not a number"
            if size > self.max_body:
                return 413, (
                    f"the request body is over the {self.max_body // 2**20} MiB limit; "
                    "split the file"
                )
        return None

    def _given(self, scope: Scope, headers: dict[str, bytes]) -> bytes | None:
        auth = headers.get("authorization", b"")
        if auth.startswith(b"Bearer "):
            return auth[len(b"Bearer ") :].strip()
        query = self._query_token(scope)
        if query is not None:
            return query
        for part in headers.get("cookie", b"").split(b";"):
            name, _, value = part.strip().partition(b"=")
            if name == TOKEN_COOKIE.encode():
                return unquote_to_bytes(value.decode("latin-1"))
        return None

    @staticmethod
    def _query_token(scope: Scope) -> bytes | None:
        raw = scope.get("query_string", b"").decode("latin-1")
        values = parse_qs(raw, encoding="utf-8", errors="surrogateescape").get("token")
        return values[0].encode("utf-8", "surrogateescape") if values else None

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        return limited

    def _headed(self, send: Send, from_query: bytes | None) -> Send:
        set_cookie = self.token is not None and from_query is not None

        async def headed(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                if set_cookie and self.token is not None:
                    # the token, percent-encoded (a cookie is ASCII)
                    value = quote(self.token, safe="")
                    extra.append(
                        (b"set-cookie",
                         f"{TOKEN_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/".encode())
                    )  # fmt: skip
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        return headed


async def _answer(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"content-security-policy", CSP.encode()),
                (b"x-content-type-options", b"nosniff"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
