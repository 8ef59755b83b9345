// GC torture: maps growing and shrinking with string keys built at run time, maps with
// struct, array and []byte-converted keys, nested maps, strings.Builder, []byte <-> string
// conversions and append growth of slices of pointers - all while garbage is allocated
// (here and by a second goroutine) so that collections run in the middle of map growth
// and slice growth. Contents are verified exactly (lookups in key order, and checksums
// that do not depend on map iteration order).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

type Entry struct {
	id   int
	key  string
	val  string
	data []byte
}

func keyOf(i int) string { return "key-" + strconv.Itoa(i*7) + "-" + strconv.Itoa(i%13) }

func valOf(i int) string { return strings.Repeat(string(rune('a'+i%26)), i%40+1) }

func newEntry(i int) *Entry {
	e := &Entry{id: i, key: keyOf(i), val: valOf(i)}
	e.data = []byte(e.key + "/" + e.val)
	return e
}

func entryOK(e *Entry, i int) bool {
	return e != nil && e.id == i && e.key == keyOf(i) && e.val == valOf(i) &&
		string(e.data) == keyOf(i)+"/"+valOf(i)
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// garbage allocates n objects of mixed sizes, some large, and checks each before dropping.
var garbageBad int

func garbage(n, seed int) {
	var prev []byte
	for i := 0; i < n; i++ {
		size := 24 + (i*53+seed)%400
		if i%8 == 0 {
			size = 65536 + (i*4093+seed)%458752 // 64 KB to 512 KB
		}
		b := make([]byte, size)
		b[0], b[size-1] = byte(i+seed), byte(size)
		if prev != nil && (prev[0] != byte(i-1+seed) || prev[len(prev)-1] != byte(len(prev))) {
			garbageBad++
		}
		prev = b
	}
}

func main() {
	// a second goroutine allocating garbage meanwhile
	var wg sync.WaitGroup
	bgBad := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for r := 0; r < 60; r++ {
			parts := make([]string, 0, 8)
			for j := 0; j < 8; j++ {
				parts = append(parts, strconv.Itoa(r*100+j))
			}
			s := strings.Join(parts, ",")
			if strings.Split(s, ",")[7] != strconv.Itoa(r*100+7) {
				bgBad++
			}
			b := make([]byte, 65536+r*4096)
			b[len(b)-1] = byte(r)
			if b[len(b)-1] != byte(r) {
				bgBad++
			}
			runtime.Gosched()
		}
	}()

	// 1. a map growing with run-time string keys
	const N = 1000
	m := map[string]*Entry{}
	for i := 0; i < N; i++ {
		m[keyOf(i)] = newEntry(i)
		if i%250 == 0 {
			garbage(40, i)
		}
	}
	bad := 0
	for i := 0; i < N; i++ {
		if !entryOK(m[keyOf(i)], i) {
			bad++
		}
	}
	fmt.Println("grown:", len(m), "bad", bad)

	// 2. shrinking: delete three quarters, check the rest and the absence of the others
	for i := 0; i < N; i++ {
		if i%4 != 0 {
			delete(m, keyOf(i))
		}
		if i%500 == 0 {
			garbage(40, i)
		}
	}
	runtime.GC()
	bad, absent := 0, 0
	for i := 0; i < N; i++ {
		e, ok := m[keyOf(i)]
		if i%4 == 0 {
			if !ok || !entryOK(e, i) {
				bad++
			}
		} else if !ok {
			absent++
		}
	}
	fmt.Println("after deletes:", len(m), "bad", bad, "absent", absent)

	// 3. regrowing with new keys; a checksum independent of the iteration order
	for i := N; i < 2*N; i++ {
		m[keyOf(i)] = newEntry(i)
		if i%250 == 0 {
			garbage(40, i)
		}
	}
	var sum uint64
	count := 0
	for k, e := range m {
		if e.key != k || !entryOK(e, e.id) {
			bad++
		}
		sum += hashString(k) ^ uint64(e.id)*2654435761
		count++
	}
	fmt.Println("regrown:", len(m), count, "bad", bad, "checksum", sum)

	// 4. shrinking by copying into a new map (the old one becomes garbage)
	small := make(map[string]*Entry)
	for k, e := range m {
		if e.id%3 == 0 {
			small[k] = e
		}
	}
	m = nil
	garbage(100, 7)
	runtime.GC()
	bad = 0
	kept := 0
	for i := 0; i < 2*N; i++ {
		e, ok := small[keyOf(i)]
		want := i%3 == 0 && (i >= N || i%4 == 0)
		if ok != want || (ok && !entryOK(e, i)) {
			bad++
		}
		if ok {
			kept++
		}
	}
	fmt.Println("copied:", len(small), kept, "bad", bad)

	// 5. strings.Builder: a big string from pieces, substrings kept in a map
	var sb strings.Builder
	for i := 0; i < 4000; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(';')
		if i%1000 == 0 {
			garbage(20, i)
		}
	}
	big := sb.String()
	pieces := map[string]string{}
	pos := 0
	for i := 0; i < 4000; i++ {
		n := len(strconv.Itoa(i))
		if i%10 == 0 {
			pieces["p"+strconv.Itoa(i)] = big[pos : pos+n]
		}
		pos += n + 1
	}
	big = ""
	sb.Reset()
	garbage(100, 11)
	runtime.GC()
	bad = 0
	for i := 0; i < 4000; i += 10 {
		if pieces["p"+strconv.Itoa(i)] != strconv.Itoa(i) {
			bad++
		}
	}
	fmt.Println("builder pieces:", len(pieces), "bad", bad, "total length", pos)

	// 6. []byte <-> string conversions: copies are independent; []byte keys via string(b)
	src := strings.Repeat("0123456789", 3000)
	bs := []byte(src)
	for i := range bs {
		bs[i] = 'a' + byte(i%26)
	}
	conv := string(bs)
	bs[0] = 'Z'
	byKey := map[string][]byte{}
	for i := 0; i < 300; i++ {
		kb := []byte("bk" + strconv.Itoa(i))
		byKey[string(kb)] = []byte(conv[i : i+20])
	}
	garbage(100, 13)
	runtime.GC()
	bad = 0
	for i := 0; i < 300; i++ {
		kb := []byte("bk" + strconv.Itoa(i))
		v, ok := byKey[string(kb)]
		if !ok || string(v) != conv[i:i+20] {
			bad++
		}
	}
	fmt.Println("conversions:", src[:12], conv[:12], string(bs[:3]), len(conv), "bad", bad)

	// 7. append growth of a slice of pointers, with garbage between appends
	var ptrs []*Entry
	for i := 0; i < 1500; i++ {
		ptrs = append(ptrs, newEntry(i))
		if i%400 == 0 {
			garbage(30, i)
		}
	}
	runtime.GC()
	bad = 0
	for i, e := range ptrs {
		if !entryOK(e, i) {
			bad++
		}
	}
	same := 0
	for i := 0; i < 2*N; i += 3 {
		if e, ok := small[keyOf(i)]; ok && entryOK(e, i) {
			same++
		}
	}
	fmt.Println("appended:", len(ptrs), "bad", bad, "map entries still fine", same)

	// 8. struct keys, array keys, nested maps
	type sk struct {
		name string
		n    int
	}
	structKeys := map[sk]*Entry{}
	arrKeys := map[[2]string]int{}
	nested := map[string]map[string]int{}
	for i := 0; i < 600; i++ {
		structKeys[sk{keyOf(i), i % 10}] = ptrs[i]
		arrKeys[[2]string{strconv.Itoa(i), valOf(i)}] = i
		outer := "o" + strconv.Itoa(i%20)
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer]["i"+strconv.Itoa(i)] = i * 2
		if i%300 == 0 {
			garbage(30, i)
		}
	}
	ptrs = nil
	garbage(100, 17)
	runtime.GC()
	bad = 0
	for i := 0; i < 600; i++ {
		if !entryOK(structKeys[sk{keyOf(i), i % 10}], i) {
			bad++
		}
		if arrKeys[[2]string{strconv.Itoa(i), valOf(i)}] != i {
			bad++
		}
		if nested["o"+strconv.Itoa(i%20)]["i"+strconv.Itoa(i)] != i*2 {
			bad++
		}
	}
	innerTotal := 0
	for _, in := range nested {
		innerTotal += len(in)
	}
	fmt.Println("struct/array/nested keys:", len(structKeys), len(arrKeys), len(nested), innerTotal, "bad", bad)

	wg.Wait()
	fmt.Println("garbage bad:", garbageBad, bgBad)
}
