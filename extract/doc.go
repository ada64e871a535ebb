// Package extract finds diplomatic contacts in cleaned articles.
//
// An article none of whose sentences holds a trigger word cannot yield a
// relation; one scan with a small automaton of the trigger words finds
// those articles, and they go no further (most of an archive). In the others,
// for each sentence (in simplified script) a multi-pattern matcher finds
// trigger words, person names, office titles and country names (and the
// cities that stand for a country) in one pass. Sentences without a trigger
// or title are not segmented; the rest are segmented with gse
// (with the dictionary's names loaded as user tokens so they stay whole),
// which confirms trigger and name boundaries and discovers office holders the
// dictionary lacks (country + office + name). Relation rules are data
// (rules.go): a trigger word maps to a relation type, a mode and an argument
// pattern. Dates are resolved against the article's date (dates.go);
// modality and negation cues turn a contact into a "planned" or "negated"
// record instead of a fact.
//
// Files: rules.go (trigger and cue tables), match.go (multi-pattern
// matching), segment.go (the gse wrapper), mention.go (people, offices and
// countries in a sentence), dates.go (date expressions), extract.go (the
// relation rules and per-article resolution).
package extract
