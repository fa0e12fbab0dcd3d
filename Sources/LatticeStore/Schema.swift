import GRDB

/// The database schema as append-only migrations. Never edit a shipped migration: add one.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-graph") { db in
      try db.execute(
        sql: """
          CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

          CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            language TEXT,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'skipped')),
            error_count INTEGER NOT NULL DEFAULT 0,
            skip_reason TEXT,
            CHECK ((status = 'skipped') = (skip_reason IS NOT NULL))
          );

          CREATE TABLE symbols (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            qualified_name TEXT NOT NULL,
            language TEXT NOT NULL,
            start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
            end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
            start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
            signature TEXT NOT NULL,
            docstring TEXT,
            parent_key TEXT,
            decorators TEXT NOT NULL DEFAULT '',
            body_hash TEXT NOT NULL,
            return_type TEXT,
            search_words TEXT NOT NULL
          );
          CREATE INDEX symbols_name ON symbols(name);
          CREATE INDEX symbols_lower_name ON symbols(lower(name));
          CREATE INDEX symbols_qualified_name ON symbols(qualified_name);
          CREATE INDEX symbols_file_line ON symbols(file_id, start_line);
          CREATE INDEX symbols_parent ON symbols(parent_key);

          CREATE TABLE raw_refs (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            from_key TEXT NOT NULL,
            name TEXT NOT NULL,
            receiver TEXT,
            kind TEXT NOT NULL,
            line INTEGER NOT NULL, col INTEGER NOT NULL,
            byte INTEGER NOT NULL
          );
          CREATE INDEX raw_refs_file ON raw_refs(file_id);

          CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_name TEXT,
            local_name TEXT,
            line INTEGER NOT NULL, col INTEGER NOT NULL
          );
          CREATE INDEX imports_file ON imports(file_id);

          CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            exported_name TEXT NOT NULL,
            local_name TEXT NOT NULL
          );
          CREATE INDEX exports_file ON exports(file_id);

          CREATE TABLE type_bindings (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            scope_key TEXT NOT NULL,
            variable TEXT NOT NULL,
            type_name TEXT NOT NULL,
            line INTEGER NOT NULL, col INTEGER NOT NULL,
            visible_start INTEGER,
            visible_end INTEGER
          );
          CREATE INDEX type_bindings_file ON type_bindings(file_id);

          -- Derived by resolution; rebuilt whole after every index run.
          CREATE TABLE edges (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL,
            target_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL, col INTEGER NOT NULL,
            provenance TEXT NOT NULL CHECK (provenance IN ('syntax', 'name-match', 'framework')),
            confidence REAL NOT NULL CHECK (confidence > 0 AND confidence <= 1)
          );
          CREATE INDEX edges_source ON edges(source_key, kind);
          CREATE INDEX edges_target ON edges(target_key, kind);
          CREATE INDEX edges_site ON edges(file, line);

          CREATE TABLE unresolved_refs (
            id INTEGER PRIMARY KEY,
            from_key TEXT NOT NULL,
            file TEXT NOT NULL,
            name TEXT NOT NULL,
            receiver TEXT,
            kind TEXT NOT NULL,
            line INTEGER NOT NULL, col INTEGER NOT NULL,
            reason TEXT NOT NULL,
            candidate_count INTEGER NOT NULL,
            candidates TEXT NOT NULL DEFAULT ''
          );
          CREATE INDEX unresolved_site ON unresolved_refs(file, line);
          CREATE INDEX unresolved_name ON unresolved_refs(name);

          CREATE VIRTUAL TABLE symbols_fts USING fts5(
            name, qualified_name, search_words, signature, docstring,
            content='symbols', content_rowid='id', tokenize='unicode61'
          );
          """)
    }
    migrator.registerMigration("v2-blind-spots") { db in
      try db.execute(
        sql: """
          CREATE TABLE blind_spots (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            line INTEGER NOT NULL,
            symbol_key TEXT NOT NULL
          );
          CREATE INDEX blind_spots_symbol ON blind_spots(symbol_key);
          CREATE INDEX blind_spots_file ON blind_spots(file_id);
          """)
    }
    // Go's implicitly satisfied interfaces add the `structural` provenance. Edges are derived (the
    // next index run rebuilds them), so the table is recreated rather than copied.
    migrator.registerMigration("v3-structural-provenance") { db in
      try db.execute(
        sql: """
          DROP TABLE edges;
          CREATE TABLE edges (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL,
            target_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL, col INTEGER NOT NULL,
            provenance TEXT NOT NULL CHECK (provenance IN ('syntax', 'name-match', 'framework', 'structural')),
            confidence REAL NOT NULL CHECK (confidence > 0 AND confidence <= 1)
          );
          CREATE INDEX edges_source ON edges(source_key, kind);
          CREATE INDEX edges_target ON edges(target_key, kind);
          CREATE INDEX edges_site ON edges(file, line);
          """)
    }
    // Scoped re-resolution finds the files that mention a changed name (IndexStore.filesMentioning).
    migrator.registerMigration("v4-name-lookups") { db in
      try db.execute(
        sql: """
          CREATE INDEX raw_refs_name ON raw_refs(name);
          CREATE INDEX imports_imported_name ON imports(imported_name);
          CREATE INDEX imports_local_name ON imports(local_name);
          """)
    }
    // Files compiled only under some build settings (Go `//go:build`): `BuildConstraint`'s raw value,
    // 0 every build, 1 not the default build, 2 the default build among others (the column's name
    // predates the third value).
    migrator.registerMigration("v5-build-exclusion") { db in
      try db.execute(sql: "ALTER TABLE files ADD COLUMN excluded_from_default_build INTEGER NOT NULL DEFAULT 0")
    }
    // Swift calls with a trailing closure (RawReference.trailingClosure).
    migrator.registerMigration("v6-trailing-closures") { db in
      try db.execute(sql: "ALTER TABLE raw_refs ADD COLUMN trailing_closure INTEGER NOT NULL DEFAULT 0")
    }
    // The graph names symbols and files by integer id instead of repeating their keys and paths on
    // every edge (most of a large index's size, and of the write-ahead log while its indexes are
    // built). A symbol keeps its id while its key lives (`IndexStore.replace`), and AUTOINCREMENT
    // never gives a retired id to another symbol, so an edge can never silently change target.
    // Ids no longer follow a file's order, so `ordinal` keeps each symbol's place among its
    // file's definitions (resolution's lists are in source order, and `pick` takes the last).
    // Every fact is dropped: the next run parses the repository again.
    migrator.registerMigration("v7-integer-graph") { db in
      try db.execute(
        sql: """
          DELETE FROM raw_refs; DELETE FROM imports; DELETE FROM exports; DELETE FROM type_bindings;
          DELETE FROM blind_spots; DELETE FROM unresolved_refs; DELETE FROM files;
          INSERT INTO symbols_fts(symbols_fts) VALUES ('delete-all');
          DELETE FROM meta WHERE key IN ('extraction_fingerprint', 'resolver_build', 'index_state');
          DROP TABLE symbols;
          CREATE TABLE symbols (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            qualified_name TEXT NOT NULL,
            language TEXT NOT NULL,
            start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
            end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
            start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
            signature TEXT NOT NULL,
            docstring TEXT,
            parent_key TEXT,
            decorators TEXT NOT NULL DEFAULT '',
            body_hash TEXT NOT NULL,
            return_type TEXT,
            search_words TEXT NOT NULL,
            ordinal INTEGER NOT NULL
          );
          CREATE INDEX symbols_name ON symbols(name);
          CREATE INDEX symbols_lower_name ON symbols(lower(name));
          CREATE INDEX symbols_qualified_name ON symbols(qualified_name);
          CREATE INDEX symbols_file_order ON symbols(file_id, ordinal);
          CREATE INDEX symbols_parent ON symbols(parent_key);
          DROP TABLE edges;
          \(edgesTable("edges"))
          CREATE INDEX edges_source ON edges(source_id, kind);
          CREATE INDEX edges_target ON edges(target_id, kind);
          CREATE INDEX edges_site ON edges(file_id, line);
          CREATE TABLE retired_symbols (key TEXT PRIMARY KEY NOT NULL, id INTEGER NOT NULL);
          """)
    }
    // A page of a symbol's callers is read file by file, library files first and then in path
    // order (`IndexStore.edges(to:kinds:testsLast:limit:)`), instead of sorting every one of its
    // callers (24,377 for the kernel's `dev_dbg`): the edges into a symbol are indexed by file, and
    // a file says whether it is test code (`TestPaths`, computed once rather than per edge).
    migrator.registerMigration("v8-callers-by-file") { db in
      try db.execute(
        sql: """
          ALTER TABLE files ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0;
          UPDATE files SET is_test = \(IndexStore.isTestFunction)(path);
          DROP INDEX IF EXISTS edges_target;
          DROP INDEX IF EXISTS edges_target_alt;
          CREATE INDEX edges_target ON edges(target_id, kind, file_id);
          """)
    }
    return migrator
  }

  /// The edge table of migration v7: source and target are `symbols.id`, the site's file `files.id`.
  private static func edgesTable(_ name: String) -> String {
    """
    CREATE TABLE \(name) (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL,
      target_id INTEGER NOT NULL,
      kind TEXT NOT NULL,
      file_id INTEGER NOT NULL,
      line INTEGER NOT NULL, col INTEGER NOT NULL,
      provenance TEXT NOT NULL CHECK (provenance IN ('syntax', 'name-match', 'framework', 'structural')),
      confidence REAL NOT NULL CHECK (confidence > 0 AND confidence <= 1)
    );
    """
  }

  /// The current shape of the tables resolution derives (edges, unresolved references, the search
  /// index), created beside the live ones as `<name>_next` by a whole-graph rebuild
  /// (`IndexStore.beginGraphRebuild`). Must match the latest migration of each table.
  static let derivedTables =
    edgesTable("edges_next")
      + """
      CREATE TABLE unresolved_next (
        id INTEGER PRIMARY KEY,
        from_key TEXT NOT NULL,
        file TEXT NOT NULL,
        name TEXT NOT NULL,
        receiver TEXT,
        kind TEXT NOT NULL,
        line INTEGER NOT NULL, col INTEGER NOT NULL,
        reason TEXT NOT NULL,
        candidate_count INTEGER NOT NULL,
        candidates TEXT NOT NULL DEFAULT ''
      );
      CREATE VIRTUAL TABLE symbols_fts_next USING fts5(
        name, qualified_name, search_words, signature, docstring,
        content='symbols', content_rowid='id', tokenize='unicode61'
      );
      """

  /// The indexes of the shadow tables, built once they are filled (one sorted pass each, far
  /// cheaper than keeping them in step row by row). Same columns as the live tables' indexes; each
  /// takes its name or the name + `_alt`, whichever the live table's index does not (`taken`), as
  /// renaming a table keeps its indexes' names.
  static func derivedIndexes(taken: Set<String>) -> [String] {
    [
      ("edges_source", "edges_next(source_id, kind)"),
      ("edges_target", "edges_next(target_id, kind, file_id)"),
      ("edges_site", "edges_next(file_id, line)"),
      ("unresolved_site", "unresolved_next(file, line)"),
      ("unresolved_name", "unresolved_next(name)"),
    ].map { name, columns in "CREATE INDEX \(taken.contains(name) ? name + "_alt" : name) ON \(columns)" }
  }
}
