//! try / except / else / finally, with, raise: CPython 3.10's block-stack
//! scheme (see SETUP_EXCEPT, POP_BLOCK, POP_EXCEPT and RERAISE in
//! `opcodes.rs`). A handler is entered with the stack cut back to its depth
//! at SETUP_EXCEPT plus the exception, inside an except-handler block that
//! POP_EXCEPT leaves (or that the VM pops when an exception escapes it).

use crate::ast::{Expr, Stmt, Try, WithItem};
use crate::bytecode::Op;
use crate::diagnostics::SyntaxError;

use super::{CResult, Compiler, Ctx, FBlock};

impl<'a> Compiler<'a> {
    pub(super) fn compile_try(&mut self, t: &'a Try) -> CResult {
        if t.finalbody.is_empty() { self.try_except(t) } else { self.try_finally(t) }
    }

    /// ```text
    ///     SETUP_EXCEPT L_exc
    ///     <body, or the try/except>
    ///     POP_BLOCK
    ///     <finally body>
    ///     JUMP L_end
    /// L_exc:                  [exc], except-handler block active
    ///     <finally body>
    ///     RERAISE
    /// L_end:
    /// ```
    fn try_finally(&mut self, t: &'a Try) -> CResult {
        let exc = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, exc);
        self.unit().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.compile_body(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);

        self.bind(exc);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///     SETUP_EXCEPT L_handler
    ///     <body>
    ///     POP_BLOCK
    ///     <else body>
    ///     JUMP L_end
    /// L_handler:              [exc], except-handler block active
    ///     <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE L_next
    ///     POP_TOP | STORE name; SETUP_EXCEPT L_cleanup
    ///     <handler body>
    ///     [POP_BLOCK] POP_EXCEPT [name = None; del name]
    ///     JUMP L_end
    /// [L_cleanup: name = None; del name; RERAISE]
    /// L_next: ... ; RERAISE
    /// L_end:
    /// ```
    fn try_except(&mut self, t: &'a Try) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.compile_body(&t.orelse)?;
        self.emit_jump(Op::Jump, end);

        self.bind(handler);
        let last = t.handlers.len().saturating_sub(1);
        for (i, h) in t.handlers.iter().enumerate() {
            let old = self.em().set_span(h.span);
            let next = match &h.typ {
                Some(typ) => {
                    let next = self.new_label();
                    self.compile_expr(typ)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                    Some(next)
                }
                None if i != last => {
                    return Err(SyntaxError::new("default 'except:' must be last", h.span));
                }
                None => None,
            };
            match &h.name {
                Some(name) => {
                    let cleanup = self.new_label();
                    self.name_op(name, Ctx::Store)?;
                    self.emit_jump(Op::SetupExcept, cleanup);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name) });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock, 0);
                    self.emit(Op::PopExcept, 0);
                    self.clear_handler_name(name)?;
                    self.emit_jump(Op::Jump, end);
                    // An exception inside the handler body: [exc2].
                    self.bind(cleanup);
                    self.clear_handler_name(name)?;
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopExcept, 0);
                    self.emit_jump(Op::Jump, end);
                }
            }
            if let Some(next) = next {
                self.bind(next);
                if i == last {
                    // No handler matched: [exc].
                    self.emit(Op::Reraise, 0);
                }
            }
            self.em().set_span(old);
        }
        self.bind(end);
        Ok(())
    }

    pub(super) fn compile_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        self.with_item(items, 0, body)
    }

    /// ```text
    ///     <ctx>; BEFORE_WITH          [exit, enter_result]
    ///     STORE target | POP_TOP      [exit]
    ///     SETUP_EXCEPT L_exc
    ///     <body>
    ///     POP_BLOCK
    ///     WITH_EXIT_NORMAL            []
    ///     JUMP L_end
    /// L_exc:                          [exit, exc]
    ///     WITH_EXCEPT                 [exit, exc, suppress]
    ///     POP_JUMP_IF_TRUE L_suppress
    ///     RERAISE
    /// L_suppress:
    ///     POP_TOP; POP_EXCEPT; POP_TOP
    /// L_end:
    /// ```
    fn with_item(&mut self, items: &'a [WithItem], i: usize, body: &'a [Stmt]) -> CResult {
        let item = &items[i];
        let exc = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context)?;
        self.emit(Op::BeforeWith, 0);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::PopTop, 0),
        }
        self.emit_jump(Op::SetupExcept, exc);
        self.unit().fblocks.push(FBlock::With);
        if i + 1 < items.len() {
            self.with_item(items, i + 1, body)?;
        } else {
            self.compile_body(body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.emit(Op::WithExitNormal, 0);
        self.emit_jump(Op::Jump, end);

        self.bind(exc);
        self.emit(Op::WithExcept, 0);
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    pub(super) fn compile_raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let Some(exc) = exc else {
            self.emit(Op::RaiseVarargs, 0);
            return Ok(());
        };
        self.compile_expr(exc)?;
        match cause {
            Some(c) => {
                self.compile_expr(c)?;
                self.emit(Op::RaiseVarargs, 2);
            }
            None => self.emit(Op::RaiseVarargs, 1),
        }
        Ok(())
    }
}
