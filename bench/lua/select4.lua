-- select4: four producer coroutines polled round-robin by the consumer.
local n = 200000 -- quick: 1000
local ps = {}
for k = 1, 4 do
  ps[k] = coroutine.wrap(function() for i = 1, n do coroutine.yield(1) end end)
end
local sum = 0
for i = 0, 4 * n - 1 do sum = sum + ps[(i % 4) + 1]() end
print(sum)
