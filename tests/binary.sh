#!/usr/bin/env bash
# tests/binary.sh GOLITE HOT_LD: the release executable is linked as CMakeLists.txt says.
#  - static: no dynamic section, no interpreter (a run maps no shared library);
#  - the code runs execute comes first: the .text.golite_hot section holds at least 3/4 of
#    what cli/hot.ld lists (its header states the total). Below that, the list has gone
#    stale (functions renamed or moved): regenerate it with cli/hotcode.sh.
#  - the unwinder finds FDEs through .eh_frame_hdr (cli/static_unwind.cpp): the section
#    is there.
set -u
GOLITE=$1
HOT_LD=$2
fail=0
if readelf -d "$GOLITE" | grep -q "Dynamic section"; then
  echo "FAIL: $GOLITE is dynamically linked"; fail=1
fi
if readelf -l "$GOLITE" | grep -q "INTERP"; then
  echo "FAIL: $GOLITE asks for a program interpreter"; fail=1
fi
if ! readelf -S -W "$GOLITE" | grep -q " \.eh_frame_hdr "; then
  echo "FAIL: $GOLITE has no .eh_frame_hdr"; fail=1
fi
listed_kb=$(sed -n 's/.*sections, \([0-9]*\) KB).*/\1/p' "$HOT_LD" | head -1)
hot_hex=$(readelf -S -W "$GOLITE" | awk '{for (i = 1; i <= NF; i++) if ($i == ".text.golite_hot") print $(i + 4)}')
if [ -z "$listed_kb" ] || [ -z "$hot_hex" ]; then
  echo "FAIL: no .text.golite_hot section (or no total in $HOT_LD)"; fail=1
else
  hot_kb=$(( 16#$hot_hex / 1024 ))
  echo "hot code: $hot_kb KB placed of $listed_kb KB listed"
  if [ $(( hot_kb * 4 )) -lt $(( listed_kb * 3 )) ]; then
    echo "FAIL: cli/hot.ld is stale (less than 3/4 of it found): run cli/hotcode.sh"; fail=1
  fi
fi
[ $fail = 0 ] && echo "PASS"
exit $fail
