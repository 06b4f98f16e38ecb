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

// Turn a component so its longest extent runs across (the panel is wider than tall): rotate by the
// angle of the positions' principal axis.
function levelOut(pos) {
  const n = pos.length, mx = pos.reduce((s, p) => s + p.x, 0) / n, my = pos.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0, syy = 0, sxy = 0;
  for (const p of pos) { const dx = p.x - mx, dy = p.y - my; sxx += dx * dx; syy += dy * dy; sxy += dx * dy; }
  const a = -0.5 * Math.atan2(2 * sxy, sxx - syy), c = Math.cos(a), s = Math.sin(a);
  return pos.map(p => ({ x: (p.x - mx) * c - (p.y - my) * s, y: (p.x - mx) * s + (p.y - my) * c }));
}

// Shelf packing of the component boxes into rows at most `rowWidth` wide (largest first).
function pack(boxes, rowWidth) {
  let x = 0, y = 0, rowH = 0;
  const at = [];
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) { x = 0; y += rowH; rowH = 0; }
    at.push([x, y]);
    x += b.w; rowH = Math.max(rowH, b.h);
  }
  const x1 = Math.max(...boxes.map((b, i) => at[i][0] + b.w)), y1 = y + rowH;
  return { at, x1, y1 };
}

// Room kept free: a margin all round, space on the right for the last labels, the legend at the bottom.
const MARGIN = 30, LABEL_ROOM = 80, LEGEND = 24;

// Lay out each connected component on its own, then pack them in rows and fit the whole into the view
// box, trying several row widths and keeping the one that draws the graph largest (so a few small
// pairs neither squeeze the main cluster into a corner nor leave half the panel empty).
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
    const pos = levelOut(forceLayout(members.length, own, k));
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    const x0 = Math.min(...xs), y0 = Math.min(...ys);
    return { members, pos: pos.map(p => ({ x: p.x - x0, y: p.y - y0 })),
             w: Math.max(...xs) - x0 + pad, h: Math.max(...ys) - y0 + pad };
  }).sort((a, b) => b.members.length - a.members.length || b.h - a.h);
  const availW = W - 2 * MARGIN - LABEL_ROOM, availH = H - 2 * MARGIN - LEGEND;
  const widest = Math.max(...boxes.map(b => b.w)), total = boxes.reduce((s, b) => s + b.w, 0);
  let best = null;
  for (let t = 0; t <= 12; t++) {
    const rowWidth = widest + (total - widest) * t / 12;
    const p = pack(boxes, rowWidth);
    const scale = Math.min(availW / Math.max(1, p.x1), availH / Math.max(1, p.y1), 2.2);
    if (!best || scale > best.scale + 1e-9) best = { ...p, scale };
  }
  const s = best.scale, ox = MARGIN + (availW - best.x1 * s) / 2, oy = MARGIN + (availH - best.y1 * s) / 2;
  const out = new Array(nodes.length);
  boxes.forEach((b, bi) => b.members.forEach((g, i) => {
    out[g] = { x: ox + (best.at[bi][0] + b.pos[i].x) * s, y: oy + (best.at[bi][1] + b.pos[i].y) * s };
  }));
  return out;
}

// Push apart discs that sit closer than their radii plus a label's height (dense clusters after the
// fit), keeping every disc inside the drawing area. Deterministic: same input, same picture.
function spread(pos, radii) {
  const out = pos.map(p => ({ ...p })), gap = 16;
  const x0 = MARGIN / 2, x1 = W - MARGIN / 2, y0 = MARGIN / 2, y1 = H - LEGEND - MARGIN / 2;
  for (let it = 0; it < 80; it++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        let dx = out[j].x - out[i].x, dy = out[j].y - out[i].y, d = Math.hypot(dx, dy);
        const want = radii[i] + radii[j] + gap;
        if (d >= want) continue;
        if (d < 1e-6) { dx = 1; dy = 0; d = 1; }
        const push = (want - d) / 2 * 0.6;
        out[i].x -= dx / d * push; out[i].y -= dy / d * push;
        out[j].x += dx / d * push; out[j].y += dy / d * push;
        moved = true;
      }
    }
    for (let i = 0; i < out.length; i++) {
      out[i].x = Math.min(x1 - radii[i], Math.max(x0 + radii[i], out[i].x));
      out[i].y = Math.min(y1 - radii[i], Math.max(y0 + radii[i], out[i].y));
    }
    if (!moved) break;
  }
  return out;
}

// Which actors must carry a label: the five busiest, every hub (three or more partners), and the
// busiest actor of every component of three or more actors. Others get one where there is room.
export function mustLabel(nodes, edges) {
  const degree = new Map(), parent = new Map(nodes.map(d => [d.id, d.id]));
  const find = id => (parent.get(id) === id ? id : (parent.set(id, find(parent.get(id))), parent.get(id)));
  for (const e of edges) {
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) || 0) + 1);
    if (parent.has(e.source) && parent.has(e.target)) parent.set(find(e.source), find(e.target));
  }
  const byEvents = [...nodes].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  const must = new Set(byEvents.slice(0, 5).map(d => d.id));
  for (const d of nodes) if ((degree.get(d.id) || 0) >= 3) must.add(d.id);
  const comps = new Map();
  for (const d of byEvents) { const c = find(d.id); if (!comps.has(c)) comps.set(c, []); comps.get(c).push(d); }
  for (const members of comps.values()) if (members.length >= 3) must.add(members[0].id);
  return must;
}

const overlaps = (a, b, pad = 0) => a[0] < b[2] + pad && a[2] > b[0] - pad && a[1] < b[3] + pad && a[3] > b[1] - pad;

function coversDisc(box, c) {      // does the box reach into the circle c = [x, y, r]?
  const nx = Math.max(box[0], Math.min(c[0], box[2])), ny = Math.max(box[1], Math.min(c[1], box[3]));
  return (nx - c[0]) ** 2 + (ny - c[1]) ** 2 < c[2] * c[2];
}

// Where a label may go: beside the disc, then further out (with a leader line), in 16 directions,
// right and left first. Each spot is the top-left corner of a w x h box whose nearest side faces the disc.
const ANGLES = [0, 180, 270, 90, 315, 225, 45, 135, 337.5, 202.5, 22.5, 157.5, 292.5, 247.5, 67.5, 112.5]
  .map(a => a * Math.PI / 180);
function labelSpots(cx, cy, r, w, h, rings) {
  const spots = [];
  for (const ring of rings) {
    const R = r + ring;
    for (const a of ANGLES) {
      const c = Math.cos(a), s = Math.sin(a), x = cx + c * R, y = cy + s * R;
      spots.push([c > 0.3 ? x : c < -0.3 ? x - w : x - w / 2, s > 0.3 ? y : s < -0.3 ? y - h : y - h / 2]);
    }
  }
  return spots;
}

// Place the labels: must-label actors first (busiest first), then the other busy ones while there is
// room. A label never covers another label or another actor's disc; a person's name falls back to its
// last word ("Zelensky") where the full name does not fit. Sizes are measured in the page.
function placeLabels(group, nodes, pos, radius, must, selected) {
  const discs = nodes.map((d, i) => [pos[i].x, pos[i].y, radius(d)]);
  const placed = [];
  const isSel = d => selected && (selected === d.id || selected === d.code || selected.toLowerCase() === (d.name || "").toLowerCase());
  const order = nodes.map((d, i) => i).sort((a, b) =>
    (must.has(nodes[b].id) || isSel(nodes[b])) - (must.has(nodes[a].id) || isSel(nodes[a])) ||
    nodes[b].events - nodes[a].events || nodes[a].name.localeCompare(nodes[b].name));
  const free = box => box[0] >= 0 && box[2] <= W && box[1] >= 0 && box[3] <= H - LEGEND &&
    !placed.some(b => overlaps(box, b, 1));
  let optional = 0;
  for (const i of order) {
    const d = nodes[i], required = must.has(d.id) || isSel(d);
    if (!required && optional >= 12) continue;
    const [cx, cy, r] = discs[i];
    const names = [shortName(d.name)];
    if (d.kind === "PERSON" && d.name && d.name.trim().includes(" ")) names.push(d.name.trim().split(/\s+/).pop());
    // a required label that fits nowhere in full falls back to the actor's code ("USA", "RUSGOV")
    if (required && d.code && d.code !== names[0] && d.code.length < names[0].length) names.push(d.code);
    // measure each wording in the page (estimated while the panel is hidden: no layout, empty boxes)
    const texts = names.map(name => {
      const text = svg("text", { class: "node-label", "data-id": d.id, x: 0, y: 0 }, name);
      group.append(text);
      const m = text.getBBox();
      return { text, bb: m.width > 0 ? m : { x: 0, y: -10, width: name.length * 6.2, height: 13 } };
    });
    // nearest first: a short name beside the disc beats the full name at the end of a long line
    let done = false;
    for (const ring of required ? [3, 10, 18, 28, 40, 56] : [3]) {
      for (const t of texts) {
        const w = t.bb.width, h = t.bb.height;
        const spot = labelSpots(cx, cy, r, w, h, [ring]).find(([x, y]) => {
          const box = [x, y, x + w, y + h];
          return free(box) && !discs.some((c, j) => j !== i && coversDisc(box, c));
        });
        if (!spot) continue;
        const [x, y] = spot;
        t.text.setAttribute("x", (x - t.bb.x).toFixed(1));
        t.text.setAttribute("y", (y - t.bb.y).toFixed(1));
        placed.push([x, y, x + w, y + h]);
        // a label set away from its disc gets a thin line from the disc to the label's nearest point
        const nx = Math.max(x, Math.min(cx, x + w)), ny = Math.max(y, Math.min(cy, y + h));
        const dist = Math.hypot(nx - cx, ny - cy);
        if (dist > r + 6) {
          group.prepend(svg("line", { class: "label-leader", x1: (cx + (nx - cx) * r / dist).toFixed(1),
            y1: (cy + (ny - cy) * r / dist).toFixed(1), x2: nx.toFixed(1), y2: ny.toFixed(1) }));
        }
        done = t;
        break;
      }
      if (done) break;
    }
    for (const t of texts) if (t !== done) t.text.remove();
    if (done && !required) optional++;
  }
}

export function drawNetwork(container, data, selected) {
  const { nodes, edges } = data;
  if (!nodes.length) { empty(container, "No events between two resolved actors match the filters."); return; }
  const maxE = Math.max(...edges.map(e => e.events)), maxN = Math.max(...nodes.map(d => d.events));
  const radius = d => 5 + 11 * Math.sqrt(d.events / maxN);
  const pos = spread(layout(nodes, edges), nodes.map(radius)), at = new Map(nodes.map((d, i) => [d.id, pos[i]]));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  container.replaceChildren(root);          // in the page first, so label sizes can be measured
  const ge = svg("g", { class: "edges" });
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) continue;
    ge.append(svg("line", { class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldColor(e.goldstein_mean),
      "stroke-width": (1.5 + 5 * Math.sqrt(e.events / maxE)).toFixed(1), "data-events": e.events,
      onclick: () => navigate({ dyad: `${e.source},${e.target}` }) },
      title(`${e.events} events (${e.events_ab} one way, ${e.events_ba} the other), mean Goldstein ${e.goldstein_mean}; click to show this pair`)));
  }
  const gn = svg("g", { class: "nodes" });
  nodes.forEach((d, i) => {
    const p = pos[i], r = radius(d);
    const isSel = selected && (selected === d.id || selected === d.code || selected.toLowerCase() === (d.name || "").toLowerCase());
    gn.append(svg("circle", { class: "node" + (isSel ? " selected" : ""), cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1),
      fill: kindColor(d.kind), "data-id": d.id, "data-name": d.name,
      onclick: () => navigate({ actor: isSel ? null : d.id }) },
      title(`${d.name} (${d.code || "no code"}) — ${d.events} events; click to ${isSel ? "clear the filter" : "filter"}`)));
  });
  const labels = svg("g", { class: "labels" });
  root.append(ge, gn, labels);   // labels above every node
  placeLabels(labels, nodes, pos, radius, mustLabel(nodes, edges), selected);
  const lg = svg("g", { class: "legend" });
  [["PERSON", "person"], ["COUNTRY", "country"], ["ORG", "organisation"], ["GROUP", "group"]].forEach(([k, label], i) => {
    lg.append(svg("circle", { cx: 10 + i * 92, cy: H - 10, r: 5, fill: kindColor(k) }));
    lg.append(svg("text", { x: 18 + i * 92, y: H - 6 }, label));
  });
  lg.append(svg("text", { x: 380, y: H - 6 }, "edge colour: mean Goldstein"));
  root.append(lg);
}

function kindColor(kind) {
  return { PERSON: "#2456a6", COUNTRY: "#7a5cc4", ORG: "#d07a1e", GROUP: "#3b8c8c" }[kind] || "#6b7280";
}

function shortName(name) { return name && name.length > 22 ? name.slice(0, 21) + "…" : name || "?"; }
