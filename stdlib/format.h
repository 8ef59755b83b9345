// The fmt formatting engine, for the fmt package's natives and for the runtime (panic
// values, print/println). It is Go's fmt (print.go, format.go) walking values through
// their runtime type descriptors instead of reflect: the same verbs, flags, widths,
// precisions, error forms (%!d(string=hi), %!v(MISSING), %!(EXTRA int=3)), Error/String
// methods and sorted maps, printing the same bytes.
//
// Methods (Error, String, GoString) are called through the goroutine's interpreter
// Thread; with a null Thread they are not called and values print as if they had none.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::vm {
struct Thread;
}

namespace golite::stdlib::fmt {

// fmt.Sprint: spaces between operands when neither is a string.
void sprint(vm::Thread* th, std::string& out, const runtime::Eface* args, size_t n);
// fmt.Sprintln: spaces between all operands and a final newline.
void sprintln(vm::Thread* th, std::string& out, const runtime::Eface* args, size_t n);
// fmt.Sprintf. When wrapped is not null, %w is accepted as fmt.Errorf does and *wrapped
// receives the index of the operand it wrapped, or -1.
void sprintf(vm::Thread* th, std::string& out, std::string_view format,
             const runtime::Eface* args, size_t n, int* wrapped = nullptr);

// Formats the value of type t stored at p with a verb, as Sprintf("%<verb>", v) does for
// v holding that value.
void formatValue(vm::Thread* th, std::string& out, const runtime::Type* t, const void* p,
                 char verb = 'v');

}  // namespace golite::stdlib::fmt
