package dict

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Candidate is a person found in text by a reliable pattern (country + office
// + name: 东帝汶外长巴博) but missing from the dictionaries.
type Candidate struct {
	Name    string   // the name as found: 巴博
	Office  string   // office title or variant as found (外长); resolved by Load
	Country string   // Country.ID (TL); use CountriesNamed to turn a name into an id
	Count   int      // how often the pattern matched
	Example string   // an example sentence or its id
	Docs    []string // ids of documents it was found in
}

// maxCandidateDocs bounds the document ids printed per candidate.
const maxCandidateDocs = 5

// WriteCandidates prints candidates in the user dictionary format, most
// frequent first, each with a comment giving its count, documents and
// example. The output loads as a user dictionary once its offices and
// countries are known; the reviewer should set a stable id, the Latin name,
// the term dates and the source before adding it.
func WriteCandidates(w io.Writer, cs []Candidate) error {
	cs = append([]Candidate(nil), cs...)
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Count != cs[j].Count {
			return cs[i].Count > cs[j].Count
		}
		return cs[i].Name < cs[j].Name
	})
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Persons discovered in text and missing from the dictionaries: %d.\n", len(cs))
	bw.WriteString("# Review each entry: set a stable id (pinyin slug), latin, the term dates\n")
	bw.WriteString("# (from/to: YYYY-MM-DD, YYYY-MM or YYYY) and a public source, then add it to\n")
	bw.WriteString("# a user dictionary file. Delete entries that are not persons.\n")
	bw.WriteString("people:\n")
	for _, c := range cs {
		docs := c.Docs
		more := ""
		if len(docs) > maxCandidateDocs {
			more = fmt.Sprintf(" (+%d more)", len(docs)-maxCandidateDocs)
			docs = docs[:maxCandidateDocs]
		}
		fmt.Fprintf(bw, "  # count %d", c.Count)
		if len(docs) > 0 {
			fmt.Fprintf(bw, "; docs: %s%s", oneLine(strings.Join(docs, ", ")), more)
		}
		bw.WriteString("\n")
		if c.Example != "" {
			fmt.Fprintf(bw, "  # example: %s\n", oneLine(c.Example))
		}
		fmt.Fprintf(bw, "  - id: %s\n", yamlString(c.Name))
		fmt.Fprintf(bw, "    name: %s\n", yamlString(c.Name))
		if c.Country != "" {
			fmt.Fprintf(bw, "    country: %s\n", yamlString(c.Country))
		} else {
			bw.WriteString("    country: \"\"  # unknown: set a country id\n")
		}
		if c.Office != "" {
			fmt.Fprintf(bw, "    terms:\n      - {office: %s, from: \"\"}\n", yamlString(c.Office))
		}
		bw.WriteString("    source: \"\"\n")
	}
	return bw.Flush()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// yamlString quotes s for a YAML flow or block scalar when it needs it.
func yamlString(s string) string {
	out, err := yaml.Marshal(s)
	if err != nil {
		return fmt.Sprintf("%q", s)
	}
	v := strings.TrimSuffix(string(out), "\n")
	if strings.ContainsAny(v, "\n{}[],") || strings.HasPrefix(v, "|") || strings.HasPrefix(v, ">") {
		return fmt.Sprintf("%q", s)
	}
	return v
}
