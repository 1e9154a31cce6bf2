"""Which URLs a fetch may reach: the guard against server-side request forgery (SSRF).

A server we do not control can answer with a redirect, and a feed can link anywhere. Left to
itself, the nightly run would follow them to a cloud metadata endpoint (169.254.169.254), to a
database on the private network or to another service on our own machine. The rules:

- only http and https, on every hop;
- a redirect stays on the host it was asked for ("www." aside), or on a host the caller allows;
- no address that is loopback, link-local, private, multicast, reserved or otherwise not
  globally routable — except the registry's own host and port: a source deliberately
  registered on 127.0.0.1:8080 (the tests' servers, a local mirror) keeps working, while a
  redirect from there to 127.0.0.1:6379 or to 10.0.0.5 does not.

Host names are resolved and every address they resolve to is checked. The connection then
resolves the name again, so a DNS server that answers differently the second time (DNS
rebinding) is out of scope here; pinning the checked address would need a custom adapter.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from fetch.errors import redact

ALLOWED_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(Exception):
    """A URL the guard will not let the fetcher reach; the message says why."""


def origin_key(url: str) -> tuple[str, int | None]:
    """(host, port) of a URL, the unit a non-public address is allowed for.

    >>> origin_key("http://127.0.0.1:8080/a"), origin_key("https://Example.org/")
    (('127.0.0.1', 8080), ('example.org', 443))
    """
    parts = urlsplit(url)
    return (parts.hostname or "", parts.port or _DEFAULT_PORTS.get(parts.scheme.lower()))


def site(host: str) -> str:
    """A host without "www.": example.org and www.example.org are one site."""
    return host.lower().removeprefix("www.")


def address_class(address: str) -> str | None:
    """Why an IP address is off limits, or None for a public one.

    >>> [address_class(a) for a in ("169.254.169.254", "10.1.2.3", "127.0.0.2", "::ffff:192.168.0.1", "8.8.8.8")]
    ['link-local', 'private', 'loopback', 'private', None]
    >>> address_class("100.64.0.1"), address_class("224.0.0.1"), address_class("0.0.0.0")
    ('not globally routable', 'multicast', 'unspecified')
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone id ("fe80::1%eth0") is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # Most specific first: 169.254/16 and 127/8 are "private" too in Python's tables.
    for name in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    return None if ip.is_global else "not globally routable"


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def non_public_reason(url: str, trusted_url: str) -> str | None:
    """Why ``url`` points at a non-public address, or None if it may be fetched.

    ``trusted_url`` is the registry's URL for the source: its own host and port are allowed
    whatever they resolve to (the operator chose them).
    """
    host, port = origin_key(url)
    if (host, port) == origin_key(trusted_url):  # urlsplit's hostname is lower-case already
        return None
    if _is_ip_literal(host):
        kind = address_class(host)
        return f"{kind} address" if kind else None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return None  # the request itself fails with the resolver's reason
    for *_, sockaddr in infos:
        if kind := address_class(str(sockaddr[0])):
            return f"{host} resolves to {sockaddr[0]}, a {kind} address"
    return None


def check_redirect(target: str, requested_url: str, trusted_url: str, allowed_hosts: frozenset[str]) -> None:
    """Raise :class:`Refused` unless a redirect to ``target`` may be followed.

    ``requested_url`` is the URL this fetch was asked for (its host is the one redirects may
    stay on); ``trusted_url`` the registry's URL for the source (see :func:`non_public_reason`).
    """
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    shown = redact(target)  # a hostile Location may echo our query string (an API key) back
    if scheme not in ALLOWED_SCHEMES:
        raise Refused(f"refused redirect to {shown}: scheme {scheme or '(none)'!r} is not http(s)")
    host = parts.hostname
    if not host:
        raise Refused(f"refused redirect to {shown}: no host")
    if _is_ip_literal(host) and (reason := non_public_reason(target, trusted_url)):
        raise Refused(f"refused redirect to {shown}: {reason}")  # the address says more than "another host"
    expected = site(urlsplit(requested_url).hostname or "")
    if site(host) != expected and site(host) not in {site(h) for h in allowed_hosts}:
        raise Refused(f"refused redirect to {shown}: host {host} is not the source's host {expected}")
    if reason := non_public_reason(target, trusted_url):
        raise Refused(f"refused redirect to {shown}: {reason}")


def check_url(url: str, trusted_url: str) -> None:
    """Raise :class:`Refused` if a URL found under a source (a feed's link) points at a non-public address."""
    if reason := non_public_reason(url, trusted_url):
        raise Refused(f"refused {redact(url)}: {reason}")
