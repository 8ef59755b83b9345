// GC torture: objects whose only reference is in one unusual root each - a buffered
// channel's buffer, a parked goroutine's locals, a goroutine parked sending a value, a
// closure in a global func variable, a method value, an interface in a global and in a
// slice of interfaces, a deferred call's arguments, a panic value, a time.AfterFunc
// callback's closure (the *Timer dropped), a time.NewTimer's channel (the *Timer dropped)
// goroutines parked in a select, on a Mutex and in time.Sleep, the frames of a deep
// recursion - each checked exactly after collections forced with runtime.GC() and by
// allocating garbage.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type Small struct {
	id   int
	name string
}

type Big struct {
	id    int
	name  string
	vals  []int
	kids  []*Small
	m     map[int]string
	bytes []byte
}

func makeBig(id int) *Big {
	b := &Big{id: id, name: "big-" + strconv.Itoa(id)}
	b.vals = make([]int, 3000)
	for i := range b.vals {
		b.vals[i] = id*100000 + i*3
	}
	b.kids = make([]*Small, 64)
	for i := range b.kids {
		b.kids[i] = &Small{id: id*1000 + i, name: strconv.Itoa(id) + "/" + strconv.Itoa(i)}
	}
	b.m = make(map[int]string)
	for i := 0; i < 40; i++ {
		b.m[i] = "m" + strconv.Itoa(id*i)
	}
	b.bytes = make([]byte, 20000+id)
	for i := range b.bytes {
		b.bytes[i] = byte(i*7 + id)
	}
	return b
}

// verify checks every field of b against what id determines; "ok" or the first difference.
func verify(b *Big, id int) string {
	if b == nil {
		return "nil"
	}
	if b.id != id || b.name != "big-"+strconv.Itoa(id) {
		return "bad header " + strconv.Itoa(b.id) + " " + b.name
	}
	if len(b.vals) != 3000 {
		return "bad vals len"
	}
	for i, v := range b.vals {
		if v != id*100000+i*3 {
			return "bad vals[" + strconv.Itoa(i) + "]"
		}
	}
	if len(b.kids) != 64 {
		return "bad kids len"
	}
	for i, k := range b.kids {
		if k == nil || k.id != id*1000+i || k.name != strconv.Itoa(id)+"/"+strconv.Itoa(i) {
			return "bad kid " + strconv.Itoa(i)
		}
	}
	if len(b.m) != 40 {
		return "bad map len"
	}
	for i := 0; i < 40; i++ {
		if b.m[i] != "m"+strconv.Itoa(id*i) {
			return "bad map entry " + strconv.Itoa(i)
		}
	}
	if len(b.bytes) != 20000+id {
		return "bad bytes len"
	}
	for i, c := range b.bytes {
		if c != byte(i*7+id) {
			return "bad bytes[" + strconv.Itoa(i) + "]"
		}
	}
	return "ok"
}

func (b *Big) Sum() int {
	s := b.id
	for _, v := range b.vals {
		s += v
	}
	for _, k := range b.kids {
		s += k.id + len(k.name)
	}
	for _, c := range b.bytes {
		s += int(c)
	}
	return s
}

func expectedSum(id int) int { return makeBig(id).Sum() }

// garbage allocates about kb KB of short-lived objects of mixed sizes (some with
// pointers), checking each before dropping it; it returns the number of bad ones.
func garbage(kb int, seed int) int {
	bad := 0
	var ring [8][]byte
	var list []*Small
	total := 0
	for i := 0; total < kb<<10; i++ {
		size := 16 + (i*37+seed)%700
		if i%40 == 7 {
			size = 8000 + (i*1031)%50000
		}
		b := make([]byte, size)
		b[0], b[size-1] = byte(i), byte(i+seed)
		if o := ring[i%8]; o != nil && (o[0] != byte(i-8) || o[len(o)-1] != byte(i-8+seed)) {
			bad++
		}
		ring[i%8] = b
		list = append(list, &Small{id: i, name: strconv.Itoa(i)})
		if len(list) == 64 {
			for j, s := range list {
				if s.id != i-63+j || s.name != strconv.Itoa(i-63+j) {
					bad++
				}
			}
			list = nil
		}
		total += size + 32
	}
	return bad
}

var garbageBad int

func collect() {
	garbageBad += garbage(768, 1)
	for k := 1; k <= 2; k++ { // large objects too
		b := make([]byte, k<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = byte(i>>12 + k)
		}
		for i := 0; i < len(b); i += 4096 {
			if b[i] != byte(i>>12+k) {
				garbageBad++
			}
		}
	}
	runtime.GC()
	garbageBad += garbage(768, 2)
	runtime.GC()
}

// --- the roots -------------------------------------------------------------------------

var globalFn func() string
var globalMethod func() int
var globalAny any
var globalIfaces []any

func setGlobals() {
	b := makeBig(3)
	globalFn = func() string { return verify(b, 3) }
	globalMethod = makeBig(4).Sum
	globalAny = makeBig(5)
	globalIfaces = []any{makeBig(6), *makeBig(7), []*Big{makeBig(8)}, map[string]*Big{"k": makeBig(9)},
		fmt.Sprintf("str-%d", 10)}
}

// parked holds a big structure in its locals while blocked on release; it checks it when
// released.
func parked(ready chan<- bool, release <-chan bool, result chan<- string) {
	b := makeBig(11)
	local := [3]*Big{makeBig(12), nil, makeBig(13)}
	ready <- true
	<-release
	result <- verify(b, 11) + " " + verify(local[0], 12) + " " + verify(local[2], 13)
}

// sender is parked sending a struct value holding the only pointer to a Big.
type wrapped struct {
	tag int
	b   *Big
	s   string
}

func sender(ch chan<- wrapped) {
	ch <- wrapped{tag: 14, b: makeBig(14), s: "w" + strconv.Itoa(14)}
}

// selectSender is parked in a select whose send case's value holds the only pointer.
func selectSender(ch chan<- wrapped, never chan int) {
	select {
	case ch <- wrapped{tag: 41, b: makeBig(41), s: "w41"}:
	case <-never:
	}
}

// mutexWaiter holds a Big in its locals while parked on a locked Mutex; sleeper while in
// time.Sleep.
func mutexWaiter(mu *sync.Mutex, result chan<- string) {
	b := makeBig(42)
	mu.Lock()
	mu.Unlock()
	result <- verify(b, 42)
}

func sleeper(result chan<- string) {
	b := makeBig(43)
	time.Sleep(20 * time.Millisecond)
	result <- verify(b, 43)
}

// recurse holds a small object per frame, the only references to them, at depth 2000,
// collects at the bottom, then checks each frame's object on the way back up.
func recurse(depth int) int {
	s := &Small{id: depth, name: "frame" + strconv.Itoa(depth)}
	bad := 0
	if depth == 2000 {
		collect()
	} else {
		bad = recurse(depth + 1)
	}
	if s.id != depth || s.name != "frame"+strconv.Itoa(depth) {
		bad++
	}
	return bad
}

// deferArgs: the deferred calls' arguments are the only references to the Bigs while the
// function allocates garbage and collects.
func check(what string, b *Big, id int) {
	fmt.Printf("%s: %s\n", what, verify(b, id))
}

func checkValue(what string, w wrapped) {
	fmt.Printf("%s: %d %s %s\n", what, w.tag, w.s, verify(w.b, w.tag))
}

func deferArgs() {
	defer check("defer arg", makeBig(15), 15)
	defer checkValue("defer struct arg", wrapped{tag: 16, b: makeBig(16), s: "w16"})
	defer func(b *Big, ids []int) {
		fmt.Printf("defer closure arg: %s %v\n", verify(b, 17), ids)
	}(makeBig(17), []int{17, 18, 19})
	collect()
	collect()
}

// panicValue: the panic value is the only reference to a Big while deferred calls run.
func panicValue() (res string) {
	defer func() {
		collect()
		r := recover()
		res = verify(r.(*Big), 18)
	}()
	defer collect()
	panic(makeBig(18))
}

func main() {
	// 1. a buffered channel's buffer
	ch := make(chan *Big, 8)
	for i := 0; i < 8; i++ {
		ch <- makeBig(20 + i)
	}
	vch := make(chan wrapped, 4)
	for i := 0; i < 4; i++ {
		vch <- wrapped{tag: 30 + i, b: makeBig(30 + i), s: "w" + strconv.Itoa(30+i)}
	}

	// 2. a parked goroutine's locals
	ready, release, result := make(chan bool), make(chan bool), make(chan string)
	go parked(ready, release, result)
	<-ready

	// 3. a goroutine parked sending a value (its element in the sudog)
	unbuf := make(chan wrapped)
	go sender(unbuf)

	// 4. a closure in a global func variable, a method value, interfaces in globals
	setGlobals()

	// 5. a time.AfterFunc callback's closure, the *Timer dropped
	afterRes := make(chan string, 1)
	func() {
		b := makeBig(40)
		time.AfterFunc(30*time.Millisecond, func() { afterRes <- verify(b, 40) })
	}()

	// 6. a time.NewTimer's channel, the *Timer dropped
	start := time.Now()
	timerC := time.NewTimer(5 * time.Millisecond).C
	tickDone := make(chan bool)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// a pending timer whose *Timer is dropped: only the runtime's timer heap holds it
		<-time.NewTimer(10 * time.Millisecond).C
		tickDone <- true
	}()

	// 7. goroutines parked in a select, on a Mutex, in time.Sleep
	selCh, never := make(chan wrapped), make(chan int)
	go selectSender(selCh, never)
	var mu sync.Mutex
	mu.Lock()
	mutexRes, sleepRes := make(chan string), make(chan string)
	go mutexWaiter(&mu, mutexRes)
	go sleeper(sleepRes)

	runtime.GC() // the timers are surely still pending
	runtime.Gosched()
	runtime.GC()
	for i := 0; i < 4; i++ {
		collect()
	}

	for i := 0; i < 8; i++ {
		fmt.Printf("channel buffer %d: %s\n", i, verify(<-ch, 20+i))
	}
	for i := 0; i < 4; i++ {
		w := <-vch
		fmt.Printf("channel buffer value %d: %d %s %s\n", i, w.tag, w.s, verify(w.b, w.tag))
	}
	close(release)
	fmt.Println("parked goroutine locals:", <-result)
	w := <-unbuf
	fmt.Printf("parked sender value: %d %s %s\n", w.tag, w.s, verify(w.b, w.tag))
	fmt.Println("global closure:", globalFn())
	fmt.Println("global method value:", globalMethod() == expectedSum(4))
	fmt.Println("global interface:", verify(globalAny.(*Big), 5))
	fmt.Println("interface slice [0]:", verify(globalIfaces[0].(*Big), 6))
	bv := globalIfaces[1].(Big)
	fmt.Println("interface slice [1]:", verify(&bv, 7))
	fmt.Println("interface slice [2]:", verify(globalIfaces[2].([]*Big)[0], 8))
	fmt.Println("interface slice [3]:", verify(globalIfaces[3].(map[string]*Big)["k"], 9))
	fmt.Println("interface slice [4]:", globalIfaces[4].(string))
	fmt.Println("AfterFunc closure:", <-afterRes)
	t := <-timerC
	fmt.Println("NewTimer channel: fired after start:", !t.Before(start), t.Sub(start) >= 5*time.Millisecond)
	<-tickDone
	wg.Wait()
	fmt.Println("dropped NewTimer fired: true")

	w = <-selCh
	fmt.Printf("parked select value: %d %s %s\n", w.tag, w.s, verify(w.b, w.tag))
	mu.Unlock()
	fmt.Println("parked on a mutex:", <-mutexRes)
	fmt.Println("parked in sleep:", <-sleepRes)
	fmt.Println("deep recursion frames bad:", recurse(0))

	deferArgs()
	fmt.Println("panic value:", panicValue())

	// the globals again, after more collections
	collect()
	fmt.Println("global closure again:", globalFn())
	fmt.Println("global interface again:", verify(globalAny.(*Big), 5))
	globalFn, globalAny, globalIfaces, globalMethod = nil, nil, nil, nil
	collect()
	fmt.Println("garbage bad:", garbageBad)
}
