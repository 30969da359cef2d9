// Command godump prints Go files' syntax trees with go/parser in exactly the text form of tsgo's dumpAST
// (compiler/syntax/dump.ts), so that the two parsers can be compared file by file. Usage: go run main.go file.go...
// Each file's dump is preceded by a line "=== <path>".
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"regexp"
	"strings"
)

var (
	fset = token.NewFileSet()
	out  = bufio.NewWriter(os.Stdout)
)

func lc(p token.Pos) string {
	if !p.IsValid() {
		return "-"
	}
	q := fset.Position(p)
	return fmt.Sprintf("%d:%d", q.Line, q.Column)
}

var goDirective = regexp.MustCompile(`^go:[a-z0-9_]`)

type directive struct{ name, args string }

func parseDirective(text string) (directive, bool) {
	if !strings.HasPrefix(text, "//") {
		return directive{}, false
	}
	body := text[2:]
	if !(strings.HasPrefix(body, "go:") || strings.HasPrefix(body, "export ") || body == "export" || strings.HasPrefix(body, "line ")) {
		return directive{}, false
	}
	if strings.HasPrefix(body, "go:") && !goDirective.MatchString(body) {
		return directive{}, false
	}
	sp := strings.IndexAny(body, " \t")
	if sp < 0 {
		return directive{body, ""}, true
	}
	return directive{body[:sp], strings.TrimSpace(body[sp+1:])}, true
}

func directives(ds []directive) string {
	if len(ds) == 0 {
		return ""
	}
	var parts []string
	for _, d := range ds {
		if d.args != "" {
			parts = append(parts, d.name+" "+d.args)
		} else {
			parts = append(parts, d.name)
		}
	}
	return " directives=[" + strings.Join(parts, "; ") + "]"
}

func docDirectives(g *ast.CommentGroup) []directive {
	var ds []directive
	if g != nil {
		for _, c := range g.List {
			if d, ok := parseDirective(c.Text); ok {
				ds = append(ds, d)
			}
		}
	}
	return ds
}

// jsQuote quotes s as JavaScript's JSON.stringify does (only ", \\ and control characters are escaped).
func jsQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// child is one labelled child slot: a node or a list of nodes.
type child struct {
	field  string
	node   ast.Node
	list   []ast.Node
	isList bool
}

func one(field string, n ast.Node) child {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return child{field: field}
	}
	return child{field: field, node: n}
}

func many[T ast.Node](field string, xs []T) child {
	l := make([]ast.Node, len(xs))
	for i, x := range xs {
		l[i] = x
	}
	return child{field: field, list: l, isList: true}
}

// iota indexes of const specs, filled while visiting GenDecls
var iotas = map[*ast.ValueSpec]int{}

// fileEnd is the line:col just past the last byte of the file being dumped (go/token does not count a line
// after a final newline, tsgo's FileSet does).
var fileEnd string

func kindAttrs(n ast.Node, filename string, fileDirs []directive) (string, token.Pos, token.Pos, string, []child) {
	switch n := n.(type) {
	case *ast.File:
		return "File", fset.File(n.Package).Pos(0), token.NoPos, " " + filename + directives(fileDirs),
			[]child{one("Name", n.Name), many("Decls", n.Decls)}
	case *ast.Ident:
		return "Ident", n.Pos(), n.End(), " " + n.Name, nil
	case *ast.BasicLit:
		return "BasicLit", n.Pos(), n.End(), " " + n.Kind.String() + " " + jsQuote(n.Value), nil
	case *ast.CompositeLit:
		return "CompositeLit", n.Pos(), n.End(), "", []child{one("Type", n.Type), many("Elts", n.Elts)}
	case *ast.KeyValueExpr:
		return "KeyValueExpr", n.Pos(), n.End(), "", []child{one("Key", n.Key), one("Value", n.Value)}
	case *ast.FuncLit:
		return "FuncLit", n.Pos(), n.End(), "", []child{one("Type", n.Type), one("Body", n.Body)}
	case *ast.ParenExpr:
		return "ParenExpr", n.Pos(), n.End(), "", []child{one("X", n.X)}
	case *ast.SelectorExpr:
		return "SelectorExpr", n.Pos(), n.End(), "", []child{one("X", n.X), one("Sel", n.Sel)}
	case *ast.IndexExpr:
		return "IndexExpr", n.Pos(), n.End(), "", []child{one("X", n.X), many("Indices", []ast.Expr{n.Index})}
	case *ast.IndexListExpr:
		return "IndexExpr", n.Pos(), n.End(), "", []child{one("X", n.X), many("Indices", n.Indices)}
	case *ast.SliceExpr:
		a := ""
		if n.Slice3 {
			a = " slice3"
		}
		return "SliceExpr", n.Pos(), n.End(), a, []child{one("X", n.X), one("Low", n.Low), one("High", n.High), one("Max", n.Max)}
	case *ast.TypeAssertExpr:
		return "TypeAssertExpr", n.Pos(), n.End(), "", []child{one("X", n.X), one("Type", n.Type)}
	case *ast.CallExpr:
		a := ""
		if n.Ellipsis.IsValid() {
			a = " ..."
		}
		return "CallExpr", n.Pos(), n.End(), a, []child{one("Fun", n.Fun), many("Args", n.Args)}
	case *ast.StarExpr:
		return "StarExpr", n.Pos(), n.End(), "", []child{one("X", n.X)}
	case *ast.UnaryExpr:
		return "UnaryExpr", n.Pos(), n.End(), " " + n.Op.String(), []child{one("X", n.X)}
	case *ast.BinaryExpr:
		return "BinaryExpr", n.Pos(), n.End(), " " + n.Op.String(), []child{one("X", n.X), one("Y", n.Y)}
	case *ast.ArrayType:
		return "ArrayType", n.Pos(), n.End(), "", []child{one("Len", n.Len), one("Elt", n.Elt)}
	case *ast.StructType:
		return "StructType", n.Pos(), n.End(), "", []child{one("Fields", n.Fields)}
	case *ast.FuncType:
		return "FuncType", n.Pos(), n.End(), "", []child{one("TypeParams", n.TypeParams), one("Params", n.Params), one("Results", n.Results)}
	case *ast.InterfaceType:
		return "InterfaceType", n.Pos(), n.End(), "", []child{one("Methods", n.Methods)}
	case *ast.MapType:
		return "MapType", n.Pos(), n.End(), "", []child{one("Key", n.Key), one("Value", n.Value)}
	case *ast.ChanType:
		dir := "both"
		if n.Dir == ast.SEND {
			dir = "send"
		} else if n.Dir == ast.RECV {
			dir = "recv"
		}
		return "ChanType", n.Pos(), n.End(), " dir=" + dir, []child{one("Value", n.Value)}
	case *ast.Ellipsis:
		return "Ellipsis", n.Pos(), n.End(), "", []child{one("Elt", n.Elt)}
	case *ast.Field:
		a := ""
		if n.Tag != nil {
			a = " tag=" + n.Tag.Value
		}
		return "Field", n.Pos(), n.End(), a, []child{many("Names", n.Names), one("Type", n.Type), one("Tag", n.Tag)}
	case *ast.FieldList:
		return "FieldList", n.Pos(), n.End(), "", []child{many("List", n.List)}
	case *ast.DeclStmt:
		return "DeclStmt", n.Pos(), n.End(), "", []child{one("Decl", n.Decl)}
	case *ast.EmptyStmt:
		a := ""
		if n.Implicit {
			a = " implicit"
		}
		return "EmptyStmt", n.Pos(), n.End(), a, nil
	case *ast.LabeledStmt:
		return "LabeledStmt", n.Pos(), n.End(), "", []child{one("Label", n.Label), one("Stmt", n.Stmt)}
	case *ast.ExprStmt:
		return "ExprStmt", n.Pos(), n.End(), "", []child{one("X", n.X)}
	case *ast.SendStmt:
		return "SendStmt", n.Pos(), n.End(), "", []child{one("Chan", n.Chan), one("Value", n.Value)}
	case *ast.IncDecStmt:
		return "IncDecStmt", n.Pos(), n.End(), " " + n.Tok.String(), []child{one("X", n.X)}
	case *ast.AssignStmt:
		return "AssignStmt", n.Pos(), n.End(), " " + n.Tok.String(), []child{many("Lhs", n.Lhs), many("Rhs", n.Rhs)}
	case *ast.GoStmt:
		return "GoStmt", n.Pos(), n.End(), "", []child{one("Call", n.Call)}
	case *ast.DeferStmt:
		return "DeferStmt", n.Pos(), n.End(), "", []child{one("Call", n.Call)}
	case *ast.ReturnStmt:
		return "ReturnStmt", n.Pos(), n.End(), "", []child{many("Results", n.Results)}
	case *ast.BranchStmt:
		return "BranchStmt", n.Pos(), n.End(), " " + n.Tok.String(), []child{one("Label", n.Label)}
	case *ast.BlockStmt:
		return "BlockStmt", n.Pos(), n.End(), "", []child{many("List", n.List)}
	case *ast.IfStmt:
		return "IfStmt", n.Pos(), n.End(), "", []child{one("Init", n.Init), one("Cond", n.Cond), one("Body", n.Body), one("Else", n.Else)}
	case *ast.CaseClause:
		c := many("List", n.List)
		if n.List == nil {
			c = child{field: "List"}
		}
		return "CaseClause", n.Pos(), n.End(), "", []child{c, many("Body", n.Body)}
	case *ast.SwitchStmt:
		return "SwitchStmt", n.Pos(), n.End(), "", []child{one("Init", n.Init), one("Tag", n.Tag), one("Body", n.Body)}
	case *ast.TypeSwitchStmt:
		return "TypeSwitchStmt", n.Pos(), n.End(), "", []child{one("Init", n.Init), one("Assign", n.Assign), one("Body", n.Body)}
	case *ast.CommClause:
		return "CommClause", n.Pos(), n.End(), "", []child{one("Comm", n.Comm), many("Body", n.Body)}
	case *ast.SelectStmt:
		return "SelectStmt", n.Pos(), n.End(), "", []child{one("Body", n.Body)}
	case *ast.ForStmt:
		return "ForStmt", n.Pos(), n.End(), "", []child{one("Init", n.Init), one("Cond", n.Cond), one("Post", n.Post), one("Body", n.Body)}
	case *ast.RangeStmt:
		a := ""
		if n.Tok != token.ILLEGAL {
			a = " " + n.Tok.String()
		}
		return "RangeStmt", n.Pos(), n.End(), a, []child{one("Key", n.Key), one("Value", n.Value), one("X", n.X), one("Body", n.Body)}
	case *ast.ImportSpec:
		return "ImportSpec", n.Pos(), n.End(), "", []child{one("Name", n.Name), one("Path", n.Path)}
	case *ast.ValueSpec:
		a := ""
		if iotas[n] != 0 {
			a = fmt.Sprintf(" iota=%d", iotas[n])
		}
		return "ValueSpec", n.Pos(), n.End(), a, []child{many("Names", n.Names), one("Type", n.Type), many("Values", n.Values)}
	case *ast.TypeSpec:
		a := ""
		if n.Assign.IsValid() {
			a = " alias"
		}
		return "TypeSpec", n.Pos(), n.End(), a, []child{one("Name", n.Name), one("TypeParams", n.TypeParams), one("Type", n.Type)}
	case *ast.GenDecl:
		if n.Tok == token.CONST {
			for i, s := range n.Specs {
				iotas[s.(*ast.ValueSpec)] = i
			}
		}
		a := " " + n.Tok.String()
		if n.Lparen.IsValid() {
			a += " ()"
		}
		return "GenDecl", n.Pos(), n.End(), a + directives(docDirectives(n.Doc)), []child{many("Specs", n.Specs)}
	case *ast.FuncDecl:
		a := ""
		if n.Body == nil {
			a = " nobody"
		}
		return "FuncDecl", n.Pos(), n.End(), a + directives(docDirectives(n.Doc)),
			[]child{one("Recv", n.Recv), one("Name", n.Name), one("Type", n.Type), one("Body", n.Body)}
	}
	return fmt.Sprintf("Unknown(%T)", n), n.Pos(), n.End(), "", nil
}

func dump(n ast.Node, indent int, label, filename string, fileDirs []directive) {
	pad := strings.Repeat("  ", indent)
	kind, pos, end, attrs, children := kindAttrs(n, filename, fileDirs)
	endText := lc(end)
	if _, ok := n.(*ast.File); ok {
		endText = fileEnd
	}
	fmt.Fprintf(out, "%s%s%s %s-%s%s\n", pad, label, kind, lc(pos), endText, attrs)
	for _, c := range children {
		if c.isList {
			if len(c.list) == 0 {
				continue
			}
			fmt.Fprintf(out, "%s  %s:\n", pad, c.field)
			for i, e := range c.list {
				dump(e, indent+2, fmt.Sprintf("[%d] ", i), filename, fileDirs)
			}
		} else if c.node != nil {
			dump(c.node, indent+1, c.field+": ", filename, fileDirs)
		}
	}
}

func main() {
	defer out.Flush()
	for _, path := range os.Args[1:] {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		fmt.Fprintf(out, "=== %s\n", path)
		if err != nil {
			fmt.Fprintf(out, "error: %v\n", err)
			continue
		}
		var fileDirs []directive
		for _, g := range f.Comments {
			if g.Pos() >= f.Package {
				break
			}
			for _, c := range g.List {
				if d, ok := parseDirective(c.Text); ok && d.name == "go:build" {
					fileDirs = append(fileDirs, d)
				}
			}
		}
		last := strings.LastIndexByte(string(src), '\n')
		fileEnd = fmt.Sprintf("%d:%d", strings.Count(string(src), "\n")+1, len(src)-last)
		dump(f, 0, "", path, fileDirs)
	}
}
