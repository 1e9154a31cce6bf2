"""Turning requests' exceptions into short reasons and retry decisions.

requests wraps urllib3's errors (sometimes twice, inside a MaxRetryError); urllib3's
`Retry` classifies by the urllib3 error, so we unwrap before asking it.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from urllib3.exceptions import (DecodeError, MaxRetryError, NewConnectionError, ProtocolError, ReadTimeoutError,
                                SSLError)

# Network trouble worth another try. SSLError is a ConnectionError too, but a bad
# certificate will not fix itself between attempts.
_RETRYABLE = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)
_NOT_RETRYABLE = (requests.exceptions.SSLError, requests.exceptions.InvalidURL)


# Query parameters that carry credentials (ReliefWeb's appname, API keys): never in a log line or an error.
_SECRET_PARAMS = frozenset({"appname", "api_key", "apikey", "key", "token", "access_token"})


def redact(url: str) -> str:
    """``url`` with credential-like query values and any password replaced, for logs and errors.

    >>> redact("https://api.reliefweb.int/v2/reports?appname=me&limit=5")
    'https://api.reliefweb.int/v2/reports?appname=REDACTED&limit=5'
    >>> redact("http://user:hunter2@example.org/a")
    'http://user:REDACTED@example.org/a'
    """
    parts = urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":REDACTED@", 1))
    if parts.query:
        query = [(k, "REDACTED" if k.lower() in _SECRET_PARAMS else v)
                 for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        parts = parts._replace(query=urlencode(query))
    return urlunsplit(parts)


class RedactingFilter(logging.Filter):
    """Passes every string argument of a log record through ``redact``.

    urllib3 logs each request line at DEBUG, query string included ("GET /v2/reports?appname=…"):
    an operator who turns DEBUG on must not find a credential in the run's logs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) and ("?" in arg or "@" in arg) else arg
                                for arg in record.args)
        return True


def urllib3_cause(exc: BaseException) -> Exception | None:
    """The urllib3 error inside a requests exception, if there is one."""
    cause = exc.args[0] if exc.args else None
    if isinstance(cause, MaxRetryError):
        cause = cause.reason
    return cause if isinstance(cause, Exception) else None


def as_request_error(exc: Exception) -> Exception:
    """A urllib3 error met while reading a body, as the requests exception ``iter_content`` would raise.

    We read bodies with urllib3's ``read1`` (see fetch/http.py), so we translate its errors the
    way requests does, and the rest of this module sees one family of exceptions.
    """
    if isinstance(exc, ProtocolError):  # a reset, or fewer bytes than Content-Length promised
        return requests.exceptions.ChunkedEncodingError(exc)
    if isinstance(exc, DecodeError):  # a body that is not the gzip/deflate it claims to be
        return requests.exceptions.ContentDecodingError(exc)
    if isinstance(exc, ReadTimeoutError):
        return requests.ConnectionError(exc)
    if isinstance(exc, SSLError):
        return requests.exceptions.SSLError(exc)
    if isinstance(exc, OSError):  # a socket error urllib3 let through
        return requests.ConnectionError(exc)
    return exc


def is_retryable_error(exc: BaseException) -> bool:
    return isinstance(exc, _RETRYABLE) and not isinstance(exc, _NOT_RETRYABLE)


def describe_request_error(exc: requests.RequestException) -> str:
    """A short, human-readable reason: "read timeout", "connection refused", ..."""
    cause = urllib3_cause(exc)
    if isinstance(exc, requests.ConnectTimeout):
        return "connect timeout"
    # A timeout while streaming the body arrives as a ConnectionError around ReadTimeoutError.
    if isinstance(exc, requests.ReadTimeout) or isinstance(cause, ReadTimeoutError):
        return "read timeout"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return f"body could not be decompressed: {cause or exc}"
    if isinstance(exc, requests.exceptions.SSLError):
        return f"TLS error: {cause or exc}"
    if isinstance(cause, NewConnectionError):
        # "...: Failed to establish a new connection: [Errno 111] Connection refused"
        detail = str(cause).rsplit("connection: ", 1)[-1]
        return f"connection failed: {detail}"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError) or isinstance(cause, ProtocolError):
        return f"connection broken mid-response: {cause or exc}"
    if isinstance(exc, requests.ConnectionError):
        return f"connection failed: {cause or exc}"
    return f"{type(exc).__name__}: {exc}"
