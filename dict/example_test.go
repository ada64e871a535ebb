package dict_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dipgraph/dipgraph/dict"
)

const fixtures = "../testdata/dict/"

func ExampleLoadFiles() {
	d, err := dict.LoadFiles(fixtures+"base.yaml", fixtures+"people.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, date := range []string{"2016-05-01", "2024-05-01"} {
		on, _ := dict.ParseDate(date)
		for _, p := range d.Holders("head_of_government", "CN", on) {
			fmt.Println(date, "国务院总理", p.Name)
		}
	}
	// Output:
	// 2016-05-01 国务院总理 李克强
	// 2024-05-01 国务院总理 李强
}

func ExampleLoadFiles_errors() {
	bad := os.TempDir() + "/dict-example-people.yaml"
	_ = os.WriteFile(bad, []byte("- id: x\n  name: 某人\n  country: XX\n  terms: [{office: 总理, from: 2013-13}]\n"), 0o644)
	defer os.Remove(bad)
	_, err := dict.LoadFiles(fixtures+"base.yaml", bad)
	fmt.Println(strings.ReplaceAll(err.Error(), os.TempDir()+"/", ""))
	// Output:
	// 2 dictionary errors:
	// 	dict-example-people.yaml:1: person x: unknown country id "XX"
	// 	dict-example-people.yaml:4: person x: term 总理: bad from date "2013-13": want YYYY-MM-DD, YYYY-MM or YYYY
}

func ExampleDict_HoldingOn() {
	d, _ := dict.LoadFiles(fixtures+"base.yaml", fixtures+"people.yaml")
	on, _ := dict.ParseDate("2010-06-01")
	h := d.HoldingOn(d.Person("li-keqiang"), on)
	fmt.Println(h.Office.Title, h.Office.Category, h.Country, h.From.Format("2006-01-02"), h.To.Format("2006-01-02"))
	// Output: 国务院副总理 vice_head_of_government CN 2008-03-17 2013-03-15
}

func ExampleDict_CountriesNamed() {
	d, _ := dict.LoadFiles(fixtures + "base.yaml")
	for _, s := range []string{"中俄", "中日韩", "俄方", "巴方"} {
		var ids []string
		for _, c := range d.CountriesNamed(s) {
			ids = append(ids, c.ID)
		}
		fmt.Println(s, ids)
	}
	// Output:
	// 中俄 [CN RU]
	// 中日韩 [CN JP KR]
	// 俄方 [RU]
	// 巴方 [PK BR]
}

func ExampleDefault() {
	d, err := dict.Default()
	if err != nil {
		fmt.Println("embedded dictionaries:", err)
		return
	}
	fmt.Println(d.Office("外长").Title, d.Country("RU").Name)
}

func ExampleWriteCandidates() {
	_ = dict.WriteCandidates(os.Stdout, []dict.Candidate{
		{Name: "巴博", Office: "外长", Country: "TL", Count: 3, Example: "东帝汶外长巴博表示……", Docs: []string{"20230105-2"}},
	})
	// Output:
	// # Persons discovered in text and missing from the dictionaries: 1.
	// # Review each entry: set a stable id (pinyin slug), latin, the term dates
	// # (from/to: YYYY-MM-DD, YYYY-MM or YYYY) and a public source, then add it to
	// # a user dictionary file. Delete entries that are not persons.
	// people:
	//   # count 3; docs: 20230105-2
	//   # example: 东帝汶外长巴博表示……
	//   - id: 巴博
	//     name: 巴博
	//     country: TL
	//     terms:
	//       - {office: 外长, from: ""}
	//     source: ""
}
