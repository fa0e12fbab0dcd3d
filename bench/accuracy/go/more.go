// Ground truth for `lattice callees`, `refs` and `implementations`, from the type-checking runs of
// truth.go (every package with its tests, under every build configuration, joined by position).
// truth.go calls the hooks below; each file is written only when its flag is given.
//
// -callees: for every func declaration (as truth.go's symbols, without interface methods: they have
// no body), the calls in its body, closures included, whose callee identifier resolves to a function
// or method declared in the repository, as [site line, callee file, callee line, callee name]: the
// callers truth read from the caller's side, so a call through an interface names the interface
// method. "dispatch" lists the repository methods such a call can reach (truth.go's dispatch_sites);
// "other_sites" what a caller-side tool may also list that is not a function call: conversions to
// repository types, calls of repository function-valued variables and fields (c.handlers[c.index](c)),
// composite literals of repository types (JSON{…}), with a fifth column "conversion", "function
// value" or "composite literal". The scorer counts neither dispatch nor other_sites, and reports a
// returned one apart.
//
// -refs: for every package-level function, named type (not an alias), var and const, and every
// method of a package-level type (interface methods included), the (file, line) of every identifier
// that types.Info.Uses resolves to it (the declaration itself is a Def, not a Use).
//
// -implementations: for every package-level interface with methods, the repository's named types T
// (package-level or declared in a function) such that T or *T implements it (types.Implements), and
// apart, the repository's other interfaces whose method set contains it ("sub_interfaces").
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sort"
	"strings"
)

var (
	calleesOut = flag.String("callees", "", "also write the callees truth to this file")
	refsOut    = flag.String("refs", "", "also write the references truth to this file")
	implsOut   = flag.String("implementations", "", "also write the implementations truth to this file")
)

// question is one definition asked about; its answer sets are keyed by a comparable row.
type question struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	asked  bool
	sets   map[string]map[row]bool // "callees", "dispatch", "other_sites", "refs", "implementations", "sub_interfaces"
}

// row: a callee [site line, file, line, name, kind?], a reference [file, line], a type [file, line, name].
type row struct {
	Site       int
	File       string
	Line       int
	Name, Kind string
}

var (
	functions  = map[token.Position]*question{}
	references = map[token.Position]*question{}
	interfaces = map[token.Position]*question{}
	localTypes = map[*types.Package][]*types.TypeName{} // named types declared inside functions
	recorded   []*types.Package                         // this configuration's recorded packages
)

func questionAt(m map[token.Position]*question, obj types.Object) *question {
	p, ok := relative(obj.Pos())
	if !ok {
		return nil
	}
	q := m[p]
	if q == nil {
		q = &question{File: p.Filename, Line: p.Line, Column: p.Column - 1, Name: obj.Name(), sets: map[string]map[row]bool{}}
		m[p] = q
	}
	return q
}

func (q *question) add(set string, r row) {
	if q.sets[set] == nil {
		q.sets[set] = map[row]bool{}
	}
	q.sets[set][r] = true
}

// enclosingFunc: the top-level func declaration around a call (nil at package level).
func enclosingFunc(f *ast.File, n ast.Node) *ast.FuncDecl {
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Pos() <= n.Pos() && n.End() <= fd.End() {
			return fd
		}
	}
	return nil
}

func functionOf(fd *ast.FuncDecl, info *types.Info) *question {
	if fd == nil || fd.Name.Name == "_" || info.Defs[fd.Name] == nil {
		return nil
	}
	return questionAt(functions, info.Defs[fd.Name])
}

// noteCall: a call at site inside fd resolves to fn (dispatch: fn is a method an interface call reaches).
func noteCall(fd *ast.FuncDecl, info *types.Info, at site, fn *types.Func, dispatch bool) {
	q := functionOf(fd, info)
	p, ok := relative(fn.Pos())
	if q == nil || !ok {
		return
	}
	set := "callees"
	if dispatch {
		set = "dispatch"
	}
	q.add(set, row{Site: at.Line, File: p.Filename, Line: p.Line, Name: fn.Name()})
}

// noteOtherCall: a call whose callee is not a function: a conversion to a repository type, or a
// repository variable or field of function type (parameters and locals are left out).
func noteOtherCall(fd *ast.FuncDecl, info *types.Info, id *ast.Ident) {
	kind := ""
	switch o := info.Uses[id].(type) {
	case *types.TypeName:
		kind = "conversion"
	case *types.Var:
		if o.IsField() || o.Pkg() != nil && o.Parent() == o.Pkg().Scope() {
			kind = "function value"
		}
	}
	q := functionOf(fd, info)
	if kind == "" || q == nil {
		return
	}
	obj := info.Uses[id]
	p, ok := relative(obj.Pos())
	at, _ := relative(id.Pos())
	if ok {
		q.add("other_sites", row{Site: at.Line, File: p.Filename, Line: p.Line, Name: obj.Name(), Kind: kind})
	}
}

// refKind: what a reference question calls obj, or "" when obj is not one.
func refKind(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil || obj.Name() == "_" {
		return ""
	}
	top := obj.Parent() == obj.Pkg().Scope()
	switch o := obj.(type) {
	case *types.Func:
		if recv := o.Type().(*types.Signature).Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok && n.Obj().Parent() == n.Obj().Pkg().Scope() {
				return "method"
			}
			return "" // a method of an interface literal
		}
		if top {
			return "function"
		}
	case *types.TypeName:
		if top && !o.IsAlias() {
			return "type"
		}
	case *types.Var:
		if top {
			return "var"
		}
	case *types.Const:
		if top {
			return "const"
		}
	}
	return ""
}

// recordMore: definitions and references of one checked package (truth.go's recordPackage does the calls).
func recordMore(pkg *types.Package, files []*ast.File, info *types.Info) {
	if pkg == nil {
		return
	}
	recorded = append(recorded, pkg)
	for _, f := range files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if q := functionOf(fd, info); q != nil {
					q.asked = true
				}
			}
		}
	}
	for id, obj := range info.Defs {
		if kind := refKind(obj); kind != "" {
			q := questionAt(references, obj)
			q.Kind, q.asked = kind, true
		}
		if tn, ok := obj.(*types.TypeName); ok && tn.Parent() != pkg.Scope() && tn.Parent() != nil && !tn.IsAlias() && id.Name != "_" {
			localTypes[pkg] = append(localTypes[pkg], tn)
		}
	}
	for _, f := range files { // composite literals T{…}, pkg.T{…}: other_sites of callees
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || lit.Type == nil {
				return true
			}
			id, _ := lit.Type.(*ast.Ident)
			if sel, ok := lit.Type.(*ast.SelectorExpr); ok {
				id = sel.Sel
			}
			q := functionOf(enclosingFunc(f, lit), info)
			if id == nil || q == nil {
				return true
			}
			tn, ok := info.Uses[id].(*types.TypeName)
			p, in := relative(id.Pos())
			if !ok || !in {
				return true
			}
			if d, repo := relative(tn.Pos()); repo {
				q.add("other_sites", row{Site: p.Line, File: d.Filename, Line: d.Line, Name: tn.Name(), Kind: "composite literal"})
			}
			return true
		})
	}
	for id, obj := range info.Uses {
		if fn, ok := obj.(*types.Func); ok {
			obj = fn.Origin()
		}
		at, ok := relative(id.Pos())
		if refKind(obj) == "" || !ok {
			continue
		}
		if q := questionAt(references, obj); q != nil {
			q.add("refs", row{File: at.Filename, Line: at.Line})
		}
	}
}

// implementationsIn: after a configuration's packages are checked, every (interface, type) pair of
// the repository that implements. A pair is only comparable inside one set of package instances
// (a test variant and the non-test variants it imports are different *types.Package values), so
// each recorded package is paired with the instances it sees, and all non-test variants together.
func implementationsIn(l *loader, dirs []string) {
	if *implsOut == "" {
		recorded = nil
		return
	}
	l.quiet = true // every non-test variant, also those no other package imports
	for _, dir := range dirs {
		l.load(dir)
	}
	l.quiet = false
	var all []*types.Package
	for _, path := range sortedPkgPaths(l.pkgs) {
		if p := l.pkgs[path]; p != nil {
			all = append(all, p)
		}
	}
	implementsAmong(all)
	for _, r := range recorded {
		seen := map[string]bool{}
		var universe []*types.Package
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if _, in := l.dirOf(strings.TrimSuffix(p.Path(), "_test")); !in || seen[p.Path()] {
				return
			}
			seen[p.Path()] = true
			universe = append(universe, p)
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(r)
		for _, p := range all {
			if !seen[p.Path()] {
				universe = append(universe, p)
			}
		}
		implementsAmong(universe)
	}
	recorded = nil
}

func sortedPkgPaths(m map[string]*types.Package) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func implementsAmong(universe []*types.Package) {
	var named []*types.Named
	var ifaces []*types.Named
	for _, p := range universe {
		var names []*types.TypeName
		for _, name := range p.Scope().Names() {
			if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
				names = append(names, tn)
			}
		}
		names = append(names, localTypes[p]...)
		for _, tn := range names {
			n, ok := tn.Type().(*types.Named)
			if !ok || n.TypeParams().Len() > 0 || n.Underlying() == types.Typ[types.Invalid] {
				continue
			}
			named = append(named, n)
			if it, ok := n.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && tn.Parent() == p.Scope() {
				ifaces = append(ifaces, n)
			}
		}
	}
	for _, in := range ifaces {
		q := questionAt(interfaces, in.Obj())
		if q == nil {
			continue
		}
		q.asked = true
		iface := in.Underlying().(*types.Interface)
		for _, t := range named {
			p, ok := relative(t.Obj().Pos())
			if t == in || !ok {
				continue
			}
			r := row{File: p.Filename, Line: p.Line, Name: t.Obj().Name()}
			if types.IsInterface(t) {
				if types.Implements(t, iface) {
					q.add("sub_interfaces", r)
				}
			} else if types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface) {
				q.add("implementations", r)
			}
		}
	}
}

// rows: one answer set as JSON arrays, sorted.
func rows(m map[row]bool, columns func(row) []any) [][]any {
	list := make([]row, 0, len(m))
	for r := range m {
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Site != b.Site {
			return a.Site < b.Site
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Name < b.Name
	})
	out := make([][]any, 0, len(list))
	for _, r := range list {
		out = append(out, columns(r))
	}
	return out
}

// writeMore writes the files asked for; section is the key of the question list, sets the answer
// sets each question carries (the first is the scored one, always present).
func writeMore() {
	callee := func(r row) []any {
		if r.Kind != "" {
			return []any{r.Site, r.File, r.Line, r.Name, r.Kind}
		}
		return []any{r.Site, r.File, r.Line, r.Name}
	}
	ref := func(r row) []any { return []any{r.File, r.Line} }
	typ := func(r row) []any { return []any{r.File, r.Line, r.Name} }
	write(*calleesOut, "functions", functions, []string{"callees", "dispatch", "other_sites"}, callee)
	write(*refsOut, "symbols", references, []string{"refs"}, ref)
	write(*implsOut, "interfaces", interfaces, []string{"implementations", "sub_interfaces"}, typ)
}

func write(path, section string, questions map[token.Position]*question, sets []string, columns func(row) []any) {
	if path == "" {
		return
	}
	var list []map[string]any
	answers := 0
	for _, q := range questions {
		if !q.asked {
			continue
		}
		entry := map[string]any{"file": q.File, "line": q.Line, "column": q.Column, "name": q.Name}
		if q.Kind != "" {
			entry["kind"] = q.Kind
		}
		for i, set := range sets {
			if i == 0 || len(q.sets[set]) > 0 {
				entry[set] = rows(q.sets[set], columns)
			}
		}
		answers += len(q.sets[sets[0]])
		list = append(list, entry)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a["file"] != b["file"] {
			return a["file"].(string) < b["file"].(string)
		}
		if a["line"] != b["line"] {
			return a["line"].(int) < b["line"].(int)
		}
		return a["column"].(int) < b["column"].(int)
	})
	f, err := os.Create(path)
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"tool": "go/types (" + runtime.Version() + ")", section: list}); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "truth: %s: %d %s, %d %s\n", path, len(list), section, answers, sets[0])
}
