package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() string {
	s := q.items[0]
	q.items = q.items[1:]
	return s
}

func main() {
	st := &Stack{}
	for i := 0; i < 5; i++ {
		st.Push(i * i)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(st.items), cap(st.items) > 0)
	q := &Queue{}
	q.Enqueue("a")
	q.Enqueue("b")
	q.Enqueue("c")
	fmt.Println(q.Dequeue(), q.Dequeue(), len(q.items))
	set := make(map[string]struct{})
	for _, w := range []string{"x", "y", "x", "z", "y"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set))
	delete(set, "x")
	_, has := set["x"]
	fmt.Println(has, len(set))
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst, len(append(dst, dst...)))
}
