// Timeline: cooperation (QuadClass 1, 2) above the axis, conflict (3, 4) below it, per day/week/month,
// with the mean Goldstein score as a line on its own -10..+10 scale. Clicking a bar narrows the dates.
import { svg, title, empty, navigate } from "./util.js";

const W = 1000, H = 240, M = { top: 26, right: 44, bottom: 26, left: 40 };
const QUADS = [[1, "verbal cooperation", "var(--q1)"], [2, "material cooperation", "var(--q2)"],
               [3, "verbal conflict", "var(--q3)"], [4, "material conflict", "var(--q4)"]];
const STEP_DAYS = { day: 1, week: 7, month: 31, year: 366 };

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
}
function periodEnd(iso, interval) {
  if (interval === "month") { const d = new Date(iso + "T00:00:00Z"); d.setUTCMonth(d.getUTCMonth() + 1, 0); return d.toISOString().slice(0, 10); }
  if (interval === "year") return iso.slice(0, 4) + "-12-31";
  return addDays(iso, STEP_DAYS[interval] - 1);
}

// Without a date filter the API leaves out a few far-off dates (data.window, data.outside). Name the
// dates the chart really covers: from the later of the window's start and the first bar's period to
// the earlier of the window's end and the last bar's period end. Every hidden event lies outside
// that range, every drawn one inside it, and both ends lie on the axis.
export function hiddenNote(data, slots) {
  const out = (data.outside && (data.outside.before + data.outside.after)) || 0;
  if (!out || !slots.length) return "";
  const first = slots[0].period, last = periodEnd(slots[slots.length - 1].period, data.interval);
  const [w0, w1] = data.window || [first, last];
  const from = w0 > first ? w0 : first, to = w1 < last ? w1 : last;
  return ` · ${out} event${out === 1 ? "" : "s"} dated outside ${from} – ${to} not shown (set dates to see them)`;
}

// Events dated only to a month or a year have no day, week (or month) of their own: the API leaves them
// out of the periods of a finer interval (data.imprecise) rather than put them on the first day of their
// month or year. Name them, so the axis covers only dates the texts gave.
export function impreciseNote(data) {
  const rows = data.imprecise || [];
  const n = rows.reduce((sum, r) => sum + r.total, 0);
  if (!n) return "";
  const kinds = [...new Set(rows.map(r => r.precision))].sort().map(p => "a " + p).join(" or ");
  const dates = [...new Set(rows.map(r => r.date))];
  const shown = dates.slice(0, 4).join(", ") + (dates.length > 4 ? ", …" : "");
  const scale = { day: "daily", week: "weekly", month: "monthly" }[data.interval] || data.interval;
  return ` · ${n} event${n === 1 ? "" : "s"} dated only to ${kinds} (${shown}) not placed on this ${scale} axis`;
}

export function drawTimeline(container, data, note) {
  const periods = data.periods || [];
  if (!periods.length) {
    empty(container, "No dated events match the filters." + impreciseNote(data).replace(" · ", " "));
    note.textContent = ""; return;
  }
  const interval = data.interval;
  // one slot per period from first to last, so gaps show as gaps
  const slots = [], byPeriod = new Map(periods.map(p => [p.period, p]));
  for (let p = periods[0].period, guard = 0; p <= periods[periods.length - 1].period && guard < 5000; guard++) {
    slots.push(byPeriod.get(p) || { period: p, total: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein_mean: null });
    p = interval === "month" ? periodEnd(p, "month") : interval === "year" ? `${+p.slice(0, 4) + 1}-01-01` : addDays(p, STEP_DAYS[interval]);
    if (interval === "month") p = addDays(p, 1);
  }
  note.textContent = `events per ${interval} · bars: count by QuadClass · line: mean Goldstein` + hiddenNote(data, slots)
    + impreciseNote(data);
  const up = Math.max(1, ...slots.map(s => s.q1 + s.q2)), down = Math.max(1, ...slots.map(s => s.q3 + s.q4));
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const zero = M.top + ih * up / (up + down), scale = ih / (up + down);
  const bw = iw / slots.length, gap = Math.min(2, bw * 0.15);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline of cooperation and conflict" });
  const bars = svg("g", { class: "bars" });
  slots.forEach((s, i) => {
    const x = M.left + i * bw + gap / 2, w = Math.max(1, bw - gap);
    let yUp = zero, yDown = zero;
    for (const [q, name, color] of QUADS) {
      const n = s["q" + q];
      if (!n) continue;
      const h = n * scale;
      const y = q <= 2 ? (yUp -= h) : (yDown += h) - h;
      bars.append(svg("rect", {
        class: `bar q${q}`, x: x.toFixed(1), y: y.toFixed(1), width: w.toFixed(1), height: h.toFixed(1),
        fill: color, "data-period": s.period, "data-quad": q, "data-count": n,
        onclick: () => navigate({ since: s.period, until: periodEnd(s.period, interval) }),
      }, title(`${s.period} (${interval}): ${n} ${name}`)));
    }
  });
  root.append(bars);
  // axes: zero line, counts left, Goldstein right, a few date labels
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: M.left, x2: W - M.right, y1: zero, y2: zero }));
  axis.append(svg("text", { x: M.left - 6, y: M.top + 8, "text-anchor": "end" }, String(up)));
  axis.append(svg("text", { x: M.left - 6, y: H - M.bottom, "text-anchor": "end" }, String(down)));
  axis.append(svg("text", { x: M.left - 6, y: zero + 4, "text-anchor": "end" }, "0"));
  axis.append(svg("text", { x: 4, y: M.top + 22, transform: `rotate(-90 12 ${M.top + 40})` }, "coop."));
  const gy = g => M.top + ih * (10 - g) / 20;
  for (const g of [-10, 0, 10]) axis.append(svg("text", { x: W - M.right + 6, y: gy(g) + 4 }, (g > 0 ? "+" : "") + g));
  const labels = Math.min(slots.length, 8);
  // dates without their year only when the whole axis, to the last period's end, lies in one year
  const manyYears = slots[0].period.slice(0, 4) !== periodEnd(slots[slots.length - 1].period, interval).slice(0, 4);
  for (let k = 0; k < labels; k++) {
    const i = Math.round(k * (slots.length - 1) / Math.max(1, labels - 1));
    axis.append(svg("text", { x: M.left + (i + 0.5) * bw, y: H - 8, "text-anchor": "middle" },
      interval === "month" || manyYears ? slots[i].period.slice(0, interval === "month" ? 7 : 10) : slots[i].period.slice(5)));
  }
  root.append(axis);
  // mean Goldstein line over periods that have events
  const pts = slots.map((s, i) => [M.left + (i + 0.5) * bw, s.goldstein_mean]).filter(p => p[1] !== null);
  if (pts.length) {
    root.append(svg("path", { class: "gline", d: pts.map((p, i) => `${i ? "L" : "M"}${p[0].toFixed(1)},${gy(p[1]).toFixed(1)}`).join("") }));
    for (const [x, g] of pts) root.append(svg("circle", { class: "gdot", cx: x.toFixed(1), cy: gy(g).toFixed(1), r: 2.5 }, title(`mean Goldstein ${g}`)));
  }
  // legend
  const lg = svg("g", { class: "legend" });
  let lx = M.left + 8;
  for (const [q, name, color] of [...QUADS, [0, "mean Goldstein (right axis)", "var(--gold)"]]) {
    lg.append(svg("rect", { x: lx, y: 4, width: 10, height: 10, fill: color }));
    const t = svg("text", { x: lx + 14, y: 13 }, name);
    lg.append(t); lx += 14 + name.length * 6 + 14;
  }
  root.append(lg);
  container.replaceChildren(root);
}
