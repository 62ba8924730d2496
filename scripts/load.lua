-- wrk script for scripts/load: a mix of reads and writes against `syn serve`, on
-- one API (SYN_LOAD_API: synposter or synup); scripts/load runs one wrk per API.
--
-- Synposter, per ten requests: 3 profile reads, 2 list pages, 1 usage, 2 profile
-- updates (PATCH) and 2 creates. Creates reuse a bounded set of externalIds per
-- thread, so the tenant's state stops growing once each has been made: the first
-- create of an externalId is 201, the later ones 409.
--
-- Synup, per ten requests: 2 list pages, 2 reads by id, 1 search, 1 tag list,
-- 2 location updates, 1 tag added and 1 create. Creates reuse a bounded set of
-- store ids and tags are drawn from a few names, so the state stops growing
-- too; Synup answers 200 either way (a refused create carries its errors).
--
-- Every status is tallied; done() prints the tally and the number of unexpected
-- ones (Synposter: anything but 200, 201, 409; Synup: anything but 200).
--
-- Environment: SYN_LOAD_API, SYN_LOAD_KEY (the tenant's key for that API),
-- SYN_LOAD_IDS (comma-separated profile ids, or base64 location ids),
-- SYN_LOAD_DELAY_MS (a pause before each request on a connection, for a paced run).

local api = os.getenv("SYN_LOAD_API") or "synposter"
local key = os.getenv("SYN_LOAD_KEY")
local ids = {}
for id in string.gmatch(os.getenv("SYN_LOAD_IDS") or "", "[^,]+") do
  ids[#ids + 1] = id
end
-- How many distinct externalIds (Synposter) or store ids (Synup) each thread creates.
local distinctCreates = 1000

local pause = tonumber(os.getenv("SYN_LOAD_DELAY_MS") or "0")
if pause > 0 then
  function delay()
    return pause
  end
end

local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  threads[#threads + 1] = thread
end

-- Globals of each thread's own Lua state: its tally, read back in done().
statuses = {}
sent = 0

local function synposter(id, slot)
  local json = { ["x-api-key"] = key, ["Content-Type"] = "application/json" }
  local plain = { ["x-api-key"] = key }
  if slot < 3 then
    return wrk.format("GET", "/v1/profiles/" .. id, plain)
  elseif slot < 5 then
    return wrk.format("GET", "/v1/profiles?limit=20&offset=" .. (sent % 50), plain)
  elseif slot < 6 then
    return wrk.format("GET", "/v1/usage", plain)
  elseif slot < 8 then
    return wrk.format("PATCH", "/v1/profiles/" .. id, json, '{"metadata":{"touch":' .. sent .. '}}')
  else
    local externalId = "load-" .. number .. "-" .. (sent % distinctCreates)
    return wrk.format("POST", "/v1/profiles", json, '{"name":"load","externalId":"' .. externalId .. '"}')
  end
end

-- A location's description must have at least 200 characters.
local description = string.rep("A location made by scripts/load. ", 7)
-- base64 of SubCategory:20, a primary category.
local subCategory = "U3ViQ2F0ZWdvcnk6MjA="

local function synup(id, slot)
  local json = { ["Authorization"] = "API " .. key, ["Content-Type"] = "application/json" }
  local plain = { ["Authorization"] = "API " .. key }
  if slot < 2 then
    return wrk.format("GET", "/api/v4/locations?first=20", plain)
  elseif slot < 4 then
    -- ids=["<id>"], percent-encoded (a base64 id may end in =).
    local encoded = string.gsub(id, "=", "%%3D")
    return wrk.format("GET", "/api/v4/locations-by-ids?ids=%5B%22" .. encoded .. "%22%5D", plain)
  elseif slot < 5 then
    return wrk.format("GET", "/api/v4/locations/search?query=load&first=10", plain)
  elseif slot < 6 then
    return wrk.format("GET", "/api/v4/tags", plain)
  elseif slot < 8 then
    return wrk.format(
      "POST", "/api/v4/locations/update", json, '{"input":{"id":"' .. id .. '","ownerName":"load ' .. sent .. '"}}')
  elseif slot < 9 then
    return wrk.format(
      "POST", "/api/v4/locations/tags", json, '{"input":{"locationId":"' .. id .. '","tag":"load-' .. (sent % 5) .. '"}}')
  else
    local store = "load-" .. number .. "-" .. (sent % distinctCreates)
    return wrk.format("POST", "/api/v4/locations", json,
      '{"input":{"name":"load ' .. store .. '","storeId":"' .. store .. '","street":"1 Main St","city":"Austin",'
        .. '"postalCode":"78701","phone":"5125550100","stateIso":"TX","countryIso":"US","subCategoryId":"'
        .. subCategory .. '","description":"' .. description .. '"}}')
  end
end

local mix = api == "synup" and synup or synposter

function request()
  sent = sent + 1
  return mix(ids[sent % #ids + 1], sent % 10)
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
  local expected = api == "synup" and { [200] = true } or { [200] = true, [201] = true, [409] = true }
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
