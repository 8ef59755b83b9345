// Token spellings for the AST's operator and keyword tokens.
#include "frontend/syntax/ast.h"

namespace golite::ast {

const char* tokString(Tok t) {
  switch (t) {
    case Tok::None: return "";
    case Tok::Add: return "+";
    case Tok::Sub: return "-";
    case Tok::Mul: return "*";
    case Tok::Quo: return "/";
    case Tok::Rem: return "%";
    case Tok::And: return "&";
    case Tok::Or: return "|";
    case Tok::Xor: return "^";
    case Tok::Shl: return "<<";
    case Tok::Shr: return ">>";
    case Tok::AndNot: return "&^";
    case Tok::LAnd: return "&&";
    case Tok::LOr: return "||";
    case Tok::Arrow: return "<-";
    case Tok::Inc: return "++";
    case Tok::Dec: return "--";
    case Tok::Eql: return "==";
    case Tok::Neq: return "!=";
    case Tok::Lss: return "<";
    case Tok::Leq: return "<=";
    case Tok::Gtr: return ">";
    case Tok::Geq: return ">=";
    case Tok::Not: return "!";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::AddAssign: return "+=";
    case Tok::SubAssign: return "-=";
    case Tok::MulAssign: return "*=";
    case Tok::QuoAssign: return "/=";
    case Tok::RemAssign: return "%=";
    case Tok::AndAssign: return "&=";
    case Tok::OrAssign: return "|=";
    case Tok::XorAssign: return "^=";
    case Tok::ShlAssign: return "<<=";
    case Tok::ShrAssign: return ">>=";
    case Tok::AndNotAssign: return "&^=";
    case Tok::Break: return "break";
    case Tok::Continue: return "continue";
    case Tok::Goto: return "goto";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::Import: return "import";
    case Tok::Const: return "const";
    case Tok::Type: return "type";
    case Tok::Var: return "var";
    case Tok::Tilde: return "~";
  }
  return "?";
}

Tok assignOpBase(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::None;
  }
}

std::string FuncDecl::linkTarget() const {
  for (const std::string& d : directives) {
    if (d.rfind("go:linkname ", 0) != 0) continue;
    // go:linkname LOCAL TARGET: the local name must be this function's.
    size_t a = d.find_first_not_of(" \t", 12);
    size_t b = d.find_first_of(" \t", a);
    if (a == std::string::npos || b == std::string::npos || !name || d.substr(a, b - a) != name->name) continue;
    size_t c = d.find_first_not_of(" \t", b);
    if (c == std::string::npos) continue;
    std::string target = d.substr(c, d.find_first_of(" \t", c) - c);
    if (target.find('.') != std::string::npos) return target;
  }
  return "";
}

}  // namespace golite::ast
