// Go's strconv for C++ code: the number and quoting routines fmt and the strconv package's
// natives share. Output is byte-for-byte what Go 1.19's strconv produces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golite::stdlib::strconv {

// AppendInt / AppendUint: base 2..36, lower-case digits.
void appendInt(std::string& out, int64_t v, int base);
void appendUint(std::string& out, uint64_t v, int base);

// AppendFloat(dst, f, fmt, prec, bitSize): fmt one of 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X';
// prec -1 means the fewest digits that read back exactly (as float32 when bitSize is 32).
// An unknown fmt appends '%' and fmt, as Go does.
void appendFloat(std::string& out, double f, char fmt, int prec, int bitSize);

// ParseFloat's outcome: the value is set in every case (±Inf on range errors, as Go).
enum class ParseStatus { Ok, Syntax, Range };
ParseStatus parseFloat(std::string_view s, int bitSize, double* out);

// Quote / QuoteToASCII / QuoteToGraphic and the rune forms.
void appendQuote(std::string& out, std::string_view s, char quote, bool asciiOnly,
                 bool graphicOnly);
void appendQuoteRune(std::string& out, int32_t r, bool asciiOnly, bool graphicOnly);
bool canBackquote(std::string_view s);
bool isPrint(int32_t r);
bool isGraphic(int32_t r);

// Unquote: false on a syntax error.
bool unquote(std::string_view s, std::string* out);
// UnquoteChar: false on a syntax error; *consumed is how many bytes of s were used.
bool unquoteChar(std::string_view s, char quote, int32_t* value, bool* multibyte,
                 size_t* consumed);

}  // namespace golite::stdlib::strconv
