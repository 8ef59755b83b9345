-- mandelbrot: escape-time iteration over an n x n grid; prints a checksum instead
-- of the image.
local n = 750 -- quick: 60
local maxIter = 50
local inside = 0
local iters = 0
local hash = 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  local row = 0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi = 0.0, 0.0
    local i = 0
    while i < maxIter do
      local tr = zr * zr - zi * zi + cr
      local ti = 2.0 * zr * zi + ci
      zr = tr
      zi = ti
      if zr * zr + zi * zi > 4.0 then
        break
      end
      i = i + 1
    end
    iters = iters + i
    if i == maxIter then
      inside = inside + 1
      row = row + 1
    end
  end
  hash = (hash * 31 + row) % 1000000007
end
print(string.format("mandelbrot(%d): inside=%d iterations=%d hash=%d", n, inside, iters, hash))
