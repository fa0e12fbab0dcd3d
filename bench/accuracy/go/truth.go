// Command truth writes compiler-grade ground truth for "who calls this function or method" in a Go
// repository, in the format of bench/accuracy/python_truth.py:
//
//	{"tool": "go/types (go1.19.8)", "symbols": [{"file", "line", "column", "name", "callers": [[file, line], ...]}]}
//
// Every package folder of the repository is type-checked with go/types (standard library only):
// the package together with its in-package _test.go files, and its external _test package if any.
// Imports inside the repository (by the module path of its go.mod, or -importpath) are type-checked
// from the repository itself; all other imports come from source through
// importer.ForCompiler(fset, "source", nil), i.e. from GOROOT and GOPATH (run with GO111MODULE=off).
//
// Build constraints: a syntax indexer sees every file, the compiler only the files of one build
// configuration. So the repository is checked under several configurations (default, each custom
// build tag named in a //go:build line, older Go release tags) and the results are joined by source
// position; files that no configuration selects are listed on stderr.
//
// Symbols: every func declaration (functions and methods) and every method of a named interface
// type. file is relative to the root, line is the 1-based line of the declaration's name, column
// its 0-based column (as jedi's in the Python truth files), name the bare name ("Next", not
// "Context.Next").
//
// callers: sorted unique (file, line-of-the-callee-name) of every call expression f(...), x.f(...),
// pkg.f(...), T.m(recv, ...), f[T](...) whose callee identifier resolves (types.Info.Uses) to that
// function or method (generic instantiations mapped to their origin). Method values and function
// values that are not called (f := c.Next, r.GET("/", handler)) are not calls; composite literals
// are not calls. A call through an interface counts for the interface method only; the concrete
// methods that such a call can reach (types in the repository that implement the interface) get it
// in "dispatch_sites" instead, which the scorer ignores.
//
// more.go (same package) adds -callees, -refs and -implementations: ground truth for those queries
// from the same type-checking runs.
//
// usage: GO111MODULE=off GOPATH=... go run truth.go more.go [-importpath PATH] [-callees F] [-refs F]
// [-implementations F] REPO > truth.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
)

type site struct {
	File string
	Line int
}

type symbol struct {
	File          string  `json:"file"`
	Line          int     `json:"line"`
	Column        int     `json:"column"`
	Name          string  `json:"name"`
	Callers       [][]any `json:"callers"`
	DispatchSites [][]any `json:"dispatch_sites,omitempty"`
	callers       map[site]bool
	dispatch      map[site]bool
}

// config is one build configuration.
type config struct {
	name    string
	tags    []string
	release string // highest Go release tag ("go1.16"); empty: the toolchain's own
}

var (
	root       string
	importPath string
	fset       = token.NewFileSet()
	external   types.ImporterFrom
	asts       = map[string]*ast.File{} // parsed once, shared by all configurations
	symbols    = map[token.Position]*symbol{}
	checked    = map[string]bool{} // files type-checked in at least one configuration
	typeErrors = map[string]int{}  // configuration -> number of type errors
	verbose    bool
	callLog    map[string]bool // -calls: every call's callee, to audit a scorer's extra sites
)

func main() {
	flag.StringVar(&importPath, "importpath", "", "import path of the repository root (default: module line of REPO/go.mod)")
	flag.BoolVar(&verbose, "v", false, "print the type errors of every configuration")
	calls := flag.String("calls", "", "also write every call expression with what its callee identifier resolves to (TSV: file, line, column, name, object), repository or not")
	flag.Parse()
	if *calls != "" {
		callLog = map[string]bool{}
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: truth [-importpath PATH] REPO > truth.json")
		os.Exit(2)
	}
	var err error
	if root, err = filepath.Abs(flag.Arg(0)); err != nil {
		fatal(err)
	}
	if importPath == "" {
		importPath = modulePath(filepath.Join(root, "go.mod"))
	}
	if importPath == "" {
		fatal(fmt.Errorf("no -importpath and no module line in %s/go.mod", root))
	}
	external = importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)

	dirs := packageDirs()
	for _, cfg := range configurations(dirs) {
		l := &loader{cfg: cfg, ctx: buildContext(cfg), pkgs: map[string]*types.Package{}, loading: map[string]bool{}}
		for _, dir := range dirs {
			l.checkDir(dir)
		}
		implementationsIn(l, dirs) // more.go
	}
	for _, file := range goFiles(dirs) {
		if !checked[file] {
			fmt.Fprintf(os.Stderr, "truth: %s is selected by no build configuration (not in the truth)\n", file)
		}
	}
	names := make([]string, 0, len(typeErrors))
	for name := range typeErrors {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n := typeErrors[name]
		fmt.Fprintf(os.Stderr, "truth: configuration %s: %d type errors (files type-checked twice count twice)\n", name, n)
	}
	out := make([]*symbol, 0, len(symbols))
	for _, s := range symbols {
		s.Callers, s.DispatchSites = sorted(s.callers), sorted(s.dispatch)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	type truthFile struct {
		Tool    string    `json:"tool"`
		Symbols []*symbol `json:"symbols"`
	}
	if err := enc.Encode(truthFile{"go/types (" + runtime.Version() + ")", out}); err != nil {
		fatal(err)
	}
	writeMore() // more.go
	if *calls != "" {
		lines := sortedKeys(callLog)
		if err := os.WriteFile(*calls, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			fatal(err)
		}
	}
	sites := 0
	for _, s := range out {
		sites += len(s.Callers)
	}
	fmt.Fprintf(os.Stderr, "truth: %d symbols, %d call sites, %d files checked\n", len(out), sites, len(checked))
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "truth:", err)
	os.Exit(1)
}

func modulePath(gomod string) string {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return ""
	}
	if m := regexp.MustCompile(`(?m)^module\s+"?([^\s"]+)`).FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}

// packageDirs lists the folders holding .go files, skipping hidden and _-prefixed folders and
// vendor (testdata is kept: a syntax indexer indexes it, and tests import packages from it).
func packageDirs() []string {
	var dirs []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "vendor") {
				return filepath.SkipDir
			}
			if matches, _ := filepath.Glob(filepath.Join(path, "*.go")); len(matches) > 0 {
				dirs = append(dirs, path)
			}
		}
		return nil
	})
	return dirs
}

func goFiles(dirs []string) []string {
	var files []string
	for _, dir := range dirs {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, matches...)
	}
	sort.Strings(files)
	return files
}

// configurations: the default one, one per custom build tag found in the repository's build
// constraints, and one per Go release older than the toolchain that a constraint names.
func configurations(dirs []string) []config {
	configs := []config{{name: "default"}}
	tagRe := regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_.]*`)
	known := map[string]bool{"ignore": true, "cgo": true, "gc": true, "gccgo": true, "unix": true}
	for _, t := range build.Default.ReleaseTags {
		known[t] = true
	}
	for _, os := range strings.Fields("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos") {
		known[os] = true
	}
	for _, arch := range strings.Fields("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm") {
		known[arch] = true
	}
	tags := map[string]bool{}
	releases := map[string]bool{}
	releaseRe := regexp.MustCompile(`^go1\.(\d+)$`)
	current := len(build.Default.ReleaseTags)
	for _, file := range goFiles(dirs) {
		data, _ := os.ReadFile(file)
		for _, line := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(line, "//go:build ") {
				continue
			}
			for _, tag := range tagRe.FindAllString(strings.TrimPrefix(line, "//go:build "), -1) {
				if m := releaseRe.FindStringSubmatch(tag); m != nil {
					var minor int
					fmt.Sscan(m[1], &minor)
					// "go1.17 && !go1.19" needs go1.17 or go1.18; "!go1.17" needs go1.16.
					for _, r := range []int{minor, minor - 1} {
						if r >= 1 && r < current {
							releases[fmt.Sprintf("go1.%d", r)] = true
						}
					}
				} else if !known[tag] {
					tags[tag] = true
				}
			}
		}
	}
	for _, tag := range sortedKeys(tags) {
		configs = append(configs, config{name: "tag " + tag, tags: []string{tag}})
	}
	for _, r := range sortedKeys(releases) {
		configs = append(configs, config{name: "release " + r, release: r})
	}
	return configs
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func buildContext(cfg config) build.Context {
	ctx := build.Default
	ctx.BuildTags = cfg.tags
	if cfg.release != "" {
		var tags []string
		for _, t := range build.Default.ReleaseTags {
			tags = append(tags, t)
			if t == cfg.release {
				break
			}
		}
		ctx.ReleaseTags = tags
	}
	return ctx
}

// loader type-checks the repository's packages under one configuration.
type loader struct {
	cfg     config
	ctx     build.Context
	pkgs    map[string]*types.Package // non-test variants by import path
	loading map[string]bool
	quiet   bool // more.go loading extra packages: their type errors are not counted again
}

func (l *loader) dirOf(path string) (string, bool) {
	if path == importPath {
		return root, true
	}
	if strings.HasPrefix(path, importPath+"/") {
		return filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(path, importPath+"/"))), true
	}
	return "", false
}

func (l *loader) pathOf(dir string) string {
	rel, _ := filepath.Rel(root, dir)
	if rel == "." {
		return importPath
	}
	return importPath + "/" + filepath.ToSlash(rel)
}

// importer resolves repository imports to this configuration's non-test variants, except the
// packages in override (an external test package sees its package with its _test.go files).
type importerFunc func(path, dir string, mode types.ImportMode) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path, "", 0) }
func (f importerFunc) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	return f(path, dir, mode)
}

func (l *loader) importer(override map[string]*types.Package) types.ImporterFrom {
	return importerFunc(func(path, dir string, mode types.ImportMode) (*types.Package, error) {
		if pkg, ok := override[path]; ok {
			return pkg, nil
		}
		if pkgDir, ok := l.dirOf(path); ok {
			return l.load(pkgDir)
		}
		return external.ImportFrom(path, dir, mode)
	})
}

// load type-checks the non-test variant of a repository package (for importers), recording nothing.
func (l *loader) load(dir string) (*types.Package, error) {
	path := l.pathOf(dir)
	if pkg, ok := l.pkgs[path]; ok {
		return pkg, nil
	}
	if l.loading[path] {
		return nil, fmt.Errorf("import cycle through %s", path)
	}
	l.loading[path] = true
	defer delete(l.loading, path)
	bp, err := l.ctx.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	pkg, _ := l.check(path, dir, bp.GoFiles, nil, false)
	l.pkgs[path] = pkg
	return pkg, nil
}

// checkDir type-checks a folder's package with its in-package tests, then its external test
// package, and records definitions and calls of both.
func (l *loader) checkDir(dir string) {
	bp, err := l.ctx.ImportDir(dir, 0)
	if err != nil {
		if _, ok := err.(*build.NoGoError); !ok {
			fmt.Fprintf(os.Stderr, "truth: [%s] %s: %v\n", l.cfg.name, dir, err)
		}
		return
	}
	path := l.pathOf(dir)
	files := append(append([]string{}, bp.GoFiles...), bp.CgoFiles...)
	files = append(files, bp.TestGoFiles...)
	testPkg, _ := l.check(path, dir, files, nil, true)
	if len(bp.XTestGoFiles) > 0 {
		l.check(path+"_test", dir, bp.XTestGoFiles, map[string]*types.Package{path: testPkg}, true)
	}
}

func (l *loader) check(path, dir string, names []string, override map[string]*types.Package, record bool) (*types.Package, *types.Info) {
	var files []*ast.File
	for _, name := range names {
		file := filepath.Join(dir, name)
		f, ok := asts[file]
		if !ok {
			var err error
			f, err = parser.ParseFile(fset, file, nil, parser.ParseComments)
			if err != nil {
				fmt.Fprintf(os.Stderr, "truth: %v\n", err)
			}
			asts[file] = f
		}
		if f != nil {
			files = append(files, f)
		}
	}
	info := &types.Info{
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{
		Importer: l.importer(override),
		Error: func(err error) {
			if l.quiet {
				return
			}
			// Other configurations may lack optional dependencies (e.g. the go_json tag's
			// github.com/goccy/go-json): only their error count is shown, -v shows them all.
			typeErrors[l.cfg.name]++
			if l.cfg.name == "default" || verbose {
				fmt.Fprintf(os.Stderr, "truth: [%s] %v\n", l.cfg.name, err)
			}
		},
	}
	pkg, _ := conf.Check(path, fset, files, info)
	if record {
		for _, name := range names {
			checked[filepath.Join(dir, name)] = true
		}
		recordPackage(pkg, files, info)
		recordMore(pkg, files, info) // more.go
	}
	return pkg, info
}

// relative: position of a repository object or node, as (file relative to root, line, column).
func relative(pos token.Pos) (token.Position, bool) {
	if !pos.IsValid() {
		return token.Position{}, false
	}
	p := fset.Position(pos)
	rel, err := filepath.Rel(root, p.Filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return token.Position{}, false
	}
	p.Filename = filepath.ToSlash(rel)
	p.Offset = 0
	return p, true
}

func symbolAt(obj types.Object) *symbol {
	p, ok := relative(obj.Pos())
	if !ok {
		return nil
	}
	s := symbols[p]
	if s == nil {
		s = &symbol{File: p.Filename, Line: p.Line, Column: p.Column - 1, Name: obj.Name(),
			callers: map[site]bool{}, dispatch: map[site]bool{}}
		symbols[p] = s
	}
	return s
}

func recordPackage(pkg *types.Package, files []*ast.File, info *types.Info) {
	// Definitions: func declarations and methods of named interface types.
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Name.Name != "_" {
					if obj := info.Defs[n.Name]; obj != nil {
						symbolAt(obj)
					}
				}
			case *ast.TypeSpec:
				if it, ok := n.Type.(*ast.InterfaceType); ok {
					for _, field := range it.Methods.List {
						for _, name := range field.Names {
							if obj := info.Defs[name]; obj != nil {
								symbolAt(obj)
							}
						}
					}
				}
			}
			return true
		})
	}
	concrete := repositoryTypes(pkg)
	// Calls.
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fd := enclosingFunc(f, call) // more.go: the function whose callee this is
			fun := call.Fun
			for {
				switch e := fun.(type) {
				case *ast.ParenExpr:
					fun = e.X
					continue
				case *ast.IndexExpr: // f[T](...)
					fun = e.X
					continue
				case *ast.IndexListExpr: // f[T, U](...)
					fun = e.X
					continue
				}
				break
			}
			var id *ast.Ident
			var sel *ast.SelectorExpr
			switch e := fun.(type) {
			case *ast.Ident:
				id = e
			case *ast.SelectorExpr:
				id, sel = e.Sel, e
			default:
				return true
			}
			if callLog != nil {
				logCall(id, info.Uses[id])
			}
			fn, ok := info.Uses[id].(*types.Func)
			if !ok {
				noteOtherCall(fd, info, id) // more.go: conversions, function-valued vars and fields
				return true
			}
			fn = fn.Origin()
			at, ok := relative(id.Pos())
			if !ok {
				return true
			}
			here := site{at.Filename, at.Line}
			if s := symbolAt(fn); s != nil {
				s.callers[here] = true
			}
			noteCall(fd, info, here, fn, false) // more.go
			// A call through an interface: the repository's types that implement it.
			recv := fn.Type().(*types.Signature).Recv()
			if sel == nil || recv == nil || !types.IsInterface(recv.Type()) {
				return true
			}
			var iface *types.Interface
			if selection := info.Selections[sel]; selection != nil {
				iface, _ = selection.Recv().Underlying().(*types.Interface)
			}
			if iface == nil {
				iface, _ = recv.Type().Underlying().(*types.Interface)
			}
			if iface == nil {
				return true
			}
			for _, t := range concrete {
				var impl types.Type
				if types.Implements(t, iface) {
					impl = t
				} else if types.Implements(types.NewPointer(t), iface) {
					impl = types.NewPointer(t)
				} else {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(impl, false, fn.Pkg(), fn.Name())
				if m, ok := obj.(*types.Func); ok {
					if s := symbolAt(m.Origin()); s != nil {
						s.dispatch[here] = true
					}
					if m.Origin() != fn { // a struct embedding the interface promotes fn itself
						noteCall(fd, info, here, m.Origin(), true) // more.go
					}
				}
			}
			return true
		})
	}
}

// repositoryTypes: the non-interface, non-generic named types of pkg and of the repository
// packages it imports, directly or not (package-level types only).
func repositoryTypes(pkg *types.Package) []types.Type {
	if pkg == nil {
		return nil
	}
	seen := map[*types.Package]bool{}
	var out []types.Type
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] || (p.Path() != importPath && !strings.HasPrefix(p.Path(), importPath+"/") &&
			p.Path() != pkg.Path()) {
			return
		}
		seen[p] = true
		scope := p.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
				if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() == 0 && !types.IsInterface(named) {
					out = append(out, named)
				}
			}
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return out
}

func sorted(m map[site]bool) [][]any {
	list := make([]site, 0, len(m))
	for s := range m {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].File != list[j].File {
			return list[i].File < list[j].File
		}
		return list[i].Line < list[j].Line
	})
	out := make([][]any, 0, len(list))
	for _, s := range list {
		out = append(out, []any{s.File, s.Line})
	}
	return out
}

// logCall notes the object a called identifier resolves to: a function or method (qualified by
// package path, with "(in repository)" when declared under the root), a variable or field of
// function type, a type (conversion), a builtin, or nothing.
func logCall(id *ast.Ident, obj types.Object) {
	at, ok := relative(id.Pos())
	if !ok {
		return
	}
	what := "unresolved"
	switch o := obj.(type) {
	case *types.Func:
		o = o.Origin()
		what = "func " + o.FullName()
		if _, in := relative(o.Pos()); in {
			what += " (in repository)"
		}
	case *types.Var:
		what = "var " + o.Name() + " " + o.Type().String()
	case *types.TypeName:
		what = "conversion " + o.Name()
	case *types.Builtin:
		what = "builtin " + o.Name()
	case nil:
	default:
		what = fmt.Sprintf("%T %s", o, o.Name())
	}
	callLog[fmt.Sprintf("%s\t%d\t%d\t%s\t%s", at.Filename, at.Line, at.Column, id.Name, what)] = true
}
