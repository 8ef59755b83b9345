package main

import "fmt"

func main() {
	s := make([]int, 3)
	fmt.Println(s, len(s), cap(s))
	s2 := make([]int, 2, 10)
	fmt.Println(s2, len(s2), cap(s2))
	lit := []string{"a", "b", "c", "d", "e"}
	fmt.Println(lit[1:3], lit[:2], lit[3:], lit[:], len(lit[1:3]), cap(lit[1:3]))
	idx := []int{5: 10, 1: 2}
	fmt.Println(idx, len(idx))
	s = append(s, 4, 5)
	fmt.Println(s, len(s))
	sub := lit[1:4]
	sub[0] = "B"
	fmt.Println(lit, sub)
	sub = append(sub, "X") // overwrites lit[4] since cap allows
	fmt.Println(lit, sub)
	empty := []int{}
	fmt.Println(empty, len(empty), empty == nil)
	bs := []byte("bytes")
	fmt.Println(bs, string(bs))
	type P struct{ x, y int }
	ps := []P{{1, 2}, {3, 4}}
	ps[0].x = 10
	fmt.Println(ps)
	pps := []*P{{5, 6}}
	pps[0].y = 60
	fmt.Println(*pps[0])
	fmt.Println(lit[len(lit)-1], lit[2:2], len(lit[5:]))
	s3 := s[1:2]
	fmt.Println(len(s3), cap(s3))
	s3 = s3[:cap(s3)]
	fmt.Println(s3)
	fl := []float64{1.5, 2.5}
	fl = append(fl, fl...)
	fmt.Println(fl)
}
