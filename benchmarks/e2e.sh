#!/usr/bin/env bash
# End-to-end: requests/s and p50/p99 latency of a public hello against the same hello behind
# @Auth("jwt"), with one repeated token and with a different token on every request, on a
# Jersey + Grizzly server on 127.0.0.1. Prints the ratios. Bounded in time; stops what it starts.
#
#   mvn -B -q -pl benchmarks -am -DskipTests package && benchmarks/e2e.sh
#
# A fourth, control scenario sends the requests of the unique-token scenario (the same wrk
# script, the same number of distinct precomputed requests of the same length) to the public
# hello, with each token in X-Bench-Token instead of Authorization, so the server reads no token
# (a public endpoint still authenticates an Authorization header it is sent). wrk runs on the
# same two cores as the server, and a script that sends a different request each time costs wrk
# much more than a static request: unique tokens are compared with this control to see what the
# server's token checks cost.
#
# Settings (environment): WARMUP seconds per scenario (15; four scenarios, so 60 s of warm-up in
# all), DURATION seconds per measured run (15), ROUNDS of the four measured runs, interleaved (2),
# THREADS (2) and CONNECTIONS (32) for wrk, TOKENS_COUNT distinct tokens (100000), SERVER_OPTS
# extra JVM options for the server (e.g. -XX:StartFlightRecording=filename=/tmp/e2e.jfr).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
WARMUP="${WARMUP:-15}"
DURATION="${DURATION:-15}"
ROUNDS="${ROUNDS:-2}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
TOKENS_COUNT="${TOKENS_COUNT:-100000}"
SERVER_OPTS="${SERVER_OPTS:-}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing; installing it with apt-get" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ ! -f "$here/target/classpath.txt" ]; then
  echo "build first: mvn -B -q -pl benchmarks -am -DskipTests package" >&2
  exit 1
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

: >"$work/server.log" # exists before the loop below reads it, whenever java starts
# shellcheck disable=SC2086 # SERVER_OPTS is a list of options
java -Xms512m -Xmx512m $SERVER_OPTS -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  dev.gatehouse.benchmarks.BenchServer 0 "$work/tokens.txt" "$TOKENS_COUNT" >"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 120); do
  port="$(sed -n 's/^listening on port \([0-9]*\)$/\1/p' "$work/server.log")"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$port" ] || { echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
token="$(head -n 1 "$work/tokens.txt")"

# Every scenario must answer 200, or the numbers would measure 401s.
for check in "$base/hello" ; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$check")" = 200 ]
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/secure/hello")" = 200 ]
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/secure/hello")" = 401 ]

# run NAME SECONDS: one wrk run of a scenario; prints "rps p50 p99" (latencies in ms)
run() {
  local name="$1" seconds="$2" out
  case "$name" in
    public) out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$base/hello")" ;;
    repeated) out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
                       -H "Authorization: Bearer $token" "$base/secure/hello")" ;;
    unique) out="$(TOKENS="$work/tokens.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" \
                     --latency -s "$here/rotate-tokens.lua" "$base")" ;;
    control) out="$(TOKENS="$work/tokens.txt" REQUEST_PATH=/hello TOKEN_HEADER=X-Bench-Token \
                      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
                      -s "$here/rotate-tokens.lua" "$base")" ;;
  esac
  if grep -q 'Non-2xx' <<<"$out"; then
    echo "$name: non-2xx responses; the run is not valid" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%s %s %s\n", rps, p50, p99 }' <<<"$out"
}

echo "warming up: ${WARMUP} s per scenario" >&2
for s in public repeated unique control; do run "$s" "$WARMUP" >/dev/null; done

declare -A rps p50 p99
for s in public repeated unique control; do rps[$s]=0; p50[$s]=0; p99[$s]=0; done
for r in $(seq 1 "$ROUNDS"); do
  for s in public repeated unique control; do
    read -r a b c < <(run "$s" "$DURATION")
    echo "round $r $s: $a req/s, p50 $b ms, p99 $c ms" >&2
    rps[$s]="$(awk -v x="${rps[$s]}" -v y="$a" 'BEGIN { print x + y }')"
    p50[$s]="$(awk -v x="${p50[$s]}" -v y="$b" 'BEGIN { print x + y }')"
    p99[$s]="$(awk -v x="${p99[$s]}" -v y="$c" 'BEGIN { print x + y }')"
  done
done

echo
echo "End to end: Jersey 4 + Grizzly on 127.0.0.1, wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s x $ROUNDS rounds (means)"
printf '%-28s %12s %10s %10s %14s\n' scenario 'req/s' 'p50 ms' 'p99 ms' 'vs public'
for s in public repeated unique control; do
  label="$s"
  [ "$s" = public ] && label="public hello"
  [ "$s" = repeated ] && label="@Auth, one token repeated"
  [ "$s" = unique ] && label="@Auth, unique tokens"
  [ "$s" = control ] && label="control: public, same reqs"
  awk -v l="$label" -v r="${rps[$s]}" -v a="${p50[$s]}" -v b="${p99[$s]}" -v base="${rps[public]}" -v n="$ROUNDS" \
    'BEGIN { printf "%-28s %12.0f %10.3f %10.3f %14.2f\n", l, r / n, a / n, b / n, r / base }'
done
awk -v r="${rps[repeated]}" -v u="${rps[unique]}" -v c="${rps[control]}" -v base="${rps[public]}" 'BEGIN {
  printf "\nTargets\n  repeated token >= 0.93 of public: %.2f %s\n", r / base, (r / base >= 0.93 ? "met" : "NOT MET")
  printf "  unique tokens  >= 0.80 of the control (the same requests to public): %.2f %s\n",
    u / c, (u / c >= 0.80 ? "met" : "NOT MET")
  printf "  unique tokens / public with a static request (wrk script cost included): %.2f\n", u / base }'
