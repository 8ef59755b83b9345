-- loops: nested integer loops with mixed integer arithmetic.
local n = 4500 -- quick: 300
local sum = 0
for i = 0, n - 1 do
  for j = 0, n - 1 do
    sum = sum + (i * j) % 7 + ((i ~ j) & 15) - (j >> 3)
  end
  sum = sum & 0xFFFFFFFFFFFF
end
print(string.format("loops(%d) = %d", n, sum))
