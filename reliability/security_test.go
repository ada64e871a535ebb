package reliability

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/neo4jserver"
)

// cypherRE recognises a string that is (part of) a Cypher statement.
var cypherRE = regexp.MustCompile(`\b(MATCH|MERGE|UNWIND|DETACH DELETE|CREATE (INDEX|CONSTRAINT)|CREATE \(|RETURN|SET [a-z]\w*\.|CALL \{|CALL [a-z]+\.)`)

// cypherAllowed lists the places that build Cypher text from non-constant
// parts, each with the reason it is safe. Anything else fails the test.
var cypherAllowed = map[string]string{
	// The .cypher export writes a script for cypher-shell: values are
	// literals escaped by cypherString (fuzzed by FuzzCypherString); it is
	// never sent to a server by dipgraph.
	"graph/export/cypher.go": "export script, values escaped by cypherString",
	// qConvenience: one statement per relationship type, the type taken
	// from a fixed list of extract's constants (the allow-list), never
	// from input.
	"graph/queries.go": "relationship types from a constant allow-list",
}

// TestCypherValuesAreParameters parses every non-test Go file of the module
// and fails on a Cypher string that is concatenated with, or formatted with,
// a non-constant value, outside the reviewed allow-list above: values must
// travel as parameters ($name).
func TestCypherValuesAreParameters(t *testing.T) {
	var findings []string
	allowedSeen := map[string]int{}
	files := 0
	filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(repoRoot, p)
		if d.IsDir() {
			if n := d.Name(); rel != "." && (strings.HasPrefix(n, ".") || n == "node_modules" || n == "testdata" || n == "scratch" || n == "web" || n == "tools") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		files++
		for _, f := range cypherBuilds(t, p) {
			rel = filepath.ToSlash(rel)
			if _, ok := cypherAllowed[rel]; ok {
				allowedSeen[rel]++
				continue
			}
			findings = append(findings, rel+":"+f)
		}
		return nil
	})
	for _, f := range findings {
		t.Errorf("Cypher built from a non-constant value (use a $parameter): %s", f)
	}
	outcome := fmt.Sprintf("%d findings", len(findings))
	report.check("Cypher values as parameters", outcome, fmt.Sprintf("%d Go files parsed; reviewed exceptions: %v", files, allowedSeen))
}

// cypherBuilds returns "line: what" for each Cypher string literal that is an
// operand of + with a non-constant operand, or the format of a fmt call
// with arguments.
func cypherBuilds(t *testing.T, file string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		t.Errorf("parsing %s: %v", file, err)
		return nil
	}
	consts := map[string]bool{}
	for _, decl := range f.Decls {
		if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, spec := range g.Specs {
				for _, n := range spec.(*ast.ValueSpec).Names {
					consts[n.Name] = true
				}
			}
		}
	}
	isCypher := func(e ast.Expr) bool {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return false
		}
		s, err := strconv.Unquote(lit.Value)
		return err == nil && cypherRE.MatchString(s)
	}
	var constant func(e ast.Expr) bool
	constant = func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.BasicLit:
			return true
		case *ast.Ident:
			return consts[x.Name]
		case *ast.ParenExpr:
			return constant(x.X)
		case *ast.BinaryExpr:
			return constant(x.X) && constant(x.Y)
		case *ast.CallExpr:
			// A helper of the same package that assembles fragments from
			// constant arguments only (matchPerson("p", "$a")).
			if _, local := x.Fun.(*ast.Ident); !local {
				return false
			}
			for _, a := range x.Args {
				if !constant(a) {
					return false
				}
			}
			return true
		}
		return false
	}
	var out []string
	seen := map[int]bool{}
	add := func(pos token.Pos, what string) {
		line := fset.Position(pos).Line
		if !seen[line] {
			seen[line] = true
			out = append(out, fmt.Sprintf("%d: %s", line, what))
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.ADD && (isCypher(x.X) || isCypher(x.Y)) && !constant(x) {
				add(x.Pos(), "concatenation")
			}
		case *ast.CallExpr:
			sel, ok := x.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "fmt" {
				return true
			}
			for i, a := range x.Args {
				if isCypher(a) && i < len(x.Args)-1 {
					add(x.Pos(), "fmt."+sel.Sel.Name)
					break
				}
			}
		}
		return true
	})
	return out
}

// TestTLSURIs: the connection settings accept the Bolt TLS schemes and the
// driver takes them (no server needed: the driver connects lazily).
func TestTLSURIs(t *testing.T) {
	for _, uri := range []string{
		"bolt://db.example.org:7687", "bolt+s://db.example.org:7687", "bolt+ssc://db.example.org",
		"neo4j://db.example.org", "neo4j+s://db.example.org:7687", "neo4j+ssc://db.example.org",
	} {
		t.Setenv(neo4jserver.EnvURI, uri)
		t.Setenv(neo4jserver.EnvPassword, "x-password")
		c, err := neo4jserver.ResolveConn()
		if err != nil || c.URI != uri || c.Managed {
			t.Errorf("ResolveConn with %s: %+v, %v", uri, c, err)
			continue
		}
		drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
		if err != nil {
			t.Errorf("driver refuses %s: %v", uri, err)
			continue
		}
		drv.Close(t.Context())
	}
	for _, uri := range []string{"http://db.example.org:7474", "bolt+x://db.example.org"} {
		if drv, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth()); err == nil {
			drv.Close(t.Context())
			t.Errorf("driver accepts %s", uri)
		}
	}
	outcome := "accepted"
	if t.Failed() {
		outcome = "FAILED"
	}
	report.check("TLS URIs (bolt+s, neo4j+s, +ssc)", outcome, "ResolveConn keeps them, the driver takes them; http:// and bolt+x:// refused")
}

// TestLoopbackOnly: every socket the managed server listens on is bound to
// a loopback address, and its Bolt port cannot be reached through the
// machine's other addresses.
func TestLoopbackOnly(t *testing.T) {
	in := neo4jInstance(t)
	pid := serverPID(t, in)
	inodes := map[string]bool{}
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		t.Skipf("cannot list the server's sockets: %v", err)
	}
	for _, fd := range fds {
		l, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name()))
		if err == nil && strings.HasPrefix(l, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(l, "socket:["), "]")] = true
		}
	}
	var listening []string
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		f, err := os.Open(table)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 10 || fields[3] != "0A" || !inodes[fields[9]] { // 0A = LISTEN
				continue
			}
			ip, port := procAddr(fields[1])
			listening = append(listening, net.JoinHostPort(ip.String(), strconv.Itoa(port)))
			if !ip.IsLoopback() {
				t.Errorf("the server listens on %s:%d", ip, port)
			}
		}
		f.Close()
	}
	if len(listening) == 0 {
		t.Errorf("no listening socket found for pid %d", pid)
	}
	// Dial the Bolt port through every non-loopback address of the machine.
	var tried []string
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.IsLoopback() || ipn.IP.IsLinkLocalUnicast() {
			continue
		}
		hp := net.JoinHostPort(ipn.IP.String(), strconv.Itoa(in.port))
		tried = append(tried, hp)
		if c, err := net.DialTimeout("tcp", hp, 2*time.Second); err == nil {
			c.Close()
			t.Errorf("Bolt port reachable at %s", hp)
		}
	}
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(in.port)), 2*time.Second)
	if err != nil {
		t.Errorf("Bolt port not reachable on 127.0.0.1: %v", err)
	} else {
		c.Close()
	}
	outcome := "loopback only"
	if t.Failed() {
		outcome = "FAILED"
	}
	report.check("local instance listens on 127.0.0.1 only", outcome, fmt.Sprintf("listening %v; refused at %v", listening, tried))
}

// procAddr decodes "0100007F:1F90" (/proc/net/tcp) or its IPv6 form.
func procAddr(s string) (net.IP, int) {
	h, p, _ := strings.Cut(s, ":")
	port, _ := strconv.ParseUint(p, 16, 16)
	b, _ := hex.DecodeString(h)
	// The kernel prints each 32-bit word in host (little-endian) order.
	for i := 0; i+4 <= len(b); i += 4 {
		b[i], b[i+1], b[i+2], b[i+3] = b[i+3], b[i+2], b[i+1], b[i]
	}
	return net.IP(b), int(port)
}

// TestCypherGuardCatches makes sure the guard above can fail.
func TestCypherGuardCatches(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bad.go")
	os.WriteFile(file, []byte(`package bad

import "fmt"

const label = "Person"

func q(name, id string) []string {
	return []string{
		"MATCH (n {name: '" + name + "'}) RETURN n",
		fmt.Sprintf("MATCH (n) WHERE n.id = '%s' RETURN n", id),
		"MATCH (n:" + label + ") RETURN n", // constant: fine
		"MATCH (n {id: $id}) RETURN n",      // parameter: fine
	}
}
`), 0o644)
	if got := cypherBuilds(t, file); len(got) != 2 {
		t.Errorf("guard found %v, want lines 9 and 10", got)
	}
}

// TestQueryReadOnly: `dipgraph query` runs read transactions, so a write
// statement is refused by the server and the graph is unchanged.
func TestQueryReadOnly(t *testing.T) {
	in := neo4jInstance(t)
	dir := t.TempDir()
	good := goodArticle(t, dir)
	if r := run(t, dir, in.env(), "run", "--show", "0", filepath.Base(good)); r.code != 0 {
		t.Fatalf("writing the seed: %s", r)
	}
	before := in.dump(t)
	if r := run(t, "", in.env(), "query", "MATCH (a:Article) RETURN count(a) AS n"); r.code != 0 || !strings.Contains(r.stdout, "1") {
		t.Errorf("read query: %s", r)
	}
	var refused []string
	for _, q := range []string{
		"CREATE (n:Intruder {x: 1}) RETURN n",
		"MATCH (n) DETACH DELETE n",
		"MATCH (a:Article) SET a.title = 'defaced' RETURN a.id",
		"CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)",
	} {
		r := run(t, "", in.env(), "query", q)
		if r.code == 0 {
			t.Errorf("write query accepted: %q\n%s", q, r)
			continue
		}
		refused = append(refused, fmt.Sprintf("exit %d", r.code))
		t.Logf("%q → exit %d: %s", q, r.code, lastLine(r.stderr))
	}
	if a, b := diffLines(before, in.dump(t)); len(a)+len(b) > 0 {
		t.Errorf("the graph changed: -%v +%v", a, b)
	}
	outcome := "writes refused"
	if t.Failed() {
		outcome = "FAILED"
	}
	report.check("dipgraph query is read-only", outcome, fmt.Sprintf("4 write statements: %v; graph unchanged", refused))
}
