// Package cpu: golite's internal/cpu. Go's packages ask it which instructions their
// assembly may use; golite runs none of their assembly (it reads them for a target without
// any, see cli/loader.h), so every feature reads false.
package cpu

// DebugOptions is set when GODEBUG options for cpu features are read (never, here).
var DebugOptions bool

// CacheLinePadSize is the size of a cache line, for padding against false sharing.
const CacheLinePadSize = 64

// CacheLinePad pads a structure to keep its fields on cache lines of their own.
type CacheLinePad struct{ _ [CacheLinePadSize]byte }

// CacheLineSize is the cache line size assumed.
var CacheLineSize uintptr = CacheLinePadSize

var X86 struct {
	_                                                       CacheLinePad
	HasAES, HasADX, HasAVX, HasAVX2, HasBMI1, HasBMI2, HasERMS, HasFMA bool
	HasOSXSAVE, HasPCLMULQDQ, HasPOPCNT, HasRDTSCP, HasSSE3, HasSSSE3  bool
	HasSSE41, HasSSE42                                      bool
	_                                                       CacheLinePad
}

var ARM struct {
	_                  CacheLinePad
	HasVFPv4, HasIDIVA bool
	_                  CacheLinePad
}

var ARM64 struct {
	_                                                  CacheLinePad
	HasAES, HasPMULL, HasSHA1, HasSHA2, HasCRC32       bool
	HasATOMICS, HasCPUID, IsNeoverseN1, IsZeus         bool
	_                                                  CacheLinePad
}

var MIPS64X struct {
	_      CacheLinePad
	HasMSA bool
	_      CacheLinePad
}

var PPC64 struct {
	_                                             CacheLinePad
	HasDARN, HasSCV, IsPOWER8, IsPOWER9, IsPOWER10 bool
	_                                             CacheLinePad
}

var S390X struct {
	_                                                               CacheLinePad
	HasZARCH, HasSTFLE, HasLDISP, HasEIMM, HasDFP, HasETF3EH, HasMSA bool
	HasAES, HasAESCBC, HasAESCTR, HasAESGCM, HasGHASH                bool
	HasSHA1, HasSHA256, HasSHA512, HasSHA3, HasVX, HasVXE            bool
	HasKDSA, HasECDSA, HasEDDSA                                      bool
	_                                                               CacheLinePad
}

// Initialize reads the features (none) and the GODEBUG options (ignored).
func Initialize(env string) {}

// Name is the CPU's name where known; golite does not look.
func Name() string { return "" }
