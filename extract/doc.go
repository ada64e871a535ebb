// Package extract finds diplomatic contacts in cleaned articles.
//
// An article none of whose sentences holds a trigger word cannot yield a
// relation, and most of an archive is such articles. MayRelate tells them
// by the Han characters of their raw text, before they are cleaned
// (skim.go); Extract's first scan, a small automaton of the trigger words
// over the cleaned sentences, catches the rest. In the others, for each
// sentence (in simplified script) the matcher finds trigger words, person
// names, office titles and country names (and the cities that stand for a
// country) in one walk of a trie of them, the longest word at each place. Sentences without a trigger
// or title are not segmented; the rest are segmented with gse
// (with the dictionary's names loaded as user tokens so they stay whole),
// which confirms trigger and name boundaries and discovers office holders the
// dictionary lacks (country + office + name). Relation rules are data
// (rules.go): a trigger word maps to a relation type, a mode and an argument
// pattern. Dates are resolved against the article's date (dates.go);
// modality and negation cues turn a contact into a "planned" or "negated"
// record instead of a fact.
//
// Press shorthands for summits (川习会, 特金会) are meetings of the two
// persons whose names the article writes with those initials (summit.go).
// Pronouns resolve within the article: 他/她 to the person who opened the
// sentence before or the last subject, 我 to the person whose words the
// paragraph reports (习近平指出，…我同…会晤).
//
// Files: rules.go (trigger and cue tables), mention.go (the multi-pattern
// matcher; people, offices and countries in a sentence; name discovery),
// segment.go (the gse wrapper), dates.go and runs.go (date expressions),
// extract.go (the relation rules), resolve.go (per-article resolution and
// merging), programme.go (one visit, one day across a news programme's
// items), summit.go (summit shorthands), dagcut.go (gse's cut, faster),
// namechars.go (generated name character sets), skim.go (MayRelate).
package extract
