// npm run bench:readme — writes the README's performance table from bench-results/latest.json
// (what the last `npm run bench` measured) between the <!-- bench:start --> and
// <!-- bench:end --> markers, so the README's figures are the bench's, never copied by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { readmeTable, type BenchResults } from "./report";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const bench = JSON.parse(readFileSync("bench-results/latest.json", "utf8")) as BenchResults;
const readme = readFileSync("README.md", "utf8");
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} ... ${END} section`);
writeFileSync("README.md", `${readme.slice(0, from + START.length)}\n${readmeTable(bench)}\n${readme.slice(to)}`);
console.log(`README.md: performance table written from the run of ${bench.at}`);
