# Lattice developer tasks. `make help` lists them.
SWIFT ?= swift
PREFIX ?= /usr/local
# The quick start's default repository: Flask's source, pinned, fetched from PyPI.
REPO ?= $(shell scripts/demo-repository.sh)
QUERY ?= url for
SYMBOL ?= Flask.add_url_rule
# Fixture repositories are test data in their own style (markers sit on exact lines): not formatted.
FORMAT_PATHS := Sources Plugins Package.swift $(shell find Tests -name "*.swift" -not -path "Tests/Fixtures/*" | sort)

.PHONY: help setup build release test lint format quickstart install uninstall clean bench accuracy

help:
	@echo "make quickstart [REPO=path]  set up, build, index REPO (default: Flask 3.1.0 from PyPI) and query it"
	@echo "make test                    run the whole test suite (Swift tests, the MCP end-to-end suite, the accuracy smoke test)"
	@echo "make build | release         debug / release build"
	@echo "make accuracy                callers/definition accuracy vs jedi, go/types, the TS service, sourcekit-lsp (docs/accuracy.md; ~15 min)"
	@echo "make bench                   speed and scale vs ctags and peers (docs/benchmarks.md; minutes)"
	@echo "make lint | format           check / apply swift-format (config: .swift-format)"
	@echo "make install [PREFIX=/usr/local]  install the lattice binary and bash/zsh/fish completions"
	@echo "make clean                   remove build outputs and fetched tree-sitter sources"

# Fetches the pinned tree-sitter sources (idempotent).
setup:
	@scripts/setup-tree-sitter.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product lattice

# Swift tests, then the MCP server driven by the official Python MCP client (Tests/MCP/run.sh).
# The file-watcher tests wait for events within time bounds: they run on their own, after the rest,
# so that CPU-heavy tests (indexing every fixture) cannot starve them on a small machine.
WATCH_TESTS = FileWatcherTests|PollingWatcherTests|DebouncerTests|LiveIndexTests
test: setup
	$(SWIFT) test --parallel --skip '$(WATCH_TESTS)'
	$(SWIFT) test --filter '$(WATCH_TESTS)'
	Tests/MCP/run.sh
	bench/accuracy/smoke.sh

lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format $(FORMAT_PATHS)
	python3 scripts/query-generators/regenerate.py --check

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format $(FORMAT_PATHS)

quickstart: release
	.build/release/lattice index $(REPO)
	.build/release/lattice status --root $(REPO)
	.build/release/lattice query --root $(REPO) --limit 5 $(QUERY)
	.build/release/lattice callers --root $(REPO) --limit 10 $(SYMBOL)
	@echo "Try: .build/release/lattice --help, and the commands above with --json."

# One self-contained binary (query files are embedded) plus shell completions.
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 0755 .build/release/lattice "$(DESTDIR)$(PREFIX)/bin/lattice"
	.build/release/lattice --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/lattice"
	.build/release/lattice --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lattice"
	.build/release/lattice --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lattice.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/lattice" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/lattice" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lattice" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lattice.fish"

clean:
	rm -rf .build ThirdParty

# Speed and scale against ctags and the PyPI peers (docs/benchmarks.md). Takes minutes; not part of test.
# The JDK and Linux corpora are opt-in: make bench CORPORA="jdk linux".
CORPORA ?= django gin tokio swift-nio typescript
bench: release
	bench/scale/prepare.sh $(CORPORA)
	python3 bench/scale/run.py $(CORPORA)

# Precision and recall of `lattice callers`, and `lattice definition` correctness, against jedi on pinned
# PyPI projects, go/types on gin and the TypeScript language service on axios (both from Debian), and
# sourcekit-lsp on swift-argument-parser and swift-algorithms from the package mirror (docs/accuracy.md).
accuracy: release
	bench/accuracy/run.sh
	bench/accuracy/go/run.sh
	bench/accuracy/ts/run.sh
	bench/accuracy/swift/run.sh
	bench/accuracy/swift/run.sh swift-algorithms 1.2.1
