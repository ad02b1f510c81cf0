-- wrk script for bench/load.sh and bench/scale.sh: each request asks /search for the next query of the
-- file named by QUERIES (one query a line, UTF-8; generated from the index at bench time), cycling.
-- EXTRA (e.g. "&type=qa") is appended to every request.

-- Percent-encodes every byte outside RFC 3986's unreserved set; Lua strings are UTF-8 bytes here.
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local paths = {}
local extra = os.getenv("EXTRA") or ""
local file = assert(io.open(assert(os.getenv("QUERIES"), "set QUERIES to a file of queries"), "r"))
for line in file:lines() do
  if line ~= "" then
    paths[#paths + 1] = "/search?q=" .. encode(line) .. extra
  end
end
file:close()
assert(#paths > 0, "no queries in " .. os.getenv("QUERIES"))

next_query = 0  -- global: setup() sets it per thread

-- Each wrk thread has its own Lua state; start threads far apart so they do not ask the same query together.
local thread_count = 0
setup = function(thread)
  thread:set("next_query", thread_count * 7919)
  thread_count = thread_count + 1
end

request = function()
  next_query = next_query % #paths + 1
  return wrk.format("GET", paths[next_query])
end
