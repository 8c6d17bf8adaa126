#!/usr/bin/env bash
# Starts nodes of the provisioned cluster server (fund-ear/target/cluster-server) on one PostgreSQL
# database behind HAProxy, configured as docs/operations.md ("Cluster") describes, for the sizing
# figures of docs/performance.md ("Sizing: one node vs two").
#
#   bench/cluster.sh start 1   node1 (and HAProxy in front of it)
#   bench/cluster.sh start 2   node1 and node2 (starts only those not running; node1 first, alone,
#                              on an empty database: it migrates and seeds the demo data)
#   bench/cluster.sh stop      stops HAProxy and the nodes this script started (their pid files)
#
# Environment: FUND_SIZING_OFFSETS (the nodes' port offsets, default "540 640": HTTP 8620 and 8720,
# JGroups 8140 and 8240), FUND_SIZING_PORT (HAProxy, default 8595), FUND_SIZING_DB (default
# jdbc:postgresql://127.0.0.1:5432/fund_sizing; create it first), FUND_SIZING_HEAP (default
# -Xms512m -Xmx1g). Prints each node's time to ready, its pid and the load average.
# Build first: mvn -B -o -Pcluster -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
server="$root/fund-ear/target/cluster-server"
work="$here/target/cluster"
read -r -a offsets <<< "${FUND_SIZING_OFFSETS:-540 640}"
port="${FUND_SIZING_PORT:-8595}"
db="${FUND_SIZING_DB:-jdbc:postgresql://127.0.0.1:5432/fund_sizing}"
heap="${FUND_SIZING_HEAP:--Xms512m -Xmx1g}"

running() {
    [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

stop_all() {
    for pidfile in "$work"/haproxy.pid "$work"/node*/server.pid; do
        if running "$pidfile"; then
            pid="$(cat "$pidfile")"
            kill "$pid"
            while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
        fi
        rm -f "$pidfile"
    done
}

start_node() {
    local n="$1" offset="${offsets[$(($1 - 1))]}" members="$2"
    local base="$work/node$n"
    running "$base/server.pid" && return 0
    rm -rf "$base"
    mkdir -p "$base"
    cp -r "$server/standalone/configuration" "$server/standalone/deployments" "$base/"
    cp "$root/fund-ear/target/fund.ear" "$base/deployments/"
    local started
    started=$(date +%s)
    JAVA_OPTS="$heap -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
    JBOSS_PIDFILE="$base/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    setsid "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="node$n" \
        -Djboss.tx.node.identifier="node$n" -Djboss.socket.binding.port-offset="$offset" \
        -Dfund.cluster.members="$members" -Dfund.demo=true \
        -Dfund.db.driver=postgresql -Dfund.db.url="$db" \
        -Dfund.db.owner.user=postgres -Dfund.db.owner.password=postgres \
        -Dfund.db.user=fund_app -Dfund.db.password=fund-app \
        -Dfund.checkpoint.keystore="$work/fund-checkpoint.p12" -Dfund.checkpoint.keystore.password=sizing \
        > "$base/console.log" 2>&1 &
    # ready: the API answers 401 without credentials once the fund is deployed
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((8080 + offset))/fund/api/me")" = 401 ]; do
        if ! kill -0 $! 2>/dev/null; then
            echo "node$n stopped while starting, see $base/console.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "node$n ready on port $((8080 + offset)) after $(( $(date +%s) - started )) s; pid $(cat "$base/server.pid"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

start_balancer() {
    local count="$1"
    if running "$work/haproxy.pid"; then
        kill "$(cat "$work/haproxy.pid")"
        sleep 1
    fi
    {
        printf 'global\n    maxconn 512\ndefaults\n    mode http\n    timeout connect 2s\n'
        printf '    timeout client 120s\n    timeout server 120s\n    retries 3\n    option redispatch\n'
        printf 'frontend fund\n    bind 127.0.0.1:%s\n    default_backend nodes\n' "$port"
        printf 'backend nodes\n    balance roundrobin\n    option httpchk GET /fund/api/me\n    http-check expect status 401\n'
        for n in $(seq 1 "$count"); do
            printf '    use-server node%s if { req.cook(JSESSIONID) -m end .node%s }\n' "$n" "$n"
        done
        for n in $(seq 1 "$count"); do
            printf '    server node%s 127.0.0.1:%s check inter 1s fall 1 rise 1\n' "$n" "$((8080 + ${offsets[$((n - 1))]}))"
        done
    } > "$work/haproxy.cfg"
    haproxy -D -p "$work/haproxy.pid" -f "$work/haproxy.cfg"
    echo "HAProxy on port $port in front of $count node(s): http://127.0.0.1:$port/fund/api"
}

case "${1:-}" in
    start)
        count="${2:-1}"
        [ -d "$server" ] || { echo "no $server: mvn -B -o -Pcluster -DskipTests package" >&2; exit 1; }
        mkdir -p "$work"
        members="$(for o in "${offsets[@]}"; do printf '127.0.0.1[%s],' "$((7600 + o))"; done)"
        for n in $(seq 1 "$count"); do
            start_node "$n" "${members%,}"
        done
        start_balancer "$count"
        ;;
    stop)
        stop_all
        ;;
    *)
        echo "usage: bench/cluster.sh start 1|2 | stop" >&2
        exit 2
        ;;
esac
