./method_value.go:5:7: a does not escape
./method_value.go:15:10: a.Add does not escape
./method_value.go:23:11: a.Add escapes to heap:
./method_value.go:23:11:   flow: {heap} = &{storage for a.Add}:
./method_value.go:23:11:     from a.Add (spill) at ./method_value.go:23:11
./method_value.go:23:11:     from saved = a.Add (assign) at ./method_value.go:23:8
./method_value.go:22:7: &Acc{} escapes to heap:
./method_value.go:22:7:   flow: a = &{storage for &Acc{}}:
./method_value.go:22:7:     from &Acc{} (spill) at ./method_value.go:22:7
./method_value.go:22:7:     from a := &Acc{} (assign) at ./method_value.go:22:4
./method_value.go:22:7:   flow: {temp} = a:
./method_value.go:22:7:   flow: {storage for a.Add} = {temp}:
./method_value.go:22:7: &Acc{} escapes to heap
./method_value.go:23:11: a.Add escapes to heap
./method_value.go:30:10: a.Get does not escape
