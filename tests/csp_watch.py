"""Content-Security-Policy violations seen by a Playwright page, for every browser test."""

from __future__ import annotations

#: Reports each Content-Security-Policy violation of a page on its console (Chromium also logs
#: its own "Refused to ..." line; both are caught by :func:`watch_csp`).
_CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


def watch_csp(page) -> list[str]:
    """Collect the Content-Security-Policy violations of ``page`` (the pages run with the
    policy of ``api/headers.py`` on): the returned list fills as they happen, and a test
    asserts it is empty at its end."""
    found: list[str] = []
    page.add_init_script(_CSP_REPORTER)

    def on_console(message) -> None:
        text = message.text
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            found.append(text)

    page.on("console", on_console)
    return found
