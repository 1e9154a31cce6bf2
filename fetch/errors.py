"""Turning requests' exceptions into short reasons and retry decisions.

requests wraps urllib3's errors (sometimes twice, inside a MaxRetryError); urllib3's
`Retry` classifies by the urllib3 error, so we unwrap before asking it.
"""

from __future__ import annotations

import requests
from urllib3.exceptions import MaxRetryError, NewConnectionError, ProtocolError, ReadTimeoutError

# Network trouble worth another try. SSLError is a ConnectionError too, but a bad
# certificate will not fix itself between attempts.
_RETRYABLE = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)
_NOT_RETRYABLE = (requests.exceptions.SSLError, requests.exceptions.InvalidURL)


def urllib3_cause(exc: BaseException) -> Exception | None:
    """The urllib3 error inside a requests exception, if there is one."""
    cause = exc.args[0] if exc.args else None
    if isinstance(cause, MaxRetryError):
        cause = cause.reason
    return cause if isinstance(cause, Exception) else None


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
    if isinstance(exc, requests.TooManyRedirects):
        return f"too many redirects ({exc})"
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
