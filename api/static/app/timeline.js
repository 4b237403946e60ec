/* timeline: the events of the timeline page, loaded from GET /api/v1/events.
 *
 * The filters are the page's own query string (the form above submits there, so a URL shares
 * a view); they are passed to the API unchanged, and so is `limit` (the page size, 100 unless
 * the URL says otherwise). Events come a page at a time; "Load more" follows the API's
 * Link: rel="next" cursor. Events are grouped by the day their interval
 * starts, and each shows its extent as a bar on a logarithmic scale.
 */
"use strict";

(function () {
  const T = window.Timeline;
  const el = T.el;
  const PAGE = 100;
  const here = new URLSearchParams(window.location.search);

  const list = document.getElementById("events");
  const status = document.getElementById("status");
  const more = document.getElementById("more");
  let shown = 0;

  function firstUrl() {
    const query = new URLSearchParams();
    for (const name of T.FILTERS) {
      const value = (here.get(name) || "").trim();
      if (value) query.set(name, value);
    }
    query.set("limit", here.get("limit") || String(PAGE));
    return `${list.dataset.api}?${query}`;
  }

  /* The sentence, with the expression that dated the event marked in it. */
  function sentence(event) {
    const text = event.text || "";
    const expr = event.expression && event.expression.text;
    const at = expr ? text.indexOf(expr) : -1;
    if (at < 0) return el("p", { class: "event__text" }, text);
    return el("p", { class: "event__text" }, text.slice(0, at),
      el("mark", { class: "timex" }, expr), text.slice(at + expr.length));
  }

  function eventItem(event) {
    const start = T.parseIso(event.start);
    const end = T.parseIso(event.end);
    const span = start && end ? end.instant - start.instant : 0;
    const byPublication = event.basis === "publication";
    const gran = String(event.granularity || "day").toLowerCase();
    const published = T.parseIso(event.published_at);
    const expr = event.expression;
    return el("li", {
      class: `event event--${gran}${byPublication ? " event--publication" : ""}`,
      "data-start": event.start, "data-end": event.end, "data-id": event.id,
    },
    el("p", { class: "event__when" },
      el("time", { datetime: event.start }, T.describeInterval(event.start, event.end)),
      " ", el("span", { class: "badge" }, T.granularityLabel(gran)),
      byPublication ? el("span", { class: "badge badge--pub",
        title: "No expression dates this sentence: it is placed at the article's publication" },
      "dated by publication") : null),
    el("div", { class: "extent" },
      el("span", { class: "extent__track", "aria-hidden": "true" },
        el("span", { class: "extent__bar", style: `width:${T.extentWidth(span)}%` })),
      el("span", { class: "extent__label" }, `lasts ${T.durationLabel(span, event.start, event.end)}`)),
    sentence(event),
    el("p", { class: "event__meta" },
      el("a", { href: `/articles/${event.article_id}` }, event.title || `Article ${event.article_id}`),
      event.source ? ` · ${event.source}` : "",
      published ? " · published " : "",
      published ? el("time", { datetime: event.published_at }, T.formatDay(published.wall)) : null,
      expr ? " · " : "",
      expr ? el("span", { class: "event__expr" }, `“${expr.text}” → `, el("code", {}, expr.value),
        expr.mod ? ` ${expr.mod}` : "") : null));
  }

  /* With a window, events that began before it (a "since 2014" runs through every later
   * day) are gathered, folded, above the days instead of leading the list. */
  const windowFrom = T.parseIso(here.get("from"));
  let earlier = null;

  function earlierGroup() {
    if (!earlier) {
      const title = el("h2", { class: "day__title" });
      const section = el("section", { class: "day day--earlier", "data-day": "earlier" },
        el("details", {}, el("summary", {}, title), el("ol", { class: "events" })));
      list.prepend(section);
      earlier = { section, title, count: 0 };
    }
    earlier.count += 1;
    earlier.title.textContent = `${T.plural(earlier.count, "event")} ` +
      `began before ${T.formatDay(windowFrom.wall)} and still run`;
    return earlier.section;
  }

  /* Append events, continuing the last day's group when a page boundary splits a day. */
  function render(events) {
    for (const event of events) {
      const start = T.parseIso(event.start);
      if (start && windowFrom && start.instant < windowFrom.instant) {
        earlierGroup().querySelector("ol").append(eventItem(event));
        shown += 1;
        continue;
      }
      const key = start ? T.dayKey(start.wall) : "undated";
      let day = list.lastElementChild;
      if (!day || day.dataset.day !== key) {
        day = el("section", { class: "day", "data-day": key,
          "aria-label": start ? T.formatDay(start.wall) : key },
        el("h2", { class: "day__title" },
          el("time", { datetime: key }, start ? T.formatDay(start.wall) : key)),
        el("ol", { class: "events" }));
        list.append(day);
      }
      day.querySelector("ol").append(eventItem(event));
      shown += 1;
    }
  }

  /* The filters stay folded on a phone (the events come first; the summary says how many
   * are active) and open on a wide screen. */
  const box = document.getElementById("filter-box");
  if (box) box.open = window.matchMedia("(min-width: 40rem)").matches;

  T.pages({
    first: firstUrl(),
    key: "events",
    noun: "events",
    render,
    shown: () => shown,
    summary: (count, following) => `${T.plural(count, "event")} shown` +
      (following ? ", in time order; more follow." : ", in time order."),
    empty: "No events match these filters.",
    more,
    status,
  });
})();
