package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := map[int]int{}
	var readers, maxReaders int32
	var writerInside int32
	bad := int32(0)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				if atomic.AddInt32(&writerInside, 1) != 1 || atomic.LoadInt32(&readers) != 0 {
					atomic.StoreInt32(&bad, 1)
				}
				data[w*1000+i] = i
				atomic.AddInt32(&writerInside, -1)
				rw.Unlock()
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				n := atomic.AddInt32(&readers, 1)
				for {
					m := atomic.LoadInt32(&maxReaders)
					if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
						break
					}
				}
				if atomic.LoadInt32(&writerInside) != 0 {
					atomic.StoreInt32(&bad, 1)
				}
				_ = len(data)
				atomic.AddInt32(&readers, -1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("entries", len(data), "violations", bad)

	// TryLock / TryRLock.
	var m sync.RWMutex
	fmt.Println(m.TryRLock(), m.TryRLock(), m.TryLock())
	m.RUnlock()
	m.RUnlock()
	fmt.Println(m.TryLock(), m.TryRLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
	m.Unlock()

}
