-- wrk script for scripts/load: a mix of reads and writes against `syn serve`.
--
-- Per ten requests: 3 profile reads, 2 list pages, 1 usage, 2 profile updates
-- (PATCH) and 2 creates. Creates reuse a bounded set of externalIds per thread,
-- so the tenant's state stops growing once each has been made: the first create
-- of an externalId is 201, the later ones 409. Every status is tallied; done()
-- prints the tally and the number of unexpected ones (anything but 200, 201, 409).
--
-- Environment: SYN_LOAD_KEY (the tenant's key), SYN_LOAD_IDS (profile ids, comma-separated).

local key = os.getenv("SYN_LOAD_KEY")
local ids = {}
for id in string.gmatch(os.getenv("SYN_LOAD_IDS") or "", "[^,]+") do
  ids[#ids + 1] = id
end
local json = { ["x-api-key"] = key, ["Content-Type"] = "application/json" }
local plain = { ["x-api-key"] = key }
local externalIds = 1000

local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  threads[#threads + 1] = thread
end

-- Globals of each thread's own Lua state: its tally, read back in done().
statuses = {}
sent = 0

function request()
  sent = sent + 1
  local id = ids[sent % #ids + 1]
  local slot = sent % 10
  if slot < 3 then
    return wrk.format("GET", "/v1/profiles/" .. id, plain)
  elseif slot < 5 then
    return wrk.format("GET", "/v1/profiles?limit=20&offset=" .. (sent % 50), plain)
  elseif slot < 6 then
    return wrk.format("GET", "/v1/usage", plain)
  elseif slot < 8 then
    return wrk.format("PATCH", "/v1/profiles/" .. id, json, '{"metadata":{"touch":' .. sent .. '}}')
  else
    local externalId = "load-" .. number .. "-" .. (sent % externalIds)
    return wrk.format("POST", "/v1/profiles", json, '{"name":"load","externalId":"' .. externalId .. '"}')
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local expected = { [200] = true, [201] = true, [409] = true }
  local unexpected = 0
  local codes = {}
  for status in pairs(total) do
    codes[#codes + 1] = status
  end
  table.sort(codes)
  for _, status in ipairs(codes) do
    io.write(string.format("status %d: %d\n", status, total[status]))
    if not expected[status] then
      unexpected = unexpected + total[status]
    end
  end
  local transport = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("unexpected statuses: %d\n", unexpected))
  io.write(string.format("socket errors: %d\n", transport))
end
