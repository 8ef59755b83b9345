-- closures: calls through closures (upvalues, closures passed as values) and method
-- calls on tables sharing a metatable per "type".
local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({ w = w, h = h }, Rect) end
function Rect:area() return self.w * self.h end
function Rect:grow(d) self.w = self.w + d end

local Square = {}
Square.__index = Square
function Square.new(s) return setmetatable({ s = s }, Square) end
function Square:area() return self.s * self.s end
function Square:grow(d) self.s = self.s + d end

local Tri = {}
Tri.__index = Tri
function Tri.new(b, h) return setmetatable({ b = b, h = h }, Tri) end
function Tri:area() return self.b * self.h // 2 end
function Tri:grow(d) self.h = self.h + d end

local function makeAdder(k)
  return function(x) return x + k end
end

local function makeCounter()
  local c = 0
  return function()
    c = c + 1
    return c
  end
end

local function apply(f, x) return f(x) end

local function compose(f, g)
  return function(x) return g(f(x)) end
end

local n = 3000000 -- quick: 20000

local adders = { makeAdder(1), makeAdder(2), makeAdder(3), makeAdder(5) }
local both = compose(makeAdder(7), function(x) return x * 3 end)
local acc = 0
for i = 0, n - 1 do
  acc = adders[(i & 3) + 1](acc)
  acc = apply(both, acc) & 0xFFFFFF
end

local counter = makeCounter()
for _ = 0, n - 1 do
  counter()
end

local shapes = { Rect.new(3, 4), Square.new(5), Tri.new(6, 7) }
local total = 0
for i = 0, n - 1 do
  local s = shapes[i % 3 + 1]
  total = total + s:area()
  if i % 1000 == 0 then
    s:grow(1)
  end
end

print(string.format("acc=%d counter=%d total=%d", acc, counter(), total))
