# A benchmark's quick size (bench/run --quick, cli/hotcode.sh): a number followed by
# "// quick: N" (Go) or "-- quick: N" (Lua) becomes N. Use with sed -E -f.
s/[0-9]+([[:space:]]*(\/\/|--)[[:space:]]*quick:[[:space:]]*)([0-9]+)/\3\1\3/
