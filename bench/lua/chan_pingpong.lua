-- chan_pingpong: Lua has no channels; a coroutine resumed and yielding back is the
-- closest round trip.
local n = 500000 -- quick: 1000
local co = coroutine.wrap(function(v)
  while true do v = coroutine.yield(v + 1) end
end)
local sum = 0
for i = 0, n - 1 do sum = sum + co(i) end
print(sum)
