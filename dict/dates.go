package dict

import (
	"errors"
	"sort"
	"strconv"
	"time"
)

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY. With end set, a partial date
// means its last day (2023-03 → 2023-03-31), otherwise its first day.
func parseDate(s string, end bool) (time.Time, error) {
	var layout string
	switch len(s) {
	case 10:
		layout = "2006-01-02"
	case 7:
		layout = "2006-01"
	case 4:
		layout = "2006"
	default:
		return time.Time{}, errors.New("want YYYY-MM-DD, YYYY-MM or YYYY")
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, errors.New("want YYYY-MM-DD, YYYY-MM or YYYY")
	}
	if end {
		switch len(s) {
		case 7:
			t = t.AddDate(0, 1, -1)
		case 4:
			t = t.AddDate(1, 0, -1)
		}
	}
	return t, nil
}

// ParseDate reads a dictionary or article date (YYYY-MM-DD, YYYY-MM or YYYY)
// as its first day, for HoldingOn and Holders.
func ParseDate(s string) (time.Time, error) {
	t, err := parseDate(s, false)
	if err != nil {
		return t, errors.New("date " + strconv.Quote(s) + ": " + err.Error())
	}
	return t, nil
}

func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, dd := t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

func (d *Dict) spans(p *Person) []span {
	if p == nil {
		return nil
	}
	return d.terms[p.ID]
}

func (s span) holding(p *Person) *Holding {
	return &Holding{Person: p, Office: s.office, Country: s.country, From: s.from, To: s.to}
}

// better reports whether a should be preferred to b as a person's office.
func better(a, b span) bool {
	ra, rb := categoryRank[a.office.Category], categoryRank[b.office.Category]
	if ra != rb {
		return ra < rb
	}
	return a.from.After(b.from)
}

// HoldingsOn returns every office p held on date, the most prominent first
// (head of state before head of government before party leader …). A zero
// date means now: the terms still open.
func (d *Dict) HoldingsOn(p *Person, date time.Time) []*Holding {
	date = day(date)
	var ss []span
	for _, s := range d.spans(p) {
		if (date.IsZero() && s.to.IsZero()) || (!date.IsZero() && s.covers(date)) {
			ss = append(ss, s)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return better(ss[i], ss[j]) })
	out := make([]*Holding, len(ss))
	for i, s := range ss {
		out[i] = s.holding(d.own(p))
	}
	return out
}

// HoldingOn returns the office p held on date: the most prominent one when
// there are several (see HoldingsOn), nil when none is known. A zero date
// means the latest term: an open one if any, else the one that ended last.
func (d *Dict) HoldingOn(p *Person, date time.Time) *Holding {
	if !date.IsZero() {
		if hs := d.HoldingsOn(p, date); len(hs) > 0 {
			return hs[0]
		}
		return nil
	}
	var best *span
	for _, s := range d.spans(p) {
		switch {
		case best == nil:
		case s.to.IsZero() != best.to.IsZero():
			if !s.to.IsZero() {
				continue
			}
		case !s.to.Equal(best.to):
			if s.to.Before(best.to) {
				continue
			}
		case !better(s, *best):
			continue
		}
		s := s
		best = &s
	}
	if best == nil {
		return nil
	}
	return best.holding(d.own(p))
}

// Holders returns the persons who held an office of the category for the
// country on date (zero date: now), the latest to take office first. On a
// handover day both the outgoing and the incoming holder are returned.
//
// Holders("head_of_government", "CN", 2016-05-01) → 李克强; in 2024 → 李强.
func (d *Dict) Holders(category, countryID string, date time.Time) []*Person {
	date = day(date)
	type hit struct {
		p    *Person
		from time.Time
	}
	var hits []hit
	for _, p := range d.people {
		var best *span
		for _, s := range d.terms[p.ID] {
			if s.office == nil || s.office.Category != category || s.country != countryID {
				continue
			}
			if (date.IsZero() && s.to.IsZero()) || (!date.IsZero() && s.covers(date)) {
				if best == nil || s.from.After(best.from) {
					s := s
					best = &s
				}
			}
		}
		if best != nil {
			hits = append(hits, hit{p, best.from})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].from.After(hits[j].from) })
	out := make([]*Person, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

// own returns this Dict's entry for p (p may come from another Dict).
func (d *Dict) own(p *Person) *Person {
	if q := d.personByID[p.ID]; q != nil {
		return q
	}
	return p
}
