//! The parser: LALRPOP grammar (grammar/) fed by the lexer.
