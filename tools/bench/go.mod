module github.com/kextract/kextract/tools/bench

go 1.26.0

require (
	github.com/ikawaha/kagome-dict-ko v0.2.1
	github.com/ikawaha/kagome/v2 v2.10.3
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/ikawaha/kagome-dict v1.1.7 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
