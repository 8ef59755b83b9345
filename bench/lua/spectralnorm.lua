-- spectralnorm: the Computer Language Benchmarks Game spectral norm (power method).
-- Arrays are 1-based; evalA takes 0-based indices, as in the Go version.
local function evalA(i, j)
  return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
end

local function times(v, u, n)
  for i = 1, n do
    local a = 0.0
    for j = 1, n do
      a = a + evalA(i - 1, j - 1) * u[j]
    end
    v[i] = a
  end
end

local function timesTransp(v, u, n)
  for i = 1, n do
    local a = 0.0
    for j = 1, n do
      a = a + evalA(j - 1, i - 1) * u[j]
    end
    v[i] = a
  end
end

local function aTimesTransp(v, u, n)
  local x = {}
  for i = 1, n do
    x[i] = 0.0
  end
  times(x, u, n)
  timesTransp(v, x, n)
end

local n = 550 -- quick: 50
local u, v = {}, {}
for i = 1, n do
  u[i] = 1.0
  v[i] = 0.0
end
for _ = 1, 10 do
  aTimesTransp(v, u, n)
  aTimesTransp(u, v, n)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
