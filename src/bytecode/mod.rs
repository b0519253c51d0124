//! Bytecode: the instruction set (one table), code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod inline_cache;
pub mod opcodes;

pub use code::{Code, Const};
pub use opcodes::{Instr, Op, Shape};
