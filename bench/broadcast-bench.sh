#!/usr/bin/env bash
# Loudspeaker benchmark (not part of CI, issue 5 item 12): release → every simulated MQTT terminal acknowledged,
# against a bare Paho client publishing the same commands through the same broker (the floor), alternating rounds.
# Usage: bench/broadcast-bench.sh   (builds nothing: needs a built distribution and the terminal simulator jar, a
# local PostgreSQL with the gongkai role, and mosquitto). Env: BENCH_SIZES ("1236 10000"), BENCH_ROUNDS (5),
# BENCH_ACK_MS (0: the simulated terminals answer at once, so the figures are the pipeline's own), GONGKAI_DIST
# (a distribution tarball), SIM_JAR (terminal-simulator.jar), BENCH_WARMUP (2 unmeasured rounds per side),
# BENCH_JFR=1 (records the platform with JFR for the whole run and prints its hottest frames). Ports: HTTP 28181, SSH 28101, MQTT 28883.
set -euo pipefail
cd "$(dirname "$0")/.."
TARBALL=${GONGKAI_DIST:-$(ls -t karaf-assembly/target/gongkai-distribution-*.tar.gz \
  ~/.m2/repository/org/gongkai/gongkai-distribution/0.1.0-SNAPSHOT/gongkai-distribution-*.tar.gz 2>/dev/null | head -n 1)}
SIM_JAR=${SIM_JAR:-tools/terminal-simulator/target/terminal-simulator.jar}
PAHO=~/.m2/repository/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar
[ -f "$TARBALL" ] || { echo "no distribution tarball (build one, or set GONGKAI_DIST)" >&2; exit 2; }
[ -f "$SIM_JAR" ] || { echo "no $SIM_JAR (mvn -o -pl tools/terminal-simulator package, or set SIM_JAR)" >&2; exit 2; }
[ -f "$PAHO" ] || { echo "no Paho jar in ~/.m2 ($PAHO)" >&2; exit 2; }
for p in 28181 28101 28883 21099 24444; do # a leftover of an earlier run would answer instead of ours
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is in use" >&2; exit 2; fi
done
WORK=$(mktemp -d /tmp/gongkai-bcbench.XXXX)
PORT=28181
MQTT_PORT=28883
DB=gongkai_bench
MOSQ_PID=
cleanup() {
  [ -x "$WORK/k/bin/stop" ] && "$WORK/k/bin/stop" >/dev/null 2>&1 || true
  sleep 3
  local k
  k=$(pgrep -f "karaf.base=$WORK/k" | head -n 1 || true)
  [ -n "$k" ] && kill "$k" 2>/dev/null || true
  [ -n "$MOSQ_PID" ] && kill "$MOSQ_PID" 2>/dev/null || true
  cp "$WORK/k/data/log/karaf.log" "$WORK.karaf.log" 2>/dev/null && echo "karaf.log kept as $WORK.karaf.log"
  rm -rf "$WORK"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
psqlc() { # one SQL statement as the database superuser
  if [ "$(id -u)" = 0 ]; then su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"$1\""; else psql -q -v ON_ERROR_STOP=1 -c "$1"; fi
}
psqlc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB'" >/dev/null
psqlc "DROP DATABASE IF EXISTS $DB" >/dev/null
psqlc "CREATE DATABASE $DB OWNER gongkai" >/dev/null

# a broker of our own: no other client's traffic in the figures
cat > "$WORK/mosquitto.conf" <<CONF
listener $MQTT_PORT 127.0.0.1
allow_anonymous true
max_inflight_messages 0
max_queued_messages 0
CONF
mosquitto -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
MOSQ_PID=$!
sleep 0.5; kill -0 "$MOSQ_PID" 2>/dev/null || { cat "$WORK/mosquitto.log" >&2; exit 2; }

mkdir -p "$WORK/k" && tar xzf "$TARBALL" -C "$WORK/k" --strip-components=1
cp config/templates/datasource-postgresql.cfg "$WORK/k/etc/org.ops4j.datasource-gongkai.cfg"
sed -i "s#^url *=.*#url = jdbc:postgresql://127.0.0.1:5432/$DB#; s#^user *=.*#user = gongkai#; s#^password *=.*#password = gongkai#" \
  "$WORK/k/etc/org.ops4j.datasource-gongkai.cfg"
echo "org.osgi.service.http.port = $PORT" >> "$WORK/k/etc/org.ops4j.pax.web.cfg"
sed -i 's/^sshPort *=.*/sshPort = 28101/' "$WORK/k/etc/org.apache.karaf.shell.cfg"
sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 21099/; s/^rmiServerPort *=.*/rmiServerPort = 24444/' "$WORK/k/etc/org.apache.karaf.management.cfg"
# the MQTT driver booted with the rest, pointing at our broker
sed -i 's#^\(\s*\)gongkai-broadcast/\([^,]*\), \\#&\n\1gongkai-broadcast-driver-mqtt/\2, \\#' "$WORK/k/etc/org.apache.karaf.features.cfg"
grep -q gongkai-broadcast-driver-mqtt "$WORK/k/etc/org.apache.karaf.features.cfg" || { echo "featuresBoot not patched" >&2; exit 2; }
cat > "$WORK/k/etc/org.gongkai.broadcast.driver.mqtt.cfg" <<CFG
brokerUrl = tcp://127.0.0.1:$MQTT_PORT
clientId = gongkai-broadcast-bench
CFG
# the driver's QoS 1 in-flight window (default 4096; the driver queues beyond it); BENCH_MQTT_INFLIGHT overrides it
[ -n "${BENCH_MQTT_INFLIGHT:-}" ] && echo "maxInflight = $BENCH_MQTT_INFLIGHT" >> "$WORK/k/etc/org.gongkai.broadcast.driver.mqtt.cfg"
echo "driver config: $(tr '\n' ' ' < "$WORK/k/etc/org.gongkai.broadcast.driver.mqtt.cfg")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), $(psql --version), $(mosquitto -h 2>/dev/null | head -n 1), ulimit -n $(ulimit -n)"
echo "distribution: $TARBALL ($(date -r "$TARBALL" '+%F %T'))"
(cd "$WORK/k" && GONGKAI_DEMO=1 nohup bin/karaf server >/dev/null 2>&1 &)
for _ in $(seq 1 600); do curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$PORT/api/auth/me" -u admin:gongkai-demo 2>/dev/null && break; sleep 0.5; done
KARAF_PID=$(pgrep -f "karaf.base=$WORK/k" | head -n 1)
echo "karaf pid $KARAF_PID (JFR: jcmd $KARAF_PID JFR.start duration=30s filename=/tmp/bc.jfr)"
[ "${BENCH_JFR:-0}" = 1 ] && jcmd "$KARAF_PID" JFR.start name=bcbench settings=default filename="$WORK.jfr" >/dev/null
rc=0
java -Xmx1g -cp "$PAHO" bench/BroadcastBench.java "http://127.0.0.1:$PORT" "tcp://127.0.0.1:$MQTT_PORT" \
  "bundles/org.gongkai.platform/src/main/resources/demo/regions.csv" "$SIM_JAR" "${BENCH_SIZES:-1236 10000}" \
  "${BENCH_ROUNDS:-5}" "${BENCH_ACK_MS:-0}" "${BENCH_WARMUP:-2}" || rc=$?
if [ "${BENCH_JFR:-0}" = 1 ]; then
  jcmd "$KARAF_PID" JFR.stop name=bcbench >/dev/null
  echo "JFR $WORK.jfr: hottest top frames (execution samples)"
  jfr print --events jdk.ExecutionSample "$WORK.jfr" | awk '/stackTrace = \[/ {getline; sub(/line:.*/, ""); print}' \
    | sed 's/^ *//' | sort | uniq -c | sort -rn | head -n 15
  echo "hottest first Gongkai frames"
  jfr print --events jdk.ExecutionSample "$WORK.jfr" | awk '/stackTrace = \[/ {f=1; next} f && /org\.gongkai/ {sub(/line:.*/, ""); print; f=0} /^}/ {f=0}' \
    | sed 's/^ *//' | sort | uniq -c | sort -rn | head -n 15
fi
exit $rc
