// golite repl: a live Go session.
//
// The session is one running program. Its main goroutine runs the package main the
// session builds input by input (vm::runSession): each input is parsed as a fragment
// (imports, declarations, statements), checked into the package by
// Checker::checkFragment (which keeps its scopes between inputs), compiled into the same
// Program by compileFragment and run once, as a function of its own. Nothing is replayed:
// what an input printed or changed stays done, and later inputs see its declarations.
//
//   - Statements at an input's top level run in the session's scope: `x := 1` declares a
//     session variable (a global cell), visible to later inputs and to their funcs.
//   - Declaring a name again (func, type, var, const, `x :=`) replaces it for what is
//     compiled afterwards; code compiled before keeps what it was compiled against.
//   - A top-level expression prints `VALUE  // TYPE` for each of its values (the checker
//     marks it, the compiler calls golite.replShow).
//   - An input with errors is reported as go reports them and declares nothing; a panic
//     prints Go's report and ends only that input. Goroutines an input started go on
//     running while the session waits for the next (the read releases the P).
//   - A package imported by an input is loaded, compiled and initialized then, once.
//
// Input is read a line at a time and continues while inputComplete says it is unfinished.
// Positions in messages count the session's lines from 1, in a file named <repl>.
//
// On a terminal, lines are edited through libedit (BSD editline; Debian's libedit-dev),
// with its readline-compatible API: history kept in ~/.golite_history, TAB completion from
// the checker's scopes (Session::candidates). libedit rather than GNU readline because
// readline's GPL would bind golite's licence; linenoise is not packaged by Debian. The
// prompt runs in libedit's callback mode under poll(), so that while it waits, output
// from the session's goroutines (diverted from fds 1 and 2, runtime/write.h) is printed
// above the line being edited and the line redrawn, not mixed into it. Ctrl-C at the
// prompt drops the input being typed; while an input runs it interrupts it
// (vm::interruptSession). Piped input has no prompt and no editing.
#include "cli/repl.h"
#include "stdlib/os.h"

#include <editline/readline.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/doc.h"
#include "cli/loader.h"
#include "frontend/compile/compile.h"
#include "frontend/types/check.h"
#include "runtime/write.h"
#include "vm/vm.h"

namespace golite {

// ---- input completeness ----------------------------------------------------------------

bool inputComplete(std::string_view s) {
  int depth = 0;
  char last = 0, beforeLast = 0;  // the last two significant characters of the last token
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') i++;
      i--;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t end = s.find("*/", i + 2);
      if (end == std::string_view::npos) return false;  // an open block comment
      i = end + 1;
      continue;
    }
    if (c == '`') {
      size_t end = s.find('`', i + 1);
      if (end == std::string_view::npos) return false;  // an open raw string
      i = end;
      beforeLast = last;
      last = '`';
      continue;
    }
    if (c == '"' || c == '\'') {
      // An interpreted string or rune ends on its line; an unterminated one is the
      // parser's error to report.
      size_t j = i + 1;
      while (j < s.size() && s[j] != c && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
      i = std::min(j, s.size() - 1);
      beforeLast = last;
      last = c;
      continue;
    }
    if (c == '\n') {
      // A line ending here is a whole statement unless what ends it continues.
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (c == '(' || c == '[' || c == '{') depth++;
    if (c == ')' || c == ']' || c == '}') depth--;
    beforeLast = last;
    last = c;
  }
  if (depth > 0) return false;
  if (depth < 0) return true;  // the parser reports it
  switch (last) {
    case '+': case '-': return beforeLast == last;  // x++ and x-- end a statement
    case '*': case '/': case '%': case '&': case '|': case '^': case '<': case '>':
    case '=': case '!': case ',': case '.': case ':':
      return false;
    default:
      return true;
  }
}

namespace {

// ---- the session ------------------------------------------------------------------------

constexpr const char* kFile = "<repl>";

constexpr const char* kHelp =
    "Enter Go: imports, declarations (func, type, var, const, methods) and statements.\n"
    "An expression prints its value and type. Input continues while brackets are open.\n"
    "Commands:\n"
    "  :help          this text\n"
    "  :type EXPR     the type of an expression, without evaluating it\n"
    "  :doc NAME      the declaration and doc comment of NAME, pkg, pkg.NAME or T.METHOD\n"
    "  :env           the session's declarations\n"
    "  :load FILE     a Go file's declarations (its main not run)\n"
    "  :reset         a fresh session (goroutines already running go on)\n"
    "  :disasm NAME   the bytecode of a function\n"
    "  :quit          end the session (also Ctrl-D)\n";

// s without the blanks and line ends around it.
std::string trimmed(std::string s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") + 1 - a);
}

// Through the program's stdout buffer, so that it stays in order with what inputs print.
void writeOut(const std::string& s) { runtime::writeFd(1, s.data(), s.size()); }

void writeAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t k = ::write(fd, p, n);
    if (k <= 0) return;
    p += k;
    n -= size_t(k);
  }
}

// ---- the terminal -----------------------------------------------------------------------

class Session;
Session* theSession = nullptr;  // for libedit's completion callback

// The prompt's state, shared with the signal handler and the output divert.
int wakePipe[2] = {-1, -1};
volatile sig_atomic_t promptInterrupted = 0;
std::mutex pendingMu;
std::string pendingOut;  // goroutines' output while the prompt waits

void onSigint(int) {
  vm::interruptSession();
  promptInterrupted = 1;
  if (wakePipe[1] >= 0) (void)!::write(wakePipe[1], "i", 1);
}

void divertOutput(int, const char* p, size_t n) {
  {
    std::lock_guard<std::mutex> lock(pendingMu);
    pendingOut.append(p, n);
  }
  (void)!::write(wakePipe[1], "o", 1);
}

// Prints the goroutines' pending output above the prompt, then redraws the prompt and the
// line being edited.
void showPending() {
  std::string out;
  {
    std::lock_guard<std::mutex> lock(pendingMu);
    out.swap(pendingOut);
  }
  if (out.empty()) return;
  writeAll(1, "\r\033[K", 4);
  writeAll(1, out.data(), out.size());
  if (out.back() != '\n') writeAll(1, "\n", 1);
  rl_forced_update_display();
}

std::string lineRead;
bool lineDone = false, lineEOF = false;

void onLine(char* line) {
  lineDone = true;
  if (!line) {
    lineEOF = true;
    return;
  }
  lineRead = line;
  std::free(line);
}

// Completion candidates for the word before `start`; set by the completion callback.
std::vector<std::string> completionWords;
size_t completionNext = 0;

char* completionGenerator(const char* text, int state) {
  if (state == 0) completionNext = 0;
  size_t n = std::strlen(text);
  while (completionNext < completionWords.size()) {
    const std::string& w = completionWords[completionNext++];
    if (w.compare(0, n, text) == 0) return strdup(w.c_str());
  }
  return nullptr;
}

char** complete(const char* text, int start, int end);  // after Session

enum class LineResult { Line, End, Interrupted };

// Reads one line on the terminal with editing; goroutines' output shows above it.
LineResult readTerminalLine(const char* prompt, std::string& line) {
  lineDone = lineEOF = false;
  promptInterrupted = 0;
  runtime::setOutputDivert(divertOutput);
  rl_callback_handler_install(prompt, onLine);
  LineResult result = LineResult::Line;
  while (!lineDone) {
    pollfd fds[2] = {{0, POLLIN, 0}, {wakePipe[0], POLLIN, 0}};
    int r = ::poll(fds, 2, -1);
    if (r < 0 && errno != EINTR) break;
    if (promptInterrupted) {
      result = LineResult::Interrupted;
      break;
    }
    if (r > 0 && (fds[1].revents & POLLIN)) {
      char buf[64];
      (void)!::read(wakePipe[0], buf, sizeof buf);
      showPending();
    }
    if (r > 0 && (fds[0].revents & (POLLIN | POLLHUP))) rl_callback_read_char();
  }
  rl_callback_handler_remove();
  runtime::setOutputDivert(nullptr);
  showPending();
  if (result == LineResult::Interrupted) {
    writeAll(1, "\n", 1);
    return result;
  }
  if (lineEOF || !lineDone) return LineResult::End;
  line = lineRead;
  return LineResult::Line;
}

std::string historyPath() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.golite_history" : "";
}

void setUpTerminal() {
  if (::pipe(wakePipe) != 0) wakePipe[0] = wakePipe[1] = -1;
  struct sigaction sa {};
  sa.sa_handler = onSigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  rl_catch_signals = 0;
  rl_readline_name = "golite";
  rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(.,)[]*+-/%!^:";
  rl_attempted_completion_function = complete;
  rl_completion_append_character = 0;
  using_history();
  stifle_history(1000);
  std::string h = historyPath();
  if (!h.empty()) read_history(h.c_str());
}

class Session {
 public:
  explicit Session(const ReplOptions& opts) : opts_(opts) {}

  // Checks and compiles the empty package main with fmt imported; returns its init.
  const vm::Proto* start() {
    checker_ = loader_.checker();
    ast::File* f = parseFile(loader_.nodes, kFile, "package main\n", loader_.diags);
    pkg_ = checker_->checkPackage("main", {f});
    loader_.diags.list.clear();  // a session's package main has no func main
    std::vector<ast::Node*> decls;
    std::vector<ast::Stmt*> stmts;
    if (!parseFragment(loader_.nodes, kFile, "import \"fmt\"", decls, stmts, loader_.diags) ||
        !checker_->checkFragment(pkg_, decls, stmts)) {
      printDiagnostics(loader_.diags);
      return nullptr;
    }
    for (types::Package* p : loader_.order) program_.compilePackage(p);
    compiled_ = loader_.order.size();
    program_.compilePackage(pkg_);
    return program_.initProto();
  }

  // Reads the next input (lines until it is complete); false at the end of input.
  bool read(std::string& input) {
    runtime::flushStdout();
    input.clear();
    std::string line;
    for (;;) {
      if (opts_.interactive) {
        LineResult r = readTerminalLine(input.empty() ? "> " : ". ", line);
        if (r == LineResult::Interrupted) {
          input.clear();  // Ctrl-C drops what was typed
          continue;
        }
        if (r == LineResult::End) {
          writeAll(1, "\n", 1);
          return !input.empty();
        }
      } else if (!std::getline(std::cin, line)) {
        return !input.empty();  // what was typed before the end still runs
      }
      lines_++;
      sessionLines_.push_back(line);
      if (input.empty()) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        firstLine_ = lines_;
      }
      input += line;
      input += '\n';
      if (input[input.find_first_not_of(" \t")] == ':' || inputComplete(input)) {
        if (opts_.interactive) {
          std::string entry = input.substr(0, input.size() - 1);
          add_history(entry.c_str());
          std::string h = historyPath();
          if (!h.empty()) write_history(h.c_str());
        }
        return true;
      }
    }
  }

  // TAB completion: what may follow `before` (the line up to the word being completed):
  // after `pkg.`, the package's exported names; after `x.`, x's fields and methods; else
  // the names in scope (the session's, the package's, the universe's) and keywords.
  std::vector<std::string> candidates(const std::string& before) {
    std::vector<std::string> out;
    types::Scope* session = sessionScope();
    auto lookup = [&](const std::string& name) -> types::Object* {
      for (types::Scope* s = session ? session : pkg_->scope; s; s = s->parent)
        if (types::Object* o = s->lookup(name)) return o;
      return nullptr;
    };
    if (!before.empty() && before.back() == '.') {
      size_t b = before.size() - 1;
      while (b > 0 && (std::isalnum(static_cast<unsigned char>(before[b - 1])) || before[b - 1] == '_')) b--;
      types::Object* o = lookup(before.substr(b, before.size() - 1 - b));
      if (!o) return out;
      if (o->kind == types::ObjKind::PkgName) {
        if (auto* imp = o->as<types::PkgName>()->imported)
          for (types::Object* m : imp->scope->ordered)
            if (!m->name.empty() && std::isupper(static_cast<unsigned char>(m->name[0]))) out.push_back(m->name);
        return out;
      }
      if (o->kind != types::ObjKind::Var || !o->type) return out;
      types::Type* t = o->type;
      if (types::underlying(t)->kind == types::TypeKind::Pointer) t = types::underlying(t)->as<types::Pointer>()->elem;
      if (t->kind == types::TypeKind::Named)
        for (types::Func* m : t->as<types::Named>()->methods) out.push_back(m->name);
      if (types::underlying(t)->kind == types::TypeKind::Struct)
        for (types::Var* f : types::underlying(t)->as<types::Struct>()->fields) out.push_back(f->name);
      return out;
    }
    for (types::Scope* s = session ? session : pkg_->scope; s; s = s->parent)
      for (types::Object* o : s->ordered) out.push_back(o->name);
    for (const char* kw : {"break", "case", "chan", "const", "continue", "default", "defer", "else",
                           "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
                           "map", "package", "range", "return", "select", "struct", "switch", "type", "var"})
      out.push_back(kw);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The functions that run an input: the inits of packages it imported, then its
  // statements. None after errors (printed) or for a command.
  std::vector<const vm::Proto*> compile(const std::string& input) {
    size_t start = input.find_first_not_of(" \t");
    if (input[start] == ':') {
      std::string cmd = input.substr(start + 1);
      if (cmd.rfind("load ", 0) == 0) return load(cmd.substr(5));
      command(cmd);
      return {};
    }
    // Padded so that positions are the session's lines.
    std::string src(size_t(firstLine_ - 1), '\n');
    src += input;
    std::vector<ast::Node*> decls;
    std::vector<ast::Stmt*> stmts;
    if (!parseFragment(loader_.nodes, kFile, src, decls, stmts, loader_.diags)) {
      reportErrors();
      return {};
    }
    return compileChecked(decls, stmts);
  }

 private:
  // :load FILE: a Go file's imports and declarations join the session (its package
  // variables initialized, its init and main not run).
  std::vector<const vm::Proto*> load(std::string path) {
    path = trimmed(path);
    std::string text;
    if (!readFile(path, text)) {
      runtime::writeStderr("cannot read " + path + "\n");
      return {};
    }
    ast::File* f = parseFile(loader_.nodes, path, text, loader_.diags);
    if (!f) {
      reportErrors();
      return {};
    }
    std::vector<const vm::Proto*> run = compileChecked(f->decls, {}, path);
    if (run.empty()) return run;
    SourceLines& lines = loadedFiles_[path];
    lines.clear();
    for (size_t a = 0; a <= text.size();) {
      size_t b = text.find('\n', a);
      if (b == std::string::npos) b = text.size();
      lines.push_back(text.substr(a, b - a));
      a = b + 1;
    }
    // Where :doc finds what the file declared.
    for (ast::Node* d : f->decls) {
      if (d->kind == ast::NodeKind::FuncDecl) {
        if (auto* id = d->as<ast::FuncDecl>()->name; id && id->obj) objFile_[id->obj] = path;
        continue;
      }
      if (d->kind != ast::NodeKind::GenDecl) continue;
      for (ast::Node* s : d->as<ast::GenDecl>()->specs) {
        if (s->kind == ast::NodeKind::TypeSpec) {
          if (auto* id = s->as<ast::TypeSpec>()->name; id && id->obj) objFile_[id->obj] = path;
        } else if (s->kind == ast::NodeKind::ValueSpec) {
          for (ast::Ident* id : s->as<ast::ValueSpec>()->names)
            if (id->obj) objFile_[id->obj] = path;
        }
      }
    }
    return run;
  }

  // Checks an input's declarations and statements into the session and compiles them;
  // errors are printed and nothing is declared.
  std::vector<const vm::Proto*> compileChecked(const std::vector<ast::Node*>& decls,
                                               const std::vector<ast::Stmt*>& stmts,
                                               const std::string& filename = kFile) {
    if (!checker_->checkFragment(pkg_, decls, stmts, filename)) {
      reportErrors();
      return {};
    }
    std::vector<const vm::Proto*> run;
    try {
      if (compiled_ < loader_.order.size()) {
        for (; compiled_ < loader_.order.size(); compiled_++) program_.compilePackage(loader_.order[compiled_]);
        run.push_back(program_.initProto());
      }
      run.push_back(program_.compileFragment(pkg_, decls, stmts, "main.input" + std::to_string(++inputs_), filename));
    } catch (const std::exception& e) {
      runtime::writeStderr(std::string(e.what()) + "\n");
      return {};
    }
    return run;
  }

  void reportErrors() {
    runtime::flushStdout();
    printDiagnostics(loader_.diags);
    loader_.diags.list.clear();
  }

  void command(std::string cmd) {
    cmd = trimmed(cmd);
    std::string name = cmd.substr(0, cmd.find(' '));
    std::string arg = name.size() < cmd.size() ? cmd.substr(name.size() + 1) : "";
    if (name == "quit" || name == "q") {
      runtime::exitProcess(0);
    } else if (name == "help" || name == "h") {
      writeOut(kHelp);
    } else if (name == "type" || name == "t") {
      typeOf(arg);
    } else if (name == "doc") {
      doc(arg);
    } else if (name == "env") {
      env();
    } else if (name == "disasm") {
      bool found = false;
      for (const auto& p : program_.protos())
        if (p->name == arg || p->name == "main." + arg) {
          writeOut(vm::disassemble(p.get()) + "\n");
          found = true;
        }
      if (!found) runtime::writeStderr("no function " + arg + "\n");
    } else {
      runtime::writeStderr("unknown command :" + name + " (:help lists them)\n");
    }
  }

  // :type EXPR: checks the expression as an input that shows it, without running it.
  void typeOf(const std::string& expr) {
    std::string src(size_t(firstLine_ - 1), '\n');
    src += expr;
    std::vector<ast::Node*> decls;
    std::vector<ast::Stmt*> stmts;
    if (!parseFragment(loader_.nodes, kFile, src, decls, stmts, loader_.diags)) {
      reportErrors();
      return;
    }
    if (!decls.empty() || stmts.size() != 1 || stmts[0]->kind != ast::NodeKind::ExprStmt) {
      runtime::writeStderr(":type takes an expression\n");
      return;
    }
    if (!checker_->checkFragment(pkg_, decls, stmts)) {
      reportErrors();
      return;
    }
    auto* es = stmts[0]->as<ast::ExprStmt>();
    if (!es->show) {
      writeOut("(no value)\n");
      return;
    }
    types::Type* t = es->x->type;
    std::string out;
    if (t->kind == types::TypeKind::Tuple) {
      out = "(";
      for (types::Var* v : t->as<types::Tuple>()->vars) out += (out.size() > 1 ? ", " : "") + types::typeString(v->type);
      out += ")";
    } else {
      out = types::typeString(t);
    }
    writeOut(out + "\n");
  }

  // :doc NAME: NAME's declaration and doc comment, as `go doc` shows them. A package's
  // members are looked up in Go's source tree (golite's own package sources carry no
  // docs); without one, the declaration is made from the member's type. The session's
  // declarations come from the session's lines or the file :load read them from.
  void doc(std::string name) {
    name = trimmed(name);
    if (name.empty()) {
      runtime::writeStderr(":doc takes a name\n");
      return;
    }
    size_t dot = name.find('.');
    std::string head = name.substr(0, dot);
    std::string rest = dot == std::string::npos ? "" : name.substr(dot + 1);
    types::Scope* found = nullptr;
    types::Object* o = nullptr;
    for (types::Scope* s = sessionScope() ? sessionScope() : pkg_->scope; s && !o; s = s->parent)
      if ((o = s->lookup(head))) found = s;
    if (!o) {
      runtime::writeStderr("no declaration of " + head + "\n");
      return;
    }
    if (o->kind == types::ObjKind::PkgName) {
      types::Package* imp = o->as<types::PkgName>()->imported;
      std::vector<SourceLines> files = goSourceFiles(imp->path);
      if (rest.empty()) {
        std::string doc = packageDoc(files);
        writeOut("package " + imp->name + " // import \"" + imp->path + "\"\n" + (doc.empty() ? "" : "\n" + doc));
        return;
      }
      std::string member = rest.substr(0, rest.find('.'));
      types::Object* m = imp->scope->lookup(member);
      if (!m || !m->exported()) {
        runtime::writeStderr("no " + member + " in package " + imp->path + "\n");
        return;
      }
      writeOut(memberDoc(files, rest, m, imp->name));
      return;
    }
    if (!found->parent) {  // the universe: Go's builtin package documents it
      writeOut(memberDoc(goSourceFiles("builtin"), name, o, ""));
      return;
    }
    types::Object* target = o;
    if (!rest.empty()) {
      target = nullptr;
      if (o->kind == types::ObjKind::TypeName && o->type->kind == types::TypeKind::Named)
        for (types::Func* f : o->type->as<types::Named>()->methods)
          if (f->name == rest) target = f;
      if (!target) {
        runtime::writeStderr("no method " + rest + " of " + head + "\n");
        return;
      }
    }
    auto declOf = [&](types::Object* obj, const std::string& shown) {
      auto file = objFile_.find(obj);
      const SourceLines& lines = file == objFile_.end() ? sessionLines_ : loadedFiles_[file->second];
      DocText d = declAt(lines, obj->pos.line);
      if (d.decl.empty()) d.decl = declFromType(obj, shown, "");
      return d;
    };
    std::string out = formatDoc(declOf(target, rest.empty() ? name : rest));
    if (rest.empty())
      out += methodList(target, [&](types::Func* f) { return declOf(f, f->name).decl; }, false);
    writeOut(out);
  }

  // A package member's (or a type's method's, "T.M") declaration and doc from the
  // package's source files; for a type, its exported methods' declarations follow.
  std::string memberDoc(const std::vector<SourceLines>& files, const std::string& name, types::Object* m,
                        const std::string& pkgName) {
    DocText d;
    bool found = false;
    for (const SourceLines& f : files)
      if ((found = findDecl(f, name, d))) break;
    if (!found) d.decl = declFromType(m, name, pkgName);
    if (!pkgName.empty()) d.decl = hideUnexportedFields(d.decl);
    if (name.find('.') != std::string::npos) return formatDoc(d);
    return formatDoc(d) + methodList(m, [&](types::Func* f) {
             DocText md;
             for (const SourceLines& file : files)
               if (findDecl(file, name + "." + f->name, md)) return md.decl;
             return declFromType(f, f->name, pkgName);
           }, !pkgName.empty());
  }

  // A named type's methods' declarations, sorted by name, after a blank line.
  template <class DeclOf>
  static std::string methodList(types::Object* t, DeclOf declOf, bool exportedOnly) {
    if (t->kind != types::ObjKind::TypeName || t->type->kind != types::TypeKind::Named) return "";
    std::vector<types::Func*> ms = t->type->as<types::Named>()->methods;
    std::sort(ms.begin(), ms.end(), [](types::Func* a, types::Func* b) { return a->name < b->name; });
    std::string out;
    for (types::Func* f : ms)
      if (!exportedOnly || f->exported()) out += declOf(f) + "\n";
    return out.empty() ? "" : "\n" + out;
  }

  // A declaration made from an object's type, where no source shows it.
  static std::string declFromType(types::Object* o, const std::string& name, const std::string& pkgName) {
    std::string t = o->type ? types::typeString(o->type) : "";
    if (!pkgName.empty()) {  // unqualify the package's own names
      for (size_t at; (at = t.find(pkgName + ".")) != std::string::npos;) t.erase(at, pkgName.size() + 1);
    }
    switch (o->kind) {
      case types::ObjKind::Func: {
        auto* sig = o->type->as<types::Signature>();
        std::string recv;
        if (sig->recv) recv = "(" + types::typeString(sig->recv->type) + ") ";
        return "func " + recv + name.substr(name.rfind('.') + 1) + t.substr(4);
      }
      case types::ObjKind::TypeName: return "type " + name + " " + types::typeString(types::underlying(o->type));
      case types::ObjKind::Const: return "const " + name + " " + t;
      case types::ObjKind::Var: return "var " + name + " " + t;
      default: return name;
    }
  }

  // The session's scope (Checker::checkFragment's file scope: imports, session variables).
  types::Scope* sessionScope() {
    for (auto it = pkg_->scope->children.rbegin(); it != pkg_->scope->children.rend(); ++it)
      if ((*it)->comment == "file <repl>") return *it;
    return nullptr;
  }

  // :env: the package's declarations and the session's variables and types, by name.
  void env() {
    std::string out;
    for (types::Scope* s : {pkg_->scope, sessionScope()}) {
      if (!s) continue;
      for (types::Object* o : s->ordered) {
        switch (o->kind) {
          case types::ObjKind::Func: out += "func " + o->name + " " + types::typeString(o->type) + "\n"; break;
          case types::ObjKind::Var: out += "var " + o->name + " " + types::typeString(o->type) + "\n"; break;
          case types::ObjKind::Const: out += "const " + o->name + " " + types::typeString(o->type) + "\n"; break;
          case types::ObjKind::TypeName: out += "type " + o->name + " " + types::typeString(types::underlying(o->type)) + "\n"; break;
          case types::ObjKind::PkgName: out += "import " + o->name + "\n"; break;
          default: break;
        }
      }
    }
    writeOut(out);
  }

  ReplOptions opts_;
  Loader loader_;
  std::unique_ptr<Checker> checker_;
  types::Package* pkg_ = nullptr;
  Program program_;
  size_t compiled_ = 0;  // loader_.order[0, compiled_) are compiled
  int inputs_ = 0;
  SourceLines sessionLines_;                              // every line read, for :doc
  std::map<std::string, SourceLines> loadedFiles_;        // files :load read
  std::map<const types::Object*, std::string> objFile_;  // what they declared
  int lines_ = 0;      // lines read so far
  int firstLine_ = 1;  // the current input's first line
};

char** complete(const char* text, int start, int) {
  rl_attempted_completion_over = 1;  // no file names
  completionWords = theSession->candidates(std::string(rl_line_buffer, size_t(start)));
  return rl_completion_matches(text, completionGenerator);
}

}  // namespace

int runRepl(const ReplOptions& opts) {
  // os.Args[0] is the program's name, as packages expect (flag's init reads it).
  stdlib::os::setOSArgs({"golite"});
  static Session* session = new Session(opts);  // lives until the process exits
  theSession = session;
  const vm::Proto* init = session->start();
  if (!init) return 1;
  if (opts.interactive) setUpTerminal();
  vm::SessionHooks hooks;
  hooks.read = [](std::string& in) { return session->read(in); };
  static ReplOptions options = opts;
  hooks.compile = [](const std::string& in) -> std::vector<const vm::Proto*> {
    size_t a = in.find_first_not_of(" \t"), b = in.find_last_not_of(" \t\r\n");
    if (a != std::string::npos && in.compare(a, b + 1 - a, ":reset") == 0) {
      // A fresh session: new package, checker and Program. The old one is kept (not
      // freed): goroutines it started may still run its code.
      auto* fresh = new Session(options);
      const vm::Proto* init = fresh->start();
      if (!init) return {};
      session = theSession = fresh;
      return {init};
    }
    // On a large stack of its own, as golite run's front end: the checker and compiler
    // recurse as deep as the parser lets an input nest, past a goroutine's stack.
    std::vector<const vm::Proto*> run;
    onFrontEndStack([&] { run = session->compile(in); });
    return run;
  };
  return vm::runSession(init, std::move(hooks));
}

}  // namespace golite
