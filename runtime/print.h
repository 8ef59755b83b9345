// The runtime's printing (Go's runtime/print.go): the print and println builtins, panic
// values and fatal errors. Not fmt: floats print as +1.500000e+000, complex as (re+imi),
// and values of composite types as their type and address. Callers append to a string
// and write it with writeStderr (runtime/write.h) in one piece.
#pragma once

#include <string>

#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::runtime {

void printfloat(std::string& out, double v);
void printcomplex(std::string& out, double re, double im);
// print(v) for a value of basic kind at p; false for kinds print does not take.
bool printbasic(std::string& out, const Type* t, const void* p);
// Whether t is a predeclared basic type (int, string, ...: unnamed by a package).
bool predeclared(const Type* t);
// What Go prints after "panic: " for a value whose type has no Error or String method
// (the VM calls those first, Go's preprintpanics): nil, plain values for predeclared
// types, T(v) for named basic types (main.E("x")), and "(T) 0xADDR" for anything else.
void printpanicval(std::string& out, Eface v);

}  // namespace golite::runtime
