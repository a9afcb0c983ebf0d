#!/usr/bin/env bash
# The application as the browser tests use it: a production build (made by `npm test` before Playwright),
# served on a fresh database seeded with the demo, sending its e-mails through the SMTP capture.
set -euo pipefail
cd "$(dirname "$0")/.."
export BOUSSOLE_DATA_DIR="${E2E_DATA_DIR:-$PWD/e2e/.data}"
export BOUSSOLE_MODE="${BOUSSOLE_MODE:-demo}"
rm -rf "$BOUSSOLE_DATA_DIR"
npx tsx db/migrate.ts
npx tsx db/seed.ts
exec npx next start -p "${E2E_PORT:-3100}"
