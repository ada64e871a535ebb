package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const (
	nsGraphML = "http://graphml.graphdrawing.org/xmlns"
	nsGEXF    = "http://gexf.net/1.3"
	nsViz     = "http://gexf.net/1.3/viz"
)

// checkWellFormed reads every token of an XML document.
func checkWellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func attrOf(e xml.StartElement, name string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value, true
		}
	}
	return "", false
}

// xmlChecker walks a document and collects structural problems.
type xmlChecker struct {
	errs  []string
	stack []string
}

func (c *xmlChecker) errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf("%s: ", strings.Join(c.stack, "/"))+fmt.Sprintf(format, args...))
}

func (c *xmlChecker) require(e xml.StartElement, names ...string) map[string]string {
	out := map[string]string{}
	for _, n := range names {
		v, ok := attrOf(e, n)
		if !ok {
			c.errorf("<%s> lacks required attribute %s", e.Name.Local, n)
		}
		out[n] = v
	}
	return out
}

// walk calls fn for each start element with the path of its parents.
func walk(b []byte, fn func(c *xmlChecker, e xml.StartElement, parent string)) []string {
	c := &xmlChecker{}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errorf("not well-formed: %v", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(c.stack) > 0 {
				parent = c.stack[len(c.stack)-1]
			}
			c.stack = append(c.stack, t.Name.Local)
			fn(c, t, parent)
		case xml.EndElement:
			c.stack = c.stack[:len(c.stack)-1]
		}
	}
	return c.errs
}

// checkGraphML checks what the GraphML 1.0 schema and its readers require:
// the namespace, element nesting, keys declared (before use, with for= and
// attr.type valid) for each data element, unique node ids, edge ends that
// exist, and values that parse as their declared type.
func checkGraphML(b []byte) []string {
	keys := map[string][2]string{} // id → for, type
	nodes := map[string]bool{}
	var edges [][2]string
	allowedParent := map[string]string{"key": "graphml", "graph": "graphml", "node": "graph", "edge": "graph"}
	errs := walk(b, func(c *xmlChecker, e xml.StartElement, parent string) {
		if e.Name.Space != nsGraphML {
			c.errorf("<%s> in namespace %q, want %q", e.Name.Local, e.Name.Space, nsGraphML)
		}
		if p, ok := allowedParent[e.Name.Local]; ok && p != parent {
			c.errorf("<%s> inside <%s>, want <%s>", e.Name.Local, parent, p)
		}
		switch e.Name.Local {
		case "graphml":
			if parent != "" {
				c.errorf("graphml is not the root")
			}
		case "key":
			a := c.require(e, "id", "for", "attr.name", "attr.type")
			if !strings.Contains(" node edge graph all ", " "+a["for"]+" ") {
				c.errorf("key %s: bad for=%q", a["id"], a["for"])
			}
			if !strings.Contains(" boolean int long float double string ", " "+a["attr.type"]+" ") {
				c.errorf("key %s: bad attr.type=%q", a["id"], a["attr.type"])
			}
			if _, dup := keys[a["id"]]; dup {
				c.errorf("key %s declared twice", a["id"])
			}
			keys[a["id"]] = [2]string{a["for"], a["attr.type"]}
		case "graph":
			a := c.require(e, "edgedefault")
			if a["edgedefault"] != "directed" && a["edgedefault"] != "undirected" {
				c.errorf("bad edgedefault %q", a["edgedefault"])
			}
		case "node":
			id := c.require(e, "id")["id"]
			if nodes[id] {
				c.errorf("duplicate node id %q", id)
			}
			nodes[id] = true
		case "edge":
			a := c.require(e, "source", "target")
			edges = append(edges, [2]string{a["source"], a["target"]})
		case "data":
			k := c.require(e, "key")["key"]
			decl, ok := keys[k]
			switch {
			case !ok:
				c.errorf("data key %q used before it is declared", k)
			case decl[0] != "all" && decl[0] != parent:
				c.errorf("data key %q is for %s, used in <%s>", k, decl[0], parent)
			case parent != "node" && parent != "edge" && parent != "graph":
				c.errorf("<data> inside <%s>", parent)
			}
		default:
			c.errorf("unexpected element <%s>", e.Name.Local)
		}
	})
	for _, e := range edges {
		if !nodes[e[0]] || !nodes[e[1]] {
			errs = append(errs, fmt.Sprintf("edge %s–%s refers to an undeclared node", e[0], e[1]))
		}
	}
	return errs
}

// checkGEXF checks the GEXF 1.3 structure: namespaces and version, element
// nesting, attribute declarations per class before use, typed values, unique
// node and edge ids, edge ends that exist, numeric weights and viz values.
func checkGEXF(b []byte) []string {
	attrs := map[string]map[string]string{"node": {}, "edge": {}} // class → id → type
	nodes := map[string]bool{}
	edgeIDs := map[string]bool{}
	var edges [][2]string
	var class string
	allowedParent := map[string]string{
		"gexf": "", "meta": "gexf", "graph": "gexf", "creator": "meta", "description": "meta", "attributes": "graph",
		"attribute": "attributes", "nodes": "graph", "edges": "graph", "node": "nodes", "edge": "edges",
		"attvalues": "", "attvalue": "attvalues", "color": "node", "size": "node",
	}
	errs := walk(b, func(c *xmlChecker, e xml.StartElement, parent string) {
		ns := nsGEXF
		if e.Name.Local == "color" || e.Name.Local == "size" {
			ns = nsViz
		}
		if e.Name.Space != ns {
			c.errorf("<%s> in namespace %q, want %q", e.Name.Local, e.Name.Space, ns)
		}
		p, known := allowedParent[e.Name.Local]
		if !known {
			c.errorf("unexpected element <%s>", e.Name.Local)
		} else if p != "" && p != parent {
			c.errorf("<%s> inside <%s>, want <%s>", e.Name.Local, parent, p)
		}
		switch e.Name.Local {
		case "gexf":
			if v := c.require(e, "version")["version"]; v != "1.3" {
				c.errorf("version %q, want 1.3", v)
			}
		case "graph":
			a := c.require(e, "defaultedgetype")
			if !strings.Contains(" directed undirected mutual ", " "+a["defaultedgetype"]+" ") {
				c.errorf("bad defaultedgetype %q", a["defaultedgetype"])
			}
		case "attributes":
			class = c.require(e, "class")["class"]
			if attrs[class] == nil {
				c.errorf("attributes class %q", class)
			}
		case "attribute":
			a := c.require(e, "id", "title", "type")
			if !strings.Contains(" integer long double float boolean string liststring anyURI ", " "+a["type"]+" ") {
				c.errorf("attribute %s: type %q", a["id"], a["type"])
			}
			attrs[class][a["id"]] = a["type"]
		case "node":
			a := c.require(e, "id", "label")
			id := a["id"]
			if a["label"] != strings.Join(strings.Fields(a["label"]), " ") {
				c.errorf("node %s: label %q is not an xsd:token", id, a["label"])
			}
			if nodes[id] {
				c.errorf("duplicate node id %q", id)
			}
			nodes[id] = true
			class = "node"
		case "edge":
			a := c.require(e, "id", "source", "target")
			for _, at := range e.Attr {
				if at.Name.Space == "" && !strings.Contains(" id type label source target weight kind start end ", " "+at.Name.Local+" ") {
					c.errorf("edge %s: attribute %s is not in GEXF 1.3", a["id"], at.Name.Local)
				}
			}
			if k, ok := attrOf(e, "kind"); ok && k != strings.Join(strings.Fields(k), " ") {
				c.errorf("edge %s: kind %q is not an xsd:token", a["id"], k)
			}
			if edgeIDs[a["id"]] {
				c.errorf("duplicate edge id %q", a["id"])
			}
			edgeIDs[a["id"]] = true
			if w, ok := attrOf(e, "weight"); ok && !isNumber(w) {
				c.errorf("edge %s weight %q", a["id"], w)
			}
			edges = append(edges, [2]string{a["source"], a["target"]})
			class = "edge"
		case "attvalues":
			if parent != "node" && parent != "edge" {
				c.errorf("<attvalues> inside <%s>", parent)
			}
		case "attvalue":
			a := c.require(e, "for", "value")
			typ, ok := attrs[class][a["for"]]
			if !ok {
				c.errorf("attvalue for %q: no %s attribute declared with that id", a["for"], class)
			} else if (typ == "integer" || typ == "double") && !isNumber(a["value"]) {
				c.errorf("attvalue for %q: %q is not a %s", a["for"], a["value"], typ)
			}
		case "color":
			for _, k := range []string{"r", "g", "b"} {
				if v := c.require(e, k)[k]; !isNumber(v) {
					c.errorf("viz:color %s=%q", k, v)
				}
			}
		case "size":
			if v := c.require(e, "value")["value"]; !isNumber(v) {
				c.errorf("viz:size %q", v)
			}
		}
	})
	for _, e := range edges {
		if !nodes[e[0]] || !nodes[e[1]] {
			errs = append(errs, fmt.Sprintf("edge %s–%s refers to an undeclared node", e[0], e[1]))
		}
	}
	return errs
}

func isNumber(s string) bool {
	var f float64
	return json.Unmarshal([]byte(s), &f) == nil
}

func TestXMLStructure(t *testing.T) {
	g := FromRelations(loadRelations(t), Filter{})
	var gm, gx bytes.Buffer
	if err := WriteGraphML(&gm, g); err != nil {
		t.Fatal(err)
	}
	if err := WriteGEXF(&gx, g); err != nil {
		t.Fatal(err)
	}
	if errs := checkGraphML(gm.Bytes()); len(errs) > 0 {
		t.Errorf("GraphML:\n%s", strings.Join(errs, "\n"))
	}
	if errs := checkGEXF(gx.Bytes()); len(errs) > 0 {
		t.Errorf("GEXF:\n%s", strings.Join(errs, "\n"))
	}
}

// The checkers must catch the mistakes they exist for.
func TestXMLCheckersCatch(t *testing.T) {
	head := `<graphml xmlns="` + nsGraphML + `">`
	tests := []struct {
		name, doc, want string
		check           func([]byte) []string
	}{
		{"graphml key used before declared", head + `<graph edgedefault="undirected"><node id="a"><data key="k">x</data></node></graph><key id="k" for="node" attr.name="k" attr.type="string"/></graphml>`, "before it is declared", checkGraphML},
		{"graphml key for edge used on node", head + `<key id="k" for="edge" attr.name="k" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="k">x</data></node></graph></graphml>`, "is for edge", checkGraphML},
		{"graphml dangling edge", head + `<graph edgedefault="undirected"><node id="a"/><edge source="a" target="b"/></graph></graphml>`, "undeclared node", checkGraphML},
		{"graphml wrong namespace", `<graphml><graph edgedefault="undirected"/></graphml>`, "namespace", checkGraphML},
		{"graphml broken", head + `<graph>`, "not well-formed", checkGraphML},
		{"gexf undeclared attvalue", `<gexf xmlns="` + nsGEXF + `" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="a"><attvalues><attvalue for="0" value="x"/></attvalues></node></nodes></graph></gexf>`, "no node attribute", checkGEXF},
		{"gexf bad integer", `<gexf xmlns="` + nsGEXF + `" version="1.3"><graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="d" type="integer"/></attributes><nodes><node id="a" label="a"><attvalues><attvalue for="0" value="many"/></attvalues></node></nodes></graph></gexf>`, "is not a integer", checkGEXF},
		{"gexf unknown edge attribute", `<gexf xmlns="` + nsGEXF + `" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="a"/></nodes><edges><edge id="0" source="a" target="a" colour="red"/></edges></graph></gexf>`, "not in GEXF 1.3", checkGEXF},
		{"gexf label not a token", `<gexf xmlns="` + nsGEXF + `" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label=" a&#10;b"/></nodes></graph></gexf>`, "xsd:token", checkGEXF},
		{"gexf version", `<gexf xmlns="` + nsGEXF + `" version="1.2"><graph defaultedgetype="undirected"/></gexf>`, "want 1.3", checkGEXF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.check([]byte(tt.doc))
			if !strings.Contains(strings.Join(errs, "\n"), tt.want) {
				t.Errorf("errors %q, want one containing %q", errs, tt.want)
			}
		})
	}
}

// networkxScript reads the GraphML, GEXF and JSON exports with networkx and
// prints what it found.
const networkxScript = `
import json, sys
import networkx as nx
from networkx.readwrite import json_graph
d = sys.argv[1]
out = {}
for name, g in (("graphml", nx.read_graphml(d + "/g.graphml")),
                ("gexf", nx.read_gexf(d + "/g.gexf")),
                ("json", json_graph.node_link_graph(json.load(open(d + "/g.json", encoding="utf-8")), edges="links"))):
    deg = {n: a.get("degree") for n, a in g.nodes(data=True)}
    edges = sorted("%s %s %s %s" % (min(u, v), max(u, v), a.get("type") or a.get("label"), a.get("count")) for u, v, a in g.edges(data=True))
    out[name] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "degree": deg, "edge_list": edges,
                 "names": {n: a.get("name") for n, a in g.nodes(data=True)}}
json.dump(out, sys.stdout, ensure_ascii=False)
`

// TestNetworkX opens the exports with networkx, when python3 has it.
func TestNetworkX(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping the networkx check")
	}
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skip("networkx not installed (pip install networkx); skipping the networkx check")
	}
	g := FromRelations(loadRelations(t), Filter{})
	dir := t.TempDir()
	for name, write := range map[string]func(io.Writer, *Graph) error{"g.graphml": WriteGraphML, "g.gexf": WriteGEXF, "g.json": WriteJSON} {
		var b bytes.Buffer
		if err := write(&b, g); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(py, "-c", networkxScript, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx could not read the exports: %v\n%s", err, stderr.String())
	}
	var got map[string]struct {
		Nodes, Edges int
		Degree       map[string]any
		EdgeList     []string `json:"edge_list"`
		Names        map[string]string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var want []string
	for _, e := range g.Edges {
		a, b := e.Source, e.Target
		if b < a {
			a, b = b, a
		}
		want = append(want, fmt.Sprintf("%s %s %s %d", a, b, e.Type, e.Count))
	}
	for _, format := range []string{"graphml", "gexf", "json"} {
		r, ok := got[format]
		if !ok {
			t.Errorf("%s: no result", format)
			continue
		}
		if r.Nodes != len(g.Nodes) || r.Edges != len(g.Edges) {
			t.Errorf("%s: networkx read %d nodes, %d edges; want %d, %d", format, r.Nodes, r.Edges, len(g.Nodes), len(g.Edges))
		}
		slices.Sort(want)
		if strings.Join(r.EdgeList, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s edges:\n%s\nwant:\n%s", format, strings.Join(r.EdgeList, "\n"), strings.Join(want, "\n"))
		}
		for _, n := range g.Nodes {
			if r.Names[n.ID] != n.Name {
				t.Errorf("%s: node %s name %q, want %q", format, n.ID, r.Names[n.ID], n.Name)
			}
			if d := fmt.Sprint(r.Degree[n.ID]); d != fmt.Sprint(n.Degree) {
				t.Errorf("%s: node %s degree %s, want %d", format, n.ID, d, n.Degree)
			}
		}
	}
}
