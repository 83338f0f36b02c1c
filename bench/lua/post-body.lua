-- POST BENCH_PATH with the admin token (BENCH_TOKEN) and the JSON body in BENCH_BODY_FILE.
local f = io.open(os.getenv("BENCH_BODY_FILE"))
local body = f:read("*a")
f:close()
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }
local path = os.getenv("BENCH_PATH")
request = function() return wrk.format("POST", path, headers, body) end
