package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *Address          `json:"addr,omitempty"`
	Meta    map[string]any    `json:"meta"`
	private int
	Score   float64 `json:"-"`
	Tags    map[string]string `json:"tags,omitempty"`
}

func main() {
	p := Person{Name: "Ann", Age: 30, Emails: []string{"a@x.com"}, Addr: &Address{Street: "Main"}, Meta: map[string]any{"k": 1, "b": true}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]int{"z": 1, "a": 2}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":["b@y","c@z"],"addr":{"street":"S","city":"C"},"meta":{"x":[1,2,{"y":null}]}}`), &q)
	fmt.Println(err, q.Name, q.Age, q.Emails, *q.Addr, q.Meta)
	var anyv any
	json.Unmarshal([]byte(`[1, "two", 3.5, true, null, {"a": "b"}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	err = json.Unmarshal([]byte(`{"age": "x"}`), &q)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{bad`), &q)
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]any{1, "s", nil, 2.5, map[string]bool{"t": true}})
}
