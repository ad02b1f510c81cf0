-- wrk script for bench/load.sh: every request asks /search for the next query of a fixed mix
-- (Chinese, English, mixed, version numbers), so caches see a realistic spread, not one hot query.
local queries = {
  "Multi-Raft", "jraft 性能", "分布式事务", "MOSN 0.6.0", "seata 事务分组",
  "注册中心", "sofarpc 5.8.6", "rheakv", "Layotto", "service mesh",
  "蚂蚁金服", "SOFABoot 日志", "跨机房", "TCC 空回滚", "Occlum",
  "sidecar 热升级", "SOFATracer 3.0.6", "xDS", "多语言", "限流",
}

-- Percent-encodes every byte outside RFC 3986's unreserved set; Lua strings are UTF-8 bytes here.
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/search?q=" .. encode(q)
end

next_query = 0  -- global: setup() sets it per thread

-- Each wrk thread has its own Lua state; start threads at different queries so they do not move in step.
local thread_count = 0
setup = function(thread)
  thread:set("next_query", thread_count * 7)
  thread_count = thread_count + 1
end

request = function()
  next_query = next_query % #paths + 1
  return wrk.format("GET", paths[next_query])
end
