import LatticeModel

/// Names every program of a language family can reach without defining them: member names of the
/// runtime's built-in types, and global objects. A call such as `items.push(x)` or `console.log(y)`
/// on a receiver whose type syntax does not show is far more likely to reach the runtime than the
/// one project method that shares the name, so such names are never bound by name-match.
enum RuntimeNames {
  static func builtinMembers(_ family: LanguageFamily) -> Set<String> {
    switch family {
    case .ecmascript: ecmascriptMembers
    case .python: pythonMembers
    case .swift: swiftMembers
    default: []
    }
  }

  static func globalObjects(_ family: LanguageFamily) -> Set<String> {
    switch family {
    case .ecmascript: ecmascriptGlobals
    case .python: pythonGlobals
    case .c: ["std", "boost"]
    default: []
    }
  }

  /// Functions and types callable by bare name everywhere (`print`, `setTimeout`): a call to one
  /// that the file does not shadow is the runtime's, not an unresolved project reference.
  static func builtinFunctions(_ family: LanguageFamily) -> Set<String> {
    switch family {
    case .ecmascript: ecmascriptFunctions.union(ecmascriptGlobals)
    case .python: pythonFunctions
    default: []
    }
  }

  private static let ecmascriptFunctions: Set<String> = [
    "parseInt", "parseFloat", "isNaN", "isFinite", "setTimeout", "clearTimeout", "setInterval",
    "clearInterval", "setImmediate", "queueMicrotask", "structuredClone", "fetch", "encodeURIComponent",
    "decodeURIComponent", "encodeURI", "decodeURI", "atob", "btoa", "require", "eval", "super",
    "describe", "it", "test", "beforeEach", "afterEach", "beforeAll", "afterAll",
  ]

  private static let pythonFunctions: Set<String> = [
    "print", "len", "range", "enumerate", "zip", "map", "filter", "sorted", "reversed", "sum", "min", "max",
    "abs", "round", "any", "all", "isinstance", "issubclass", "hasattr", "getattr", "setattr", "delattr",
    "callable", "iter", "next", "id", "hash", "repr", "str", "int", "float", "bool", "bytes", "bytearray",
    "list", "dict", "set", "frozenset", "tuple", "type", "object", "super", "open", "input", "format",
    "vars", "dir", "globals", "locals", "staticmethod", "classmethod", "property", "divmod", "pow", "chr",
    "ord", "hex", "oct", "bin", "slice", "memoryview", "compile", "exec", "eval", "__import__",
    "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError", "AttributeError",
    "RuntimeError", "NotImplementedError", "StopIteration", "OSError", "IOError", "ImportError",
    "LookupError", "AssertionError", "PermissionError", "FileNotFoundError", "TimeoutError",
  ]

  private static let ecmascriptMembers: Set<String> = [
    // Object, Function
    "toString", "valueOf", "toJSON", "hasOwnProperty", "isPrototypeOf", "toLocaleString", "call", "apply",
    "bind",
    // Array
    "map", "filter", "reduce", "reduceRight", "forEach", "push", "pop", "shift", "unshift", "slice",
    "splice", "concat", "join", "indexOf", "lastIndexOf", "includes", "find", "findIndex", "findLast",
    "some", "every", "sort", "reverse", "flat", "flatMap", "keys", "values", "entries", "fill", "at",
    // Map, Set, WeakMap, Headers, URLSearchParams, FormData
    "get", "set", "has", "delete", "clear", "add", "append", "getAll", "forEach",
    // String, RegExp
    "split", "trim", "trimStart", "trimEnd", "replace", "replaceAll", "startsWith", "endsWith",
    "toLowerCase", "toUpperCase", "padStart", "padEnd", "match", "matchAll", "charAt", "charCodeAt",
    "codePointAt", "substring", "substr", "repeat", "normalize", "localeCompare", "test", "exec",
    // Promise, iterators, events, streams
    "then", "catch", "finally", "next", "return", "throw", "on", "once", "off", "emit",
    "addEventListener", "removeEventListener", "dispatchEvent", "pipe", "write", "end", "read", "close",
    "getReader", "getWriter", "enqueue", "cancel", "abort",
    // Response, Request, JSON, console
    "json", "text", "arrayBuffer", "blob", "clone", "formData", "log", "error", "warn", "info", "debug",
    "stringify", "parse",
    // Cache, CacheStorage, String.search, window.open
    "put", "open", "search", "match", "keys",
  ]

  private static let ecmascriptGlobals: Set<String> = [
    "console", "JSON", "Math", "Object", "Array", "Promise", "Reflect", "Number", "String", "Boolean",
    "Date", "Symbol", "Map", "Set", "WeakMap", "WeakSet", "Error", "RegExp", "Intl", "Atomics", "BigInt",
    "globalThis", "window", "document", "navigator", "location", "process", "Buffer", "module", "exports",
    "require", "crypto", "performance", "URL", "URLSearchParams", "Response", "Request", "Headers",
    "Deno", "Bun", "expect", "jest", "vi",
  ]

  /// Base names (labels dropped) of standard-library members: `items.append(x)` on an array whose
  /// type Lattice did not work out is not the project's one `append(_:)`.
  private static let swiftMembers: Set<String> = [
    "append", "insert", "remove", "removeAll", "removeFirst", "removeLast", "popLast", "contains", "map",
    "compactMap", "flatMap", "filter", "reduce", "forEach", "sorted", "sort", "reversed", "reverse",
    "joined", "split", "prefix", "suffix", "dropFirst", "dropLast", "first", "last", "firstIndex",
    "lastIndex", "enumerated", "min", "max", "allSatisfy", "starts", "index", "distance", "formIndex",
    "hasPrefix", "hasSuffix", "lowercased", "uppercased", "replacingOccurrences", "trimmingCharacters",
    "components", "union", "intersection", "subtracting", "formUnion", "insertContentsOf",
    "updateValue", "removeValue", "merge", "merging", "mapValues", "encode", "decode", "write", "read",
    "hash", "description", "isEmpty", "count", "withUnsafeBytes", "withUnsafeMutableBytes",
  ]

  private static let pythonMembers: Set<String> = [
    // dict, list, set, tuple
    "get", "items", "keys", "values", "update", "pop", "popitem", "setdefault", "copy", "clear",
    "append", "extend", "insert", "remove", "sort", "reverse", "index", "count", "add", "discard",
    "union", "intersection", "difference", "issubset", "issuperset",
    // threading.Event / ContextVar / asyncio.Event (`close_server.set()`)
    "set", "is_set", "wait",
    // str, bytes
    "join", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "replace", "format",
    "startswith", "endswith", "lower", "upper", "title", "encode", "decode", "find", "rfind",
    "partition", "rpartition", "isdigit", "isalpha", "zfill",
    // files, streams, generators, regex matches, locks
    "read", "readline", "readlines", "write", "writelines", "close", "flush", "seek", "tell", "send",
    "throw", "group", "groups", "match", "search", "fullmatch", "sub", "acquire", "release", "load", "loads",
    "dump", "dumps", "open",
    // object protocol
    "__init__", "__enter__", "__exit__", "__call__", "__getattr__", "__setattr__", "__repr__", "__str__",
  ]

  private static let pythonGlobals: Set<String> = ["self", "cls", "super", "object", "type"]
}
