#!/usr/bin/env bash
# The README's two quick-start commands: `npm start` (build and serve) and `npm test` (every test).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_node
ensure_deps
cd "$ROOT"
case "${1:-}" in
  start)
    npm run build
    echo "› Serving the course at http://localhost:4321/ (Ctrl+C to stop)"
    exec npx astro preview --port 4321 --host
    ;;
  test)
    ensure_browser
    step() { echo; echo "━━ $1"; shift; "$@"; }
    step "Type check (astro check, svelte-check)" npm run check
    step "Unit and content tests (vitest)" npx vitest run --config tests/vitest.config.ts
    step "Build (astro + pagefind)" npm run build
    step "End-to-end and accessibility tests (Playwright, Chromium)" npx playwright test --config tests/playwright.config.ts
    ;;
  *) echo "usage: $0 start|test" >&2; exit 2 ;;
esac
