-- One target for wrk, described by the environment (set by bench/load):
--   BENCH_METHOD (GET), BENCH_BODY_FILE (a file whose content is the body),
--   BENCH_TYPE (its Content-Type), BENCH_COOKIE (a Cookie header).
-- Prints one line "RESULT requests rps status-errors socket-errors p50 p90 p99 max" (ms).
local method = os.getenv("BENCH_METHOD") or "GET"
wrk.method = method
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
	local f = assert(io.open(body_file, "rb"))
	wrk.body = f:read("*a")
	f:close()
	wrk.headers["Content-Type"] = os.getenv("BENCH_TYPE") or "application/json"
end
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
	wrk.headers["Cookie"] = cookie
end

done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("RESULT %d %.1f %d %d %.2f %.2f %.2f %.2f\n",
		summary.requests, summary.requests / (summary.duration / 1e6), e.status,
		e.connect + e.read + e.write + e.timeout,
		latency:percentile(50) / 1000, latency:percentile(90) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000))
end
