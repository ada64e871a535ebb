package dict

// countries.yaml is generated from ../shared/dictdata/country-names and the
// overlay; offices.yaml and people.yaml are written by hand.
//go:generate go run ./internal/gencountries -src ../../shared/dictdata/country-names -overlay internal/gencountries/overlay.yaml -o data/countries.yaml
