-- churn: a bounded live set under heavy allocation, as bench/churn.go (strings stand in
-- for byte slices).
local ring = 4096
local slots = {}
local iters = 1000000 -- quick: 100000
local seed = 1
local sum = 0
for i = 0, iters - 1 do
  seed = (seed * 1664525 + 1013904223) & 0xffffffff
  local size = 16 << ((seed >> 28) % 12)
  if (seed & 0xff00) > 0xf800 then
    size = 32 << 10
  elseif size > 1024 then
    size = 64
  end
  local data = string.rep(string.char(i & 0xff), size)
  local k = (seed >> 8) % ring
  local it = { id = i, data = data }
  local old = slots[k]
  if old ~= nil then
    sum = sum + string.byte(old.data, #old.data) + #old.data
  end
  slots[k] = it
end
local live = 0
for k = 0, ring - 1 do
  if slots[k] then live = live + #slots[k].data end
end
io.write(sum, " ", tostring(live > 0), "\n")
