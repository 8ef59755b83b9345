-- spawn: create and run a coroutine per task.
local n = 200000 -- quick: 1000
local total = 0
for i = 0, n - 1 do
  local co = coroutine.create(function(v) total = total + v end)
  coroutine.resume(co, i)
end
print(total)
