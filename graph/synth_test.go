package graph

import (
	"fmt"
	"math/rand/v2"

	"github.com/dipgraph/dipgraph/extract"
)

// synthCountries are the countries of synthetic persons: name → id.
var synthCountries = [][2]string{
	{"中国", "CN"}, {"俄罗斯", "RU"}, {"美国", "US"}, {"法国", "FR"}, {"德国", "DE"}, {"日本", "JP"},
	{"韩国", "KR"}, {"印度", "IN"}, {"巴西", "BR"}, {"南非", "ZA"}, {"埃及", "EG"}, {"越南", "VN"},
	{"老挝", "LA"}, {"柬埔寨", "KH"}, {"泰国", "TH"}, {"英国", "GB"}, {"意大利", "IT"}, {"西班牙", "ES"},
	{"墨西哥", "MX"}, {"阿根廷", "AR"}, {"智利", "CL"}, {"秘鲁", "PE"}, {"肯尼亚", "KE"}, {"尼日利亚", "NG"},
	{"伊朗", "IR"}, {"土耳其", "TR"}, {"沙特阿拉伯", "SA"}, {"巴基斯坦", "PK"}, {"哈萨克斯坦", "KZ"}, {"蒙古", "MN"},
}

var synthOffices = []string{"国家主席", "总统", "总理", "外交部长", "国防部长", "议长", "特使", ""}

type synthLookup struct{}

func (synthLookup) Country(k string) (CountryInfo, bool) {
	for _, c := range synthCountries {
		if c[0] == k || c[1] == k {
			return CountryInfo{ID: c[1], ISO2: c[1], Name: c[0]}, true
		}
	}
	return CountryInfo{}, false
}

func (synthLookup) Office(t string) (OfficeInfo, bool) {
	switch t {
	case "国家主席", "总统":
		return OfficeInfo{Title: t, Category: "head_of_state"}, true
	case "总理":
		return OfficeInfo{Title: t, Category: "head_of_government"}, true
	case "外交部长":
		return OfficeInfo{Title: t, Category: "foreign_minister"}, true
	}
	return OfficeInfo{}, false
}

// synth generates a realistic synthetic archive: nPersons persons (a fifth
// of them discovered, i.e. without dictionary id; popularity Zipf-like), a
// pool of true events each reported by one to several articles, some with
// month-only dates, a few planned or negated, ~3 relations per article.
// relsPerArticle = 1 gives one relation per article (the baseline).
func synth(seed uint64, nPersons, nRelations, relsPerArticle int) []Article {
	rng := rand.New(rand.NewPCG(seed, 9))
	persons := make([]extract.Participant, nPersons)
	for i := range persons {
		c := synthCountries[rng.IntN(len(synthCountries))]
		name := fmt.Sprintf("人物%04d", i)
		id := fmt.Sprintf("p%04d", i)
		if i%5 == 4 {
			id = ""
		}
		persons[i] = extract.Participant{Name: name, ID: id, Mention: name, Kind: "person",
			Country: c[0], Office: synthOffices[rng.IntN(len(synthOffices))], Confidence: 0.9}
	}
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(nPersons-1))
	types := []string{extract.MetWith, extract.MetWith, extract.MetWith, extract.MetWith,
		extract.PhoneCall, extract.PhoneCall, extract.CoChaired, extract.Visited, extract.Visited}
	type event struct {
		typ, date, status string
		ps                []extract.Participant
	}
	nEvents := nRelations * 2 / 3
	events := make([]event, nEvents)
	for i := range events {
		e := event{typ: types[rng.IntN(len(types))], status: extract.StatusFact,
			date: fmt.Sprintf("%d-%02d-%02d", 2022+rng.IntN(4), 1+rng.IntN(12), 1+rng.IntN(28))}
		switch rng.IntN(40) {
		case 0:
			e.status = extract.StatusPlanned
		case 1:
			e.status = extract.StatusNegated
		}
		a := persons[zipf.Uint64()]
		b := persons[zipf.Uint64()]
		for b.Name == a.Name {
			b = persons[rng.IntN(nPersons)]
		}
		if e.typ == extract.Visited {
			c := synthCountries[rng.IntN(len(synthCountries))]
			b = extract.Participant{Name: c[0], ID: c[1], Mention: c[0], Kind: "country", Confidence: 1}
		}
		e.ps = []extract.Participant{a, b}
		events[i] = e
	}
	var arts []Article
	var cur *Article
	for i := 0; i < nRelations; i++ {
		if cur == nil || len(cur.Relations) >= relsPerArticle {
			n := len(arts)
			arts = append(arts, Article{Doc: extract.DocRef{ID: fmt.Sprintf("art-%06d", n),
				Path: fmt.Sprintf("synth/%06d.md", n), Title: fmt.Sprintf("标题%d", n), Outlet: "synth",
				Published: "2024-01-01T00:00:00Z", Hash: fmt.Sprintf("h%06d", n)}})
			cur = &arts[len(arts)-1]
		}
		// The first nEvents relations report each event once; the rest
		// report popular events again.
		var e event
		if i < nEvents {
			e = events[i]
		} else {
			e = events[rng.IntN(nEvents/4+1)]
		}
		date := e.date
		if rng.IntN(5) == 0 {
			date = date[:7]
		}
		ps := e.ps
		if e.typ != extract.Visited && rng.IntN(2) == 0 {
			ps = []extract.Participant{ps[1], ps[0]}
		}
		cur.Relations = append(cur.Relations, extract.Relation{Type: e.typ, Status: e.status,
			Participants: ps, Date: date, Mode: synthMode[e.typ], Trigger: synthTrigger[e.typ],
			Sentence: fmt.Sprintf("句子%d", i), Span: [2]int{i * 10, i*10 + 9}, Confidence: 0.5 + float64(rng.IntN(50))/100,
			Doc: cur.Doc})
	}
	return arts
}

var synthMode = map[string]string{extract.MetWith: extract.ModeInPerson, extract.PhoneCall: extract.ModePhone,
	extract.CoChaired: extract.ModeVideo, extract.Visited: ""}

var synthTrigger = map[string]string{extract.MetWith: "会见", extract.PhoneCall: "通电话",
	extract.CoChaired: "共同主持", extract.Visited: "访问"}
