-- wrk script of prospection-service/bench/run: employer searches through the gateway at a fixed
-- rate, as the demo Pôle emploi company advisor (territory: the Nord, 100,000 bench employers).
-- Each request is the next path of BENCH_PATHS (one a line: name or SIRET prefix, around a commune,
-- NAF and headcount band, led by nobody and not contacted, department). The rate is held by
-- wrk's delay(): each thread sends on a schedule of BENCH_RATE / threads requests a second (an
-- open loop: a slow answer does not put the next request off while a connection is free), and the
-- latency is measured from the moment a request is sent.
-- Environment: BENCH_TOKEN, BENCH_PATHS, BENCH_RATE (requests per second in all), BENCH_THREADS.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local now_spec = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_spec) -- CLOCK_MONOTONIC
  return tonumber(now_spec.tv_sec) * 1000 + tonumber(now_spec.tv_nsec) / 1e6
end

local token = os.getenv("BENCH_TOKEN")
local rate = tonumber(os.getenv("BENCH_RATE") or "200")
local thread_total = tonumber(os.getenv("BENCH_THREADS") or "2")
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local interval -- ms between two sends of this thread
local next_send
local counter = 0

function init(args)
  interval = 1000 * thread_total / rate
end

function delay()
  local now = now_ms()
  if next_send == nil then
    -- Threads start half an interval apart, so that their sends interleave.
    next_send = now + (thread_number - 1) * interval / thread_total
  end
  local wait = next_send - now
  next_send = next_send + interval
  if wait < 0 then
    return 0
  end
  return math.floor(wait + 0.5)
end

function request()
  counter = counter + 1
  local path = paths[((counter * thread_total + thread_number) % #paths) + 1]
  return wrk.format("GET", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json"
  })
end

function done(summary, latency, requests)
  io.write(string.format(
    "BENCH %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.requests,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
