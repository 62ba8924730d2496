-- wrk script for scripts/wal-cost: every request creates a profile (POST /v1/profiles, 201).
-- Environment: SYN_LOAD_KEY (the tenant's key, on Growth: no profile cap).
local headers = { ["x-api-key"] = os.getenv("SYN_LOAD_KEY"), ["Content-Type"] = "application/json" }
local body = '{"name":"wal cost"}'

function request()
  return wrk.format("POST", "/v1/profiles", headers, body)
end

created = 0
other = 0

function response(status)
  if status == 201 then created = created + 1 else other = other + 1 end
end
