-- A class-like table: constructor and methods through a metatable.
local util = require("app.util")  -- @imports app/util.lua

local Store = {}
Store.__index = Store

function Store.new(name)  -- @def function new
  local self = setmetatable({ name = name, items = {} }, Store)
  return self
end

function Store:add(item)  -- @def function add
  table.insert(self.items, util.fmt(item))  -- @calls fmt
  return self
end

function Store:describe()  -- @def function describe
  return util.label(self.name, 12)  -- @calls label
end

function Store:dispatch(action, ...)  -- @def function dispatch
  return self[action](self, ...)  -- @blindspot reflection
end

return Store
