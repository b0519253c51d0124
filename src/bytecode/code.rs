//! Code objects: what the compiler produces and the VM runs.
//!
//! A `Code` is independent of the locking model: it is immutable (but for
//! its inline caches, which are atomics and only ever guesses checked on
//! use), shared with `Arc`, and holds constants as [`Const`] literals. Each interpreter
//! turns the constants into its own heap values when it first runs the code,
//! so process-mode interpreters share bytecode but never objects.

use std::sync::Arc;

use num_bigint::BigInt;

use super::opcodes::Instr;
use crate::ast::Span;
use crate::diagnostics::SourceFile;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// A complex: real and imaginary parts.
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<Const>),
    Code(Arc<Code>),
}

/// Code flags, as in CPython's `co_flags` where they overlap.
pub mod flags {
    /// Has `*args`.
    pub const VARARGS: u32 = 0x04;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x08;
    /// Contains `yield`: calling it makes a generator.
    pub const GENERATOR: u32 = 0x20;
    /// `async def` (or a comprehension awaiting inside one): calling it makes a coroutine.
    pub const COROUTINE: u32 = 0x80;
    /// `async def` containing `yield`: calling it makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// A module or class body: names go through LOAD_NAME/STORE_NAME.
    pub const NAMESPACE_BODY: u32 = 0x1000;
}

#[derive(Debug, PartialEq)]
pub struct Code {
    /// `<module>`, the function name, `<lambda>`, `<listcomp>`, ...
    pub name: std::sync::Arc<str>,
    /// Dotted path for reprs: `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub instrs: Vec<Instr>,
    /// One source span per instruction (same length as `instrs`).
    pub spans: Vec<Span>,
    /// One 1-based source line per instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by the *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD and IMPORT_* opcodes.
    pub names: Vec<String>,
    /// `hash_str` of each of `names`, so lookups by name never rehash.
    pub name_hashes: Vec<i64>,
    /// One inline cache per name (attribute, method and global lookups).
    pub caches: super::inline_cache::InlineCaches,
    /// Fast locals: positional parameters, then keyword-only, then `*args`,
    /// then `**kwargs`, then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (they live in cells).
    pub cellvars: Vec<String>,
    /// Variables of enclosing functions this code uses (cells passed in the closure).
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: the parameter's varnames
    /// index, whose value the VM moves into the cell on entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters.
    pub argcount: u32,
    /// How many of the positional parameters are positional-only (before `/`).
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub first_line: u32,
    /// Deepest value stack the code needs (computed from stack effects).
    pub max_stack: u32,
    /// A function's docstring (its `__doc__`).
    pub doc: Option<Arc<str>>,
    pub source: Arc<SourceFile>,
}

impl Code {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// `names[i]` as a dict lookup key, its hash precomputed.
    #[inline]
    pub fn name_key(&self, i: u32) -> crate::object::dict::StrKey<'_> {
        crate::object::dict::StrKey::with_hash(&self.names[i as usize], self.name_hashes[i as usize])
    }

    /// Number of parameter slots at the start of `varnames`.
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.has_flag(flags::VARARGS) as usize
            + self.has_flag(flags::VARKEYWORDS) as usize
    }

    pub fn filename(&self) -> &str {
        &self.source.filename
    }
}
