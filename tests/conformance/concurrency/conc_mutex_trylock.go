package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func transfer(from, to *Account, n int) {
	// lock ordering by address is not available; use TryLock with backoff
	for {
		from.mu.Lock()
		if to.mu.TryLock() {
			break
		}
		from.mu.Unlock()
		yield()
	}
	from.balance -= n
	to.balance += n
	to.mu.Unlock()
	from.mu.Unlock()
}

func yield() {
	c := make(chan int)
	go func() { c <- 0 }()
	<-c
}

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var l sync.Locker = &mu
	l.Lock()
	fmt.Println(mu.TryLock())
	l.Unlock()

	a, b := &Account{balance: 1000}, &Account{balance: 1000}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); transfer(a, b, 3) }()
		go func() { defer wg.Done(); transfer(b, a, 2) }()
	}
	wg.Wait()
	fmt.Println(a.balance, b.balance, a.balance+b.balance)
	a.Deposit(5)
	fmt.Println(a.balance)
}
