import LatticeExtraction
import LatticeModel

/// The languages Lattice indexes and what it extracts from each (`lattice languages`).
public enum LanguageCatalog {
  public static var all: [LanguageSupport] { Language.allCases.sorted().map(LanguageRegistry.support(of:)) }
}
