-- mutex: Lua has no threads; a lock flag taken and released around each increment.
local n = 200000 -- quick: 1000
local locked, counter = false, 0
for g = 1, 8 do
  for i = 1, n do
    assert(not locked); locked = true
    counter = counter + 1
    locked = false
  end
end
print(counter)
