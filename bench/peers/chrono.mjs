// chrono-node's half of `just bench-peers`: parse every document of the
// corpus that `peers export` wrote, timed inside this process, and print the
// timings and every expression found, with a TIMEX3-like value, as JSON.
//
//   node chrono.mjs NODE_DIR CORPUS.jsonl [--passes N] [--show NAME]
//
// NODE_DIR holds the pinned chrono-node (target/peers/node). Run with
// TZ=UTC: chrono works in the process's time zone.
//
// Timed, per pass: `chrono.parse(text, reference)` on every document, the
// reference being the document creation time at noon. Turning the results
// into values and offsets comes after the clock stops.
//
// Value of a result: as precise as chrono is certain of, with the
// reference filling in what it implies (the year of "March 5", the date
// of "Friday"):
//   hour certain              YYYY-MM-DDTHH:MM
//   day or weekday certain    YYYY-MM-DD
//   month certain             YYYY-MM
//   year certain              YYYY
//   nothing certain           YYYY-MM-DD (relative dates: "3 days ago")

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
if (args.length < 2) {
  console.error("usage: node chrono.mjs NODE_DIR CORPUS.jsonl [--passes N] [--show NAME]");
  process.exit(2);
}
const [nodeDir, corpusPath] = args;
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const passes = Math.max(1, Number(option("--passes") ?? 1));
const show = option("--show");

const require = createRequire(join(resolve(nodeDir), "package.json"));
const chrono = require("chrono-node");
const version = JSON.parse(
  readFileSync(join(resolve(nodeDir), "node_modules/chrono-node/package.json"), "utf8")
).version;

const docs = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line));

const reference = (published) => {
  if (!published) return new Date();
  const [y, m, d] = published.split("-").map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
};

const pad = (n, w = 2) => String(n).padStart(w, "0");

function value(c) {
  const date = `${pad(c.get("year"), 4)}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
  if (c.isCertain("hour")) return `${date}T${pad(c.get("hour"))}:${pad(c.get("minute") ?? 0)}`;
  if (c.isCertain("day") || c.isCertain("weekday")) return date;
  if (c.isCertain("month")) return `${pad(c.get("year"), 4)}-${pad(c.get("month"))}`;
  if (c.isCertain("year")) return pad(c.get("year"), 4);
  return date;
}

// UTF-16 code unit offsets to code point offsets.
function codePoints(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const at = new Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = n;
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  at[text.length] = n;
  return (i) => at[i];
}

const refs = docs.map((d) => reference(d.published));
const seconds = [];
let first = null;
for (let pass = 0; pass < passes; pass++) {
  const found = new Array(docs.length);
  const start = process.hrtime.bigint();
  for (let k = 0; k < docs.length; k++) {
    found[k] = chrono.parse(docs[k].text, refs[k]);
  }
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  if (first === null) first = found;
}

const results = {};
let chars = 0;
docs.forEach((doc, k) => {
  const cp = codePoints(doc.text);
  chars += [...doc.text].length;
  results[doc.id] = first[k].map((r) => [cp(r.index), cp(r.index + r.text.length), value(r.start)]);
  if (doc.id === show) {
    for (const r of first[k]) {
      console.error(JSON.stringify(r.text), value(r.start), r.start.getCertainComponents().join(","));
    }
  }
});

process.stdout.write(
  JSON.stringify({ tool: "chrono-node", version, chars, pass_seconds: seconds, results }) + "\n"
);
