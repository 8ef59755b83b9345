// GC torture: a large live graph (map[int][]*Node, nodes holding strings, slices, maps
// and pointers to other nodes) mutated by 8 goroutines, each owning a partition of the
// buckets, while 4 other goroutines allocate garbage of mixed sizes. Every collection
// that runs meanwhile must keep every node reachable from the graph (or from another
// node's Next pointer) intact. At the end every node's contents are verified exactly
// against the values its (ID, Ver) determine, and checksums of the whole graph printed.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

const (
	buckets    = 96
	perBucket  = 16
	mutators   = 8
	churners   = 4
	rounds     = 30
	dataLen    = 12
	churnBytes = 3 << 19 // per churner, in objects of 16 B to 64 KB
	bigCount   = 12      // per churner, objects of 512 KB to 1 MB
)

type Node struct {
	ID    int
	Ver   int
	Name  string
	Data  []int
	Attrs map[string]int
	Tags  []string
	Next  *Node // another node of the same bucket, maybe since removed from it
	Blob  []byte
}

var (
	mu    sync.Mutex
	graph = map[int][]*Node{}
)

func dataAt(id, ver, j int) int { return id*1000003 + ver*7919 + j*j*31 }

func newNode(id, ver int) *Node {
	n := &Node{ID: id, Ver: ver}
	n.Name = "node-" + strconv.Itoa(id) + "-v" + strconv.Itoa(ver)
	n.Data = make([]int, dataLen+id%5)
	for j := range n.Data {
		n.Data[j] = dataAt(id, ver, j)
	}
	n.Attrs = map[string]int{"id": id, "ver": ver}
	for j := 0; j < id%4; j++ {
		n.Attrs["k"+strconv.Itoa(j)] = id + j
	}
	n.Tags = []string{fmt.Sprintf("t%d", id%7), fmt.Sprintf("v%d", ver%3)}
	n.Blob = make([]byte, 32+(id*ver)%200)
	for j := range n.Blob {
		n.Blob[j] = byte(id + ver + j)
	}
	return n
}

// check verifies n against what its ID and Ver determine; it returns a description of the
// first difference, or "".
func check(n *Node) string {
	if n == nil {
		return "nil node"
	}
	id, ver := n.ID, n.Ver
	if n.Name != "node-"+strconv.Itoa(id)+"-v"+strconv.Itoa(ver) {
		return "name " + n.Name
	}
	if len(n.Data) != dataLen+id%5 {
		return "data len"
	}
	for j, v := range n.Data {
		if v != dataAt(id, ver, j) {
			return "data value"
		}
	}
	if len(n.Attrs) != 2+id%4 || n.Attrs["id"] != id || n.Attrs["ver"] != ver {
		return "attrs"
	}
	for j := 0; j < id%4; j++ {
		if n.Attrs["k"+strconv.Itoa(j)] != id+j {
			return "attr k"
		}
	}
	if len(n.Tags) != 2 || n.Tags[0] != fmt.Sprintf("t%d", id%7) || n.Tags[1] != fmt.Sprintf("v%d", ver%3) {
		return "tags"
	}
	if len(n.Blob) != 32+(id*ver)%200 {
		return "blob len"
	}
	for j, b := range n.Blob {
		if b != byte(id+ver+j) {
			return "blob byte"
		}
	}
	return ""
}

func hashNode(n *Node) uint64 {
	h := uint64(14695981039346656037)
	mix := func(v uint64) {
		h ^= v
		h *= 1099511628211
	}
	mix(uint64(n.ID))
	mix(uint64(n.Ver))
	for i := 0; i < len(n.Name); i++ {
		mix(uint64(n.Name[i]))
	}
	for _, v := range n.Data {
		mix(uint64(v))
	}
	mix(uint64(len(n.Attrs)))
	for _, t := range n.Tags {
		mix(uint64(len(t)))
	}
	for _, b := range n.Blob {
		mix(uint64(b))
	}
	if n.Next != nil {
		mix(uint64(n.Next.ID)<<20 | uint64(n.Next.Ver))
	}
	return h
}

func load(k int) []*Node {
	mu.Lock()
	defer mu.Unlock()
	return graph[k]
}

func store(k int, s []*Node) {
	mu.Lock()
	graph[k] = s
	mu.Unlock()
}

// mutate runs the rounds on the buckets k with k%mutators == w. IDs are bucket*10000+seq,
// with seq growing per bucket, so everything is determined by the bucket alone.
func mutate(w int, nextSeq []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := 0; r < rounds; r++ {
		for k := w; k < buckets; k += mutators {
			s := load(k)
			switch (r + k) % 5 {
			case 0: // replace a node by a newer version of it (the old one is garbage unless a Next keeps it)
				i := (r*7 + k) % len(s)
				s[i] = newNode(s[i].ID, s[i].Ver+1)
			case 1: // append a new node
				s = append(s, newNode(k*10000+nextSeq[k], 1))
				nextSeq[k]++
			case 2: // remove a node: a new, shorter slice (the old backing array is garbage)
				if len(s) > 4 {
					i := (r*13 + k) % len(s)
					t := make([]*Node, 0, len(s)-1)
					t = append(t, s[:i]...)
					t = append(t, s[i+1:]...)
					s = t
				}
			case 3: // relink: every node's Next is another node of the bucket
				for i, n := range s {
					n.Next = s[(i*3+r+1)%len(s)]
				}
			case 4: // rewrite a node in place: attributes removed and re-added, data rebuilt
				n := s[(r+k*3)%len(s)]
				for j := 0; j < n.ID%4; j++ {
					delete(n.Attrs, "k"+strconv.Itoa(j))
				}
				n.Ver += 2
				fresh := newNode(n.ID, n.Ver)
				n.Name, n.Data, n.Tags, n.Blob = fresh.Name, fresh.Data, fresh.Tags, fresh.Blob
				n.Attrs["ver"] = n.Ver
				for j := 0; j < n.ID%4; j++ {
					n.Attrs["k"+strconv.Itoa(j)] = n.ID + j
				}
			}
			store(k, s)
		}
	}
}

type gnode struct {
	next *gnode
	v    int
	s    string
}

// churn allocates about churnBytes of short-lived objects (byte slices from 16 B to 64 KB,
// linked nodes with strings) and bigCount large ones, and checks each one before dropping
// it. Returns the number of bad objects seen and a checksum of what it read.
func churn(seed int, bad *int, sum *uint64) {
	var ring [16][]byte
	var head *gnode
	depth := 0
	total := 0
	for i := 0; total < churnBytes; i++ {
		size := 16 + (i*131+seed)%500
		if i%64 == 0 {
			size = 4096 + (i*977+seed)%61440
		}
		b := make([]byte, size)
		v := byte(i + seed)
		b[0], b[size/2], b[size-1] = v, v^0x55, v^0xAA
		k := i % 16
		if old := ring[k]; old != nil {
			w := byte(i - 16 + seed)
			n := len(old)
			if old[0] != w || old[n/2] != w^0x55 || old[n-1] != w^0xAA {
				*bad++
			}
			*sum += uint64(n)
		}
		ring[k] = b
		total += size
		if i%128 == 64 && i/128 < bigCount {
			big := make([]byte, 512<<10+(i*4099+seed)%(512<<10))
			for j := 0; j < len(big); j += 4096 {
				big[j] = byte(j>>12 + i)
			}
			runtime.Gosched()
			for j := 0; j < len(big); j += 4096 {
				if big[j] != byte(j>>12+i) {
					*bad++
				}
			}
			*sum += uint64(len(big))
		}
		head = &gnode{next: head, v: i, s: strconv.Itoa(i)}
		depth++
		total += 48
		if depth == 100 {
			for n, want := head, i; n != nil; n, want = n.next, want-1 {
				if n.v != want || n.s != strconv.Itoa(want) {
					*bad++
				}
				*sum += uint64(n.v)
			}
			head, depth = nil, 0
		}
	}
}

func main() {
	nextSeq := make([]int, buckets)
	for k := 0; k < buckets; k++ {
		s := make([]*Node, perBucket)
		for i := range s {
			s[i] = newNode(k*10000+i, 1)
		}
		for i, n := range s {
			n.Next = s[(i+1)%len(s)]
		}
		graph[k] = s
		nextSeq[k] = perBucket
	}
	runtime.GC()

	var wg sync.WaitGroup
	bads := make([]int, churners)
	sums := make([]uint64, churners)
	for c := 0; c < churners; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			churn(c*17+3, &bads[c], &sums[c])
		}(c)
	}
	for w := 0; w < mutators; w++ {
		wg.Add(1)
		go mutate(w, nextSeq, &wg)
	}
	wg.Wait()
	runtime.GC()

	nodes, nexts, bad := 0, 0, 0
	var sum, nextSum uint64
	for k := 0; k < buckets; k++ {
		s := graph[k]
		for i, n := range s {
			if msg := check(n); msg != "" {
				if bad < 5 {
					fmt.Printf("bad node: bucket %d index %d: %s\n", k, i, msg)
				}
				bad++
				continue
			}
			if n.ID/10000 != k {
				bad++
			}
			nodes++
			sum += hashNode(n) * uint64(k*1000+i+1)
			if n.Next != nil {
				if msg := check(n.Next); msg != "" {
					if bad < 5 {
						fmt.Printf("bad next: bucket %d index %d: %s\n", k, i, msg)
					}
					bad++
					continue
				}
				nexts++
				nextSum += hashNode(n.Next)
			}
		}
	}
	fmt.Printf("ok %d nodes, %d next links, %d bad\n", nodes, nexts, bad)
	fmt.Printf("graph checksum %d\n", sum)
	fmt.Printf("next checksum %d\n", nextSum)
	seqSum := 0
	for _, v := range nextSeq {
		seqSum += v
	}
	fmt.Printf("appended nodes %d\n", seqSum-buckets*perBucket)
	for c := 0; c < churners; c++ {
		fmt.Printf("churner %d: bad %d, checksum %d\n", c, bads[c], sums[c])
	}
}
