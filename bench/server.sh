#!/usr/bin/env bash
# Starts a copy of the provisioned WildFly (fund-ear/target/server) for the server benchmarks
# B2, B4, B5 (docs/performance.md), in the foreground until it is up, then in the background.
#
#   bench/server.sh app    the server with fund.ear deployed, on PostgreSQL, demo data on first start
#   bench/server.sh empty  the same provisioned server (same layers, same configuration), nothing deployed
#   bench/server.sh stop   stops the one this script started (its pid file)
#
# Environment: FUND_BENCH_OFFSET (port offset, default 700: HTTP 8780, management 10690),
# FUND_BENCH_DB (default jdbc:postgresql://127.0.0.1:5432/fund_bench), FUND_BENCH_HEAP (default
# -Xms256m -Xmx512m, as the demo). Prints the boot time WildFly reports (WFLYSRV0025) and the pid.
# Build first: mvn -B -o -q -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
mode="${1:-app}"
offset="${FUND_BENCH_OFFSET:-700}"
db="${FUND_BENCH_DB:-jdbc:postgresql://127.0.0.1:5432/fund_bench}"
heap="${FUND_BENCH_HEAP:--Xms256m -Xmx512m}"
work="$here/target/server-$mode"
pidfile="$here/target/server.pid"

if [ "$mode" = stop ]; then
    if [ -f "$pidfile" ]; then
        pid="$(cat "$pidfile")"
        kill "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
        rm -f "$pidfile"
    fi
    exit 0
fi
[ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && { echo "a bench server runs already (pid $(cat "$pidfile"))" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$here/target"
cp -a "$root/fund-ear/target/server" "$work"
if [ "$mode" = app ]; then
    cp "$root/fund-ear/target/fund.ear" "$work/standalone/deployments/"
fi
log="$work/standalone/log/server.log"
export JAVA_OPTS="$heap -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
export JBOSS_PIDFILE="$pidfile" LAUNCH_JBOSS_IN_BACKGROUND=1
rm -f "$pidfile" "$here/target/server-$mode.out"
started=$(date +%s%N)
setsid "$work/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
    -Dfund.demo=true -Dfund.db.driver=postgresql -Dfund.db.url="$db" \
    -Dfund.db.owner.user=postgres -Dfund.db.owner.password=postgres \
    -Dfund.db.user=fund_app -Dfund.db.password=fund-app \
    -Dfund.checkpoint.keystore="$HOME/.fund/bench-fund-checkpoint.p12" \
    > "$here/target/server-$mode.out" 2>&1 &
for _ in $(seq 1 600); do
    if grep -q "WFLYSRV0025\|WFLYSRV0026" "$here/target/server-$mode.out" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
ready=$(date +%s%N)
java_pid="$(cat "$pidfile" 2>/dev/null || true)"
grep -o "WFLYSRV00[0-9]*: WildFly .* started.*" "$here/target/server-$mode.out" || { echo "did not start, see $here/target/server-$mode.out" >&2; exit 1; }
echo "wall clock from launch to started: $(( (ready - started) / 1000000 )) ms; java pid $java_pid; load average $(cut -d' ' -f1-3 /proc/loadavg)"
