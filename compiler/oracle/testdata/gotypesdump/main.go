// Command gotypesdump prints what go/types records about a package (every expression's type and constant value,
// every identifier's object) in exactly the text form of tsgo's compiler/types/dump.ts, so that the two checkers can
// be compared line by line. Imports are loaded from source by a recursive importer over go/build's default context
// (linux/amd64, cgo disabled), the same file selection tsgo's GOROOT importer makes.
//
// Usage:
//
//	gotypesdump importpath...        dump standard-library packages
//	gotypesdump file.go...           dump the files as one package named main
//	gotypesdump -bench importpath... parse, then check the packages and all their dependencies; print timings
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

type pkgInfo struct {
	path  string
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
}

type loader struct {
	fset     *token.FileSet
	ctx      build.Context
	pkgs     map[string]*pkgInfo
	parsed   map[string][]*ast.File
	parseDur time.Duration
	checkDur time.Duration
	errs     []string
	withInfo bool
}

func newLoader() *loader {
	os.Setenv("GO111MODULE", "off") // resolve std's vendored packages under GOROOT/src/vendor, without go.mod
	ctx := build.Default
	ctx.CgoEnabled = false
	ctx.GOOS, ctx.GOARCH = "linux", "amd64"
	return &loader{fset: token.NewFileSet(), ctx: ctx, pkgs: map[string]*pkgInfo{}, parsed: map[string][]*ast.File{}}
}

func (l *loader) bp(path string) (*build.Package, error) {
	bp, err := l.ctx.Import(path, filepath.Join(l.ctx.GOROOT, "src"), 0)
	if err != nil && !strings.HasPrefix(path, "vendor/") {
		if vbp, verr := l.ctx.Import("vendor/"+path, filepath.Join(l.ctx.GOROOT, "src"), 0); verr == nil {
			return vbp, nil
		}
	}
	return bp, err
}

// parseAll parses a package and its dependencies (depth first) without checking them.
func (l *loader) parseAll(path string) {
	if path == "unsafe" || path == "C" {
		return
	}
	bp, err := l.bp(path)
	if err != nil {
		l.errs = append(l.errs, err.Error())
		return
	}
	if _, ok := l.parsed[bp.ImportPath]; ok {
		return
	}
	t0 := time.Now()
	var files []*ast.File
	for _, n := range bp.GoFiles {
		f, err := parser.ParseFile(l.fset, filepath.Join(bp.Dir, n), nil, parser.ParseComments)
		if err != nil {
			l.errs = append(l.errs, err.Error())
		}
		files = append(files, f)
	}
	l.parseDur += time.Since(t0)
	l.parsed[bp.ImportPath] = files
	for _, imp := range bp.Imports {
		l.parseAll(imp)
	}
}

// Import implements types.Importer.
func (l *loader) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := l.bp(path)
	if err != nil {
		return nil, err
	}
	if p, ok := l.pkgs[bp.ImportPath]; ok {
		return p.pkg, nil
	}
	l.parseAll(path)
	files := l.parsed[bp.ImportPath]
	for _, imp := range bp.Imports {
		if _, err := l.Import(imp); err != nil {
			return nil, err
		}
	}
	return l.check(bp.ImportPath, files), nil
}

func (l *loader) check(path string, files []*ast.File) *types.Package {
	conf := types.Config{Importer: l, Sizes: paddedSizes{types.SizesFor("gc", "amd64").(*types.StdSizes)}, Error: func(err error) { l.errs = append(l.errs, err.Error()) }}
	var info *types.Info
	if l.withInfo {
		info = &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	}
	t0 := time.Now()
	pkg, _ := conf.Check(path, l.fset, files, info)
	l.checkDur += time.Since(t0)
	l.pkgs[path] = &pkgInfo{path: path, files: files, pkg: pkg, info: info}
	return pkg
}

func main() {
	args := os.Args[1:]
	l := newLoader()
	if len(args) > 0 && args[0] == "-bench" {
		for _, p := range args[1:] {
			l.parseAll(p)
		}
		for _, p := range args[1:] {
			l.Import(p)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("packages %d parse_ms %.1f check_ms %.1f heap_sys_mb %.1f total_alloc_mb %.1f errors %d\n", len(l.pkgs),
			float64(l.parseDur.Microseconds())/1000, float64(l.checkDur.Microseconds())/1000,
			float64(ms.HeapSys)/(1<<20), float64(ms.TotalAlloc)/(1<<20), len(l.errs))
		for _, e := range l.errs {
			fmt.Fprintln(os.Stderr, e)
		}
		return
	}
	var goFiles []string
	for _, a := range args {
		if strings.HasSuffix(a, ".go") {
			goFiles = append(goFiles, a)
		}
	}
	if len(goFiles) > 0 {
		var files []*ast.File
		for _, f := range goFiles {
			af, err := parser.ParseFile(l.fset, f, nil, parser.ParseComments)
			if err != nil {
				l.errs = append(l.errs, err.Error())
			}
			files = append(files, af)
		}
		for _, f := range files {
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				l.Import(p)
			}
		}
		l.withInfo = true
		l.check("main", files)
		dump(l, l.pkgs["main"])
	} else {
		for _, p := range args {
			l.Import(p) // dependencies without Info
			bp, _ := l.bp(p)
			l.withInfo = true
			delete(l.pkgs, bp.ImportPath)
			l.check(bp.ImportPath, l.parsed[bp.ImportPath])
			l.withInfo = false
			dump(l, l.pkgs[bp.ImportPath])
		}
	}
	for _, e := range l.errs {
		fmt.Fprintln(os.Stderr, e)
	}
}

type entry struct {
	file     int
	pos, end int
	tag      int
	text     string
}

func dump(l *loader, p *pkgInfo) {
	fileIndex := map[*token.File]int{}
	for i, f := range p.files {
		fileIndex[l.fset.File(f.Pos())] = i
	}
	var es []entry
	loc := func(pos token.Pos) (int, int, bool) {
		tf := l.fset.File(pos)
		i, ok := fileIndex[tf]
		return i, tf.Offset(pos), ok
	}
	lc := func(pos token.Pos) string {
		ps := l.fset.Position(pos)
		return fmt.Sprintf("%d:%d", ps.Line, ps.Column)
	}
	real := map[ast.Node]bool{}
	for _, f := range p.files {
		ast.Inspect(f, func(n ast.Node) bool {
			real[n] = true
			return true
		})
	}
	for e, tv := range p.info.Types {
		if tv.IsBuiltin() || !real[e] { // go/types records a synthetic 1 for x++
			continue
		}
		fi, off, ok := loc(e.Pos())
		if !ok {
			continue
		}
		_, end, _ := loc(e.End())
		kind := reflect.TypeOf(e).Elem().Name()
		s := fmt.Sprintf("%s-%s T %s %s %s", lc(e.Pos()), lc(e.End()), kind, mode(tv), typeStr(tv.Type))
		if tv.Value != nil {
			s += " = " + tv.Value.String()
		}
		es = append(es, entry{fi, off, end, 0, s})
	}
	add := func(id *ast.Ident, obj types.Object, tag int) {
		fi, off, ok := loc(id.Pos())
		if !ok {
			return
		}
		t := "D"
		if tag == 2 {
			t = "U"
		}
		es = append(es, entry{fi, off, off + len(id.Name), tag, fmt.Sprintf("%s %s %s %s", lc(id.Pos()), t, id.Name, objStr(l.fset, obj))})
	}
	for id, obj := range p.info.Defs {
		add(id, obj, 1)
	}
	for id, obj := range p.info.Uses {
		add(id, obj, 2)
	}
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.file != b.file {
			return a.file < b.file
		}
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		if a.end != b.end {
			return a.end > b.end
		}
		if a.tag != b.tag {
			return a.tag < b.tag
		}
		return a.text < b.text
	})
	fmt.Printf("== package %s\n", p.path)
	cur := -1
	for _, e := range es {
		if e.file != cur {
			cur = e.file
			fmt.Printf("-- %s\n", filepath.Base(l.fset.File(p.files[cur].Pos()).Name()))
		}
		fmt.Println(e.text)
	}
}

func mode(tv types.TypeAndValue) string {
	switch {
	case tv.IsVoid():
		return "novalue"
	case tv.IsType():
		return "typexpr"
	case tv.Value != nil:
		return "constant"
	case tv.Addressable():
		return "variable"
	case tv.Assignable():
		return "mapindex"
	case tv.HasOk():
		return "commaok"
	}
	return "value"
}

func objStr(fset *token.FileSet, obj types.Object) string {
	if obj == nil {
		return "<nil>"
	}
	decl := "-"
	if obj.Pos().IsValid() {
		ps := fset.Position(obj.Pos())
		decl = fmt.Sprintf("%s:%d:%d", filepath.Base(ps.Filename), ps.Line, ps.Column)
	}
	switch o := obj.(type) {
	case *types.Var:
		k := "var"
		if o.IsField() {
			k = "field"
		}
		return fmt.Sprintf("%s %s (decl %s)", k, typeStr(o.Type()), decl)
	case *types.Const:
		return fmt.Sprintf("const %s = %s (decl %s)", typeStr(o.Type()), o.Val().String(), decl)
	case *types.TypeName:
		k := "type"
		if o.IsAlias() {
			k = "alias"
		}
		return fmt.Sprintf("%s %s (decl %s)", k, typeStr(o.Type()), decl)
	case *types.Func:
		return fmt.Sprintf("func %s (decl %s)", typeStr(o.Type()), decl)
	case *types.PkgName:
		return fmt.Sprintf("package %s (decl %s)", o.Imported().Path(), decl)
	case *types.Builtin:
		return "builtin"
	case *types.Label:
		return fmt.Sprintf("label (decl %s)", decl)
	case *types.Nil:
		return "nil"
	}
	return "?"
}

// typeStr is types.TypeString with package-path qualification; the byte and rune aliases keep their spelling, as
// tsgo's type model keeps it (Typ.byte, Typ.rune).
func typeStr(t types.Type) string {
	return types.TypeString(t, nil)
}

