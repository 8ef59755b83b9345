package main

import "fmt"

func bubble(a []int) []int {
	a = append([]int(nil), a...)
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
	return a
}

func insertion(a []int) []int {
	a = append([]int(nil), a...)
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
	return a
}

func selection(a []int) []int {
	a = append([]int(nil), a...)
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
	return a
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func heapSort(a []int) []int {
	a = append([]int(nil), a...)
	n := len(a)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			m := l
			if r := l + 1; r < n && a[r] > a[l] {
				m = r
			}
			if a[i] >= a[m] {
				return
			}
			a[i], a[m] = a[m], a[i]
			i = m
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
	return a
}

func countingSort(a []int, max int) []int {
	counts := make([]int, max+1)
	for _, v := range a {
		counts[v]++
	}
	out := make([]int, 0, len(a))
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, v)
		}
	}
	return out
}

type Person struct {
	Name string
	Age  int
}

func sortPeople(ps []Person, less func(a, b Person) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func isSorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 100, 27}
	fmt.Println("bubble   ", bubble(data))
	fmt.Println("insertion", insertion(data))
	fmt.Println("selection", selection(data))
	fmt.Println("merge    ", mergeSort(append([]int(nil), data...)))
	q := append([]int(nil), data...)
	quick(q)
	fmt.Println("quick    ", q)
	fmt.Println("heap     ", heapSort(data))
	fmt.Println("original ", data)
	big := make([]int, 5000)
	seed := uint32(7)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 20)
	}
	q2 := append([]int(nil), big...)
	quick(q2)
	m2 := mergeSort(append([]int(nil), big...))
	h2 := heapSort(big)
	c2 := countingSort(big, 4095)
	same := true
	for i := range q2 {
		if q2[i] != m2[i] || q2[i] != h2[i] || q2[i] != c2[i] {
			same = false
		}
	}
	fmt.Println(isSorted(q2), same, q2[0], q2[len(q2)-1], q2[2500])
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}}
	sortPeople(people, func(a, b Person) bool { return a.Age < b.Age })
	fmt.Println(people)
	sortPeople(people, func(a, b Person) bool {
		if a.Age != b.Age {
			return a.Age > b.Age
		}
		return a.Name < b.Name
	})
	fmt.Println(people)
	words := []string{"pear", "Apple", "fig", "banana", "apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && (len(words[j]) < len(words[j-1]) || len(words[j]) == len(words[j-1]) && words[j] < words[j-1]); j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
}
