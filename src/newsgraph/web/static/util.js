// Shared helpers: URL state, API calls, DOM building, highlighted text.

// Filters understood by every event endpoint; they live in the page's query string.
export const FILTER_KEYS = ["actor", "actor_country", "quad_class", "root", "plover_type", "modality",
  "since", "until", "place_country", "outlet", "search", "dyad", "source", "target", "code"];

export const SVG = "http://www.w3.org/2000/svg";

export function state() { return new URLSearchParams(location.search); }

export function filters(extra = {}) {
  const s = state(), out = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.get(k)) out.set(k, s.get(k));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== "") out.set(k, v);
  return out;
}

// Change the URL (so the view can be shared) and tell the app to redraw.
export function navigate(changes, { replace = false, keepPage = false } = {}) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") s.delete(k); else s.set(k, v);
  }
  if (!keepPage && !("page" in changes)) s.delete("page");
  const url = location.pathname + (s.toString() ? "?" + s.toString() : "");
  (replace ? history.replaceState : history.pushState).call(history, null, "", url);
  window.dispatchEvent(new Event("ng:navigate"));
}

export async function api(path, params) {
  const url = "/api/" + path + (params && params.toString() ? "?" + params.toString() : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  let body;
  try { body = await res.json(); } catch { body = null; }
  if (!res.ok) throw new Error((body && body.error && body.error.message) || `${res.status} ${res.statusText}`);
  return body;
}

// el("div", {class: "x", onclick: f}, child, "text", ...)
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function title(text) { return svg("title", {}, text); }

// Text with marked spans: spans = [{start, end, cls, title, data}] (offsets into text, may overlap).
// Each stretch between span boundaries becomes one <mark> carrying the classes of all spans over it.
export function markup(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b), out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1], piece = text.slice(a, b);
    const over = spans.filter(s => s.start <= a && s.end >= b);
    if (!over.length) { out.push(document.createTextNode(piece)); continue; }
    const m = el("mark", { class: [...new Set(over.map(s => s.cls))].join(" "),
                           title: over.map(s => s.title).filter(Boolean).join(" | ") || null }, piece);
    for (const s of over) if (s.data) Object.assign(m.dataset, s.data);
    out.push(m);
  }
  return out;
}

export function fmtGold(g) {
  if (g === null || g === undefined) return el("span", { class: "muted" }, "–");
  return el("span", { class: g < 0 ? "gold-neg" : g > 0 ? "gold-pos" : "" }, (g > 0 ? "+" : "") + Number(g).toFixed(1));
}

// Red (conflict) .. grey .. green (cooperation) for a Goldstein value in -10..10.
export function goldColor(g) {
  if (g === null || g === undefined || isNaN(g)) return "#9aa3af";
  const t = Math.max(-1, Math.min(1, g / 6));
  const lerp = (a, b, u) => Math.round(a + (b - a) * u);
  const grey = [154, 163, 175], red = [200, 49, 43], green = [30, 138, 76];
  const to = t < 0 ? red : green, u = Math.abs(t);
  return `rgb(${lerp(grey[0], to[0], u)},${lerp(grey[1], to[1], u)},${lerp(grey[2], to[2], u)})`;
}

export function empty(container, message) {
  container.replaceChildren(el("div", { class: "empty" }, message));
}
