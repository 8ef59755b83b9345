// The bytecode compiler: checked AST to vm::Proto functions.
//
// The compiler reads only the checker's annotations on the AST (types, objects,
// selections, constant values). Every Go function becomes a Proto with a register frame:
// parameters first (receiver, then each parameter in ceil(size/8) words), then locals,
// then temporaries allocated stack-like per statement. Variables captured by closures or
// whose address is taken live in heap cells; the register then holds the cell's address.
//
// A Program owns everything compiled so far. The REPL compiles each new line into the
// same Program (compileFragment), so earlier functions, globals and types stay valid.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/types/types.h"
#include "vm/proto.h"

namespace golite {

class Program {
 public:
  Program();
  ~Program();

  // Compiles a checked package (its imports must have been compiled first) and appends
  // its global initialization and init() calls to the program's init function.
  void compilePackage(types::Package* pkg);
  // REPL: compiles an input checkFragment accepted (its func declarations and its
  // statements) into this Program, whose globals, types and functions stay where they
  // are; returns the function `name` that runs the statements once. Session variables
  // (the statements' top-level variables) get global cells as they are declared; an
  // expression statement the checker marked `show` prints its values as `VALUE  // TYPE`.
  // Throws std::runtime_error (the message as go reports it) on what the compiler
  // rejects.
  vm::Proto* compileFragment(types::Package* pkg, const std::vector<ast::Node*>& decls,
                             const std::vector<ast::Stmt*>& stmts, const std::string& name,
                             const std::string& filename = "<repl>");

  // The function that initializes every compiled package in order (finishing it).
  vm::Proto* initProto();
  // main.main of the given package.
  vm::Proto* mainProto(types::Package* pkg, const std::string& name = "main");
  // Every function compiled, in creation order (for `golite disasm`).
  const std::vector<std::unique_ptr<vm::Proto>>& protos() const;

  // The program image (frontend/compile/image.cpp): saveImage writes everything a run
  // needs (false: the program holds something an image cannot name, nothing written);
  // loadImage makes a fresh Program of this one (nothing compiled yet) from an image,
  // giving its init and main functions (false: the image does not check out).
  bool saveImage(vm::Proto* init, vm::Proto* mainFn, std::string& image) const;
  bool loadImage(std::string_view image, vm::Proto*& init, vm::Proto*& mainFn);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};


}  // namespace golite
