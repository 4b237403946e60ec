"""Which addresses the fetcher may connect to: public ones only, unless allowed (SSRF guard).

A source URL comes from whoever may add sources; left unguarded, the fetcher would read
``http://169.254.169.254/`` (a cloud's metadata, with its credentials), a database's HTTP port
on loopback or a router on the private network for them. So by default the fetcher refuses
every address that is not a public unicast one: loopback, private (RFC 1918, 100.64/10 shared,
and the other special-purpose IPv4 blocks), link-local (169.254/16, where the cloud metadata
lives; fe80::/10), unique-local IPv6 (fc00::/7), multicast, unspecified (0.0.0.0, ::) and
reserved ones; an IPv4-mapped or NAT64 IPv6 address is judged by the IPv4 address it carries.

The check is made on the address actually connected to: the fetcher resolves a host once,
refuses it if any of its addresses is refused, and connects to the addresses it checked (so a
name whose DNS answer changes between a check and the connection, "DNS rebinding", cannot
slip through). Redirects open their connections the same way. :func:`check_host` is the same
rule for a URL being added as a source, so the API and the CLI refuse it at once.

``TIMELINE_FETCH_ALLOW_PRIVATE=1`` turns the guard off: for tests and development, whose
pages are served from 127.0.0.1, or a deployment that follows feeds on its own network.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from urllib.parse import urlsplit

#: The environment variable that allows internal addresses (``1``, ``true``, ``yes``, ``on``).
ALLOW_ENV = "TIMELINE_FETCH_ALLOW_PRIVATE"

_TRUE = {"1", "true", "yes", "on"}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def private_allowed_by_env() -> bool:
    """Whether :data:`ALLOW_ENV` allows internal addresses."""
    return os.environ.get(ALLOW_ENV, "").strip().lower() in _TRUE


class AddressRefused(Exception):
    """A host that resolves to an address the fetcher does not connect to."""

    def __init__(self, host: str, address: str, kind: str):
        self.host = host
        self.address = address
        self.kind = kind
        article = "an" if kind[0] in "aeiou" else "a"
        where = f"{address} is" if host == address else f"{host} resolves to {address},"
        message = (
            f"{where} {article} {kind} address: internal addresses are not fetched "
            f"({ALLOW_ENV}=1 allows them)"
        )
        self.message = message
        super().__init__(message)


def refusal(address: IPAddress) -> str | None:
    """What kind of internal address ``address`` is (``"loopback"``, ``"private"``,
    ``"link-local"`` ...), or None for a public address the fetcher may connect to."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = address.ipv4_mapped or _nat64(address)
        if carried is not None:
            return refusal(carried)
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv6Address) and address in _UNIQUE_LOCAL:
        return "unique-local"
    if address.is_reserved:
        return "reserved"
    if address.is_private or address in _SHARED:
        return "private"
    if not address.is_global:
        return "reserved"
    return None


_UNIQUE_LOCAL = ipaddress.IPv6Network("fc00::/7")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _nat64(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def resolve(host: str, port: int) -> list[tuple[int, str]]:
    """``(family, address)`` of every address ``host`` resolves to (an IP literal is itself),
    in the resolver's order, each once; raises :class:`OSError` when it does not resolve."""
    found: list[tuple[int, str]] = []
    for family, _type, _proto, _name, sockaddr in socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM
    ):
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        entry = (family, str(sockaddr[0]).split("%")[0])
        if entry not in found:
            found.append(entry)
    return found


def checked_addresses(host: str, port: int) -> list[tuple[int, str]]:
    """The addresses of ``host`` to connect to, every one of them public; raises
    :class:`AddressRefused` when one of them is internal, :class:`OSError` when ``host`` does
    not resolve."""
    addresses = resolve(host.strip("[]"), port)
    for _family, address in addresses:
        kind = refusal(ipaddress.ip_address(address))
        if kind is not None:
            raise AddressRefused(host.strip("[]"), address, kind)
    return addresses


def check_host(url: str) -> None:
    """Refuse (:class:`AddressRefused`) a URL whose host is, or resolves to, an internal
    address. A host that does not resolve now passes: the fetch will say why it fails."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return
    try:
        checked_addresses(host, port)
    except (OSError, UnicodeError, ValueError):
        return
