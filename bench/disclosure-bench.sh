#!/usr/bin/env bash
# Disclosure benchmark (not part of CI): 100,000 applications seeded in bulk into a fresh PostgreSQL database, then
# list pages, the annual report, the workflow rate and one letter PDF measured over REST (bench/DisclosureBench.java).
# Usage: bench/disclosure-bench.sh   (needs a built distribution and a local PostgreSQL with trust or the gongkai role)
set -euo pipefail
cd "$(dirname "$0")/.."
TARBALL=$(ls -t karaf-assembly/target/gongkai-distribution-*.tar.gz | head -n 1)
WORK=$(mktemp -d /tmp/gongkai-dbench.XXXX)
PORT=28181
DB=gongkai_bench
trap '[ -x "$WORK/k/bin/stop" ] && "$WORK/k/bin/stop" >/dev/null 2>&1 || true; sleep 3; pkill -f "karaf.base=$WORK" || true' EXIT
psqlc() { # one SQL statement as the database superuser
  if [ "$(id -u)" = 0 ]; then su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"$1\""; else psql -q -v ON_ERROR_STOP=1 -c "$1"; fi
}
psqlc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB'" >/dev/null
psqlc "DROP DATABASE IF EXISTS $DB" >/dev/null
psqlc "CREATE DATABASE $DB OWNER gongkai" >/dev/null

mkdir -p "$WORK/k" && tar xzf "$TARBALL" -C "$WORK/k" --strip-components=1
cp config/templates/datasource-postgresql.cfg "$WORK/k/etc/org.ops4j.datasource-gongkai.cfg"
sed -i "s#^url *=.*#url = jdbc:postgresql://127.0.0.1:5432/$DB#; s#^user *=.*#user = gongkai#; s#^password *=.*#password = gongkai#" \
  "$WORK/k/etc/org.ops4j.datasource-gongkai.cfg"
echo "org.osgi.service.http.port = $PORT" >> "$WORK/k/etc/org.ops4j.pax.web.cfg"
sed -i 's/^sshPort *=.*/sshPort = 28101/' "$WORK/k/etc/org.apache.karaf.shell.cfg"
sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 21099/; s/^rmiServerPort *=.*/rmiServerPort = 24444/' "$WORK/k/etc/org.apache.karaf.management.cfg"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), $(psql --version)"
(cd "$WORK/k" && GONGKAI_DEMO=1 nohup bin/karaf server >/dev/null 2>&1 &)
for _ in $(seq 1 600); do curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$PORT/api/auth/me" -u admin:gongkai-demo 2>/dev/null && break; sleep 0.5; done
# wait for the demo cases (replayed after the county loads, the zones' history last): until the total stays put 10 s
total() { curl -fsS -u admin:gongkai-demo "http://127.0.0.1:$PORT/api/disclosure/applications?size=1" 2>/dev/null \
  | sed 's/.*"total":\([0-9]*\).*/\1/' || echo 0; }
last=-1; same=0
for _ in $(seq 1 300); do
  n=$(total); n=${n:-0}
  if [ "$n" -gt 50 ] && [ "$n" = "$last" ]; then same=$((same + 1)); [ "$same" -ge 10 ] && break; else same=0; fi
  last=$n; sleep 1
done
echo "demo data: $last applications"
start=$(date +%s.%N)
if [ "$(id -u)" = 0 ]; then su postgres -c "psql -q -v ON_ERROR_STOP=1 -d $DB -f $(pwd)/bench/seed-100k.sql"
else psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/seed-100k.sql; fi
echo "seeded 100,000 applications in bulk in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
# restart, as after an outage: 30 s after a start the overdue check catches up on the backlog the seed left (thousands
# of open cases past their reply date, flagged in transactions of 100); report how long it took, then measure
before=$(grep -c "passed their reply date" "$WORK/k/data/log/karaf.log" 2>/dev/null || true)
"$WORK/k/bin/stop" >/dev/null 2>&1 || true
for _ in $(seq 1 120); do pgrep -f "karaf.base=$WORK/k" >/dev/null || break; sleep 0.5; done
# BENCH_JFR=1: a flight recording after the restart (profile settings) into /tmp/bench-disclosure.jfr
jfr_opts=""
[ "${BENCH_JFR:-0}" = 1 ] && jfr_opts="-XX:StartFlightRecording=filename=/tmp/bench-disclosure.jfr,settings=profile,dumponexit=true"
(cd "$WORK/k" && GONGKAI_DEMO=1 EXTRA_JAVA_OPTS="$jfr_opts" nohup bin/karaf server >/dev/null 2>&1 &)
for _ in $(seq 1 600); do curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$PORT/api/auth/me" -u admin:gongkai-demo 2>/dev/null && break; sleep 0.5; done
for _ in $(seq 1 600); do
  [ "$(grep -c "passed their reply date" "$WORK/k/data/log/karaf.log" 2>/dev/null || true)" -gt "${before:-0}" ] && break
  sleep 1
done
echo "overdue catch-up after restart: $(grep -o '[0-9]* applications passed their reply date (check took [0-9]* ms)' \
  "$WORK/k/data/log/karaf.log" | tail -n 1)"
java bench/DisclosureBench.java "http://127.0.0.1:$PORT" "${BENCH_CASES:-300}" "${BENCH_CLIENTS:-4}" "${BENCH_WARMUP:-100}"
