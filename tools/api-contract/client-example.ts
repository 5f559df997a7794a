// A client generated from the API's OpenAPI document, used as it is: docs/clients.md shows this file, and
// .ci/run type-checks it and runs it against the API, so a change that breaks generated clients fails the build.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/opstracker.js";

type Casualty = components["schemas"]["CasualtyResponse"];
type CasualtyRequest = components["schemas"]["CasualtyRequest"];

const baseUrl = process.env.OPSTRACKER_URL ?? "http://localhost:5080";
const apiKey = process.env.OPSTRACKER_KEY;
if (!apiKey) throw new Error("Set OPSTRACKER_KEY to an editor key.");

// JSON and problem answers only: a list's CSV and GeoJSON forms are read with format=csv or format=geojson.
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl, headers: { "X-Api-Key": apiKey } });

// 1. Create a casualty record citing sample source 1. The answer carries the record, its Location and its ETag.
const report: CasualtyRequest = {
  sourceIds: [1],
  affiliation: "isis",
  outcome: "killed",
  count: { best: 3, qualifier: "atLeast", low: 3 },
  startDate: "2025-11-01",
  country: "SY",
  region: "Deir ez-Zor",
  notes: "قتلى من تنظيم داعش في ريف دير الزور",
};
const created = await api.POST("/api/v1/casualties", { body: report });
if (!created.data) throw new Error(`create: ${created.response.status} ${JSON.stringify(created.error)}`);
const casualty: Casualty = created.data;
console.log(`created ${created.response.headers.get("Location")} at ETag ${created.response.headers.get("ETag")}`);

// 2. A filtered list, a page at a time: the page is typed (items, page, pageSize, totalCount, count, nextCursor), the next page is linked.
const list = await api.GET("/api/v1/casualties", {
  params: { query: { country: ["SY"], affiliation: ["isis"], from: "2025-10-01", sort: "-startDate", pageSize: 1 } },
});
if (!list.data) throw new Error(`list: ${list.response.status} ${JSON.stringify(list.error)}`);
const { items, page, pageSize, totalCount } = list.data;
if (totalCount === null) throw new Error("totalCount is null only when count=none is asked for; the default is exact.");
console.log(`page ${page} of ${Math.ceil(totalCount / pageSize)}: ${items.map((item) => `${item.id} (${item.count.best} ${item.outcome})`).join(", ")}`);
console.log(`links: ${list.response.headers.get("Link")}`);
if (totalCount < 2 || !items.some((item) => item.id === casualty.id)) throw new Error("The new record should lead the list.");

// 3. Read it with its ETag; asking again with If-None-Match answers 304 while it is unchanged.
const read = await api.GET("/api/v1/casualties/{id}", { params: { path: { id: casualty.id } } });
const etag = read.response.headers.get("ETag");
if (!read.data || !etag) throw new Error(`get: ${read.response.status}`);
const unchanged = await api.GET("/api/v1/casualties/{id}", { params: { path: { id: casualty.id }, header: { "If-None-Match": etag } } });
if (unchanged.response.status !== 304) throw new Error(`If-None-Match: expected 304, got ${unchanged.response.status}`);
console.log(`read ${read.data.id}: ${read.data.notes} at ${etag}, unchanged: 304`);

// 4. Change one field only while the record is still at that ETag (a JSON merge patch); the old ETag then fails with 412.
const patched = await api.PATCH("/api/v1/casualties/{id}", {
  params: { path: { id: casualty.id }, header: { "If-Match": etag } },
  headers: { "Content-Type": "application/merge-patch+json" },
  body: { count: { best: 4, low: 4 }, region: null },
});
if (!patched.data) throw new Error(`patch: ${patched.response.status} ${JSON.stringify(patched.error)}`);
const newEtag = patched.response.headers.get("ETag");
console.log(`patched: count ${JSON.stringify(patched.data.count)}, region ${patched.data.region}, ETag ${newEtag}`);

const stale = await api.PUT("/api/v1/casualties/{id}", {
  params: { path: { id: casualty.id }, header: { "If-Match": etag } },
  body: { ...report, count: { best: 10 } },
});
if (stale.response.status !== 412 || !stale.error) throw new Error(`stale If-Match: expected 412, got ${stale.response.status}`);
console.log(`stale update refused: ${stale.response.status} ${stale.error.title}`);

// 5. Delete it, again only while it is at the version last seen.
const deleted = await api.DELETE("/api/v1/casualties/{id}", { params: { path: { id: casualty.id }, header: { "If-Match": newEtag ?? "*" } } });
if (deleted.response.status !== 204) throw new Error(`delete: expected 204, got ${deleted.response.status}`);
console.log("deleted: 204");
