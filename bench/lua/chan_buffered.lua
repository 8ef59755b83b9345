-- chan_buffered: a producer coroutine filling a 128-slot queue drained by the consumer.
local n = 2000000 -- quick: 1000
local buf, head, tail = {}, 1, 1
local producer = coroutine.wrap(function()
  for i = 0, n - 1 do
    if tail - head >= 128 then coroutine.yield(true) end
    buf[tail] = i; tail = tail + 1
  end
  coroutine.yield(false)
end)
local s, more = 0, true
while more do
  more = producer()
  while head < tail do s = s + buf[head]; buf[head] = nil; head = head + 1 end
end
print(s)
