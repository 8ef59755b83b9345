package helpers

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

var setupDone bool

func TestMain(m *testing.M) {
	setupDone = true
	fmt.Println("setup before tests")
	code := m.Run()
	fmt.Println("teardown after tests, code", code)
	os.Exit(code)
}

func checkEqual(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReverse(t *testing.T) {
	if !setupDone {
		t.Fatal("TestMain did not run first")
	}
	checkEqual(t, Reverse("abc"), "cba")
	checkEqual(t, Reverse("héllo"), "olléh")
	checkEqual(t, Reverse("x"), "y") // fails, reported at this line (helper)
}

func TestWords(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{{"a b c", 3}, {"  ", 0}, {"one", 1}, {"two words", 3}}
	for _, c := range cases {
		c := c
		t.Run(c.in, func(t *testing.T) {
			t.Cleanup(func() { fmt.Println("cleanup", strings.TrimSpace(c.in)) })
			if got := len(Words(c.in)); got != c.want {
				t.Fatalf("len(Words(%q)) = %d, want %d", c.in, got, c.want)
			}
			t.Log("ok:", c.in)
		})
	}
}

func TestNested(t *testing.T) {
	t.Run("outer", func(t *testing.T) {
		t.Run("inner pass", func(t *testing.T) {})
		t.Run("inner fail", func(t *testing.T) {
			t.Error("first line\nsecond line")
		})
	})
	t.Run("outer", func(t *testing.T) {}) // a repeated name gets #01
}

func TestStack(t *testing.T) {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	if v, ok := s.Pop(); !ok || v != 2 {
		t.Errorf("Pop = %v, %v", v, ok)
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	t.Logf("stack has %d left", len(s.items))
}

func TestEnvAndTemp(t *testing.T) {
	t.Setenv("HELPERS_TEST_VAR", "set")
	if os.Getenv("HELPERS_TEST_VAR") != "set" {
		t.Fatal("Setenv did not set")
	}
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/f.txt", []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dir + "/f.txt")
	if err != nil || string(data) != "hi" {
		t.Fatalf("read back %q, %v", data, err)
	}
}

func ExampleReverse() {
	fmt.Println(Reverse("golite"))
	fmt.Println(Reverse("go"))
	// Output:
	// etilog
	// og
}

func ExampleWords() {
	for _, w := range Words("b a c") {
		fmt.Println(w)
	}
	// Unordered output:
	// a
	// b
	// c
}

func ExampleStack() {
	var s Stack[string]
	s.Push("x")
	v, _ := s.Pop()
	fmt.Println(v)
	// Output: x
}
