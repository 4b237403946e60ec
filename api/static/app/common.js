/* timeline: helpers shared by the page's scripts (no library, no build step).
 *
 * Dates from the API are ISO 8601 strings with an offset. They are read literally: the page
 * shows the wall-clock time the API gives, in the offset it gives, whatever the time zone of
 * the browser, so a page shows the same thing on every machine (and in tests).
 */
"use strict";

window.Timeline = (function () {
  const DAY = 86400000;
  const HOUR = 3600000;
  const MINUTE = 60000;
  const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  /* The timeline page's query-string filters: the names GET /api/v1/events takes, as the
   * server lists them (api/web.py's FILTERS, carried by <html data-filters="from to ...">). */
  const FILTERS = (document.documentElement.dataset.filters || "").split(" ").filter(Boolean);
  const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

  /* Parse an ISO date or datetime into its wall-clock parts and its absolute instant. */
  function parseIso(text) {
    const m = ISO.exec(text || "");
    if (!m) return null;
    const [y, mo, d, H, M, S] = [m[1], m[2], m[3], m[4] || 0, m[5] || 0, m[6] || 0].map(Number);
    let offsetMinutes = 0;
    if (m[7] && m[7] !== "Z") {
      const sign = m[7][0] === "-" ? -1 : 1;
      const digits = m[7].slice(1).replace(":", "");
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    const wall = Date.UTC(y, mo - 1, d, H, M, S); /* the wall clock, as if it were UTC */
    return { text, wall, instant: wall - offsetMinutes * 60000, offsetMinutes,
      offset: m[7] || "", midnight: H === 0 && M === 0 && S === 0 };
  }

  function parts(wall) {
    const t = new Date(wall);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay(),
      H: t.getUTCHours(), M: t.getUTCMinutes() };
  }

  const pad = (n) => String(n).padStart(2, "0");
  /* "196,559": counts with thousands separators, the same on every machine. */
  const formatCount = (n) => Number(n).toLocaleString("en-US");
  /* "1 event", "3 events", "196,559 events". */
  const plural = (n, unit) => `${formatCount(n)} ${unit}${n === 1 ? "" : "s"}`;
  const monthShort = (m) => MONTHS[m].slice(0, 3);

  /* "Wed 11 May 2022" */
  function formatDay(wall) {
    const p = parts(wall);
    return `${WEEKDAYS[p.wd]} ${p.d} ${MONTHS[p.m]} ${p.y}`;
  }

  /* "2022-05-11": the key days are grouped by. */
  function dayKey(wall) {
    const p = parts(wall);
    return `${p.y}-${pad(p.m + 1)}-${pad(p.d)}`;
  }

  function clock(wall, isEnd) {
    const p = parts(wall);
    if (isEnd && p.H === 0 && p.M === 0) return "24:00";
    return `${pad(p.H)}:${pad(p.M)}`;
  }

  /* A date range of whole days, inclusive: "9–15 May 2022", "28 Apr – 4 May 2022". */
  function dayRange(first, last) {
    const a = parts(first);
    const b = parts(last);
    if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m]} ${a.y}`;
    if (a.y === b.y) return `${a.d} ${monthShort(a.m)} – ${b.d} ${monthShort(b.m)} ${a.y}`;
    return `${a.d} ${monthShort(a.m)} ${a.y} – ${b.d} ${monthShort(b.m)} ${b.y}`;
  }

  /* "UTC+03:00", "UTC": the zone an ISO text's offset names. */
  function zoneLabel(iso) {
    return iso.offset && iso.offset !== "Z" && iso.offset !== "+00:00" ? `UTC${iso.offset}` : "UTC";
  }

  /* How a half-open interval reads to a person: whole months, whole days, or clock times,
   * followed by the zone they are in ("(UTC+03:00)", "UTC"; withZone false leaves whole days
   * without it, for labels whose zone is said once elsewhere). */
  function describeInterval(startText, endText, withZone = true) {
    const s = parseIso(startText);
    const e = parseIso(endText);
    if (!s || !e) return startText || "";
    const words = calendarWords(s, e);
    if (words === null) return clockWords(s, e);
    if (!withZone) return words;
    const zone = zoneLabel(s);
    return zone === "UTC" ? `${words} UTC` : `${words} (${zone})`;
  }

  /* Whole years, months or days in words, or null when the interval has clock times. */
  function calendarWords(s, e) {
    if (s.midnight && e.midnight) {
      const a = parts(s.wall);
      const b = parts(e.wall);
      if (a.d === 1 && b.d === 1) {
        const months = (b.y - a.y) * 12 + (b.m - a.m);
        if (months === 12 && a.m === 0) return String(a.y);
        if (months === 1) return `${MONTHS[a.m]} ${a.y}`;
        if (months > 1 && months % 12 === 0 && a.m === 0) return `${a.y}–${b.y - 1}`;
      }
      const last = e.wall - DAY;
      if (last <= s.wall) return formatDay(s.wall);
      return dayRange(s.wall, last);
    }
    return null;
  }

  function clockWords(s, e) {
    const name = zoneLabel(s);
    const zone = name === "UTC" ? " UTC" : ` (${name})`;
    if (dayKey(s.wall) === dayKey(e.wall) || (e.midnight && e.wall - s.wall <= DAY)) {
      return `${formatDay(s.wall)}, ${clock(s.wall)}–${clock(e.wall, true)}${zone}`;
    }
    return `${formatDay(s.wall)} ${clock(s.wall)} – ${formatDay(e.wall)} ${clock(e.wall, true)}${zone}`;
  }

  /* Whole calendar months from one midnight to the same day of a later month (April, "the
   * past three months", 2022), or null. */
  function calendarMonths(startText, endText) {
    const s = parseIso(startText);
    const e = parseIso(endText);
    if (!s || !e || !s.midnight || !e.midnight) return null;
    const a = parts(s.wall);
    const b = parts(e.wall);
    const months = (b.y - a.y) * 12 + (b.m - a.m);
    return a.d === b.d && months > 0 ? months : null;
  }

  /* "1 minute", "6 hours", "1 day", "7 days", "about 4 weeks", "1 month", "1 year",
   * "about 8 years". Given the interval's ends, whole calendar months and years are named
   * exactly (April lasts "1 month", not "about 4 weeks"). */
  function durationLabel(ms, startText, endText) {
    const months = startText && endText ? calendarMonths(startText, endText) : null;
    if (months !== null) {
      return months % 12 === 0 ? plural(months / 12, "year") : plural(months, "month");
    }
    if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), "minute");
    if (ms < DAY) return plural(Math.max(1, Math.round(ms / HOUR)), "hour");
    const days = Math.round(ms / DAY);
    if (days <= 14) return plural(days, "day");
    if (days < 60) return `about ${plural(Math.round(days / 7), "week")}`;
    if (days < 365) return `about ${plural(Math.round(days / 30.44), "month")}`;
    return `about ${plural(Math.round(days / 365.25), "year")}`;
  }

  /* The width (percent) of an extent bar: logarithmic from an hour (6%) to a decade (100%),
   * so a day, a week, a month and a year are each clearly longer than the last. */
  function extentWidth(ms) {
    const hours = Math.max(1, ms / HOUR);
    const decade = Math.log10(24 * 365.25 * 10);
    return Math.round(6 + 94 * Math.min(1, Math.log10(hours) / decade));
  }

  /* "part of day" for "partofday": granularities as words. */
  function granularityLabel(value) {
    return value === "partofday" ? "part of day" : String(value || "");
  }

  /* Build an element: el("a", {href: "/x", class: "y"}, "text", child, ...). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      // Through the CSSOM: a style attribute would be refused by the Content-Security-Policy.
      else if (key === "style") node.style.cssText = String(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /* The message of an error response: RFC 9457 problem details, with per-field errors. */
  async function problemMessage(response) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      detail = body.detail || body.title || body.message || detail;
      if (body.errors && typeof body.errors === "object") {
        const fields = flattenErrors(body.errors);
        if (fields.length) detail += ` (${fields.join("; ")})`;
      }
    } catch (_) { /* not JSON: keep the status line */ }
    return detail;
  }

  function flattenErrors(errors, prefix) {
    const out = [];
    for (const [key, value] of Object.entries(errors)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (Array.isArray(value)) out.push(`${name}: ${value.join(" ")}`);
      else if (value && typeof value === "object") out.push(...flattenErrors(value, name));
      else out.push(`${name}: ${value}`);
    }
    return out;
  }

  /* The URL of rel="next" in a Link header, if any. */
  function nextLink(header) {
    if (!header) return null;
    for (const part of header.split(",")) {
      const m = /<([^>]+)>\s*;(.*)/.exec(part.trim());
      if (m && /rel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2])) return m[1];
    }
    return null;
  }

  /* The URL of the page after a cursor-paged API answer: its Link rel="next", or else the
   * body's next_cursor on the same query (null on the last page). */
  function followingPage(body, response) {
    const following = nextLink(response.headers.get("Link"));
    if (following || !body.next_cursor) return following;
    const url = new URL(response.url);
    url.searchParams.set("cursor", body.next_cursor);
    return url.pathname + url.search;
  }

  /* A list the API serves a page at a time, read into the page: the first page at once, the
   * next one on "Load more" (`more`), which follows the Link rel="next" (or the body's
   * next_cursor). `key` names the list in the body ("events"), `noun` it in the messages
   * ("events"); `render(items)` adds a page; `shown()` counts what is on the page;
   * `summary(shown, more)` and `empty` word the status line. */
  function pages({ first, key, noun, render, shown, summary, empty, more, status }) {
    let next = null;
    async function load(url) {
      more.disabled = true;
      status.textContent = shown() ? `Loading more ${noun}…` : `Loading ${noun}…`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(await problemMessage(response));
        const body = await response.json();
        const items = body[key] || [];
        const following = followingPage(body, response);
        render(items);
        next = following;
        more.hidden = !next;
        more.disabled = false;
        status.textContent = shown() ? summary(shown(), Boolean(next)) : empty;
      } catch (error) {
        status.textContent = `The ${noun} could not be loaded: ${error.message}`;
        status.classList.add("status--error");
        more.disabled = false;
      }
    }
    more.addEventListener("click", () => { if (next) load(next); });
    load(first);
  }

  /* Keep a highlighted expression's explanation inside the viewport (narrow screens). */
  function placeTip(event) {
    const holder = event.target.closest && event.target.closest(".tx");
    if (!holder) return;
    const tip = holder.querySelector(".tip");
    if (!tip) return;
    tip.style.left = "0px";
    const box = tip.getBoundingClientRect();
    const room = document.documentElement.clientWidth - 8;
    if (box.right > room) tip.style.left = `${Math.min(0, room - box.right)}px`;
    const moved = tip.getBoundingClientRect();
    if (moved.left < 8) tip.style.left = `${parseFloat(tip.style.left) + (8 - moved.left)}px`;
  }
  document.addEventListener("mouseover", placeTip);
  document.addEventListener("focusin", placeTip);

  /* Escape hides the open explanation until the pointer or focus leaves it (WCAG 1.4.13). */
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const holder = document.activeElement && document.activeElement.closest(".tx");
    for (const open of document.querySelectorAll(".tx:hover, .tx:focus-within")) {
      open.classList.add("tx--dismissed");
    }
    if (holder) holder.classList.add("tx--dismissed");
  });
  const undismiss = (event) => {
    const holder = event.target.closest && event.target.closest(".tx--dismissed");
    if (holder && !holder.contains(event.relatedTarget)) holder.classList.remove("tx--dismissed");
  };
  document.addEventListener("mouseout", undismiss);
  document.addEventListener("focusout", undismiss);

  /* A highlighted expression with its explanation: the markup of the article page. */
  function timexMark(timex, id) {
    const interval = timex.interval
      ? describeInterval(timex.interval.start, timex.interval.end)
      : "none (vague or unanchored)";
    const fact = (key, value, code) =>
      el("span", { class: "fact" }, el("span", { class: "fact__k" }, key), " ",
        code ? el("code", {}, value) : value);
    const tipId = `tip-${id}`;
    const type = String(timex.type || "DATE");
    const vague = !timex.interval && (type === "DATE" || type === "TIME");
    const kind = `timex timex--${type.toLowerCase()}${vague ? " timex--vague" : ""}`;
    return el("span", { class: "tx" },
      el("mark", { class: kind, tabindex: 0, id: `mention-${id}`, "aria-describedby": tipId,
        "data-value": timex.value }, timex.text),
      el("span", { class: "tip", role: "tooltip", id: tipId },
        fact("value", timex.value, true), fact("type", timex.type),
        fact("mod", timex.mod || "—"), fact("interval", interval),
        fact("granularity", granularityLabel(timex.granularity) || "—"), fact("rule", timex.rule || "—", true)));
  }

  return { FILTERS, parseIso, granularityLabel, formatDay, dayKey, describeInterval, durationLabel, extentWidth, el,
    plural, formatCount, zoneLabel, problemMessage, nextLink, followingPage, pages, timexMark };
})();
