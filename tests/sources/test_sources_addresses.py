"""The fetcher connects to public addresses only (SSRF guard, issue 12): internal addresses are
refused when a source is added (API and CLI), when a URL is fetched, on redirects, and on the
address actually connected to (no second DNS answer), unless TIMELINE_FETCH_ALLOW_PRIVATE."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from click.testing import CliRunner

from api import create_app
from api.cli import main
from timeline.sources import addresses
from timeline.sources.fetching import Fetcher, FetchError, FetchPolicy

#: No retries, no pause: a refusal is final at once.
GUARDED = FetchPolicy(timeout=1.0, retries=0, per_host_interval=0.0)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("fe80::1", "link-local"),
        ("fd00:ec2::254", "unique-local"),  # AWS's IPv6 metadata service
        ("fc00::1", "unique-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped: judged by the IPv4 inside
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
    ],
)
def test_internal_addresses_are_refused_by_kind(address, kind):
    assert addresses.refusal(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700::6810:84e5"])
def test_public_addresses_pass(address):
    assert addresses.refusal(ipaddress.ip_address(address)) is None


@pytest.fixture
def fetchers():
    """Fetchers made by a test, closed after it."""
    made: list[Fetcher] = []

    def make(policy: FetchPolicy = GUARDED) -> Fetcher:
        made.append(Fetcher(policy))
        return made[-1]

    yield make
    for fetcher in made:
        fetcher.close()


def test_fetching_loopback_is_refused_without_a_request(site, fetchers):
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a loopback address.*ALLOW_PRIVATE=1"):
        fetchers().fetch(site.url("/pages/ghost.html"))
    assert site.hits["/pages/ghost.html"] == 0 and site.hits["/robots.txt"] == 0


def test_a_name_resolving_to_loopback_is_refused(site, fetchers):
    url = site.url("/pages/ghost.html").replace("127.0.0.1", "localhost")
    with pytest.raises(FetchError, match=r"localhost resolves to (127\.0\.0\.1|::1), a loopback"):
        fetchers().fetch(url)


def test_the_setting_allows_them(site, fetchers, monkeypatch):
    monkeypatch.setenv(addresses.ALLOW_ENV, "1")
    from timeline.jobs import policy_from_env

    assert policy_from_env().allow_private
    result = fetchers(FetchPolicy(per_host_interval=0.0, allow_private=True)).fetch(
        site.url("/pages/ghost.html")
    )
    assert result.status == 200


@pytest.fixture
def public_site(site, monkeypatch):
    """The fixture site's 127.0.0.1 taken as public, and the name ``news.test`` resolving to
    it through the guard's resolver only (the system's resolver does not know the name)."""
    real_refusal, real_resolve = addresses.refusal, addresses.resolve
    calls = []

    def refusal(address):
        return None if str(address) == "127.0.0.1" else real_refusal(address)

    def resolve(host, port):
        calls.append(host)
        if host == "news.test":
            return [(socket.AF_INET, "127.0.0.1")]
        return real_resolve(host, port)

    monkeypatch.setattr(addresses, "refusal", refusal)
    monkeypatch.setattr(addresses, "resolve", resolve)
    return site, calls


def test_a_redirect_to_an_internal_address_is_refused(public_site, fetchers):
    site, _calls = public_site
    url = site.url("/away?to=http://127.0.0.2:9/latest/meta-data/")
    with pytest.raises(FetchError, match=r"127\.0\.0\.2 is a loopback address"):
        fetchers().fetch(url)


def test_the_connection_goes_to_the_address_checked(public_site, fetchers):
    """DNS rebinding: the name is resolved once, by the guard, and the socket connects to the
    address it checked; asking the system's resolver again would fail (it does not know the
    name), so a success shows no second lookup was made."""
    site, calls = public_site
    url = site.url("/pages/ghost.html").replace("127.0.0.1", "news.test")
    result = fetchers(FetchPolicy(timeout=2.0, retries=0, per_host_interval=0.0)).fetch(url)
    assert result.status == 200 and result.final_url == url
    assert calls and set(calls) == {"news.test"}


def test_the_api_refuses_an_internal_source_with_a_problem(db, database_url, monkeypatch):
    monkeypatch.delenv(addresses.ALLOW_ENV, raising=False)
    client = create_app({"TIMELINE_DATABASE_URL": database_url, "TESTING": True}).test_client()
    for url, kind in [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://127.0.0.1:8080/feed.xml", "loopback"),
        ("http://10.0.0.7/rss", "private"),
        ("http://localhost/feed", "loopback"),
        ("http://2130706433/feed", "loopback"),  # 127.0.0.1 as one decimal number
        ("http://0/feed", "unspecified"),
    ]:
        response = client.post("/api/v1/sources", json={"url": url})
        assert response.status_code == 422, (url, response.get_json())
        assert response.mimetype == "application/problem+json"
        (message,) = response.get_json()["errors"]["url"]
        assert f" {kind} address" in message and "internal addresses are not fetched" in message
    assert client.get("/api/v1/sources").get_json() == []
    monkeypatch.setenv(addresses.ALLOW_ENV, "1")
    allowed = client.post("/api/v1/sources", json={"url": "http://127.0.0.1:8080/feed.xml"})
    assert allowed.status_code == 201


def test_the_cli_refuses_them_with_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv(addresses.ALLOW_ENV, raising=False)
    from timeline import jobs

    monkeypatch.setattr(jobs, "_fetcher", None)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    added = CliRunner().invoke(
        main, ["sources", "add", "http://169.254.169.254/latest/", "--database-url", url]
    )
    assert added.exit_code != 0
    assert "169.254.169.254 is a link-local address" in added.output
    assert "Traceback" not in added.output
    ingested = CliRunner().invoke(
        main, ["ingest", "http://127.0.0.1:9/story.html", "--database-url", url]
    )
    assert "127.0.0.1 is a loopback address" in ingested.output, ingested.output
    assert "Traceback" not in ingested.output
    if jobs._fetcher is not None:
        jobs._fetcher.close()
