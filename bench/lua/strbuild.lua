-- strbuild: string building with a table + table.concat (strings.Builder), ..
-- concatenation, a byte array (table of codes) and tostring; hashes the results so
-- every byte is checked.
local byte, char, concat = string.byte, string.char, table.concat

local function hash(s)
  local h = 0
  for i = 1, #s do
    h = (h * 31 + byte(s, i)) & 0xFFFFFFFF
  end
  return h
end

local n = 80000 -- quick: 3000

-- table + table.concat with numbers and separators.
local parts = {}
for i = 0, n - 1 do
  parts[#parts + 1] = tostring(i * 7)
  parts[#parts + 1] = ","
end
local s1 = concat(parts)

-- .. concatenation of short pieces into short strings.
local total, h2 = 0, 0
for i = 0, n - 1 do
  local s = ""
  for j = 0, 7 do
    s = s .. tostring(i + j) .. ":"
  end
  total = total + #s
  h2 = (h2 * 131 + #s + byte(s, #s // 2 + 1)) & 0xFFFFFFFF
end

-- .. concatenation growing one string (quadratic copying).
local acc = ""
for i = 0, n // 10 - 1 do
  acc = acc .. "x" .. tostring(i % 100)
end

-- byte array: append codes, edit in place, convert to a string.
local buf = {}
for i = 0, n * 4 - 1 do
  buf[#buf + 1] = 97 + i % 26
end
for i = 1, #buf, 3 do
  buf[i] = buf[i] - 32
end
local chunks = {}
for i = 1, #buf, 4096 do
  chunks[#chunks + 1] = char(table.unpack(buf, i, math.min(i + 4095, #buf)))
end
local s3 = concat(chunks)

print(string.format("builder: len=%d hash=%d", #s1, hash(s1)))
print(string.format("concat: total=%d hash=%d", total, h2))
print(string.format("grow: len=%d hash=%d", #acc, hash(acc)))
print(string.format("bytes: len=%d hash=%d", #s3, hash(s3)))
