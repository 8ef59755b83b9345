package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range s {
		fmt.Print("x")
	}
	fmt.Println()
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 100) // range expression evaluated once
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(nums))
	arr := []int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 30 // slices share the backing array
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, v := range arr {
		v *= 10
		_ = v
	}
	fmt.Println(arr)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var i int
	var v string
	for i, v = range s {
	}
	fmt.Println("last:", i, v)
	ps := []*int{new(int), new(int)}
	for _, p := range ps {
		*p = 5
	}
	fmt.Println(*ps[0], *ps[1])
	matrix := [][]int{{1, 2}, {3, 4}, {5}}
	sum := 0
	for _, row := range matrix {
		for _, x := range row {
			sum += x
		}
	}
	fmt.Println(sum)
	for i, c := range []byte("hi") {
		fmt.Println(i, c)
	}
}
