// database/sql from Go's source over a small in-memory driver written here: the pool,
// statements, transactions, Scan's conversions (convertAssign, through reflect),
// Null types, ErrNoRows, and the errors a driver returns.
package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// memDriver: a table of people kept in memory. Queries are a few fixed statements.
type memDriver struct {
	mu     sync.Mutex
	people [][]driver.Value
	opens  int
}

type memConn struct{ d *memDriver }
type memStmt struct {
	c     *memConn
	query string
}
type memTx struct {
	c    *memConn
	save [][]driver.Value
}
type memRows struct {
	cols []string
	rows [][]driver.Value
	i    int
}

func (d *memDriver) Open(name string) (driver.Conn, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.opens++
	if name != "people" {
		return nil, fmt.Errorf("memdb: no database %q", name)
	}
	return &memConn{d}, nil
}

func (c *memConn) Prepare(query string) (driver.Stmt, error) {
	if strings.HasPrefix(query, "BAD") {
		return nil, errors.New("memdb: syntax error near BAD")
	}
	return &memStmt{c, query}, nil
}
func (c *memConn) Close() error { return nil }
func (c *memConn) Begin() (driver.Tx, error) {
	c.d.mu.Lock()
	defer c.d.mu.Unlock()
	save := make([][]driver.Value, len(c.d.people))
	copy(save, c.d.people)
	return &memTx{c, save}, nil
}

func (t *memTx) Commit() error { return nil }
func (t *memTx) Rollback() error {
	t.c.d.mu.Lock()
	defer t.c.d.mu.Unlock()
	t.c.d.people = t.save
	return nil
}

func (s *memStmt) Close() error { return nil }
func (s *memStmt) NumInput() int { return strings.Count(s.query, "?") }

func (s *memStmt) Exec(args []driver.Value) (driver.Result, error) {
	d := s.c.d
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case strings.HasPrefix(s.query, "INSERT"):
		d.people = append(d.people, []driver.Value{int64(len(d.people) + 1), args[0], args[1], args[2], args[3]})
		return driver.RowsAffected(1), nil
	case strings.HasPrefix(s.query, "DELETE"):
		n := int64(len(d.people))
		d.people = nil
		return driver.RowsAffected(n), nil
	}
	return nil, fmt.Errorf("memdb: cannot exec %q", s.query)
}

func (s *memStmt) Query(args []driver.Value) (driver.Rows, error) {
	d := s.c.d
	d.mu.Lock()
	defer d.mu.Unlock()
	r := &memRows{cols: []string{"id", "name", "age", "score", "nick"}}
	for _, p := range d.people {
		if len(args) == 1 && p[1] != args[0] {
			continue
		}
		r.rows = append(r.rows, p)
	}
	return r, nil
}

func (r *memRows) Columns() []string { return r.cols }
func (r *memRows) Close() error       { return nil }
func (r *memRows) Next(dest []driver.Value) error {
	if r.i >= len(r.rows) {
		return io.EOF
	}
	copy(dest, r.rows[r.i])
	r.i++
	return nil
}

var mem = &memDriver{}

func init() { sql.Register("memdb", mem) }

type person struct {
	id    int
	name  string
	age   uint8
	score float64
	nick  sql.NullString
}

func dump(db *sql.DB, label string) {
	rows, err := db.Query("SELECT * FROM people")
	if err != nil {
		fmt.Println(label, "query:", err)
		return
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	fmt.Println(label, cols)
	for rows.Next() {
		var p person
		if err := rows.Scan(&p.id, &p.name, &p.age, &p.score, &p.nick); err != nil {
			fmt.Println("  scan:", err)
			continue
		}
		fmt.Printf("  %d %-6s %3d %6.2f %v\n", p.id, p.name, p.age, p.score, p.nick)
	}
	fmt.Println("  err:", rows.Err())
}

func main() {
	fmt.Println("drivers:", sql.Drivers())
	db, err := sql.Open("memdb", "people")
	fmt.Println("open:", err)
	fmt.Println("ping:", db.Ping(), "opens:", mem.opens)

	ins, err := db.Prepare("INSERT INTO people VALUES (?, ?, ?, ?)")
	fmt.Println("prepare:", err)
	for _, p := range []struct {
		name  string
		age   int
		score float64
		nick  interface{}
	}{{"ann", 31, 88.5, "annie"}, {"bob", 42, 71.25, nil}, {"cy", 7, 99, "c"}} {
		res, err := ins.Exec(p.name, p.age, p.score, p.nick)
		n, _ := res.RowsAffected()
		fmt.Println("insert", p.name, err, n)
	}
	ins.Close()
	dump(db, "after inserts")

	var name string
	var age int64
	var raw []byte
	err = db.QueryRow("SELECT * FROM people WHERE name = ?", "bob").Scan(new(int), &name, &age, &raw, new(sql.NullString))
	fmt.Println("bob:", err, name, age, string(raw))
	err = db.QueryRow("SELECT * FROM people WHERE name = ?", "zed").Scan(&name)
	fmt.Println("zed:", err, errors.Is(err, sql.ErrNoRows))
	var small int8
	err = db.QueryRow("SELECT * FROM people WHERE name = ?", "ann").Scan(new(int), new(string), new(int), &small, new(string))
	fmt.Println("ann score into int8:", err)
	err = db.QueryRow("SELECT * FROM people WHERE name = ?", "bob").Scan(new(int), new(string), new(int), new(float64), &name)
	fmt.Println("bob nick into string:", err)

	_, err = db.Exec("BAD STATEMENT")
	fmt.Println("bad:", err)
	_, err = db.Exec("UPDATE people")
	fmt.Println("update:", err)

	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	fmt.Println("begin:", err)
	res, err := tx.Exec("DELETE FROM people")
	n, _ := res.RowsAffected()
	fmt.Println("delete in tx:", err, n)
	fmt.Println("rollback:", tx.Rollback(), "again:", tx.Rollback())
	dump(db, "after rollback")

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = db.QueryContext(cctx, "SELECT * FROM people")
	fmt.Println("cancelled:", err)

	bad, _ := sql.Open("memdb", "nowhere")
	fmt.Println("ping nowhere:", bad.Ping())
	_, err = sql.Open("nodriver", "x")
	fmt.Println("unknown driver:", err)
	fmt.Println("close:", db.Close(), "query after close:", db.QueryRow("SELECT").Scan(&name))
}
