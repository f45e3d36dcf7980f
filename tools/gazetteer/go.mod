module github.com/kextract/kextract/tools/gazetteer

go 1.26.0

require (
	github.com/ikawaha/kagome-dict v1.0.3
	github.com/ikawaha/kagome-dict-ko v0.2.1
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
