package main

import (
	"errors"
	"fmt"
	"sort"
)

type DB struct{ data map[string]int }

type Tx struct {
	db      *DB
	pending map[string]int
	done    bool
}

func (db *DB) Begin() *Tx { return &Tx{db: db, pending: map[string]int{}} }

func (tx *Tx) Set(k string, v int) {
	if v < 0 {
		panic(fmt.Sprintf("negative value for %s", k))
	}
	tx.pending[k] = v
}

func (tx *Tx) Commit() {
	for k, v := range tx.pending {
		tx.db.data[k] = v
	}
	tx.done = true
	fmt.Println("commit", len(tx.pending), "changes")
}

func (tx *Tx) Rollback() {
	if tx.done {
		return
	}
	tx.done = true
	fmt.Println("rollback", len(tx.pending), "changes")
}

func transfer(db *DB, ops map[string]int, order []string) (err error) {
	tx := db.Begin()
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transaction aborted: %v", r)
		}
	}()
	for _, k := range order {
		if k == "fail" {
			return errors.New("explicit failure")
		}
		tx.Set(k, ops[k])
	}
	tx.Commit()
	return nil
}

func dump(db *DB) {
	keys := make([]string, 0, len(db.data))
	for k := range db.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%d\n", k, db.data[k])
	}
}

func main() {
	db := &DB{data: map[string]int{"alice": 10}}
	fmt.Println(transfer(db, map[string]int{"alice": 5, "bob": 5}, []string{"alice", "bob"}))
	dump(db)
	fmt.Println(transfer(db, map[string]int{"alice": -1, "bob": 20}, []string{"bob", "alice"}))
	dump(db)
	fmt.Println(transfer(db, map[string]int{"carol": 1}, []string{"carol", "fail"}))
	dump(db)
}
