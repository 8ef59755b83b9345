-- sieve: sieve of Eratosthenes over a table of booleans, repeated.
local function sieve(n)
  local composite = {}
  for i = 1, n do
    composite[i] = false
  end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do
        composite[j] = true
      end
    end
  end
  return count
end

local reps = 10 -- quick: 1
local n = 1000000 -- quick: 100000
local total = 0
local last = 0
for r = 0, reps - 1 do
  last = sieve(n - r)
  total = total + last
end
print(string.format("primes <= %d: %d, total over %d runs: %d", n - reps + 1, last, reps, total))
