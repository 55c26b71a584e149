#!/usr/bin/env bash
# Platform benchmark (not part of CI): boot time to /api/health UP, RSS after boot for the full distribution and
# for a platform-only boot (ratio), throughput and p50/p99 latency of /api/health and the calendar endpoint.
# Usage: bench/platform-bench.sh   (builds nothing: run tools/run.sh or mvn install first). Uses ports 28181/28101.
set -euo pipefail
cd "$(dirname "$0")/.."
TARBALL=$(ls -t karaf-assembly/target/gongkai-distribution-*.tar.gz | head -n 1)
WORK=$(mktemp -d /tmp/gongkai-bench.XXXX)
PORT=28181
trap 'for d in "$WORK"/*/; do [ -x "$d/bin/stop" ] && "$d/bin/stop" >/dev/null 2>&1 || true; done; sleep 3; pkill -f "karaf.base=$WORK" || true' EXIT

unpack() { # name boot-feature
  mkdir -p "$WORK/$1" && tar xzf "$TARBALL" -C "$WORK/$1" --strip-components=1
  sed -i "s/^\(\s*\)gongkai-web\b/\1$2/" "$WORK/$1/etc/org.apache.karaf.features.cfg"
  cat >> "$WORK/$1/etc/org.ops4j.pax.web.cfg" <<CFG
org.osgi.service.http.port = $PORT
CFG
  sed -i 's/^sshPort *=.*/sshPort = 28101/' "$WORK/$1/etc/org.apache.karaf.shell.cfg"
  sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 21099/; s/^rmiServerPort *=.*/rmiServerPort = 24444/' "$WORK/$1/etc/org.apache.karaf.management.cfg"
}

rss_mb() { # pid
  awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"
}

karaf_pid() { pgrep -f "karaf.base=$WORK/$1" | head -n 1; }

BOOT_SECONDS=0
boot() { # name probe-url → sets BOOT_SECONDS to the seconds until the first 200 (no subshell: the EXIT trap would fire)
  local start end
  start=$(date +%s.%N)
  (cd "$WORK/$1" && GONGKAI_DEMO=1 nohup bin/karaf server >/dev/null 2>&1 &)
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null -m 2 "$2" 2>/dev/null; then break; fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  BOOT_SECONDS=$(echo "$end - $start" | bc)
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"

# 1. full distribution, first boot (creates the H2 database and loads the demo county), then a second boot
unpack full gongkai-web
boot full "http://127.0.0.1:$PORT/api/health"; t_first=$BOOT_SECONDS
sleep 20; rss_full=$(rss_mb "$(karaf_pid full)")
"$WORK/full/bin/stop" >/dev/null 2>&1; sleep 8; pkill -f "karaf.base=$WORK/full" || true; sleep 2
boot full "http://127.0.0.1:$PORT/api/health"; t_second=$BOOT_SECONDS
sleep 20; rss_full2=$(rss_mb "$(karaf_pid full)")
echo "boot to /api/health UP: first start ${t_first}s (incl. schema + demo data), restart ${t_second}s"
echo "RSS 20 s after boot: first start ${rss_full} MB, restart ${rss_full2} MB"

# 2. load on the running full distribution
# closed loop first (throughput; also warms the server), then a fixed 200 req/s (latency without coordinated omission)
CAL="http://127.0.0.1:$PORT/api/calendar/working-days?from=2026-09-25&days=20"
java bench/LoadClient.java max "http://127.0.0.1:$PORT/api/health" 8 10
java bench/LoadClient.java max "$CAL" 8 10
java bench/LoadClient.java rate "http://127.0.0.1:$PORT/api/health" 200 20
java bench/LoadClient.java rate "$CAL" 200 20
# the same ~200 req/s with wrk (Debian's C load generator): far less client overhead on a 2-core machine
if command -v wrk >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null 2>&1; }; then
  for url in "http://127.0.0.1:$PORT/api/health" "$CAL"; do
    echo "wrk ~200 req/s $url:"
    wrk -t2 -c2 -d20s --latency -s bench/rate.lua "$url" | grep -E "^ +(50|90|99)%|Requests/sec"
  done
fi
rss_used=$(rss_mb "$(karaf_pid full)")
echo "RSS after the load: ${rss_used} MB"
"$WORK/full/bin/stop" >/dev/null 2>&1; sleep 8; pkill -f "karaf.base=$WORK/full" || true; sleep 2

# 3. platform-only boot (gongkai-platform without the web bundle, no HTTP API): RSS baseline
unpack platform gongkai-platform
(cd "$WORK/platform" && GONGKAI_DEMO=1 nohup bin/karaf server >/dev/null 2>&1 &)
for _ in $(seq 1 300); do grep -q "Working-day calendar loaded" "$WORK/platform/data/log/karaf.log" 2>/dev/null && break; sleep 0.2; done
sleep 20; rss_platform=$(rss_mb "$(karaf_pid platform)")
echo "RSS platform-only first start: ${rss_platform} MB; full/platform ratio (both first starts): $(echo "scale=2; $rss_full / $rss_platform" | bc)"
