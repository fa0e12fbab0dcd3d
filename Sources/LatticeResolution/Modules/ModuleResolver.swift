import LatticeModel

/// Maps a module specifier written in one file to the project file it names.
/// One implementation per language family; nil means the module is outside the project.
protocol ModuleResolver {
  func resolve(_ specifier: String, from file: String) -> String?
  /// The specifier of a submodule named `name` inside the module `specifier`, when the language
  /// has submodules (`from pkg import mod`); nil otherwise.
  func submoduleSpecifier(_ specifier: String, name: String) -> String?
  /// The package whose top-level names `file` sees without importing them (PackageScope); nil for none.
  func package(of file: String) -> String?
}

extension ModuleResolver {
  func package(of file: String) -> String? { nil }
}
