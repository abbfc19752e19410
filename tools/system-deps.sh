#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing (make test runs it).
# Tests that need these tools fail loudly without them; they never skip.
set -euo pipefail
PACKAGES=(git chromium rsync)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm installs axe-core for the accessibility tests (package.json); any npm on the PATH
# will do, Debian's package where there is none.
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
