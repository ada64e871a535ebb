package query_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/export/exporttest"
	"github.com/dipgraph/dipgraph/graph/query"
	"github.com/dipgraph/dipgraph/neo4jserver/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// rows runs a question as CSV and returns the rows that mention the fixture.
func rows(t *testing.T, drv neo4j.DriverWithContext, db, cypher string, params map[string]any) []string {
	t.Helper()
	var b bytes.Buffer
	if err := query.Run(context.Background(), drv, db, cypher, params, query.FormatCSV, &b); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs[1:] {
		line := strings.Join(r, " | ")
		if strings.Contains(line, "测") {
			out = append(out, line)
		}
	}
	return out
}

func TestQuestions(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	exporttest.Load(t, drv, db)
	tests := []struct {
		name   string
		cypher string
		params map[string]any
		want   []string
	}{
		{"contacts by alias", "", nil, []string{
			"艾测甲 | 贝测乙 | 测总统 | 测俄 | MET_WITH | 2 | 2023-03-21 | 2024-05-16",
			"艾测甲 | 柯测丙 | 测国务卿 | 测美 | PHONE_CALL | 1 | 2024-04-02 | 2024-04-02",
		}},
		{"contacts since", "", nil, []string{
			"艾测甲 | 贝测乙 | 测总统 | 测俄 | MET_WITH | 1 | 2024-05-16 | 2024-05-16",
		}},
		{"between", "", nil, []string{
			`2023-03 | MET_WITH | 1 | ["艾测甲—贝测乙"]`,
			`2024-05 | MET_WITH | 1 | ["艾测甲—贝测乙"]`,
		}},
		{"path", "", nil, []string{"2 | 艾测甲 —PHONE_CALL×1— 柯测丙 —MET_WITH×1— 迪测丁 | [\"2024-04-02\",\"2024-06\"]"}},
		{"events", "", nil, []string{
			`2024-05-16 | MET_WITH | ["艾测甲","贝测乙"] |  |  |  | ["https://news.example/itest/1","https://news.example/itest/2"] | 艾测甲会见贝测乙。`,
			`2024-05-16 | VISITED | ["贝测乙"] | 测中 |  |  | ["https://news.example/itest/1"] | 贝测乙访问测中。`,
		}},
		{"events of a CSV row", "", nil, []string{ // itest-art3: no URL, a row of a CSV file
			`2023-03-21 | MET_WITH | ["艾测甲","贝测乙"] |  |  |  | ["itest/archive.csv (row 3)"] | 艾测甲同贝测乙会晤。`,
		}},
	}
	tests[0].cypher, tests[0].params = query.Contacts([]string{"甲先生"}, "")
	tests[1].cypher, tests[1].params = query.Contacts([]string{"itest-a"}, "2024-05")
	tests[2].cypher, tests[2].params = query.Between("测中", "ITEST-RU")
	tests[3].cypher, tests[3].params = query.Path("艾测甲", "itest-d")
	tests[4].cypher, tests[4].params = query.Events("2024-05")
	tests[5].cypher, tests[5].params = query.Events("2023-03")
	var table bytes.Buffer
	if err := query.Run(context.Background(), drv, db, tests[0].cypher, tests[0].params, "", &table); err != nil {
		t.Fatal(err)
	}
	t.Logf("contacts 甲先生:\n%s", table.String())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rows(t, drv, db, tt.cypher, tt.params)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestRunRefusesWrites(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	ctx := context.Background()
	for _, q := range []string{
		"CREATE (n:ItestWrite {id: 'itest-write'}) RETURN n",
		"MATCH (n) WHERE n.id = 'itest-nothing' DETACH DELETE n",
		"MERGE (n:ItestWrite {id: 'itest-write'})",
	} {
		err := query.Run(ctx, drv, db, q, nil, query.FormatTable, &bytes.Buffer{})
		if !errors.Is(err, query.ErrWrite) {
			t.Errorf("%s: err = %v, want ErrWrite", q, err)
		}
	}
	var b bytes.Buffer
	if err := query.Run(ctx, drv, db, "MATCH (n:ItestWrite) RETURN count(n) AS n", nil, query.FormatCSV, &b); err != nil {
		t.Fatal(err)
	}
	if b.String() != "n\n0\n" {
		t.Errorf("a refused write left data: %q", b.String())
	}
}

func TestRunFormatsAndErrors(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	ctx := context.Background()
	var b bytes.Buffer
	err := query.Run(ctx, drv, db, "RETURN $name AS name, $n + 1 AS next, [1, 2] AS list, date('2024-05-16') AS day", map[string]any{"name": "王毅", "n": int64(41)}, query.FormatJSON, &b)
	if err != nil {
		t.Fatal(err)
	}
	if want := "[\n  {\"name\": \"王毅\", \"next\": 42, \"list\": [1,2], \"day\": \"2024-05-16\"}\n]\n"; b.String() != want {
		t.Errorf("json:\n%s\nwant:\n%s", b.String(), want)
	}
	if err := query.Run(ctx, drv, db, "RETURN $missing", nil, query.FormatTable, &b); err == nil || !strings.Contains(err.Error(), "--param") {
		t.Errorf("missing parameter: %v", err)
	}
	if err := query.Run(ctx, drv, db, "MATCH (n RETURN n", nil, query.FormatTable, &b); err == nil || !strings.Contains(err.Error(), "syntax") {
		t.Errorf("syntax error: %v", err)
	}
}

// Every README example runs read-only without error.
func TestExamplesRun(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	exporttest.Load(t, drv, db)
	for _, ex := range query.Examples {
		t.Run(ex.Title, func(t *testing.T) {
			var b bytes.Buffer
			if err := query.Run(context.Background(), drv, db, ex.Cypher, ex.Params, query.FormatTable, &b); err != nil {
				t.Errorf("%v\n%s", err, ex.Cypher)
			}
		})
	}
}
