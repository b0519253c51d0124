//! The lexer: logos tokens plus an indentation pass.
