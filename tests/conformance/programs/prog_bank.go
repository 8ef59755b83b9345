package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type Account interface {
	ID() string
	Balance() int
	Deposit(amount int) error
	Withdraw(amount int) error
}

type baseAccount struct {
	id      string
	balance int
	frozen  bool
	history []string
}

func (b *baseAccount) ID() string   { return b.id }
func (b *baseAccount) Balance() int { return b.balance }
func (b *baseAccount) log(format string, args ...interface{}) {
	b.history = append(b.history, fmt.Sprintf(format, args...))
}
func (b *baseAccount) Deposit(amount int) error {
	if b.frozen {
		return ErrFrozen
	}
	if amount <= 0 {
		return fmt.Errorf("invalid deposit amount %d", amount)
	}
	b.balance += amount
	b.log("deposit %d", amount)
	return nil
}

type Checking struct {
	baseAccount
	overdraft int
}

func (c *Checking) Withdraw(amount int) error {
	if c.frozen {
		return ErrFrozen
	}
	if c.balance+c.overdraft < amount {
		return fmt.Errorf("withdraw %d from %s: %w", amount, c.id, ErrInsufficient)
	}
	c.balance -= amount
	c.log("withdraw %d", amount)
	return nil
}

type Savings struct {
	baseAccount
	rate int // basis points
}

func (s *Savings) Withdraw(amount int) error {
	if s.balance < amount {
		return fmt.Errorf("withdraw %d from %s: %w", amount, s.id, ErrInsufficient)
	}
	s.balance -= amount
	s.log("withdraw %d", amount)
	return nil
}

func (s *Savings) AddInterest() {
	interest := s.balance * s.rate / 10000
	s.balance += interest
	s.log("interest %d", interest)
}

type Bank struct {
	accounts map[string]Account
	order    []string
}

func (b *Bank) Open(a Account) {
	if b.accounts == nil {
		b.accounts = map[string]Account{}
	}
	b.accounts[a.ID()] = a
	b.order = append(b.order, a.ID())
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := dst.Deposit(amount); err != nil {
		src.Deposit(amount)
		return fmt.Errorf("transfer failed: %w", err)
	}
	return nil
}

func (b *Bank) Report() string {
	var sb strings.Builder
	total := 0
	for _, id := range b.order {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%-6s %8d\n", id, a.Balance())
		total += a.Balance()
	}
	fmt.Fprintf(&sb, "%-6s %8d", "TOTAL", total)
	return sb.String()
}

func main() {
	bank := &Bank{}
	chk := &Checking{baseAccount{id: "chk1"}, 100}
	sav := &Savings{baseAccount{id: "sav1"}, 250}
	frozen := &Checking{baseAccount: baseAccount{id: "frz", frozen: true}}
	bank.Open(chk)
	bank.Open(sav)
	bank.Open(frozen)
	fmt.Println(chk.Deposit(500), sav.Deposit(1000), chk.Deposit(-5))
	steps := []struct {
		from, to string
		amt      int
	}{{"chk1", "sav1", 200}, {"chk1", "sav1", 350}, {"chk1", "sav1", 100}, {"sav1", "chk1", 5000}, {"sav1", "frz", 10}, {"nope", "chk1", 1}}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		fmt.Printf("%s -> %s %d: %v", s.from, s.to, s.amt, err)
		if err != nil {
			fmt.Printf(" [insufficient=%v frozen=%v]", errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen))
		}
		fmt.Println()
	}
	sav.AddInterest()
	fmt.Println(bank.Report())
	fmt.Println(chk.history)
	fmt.Println(sav.history)
}
