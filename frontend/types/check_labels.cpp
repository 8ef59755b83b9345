// Labels and branch statements: resolves break/continue/goto targets (BranchStmt::target)
// and reports misplaced branches and unused or undefined labels. In the gc compiler this is
// the parser's job (cmd/compile/internal/syntax/branches.go); the words are that file's.
#include <map>

#include "frontend/types/check_impl.h"

namespace golite {

using ast::NodeKind;
using ast::Tok;

namespace {

struct Block {
  Block* parent;
  Pos start;
  ast::LabeledStmt* lstmt;
};

struct Label {
  Block* parent;
  ast::LabeledStmt* lstmt;
  bool used;
};

struct Targets {
  ast::Stmt* breaks = nullptr;
  ast::Stmt* continues = nullptr;
  int caseIndex = -1;
  int caseCount = 0;
  bool typeSwitch = false;
};

struct LabelScope {
  Checker::Impl* c;
  std::string file;
  std::map<std::string, std::unique_ptr<Label>> labels;
  std::vector<std::unique_ptr<Block>> blocks;

  std::string posStr(Pos p) { return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col); }

  Label* declare(Block* b, ast::LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels.find(name);
    if (it != labels.end()) {
      c->error(s->label->pos, "label " + name + " already defined at " + posStr(it->second->lstmt->label->pos));
      return it->second.get();
    }
    auto l = std::make_unique<Label>(Label{b, s, false});
    Label* r = l.get();
    labels[name] = std::move(l);
    return r;
  }

  ast::LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels.find(name);
    if (it == labels.end()) return nullptr;
    Label* l = it->second.get();
    l->used = true;
    for (; b; b = b->parent)
      if (l->parent == b) return l->lstmt;
    return nullptr;
  }

  // nullptr: not found; invalid(): not enclosing
  ast::LabeledStmt* enclosingTarget(Block* b, const std::string& name, bool* found) {
    *found = false;
    auto it = labels.find(name);
    if (it == labels.end()) return nullptr;
    Label* l = it->second.get();
    l->used = true;
    *found = true;
    for (; b; b = b->parent)
      if (l->lstmt == b->lstmt) return l->lstmt;
    return nullptr;
  }

  std::vector<ast::BranchStmt*> blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt, Pos start,
                                              const std::vector<ast::Stmt*>& body) {
    blocks.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks.back().get();
    Pos varPos;
    bool haveVar = false;
    std::string varName;
    std::vector<ast::BranchStmt*> fwdGotos, badGotos;
    auto recordVarDecl = [&](Pos p, const std::string& name) {
      varPos = p;
      varName = name;
      haveVar = true;
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](ast::BranchStmt* fwd) {
      if (!haveVar) return false;
      for (auto* bad : badGotos)
        if (bad == fwd) return true;
      return false;
    };
    auto innerBlock = [&](Targets t, Pos st, const std::vector<ast::Stmt*>& list) {
      auto r = blockBranches(b, t, lstmt, st, list);
      fwdGotos.insert(fwdGotos.end(), r.begin(), r.end());
    };
    size_t n = body.size();
    while (n > 0 && body[n - 1]->kind == NodeKind::EmptyStmt) n--;
    for (size_t stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      ast::Stmt* stmt = body[stmtIndex];
      lstmt = nullptr;
    L:
      switch (stmt->kind) {
        case NodeKind::DeclStmt: {
          auto* gd = stmt->as<ast::DeclStmt>()->decl;
          if (gd->tok == Tok::Var && !gd->specs.empty()) {
            auto* vs = gd->specs[0]->as<ast::ValueSpec>();
            if (!vs->names.empty()) recordVarDecl(vs->names[0]->pos, vs->names[0]->name);
          }
          break;
        }
        case NodeKind::LabeledStmt: {
          auto* s = stmt->as<ast::LabeledStmt>();
          const std::string& name = s->label->name;
          if (name != "_") {
            Label* l = declare(b, s);
            size_t i = 0;
            for (auto* fwd : fwdGotos) {
              if (fwd->label->name == name) {
                fwd->target = s;
                l->used = true;
                if (jumpsOverVarDecl(fwd)) {
                  c->error(fwd->label->pos, "goto " + name + " jumps over declaration of " + varName + " at " + posStr(varPos));
                }
              } else {
                fwdGotos[i++] = fwd;
              }
            }
            fwdGotos.resize(i);
            lstmt = s;
          }
          stmt = s->stmt;
          goto L;
        }
        case NodeKind::BranchStmt: {
          auto* s = stmt->as<ast::BranchStmt>();
          if (!s->label) {
            switch (s->tok) {
              case Tok::Break:
                if (ctxt.breaks) s->target = ctxt.breaks;
                else c->error(s->pos, "break is not in a loop, switch, or select");
                break;
              case Tok::Continue:
                if (ctxt.continues) s->target = ctxt.continues;
                else c->error(s->pos, "continue is not in a loop");
                break;
              case Tok::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                if (ctxt.breaks && (ctxt.breaks->kind == NodeKind::SwitchStmt ||
                                    ctxt.breaks->kind == NodeKind::TypeSwitchStmt)) {
                  if (ctxt.typeSwitch) msg = "cannot fallthrough in type switch";
                  else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                  } else if (ctxt.caseIndex + 1 == ctxt.caseCount) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    s->target = ctxt.breaks;
                    break;
                  }
                }
                c->error(s->pos, msg);
                break;
              }
              default: break;
            }
            break;
          }
          const std::string& name = s->label->name;
          switch (s->tok) {
            case Tok::Break: {
              bool found;
              ast::LabeledStmt* t = enclosingTarget(b, name, &found);
              if (t) {
                switch (t->stmt->kind) {
                  case NodeKind::SwitchStmt: case NodeKind::TypeSwitchStmt: case NodeKind::SelectStmt:
                  case NodeKind::ForStmt: case NodeKind::RangeStmt:
                    s->target = t->stmt;
                    break;
                  default: c->error(s->label->pos, "invalid break label " + name);
                }
              } else if (found) {
                c->error(s->label->pos, "invalid break label " + name);
              } else {
                c->error(s->label->pos, "break label not defined: " + name);
              }
              break;
            }
            case Tok::Continue: {
              bool found;
              ast::LabeledStmt* t = enclosingTarget(b, name, &found);
              if (t) {
                if (t->stmt->kind == NodeKind::ForStmt || t->stmt->kind == NodeKind::RangeStmt) s->target = t->stmt;
                else c->error(s->label->pos, "invalid continue label " + name);
              } else if (found) {
                c->error(s->label->pos, "invalid continue label " + name);
              } else {
                c->error(s->label->pos, "continue label not defined: " + name);
              }
              break;
            }
            case Tok::Goto:
              if (auto* t = gotoTarget(b, name)) s->target = t;
              else fwdGotos.push_back(s);
              break;
            default: break;
          }
          break;
        }
        case NodeKind::AssignStmt: {
          auto* as = stmt->as<ast::AssignStmt>();
          if (as->tok == Tok::Define && !as->lhs.empty()) {
            // syntax reports the position of the := operator
            ast::Expr* last = as->lhs.back();
            Pos p = as->pos;
            if (last->kind == NodeKind::Ident) {
              p = last->pos;
              p.col += int(last->as<ast::Ident>()->name.size()) + 1;
            }
            std::string names;
            for (size_t i = 0; i < as->lhs.size(); i++) {
              if (i) names += ", ";
              names += c->exprString(as->lhs[i]);
            }
            recordVarDecl(p, names);
          }
          break;
        }
        case NodeKind::BlockStmt: {
          Targets t{ctxt.breaks, ctxt.continues, -1, 0, false};
          innerBlock(t, stmt->pos, stmt->as<ast::BlockStmt>()->stmts);
          break;
        }
        case NodeKind::IfStmt: {
          auto* s = stmt->as<ast::IfStmt>();
          Targets t{ctxt.breaks, ctxt.continues, -1, 0, false};
          innerBlock(t, s->body->pos, s->body->stmts);
          if (s->els) innerBlock(t, s->els->pos, {s->els});
          break;
        }
        case NodeKind::ForStmt: {
          auto* s = stmt->as<ast::ForStmt>();
          Targets t{s, s, -1, 0, false};
          innerBlock(t, s->body->pos, s->body->stmts);
          break;
        }
        case NodeKind::RangeStmt: {
          auto* s = stmt->as<ast::RangeStmt>();
          Targets t{s, s, -1, 0, false};
          innerBlock(t, s->body->pos, s->body->stmts);
          break;
        }
        case NodeKind::SwitchStmt: {
          auto* s = stmt->as<ast::SwitchStmt>();
          Targets t{s, ctxt.continues, -1, int(s->clauses.size()), false};
          for (size_t i = 0; i < s->clauses.size(); i++) {
            t.caseIndex = int(i);
            innerBlock(t, s->clauses[i]->pos, s->clauses[i]->body);
          }
          break;
        }
        case NodeKind::TypeSwitchStmt: {
          auto* s = stmt->as<ast::TypeSwitchStmt>();
          Targets t{s, ctxt.continues, -1, int(s->clauses.size()), true};
          for (size_t i = 0; i < s->clauses.size(); i++) {
            t.caseIndex = int(i);
            innerBlock(t, s->clauses[i]->pos, s->clauses[i]->body);
          }
          break;
        }
        case NodeKind::SelectStmt: {
          auto* s = stmt->as<ast::SelectStmt>();
          Targets t{s, ctxt.continues, -1, 0, false};
          for (auto* cc : s->clauses) innerBlock(t, cc->pos, cc->body);
          break;
        }
        default: break;
      }
    }
    return fwdGotos;
  }
};

}  // namespace

void Checker::Impl::checkBranches(ast::BlockStmt* body) {
  if (!body) return;
  LabelScope ls;
  ls.c = this;
  ls.file = curFile ? curFile->filename : "";
  if (ls.file.find('/') == std::string::npos) ls.file = "./" + ls.file;
  auto fwd = ls.blockBranches(nullptr, Targets{}, nullptr, body->pos, body->stmts);
  for (auto* f : fwd) {
    const std::string& name = f->label->name;
    auto it = ls.labels.find(name);
    if (it != ls.labels.end()) {
      it->second->used = true;
      error(f->label->pos, "goto " + name + " jumps into block starting at " + ls.posStr(it->second->parent->start));
    } else {
      error(f->label->pos, "label " + name + " not defined");
    }
  }
  std::vector<Label*> unused;
  for (auto& [n, l] : ls.labels)
    if (!l->used) unused.push_back(l.get());
  for (Label* l : unused) error(l->lstmt->label->pos, "label " + l->lstmt->label->name + " defined and not used");
}

}  // namespace golite
