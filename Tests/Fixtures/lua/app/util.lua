-- String helpers, exported as a module table.
local M = {}

local function pad(text, width)  -- @def function pad
  return text .. string.rep(" ", width - #text)
end

function M.fmt(name)  -- @def function fmt
  return "<" .. name .. ">"
end

function M.label(name, width)  -- @def function label
  return pad(M.fmt(name), width)  -- @calls pad @unresolved fmt
end

M.shout = function(text)  -- @def function shout
  return string.upper(text)
end

return M
