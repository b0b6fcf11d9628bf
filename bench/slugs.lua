-- Requests a different sample article on each call, from the slugs listed in bench/slugs.txt.
local slugs = {}
for line in io.lines("bench/slugs.txt") do slugs[#slugs + 1] = line end
local i = 0
request = function()
  i = (i % #slugs) + 1
  return wrk.format("GET", "/api/v1/articles/" .. slugs[i])
end
