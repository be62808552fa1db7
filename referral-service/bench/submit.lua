-- wrk script of referral-service/bench/run: every request submits a new referral through the
-- gateway as the Pôle emploi system, with its own externalRef and Idempotency-Key. The young person
-- is obviously fictitious (name "Bench Fictitious", a phone number of the range ARCEP keeps for
-- fiction, +33 6 39 98 xx xx).
-- Environment: BENCH_TOKEN (bearer), BENCH_SITE (an active site id), BENCH_RUN (a run prefix,
-- letters and digits, so that refs stay unique across runs on one database).

local token = os.getenv("BENCH_TOKEN")
local site = os.getenv("BENCH_SITE")
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local template = '{"externalRef":"%s","agencySafir":"90001",' ..
  '"youngPerson":{"firstName":"Bench","lastName":"Fictitious","birthDate":"2006-05-15",' ..
  '"communeCode":"59350","contact":{"phone":"+33639981234","preferredChannel":"SMS"},' ..
  '"highestQualification":"NONE","activity":"NONE"},' ..
  '"diagnostic":{"barriers":["MOBILITY"],"summary":"Fictitious benchmark diagnostic, no real person.",' ..
  '"projectIdea":"Benchmark","romeCodes":["N1103"]},' ..
  '"consent":{"givenOn":"' .. os.date("%Y-%m-%d") .. '","method":"IN_INTERVIEW"},' ..
  '"siteId":"' .. site .. '"}'

local prefix
local counter = 0

function init(args)
  -- Letters before every number: a ref can never look like a NIR (which the service refuses).
  prefix = "BENCH-R" .. run .. "-T" .. thread_number .. "-N"
end

function request()
  counter = counter + 1
  local ref = prefix .. counter
  return wrk.format("POST", "/api/v1/referrals", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "key-" .. ref
  }, string.format(template, ref))
end

function done(summary, latency, requests)
  io.write(string.format(
    "BENCH %.1f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.requests,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
