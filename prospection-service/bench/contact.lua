-- wrk script of prospection-service/bench/run: every request records a contact done today with a
-- bench employer through the gateway, as the demo Pôle emploi company advisor (agency 90001, Nord),
-- with its own Idempotency-Key. The employers are taken in turn from BENCH_IDS (one id a line), each
-- thread from its own share of them: twice as OUTBOUND, then as INBOUND (asked for by the employer,
-- never counted against the solicitation ceiling of 3 outbound contacts in 30 days).
-- Environment: BENCH_TOKEN (bearer), BENCH_IDS (file of employer ids), BENCH_RUN (letters and
-- digits, unique per run), BENCH_FIRST (the rank of the first request of this run, so that
-- consecutive runs carry on through the employers).

local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local first = tonumber(os.getenv("BENCH_FIRST") or "0")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  ids[#ids + 1] = line
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local today = os.date("%Y-%m-%d")
local template = '{"status":"DONE","channel":"PHONE","direction":"%s","purpose":"RECRUITMENT_NEED",' ..
  '"contactOn":"' .. today .. '","outcome":"Bench contact, fictitious","nextStep":"Call back",' ..
  '"nextStepOn":"' .. today .. '","note":"Fictitious benchmark contact, no real person."}'

local counter = 0
local prefix
local thread_total

function init(args)
  prefix = "key-" .. run .. "-T" .. thread_number .. "-N"
  thread_total = tonumber(os.getenv("BENCH_THREADS") or "2")
end

function request()
  -- Threads interleave: thread t (1-based) of T sends ranks first + t - 1, first + t - 1 + T, ...
  local rank = first + (thread_number - 1) + counter * thread_total
  counter = counter + 1
  local id = ids[(rank % #ids) + 1]
  local direction = math.floor(rank / #ids) < 2 and "OUTBOUND" or "INBOUND"
  return wrk.format("POST", "/api/v1/prospection/employers/" .. id .. "/contacts", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. counter
  }, string.format(template, direction))
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
