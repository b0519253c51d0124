//! The compiler: scope analysis, then AST → bytecode.
//!
//! Two passes, as in CPython:
//!
//! 1. [`symtable`] resolves every name of every scope to local / global /
//!    free / cell.
//! 2. [`codegen`] walks the AST again and emits instructions through an
//!    [`emitter`] per code object; [`stack_depth`] then computes `max_stack`
//!    and [`superinstructions`] fuses pairs of instructions that often run
//!    back to back.
//!
//! The result is one `Code` for the module, with nested functions, classes,
//! lambdas and comprehensions as `Const::Code` constants.

mod codegen;
mod emitter;
mod stack_depth;
mod superinstructions;
mod symtable;

pub use superinstructions::SUPERINSTRUCTIONS;
pub use symtable::mangle;

use std::sync::Arc;

use crate::ast::{self, Span};
use crate::bytecode::Code;
use crate::diagnostics::{SourceFile, SyntaxError};

/// How deep expressions and statements may nest before compilation stops
/// with an error instead of exhausting the native stack.
pub(crate) const MAX_DEPTH: usize = 3000;

pub(crate) fn depth_error(span: Span) -> SyntaxError {
    SyntaxError::new(
        "too many nested expressions (RecursionError: maximum recursion depth exceeded during compilation)",
        span,
    )
}

/// Compiles a parsed module to its code object (named `<module>`).
pub fn compile(module: &ast::Module, source: Arc<SourceFile>) -> Result<Arc<Code>, SyntaxError> {
    let table = symtable::build(module)?;
    codegen::Compiler::new(table, source).compile_module(module)
}

/// Compiles REPL input, CPython's "single" mode: like [`compile`], but an
/// expression statement at the top level shows its value (PRINT_EXPR).
pub fn compile_interactive(module: &ast::Module, source: Arc<SourceFile>) -> Result<Arc<Code>, SyntaxError> {
    let table = symtable::build(module)?;
    codegen::Compiler::new(table, source).interactive().compile_module(module)
}

/// Compiles source given to `exec` (or, with `eval_expression`, to `eval`;
/// with `interactive`, `compile(..., "single")`): its top level reads and
/// writes names through the namespace the code runs with, `eval` code
/// returns its one expression's value, and "single" code shows the values
/// of its expression statements.
pub fn compile_dynamic(
    module: &ast::Module,
    source: Arc<SourceFile>,
    eval_expression: bool,
    interactive: bool,
) -> Result<Arc<Code>, SyntaxError> {
    let table = symtable::build(module)?;
    let compiler = codegen::Compiler::new(table, source).dynamic(eval_expression);
    let compiler = if interactive { compiler.interactive() } else { compiler };
    compiler.compile_module(module)
}
