#!/usr/bin/env bash
# cli/hotcode.sh: regenerate cli/hot.ld, the list of code a golite run executes, which the
# static link places first in the executable (CMakeLists.txt).
#
#   cli/hotcode.sh [BUILD_DIR]      (default: build; needs valgrind and python3)
#
# Why: the kernel maps a program's code 64 KB around each page it first touches
# (fault-around), so code spread over the whole 5 MB of golite's text costs most of the
# 5 MB in RSS even though a run executes less than 1 MB of it (binarytrees 16: 3.8 MB of
# text resident before the list). Placed together, the code a run executes is a few
# hundred KB, and the front end (parser, checker, compiler), which a run read from its
# image never executes, stays on disk.
#
# How: each program below (bench/'s in their quick sizes and samples/) runs once to write
# its image, then under callgrind, read from its image as a user's runs are; every
# instruction address callgrind saw executed is looked up in the link map
# (BUILD_DIR/golite.map) to find the input section that holds it: a function's own
# section (.text.NAME: golite's code is compiled with -ffunction-sections, as libstdc++
# is) or an archive member's .text (libc's). hot.ld lists those sections in address order.
# A stale list costs only memory: a section it names that no longer exists matches
# nothing, and code it does not name is placed after it, as before.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build}
GOLITE=$BUILD/golite
MAP=$BUILD/golite.map
[ -x "$GOLITE" ] && [ -f "$MAP" ] || { echo "hotcode: build golite first ($GOLITE, $MAP)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "hotcode: needs valgrind" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export GOLITECACHE=$TMP/cache

programs=()
for f in "$ROOT"/bench/*.go; do
  # The quick sizes bench/run uses (bench/quick.sed).
  out=$TMP/$(basename "$f")
  sed -E -f "$ROOT/bench/quick.sed" "$f" >"$out"
  programs+=("$out")
done
programs+=("$ROOT"/samples/*.go)

n=0
for p in "${programs[@]}"; do
  n=$((n + 1))
  timeout 600 "$GOLITE" run "$p" >/dev/null 2>&1 </dev/null || true  # writes the image
  timeout 600 valgrind -q --tool=callgrind --dump-instr=yes --compress-pos=no \
    --compress-strings=no --callgrind-out-file="$TMP/cg.$n" \
    "$GOLITE" run "$p" >/dev/null 2>&1 </dev/null || true
done

python3 - "$MAP" "$ROOT/cli/hot.ld" "$TMP"/cg.* <<'EOF'
import bisect, re, sys
mapfile, out, profiles = sys.argv[1], sys.argv[2], sys.argv[3:]

# Input sections of the executable's text, from the link map: (address, size, name, file).
sections = []
lines = open(mapfile).read().split('\n')
started = False
pending = None
for line in lines:
    if not started:
        started = line.startswith('Linker script and memory map')
        continue
    m = re.match(r'^ (\.text\S*)\s*$', line)
    if m:
        pending = m.group(1)
        continue
    m = re.match(r'^ (\.text\S*)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$', line)
    if m and (m.group(1) or pending):
        name = m.group(1) or pending
        addr, size = int(m.group(2), 16), int(m.group(3), 16)
        if size:
            sections.append((addr, size, name, m.group(4).strip()))
    pending = None
sections.sort()
starts = [s[0] for s in sections]

hot = set()
addr_re = re.compile(r'(?:^|calls=\d+ )(0x[0-9a-f]+)')
for prof in profiles:
    for line in open(prof, errors='replace'):
        for m in addr_re.finditer(line):
            a = int(m.group(1), 16)
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and a < sections[i][0] + sections[i][1]:
                hot.add(i)

def spec(sec):
    addr, size, name, path = sec
    m = re.match(r'^(.*/)?([^/(]+)\(([^)]+)\)$', path)
    if m:  # an archive member: archive:member(section)
        return f'*{m.group(2)}:{m.group(3)}({name})'
    return f'*{path.split("/")[-1]}({name})'

# What callgrind cannot see. libc picks its string functions' variants for the CPU at
# start-up (IFUNC), and valgrind's CPU is not the machine's: every variant of a family
# callgrind saw used is listed (memmove.o seen: memmove-*.o too). valgrind gives a program
# no vDSO, so libc's set-up of it (dl-object, dl-lookup) never runs there.
members = {}
for i, sec in enumerate(sections):
    m = re.match(r'^.*/libc\.a\(([^)]+)\.o\)$', sec[3])
    if m:
        members.setdefault(m.group(1), []).append(i)
families = set()
for i in hot:
    m = re.match(r'^.*/libc\.a\(([^)-]+)\.o\)$', sections[i][3])
    if m:
        families.add(m.group(1))
for name, idx in members.items():
    if name.split('-')[0] in families or name in ('dl-object', 'dl-lookup', 'dl-vdso'):
        hot.update(idx)

body = []
total = 0
for i in sorted(hot):
    sec = sections[i]
    if sec[2].startswith(('.text.unlikely', '.text.startup', '.text.exit')):
        continue  # placed by the default script with their kind
    body.append('    ' + spec(sec))
    total += sec[1]
body = list(dict.fromkeys(body))
with open(out, 'w') as f:
    f.write('/* Generated by cli/hotcode.sh: the code golite runs execute, placed first in the\n')
    f.write(f'   static executable ({len(body)} sections, {total // 1024} KB). See that script. */\n')
    f.write('SECTIONS\n{\n  .text.golite_hot :\n  {\n')
    f.write('\n'.join(body))
    f.write('\n  }\n}\nINSERT BEFORE .text;\n')
print(f'hotcode: {len(body)} sections, {total // 1024} KB, from {len(profiles)} runs -> {out}')
EOF
