package extract

import "time"

// JoinItems makes the items of one news programme (the articles of one
// transcript file, in order, each extracted alone) agree on the days of the
// occasions they share. An item that dates a relation no other way is given
// the programme's day (see Extract); such relations are then dated from
// the other items:
//
//   - A visit: when another item dates the same visit by its own words
//     (当地时间8日…抵达布达佩斯), an item that only tells it under way
//     (在习近平对匈牙利进行国事访问之际, 热烈欢迎习近平主席访问匈牙利), or in a
//     relative clause on a party of a contact, dated by that contact
//     (会见了陪同普京访华的诺瓦克), takes that day, as within one article
//     (finish: day dates of one visitor's visit to one country less than 8
//     days apart are one visit). The visit is then one record of the
//     document and one event in the graph.
//   - A contact whose sentence opens after the occasion the item before
//     told (欢迎仪式后，李强同阿姆赫德举行会谈, after an item about the welcome
//     ceremony held 当地时间15日上午) takes the day of that item's last
//     relation, when that is an earlier day; else the pair's own date in
//     another item of the day before the programme's (see joinContacts).
//
// Only fact relations change; items keeps its shape.
func JoinItems(items [][]Relation) {
	joinVisits(items)
	for i := 1; i < len(items); i++ {
		prev := ""
		for _, r := range items[i-1] {
			if r.Status == StatusFact && len(r.Date) == len("2006-01-02") {
				prev = r.Date // the item's relations are in text order
			}
		}
		if prev == "" {
			continue
		}
		for j := range items[i] {
			r := &items[i][j]
			// (A day before the programme's: not one the item before
			// was given, which is the programme's own.)
			if r.afterPrev && r.Status == StatusFact && r.reportDay == r.Date && prev < r.Date && sameVisit(prev, r.Date) {
				r.Date = prev
			}
		}
	}
	joinContacts(items)
}

// joinContacts dates a contact told after an occasion (欢迎仪式后，两国元首
// 举行会谈) that the item before did not date either: when another item
// dates a contact of the same type between the same two by its own words
// on the day before the programme's (当地时间8日…同武契奇会谈后共同会见记者,
// abroad, a day behind Beijing) and none on the programme's day, it is that
// contact.
func joinContacts(items [][]Relation) {
	own := map[string]map[string]bool{} // type + pair → the days items date it by their words
	key := func(r Relation) string {
		a, b := partyKey(r.Participants[0]), partyKey(r.Participants[1])
		if b < a {
			a, b = b, a
		}
		return r.Type + "\x00" + a + "\x00" + b
	}
	for _, rels := range items {
		for _, r := range rels {
			if r.Type != Visited && r.Status == StatusFact && len(r.Participants) == 2 && len(r.Date) == len("2006-01-02") && r.reportDay == "" {
				if own[key(r)] == nil {
					own[key(r)] = map[string]bool{}
				}
				own[key(r)][r.Date] = true
			}
		}
	}
	for _, rels := range items {
		for j := range rels {
			r := &rels[j]
			if r.Type == Visited || !r.afterPrev || r.Status != StatusFact || r.reportDay != r.Date || len(r.Participants) != 2 {
				continue
			}
			day, err := time.Parse("2006-01-02", r.Date)
			if err != nil {
				continue
			}
			if before := ymd(day.AddDate(0, 0, -1)); own[key(*r)][before] && !own[key(*r)][r.Date] {
				r.Date = before
			}
		}
	}
}

// joinVisits dates the visits JoinItems describes.
func joinVisits(items [][]Relation) {
	type ref struct{ i, j int }
	own := map[string][]string{} // visitor + country → the days items date it by their words
	var follow []ref
	for i, rels := range items {
		// A sentence that tells one person's visits to several countries
		// (对法国、塞尔维亚、匈牙利三国进行国事访问) dates the tour by its
		// first day, which is not the day of each country's visit.
		type told struct {
			span    [2]int
			visitor string
		}
		countries := map[told]map[string]bool{} // a sentence's visitor → the countries it visits
		tour := func(r Relation) told { return told{r.Span, partyKey(r.Participants[0])} }
		for _, r := range rels {
			if r.Type == Visited && len(r.Participants) == 2 {
				k := tour(r)
				if countries[k] == nil {
					countries[k] = map[string]bool{}
				}
				countries[k][partyKey(r.Participants[1])] = true
			}
		}
		for j, r := range rels {
			if r.Type != Visited || r.Status != StatusFact || len(r.Date) != len("2006-01-02") || len(r.Participants) != 2 {
				continue
			}
			switch {
			case r.reportDay == r.Date || r.underway:
				follow = append(follow, ref{i, j})
			case len(countries[tour(r)]) == 1:
				k := visitKey(r)
				own[k] = append(own[k], r.Date)
			}
		}
	}
	for _, x := range follow {
		r := &items[x.i][x.j]
		best := ""
		for _, d := range own[visitKey(*r)] {
			if sameVisit(d, r.Date) && (best == "" || d < best) {
				best = d
			}
		}
		if best != "" {
			r.Date = best
		}
	}
}

// visitKey identifies a visit's visitor and country across articles.
func visitKey(r Relation) string {
	return partyKey(r.Participants[0]) + "\x00" + partyKey(r.Participants[1])
}

// partyKey identifies a participant across articles: the dictionary id,
// else the name.
func partyKey(p Participant) string {
	if p.ID != "" {
		return p.ID
	}
	return p.Name
}
