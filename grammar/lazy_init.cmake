# Rewrites the ANTLR-generated lexer and parser in DIR so that each deserializes its ATN
# when the first lexer or parser is made, not in a static initializer at start-up: a run
# whose files all come from the parse cache (cli/parsecache.h) never pays for it. The
# generated `Initializer` object moves from namespace scope into the constructor, as a
# function-local static (initialized once, thread-safely).
foreach(cls GoLiteLexer GoLiteParser)
  set(f ${DIR}/${cls}.cpp)
  file(READ ${f} text)
  string(REPLACE "${cls}::Initializer ${cls}::_init;" "" text "${text}")
  if(cls STREQUAL "GoLiteLexer")
    set(ctor "${cls}::${cls}(CharStream *input) : Lexer(input) {\n")
  else()
    set(ctor "${cls}::${cls}(TokenStream *input) : Parser(input) {\n")
  endif()
  string(FIND "${text}" "${ctor}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "lazy_init.cmake: no constructor `${ctor}` in ${f}")
  endif()
  string(REPLACE "${ctor}" "${ctor}  static Initializer init;  // golite: the ATN at the first use (lazy_init.cmake)\n" text "${text}")
  file(WRITE ${f} "${text}")
endforeach()
