#!/usr/bin/env bash
# npm test: type check, unit and integration tests (Vitest), then end-to-end tests (Playwright)
# against a production build. With DATABASE_URL set, everything runs in a fresh database on that
# server, dropped afterwards; without it, on the embedded PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."

tree_state() { { git status --porcelain; git diff HEAD; } 2>/dev/null | sha1sum; }
TREE_BEFORE="$(tree_state)"

if [ -n "${DATABASE_URL:-}" ]; then
  SERVER_URL="$DATABASE_URL"
  DATABASE_URL="$(DATABASE_URL="$SERVER_URL" npx tsx scripts/fresh-database.ts create)"
  export DATABASE_URL
  trap 'DATABASE_URL="$SERVER_URL" npx tsx scripts/fresh-database.ts drop "$DATABASE_URL" || true' EXIT
  echo "Base de datos de prueba: ${DATABASE_URL##*/}"
  # On a Postgres server the e2e run also starts two more production servers behind a round-robin
  # proxy on a database of their own (e2e/two-servers.spec.ts: what several serverless instances share).
  export E2E_TWO_SERVERS=1 E2E_TWO_SERVERS_DB="$SERVER_URL"
else
  echo "Base de datos de prueba: PGlite embebida"
fi

echo "== Tipos (tsc)"
npx tsc --noEmit

echo "== Pruebas unitarias y de integración (Vitest)"
npx vitest run

echo "== Pruebas de extremo a extremo (Playwright + Chromium)"
npx playwright test

# A clean run leaves a clean tree: nothing the tests write may show in git (tsconfig.json,
# package-lock.json, new files); changes the developer had before the run are not counted.
if [ "$(tree_state)" != "$TREE_BEFORE" ]; then
  echo "Las pruebas dejaron cambios en el árbol de git:" >&2
  git status --short >&2
  exit 1
fi
