-- Entry script: requires, local and global functions, calls through module tables and objects.
local Store = require("app.store")  -- @imports app/store.lua
local util = require "app.util"  -- @imports app/util.lua

local function banner(title)  -- @def function banner
  print(util.shout(title))  -- @calls shout
end

function main(args)  -- @def function main
  banner("store " .. #args)  -- @calls banner
  local store = Store.new("corner")  -- @calls new
  store:add("apples")  -- @unresolved add
  print(store:describe())  -- @unresolved describe
  local chunk = load("return 1")  -- @blindspot eval
  return chunk()
end

main(arg)  -- @calls main
