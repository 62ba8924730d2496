-- wrk script for POST /v1/profiles: every request a new profile with a
-- unique externalId (thread number and counter), the key from SYN_KEY.
local threads = 0
local key = os.getenv("SYN_KEY")

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  sent = 0
  headers = { ["x-api-key"] = key, ["content-type"] = "application/json" }
end

function request()
  sent = sent + 1
  local body = string.format('{"name":"bench","externalId":"w%d-%d","metadata":{"n":%d}}', number, sent, sent)
  return wrk.format("POST", "/v1/profiles", headers, body)
end
