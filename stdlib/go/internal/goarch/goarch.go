// Package goarch: the target architecture's facts, for the standard library's packages
// compiled from Go's source (internal/abi). golite's own: Go's picks its files by GOARCH,
// and golite chooses Go's files as for linux/sparc64 (to get pure-Go code), whose
// constants would be wrong here (sparc64 is big-endian). golite runs Go as linux/amd64
// does: 64-bit, little-endian.
package goarch

// ArchFamilyType represents a family of one or more related architectures.
type ArchFamilyType int

const (
	AMD64 ArchFamilyType = iota
	ARM
	ARM64
	I386
	LOONG64
	MIPS
	MIPS64
	PPC64
	RISCV64
	S390X
	WASM
)

const GOARCH = `amd64`

// PtrSize is the size of a pointer in bytes.
const PtrSize = 8

// ArchFamily is the architecture family.
const ArchFamily ArchFamilyType = AMD64

// BigEndian reports whether the architecture is big-endian.
const BigEndian = false

// DefaultPhysPageSize is the default physical page size.
const DefaultPhysPageSize = 4096

// PCQuantum is the minimal unit for a program counter.
const PCQuantum = 1

// Int64Align is the required alignment for a 64-bit integer.
const Int64Align = PtrSize

// MinFrameSize is the size of the system-reserved words at the bottom of a frame.
const MinFrameSize = 0

// StackAlign is the required alignment of the SP register.
const StackAlign = PtrSize

const Is386 = 0
const IsAmd64 = 1
const IsAmd64p32 = 0
const IsArm = 0
const IsArmbe = 0
const IsArm64 = 0
const IsArm64be = 0
const IsLoong64 = 0
const IsMips = 0
const IsMipsle = 0
const IsMips64 = 0
const IsMips64le = 0
const IsMips64p32 = 0
const IsMips64p32le = 0
const IsPpc = 0
const IsPpc64 = 0
const IsPpc64le = 0
const IsRiscv = 0
const IsRiscv64 = 0
const IsS390 = 0
const IsS390x = 0
const IsSparc = 0
const IsSparc64 = 0
const IsWasm = 0
