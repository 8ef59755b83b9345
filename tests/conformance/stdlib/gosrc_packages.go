// Standard packages golite compiles from Go's own source (golang-1.19-src): container/heap,
// list and ring, encoding/hex, hash/crc32, html, log, math/bits, math/rand, path,
// text/tabwriter and unicode/utf16, used as a program uses them.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"html"
	"log"
	"math/bits"
	"math/rand"
	"os"
	"path"
	"text/tabwriter"
	"unicode/utf16"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	fmt.Println(hex.EncodeToString([]byte("golite")), hex.Dump([]byte("abc")))
	b, err := hex.DecodeString("676f")
	fmt.Println(string(b), err)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello world")), crc32.Checksum([]byte("x"), crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(html.EscapeString("<a href='x'>&</a>"), html.UnescapeString("&lt;&amp;&#39;"))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Reverse8(1), bits.Len(1023))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	rng := rand.New(rand.NewSource(42))
	fmt.Println(rng.Intn(100), rng.Intn(100), rng.Float64(), rng.Perm(5))
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.go"), path.Ext("f.tar.gz"), path.Clean("a//b/./c/.."))
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tbbb\tc")
	fmt.Fprintln(w, "aaaa\tb\tc")
	w.Flush()
	fmt.Println(utf16.Encode([]rune("a😀")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00})))
	logger := log.New(os.Stdout, "pfx: ", 0)
	logger.Printf("hello %d", 42)
	logger.Println("line")
}
