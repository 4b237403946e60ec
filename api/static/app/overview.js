/* timeline: the overview above the events, from GET /api/v1/timeline.
 *
 * A bar per day, week or month (whichever keeps the bars countable) over the window of the
 * URL's filters, or, without one, over the days the stored articles were published. A bar's
 * height is the number of events that begin in it; each bar is a link that narrows the
 * timeline to its days, keeping the other filters, so a large timeline is read window by
 * window.
 */
"use strict";

(function () {
  const T = window.Timeline;
  const el = T.el;
  const section = document.getElementById("overview");
  if (!section) return;
  const FILTERS = T.FILTERS.filter((name) => name !== "from" && name !== "to");
  const DAY = 86400000;
  const here = new URLSearchParams(window.location.search);
  const isDay = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value || "");

  /* A window the URL gives but that is not a day: the list says what is wrong with it, and
   * no overview of some other window is drawn. */
  if ((here.get("from") && !isDay(here.get("from"))) || (here.get("to") && !isDay(here.get("to")))) {
    return;
  }
  const from = here.get("from") || section.dataset.from;
  const to = here.get("to") || section.dataset.to;
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  if (!(days > 0)) return;
  const unit = days <= 92 ? "day" : days <= 730 ? "week" : "month";

  const query = new URLSearchParams({ from, to, unit, first: "0" });
  for (const name of FILTERS) if (here.get(name)) query.set(name, here.get(name));

  /* The timeline page narrowed to one bucket, other filters kept. */
  function windowLink(bucket) {
    const link = new URLSearchParams(here);
    link.set("from", bucket.start.slice(0, 10));
    link.set("to", bucket.end.slice(0, 10));
    link.delete("limit");
    return `?${link}`;
  }

  function label(bucket) {
    const start = T.parseIso(bucket.start);
    const words = unit === "day" ? T.formatDay(start.wall)
      : T.describeInterval(bucket.start, bucket.end, false);
    return `${words}: ${T.plural(bucket.count, "event")}`;
  }

  /* One tab stop for the whole axis (the busiest bar); the arrow keys, Home and End move
   * between bars, so the events list is not fifty Tab presses away. */
  function rove(axis) {
    const links = [...axis.querySelectorAll("a")];
    const counts = links.map((a) => parseFloat(a.firstChild.style.height) || 0);
    let current = counts.indexOf(Math.max(...counts));
    links.forEach((a, i) => { a.tabIndex = i === current ? 0 : -1; });
    axis.addEventListener("keydown", (event) => {
      const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      let next = current;
      if (event.key in moves) next = Math.min(links.length - 1, Math.max(0, current + moves[event.key]));
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = links.length - 1;
      else return;
      event.preventDefault();
      links[current].tabIndex = -1;
      links[next].tabIndex = 0;
      links[next].focus();
      current = next;
    });
  }

  fetch(`${section.dataset.api}?${query}`, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((body) => {
      const buckets = body.buckets || [];
      if (!buckets.length || !body.total) return;
      const most = Math.max(...buckets.map((b) => b.count));
      const axis = document.getElementById("axis");
      for (const bucket of buckets) {
        const height = bucket.count ? Math.max(6, Math.round((100 * bucket.count) / most)) : 0;
        const text = label(bucket);
        axis.append(el("li", { class: "axis__slot" },
          el("a", { class: "axis__link", href: windowLink(bucket), title: text, "aria-label": text },
            el("span", { class: `axis__bar${bucket.count ? "" : " axis__bar--empty"}`,
              style: `height:${height}%` }))));
      }
      rove(axis);
      const first = T.parseIso(buckets[0].start);
      const last = T.parseIso(buckets[buckets.length - 1].end);
      const ends = document.getElementById("axis-first").parentElement;
      if (buckets.length <= 16) {
        /* Few bars: each gets its own label ("Mon 9", "9–15 May", "May 2022"). */
        ends.classList.add("axis__ends--each");
        ends.replaceChildren(...buckets.map((bucket) => {
          if (unit !== "day") {
            return el("span", {}, T.describeInterval(bucket.start, bucket.end, false).replace(/ \d{4}$/, ""));
          }
          const [weekday, day] = T.formatDay(T.parseIso(bucket.start).wall).split(" ");
          return el("span", {}, el("span", { class: "axis__weekday" }, `${weekday} `), day);
        }));
      } else {
        document.getElementById("axis-first").textContent = T.formatDay(first.wall);
        document.getElementById("axis-last").textContent = T.formatDay(last.wall - DAY);
      }
      document.getElementById("overview-caption").textContent =
        `${T.plural(body.total, "event")} in this window, counted per ${unit} ` +
        `where they begin (the first bar also holds those already under way). ` +
        `Choose a bar to see just that ${unit}.`;
      section.hidden = false;
    })
    .catch(() => { /* the overview is a help, not the content: the list says what failed */ });
})();
