// newsgraph dashboard: every view is a function of the URL's query string (filters, view, page),
// so any view can be shared by copying the address. Data comes from the REST API under /api/.
import { FILTER_KEYS, state, filters, navigate, api, el, markup, fmtGold, empty } from "./util.js";
import { drawTimeline } from "./timeline.js";
import { drawNetwork } from "./network.js";
import { drawMap } from "./map.js";

const PAGE = 25;
const $ = sel => document.querySelector(sel);
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const COARSE_DATES = new Set(["month", "year"]);   // date precisions coarser than a day
const FILTER_LABEL = { actor: "actor", actor_country: "country", quad_class: "QuadClass", root: "CAMEO root",
  plover_type: "PLOVER", modality: "modality", since: "from", until: "to", place_country: "where",
  outlet: "outlet", search: "text", dyad: "dyad", source: "source", target: "target", code: "CAMEO code" };
let meta = null, renderSeq = 0;
const actorNames = new Map();

function showError(err) {
  const box = $("#error");
  if (!err) { box.hidden = true; return; }
  box.hidden = false; box.textContent = String(err.message || err);
}

// ---------------------------------------------------------------- filters bar

function fillSelect(select, items) {
  for (const [value, label] of items) select.append(el("option", { value }, label));
}

async function setup() {
  meta = await api("meta");
  const c = meta.counts, d = meta.published;
  $("#stats").textContent = `${c.articles} articles · ${c.events} events · ${c.actors} actors · ${c.quotes} quotes` +
    (d.first ? ` · ${d.first} – ${d.last}` : "");
  fillSelect($("#f-root"), meta.cameo_roots.map(r => [r.root, `${r.root} ${(r.name || "").toLowerCase()} (${r.events})`]));
  fillSelect($("#f-plover"), meta.plover_types.map(p => [p.plover_type, `${p.plover_type} (${p.events})`]));
  fillSelect($("#f-modality"), meta.modalities.filter(m => m !== "asserted").map(m => [m, m]));
  fillSelect($("#f-outlet"), meta.outlets.map(o => [o.outlet, `${o.outlet} (${o.articles})`]));
  $("#filters").addEventListener("submit", ev => {
    ev.preventDefault();
    const changes = {};
    for (const field of ev.target.elements) if (field.name) changes[field.name] = field.value.trim();
    const actor = $("#f-actor");   // shows the actor's name while the URL keeps its id
    if (actor.dataset.id && changes.actor === actor.dataset.label) changes.actor = actor.dataset.id;
    navigate(changes);
  });
  for (const sel of document.querySelectorAll("#filters select, #filters input[type=date]"))
    sel.addEventListener("change", () => $("#filters").requestSubmit());
  $("#clear").addEventListener("click", () => navigate(Object.fromEntries(FILTER_KEYS.map(k => [k, null]))));
  let timer = null;
  $("#f-actor").addEventListener("input", ev => {
    clearTimeout(timer);
    const q = ev.target.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      const res = await api("actors", new URLSearchParams({ search: q, limit: 15 })).catch(() => ({ items: [] }));
      $("#actor-list").replaceChildren(...res.items.map(a => el("option", { value: a.code && a.code !== "---" && a.kind !== "PERSON" ? a.code : a.name }, `${a.name} ${a.code || ""}`)));
    }, 200);
  });
  $("#sort").addEventListener("change", ev => navigate({ sort: ev.target.value }));
  $("#prev").addEventListener("click", () => navigate({ page: Math.max(0, +(state().get("page") || 0) - 1) || null }));
  $("#next").addEventListener("click", () => navigate({ page: +(state().get("page") || 0) + 1 }));
  $("#qprev").addEventListener("click", () => navigate({ page: Math.max(0, +(state().get("page") || 0) - 1) || null }));
  $("#qnext").addEventListener("click", () => navigate({ page: +(state().get("page") || 0) + 1 }));
  $("#aprev").addEventListener("click", () => navigate({ page: Math.max(0, +(state().get("page") || 0) - 1) || null }));
  $("#anext").addEventListener("click", () => navigate({ page: +(state().get("page") || 0) + 1 }));
  $("#quote-search").addEventListener("change", ev => navigate({ q: ev.target.value.trim() }));
  for (const a of document.querySelectorAll("[data-nav]")) a.addEventListener("click", ev => {
    ev.preventDefault();
    const next = filters();   // switching views keeps the filters
    if (a.dataset.nav !== "dashboard") next.set("view", a.dataset.nav);
    history.pushState(null, "", "/" + (next.toString() ? "?" + next : ""));
    render();
  });
}

async function actorLabel(spec) {
  if (!/^[0-9a-f]{16}$/.test(spec)) return spec;
  if (!actorNames.has(spec)) {
    const a = await api("actors/" + spec, new URLSearchParams({ partners: 1 })).catch(() => null);
    actorNames.set(spec, a ? `${a.name}${a.code && a.code !== "---" ? " (" + a.code + ")" : ""}` : spec);
  }
  return actorNames.get(spec);
}

async function syncFilters() {
  const s = state();
  for (const field of $("#filters").elements) if (field.name) field.value = s.get(field.name) || "";
  const actor = $("#f-actor");
  delete actor.dataset.id; delete actor.dataset.label;
  if (s.get("actor")) {
    const label = await actorLabel(s.get("actor"));
    if (label !== s.get("actor")) { actor.value = label; actor.dataset.id = s.get("actor"); actor.dataset.label = label; }
  }
  $("#sort").value = s.get("sort") || "-date";
  $("#quote-search").value = s.get("q") || "";
  const chips = [];
  for (const k of FILTER_KEYS) {
    const v = s.get(k);
    if (!v) continue;
    let label = v;
    if (k === "actor" || k === "source" || k === "target") label = await actorLabel(v);
    if (k === "dyad") label = (await Promise.all(v.split(",").map(actorLabel))).join(" ↔ ");
    if (k === "quad_class") label = `${v} ${QUAD[v] || ""}`;
    chips.push(el("span", { class: "chip", "data-filter": k }, `${FILTER_LABEL[k] || k}: ${label}`,
      el("button", { type: "button", title: "remove", onclick: () => navigate({ [k]: null }) }, "×")));
  }
  $("#chips").replaceChildren(...chips);
}

// ---------------------------------------------------------------- dashboard

async function renderDashboard(seq) {
  const s = state(), f = filters(), page = +(s.get("page") || 0);
  const jobs = [
    api("timeline", f).then(d => seq === renderSeq && drawTimeline($("#timeline"), d, $("#timeline-note"))),
    api("network", filters({ limit: 45 })).then(d => seq === renderSeq && drawNetwork($("#network"), d, s.get("actor"))),
    api("map", f).then(d => seq === renderSeq && drawMap($("#map"), d, s.get("place_country"))),
    api("events", filters({ limit: PAGE, offset: page * PAGE, sort: s.get("sort") || "-date" }))
      .then(d => seq === renderSeq && drawEvents(d)),
  ];
  jobs.push(drawProfile(s.get("actor"), seq));
  const results = await Promise.allSettled(jobs);
  const failed = results.find(r => r.status === "rejected");
  showError(failed ? failed.reason : null);
}

// With one actor selected (by id, as a network click does): its profile above the charts.
async function drawProfile(actor, seq) {
  const box = $("#profile");
  if (!actor || !/^[0-9a-f]{16}$/.test(actor)) { box.hidden = true; return; }
  const p = await api("actors/" + actor, new URLSearchParams({ partners: 8 }));
  if (seq !== renderSeq) return;
  const quads = Object.fromEntries(p.events_by_quad_class.map(q => [q.quad_class, q.events]));
  box.replaceChildren(
    el("h2", {}, p.name, el("small", {}, [p.code && p.code !== "---" ? p.code : null, p.kind, p.role].filter(Boolean).join(" · "))),
    el("div", { class: "meta" }, `${p.n_events} events (asserted) · ${p.n_quotes} quotes · ${p.n_mentions} mentions in ${p.n_articles} articles · `,
      [1, 2, 3, 4].map(q => el("span", { class: "quad-count" }, el("span", { class: `q q${q}`, title: QUAD[q] }), `${quads[q] || 0} `)),
      p.aliases && p.aliases.length > 1 ? ` · also: ${p.aliases.filter(a => a !== p.name).slice(0, 6).join(", ")}` : ""),
    el("div", { class: "partners" }, el("span", { class: "muted" }, "Top partners: "),
      p.top_partners.length ? p.top_partners.map(t => el("button", { type: "button", class: "partner", "data-id": t.id,
        title: `${t.as_source} as source, ${t.as_target} as target · mean Goldstein ${t.goldstein_mean} · click for this pair`,
        onclick: () => navigate({ actor: null, dyad: `${actor},${t.id}` }) }, `${t.name || "?"} ${t.events}`)) : "none"));
  box.hidden = false;
}

function drawEvents(data) {
  const body = $("#events tbody");
  const first = data.total ? data.offset + 1 : 0, last = data.offset + data.items.length;
  // a search's total is counted up to a cap: total_exact false means "more than"
  const of = data.total_exact === false ? `more than ${data.total.toLocaleString("en")}` : `${data.total}`;
  $("#events-count").textContent = `${first}–${last} of ${of}` + (state().get("modality") ? "" : " asserted");
  $("#prev").disabled = data.offset === 0;
  $("#next").disabled = last >= data.total && data.total_exact !== false;
  if (!data.items.length) {
    body.replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No events match the filters.")));
    return;
  }
  const rows = [];
  for (const e of data.items) {
    const row = el("tr", { class: "event-row", "data-id": e.id, tabindex: 0, "aria-expanded": "false",
                           title: "click (or Enter) to show the evidence" },
      // a date known only to the month or the year is shown as the text gave it, not as its first day
      el("td", {}, (COARSE_DATES.has(e.date_precision) && e.date) || e.event_date || e.date || "–",
        e.date_precision && e.date_precision !== "day" ? el("span", { class: "muted" }, ` (${e.date_precision})`) : null),
      el("td", {}, actorCell(e.source_name, e.source_code)),
      el("td", {}, el("span", { class: `q q${e.quad_class}`, title: QUAD[e.quad_class] || "" }),
        el("span", { class: "code" }, e.cameo_code), " ", (e.cameo_name || "").toLowerCase(),
        e.plover_type ? el("span", { class: "muted" }, ` · ${e.plover_type}`) : null,
        e.modality !== "asserted" ? el("span", { class: "muted" }, ` · ${e.modality}`) : null),
      el("td", {}, actorCell(e.target_name, e.target_code)),
      el("td", {}, fmtGold(e.goldstein)),
      el("td", {}, e.place_name || "", e.place_country ? el("span", { class: "muted" }, ` ${e.place_country}`) : ""),
      el("td", {}, e.outlet || ""));
    row.addEventListener("click", () => toggleDetail(row, e));
    row.addEventListener("keydown", ev => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggleDetail(row, e); } });
    rows.push(row);
  }
  body.replaceChildren(...rows);
}

function actorCell(name, code) {
  return [name || el("span", { class: "muted" }, "–"), code && code !== "---" ? el("span", { class: "code muted" }, " " + code) : null];
}

const LEGEND = [["hl-source", "source"], ["hl-target", "target"], ["hl-cue", "cue"], ["hl-time", "time"], ["hl-place", "place"]];

async function toggleDetail(row, e) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains("event-detail")) {
    next.remove(); row.classList.remove("open"); row.setAttribute("aria-expanded", "false"); return;
  }
  row.classList.add("open"); row.setAttribute("aria-expanded", "true");
  const cell = el("td", { colspan: 7, class: "detail" }, "loading…");
  row.after(el("tr", { class: "event-detail", "data-id": e.id }, cell));
  try {
    const ev = await api("events/" + e.id);
    const spans = ev.highlights.map(h => ({ start: h.start, end: h.end, cls: "hl-" + h.kind,
      title: h.kind + (h.value ? " " + h.value : "") }));
    cell.replaceChildren(
      el("div", { class: "legend-keys" }, LEGEND.map(([c, l]) => el("mark", { class: c }, l))),
      el("p", { class: "evidence" }, markup(ev.evidence || "", spans)),
      el("div", { class: "meta" },
        el("b", {}, ev.source_name || "?"), " → ", el("span", { class: "code" }, ev.cameo_code), ` ${(ev.cameo_name || "").toLowerCase()} → `,
        el("b", {}, ev.target_name || "?"),
        ` · ${ev.modality}`, ev.attribution ? ` · according to ${ev.attribution}` : "",
        ` · date ${ev.date || "?"} (${ev.date_precision || "?"})`, ` · rule ${ev.rule_id}`,
        ev.confidence !== null ? ` · confidence ${Number(ev.confidence).toFixed(2)}` : "", " · ",
        el("a", { href: `/?view=article&id=${ev.article_id}&event=${ev.id}`, class: "article-link",
                  onclick: evt => { evt.preventDefault(); navigate({ view: "article", id: ev.article_id, event: ev.id }); } },
          `article: ${ev.article_title || ev.article_id}`), ` (${ev.outlet || "?"}, ${ev.published || "?"})`));
  } catch (err) { cell.textContent = "could not load the evidence: " + err.message; }
}

// ---------------------------------------------------------------- article view

async function renderArticle(seq) {
  const s = state(), box = $("#view-article");
  box.replaceChildren(el("div", { class: "panel wide" }, "loading…"));
  const a = await api("articles/" + encodeURIComponent(s.get("id") || ""));
  if (seq !== renderSeq) return;
  const focus = s.get("event");
  const actors = new Map(a.actors.map(x => [x.id, x]));
  const spans = [];
  for (const m of a.mentions) {
    const ac = actors.get(m.actor_id);
    spans.push({ start: m.start, end: m.end, cls: "m-mention", title: ac ? `${ac.name} ${ac.code || ""}` : m.label, data: m.actor_id ? { actor: m.actor_id } : null });
  }
  for (const q of a.quotes) spans.push({ start: q.start, end: q.end, cls: "m-quote", title: `quote (${q.kind}) — ${q.speaker_name || q.speaker_text || "?"}` });
  for (const t of a.times) spans.push({ start: t.start, end: t.end, cls: "m-time", title: `time ${t.value || ""}` });
  for (const p of a.places) spans.push({ start: p.start, end: p.end, cls: "m-place", title: `place ${p.resolved_name || p.name} ${p.country || ""}` });
  for (const e of a.events) {
    if (e.cue_start !== null && e.cue_end !== null)
      spans.push({ start: e.cue_start, end: e.cue_end, cls: "m-cue" + (e.id === focus ? " m-focus" : ""), title: `event ${e.cameo_code} ${(e.cameo_name || "").toLowerCase()} (${e.modality})`, data: { event: e.id } });
  }
  const eventItems = a.events.map(e => el("li", { class: "clickable", "data-event": e.id, onclick: () => flash(e.id) },
    el("span", { class: `q q${e.quad_class}` }), el("b", {}, e.source_name || "?"), " ", el("span", { class: "code" }, e.cameo_code), ` ${(e.cameo_name || "").toLowerCase()} `,
    el("b", {}, e.target_name || "?"), el("span", { class: "muted" }, ` · ${e.modality} · ${e.date || "?"}`)));
  const quoteItems = a.quotes.map(q => el("li", {}, el("b", {}, q.speaker_name || q.speaker_text || "?"), ` ${q.cue || ""}: `, el("i", {}, q.text)));
  const actorItems = a.actors.map(x => el("li", { class: "clickable", onclick: () => navigate({ view: null, id: null, event: null, actor: x.id }) },
    x.name, " ", el("span", { class: "code muted" }, x.code || "")));
  box.replaceChildren(el("div", { class: "panel wide article" },
    el("div", { class: "body" },
      el("p", {}, el("a", { href: "/", onclick: ev => { ev.preventDefault(); navigate({ view: null, id: null, event: null }); } }, "← back to the dashboard")),
      el("h1", {}, a.title || "(untitled)"),
      el("div", { class: "meta" }, `${a.outlet || "?"} · ${a.published || "date unknown"} · `, a.url ? el("a", { href: a.url, rel: "noopener" }, a.url) : ""),
      el("div", { class: "legend-keys" }, el("mark", { class: "m-mention" }, "actor mention"), el("mark", { class: "m-cue" }, "event cue"),
        el("mark", { class: "m-quote" }, "quote"), el("mark", { class: "m-time" }, "time"), el("mark", { class: "m-place" }, "place")),
      el("div", { class: "text", id: "article-text" }, markup(a.text, spans)),
      a.captions && a.captions.length ? el("div", { class: "captions" }, "Captions: ", a.captions.join(" · ")) : null),
    el("aside", {},
      el("h2", {}, `Events (${a.events.length})`), el("ul", { class: "list" }, eventItems),
      el("h2", {}, `Quotes (${a.quotes.length})`), el("ul", { class: "list" }, quoteItems),
      el("h2", {}, `Actors (${a.actors.length})`), el("ul", { class: "list" }, actorItems))));
  if (focus) flash(focus);
}

function flash(eventId) {
  for (const m of document.querySelectorAll("#article-text mark.m-focus")) m.classList.remove("m-focus");
  const m = document.querySelector(`#article-text mark[data-event="${CSS.escape(eventId)}"]`);
  if (m) { m.classList.add("m-focus"); m.scrollIntoView({ block: "center" }); }
}

// ---------------------------------------------------------------- quotes view

async function renderQuotes(seq) {
  const s = state(), page = +(s.get("page") || 0), p = new URLSearchParams({ limit: PAGE, offset: page * PAGE });
  if (s.get("actor")) p.set("speaker", s.get("actor"));
  if (s.get("q")) p.set("search", s.get("q"));
  if (s.get("outlet")) p.set("outlet", s.get("outlet"));
  for (const k of ["since", "until"]) if (s.get(k)) p.set(k, s.get(k));
  if (s.get("actor_country")) p.set("country", s.get("actor_country"));
  const d = await api("quotes", p);
  if (seq !== renderSeq) return;
  const first = d.total ? d.offset + 1 : 0, last = d.offset + d.items.length;
  $("#quotes-count").textContent = `${first}–${last} of ${d.total}` + (s.get("actor") ? " · speaker filter from the actor" : "");
  $("#qprev").disabled = d.offset === 0; $("#qnext").disabled = last >= d.total;
  if (!d.items.length) { empty($("#quotes"), "No quotes match."); return; }
  $("#quotes").replaceChildren(...d.items.map(q => el("div", { class: "quote-card", "data-id": q.id },
    el("blockquote", {}, q.text),
    el("div", { class: "meta" },
      q.speaker_actor_id ? el("a", { class: "who", href: "#", onclick: ev => { ev.preventDefault(); navigate({ actor: q.speaker_actor_id }); } }, q.speaker_name || q.speaker_text)
                         : el("span", { class: "who" }, q.speaker_name || q.speaker_text || "unattributed"),
      q.speaker_code && q.speaker_code !== "---" ? el("span", { class: "code" }, " " + q.speaker_code) : "",
      ` · ${q.kind}${q.cue ? " · " + q.cue : ""}${q.attribution ? " · according to " + q.attribution : ""} · `,
      el("a", { href: `/?view=article&id=${q.article_id}`, onclick: ev => { ev.preventDefault(); navigate({ view: "article", id: q.article_id, event: null }); } },
        q.article_title || q.article_id), ` (${q.outlet || "?"}, ${q.published || "?"})`))));
}

// ---------------------------------------------------------------- articles view

async function renderArticles(seq) {
  const s = state(), page = +(s.get("page") || 0), p = new URLSearchParams({ limit: PAGE, offset: page * PAGE });
  for (const k of ["outlet", "since", "until"]) if (s.get(k)) p.set(k, s.get(k));
  const d = await api("articles", p);
  if (seq !== renderSeq) return;
  const first = d.total ? d.offset + 1 : 0, last = d.offset + d.items.length;
  $("#articles-count").textContent = `${first}–${last} of ${d.total} (outlet and dates from the filters)`;
  $("#aprev").disabled = d.offset === 0; $("#anext").disabled = last >= d.total;
  const body = $("#articles tbody");
  if (!d.items.length) { body.replaceChildren(el("tr", {}, el("td", { colspan: 5, class: "muted" }, "No articles match."))); return; }
  body.replaceChildren(...d.items.map(a => el("tr", { class: "article-row", "data-id": a.id },
    el("td", {}, a.published || "–"),
    el("td", {}, el("a", { href: `/?view=article&id=${a.id}`, onclick: ev => { ev.preventDefault(); navigate({ view: "article", id: a.id, event: null }); } }, a.title || "(untitled)")),
    el("td", {}, a.outlet || ""), el("td", {}, String(a.n_events)), el("td", {}, String(a.n_quotes)))));
}

// ---------------------------------------------------------------- router

async function render() {
  const seq = ++renderSeq, view = state().get("view") || "dashboard";
  for (const v of ["dashboard", "article", "articles", "quotes"]) $("#view-" + v).hidden = v !== view;
  $("#filters").hidden = view === "article";
  $("#chips").hidden = view === "article";
  for (const a of document.querySelectorAll("nav [data-nav]")) a.classList.toggle("active", a.dataset.nav === view);
  document.body.dataset.view = view;
  document.body.dataset.ready = "false";
  try {
    await syncFilters();
    if (view === "article") await renderArticle(seq);
    else if (view === "quotes") { await renderQuotes(seq); showError(null); }
    else if (view === "articles") { await renderArticles(seq); showError(null); }
    else await renderDashboard(seq);
  } catch (err) { showError(err); }
  if (seq === renderSeq) document.body.dataset.ready = "true";
}

window.addEventListener("popstate", render);
window.addEventListener("ng:navigate", render);
setup().then(render, err => { showError(err); document.body.dataset.ready = "true"; });
