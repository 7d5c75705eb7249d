#!/usr/bin/env bash
# Installs from Debian's packages what the browser tests need, when it is missing: Chromium,
# nginx with its brotli modules (deploy/nginx.conf loads them), and a Java runtime for the
# Nu Html Checker. Run as root, or as a user allowed to sudo.
#
#   bash scripts/setup-debian.sh            # all three, for npm test
#   bash scripts/setup-debian.sh chromium   # Chromium alone, which a build needs to draw new diagrams
set -euo pipefail

wanted="${*:-chromium nginx java}"
wants() { [[ " $wanted " == *" $1 "* ]]; }

missing=()
if wants chromium; then
  command -v chromium >/dev/null || missing+=(chromium)
fi
if wants nginx; then
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || missing+=(libnginx-mod-http-brotli-filter)
fi
if wants java; then
  command -v java >/dev/null || missing+=(default-jre-headless)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "Déjà installé : $wanted."
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installation depuis les paquets Debian : ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
