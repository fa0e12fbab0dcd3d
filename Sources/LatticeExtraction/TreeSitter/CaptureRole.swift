import LatticeModel

/// The meaning of a capture name in a query file: the fixed vocabulary of docs/queries.md.
enum CaptureRole: Hashable, Sendable {
  case definition(SymbolKind)
  case name
  /// The type a definition belongs to though declared outside its body (Go receivers, Rust `impl`,
  /// Swift `extension`, C++ `Foo::bar`); in an inheritance reference, the type that inherits.
  case owner
  /// A Swift argument label (a parameter or a call argument): part of the name, `remove(at:)`.
  case label
  /// A call's arguments as one node, `(name: .short, help: "")`, when the grammar gives them no
  /// node each (a Swift attribute): the top-level `label:` prefixes are the call's labels.
  case arguments
  /// A property wrapper's initial value (`@Option(…) var x = 3`): passed first, as `wrappedValue:`.
  case wrappedValue
  case doc
  case decorator
  case reference(ReferenceKind)
  case receiver
  case importSource, importName, importAlias, importDefault, importNamespace, importWildcard
  /// A full path whose last segment is the imported name (`a.b.C`, `crate::a::B`, `App\Models\User`).
  case importPath
  /// A module bound as a namespace under its last segment (Go `import "net/http"` binds `http`).
  case importModule
  case reexport
  case exportDefault, exportName, exportAlias
  /// An object literal exported as the module's default (`export default {a, b}`,
  /// `module.exports = {a, b}`): a default import reads it like a namespace.
  case exportObject
  case bindingVariable, bindingType
  /// A definition's declared return type.
  case returns
  /// An anonymous function: a lexical scope that is not a symbol.
  case scope
  /// A framework route registration and its parts (docs/queries.md).
  case route, routeMethod, routeMethods, routePath, routeHandler, routeReceiver, routeArguments
  /// A path prefix declared around the registration (Spring's class-level `@RequestMapping`, NestJS
  /// `@Controller('users')`, ASP.NET `[Route("api/users")]`).
  case routePrefix
  /// A construct whose runtime effect syntax cannot see (`@blindspot.reflection`…).
  case blindSpot(BlindSpotKind)
  /// `@_anything`: a helper capture for predicates, ignored by the mapper.
  case helper

  /// Parses a capture name; nil when it is outside the vocabulary.
  init?(captureName: String) {
    if captureName.hasPrefix("_") {
      self = .helper
      return
    }
    if let kind = captureName.dropPrefix("definition.").flatMap(SymbolKind.init(rawValue:)),
      kind != .file, kind != .import, kind != .route
    {
      self = .definition(kind)
      return
    }
    if let kind = captureName.dropPrefix("blindspot.").flatMap(BlindSpotKind.init(rawValue:)) {
      self = .blindSpot(kind)
      return
    }
    if let kind = captureName.dropPrefix("reference.").flatMap(ReferenceKind.init(rawValue:)) {
      self = .reference(kind)
      return
    }
    let fixed: [String: CaptureRole] = [
      "name": .name, "owner": .owner, "label": .label, "arguments": .arguments, "wrapped_value": .wrappedValue,
      "doc": .doc, "decorator": .decorator, "receiver": .receiver,
      "import.source": .importSource, "import.name": .importName, "import.alias": .importAlias,
      "import.default": .importDefault, "import.namespace": .importNamespace,
      "import.wildcard": .importWildcard, "import.path": .importPath, "import.module": .importModule,
      "reexport": .reexport,
      "export.default": .exportDefault, "export.name": .exportName, "export.alias": .exportAlias,
      "export.object": .exportObject,
      "binding.variable": .bindingVariable, "binding.type": .bindingType, "returns": .returns,
      "scope": .scope, "route": .route, "route.method": .routeMethod, "route.methods": .routeMethods,
      "route.path": .routePath, "route.handler": .routeHandler, "route.receiver": .routeReceiver,
      "route.arguments": .routeArguments, "route.prefix": .routePrefix,
    ]
    guard let role = fixed[captureName] else { return nil }
    self = role
  }
}

extension String {
  fileprivate func dropPrefix(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }
}
