/* timeline: the default view of the timeline page, what happened.
 *
 * Two parts, both from the API with the page's own filters (its query string; the server
 * fills in the news window when the URL sets none):
 * - the key dates, from GET /api/v1/digest: the days the articles refer to most, each with its
 *   most central sentence, each a link that narrows the page to that day;
 * - one card per happening, from GET /api/v1/happenings, a page at a time through the API's
 *   cursor ("Load more" follows Link: rel="next"): its date, its title (the most central of
 *   its reports), how many sources reported it, its places. Opening a card loads
 *   GET /api/v1/happenings/{id} and lists every report with its outlet, publication time and
 *   links to the article here and where it was published.
 */
"use strict";

(function () {
  const T = window.Timeline;
  const el = T.el;
  const PAGE = 50;
  const DAY = 86400000;
  const here = new URLSearchParams(window.location.search);
  const list = document.getElementById("happenings");
  /* The names the page passes from its URL to GET /api/v1/happenings and /api/v1/digest, as
   * the server lists them (api/web.py's HAPPENING_QUERY and HAPPENING_FILTERS, carried by the
   * list's and the key dates' data-filters). */
  const names = (node) => ((node && node.dataset.filters) || "").split(" ").filter(Boolean);
  const FILTERS = names(list);
  const status = document.getElementById("status");
  const more = document.getElementById("more");
  let next = null;
  let shown = 0;

  /* The page's values of `names` (repeated ones kept: source=a&source=b). */
  function pageQuery(names) {
    const query = new URLSearchParams();
    for (const name of names) {
      for (const value of here.getAll(name)) if (value.trim()) query.append(name, value.trim());
    }
    return query;
  }

  function firstUrl() {
    const query = pageQuery(FILTERS);
    query.set("limit", here.get("limit") || String(PAGE));
    return `${list.dataset.api}?${query}`;
  }

  const sourcesLabel = (names) => T.plural(names.length, "source");

  /* "why" is a sentence for people; an object is read as its facts. */
  function whyText(why) {
    if (!why) return "";
    if (typeof why === "string") return why;
    return Object.entries(why).map(([key, value]) => `${key.replace(/_/g, " ")}: ${value}`)
      .join(", ");
  }

  function placeNames(places) {
    return (places || []).map((p) => (typeof p === "string" ? p : p.name)).filter(Boolean);
  }

  /* "Sat 14 May 2022, 20:00 (UTC+03:00)": when a report was published, in its own offset. */
  function publishedLabel(moment) {
    const clock = new Date(moment.wall).toISOString().slice(11, 16);
    const zone = moment.offset && moment.offset !== "Z" && moment.offset !== "+00:00"
      ? ` (UTC${moment.offset})` : " UTC";
    return `${T.formatDay(moment.wall)}, ${clock}${zone}`;
  }

  function reportItem(event) {
    const published = T.parseIso(event.published_at);
    return el("li", { class: "report", "data-id": event.id },
      el("p", { class: "report__meta" },
        el("span", { class: "report__outlet" }, event.source || "Unknown source"),
        published ? " · " : "",
        published ? el("time", { datetime: event.published_at }, publishedLabel(published))
          : null),
      el("p", { class: "report__text" }, event.text || ""),
      el("p", { class: "report__links" },
        el("a", { href: `/articles/${event.article_id}` }, event.title || `Article ${event.article_id}`),
        event.url ? " · " : "",
        event.url ? el("a", { href: event.url, rel: "noopener noreferrer" }, "where it was published") : null));
  }

  /* Open a card: its reports, loaded once from GET /api/v1/happenings/{id}. */
  async function loadReports(details, happening) {
    if (details.dataset.loaded) return;
    details.dataset.loaded = "loading";
    const holder = details.querySelector(".reports");
    holder.replaceChildren(el("li", { class: "report report--loading" }, "Loading the reports…"));
    try {
      const response = await fetch(`${list.dataset.api}/${happening.id}`,
        { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(await T.problemMessage(response));
      const body = await response.json();
      holder.replaceChildren(...(body.events || []).map(reportItem));
      details.dataset.loaded = "yes";
    } catch (error) {
      holder.replaceChildren(el("li", { class: "report status--error" },
        `The reports could not be loaded: ${error.message}`));
      delete details.dataset.loaded;
    }
  }

  function card(happening) {
    const sources = happening.sources || [];
    const places = placeNames(happening.places);
    const reports = happening.events;
    const details = el("details", { class: "happening__reports" },
      el("summary", {}, `${T.plural(reports, "report")} from ${sourcesLabel(sources)}`),
      el("ol", { class: "reports" }));
    details.addEventListener("toggle", () => { if (details.open) loadReports(details, happening); });
    const why = whyText(happening.why);
    return el("li", { class: "happening", id: `happening-${happening.id}`,
      "data-id": happening.id, "data-start": happening.start, "data-end": happening.end },
    el("p", { class: "happening__when" },
      el("time", { datetime: happening.start }, T.describeInterval(happening.start, happening.end)),
      " ", el("span", { class: "badge" }, T.granularityLabel(happening.granularity)),
      " ", el("span", { class: `badge badge--sources${sources.length > 1 ? " badge--many" : ""}`,
        title: sources.join(", ") }, sourcesLabel(sources))),
    el("h3", { class: "happening__title" }, happening.title || ""),
    places.length ? el("p", { class: "happening__places" },
      el("span", { class: "happening__places-label" }, "Where: "), places.join(" · ")) : null,
    why ? el("p", { class: "happening__why" }, why) : null,
    details);
  }

  /* In time order with a window, happenings that began before it ("since 2014" runs through
   * every later day) are gathered, folded, above the rest instead of leading the list. */
  const windowFrom = T.parseIso(here.get("from"));
  const foldEarlier = windowFrom && here.get("order") !== "importance";
  let earlier = null;

  function earlierGroup() {
    if (!earlier) {
      const title = el("span", { class: "happenings__earlier-title" });
      const item = el("li", { class: "happenings__earlier" },
        el("details", {}, el("summary", {}, title), el("ol", { class: "happenings" })));
      list.prepend(item);
      earlier = { item, title, count: 0 };
    }
    earlier.count += 1;
    earlier.title.textContent = `${T.plural(earlier.count, "happening")} ` +
      `began before ${T.formatDay(windowFrom.wall)} and still run`;
    return earlier.item.querySelector("ol");
  }

  function render(happenings) {
    for (const happening of happenings) {
      const start = T.parseIso(happening.start);
      const before = foldEarlier && start && start.instant < windowFrom.instant;
      (before ? earlierGroup() : list).append(card(happening));
      shown += 1;
    }
  }

  async function load(url) {
    more.disabled = true;
    status.textContent = shown ? "Loading more happenings…" : "Loading happenings…";
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(await T.problemMessage(response));
      const body = await response.json();
      const happenings = body.happenings || [];
      const following = T.followingPage(body, response);
      render(happenings);
      next = following;
      more.hidden = !next;
      more.disabled = false;
      const order = here.get("order") === "importance" ? "most important first" : "in time order";
      if (!shown) status.textContent = "No happening matches these filters.";
      else status.textContent = `${T.plural(shown, "happening")} shown, ${order}` +
        (next ? "; more follow." : ".");
    } catch (error) {
      status.textContent = `The happenings could not be loaded: ${error.message}`;
      status.classList.add("status--error");
      more.disabled = false;
    }
  }

  /* The page narrowed to one day, the other filters kept. */
  function dayLink(day) {
    const link = new URLSearchParams(here);
    const after = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    link.set("view", "happenings");
    link.set("from", day);
    link.set("to", after);
    link.delete("limit");
    return `?${link}`;
  }

  function keyDates() {
    const section = document.getElementById("key-dates");
    if (!section) return;
    const query = pageQuery(names(section));
    query.set("dates", "8");
    query.set("sentences", "1");
    fetch(`${section.dataset.api}?${query}`, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((body) => {
        const dates = body.dates || [];
        if (dates.length < 2) return; /* one day is the whole page already */
        const holder = document.getElementById("key-dates-list");
        holder.replaceChildren(...dates.map((day) => {
          const wall = T.parseIso(day.date).wall;
          return el("li", { class: "key-date", "data-date": day.date },
            el("a", { class: "key-date__link", href: dayLink(day.date) },
              el("time", { class: "key-date__day", datetime: day.date }, T.formatDay(wall)),
              el("span", { class: "key-date__text" }, (day.sentences || [])[0] || "")));
        }));
        section.hidden = false;
      })
      .catch(() => { /* the key dates are a help, not the content */ });
  }

  /* The filters stay folded on a phone and open on a wide screen (as on the statements). */
  const box = document.getElementById("filter-box");
  if (box) box.open = window.matchMedia("(min-width: 40rem)").matches;

  more.addEventListener("click", () => { if (next) load(next); });
  keyDates();
  load(firstUrl());
})();
