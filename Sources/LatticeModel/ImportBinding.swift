/// The shape of one imported or re-exported binding.
public enum ImportKind: String, Codable, Sendable {
  /// `import {a as b} from 'm'`, `from m import a as b`
  case named
  /// `import d from 'm'`
  case `default`
  /// `import * as ns from 'm'`, `import a.b`, `const m = require('m')`
  case namespace
  /// `from m import *`
  case wildcard
  /// `import 'm'`
  case sideEffect = "side_effect"
  /// `export {a as b} from 'm'`
  case reexport
  /// `export * from 'm'`
  case reexportAll = "reexport_all"
  /// `export * as ns from 'm'`
  case reexportNamespace = "reexport_namespace"
}

/// One name a file brings in from (or passes on from) another module.
public struct ImportBinding: Codable, Sendable, Hashable {
  public var file: String
  public var kind: ImportKind
  /// The module specifier as written, quotes stripped (`./util`, `..pkg.mod`, `react`).
  public var source: String
  /// The name in the source module (`a` in `import {a as b}`); nil for namespace/wildcard/side-effect.
  public var importedName: String?
  /// The name bound (or exported, for re-exports) in this file; nil for wildcard/side-effect.
  public var localName: String?
  public var position: SourcePosition

  public init(
    file: String, kind: ImportKind, source: String, importedName: String?, localName: String?,
    position: SourcePosition
  ) {
    self.file = file
    self.kind = kind
    self.source = source
    self.importedName = importedName
    self.localName = localName
    self.position = position
  }
}

/// A local definition exported under another name (`export default foo`, `export {a as b}`).
public struct ExportBinding: Codable, Sendable, Hashable {
  /// The `localName` of a default export that is an object of the module's definitions
  /// (`export default {a, b}`, `module.exports = {a, b}`): the module itself, as a namespace.
  public static let moduleObject = "*"

  public var file: String
  public var exportedName: String
  public var localName: String

  public init(file: String, exportedName: String, localName: String) {
    self.file = file
    self.exportedName = exportedName
    self.localName = localName
  }
}

/// A variable whose type syntax reveals (`const x = new Foo()`, `c: Context`, `self.repo = Repo()`,
/// `x = make()` where `make` declares a return type). `scopeKey` is the definition whose body sees
/// the variable; `this.`/`self.` bindings belong to the enclosing class. A binding made inside an
/// anonymous function (a callback) is visible only within that function's bytes.
public struct TypeBinding: Codable, Sendable, Hashable {
  public var scopeKey: SymbolKey
  public var variable: String
  /// A type name, or the callee whose result the variable holds (`Foo`, `ns.Foo`, `self.make`).
  public var typeName: String
  public var file: String
  public var position: SourcePosition
  /// Byte range of the anonymous function the binding is confined to; nil for the whole scope.
  public var visibleBytes: Range<Int>?

  public init(
    scopeKey: SymbolKey, variable: String, typeName: String, file: String, position: SourcePosition,
    visibleBytes: Range<Int>? = nil
  ) {
    self.scopeKey = scopeKey
    self.variable = variable
    self.typeName = typeName
    self.file = file
    self.position = position
    self.visibleBytes = visibleBytes
  }

  /// Whether this local, declared on a line before `use` and visible where `use` stands (a
  /// callback's parameter only inside the callback), hides the outer definitions of its name there.
  public func shadows(_ use: RawReference) -> Bool {
    position.line < use.position.line && (visibleBytes?.contains(use.byteOffset) ?? true)
  }
}
