./method_value.go:5:7: a does not escape
./method_value.go:15:10: a.Add does not escape
./method_value.go:22:7: &Acc{} escapes to heap
./method_value.go:23:11: a.Add escapes to heap
./method_value.go:30:10: a.Get does not escape
