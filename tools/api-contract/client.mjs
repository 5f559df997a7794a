// Generates the TypeScript client from a running API's OpenAPI document, type-checks client-example.ts against it,
// and runs it against that API: node client.mjs http://localhost:5080 (OPSTRACKER_KEY: an editor or admin key).
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const baseUrl = process.argv[2] ?? process.env.OPSTRACKER_URL ?? "http://localhost:5080";
const bin = (name) => join(here, "node_modules", ".bin", name);
const run = (program, args, env = process.env) => execFileSync(program, args, { cwd: here, stdio: "inherit", env });

run(bin("openapi-typescript"), [`${baseUrl}/swagger/v1/swagger.json`, "--output", "generated/opstracker.d.ts"]);
run(bin("tsc"), ["--project", "tsconfig.json"]);
run(process.execPath, ["generated/dist/client-example.js"], { ...process.env, OPSTRACKER_URL: baseUrl });
