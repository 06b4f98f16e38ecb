// World map: Natural Earth country shapes (npm world-atlas, vendored at build time) in a plain
// equirectangular projection, shaded by event count, with a circle per located place. No tiles, no CDN.
import { svg, title, empty, navigate, goldColor } from "./util.js";

const W = 720, LAT_TOP = 84, LAT_BOTTOM = -58, H = Math.round(W * (LAT_TOP - LAT_BOTTOM) / 360);
let world = null;

const px = lon => (lon + 180) / 360 * W;
const py = lat => (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * H;

async function loadWorld() {
  if (world) return world;
  if (!window.topojson) throw new Error("map assets missing: run `make web` (npm) to vendor them");
  const res = await fetch("/static/vendor/countries-110m.json");
  if (!res.ok) throw new Error("map assets missing: run `make web` (npm) to vendor them");
  const topo = await res.json();
  world = window.topojson.feature(topo, topo.objects.countries).features;
  return world;
}

function ringPath(ring) {
  let d = "", prev = null;
  for (const [lon, lat] of ring) {
    const jump = prev !== null && Math.abs(lon - prev) > 180;   // crossing the antimeridian: lift the pen
    d += (d === "" || jump ? "M" : "L") + px(lon).toFixed(1) + "," + py(Math.max(LAT_BOTTOM - 5, lat)).toFixed(1);
    prev = lon;
  }
  return d + "Z";
}

function geomPath(g) {
  if (!g) return "";
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.map(p => p.map(ringPath).join("")).join("");
}

export async function drawMap(container, data, selectedCountry) {
  let features;
  try { features = await loadWorld(); } catch (err) { empty(container, err.message); return; }
  const byNum = new Map((data.countries || []).filter(c => c.numeric).map(c => [String(Number(c.numeric)), c]));
  const max = Math.max(1, ...(data.countries || []).map(c => c.events));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of events" });
  root.append(svg("rect", { class: "graticule", x: 0, y: 0, width: W, height: H }));
  const gc = svg("g", { class: "countries" });
  for (const f of features) {
    const c = byNum.get(String(Number(f.id)));
    const name = (f.properties && f.properties.name) || "";
    const sel = c && selectedCountry && c.country === selectedCountry.toUpperCase();
    const shade = c ? 0.25 + 0.75 * Math.sqrt(c.events / max) : 0;
    const path = svg("path", {
      class: "country" + (c ? " has" : "") + (sel ? " selected" : ""), d: geomPath(f.geometry),
      fill: c ? `rgba(36,86,166,${shade.toFixed(2)})` : "#d9dde3", "data-country": c ? c.country : null,
      "data-events": c ? c.events : null,
      onclick: c ? () => navigate({ place_country: sel ? null : c.country }) : null,
    }, title(c ? `${name} (${c.country}): ${c.events} events, mean Goldstein ${c.goldstein_mean}` : name));
    gc.append(path);
  }
  root.append(gc);
  const gp = svg("g", { class: "points" });
  const maxP = Math.max(1, ...(data.points || []).map(p => p.events));
  for (const p of data.points || []) {
    gp.append(svg("circle", { class: "point", cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1),
      r: (2.5 + 6 * Math.sqrt(p.events / maxP)).toFixed(1), fill: goldColor(p.goldstein_mean), "data-events": p.events },
      title(`${p.name || "?"} (${p.country}): ${p.events} events, mean Goldstein ${p.goldstein_mean}`)));
  }
  root.append(gp);
  // the busiest countries as a list under the map (also clickable)
  const top = (data.countries || []).slice(0, 12);
  const list = document.createElement("div");
  list.className = "country-list";
  for (const c of top) {
    const item = document.createElement("button");
    item.type = "button";
    item.className = "country-chip" + (selectedCountry && c.country === selectedCountry.toUpperCase() ? " selected" : "");
    item.dataset.country = c.country;
    item.textContent = `${c.country} ${c.events}`;
    item.title = `mean Goldstein ${c.goldstein_mean}`;
    item.addEventListener("click", () => navigate({ place_country: item.classList.contains("selected") ? null : c.country }));
    list.append(item);
  }
  const places = document.createElement("div");
  places.className = "place-list";
  const busiest = (data.points || []).slice(0, 10);
  if (busiest.length) {
    places.append(Object.assign(document.createElement("span"), { className: "muted", textContent: "Busiest places: " }));
    places.append(busiest.map(p => `${p.name || "?"} ${p.events}`).join(" · "));
  }
  container.replaceChildren(root, list, places);
}
