-- Mixed traffic for wrk: each connection cycles through the requests listed in the file
-- BENCH_MIX, one a line: METHOD PATH [COOKIE|-] [BODY-FILE|-]. A body file ending in
-- .form is sent as a form, any other as JSON. Prints the same RESULT line as request.lua.
local requests = {}
local i = 0

local function read(path)
	local f = assert(io.open(path, "rb"))
	local text = f:read("*a")
	f:close()
	return text
end

init = function(args)
	for line in io.lines(os.getenv("BENCH_MIX")) do
		local method, path, cookie, body = line:match("^(%S+)%s+(%S+)%s*(%S*)%s*(%S*)")
		if method then
			local headers = {}
			if cookie ~= "" and cookie ~= "-" then headers["Cookie"] = cookie end
			local content = nil
			if body ~= "" and body ~= "-" then
				content = read(body)
				headers["Content-Type"] = body:match("%.form$") and "application/x-www-form-urlencoded" or "application/json"
			end
			requests[#requests + 1] = wrk.format(method, path, headers, content)
		end
	end
	i = math.random(#requests) - 1
end

request = function()
	i = i % #requests + 1
	return requests[i]
end

done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("RESULT %d %.1f %d %d %.2f %.2f %.2f %.2f\n",
		summary.requests, summary.requests / (summary.duration / 1e6), e.status,
		e.connect + e.read + e.write + e.timeout,
		latency:percentile(50) / 1000, latency:percentile(90) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000))
end
