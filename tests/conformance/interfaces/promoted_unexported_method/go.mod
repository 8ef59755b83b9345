module em

go 1.19
