// GoLite.g4: the syntax of Go 1.22, for ANTLR 4.
//
// The grammar follows the Go spec's productions, reshaped in three ways that keep
// ANTLR's adaptive prediction cheap (most decisions look one or two tokens ahead):
//
// 1. Left factoring where Go's own parser decides late. A simple statement is an
//    expression list followed by what makes it an assignment, a send, an inc/dec or a
//    short variable declaration; a keyed element is an element optionally followed by
//    `: element`; an index and a slice share one suffix rule. The AST builder
//    (frontend/parse.cpp) checks what the grammar leaves loose, as Go's parser does
//    (`if x := 1 {` -> "cannot use x := 1 as value").
//
// 2. Headers. In the header of an if, for or switch statement a composite literal whose
//    type is a bare (possibly qualified) type name must be parenthesized: `if x == T{}`
//    would otherwise be ambiguous with the statement's block. The spec resolves it that
//    way and so does this grammar, with a second copy of the expression rules (suffix H)
//    used only at a header's top level. Inside parentheses, brackets and braces the full
//    rules apply again, exactly as go/parser's exprLev does.
//
// 3. Types inside expressions. Conversions (`[]byte(s)`, `chan int(nil)`, `func()(x)`),
//    builtin arguments (`make(map[K]V)`) and type-switch cases need types where
//    expressions stand. Type literals are therefore operands, `*T` is the unary `*`, and
//    `<-chan T` is the unary `<-` applied to `chan T` (the builder re-associates it, as
//    go/parser does).
//
// Semicolons are inserted by the lexer subclass (frontend/lexer.cpp), following the
// spec; newlines, whitespace and comments never reach the parser. `;` may be left out
// before `)` and `}`: the list rules below say so.
grammar GoLite;

// ===== Files and declarations ==========================================================

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

// The REPL's input: declarations and statements in any mix.
replInput
    : replItem? (SEMI replItem?)* EOF
    ;

replItem
    : importDecl
    | funcDecl
    | statement
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec?)*)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? (STRING_LIT | RAW_STRING_LIT)
    ;

topLevelDecl
    : declaration
    | funcDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec?)*)? R_PAREN)
    ;

// Looser than the spec (a type without values is accepted): the checker reports
// "missing init expr for const declaration" as Go's does.
constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec?)*)? R_PAREN)
    ;

// `type A [N]int` is an array type unless `[N]` cannot be an expression: when both
// readings fit (`type T[P *C] ...`) the first alternative wins, as the spec says.
typeSpec
    : IDENTIFIER ASSIGN? type_
    | IDENTIFIER typeParameters ASSIGN? type_
    ;

typeParameters
    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET
    ;

typeParamDecl
    : identifierList typeElem
    ;

// A constraint's type set: `~int | ~string`, `comparable`, `interface{ M() }`.
typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec?)*)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

// A method when the receiver's parameter list is present.
//
// Each function form spells out `parameters result?` itself rather than sharing a
// signature rule: the follow set of a shared rule would include that of function types
// inside expressions (`func()(x)`), and ANTLR's SLL prediction, which works with
// follow sets and not call stacks, would then read a whole function body to decide
// whether `(int, error)` is a result list. Kept apart, each decision is LL(1).
funcDecl
    : FUNC parameters? IDENTIFIER typeParameters? parameters result? block?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

// ===== Types ===========================================================================

type_
    : nonParenType
    | L_PAREN type_ R_PAREN
    ;

nonParenType
    : typeName
    | arrayType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)? typeArgs?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

// [N]T, [...]T (only valid in a composite literal; the checker says so) and []T.
arrayType
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl?)*)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | STAR? typeName) (STRING_LIT | RAW_STRING_LIT)?
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC parameters result?
    ;

// A parenthesized single result type is read as a parameter list.
result
    : parameters
    | nonParenType
    ;

// Each entry is `[name] [...]type`; entries without a name are either all types, or
// (when some entry has a name) names sharing the next type: the builder groups them.
parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : IDENTIFIER? ELLIPSIS? type_
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem?)*)? R_CURLY
    ;

interfaceElem
    : IDENTIFIER parameters result?
    | typeElem
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// `chan <-chan T` is `chan<- (chan T)`: the first alternative wins, as in Go.
channelType
    : CHAN RECEIVE type_
    | CHAN type_
    | RECEIVE CHAN type_
    ;

// ===== Statements ======================================================================

block
    : L_CURLY statementList R_CURLY
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENTIFIER COLON statement?
    ;

// expression | x++ | x-- | ch <- v | lhs op= rhs | lhs := rhs
simpleStmt
    : expressionList (INC | DEC | RECEIVE expression | assignOp expressionList
                     | DECLARE_ASSIGN expressionList)?
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | BIT_CLEAR_ASSIGN
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

ifStmt
    : IF header? block (ELSE (ifStmt | block))?
    ;

// `init; cond` or `cond` of an if, `init; tag` or `tag` of a switch: two optional simple
// statements; the builder decides what each part is (as Go's parser.header does).
header
    : simpleStmtH (SEMI simpleStmtH?)?
    | SEMI simpleStmtH?
    ;

switchStmt
    : SWITCH header? L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

// for { }, for cond { }, for init; cond; post { }, for k, v := range x { }
forStmt
    : FOR forHeader? block
    ;

forHeader
    : simpleStmtH (SEMI simpleStmtH? SEMI simpleStmtH?)?
    | SEMI simpleStmtH? SEMI simpleStmtH?
    ;

// A simple statement in a header; it may also be a range clause.
simpleStmtH
    : expressionListH (INC | DEC | RECEIVE expressionH
                      | (assignOp | DECLARE_ASSIGN) (RANGE expressionH | expressionListH))?
    | RANGE expressionH
    ;

// ===== Expressions =====================================================================

expressionList
    : expression (COMMA expression)*
    ;

// Alternatives in decreasing precedence: unary, then Go's five binary levels.
expression
    : primaryExpr
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expression
    | expression (STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression
    | expression (PLUS | MINUS | OR | CARET) expression
    | expression (EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS)
      expression
    | expression LOGICAL_AND expression
    | expression LOGICAL_OR expression
    ;

primaryExpr
    : operand
    | primaryExpr DOT IDENTIFIER
    | primaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN
    | primaryExpr L_BRACKET expression? (COLON expression? (COLON expression?)? | (COMMA expression)+ COMMA? | COMMA)? R_BRACKET literalValue?
    | primaryExpr L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
    ;

operand
    : basicLit
    | IDENTIFIER
    | compositeLit
    | funcLit
    | L_PAREN expression R_PAREN
    | typeLitExpr
    ;

basicLit
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

compositeLit
    : literalType literalValue
    ;

// A generic type's composite literal, `List[int]{...}` or `pkg.Pair[K, V]{...}`, is an
// index expression followed by a literal value (primaryExpr), as Go's parser reads it:
// telling it apart from an index here would make prediction scan to the closing
// bracket, and a nest of index expressions quadratic.
literalType
    : IDENTIFIER (DOT IDENTIFIER)?
    | arrayType
    | mapType
    | structType
    ;

literalValue
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

funcLit
    : FUNC parameters result? block
    ;

// Types that may stand where an operand does (conversions, make/new arguments, type
// switch cases). `*T` and `<-chan T` come from the unary operators.
typeLitExpr
    : arrayType
    | structType
    | functionType
    | interfaceType
    | mapType
    | CHAN RECEIVE type_
    | CHAN type_
    ;

// ----- header copies: no composite literal with a bare type name at the top level -----

expressionListH
    : expressionH (COMMA expressionH)*
    ;

expressionH
    : primaryExprH
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expressionH
    | expressionH (STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expressionH
    | expressionH (PLUS | MINUS | OR | CARET) expressionH
    | expressionH (EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS)
      expressionH
    | expressionH LOGICAL_AND expressionH
    | expressionH LOGICAL_OR expressionH
    ;

primaryExprH
    : operandH
    | primaryExprH DOT IDENTIFIER
    | primaryExprH DOT L_PAREN (type_ | TYPE) R_PAREN
    | primaryExprH L_BRACKET expression? (COLON expression? (COLON expression?)? | (COMMA expression)+ COMMA? | COMMA)? R_BRACKET
    | primaryExprH L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
    ;

operandH
    : basicLit
    | IDENTIFIER
    | compositeLitH
    | funcLit
    | L_PAREN expression R_PAREN
    | typeLitExpr
    ;

compositeLitH
    : literalTypeH literalValue
    ;

literalTypeH
    : arrayType
    | mapType
    | structType
    ;

// ===== Lexer ===========================================================================

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// The lexer reads bytes (frontend/lexer.cpp feeds it UTF-8 bytes, not code points) and
// sees every byte >= 0x80 as DEL (0x7F), the one character this grammar gives to them:
// ANTLR's lexer caches its DFA only for characters below 128, and a file of non-ASCII
// text would otherwise crawl. DEL therefore counts as a letter; non-ASCII identifiers
// are UTF-8 sequences, checked valid before lexing, and a real DEL in a name is
// reported by the lexer subclass.
IDENTIFIER  : LETTER (LETTER | [0-9])*;

// Punctuation
L_PAREN           : '(';
R_PAREN           : ')';
L_CURLY           : '{';
R_CURLY           : '}';
L_BRACKET         : '[';
R_BRACKET         : ']';
ASSIGN            : '=';
COMMA             : ',';
SEMI              : ';';
COLON             : ':';
DOT               : '.';
INC               : '++';
DEC               : '--';
DECLARE_ASSIGN    : ':=';
ELLIPSIS          : '...';
LOGICAL_OR        : '||';
LOGICAL_AND       : '&&';
EQUALS            : '==';
NOT_EQUALS        : '!=';
LESS              : '<';
LESS_OR_EQUALS    : '<=';
GREATER           : '>';
GREATER_OR_EQUALS : '>=';
OR                : '|';
DIV               : '/';
MOD               : '%';
LSHIFT            : '<<';
RSHIFT            : '>>';
BIT_CLEAR         : '&^';
EXCLAMATION       : '!';
PLUS              : '+';
MINUS             : '-';
CARET             : '^';
STAR              : '*';
AMPERSAND         : '&';
RECEIVE           : '<-';
TILDE             : '~';
PLUS_ASSIGN       : '+=';
MINUS_ASSIGN      : '-=';
STAR_ASSIGN       : '*=';
DIV_ASSIGN        : '/=';
MOD_ASSIGN        : '%=';
AND_ASSIGN        : '&=';
OR_ASSIGN         : '|=';
XOR_ASSIGN        : '^=';
LSHIFT_ASSIGN     : '<<=';
RSHIFT_ASSIGN     : '>>=';
BIT_CLEAR_ASSIGN  : '&^=';

// Number literals, read loosely (any digit, `_` anywhere, exponents without digits, a
// `p` exponent on a decimal mantissa): the lexer subclass checks them with Go's
// scanner rules and reports Go's messages ("invalid digit '8' in octal literal",
// "'_' must separate successive digits") instead of splitting them into other tokens.
INT_LIT
    : DEC_DIGITS
    | '0' [xX] [0-9a-fA-F_]*
    | '0' [bBoO] [0-9_]*
    ;

FLOAT_LIT
    : DEC_DIGITS '.' DEC_DIGITS? DEC_EXPONENT?
    | DEC_DIGITS DEC_EXPONENT
    | '.' DEC_DIGITS DEC_EXPONENT?
    | '0' [xX] ([0-9a-fA-F_]* '.' [0-9a-fA-F_]* HEX_EXPONENT? | [0-9a-fA-F_]* HEX_EXPONENT)
    | '0' [bBoO] [0-9_]* ('.' [0-9_]* DEC_EXPONENT? | DEC_EXPONENT)
    ;

IMAGINARY_LIT
    : (INT_LIT | FLOAT_LIT) 'i'
    ;

RUNE_LIT       : '\'' (~['\\\n] | '\\' ~[\n])* '\'';
STRING_LIT     : '"' (~["\\\n] | '\\' ~[\n])* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// Never reach the parser: semicolon insertion looks at line numbers instead. The lexer
// subclass skips blanks and comments itself before each token (faster than these rules
// and their skip actions), so these only matter to other users of the generated lexer.
WS            : [ \t\r\n]+ -> skip;
LINE_COMMENT  : '//' ~[\n]* -> skip;
BLOCK_COMMENT : '/*' .*? '*/' -> skip;

// Malformed input. Each is shorter than its well-formed rival, so it only matches when
// that one cannot; the lexer subclass reports it in Go's words.
UNTERMINATED_RUNE    : '\'' (~['\\\n] | '\\' ~[\n])*;
UNTERMINATED_STRING  : '"' (~["\\\n] | '\\' ~[\n])*;
UNTERMINATED_RAW     : '`' ~'`'*;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;
INVALID_CHAR         : .;

fragment LETTER       : [a-zA-Z_\u007F];
fragment DEC_DIGITS   : [0-9] [0-9_]*;
fragment DEC_EXPONENT : [eEpP] [+-]? DEC_DIGITS?;
fragment HEX_EXPONENT : [pP] [+-]? DEC_DIGITS?;
