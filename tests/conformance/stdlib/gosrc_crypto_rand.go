// crypto/rand over golite's internal/syscall/unix (getrandom), and the packages that
// need it: ed25519, rsa, ecdsa. Random values differ from run to run, so the program
// prints what does not: lengths, ranges, and whether signatures verify.
package main

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
)

func main() {
	a := make([]byte, 32)
	b := make([]byte, 32)
	n, err := rand.Read(a)
	fmt.Println("read:", n, err)
	rand.Read(b)
	fmt.Println("two reads differ:", !bytes.Equal(a, b), "hex length:", len(hex.EncodeToString(a)))
	fmt.Println("empty read:", func() string { n, err := rand.Read(nil); return fmt.Sprint(n, err) }())

	inRange := true
	for i := 0; i < 50; i++ {
		x, err := rand.Int(rand.Reader, big.NewInt(10))
		if err != nil || x.Sign() < 0 || x.Cmp(big.NewInt(10)) >= 0 {
			inRange = false
		}
	}
	fmt.Println("rand.Int in [0,10):", inRange)
	p, err := rand.Prime(rand.Reader, 64)
	fmt.Println("prime:", err, p.BitLen(), p.ProbablyPrime(20))

	// ed25519: random keys, and the deterministic ones RFC 8032 derives from a seed.
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	msg := []byte("golite signs this")
	sig := ed25519.Sign(priv, msg)
	fmt.Println("ed25519:", err, len(pub), len(priv), len(sig), ed25519.Verify(pub, msg, sig),
		ed25519.Verify(pub, []byte("something else"), sig))
	seeded := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	fmt.Println("ed25519 from seed:", hex.EncodeToString(seeded.Public().(ed25519.PublicKey)))
	fmt.Println("its signature:", hex.EncodeToString(ed25519.Sign(seeded, msg))[:32])

	// rsa: a small key keeps the run short; signing and OAEP both ways.
	k, err := rsa.GenerateKey(rand.Reader, 512)
	fmt.Println("rsa:", err, k.N.BitLen(), k.Validate())
	h := sha256.Sum256(msg)
	s, err := rsa.SignPKCS1v15(rand.Reader, k, crypto.SHA256, h[:])
	fmt.Println("pkcs1v15:", err, len(s), rsa.VerifyPKCS1v15(&k.PublicKey, crypto.SHA256, h[:], s))
	ct, err := rsa.EncryptOAEP(sha1.New(), rand.Reader, &k.PublicKey, []byte("secret"), nil)
	pt, err2 := rsa.DecryptOAEP(sha1.New(), rand.Reader, k, ct, nil)
	fmt.Println("oaep:", err, err2, string(pt))

	// ecdsa on P-256.
	ek, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	fmt.Println("ecdsa:", err, ek.Curve.Params().Name)
	es, err := ecdsa.SignASN1(rand.Reader, ek, h[:])
	fmt.Println("ecdsa verify:", err, ecdsa.VerifyASN1(&ek.PublicKey, h[:], es), ecdsa.VerifyASN1(&ek.PublicKey, a, es))
}
