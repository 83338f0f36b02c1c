-- POST /api/v1/locks/{id}/unlock-commands with a code-session token and a fresh random 16-byte nonce
-- (base64url, 22 characters; the last one carries 2 bits, so it is one of A Q g w). BENCH_FILE lines: token lockId.
-- BENCH_PATH, when set, replaces /api/v1/locks (the lean reference's guarded unlock: /guarded/api/v1/locks).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local last = { "A", "Q", "g", "w" }
local prefix = os.getenv("BENCH_PATH") or "/api/v1/locks"
local function nonce()
  local t = {}
  for i = 1, 21 do
    local k = math.random(64)
    t[i] = alphabet:sub(k, k)
  end
  t[22] = last[math.random(4)]
  return table.concat(t)
end
request = function()
  local r = pick()
  return wrk.format("POST", prefix .. "/" .. r[2] .. "/unlock-commands",
    { ["Authorization"] = "Bearer " .. r[1], ["Content-Type"] = "application/json" },
    '{"nonce":"' .. nonce() .. '","action":"UNLOCK"}')
end
