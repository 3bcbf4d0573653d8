-- A smoke test of `acklint lsp` in a real Neovim (0.7 or later), run headless by smoke.sh:
--
--   ACKLINT=path/to/acklint EXPECT="JSON002,SCH001" FIXED=fixed.json \
--     nvim --headless -u NONE -i NONE -n +"luafile smoke.lua" body.json
--
-- It starts the server for the current buffer with `vim.lsp.start_client` (the 0.7 API; `vim.lsp.start`
-- came in 0.8), waits for its diagnostics, checks that exactly the codes in EXPECT arrived, then asks for
-- `source.fixAll.acklint`, applies the returned edit with Neovim's own `apply_workspace_edit` and checks that
-- the buffer then holds exactly the text of the file FIXED (what `acklint check --fix -` prints).
-- It exits 0 when all holds, 1 otherwise; every wait has a timeout.

local TIMEOUT_MS = 20000

local function say(msg)
  io.stderr:write("smoke.lua: " .. msg .. "\n")
end

local function fail(msg)
  say("FAIL: " .. msg)
  vim.cmd("cquit 1")
end

local function env(name)
  local v = os.getenv(name)
  if v == nil or v == "" then
    fail("the environment variable " .. name .. " is not set")
  end
  return v
end

local ok, err = pcall(function()
  local acklint, expect, fixed_path = env("ACKLINT"), env("EXPECT"), env("FIXED")
  local buf = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(buf)
  if file == "" then
    error("no file given")
  end
  vim.bo[buf].filetype = "json"

  local published = false
  local client_id = vim.lsp.start_client({
    name = "acklint",
    cmd = { acklint, "lsp" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(e, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
        published = true
      end,
    },
  })
  if not client_id then
    error("vim.lsp.start_client did not start " .. acklint)
  end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(TIMEOUT_MS, function() return published end, 20) then
    error("no diagnostics within " .. TIMEOUT_MS .. " ms")
  end

  -- The codes Neovim shows for the buffer, against those expected.
  local got, want = {}, {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.severity ~= vim.diagnostic.severity.HINT then -- hints only mark the other keys of a finding
      got[tostring(d.code)] = true
    end
  end
  for code in string.gmatch(expect, "[^,%s]+") do
    want[code] = true
  end
  local missing, extra = {}, {}
  for code in pairs(want) do
    if not got[code] then table.insert(missing, code) end
  end
  for code in pairs(got) do
    if not want[code] then table.insert(extra, code) end
  end
  if #missing > 0 or #extra > 0 then
    table.sort(missing)
    table.sort(extra)
    error("codes missing: [" .. table.concat(missing, ",") .. "], unexpected: [" .. table.concat(extra, ",") .. "]")
  end
  local n = 0
  for _ in pairs(got) do n = n + 1 end
  say("diagnostics arrived: " .. n .. " codes, as expected")

  -- Fix-all, applied by Neovim itself.
  local client = vim.lsp.get_client_by_id(client_id)
  local last = vim.api.nvim_buf_line_count(buf)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = last, character = 0 } },
    context = { diagnostics = {}, only = { "source.fixAll" } },
  }
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, TIMEOUT_MS)
  local reply = replies and replies[client_id]
  if not reply or reply.err then
    error("no reply to textDocument/codeAction: " .. vim.inspect(reply))
  end
  local actions = reply.result or {}
  if #actions ~= 1 or actions[1].kind ~= "source.fixAll.acklint" then
    error("expected one source.fixAll.acklint action, got " .. vim.inspect(actions))
  end
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or "utf-16")
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  if vim.bo[buf].eol then
    text = text .. "\n"
  end
  local f = assert(io.open(fixed_path, "rb"))
  local want_text = f:read("*a")
  f:close()
  if text ~= want_text then
    error("after fix-all the buffer is\n" .. text .. "\nbut acklint check --fix prints\n" .. want_text)
  end
  say("fix-all applied by Neovim (" .. (client.offset_encoding or "utf-16") .. ") gives what acklint check --fix prints")

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)

if not ok then
  fail(tostring(err))
else
  say("PASS")
  vim.cmd("qall!")
end
