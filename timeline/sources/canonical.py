"""Canonical URLs: one article, one URL, however it was reached.

:func:`canonical_url` normalises a URL without fetching it: the scheme and host lower-cased,
the default port and the fragment dropped, tracking parameters (``utm_*``, ``fbclid``,
``gclid`` ...; the list is :data:`TRACKING_PARAMETERS`) removed, the remaining query sorted,
and the AMP variants of a page (``/amp/``, ``.amp.html``, ``?amp=1``, ``outputType=amp``) turned
into the page itself. :func:`page_canonical` then prefers what the page says of itself
(``<link rel="canonical">``, else ``og:url``) when it points at the same site.

Articles are stored under the canonical URL, and jobs are keyed by it, so the same article
reached through a feed link with ``?utm_source=rss``, its AMP page and its plain URL is
fetched once and stored once.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

#: Query parameters that say how a reader arrived, not what they read (exact names).
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "ocid",
        "smid",
        "smtyp",
        "soc_src",
        "soc_trk",
        "_ga",
        "_gl",
        "ito",
        "at_medium",
        "at_campaign",
        "guccounter",
        "share",
        "amp",
        "outputtype",
    }
)
#: Prefixes of tracking parameters (``utm_source``, ``pk_campaign`` ...).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "_hs", "vero_", "at_")

_AMP_PATH = (
    (re.compile(r"/amp/?$"), "/"),  # /news/story/amp -> /news/story/
    (re.compile(r"/amp/"), "/"),  # /amp/news/story -> /news/story
    (re.compile(r"\.amp(\.html?)$"), r"\1"),  # story.amp.html -> story.html
    (re.compile(r"\.amp$"), ""),  # story.amp -> story
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    """Not an absolute http(s) URL."""


def check_url(url: str) -> str:
    """``url`` stripped, or :class:`InvalidURL` naming the problem (only http and https)."""
    text = url.strip() if isinstance(url, str) else ""
    parts = urlsplit(text)
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise InvalidURL(f"{url!r} is not an http or https URL")
    if not parts.hostname:
        raise InvalidURL(f"{url!r} has no host")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError as error:
        raise InvalidURL(f"{url!r}: {error}") from None
    return text


def canonical_url(url: str) -> str:
    """The canonical form of an absolute http(s) URL (see the module docs)."""
    parts = urlsplit(check_url(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port and parts.port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{parts.port}"
    path = parts.path or "/"
    for pattern, replacement in _AMP_PATH:
        path = pattern.sub(replacement, path)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on the same site: equal hosts, or one a subdomain of the other
    (``www.example.org`` and ``example.org``; ``amp.`` is ignored)."""

    def host(url: str) -> str:
        name = (urlsplit(url).hostname or "").lower()
        return name[4:] if name.startswith(("www.", "amp.")) else name

    first, second = host(a), host(b)
    return bool(first) and (
        first == second or first.endswith("." + second) or second.endswith("." + first)
    )


def page_canonical(fetched_url: str, declared: str | None) -> str:
    """The canonical URL of a fetched page: what it declares (``rel=canonical``/``og:url``,
    resolved against the page's URL) when that is an http(s) URL on the same site, else the
    canonical form of the URL it was fetched from."""
    if declared:
        try:
            candidate = canonical_url(urljoin(fetched_url, declared.strip()))
        except InvalidURL:
            candidate = None
        if candidate and same_site(candidate, fetched_url):
            return candidate
    return canonical_url(fetched_url)
