// Natives for the parts of Go's crypto packages that are assembly in Go's source.
//
// crypto/internal/boring/sig's functions are markers: empty functions whose presence in
// a binary tells tools which crypto implementation it carries. golite runs Go's pure-Go
// crypto, so they do nothing here either.
#include "vm/native.h"

namespace golite::stdlib::crypto {
namespace {

void marker(vm::Thread*, uint64_t*) {}

GOLITE_NATIVE("crypto/internal/boring/sig.BoringCrypto", marker);
GOLITE_NATIVE("crypto/internal/boring/sig.FIPSOnly", marker);
GOLITE_NATIVE("crypto/internal/boring/sig.StandardCrypto", marker);

}  // namespace
}  // namespace golite::stdlib::crypto
