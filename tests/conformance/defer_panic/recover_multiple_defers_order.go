package main

import "fmt"

func f() (log []string) {
	defer func() { log = append(log, fmt.Sprint("d1 recover=", recover())) }()
	defer func() { log = append(log, fmt.Sprint("d2 recover=", recover())) }()
	defer func() { log = append(log, "d3 no recover") }()
	log = append(log, "body")
	panic("P")
}

func g() (log []string) {
	defer func() { log = append(log, fmt.Sprint("g outer recover=", recover())) }()
	defer func() {
		log = append(log, fmt.Sprint("g inner recover=", recover()))
		panic("Q")
	}()
	panic("P")
}

func main() {
	for _, l := range f() {
		fmt.Println(l)
	}
	for _, l := range g() {
		fmt.Println(l)
	}
}
