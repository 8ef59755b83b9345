package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
)

func main() {
	fmt.Println(hex.EncodeToString(sha256.New().Sum(nil))[:16])
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello")))
	fmt.Printf("%x\n", sha512.Sum512([]byte("hello")))
	m := hmac.New(sha256.New, []byte("key"))
	io.WriteString(m, "message")
	fmt.Printf("%x\n", m.Sum(nil))
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	h := sha256.New()
	for i := 0; i < 1000; i++ {
		h.Write([]byte("abcdefghij"))
	}
	fmt.Printf("%x\n", h.Sum(nil))
}
