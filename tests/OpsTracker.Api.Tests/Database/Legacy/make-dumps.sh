#!/usr/bin/env bash
# How the two dumps beside this script were made, on the commit before the record engine's schema helpers (run from
# that commit, after `dotnet build src/OpsTracker.Api -c Release`): a database migrated by that day's migrations, with
# the sample data and a few writes (a soft-deleted casualty record, a new one, a changed arrest record, a new force),
# dumped as text. LegacyDatabaseUpgradeTests loads them and migrates them to today's schema.
#
#   bash tests/OpsTracker.Api.Tests/Database/Legacy/make-dumps.sh Sqlite|Postgres
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../../.."
provider=$1
port=5188
base="http://127.0.0.1:$port"
key="legacy-dump-admin-key-0123456789"
work=$(mktemp -d)
if [[ $provider == Postgres ]]; then
  psql "postgresql://opstracker:opstracker@localhost:5432/postgres" -qc "DROP DATABASE IF EXISTS opstracker_legacy WITH (FORCE)"
  psql "postgresql://opstracker:opstracker@localhost:5432/postgres" -qc "CREATE DATABASE opstracker_legacy"
  cs="Host=localhost;Port=5432;Username=opstracker;Password=opstracker;Database=opstracker_legacy"
else
  cs="Data Source=$work/legacy.db"
fi
dotnet src/OpsTracker.Api/bin/Release/net10.0/OpsTracker.Api.dll --urls "$base" --Database:Provider=$provider \
  --ConnectionStrings:OpsTracker="$cs" --SampleData:Enabled=true --Auth:BootstrapAdminKey="$key" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 120); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
post() { curl -fs -X "$1" -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data-binary "${3:-}" "$base$2" >/dev/null; }
post POST /api/v1/casualties '{"externalId":"legacy:casualty:deleted","affiliation":"civilian","outcome":"killed","count":{"best":7},"startDate":"2024-05-01","endDate":"2024-05-20","country":"IQ","sourceIds":[1],"notes":"Deleted before the upgrade: Tal Afar"}'
post DELETE /api/v1/casualties/2
post POST /api/v1/casualties '{"externalId":"legacy:casualty:wounded","affiliation":"civilian","outcome":"wounded","count":{"best":12,"low":10,"high":15,"qualifier":"range"},"startDate":"2024-06-01","country":"IQ","region":"Nineveh","sourceIds":[2],"notes":"Wounded near Sinjar سنجار"}'
post PUT /api/v1/arrests/1 '{"externalId":"sample:arrest:isis-arrested-2025-10-01-2025-11-06","operationId":1,"startDate":"2025-10-01","endDate":"2025-11-06","country":"SY","count":{"best":21,"qualifier":"atLeast"},"sourceIds":[1,2,3],"notes":"ISIS members arrested in the same operations (CENTCOM), corrected."}'
post POST /api/v1/forces '{"externalId":"legacy:force:isis","name":"Islamic State","acronym":"ISIS","aliases":["داعش","الدولة الإسلامية"],"kind":"insurgentGroup"}'
kill $api; wait $api || true
if [[ $provider == Postgres ]]; then
  pg_dump --inserts --no-owner --no-privileges --no-comments "postgresql://opstracker:opstracker@localhost:5432/opstracker_legacy" | grep -v '^\\\(un\)\?restrict ' > "$here/before-record-engine.postgres.sql"
  psql "postgresql://opstracker:opstracker@localhost:5432/postgres" -qc "DROP DATABASE opstracker_legacy WITH (FORCE)"
else
  sqlite3 "$work/legacy.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  sqlite3 "$work/legacy.db" .dump > "$here/before-record-engine.sqlite.sql"
fi
rm -rf "$work"
