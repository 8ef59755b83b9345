package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	skus  []string
}

var ErrUnknown = errors.New("unknown sku")

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
	// keep skus sorted
	i := len(inv.skus)
	inv.skus = append(inv.skus, it.SKU)
	for i > 0 && inv.skus[i-1] > inv.skus[i] {
		inv.skus[i-1], inv.skus[i] = inv.skus[i], inv.skus[i-1]
		i--
	}
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrUnknown)
	}
	if it.Qty < n {
		return fmt.Errorf("remove %s: only %d left", sku, it.Qty)
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Value() float64 {
	v := 0.0
	for _, it := range inv.items {
		v += float64(it.Qty) * it.Price
	}
	return v
}

func parseLine(line string) (Item, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return Item{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	q, err := strconv.Atoi(strings.TrimSpace(f[2]))
	if err != nil {
		return Item{}, fmt.Errorf("qty: %w", err)
	}
	p, err := strconv.ParseFloat(strings.TrimSpace(f[3]), 64)
	if err != nil {
		return Item{}, fmt.Errorf("price: %w", err)
	}
	return Item{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), q, p}, nil
}

const data = `A100, Widget, 10, 2.50
B200, Gadget, 3, 19.99
A100, Widget, 5, 2.50
C300, Gizmo, x, 1.00
D400, Doohickey, 7
E500, Thing, 2, 1e2
A050, Sprocket, 100, 0.05`

func main() {
	inv := &Inventory{}
	for i, line := range strings.Split(data, "\n") {
		it, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+1, err)
			continue
		}
		inv.Add(it)
	}
	fmt.Println(inv.Remove("B200", 1), inv.Remove("B200", 5), inv.Remove("Z999", 1))
	err := inv.Remove("Z999", 1)
	fmt.Println(errors.Is(err, ErrUnknown))
	for _, s := range inv.skus {
		it := inv.items[s]
		fmt.Printf("%-5s %-10s %4d @ %7.2f = %8.2f\n", it.SKU, it.Name, it.Qty, it.Price, float64(it.Qty)*it.Price)
	}
	fmt.Printf("total value: %.2f\n", inv.Value())
}
