//! minipy: a small Python in Rust whose one bytecode VM runs under several
//! locking models (see `docs/architecture.md`).
//!
//! Pipeline: [`lexer`] → [`parser`] → [`ast`] → [`compiler`] → [`bytecode`] → VM.

pub mod ast;
pub mod bytecode;
pub mod capacity;
pub mod compare;
pub mod compiler;
pub mod diagnostics;
pub mod explore;
pub mod lexer;
pub mod model;
pub mod modules;
pub mod object;
pub mod parser;
pub mod race;
pub mod repl;
pub mod runner;
pub mod runtime;
pub mod sandbox;
pub mod text;
pub mod vm;
