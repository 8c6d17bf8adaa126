#!/usr/bin/env bash
# B5 (docs/performance.md): boot time of the provisioned server with fund.ear against the
# same server with nothing deployed (same layers, same configuration: bench/server.sh), each
# started RUNS times (default 3) on an already migrated PostgreSQL database; then the resident
# set size (VmRSS in /proc/<pid>/status, sampled every second) of the server with the application
# while LOAD_SECONDS (default 60) of concurrent requests run: CLIENTS (default 8) curl loops of
# authenticated GETs of the claim queue, the rounds and /me, and POSTs marking notifications read.
# Targets: boot with the application at most 2 times the empty boot; RSS at most 768 MB.
# Needs a built tree (mvn -B -o -q -DskipTests package) and, for the first start, an empty or
# migrated database (FUND_BENCH_DB, default fund_bench; MIGRATE=0 when it is migrated already). Port offset FUND_BENCH_OFFSET (default 700).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${RUNS:-3}"
seconds="${LOAD_SECONDS:-60}"
clients="${CLIENTS:-8}"
port=$((8080 + ${FUND_BENCH_OFFSET:-700}))
base="http://127.0.0.1:$port/fund/api"

boot_ms() {
    "$here/server.sh" "$1" > "$here/target/boot-$1.txt"
    local ms
    ms="$(grep -o 'started in [0-9]*ms' "$here/target/boot-$1.txt" | grep -o '[0-9]*')"
    echo "$1 boot: ${ms} ms (WildFly's own figure), load average $(cut -d' ' -f1 /proc/loadavg)" >&2
    "$here/server.sh" stop
    echo "$ms"
}

# the first start of the application migrates and seeds an empty database: not a boot to time
# (MIGRATE=0 skips it when the database is already migrated)
if [ "${MIGRATE:-1}" = 1 ]; then
    "$here/server.sh" app > /dev/null && "$here/server.sh" stop
fi

empty=(); app=()
for _ in $(seq 1 "$runs"); do
    empty+=("$(boot_ms empty)")
    app+=("$(boot_ms app)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
me="$(median "${empty[@]}")"; ma="$(median "${app[@]}")"
echo "B5 boot: empty server median ${me} ms (${empty[*]}), with the application median ${ma} ms (${app[*]}), ratio $(awk "BEGIN {printf \"%.2f\", $ma / $me}") (target <= 2)"

"$here/server.sh" app > /dev/null
pid="$(cat "$here/target/server.pid")"
rss_idle="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
load() {
    local user="$1" end=$((SECONDS + seconds))
    while [ $SECONDS -lt $end ]; do
        curl -s -o /dev/null -u "$user:fund-demo-2026" "$base/claims?country=US&page=0&size=20"
        curl -s -o /dev/null -u "$user:fund-demo-2026" "$base/rounds?page=0&size=20"
        curl -s -o /dev/null -u "$user:fund-demo-2026" "$base/me"
        curl -s -o /dev/null -u "$user:fund-demo-2026" -X POST -H 'Content-Type: application/json' -d '{}' \
            "$base/notifications/read-all"
    done
}
users=(us.officer1 us.officer2 kr.officer1 kr.officer2 auditor admin us.company kr.company)
count=0
for i in $(seq 0 $((clients - 1))); do
    load "${users[$((i % ${#users[@]}))]}" &
done
peak=0
end=$((SECONDS + seconds))
while [ $SECONDS -lt $end ]; do
    rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
    [ "$rss" -gt "$peak" ] && peak="$rss"
    count=$((count + 1))
    sleep 1
done
wait
echo "B5 RSS: idle after boot $((rss_idle / 1024)) MB, peak under load $((peak / 1024)) MB over $count samples ($clients clients, ${seconds} s), load average $(cut -d' ' -f1-3 /proc/loadavg) (target <= 768 MB)"
"$here/server.sh" stop
