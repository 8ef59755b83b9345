package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)   { a.Balance += n }
func (a Account) TryDeposit(n int) { a.Balance += n }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

type Matrix [2][2]int

func (m *Matrix) Transpose() { m[0][1], m[1][0] = m[1][0], m[0][1] }

func main() {
	a := Account{"ann", 10}
	a.Deposit(5)
	a.TryDeposit(100)
	fmt.Println(a.Describe())
	pa := &a
	pa.Deposit(1)
	fmt.Println(pa.Describe(), a.Balance)
	accts := []Account{{"x", 1}, {"y", 2}}
	for i := range accts {
		accts[i].Deposit(10)
	}
	for _, ac := range accts {
		ac.Deposit(1000)
	}
	fmt.Println(accts)
	m := map[string]*Account{"z": {"z", 0}}
	m["z"].Deposit(7)
	fmt.Println(m["z"].Describe())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	fmt.Println(Temp(100).F(), Temp(-40).F())
	mat := Matrix{{1, 2}, {3, 4}}
	mat.Transpose()
	fmt.Println(mat)
}
