// Lints an OpenAPI document (a file, or the URL of a running API's document) with Spectral (spectral:oas) and Redocly
// (recommended) and fails on any problem, warnings included: the document must stay lint-clean.
//   node lint.mjs http://localhost:5080/swagger/v1/swagger.json
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2];
if (!source) {
  console.error("usage: node lint.mjs <openapi.json or its URL>");
  process.exit(2);
}

let file = source;
if (/^https?:\/\//.test(source)) {
  const response = await fetch(source);
  if (!response.ok) {
    console.error(`GET ${source} answered ${response.status}`);
    process.exit(1);
  }
  file = join(mkdtempSync(join(tmpdir(), "openapi-")), "openapi.json");
  writeFileSync(file, await response.text());
}

const bin = (name) => join(here, "node_modules", ".bin", name);
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
let failed = false;

// Spectral: every result, hints included, fails the run.
try {
  execFileSync(bin("spectral"), ["lint", file, "--ruleset", join(here, ".spectral.yaml"), "--fail-severity", "hint"], { env, stdio: "inherit" });
  console.log("spectral (spectral:oas): 0 errors, 0 warnings");
} catch {
  failed = true;
}

// Redocly fails only on errors by itself, so its JSON report is counted here.
let report;
try {
  report = execFileSync(bin("redocly"), ["lint", file, "--config", join(here, "redocly.yaml"), "--format", "json"], { env, encoding: "utf8" });
} catch (error) {
  report = error.stdout;
}
const { totals, problems } = JSON.parse(report);
for (const problem of problems) {
  const where = problem.location?.map((location) => location.pointer).join(", ");
  console.log(`redocly ${problem.severity} ${problem.ruleId}: ${problem.message} (${where})`);
}
console.log(`redocly (recommended): ${totals.errors} errors, ${totals.warnings} warnings`);
failed ||= totals.errors + totals.warnings > 0;

process.exit(failed ? 1 : 0);
