-- maphash: heavy insert / lookup / delete on integer-keyed and string-keyed tables.
-- Lua tables have no O(1) size for hash keys, so the live count is tracked by hand.
local function intMap(n)
  local m = {}
  local len = 0
  for i = 0, n - 1 do
    local k = (i * 7919) % 1000003
    if m[k] == nil then len = len + 1 end
    m[k] = i
  end
  local sum = 0
  for i = 0, 2 * n - 1 do
    local v = m[i]
    if v ~= nil then
      sum = sum + v
    end
  end
  for i = 0, n - 1, 2 do
    local k = (i * 7919) % 1000003
    if m[k] ~= nil then len = len - 1 end
    m[k] = nil
  end
  for i = 0, n - 1 do
    local k = (i * 7919) % 1000003
    local v = m[k]
    if v == nil then
      len = len + 1
      v = 0
    end
    m[k] = v + 3
  end
  for i = 0, n - 1 do
    sum = sum + (m[(i * 7919) % 1000003] or 0)
  end
  return len, sum
end

local function stringMap(n)
  local keys = {}
  for i = 0, n - 1 do
    keys[i + 1] = "key" .. tostring(i % (n // 4 + 1))
  end
  local m = {}
  local len = 0
  for i = 1, n do
    local k = keys[i]
    local v = m[k]
    if v == nil then
      len = len + 1
      v = 0
    end
    m[k] = v + (i - 1)
  end
  local sum = 0
  for i = 0, n - 1 do
    sum = sum + (m[keys[(i * 31) % n + 1]] or 0)
    local v = m["missing" .. keys[i + 1]]
    if v ~= nil then
      sum = sum + v
    end
  end
  for i = 0, n // 2 - 1, 3 do
    local k = keys[i + 1]
    if m[k] ~= nil then len = len - 1 end
    m[k] = nil
  end
  for i = 1, n do
    local v = m[keys[i]]
    if v ~= nil then
      sum = sum + (v & 255)
    end
  end
  return len, sum
end

local rounds = 4 -- quick: 1
local n = 80000 -- quick: 10000
for r = 0, rounds - 1 do
  local a, b = intMap(n + r)
  local c, d = stringMap(n + r)
  print(string.format("round %d: int map len=%d sum=%d, string map len=%d sum=%d", r, a, b, c, d))
end
