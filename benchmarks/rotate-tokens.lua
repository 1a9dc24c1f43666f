-- wrk script: a GET with a different bearer token on every request.
-- TOKENS names a file of tokens, one per line; REQUEST_PATH the path (default /secure/hello) and
-- TOKEN_HEADER the header (default Authorization). The control scenario of e2e.sh sends the same
-- tokens to the public /hello in X-Bench-Token, a header of the same length that nothing reads.
-- Each wrk thread formats its requests once, in init; calling the script for every request still
-- costs wrk much more than a static request. Threads start at different offsets so that no two
-- send the same token at about the same time.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  tokens[#tokens + 1] = line
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local path = os.getenv("REQUEST_PATH") or "/secure/hello"
local header = os.getenv("TOKEN_HEADER") or "Authorization"
local requests = {}
local i
function init(args)
  for n, token in ipairs(tokens) do
    requests[n] = wrk.format("GET", path, { [header] = "Bearer " .. token })
  end
  i = (id * 7919) % #requests
end

function request()
  i = i + 1
  if i > #requests then
    i = 1
  end
  return requests[i]
end
