/* timeline: the "try it" panel.
 *
 * Sends the text and the reference to POST /api/v1/resolve a moment after each keystroke (and
 * at once on "Resolve"), then shows the text with its expressions highlighted and a table of
 * their values. A newer request supersedes an older one still in flight. The second form
 * stores the same text as an article through POST /api/v1/articles, with the API key when the
 * server asks for one.
 */
"use strict";

(function () {
  const T = window.Timeline;
  const el = T.el;
  const form = document.getElementById("try-form");
  const text = document.getElementById("try-text");
  const date = document.getElementById("try-reference");
  const time = document.getElementById("try-time");
  const offset = document.getElementById("try-offset");
  const status = document.getElementById("try-status");
  const highlight = document.getElementById("try-highlight");
  const tableWrap = document.getElementById("try-table-wrap");
  const rows = document.querySelector("#try-table tbody");
  const storeForm = document.getElementById("store-form");
  const storeStatus = document.getElementById("store-status");
  let pending = null;
  let timer = null;

  /* The reference as the API takes it: a date, or a datetime with its UTC offset. */
  function reference() {
    if (!date.value) return "";
    if (!time.value) return date.value;
    const zone = /^[+-]\d{2}:\d{2}$/.test(offset.value.trim()) ? offset.value.trim() : "+00:00";
    return `${date.value}T${time.value.length === 5 ? `${time.value}:00` : time.value}${zone}`;
  }

  /* JSON headers, with the API key when one was typed (writes, and reads where locked). */
  function headers() {
    const key = storeForm.elements.key ? storeForm.elements.key.value.trim() : "";
    const out = { "Content-Type": "application/json", Accept: "application/json" };
    if (key) out.Authorization = `Bearer ${key}`;
    return out;
  }

  function setStatus(node, message, isError) {
    node.textContent = message;
    node.classList.toggle("status--error", Boolean(isError));
  }

  function show(source, timexes) {
    highlight.replaceChildren();
    rows.replaceChildren();
    let position = 0;
    timexes.forEach((timex, i) => {
      if (timex.start < position) return; /* overlapping: listed in the table only */
      highlight.append(source.slice(position, timex.start), T.timexMark(timex, `try-${i}`));
      position = timex.end;
    });
    highlight.append(source.slice(position));
    for (const timex of timexes) {
      /* The event's interval (the expression's with its signal applied: "since the start of
       * the year" runs to the reference), and the expression's own when they differ. */
      const dated = timex.event_interval || timex.interval;
      const interval = dated ? T.describeInterval(dated.start, dated.end) : "—";
      const own = timex.interval && dated && (timex.interval.start !== dated.start || timex.interval.end !== dated.end)
        ? el("span", { class: "own-interval" }, `expression: ${T.describeInterval(timex.interval.start, timex.interval.end)}`)
        : null;
      rows.append(el("tr", {},
        el("th", { scope: "row" }, timex.text),
        el("td", { class: "interval" }, interval, own ? el("br") : null, own),
        el("td", {}, el("code", {}, timex.value)), el("td", {}, timex.type),
        el("td", {}, timex.mod || "—"), el("td", {}, timex.granularity || "—"),
        el("td", {}, el("code", {}, timex.rule || "—"))));
    }
    highlight.hidden = false;
    tableWrap.hidden = timexes.length === 0;
  }

  async function resolve() {
    const source = text.value;
    const ref = reference();
    if (!source.trim()) {
      setStatus(status, "Type a text to see its expressions.");
      highlight.hidden = true;
      tableWrap.hidden = true;
      return;
    }
    if (!ref) { setStatus(status, "Pick a reference date.", true); return; }
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    setStatus(status, "Resolving…");
    try {
      const response = await fetch("/api/v1/resolve", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ text: source, reference: ref }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(await T.problemMessage(response));
      const body = await response.json();
      if (controller !== pending) return;
      const timexes = (body.timexes || []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
      show(source, timexes);
      keepInUrl(source, ref);
      const n = timexes.length;
      setStatus(status, n
        ? `${T.plural(n, "expression")} resolved against ${ref}.`
        : `No temporal expression found (reference ${ref}).`);
    } catch (error) {
      if (error.name === "AbortError") return;
      setStatus(status, `Could not resolve: ${error.message}`, true);
    } finally {
      if (controller === pending) pending = null;
    }
  }

  /* The URL follows the form, so a resolved text can be shared or reloaded. */
  function keepInUrl(source, ref) {
    const query = new URLSearchParams({ text: source, reference: ref });
    history.replaceState(null, "", `${window.location.pathname}?${query}`);
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(resolve, 250);
  }

  for (const input of [text, date, time, offset]) input.addEventListener("input", soon);
  for (const button of form.querySelectorAll("[data-example]")) {
    button.addEventListener("click", () => {
      text.value = button.dataset.example;
      clearTimeout(timer);
      resolve();
    });
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    resolve();
  });

  storeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const title = storeForm.elements.title.value.trim();
    const key = storeForm.elements.key ? storeForm.elements.key.value.trim() : "";
    if (!text.value.trim()) return setStatus(storeStatus, "Type the article's text above first.", true);
    if (!reference()) return setStatus(storeStatus, "Pick a reference date above first.", true);
    if (!title) {
      storeForm.elements.title.focus();
      return setStatus(storeStatus, "Give the article a title.", true);
    }
    if (storeForm.dataset.keyRequired === "true" && !key) {
      storeForm.elements.key.focus();
      return setStatus(storeStatus, "This server needs an API key to store articles.", true);
    }
    const article = { title, body: text.value, published_at: reference() };
    const source = storeForm.elements.source.value.trim();
    if (source) article.source = source;
    setStatus(storeStatus, "Storing…");
    try {
      const response = await fetch("/api/v1/articles", {
        method: "POST", headers: headers(), body: JSON.stringify(article),
      });
      if (response.status === 401 || response.status === 403) {
        throw new Error(`the API key was refused (${await T.problemMessage(response)})`);
      }
      if (!response.ok) throw new Error(await T.problemMessage(response));
      const body = await response.json();
      const id = body.id;
      storeStatus.replaceChildren(
        response.status === 201 ? "Stored. " : "This article was already stored. ",
        el("a", { href: `/articles/${id}` }, "Open the article"), " or ",
        el("a", { href: `/?article=${id}` }, "see its events on the timeline"), ".");
      storeStatus.classList.remove("status--error");
    } catch (error) {
      setStatus(storeStatus, `Not stored: ${error.message}`, true);
    }
  });

  if (text.value.trim()) resolve();
})();
