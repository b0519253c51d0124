//! The compiler: scope analysis, then AST → bytecode.
