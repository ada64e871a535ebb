package extract

//go:generate go run ./internal/gennames -hanlp ../../shared/dictdata/hanlp/data/dictionary -o namechars.go
//go:generate go run ./internal/genbase -min 30 -o data/gse-base.txt
