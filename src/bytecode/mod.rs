//! Bytecode: the instruction set (one table), code objects, the
//! disassembler, and code objects stored as bytes (the library's cache).

pub mod code;
pub mod dis;
pub mod disk_cache;
pub mod inline_cache;
pub mod opcodes;
pub mod serial;

pub use code::{Code, Const};
pub use opcodes::{Instr, Op, Shape};
