-- Shared by the bench scripts: reads BENCH_FILE (one entry a line, fields split by spaces) into `rows`,
-- and seeds each wrk thread's random generator differently.
rows = {}
local file = os.getenv("BENCH_FILE")
if file then
  for line in io.lines(file) do
    local fields = {}
    for f in line:gmatch("%S+") do fields[#fields + 1] = f end
    if #fields > 0 then rows[#rows + 1] = fields end
  end
end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  math.randomseed(os.time() * 7919 + (tid or 0) * 104729)
end
function pick() return rows[math.random(#rows)] end
