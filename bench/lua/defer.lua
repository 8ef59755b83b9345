-- defer: Lua has no defer; the closest equivalent runs a cleanup closure at return.
local counter = 0
local function work(x)
  local cleanup = function() counter = counter + 1 end
  local r = x * 2
  cleanup()
  return r
end
local n = 10000000 -- quick: 100000
local sum = 0
for i = 0, n - 1 do sum = sum + work(i) end
print(string.format("%d %d", sum, counter))
