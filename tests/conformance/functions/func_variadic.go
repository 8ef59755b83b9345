package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func count(xs ...interface{}) int { return len(xs) }

func isNil(xs ...int) bool { return xs == nil }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func describe(prefix string, vals ...interface{}) string {
	return prefix + fmt.Sprint(len(vals)) + fmt.Sprint(vals...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3, 4))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(sum(nums[1:]...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	fmt.Println(count(), count(nil), count(1, "a", 2.5), count([]interface{}{1, 2}...))
	fmt.Println(isNil(), isNil(nums...), isNil([]int{}...))
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2, 3)
	fmt.Println(describe("n=", 1, 2, "three"))
	var empty []int
	fmt.Println(sum(empty...), isNil(empty...))
	f := func(prefix string, rest ...float64) float64 {
		t := 0.0
		for _, r := range rest {
			t += r
		}
		return t
	}
	fmt.Println(f("x", 1.5, 2.5))
	fmt.Println(fmt.Sprintln("a", 1, true))
	args := []interface{}{"%d-%s\n", 5, "five"}
	fmt.Printf(args[0].(string), args[1:]...)
}
