// Copy the dashboard's third-party assets from node_modules (pinned in package-lock.json) into the
// Python package, so the app serves them itself: no CDN, no tile server at run time.
import { copyFileSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "newsgraph", "web", "static", "vendor");
mkdirSync(out, { recursive: true });

// [package, file inside the package, name in vendor/]
const FILES = [
  ["world-atlas", "countries-110m.json", "countries-110m.json"],   // Natural Earth 1:110m countries, TopoJSON
  ["world-atlas", "LICENSE", "world-atlas.LICENSE"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"], // TopoJSON -> GeoJSON
  ["topojson-client", "LICENSE", "topojson-client.LICENSE"],
  ["swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui-bundle.js"],             // the /docs page (OpenAPI UI)
  ["swagger-ui-dist", "swagger-ui.css", "swagger-ui.css"],
  ["swagger-ui-dist", "LICENSE", "swagger-ui.LICENSE"],
];

const versions = {};
for (const [pkg, file, name] of FILES) {
  copyFileSync(join(here, "node_modules", pkg, file), join(out, name));
  versions[pkg] = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;
}
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`dashboard assets -> ${out}: ${Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(", ")}`);
