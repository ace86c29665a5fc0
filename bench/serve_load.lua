-- wrk script for bench/serve_load: GET /api/search cycling through the queries of the file named
-- by $VANBAN_QUERIES (one a line), each thread starting at a different place in the list.
local queries = {}
for line in io.lines(os.getenv("VANBAN_QUERIES")) do
  if line ~= "" then queries[#queries + 1] = line end
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?limit=10&q=" .. encode(q) end

local next_thread = 0
function setup(thread)
  thread:set("start", next_thread * 7)
  next_thread = next_thread + 1
end

local i = nil
function request()
  i = ((i or start or 0) % #paths) + 1
  return wrk.format("GET", paths[i])
end
