// Actor network: the strongest actor pairs (aggregated by the API), laid out by a small force simulation
// run to completion before drawing (deterministic: same data, same picture). Click an actor to filter.
import { svg, title, empty, navigate, goldColor } from "./util.js";

const W = 600, H = 420;

function layout(nodes, edges) {
  const n = nodes.length, idx = new Map(nodes.map((d, i) => [d.id, i]));
  const pos = nodes.map((d, i) => {
    const a = 2 * Math.PI * i / n, r = 150 + 30 * ((i * 7) % 5);
    return { x: Math.cos(a) * r, y: Math.sin(a) * r, vx: 0, vy: 0 };
  });
  const links = edges.map(e => [idx.get(e.source), idx.get(e.target), e.events]).filter(l => l[0] !== undefined && l[1] !== undefined);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.55;
  for (let it = 0; it < 400; it++) {
    const cool = 1 - it / 400;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d2 = dx * dx + dy * dy + 0.01;
        const f = (k * k) / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d;
        pos[i].vx += dx * f; pos[i].vy += dy * f; pos[j].vx -= dx * f; pos[j].vy -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d * d) / k * (0.6 + 0.1 * Math.log1p(w)) / d;
      pos[a].vx -= dx * f; pos[a].vy -= dy * f; pos[b].vx += dx * f; pos[b].vy += dy * f;
    }
    for (const p of pos) {
      p.vx -= p.x * 0.02; p.vy -= p.y * 0.02;                 // gravity keeps components together
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy), lim = 30 * cool + 1;
      if (v > lim) { p.vx *= lim / v; p.vy *= lim / v; }
      p.x += p.vx; p.y += p.vy; p.vx = 0; p.vy = 0;
    }
  }
  // fit into the view box
  const xs = pos.map(p => p.x), ys = pos.map(p => p.y), pad = 40;
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const s = Math.min((W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0));
  return pos.map(p => ({ x: pad + (p.x - x0) * s + ((W - 2 * pad) - (x1 - x0) * s) / 2,
                         y: pad + (p.y - y0) * s + ((H - 2 * pad) - (y1 - y0) * s) / 2 }));
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
      "stroke-width": (1.2 + 5 * Math.sqrt(e.events / maxE)).toFixed(1), "data-events": e.events },
      title(`${e.events} events, mean Goldstein ${e.goldstein_mean}`)));
  }
  root.append(ge);
  const gn = svg("g", { class: "nodes" });
  nodes.forEach((d, i) => {
    const p = pos[i], r = 5 + 11 * Math.sqrt(d.events / maxN);
    const isSel = selected && (selected === d.id || selected === d.code || selected.toLowerCase() === (d.name || "").toLowerCase());
    gn.append(svg("circle", { class: "node" + (isSel ? " selected" : ""), cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1),
      fill: kindColor(d.kind), "data-id": d.id, "data-name": d.name,
      onclick: () => navigate({ actor: isSel ? null : d.id }) },
      title(`${d.name} (${d.code || "no code"}) — ${d.events} events; click to ${isSel ? "clear the filter" : "filter"}`)));
    gn.append(svg("text", { class: "node-label", x: (p.x + r + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, shortName(d.name)));
  });
  root.append(gn);
  container.replaceChildren(root);
}

function kindColor(kind) {
  return { PERSON: "#2456a6", COUNTRY: "#7a5cc4", ORG: "#d07a1e", GROUP: "#3b8c8c" }[kind] || "#6b7280";
}

function shortName(name) { return name && name.length > 22 ? name.slice(0, 21) + "…" : name || "?"; }
