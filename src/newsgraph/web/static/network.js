// Actor network: the strongest actor pairs (aggregated by the API), laid out by a small force simulation
// run to completion before drawing (deterministic: same data, same picture). Click an actor to filter.
import { svg, title, empty, navigate, goldColor } from "./util.js";

const W = 600, H = 420;

// Force-directed layout of one connected component (positions in layout units, centred on 0,0).
function forceLayout(count, links, k) {
  const pos = Array.from({ length: count }, (_, i) => {
    const a = 2 * Math.PI * i / count, r = k * (1 + 0.3 * ((i * 7) % 5));
    return { x: Math.cos(a) * r, y: Math.sin(a) * r, vx: 0, vy: 0 };
  });
  for (let it = 0; it < 400; it++) {
    const cool = 1 - it / 400;
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = dx * dx + dy * dy + 0.01, f = (k * k) / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d;
        pos[i].vx += dx * f; pos[i].vy += dy * f; pos[j].vx -= dx * f; pos[j].vy -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = d / k * (0.6 + 0.1 * Math.log1p(w));
      pos[a].vx -= dx * f; pos[a].vy -= dy * f; pos[b].vx += dx * f; pos[b].vy += dy * f;
    }
    for (const p of pos) {
      p.vx -= p.x * 0.005; p.vy -= p.y * 0.005;   // weak gravity: keeps the component round
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy), lim = k * cool + 0.5;
      if (v > lim) { p.vx *= lim / v; p.vy *= lim / v; }
      p.x += p.vx; p.y += p.vy; p.vx = 0; p.vy = 0;
    }
  }
  return pos;
}

// Lay out each connected component on its own, then pack them in rows (largest first) and fit the
// whole into the view box, so a few small pairs do not squeeze the main cluster into a corner.
function layout(nodes, edges) {
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map(e => [idx.get(e.source), idx.get(e.target), e.events]).filter(l => l[0] !== undefined && l[1] !== undefined);
  const parent = nodes.map((_, i) => i);
  const find = i => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of links) parent[find(a)] = find(b);
  const comps = new Map();
  nodes.forEach((_, i) => { const r = find(i); if (!comps.has(r)) comps.set(r, []); comps.get(r).push(i); });
  const k = 40, pad = k * 0.9;
  const boxes = [...comps.values()].map(members => {
    const local = new Map(members.map((g, i) => [g, i]));
    const own = links.filter(l => local.has(l[0])).map(([a, b, w]) => [local.get(a), local.get(b), w]);
    const pos = forceLayout(members.length, own, k);
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    const x0 = Math.min(...xs), y0 = Math.min(...ys);
    return { members, pos: pos.map(p => ({ x: p.x - x0, y: p.y - y0 })),
             w: Math.max(...xs) - x0 + pad, h: Math.max(...ys) - y0 + pad };
  }).sort((a, b) => b.members.length - a.members.length || b.h - a.h);
  // shelf packing into rows about as wide as the view box's aspect ratio suggests
  const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
  const rowWidth = Math.max(boxes[0].w, Math.sqrt(area * W / H) * 1.05);
  let x = 0, y = 0, rowH = 0;
  const out = new Array(nodes.length);
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) { x = 0; y += rowH; rowH = 0; }
    b.members.forEach((g, i) => { out[g] = { x: x + b.pos[i].x, y: y + b.pos[i].y }; });
    x += b.w; rowH = Math.max(rowH, b.h);
  }
  const margin = 36, x1 = Math.max(...out.map(p => p.x)), y1 = Math.max(...out.map(p => p.y));
  const s = Math.min((W - 2 * margin - 90) / Math.max(1, x1), (H - 2 * margin - 14) / Math.max(1, y1), 2.2);
  const ox = (W - 90 - x1 * s) / 2, oy = (H - 14 - y1 * s) / 2;
  return out.map(p => ({ x: ox + p.x * s, y: oy + p.y * s }));
}

export function drawNetwork(container, data, selected) {
  const { nodes, edges } = data;
  if (!nodes.length) { empty(container, "No events between two resolved actors match the filters."); return; }
  const pos = layout(nodes, edges), at = new Map(nodes.map((d, i) => [d.id, pos[i]]));
  const maxE = Math.max(...edges.map(e => e.events)), maxN = Math.max(...nodes.map(d => d.events));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const ge = svg("g", { class: "edges" });
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) continue;
    ge.append(svg("line", { class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldColor(e.goldstein_mean),
      "stroke-width": (1.5 + 5 * Math.sqrt(e.events / maxE)).toFixed(1), "data-events": e.events,
      onclick: () => navigate({ dyad: `${e.source},${e.target}` }) },
      title(`${e.events} events (${e.events_ab} one way, ${e.events_ba} the other), mean Goldstein ${e.goldstein_mean}; click to show this pair`)));
  }
  root.append(ge);
  const gn = svg("g", { class: "nodes" });
  // label the busiest actors (and the selected one); the rest have a tooltip
  // busiest first; a label that would overlap one already placed tries the left side, else is skipped
  const radius = d => 5 + 11 * Math.sqrt(d.events / maxN);
  const discs = nodes.map((d, i) => [pos[i].x - radius(d), pos[i].y - radius(d), pos[i].x + radius(d), pos[i].y + radius(d)]);
  const placed = [], labelAt = new Map();
  const order = nodes.map((d, i) => i).sort((a, b) => nodes[b].events - nodes[a].events).slice(0, 18);
  order.forEach((i, rank) => {
    const d = nodes[i], p = pos[i], r = radius(d), w = shortName(d.name).length * 6.2, h = 12;
    const spots = [[p.x + r + 3, p.y + 4, "start"], [p.x - r - 3, p.y + 4, "end"],
                   [p.x, p.y - r - 4, "middle"], [p.x, p.y + r + 12, "middle"]];
    for (const [x, y, anchor] of spots) {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      const box = [x0, y - 10, x0 + w, y - 10 + h];
      if (box[0] < 0 || box[2] > W || box[1] < 0) continue;
      const hit = b => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
      // the five busiest actors always get a label; the others only where it covers nothing
      if (placed.some(hit) || (rank >= 5 && discs.some((b, j) => j !== i && hit(b)))) continue;
      placed.push(box); labelAt.set(d.id, [x, y, anchor]); return;
    }
  });
  const labels = svg("g", { class: "labels" });
  nodes.forEach((d, i) => {
    const p = pos[i], r = 5 + 11 * Math.sqrt(d.events / maxN);
    const isSel = selected && (selected === d.id || selected === d.code || selected.toLowerCase() === (d.name || "").toLowerCase());
    gn.append(svg("circle", { class: "node" + (isSel ? " selected" : ""), cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1),
      fill: kindColor(d.kind), "data-id": d.id, "data-name": d.name,
      onclick: () => navigate({ actor: isSel ? null : d.id }) },
      title(`${d.name} (${d.code || "no code"}) — ${d.events} events; click to ${isSel ? "clear the filter" : "filter"}`)));
    const at = labelAt.get(d.id) || (isSel ? [p.x + r + 3, p.y + 4, "start"] : null);
    if (at) labels.append(svg("text", { class: "node-label", x: at[0].toFixed(1), y: at[1].toFixed(1), "text-anchor": at[2] }, shortName(d.name)));
  });
  root.append(gn, labels);   // labels above every node
  const lg = svg("g", { class: "legend" });
  [["PERSON", "person"], ["COUNTRY", "country"], ["ORG", "organisation"], ["GROUP", "group"]].forEach(([k, label], i) => {
    lg.append(svg("circle", { cx: 10 + i * 92, cy: H - 10, r: 5, fill: kindColor(k) }));
    lg.append(svg("text", { x: 18 + i * 92, y: H - 6 }, label));
  });
  lg.append(svg("text", { x: 380, y: H - 6 }, "edge colour: mean Goldstein"));
  root.append(lg);
  container.replaceChildren(root);
}

function kindColor(kind) {
  return { PERSON: "#2456a6", COUNTRY: "#7a5cc4", ORG: "#d07a1e", GROUP: "#3b8c8c" }[kind] || "#6b7280";
}

function shortName(name) { return name && name.length > 22 ? name.slice(0, 21) + "…" : name || "?"; }
