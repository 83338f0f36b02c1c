-- POST /api/v1/code-login with a valid code and the device it is bound to (BENCH_FILE lines: code device).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local headers = { ["Content-Type"] = "application/json" }
request = function()
  local r = pick()
  return wrk.format("POST", "/api/v1/code-login", headers, '{"code":"' .. r[1] .. '","deviceId":"' .. r[2] .. '"}')
end
