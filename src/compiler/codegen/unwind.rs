//! break / continue / return: leaving the enclosing blocks in order, as
//! CPython 3.10 does. Each block being left gets its exit code inlined:
//! POP_BLOCK for a try body, POP_EXCEPT (and popping what the handler left
//! on the stack) for a handler, the exit call for a `with`, the finally body
//! for a try/finally, popping the iterator for a `for`.
//!
//! With `preserve_tos`, a return value sits on top of the stack and every
//! cleanup must keep it there (SWAP it below what it pops).

use crate::ast::{Expr, Stmt};
use crate::bytecode::{Const, Op};
use crate::diagnostics::SyntaxError;

use super::expr::const_value;
use super::{CResult, Compiler, Ctx, FBlock};
use crate::compiler::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub(super) fn compile_break(&mut self, s: &'a Stmt) -> CResult {
        match self.unwind_fblock_stack(false, true)? {
            Some(fb @ (FBlock::For { exit, .. } | FBlock::While { exit, .. })) => {
                self.unwind_fblock(fb, false)?;
                self.emit_jump(Op::Jump, exit);
                Ok(())
            }
            _ => Err(SyntaxError::new("'break' outside loop", s.span)),
        }
    }

    pub(super) fn compile_continue(&mut self, s: &'a Stmt) -> CResult {
        match self.unwind_fblock_stack(false, true)? {
            Some(FBlock::For { start, .. } | FBlock::While { start, .. }) => {
                self.emit_jump(Op::Jump, start);
                Ok(())
            }
            _ => Err(SyntaxError::new("'continue' not properly in loop", s.span)),
        }
    }

    pub(super) fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if self.scope().kind != ScopeKind::Function {
            return Err(SyntaxError::new("'return' outside function", s.span));
        }
        if value.is_some() && self.in_async_generator() {
            return Err(SyntaxError::new("'return' with value in async generator", s.span));
        }
        // A constant can be loaded after the unwinding instead of being kept
        // on the stack through it.
        let preserve = value.is_some_and(|v| const_value(v).is_none());
        if preserve {
            self.compile_expr(value.expect("checked"))?;
        }
        self.unwind_fblock_stack(preserve, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(v) if !preserve => self.compile_expr(v)?,
            Some(_) => {}
        }
        self.emit(Op::ReturnValue, 0);
        Ok(())
    }

    /// Unwinds blocks from the innermost outwards; with `stop_at_loop`,
    /// stops at (and returns, without unwinding) the innermost loop.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top, FBlock::For { .. } | FBlock::While { .. }) {
            return Ok(Some(top));
        }
        // The block's own cleanup (an inlined finally body) runs outside it.
        self.unit().fblocks.pop();
        let r =
            self.unwind_fblock(top, preserve_tos).and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.unit().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::WithExitNormal, 0);
            }
            FBlock::AsyncWith => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit_async_exit_normal();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock, 0);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_handler_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`: the exception must not outlive its handler.
    pub(super) fn clear_handler_name(&mut self, name: &str) -> CResult {
        self.load_const(Const::None);
        self.name_op(name, Ctx::Store)?;
        self.name_op(name, Ctx::Del)
    }
}
