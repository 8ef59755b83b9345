#!/usr/bin/env bash
# golite's network and processes against real programs on localhost: an HTTP server in
# golite answering curl (then stopped with kill -TERM, which it catches with os/signal), and
# an HTTP client in golite fetching from Python's http.server.
#
#   tests/net/run.sh GOLITE
set -uo pipefail
golite="$1"
here="$(cd "$(dirname "$0")" && pwd)"
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
fail=0
check() {  # check DESC GOT WANT
  if [[ "$2" == "$3" ]]; then echo "ok   $1"; else echo "FAIL $1: got $(printf %q "$2"), want $(printf %q "$3")"; fail=1; fi
}
# Waits (up to 60 s) until file $1 has at least $2 lines.
wait_lines() {
  for _ in $(seq 600); do
    [[ -f "$1" && $(wc -l <"$1") -ge $2 ]] && return 0
    sleep 0.1
  done
  return 1
}

# 1. A golite server, curl as the client.
"$golite" run "$here/server.go" >"$tmp/server.out" 2>"$tmp/server.err" &
server=$!
pids+=("$server")
if ! wait_lines "$tmp/server.out" 1; then
  echo "FAIL the server did not start"; cat "$tmp/server.err"; exit 1
fi
addr=$(head -n 1 "$tmp/server.out")
check "GET answered" "$(curl -s "http://$addr/hello?name=curl")" "hello curl"
check "POST answered" "$(curl -s -d 'some data' "http://$addr/echo")" "SOME DATA"
check "a header set by the handler" "$(curl -s -D - -o /dev/null -d 'abc' "http://$addr/echo" | tr -d '\r' | grep '^X-Length:')" "X-Length: 3"
check "404 for an unknown path" "$(curl -s -o /dev/null -w '%{http_code}' "http://$addr/none")" "404"
# Keep-alive: several requests over one connection.
check "keep-alive" "$(curl -s "http://$addr/hello?name=a" "http://$addr/hello?name=b")" $'hello a\nhello b'
kill -TERM "$server"
wait "$server"
status=$?
check "SIGTERM caught, clean exit" "$status $(tail -n 2 "$tmp/server.out" | tr '\n' ' ')" "0 got terminated shut down "

# 2. Python's http.server, a golite client.
mkdir -p "$tmp/www"
printf 'served by python\n' >"$tmp/www/file.txt"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$tmp/www" >"$tmp/py.out" 2>&1 &
pids+=("$!")
if ! wait_lines "$tmp/py.out" 1; then
  echo "FAIL python's server did not start"; cat "$tmp/py.out"; exit 1
fi
port=$(grep -o 'port [0-9]*' "$tmp/py.out" | head -n 1 | cut -d' ' -f2)
check "golite fetches from python" "$("$golite" run "$here/client.go" "http://127.0.0.1:$port/file.txt")" $'200 OK 17 <nil>\nserved by python'
check "golite client, 404" "$("$golite" run "$here/client.go" "http://127.0.0.1:$port/missing" | head -n 1 | cut -d' ' -f1-4)" "404 File not found"
exit $fail
