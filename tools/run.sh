#!/usr/bin/env bash
# The run command: builds the distribution (unless --no-build), unpacks it under run/, and starts it in the
# foreground in demo mode on the embedded H2 database (data under run/gongkai/data). The demo county and the
# demo staff accounts are loaded on the first start only; data survives restarts and rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN_DIR="$ROOT/run"
HOME_DIR="$RUN_DIR/gongkai"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: tools/run.sh [--no-build]" >&2; exit 2 ;;
  esac
done

# PDF letters need a Chinese TrueType font (Debian's fonts-wqy-microhei, or any .ttf/.ttc in etc/gongkai/fonts).
if ! ls /usr/share/fonts/truetype/wqy/*.ttc >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== Installing Debian's fonts-wqy-microhei for PDF letters"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 || true
  else
    echo "Note: no Chinese font found; PDF letters need fonts-wqy-microhei (apt) or a .ttf in run/gongkai/etc/gongkai/fonts" >&2
  fi
fi

# Broadcast speech (生成语音) uses Debian's espeak-ng; without it terminals get the text only.
if ! command -v espeak-ng >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== Installing Debian's espeak-ng for broadcast speech synthesis"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null 2>&1 || true
  else
    echo "Note: espeak-ng is not installed; broadcasts go to terminals as text only (apt-get install espeak-ng)" >&2
  fi
fi

if [ "$build" = 1 ] || ! ls karaf-assembly/target/gongkai-distribution-*.tar.gz >/dev/null 2>&1; then
  echo "== Building the distribution (tests skipped; tools/test.sh runs them)"
  mvn -B -ntp -q install -DskipTests -DskipITs -Darchetype.test.skip=true
fi
TARBALL=$(ls -t karaf-assembly/target/gongkai-distribution-*.tar.gz | head -n 1)

if [ ! -d "$HOME_DIR" ] || [ "$TARBALL" -nt "$HOME_DIR/.unpacked" ]; then
  echo "== Unpacking $TARBALL into run/gongkai (keeping the database and logs of earlier runs)"
  mkdir -p "$RUN_DIR"
  keep=$(mktemp -d)
  [ -d "$HOME_DIR/data/gongkai" ] && mv "$HOME_DIR/data/gongkai" "$keep/"
  [ -d "$HOME_DIR/data/log" ] && mv "$HOME_DIR/data/log" "$keep/"
  rm -rf "$HOME_DIR" "$RUN_DIR"/gongkai-distribution-*
  tar xzf "$TARBALL" -C "$RUN_DIR"
  mv "$RUN_DIR"/gongkai-distribution-* "$HOME_DIR"
  mkdir -p "$HOME_DIR/data"
  [ -d "$keep/gongkai" ] && mv "$keep/gongkai" "$HOME_DIR/data/"
  [ -d "$keep/log" ] && mv "$keep/log" "$HOME_DIR/data/"
  rmdir "$keep" 2>/dev/null || true
  # demo mode also boots the loudspeaker demo driver: a living network of simulated terminals
  sed -i 's/^\(\s*\)gongkai-broadcast\(\/[^,]*\)\?, \\$/&\n\1gongkai-broadcast-driver-demo, \\/' \
    "$HOME_DIR/etc/org.apache.karaf.features.cfg"
  touch "$HOME_DIR/.unpacked"
fi

PORT=$(sed -n 's/^ *org.osgi.service.http.port *= *//p' "$HOME_DIR/etc/org.ops4j.pax.web.cfg" | tail -n 1)
PORT=${PORT:-8181}
cat <<INFO

Gongkai is starting in demo mode (GONGKAI_DEMO=1, embedded H2 under run/gongkai/data/gongkai).
  Staff UI:    http://localhost:$PORT/ui/
  Portal:      http://localhost:$PORT/portal/
  API docs:    http://localhost:$PORT/api/docs
  Health:      http://localhost:$PORT/api/health
  SSH console: ssh -p 8101 admin@localhost
  Logs:        run/gongkai/data/log/karaf.log
Demo logins (password gongkai-demo): admin, head, registrar, handler, reviewer, zone, zone2, editor, approver,
officer, hotline, outreach, auditor. Stop with Ctrl-D (or 'system:shutdown') in the console, or Ctrl-C.

INFO

# tell the user when the API answers
(
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "http://localhost:$PORT/api/health" 2>/dev/null; then
      echo "== Gongkai is up: http://localhost:$PORT/ui/ (log in as admin / gongkai-demo)"
      exit 0
    fi
    sleep 1
  done
  echo "== Gongkai did not answer within 180 s; see run/gongkai/data/log/karaf.log" >&2
) &

export GONGKAI_DEMO=1
cd "$HOME_DIR"
if [ -t 0 ]; then
  exec bin/karaf
else
  exec bin/karaf server
fi
