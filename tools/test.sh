#!/usr/bin/env bash
# The test command: unit tests, then the integration suites against the built distribution
# (full suite on PostgreSQL, smoke and migrations on H2). Provisions PostgreSQL itself:
# starts an installed cluster, or installs Debian's postgresql package when run as root.
# The browser test needs Debian's chromium and chromium-driver (installed here when root).
# Set GONGKAI_IT_SKIP_POSTGRES=1 to run only the H2 suite on a machine without PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed and this is not root: install Debian's postgresql package," >&2
      echo "or run with GONGKAI_IT_SKIP_POSTGRES=1 to run the H2 suite only." >&2
      exit 2
    fi
    log "Installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 30); do
    as_postgres psql -qAtc 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
  done
  log "Creating a fresh test database gongkai_it"
  as_postgres psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'gongkai_it';
DROP DATABASE IF EXISTS gongkai_it;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gongkai') THEN
    CREATE ROLE gongkai LOGIN PASSWORD 'gongkai';
  END IF;
END $$;
CREATE DATABASE gongkai_it OWNER gongkai ENCODING 'UTF8' TEMPLATE template0;
SQL
}

# The MQTT loudspeaker driver is tested against a real Mosquitto broker on 127.0.0.1:1883.
ensure_mosquitto() {
  if (exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null; then return; fi
  if ! command -v mosquitto >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "Mosquitto is not installed and this is not root: install Debian's mosquitto package" >&2
      exit 2
    fi
    log "Installing Mosquitto from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq mosquitto >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq mosquitto >/dev/null; }
  fi
  log "Starting Mosquitto on 127.0.0.1:1883"
  if [ -f /etc/mosquitto/mosquitto.conf ]; then
    mosquitto -d -c /etc/mosquitto/mosquitto.conf
  else
    mosquitto -d -p 1883
  fi
  for _ in $(seq 1 30); do
    (exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null && return
    sleep 0.5
  done
  echo "Mosquitto did not start on 127.0.0.1:1883" >&2
  exit 2
}

ensure_browser() {
  if [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/chromium ]; then return; fi
  if [ "$(id -u)" = 0 ]; then
    log "Installing Debian's chromium and chromium-driver for the browser test"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "chromium-driver is not installed and this is not root: the browser test will be skipped" >&2
  fi
}

# PDF letters embed a Chinese TrueType font: Debian's WenQuanYi Micro Hei (installed here when root).
ensure_cjk_font() {
  if [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || ls /usr/share/fonts/truetype/wqy/*.ttc >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "Installing Debian's fonts-wqy-microhei for the PDF letters"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null; }
  else
    echo "fonts-wqy-microhei is not installed and this is not root: the PDF tests will be skipped" >&2
  fi
}

# Broadcast speech is synthesised by Debian's espeak-ng (its tests are skipped without it).
ensure_espeak() {
  if command -v espeak-ng >/dev/null; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "Installing Debian's espeak-ng for broadcast speech synthesis"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq espeak-ng >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq espeak-ng >/dev/null; }
  else
    echo "espeak-ng is not installed and this is not root: the speech synthesis tests will be skipped" >&2
  fi
}

MVN_ARGS=(-B -ntp)
ensure_browser
ensure_cjk_font
ensure_espeak
ensure_mosquitto
if [ "${GONGKAI_IT_SKIP_POSTGRES:-0}" = 1 ]; then
  MVN_ARGS+=(-Dgongkai.it.skipPostgres=true)
else
  ensure_postgres
fi

# peers the broadcast integration test starts die with its container; a run killed half-way can leave them behind
pkill -f 'terminal-simulator.jar .*--ids IT-' 2>/dev/null || true
pkill -f 'mosquitto -p 18883' 2>/dev/null || true

log "Building, unit tests, integration tests"
mvn "${MVN_ARGS[@]}" clean install "$@"
