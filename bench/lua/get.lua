-- GET BENCH_PATH with a bearer token picked at random per request (BENCH_FILE lines: token).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local path = os.getenv("BENCH_PATH")
request = function()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. pick()[1] }, nil)
end
