-- binarytrees: the Benchmarks Game's binary-trees (depth 16), as bench/binarytrees.go.
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(n)
  if n[1] == nil then return 1 end
  return 1 + check(n[1]) + check(n[2])
end

local n = 16 -- quick: 10
if arg and arg[1] then n = tonumber(arg[1]) end
local maxDepth = n
if maxDepth < 6 then maxDepth = 6 end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local long = bottomUp(maxDepth)
for d = 4, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + 4)
  local c = 0
  for _ = 1, iters do c = c + check(bottomUp(d)) end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, c))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(long)))
