-- fannkuch: the Computer Language Benchmarks Game fannkuch-redux (pancake flips over
-- all permutations, generated in the benchmark's fixed order).
-- Arrays are 1-based (Go's index i is Lua's i+1); the values stored are 0-based.
local function fannkuch(n)
  local perm1, perm, count = {}, {}, {}
  for i = 1, n do
    perm1[i] = i - 1
    perm[i] = 0
    count[i] = 0
  end
  local maxFlips, checksum, permCount = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r] = r
      r = r - 1
    end
    for i = 1, n do
      perm[i] = perm1[i]
    end
    local flips = 0
    local k = perm[1]
    while k ~= 0 do
      local i, j = 1, k + 1
      while i < j do
        perm[i], perm[j] = perm[j], perm[i]
        i = i + 1
        j = j - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > maxFlips then
      maxFlips = flips
    end
    if permCount % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end
    while true do
      if r == n then
        return checksum, maxFlips
      end
      local perm0 = perm1[1]
      for i = 1, r do
        perm1[i] = perm1[i + 1]
      end
      perm1[r + 1] = perm0
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then
        break
      end
      r = r + 1
    end
    permCount = permCount + 1
  end
end

local n = 9 -- quick: 7
local reps = 2
for _ = 1, reps do
  local checksum, maxFlips = fannkuch(n)
  print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, maxFlips))
end
