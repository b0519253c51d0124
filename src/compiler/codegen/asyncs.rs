//! `await`, `async for` and `async with`. Awaiting is `yield from` on the
//! awaitable's iterator: GET_AWAITABLE finds it, then the same SEND /
//! YIELD_VALUE loop drives it, so values sent to, and exceptions thrown
//! into, the coroutine reach whatever it awaits.

use crate::ast::{Expr, Stmt, WithItem};
use crate::bytecode::{Const, Op};

use super::{CResult, Compiler, FBlock};

impl<'a> Compiler<'a> {
    /// `await e`
    pub(super) fn compile_await(&mut self, value: &'a Expr) -> CResult {
        self.compile_expr(value)?;
        self.emit(Op::GetAwaitable, 0);
        self.emit_await_loop();
        Ok(())
    }

    /// `[iterator] -> [result]`: run the iterator to its end, passing every
    /// value it yields out to our caller and every value sent back in.
    ///
    /// ```text
    ///     LOAD_CONST None
    /// L_start:
    ///     SEND L_end
    ///     YIELD_VALUE
    ///     JUMP L_start
    /// L_end:
    /// ```
    pub(super) fn emit_await_loop(&mut self) {
        let start = self.new_label();
        let end = self.new_label();
        self.load_const(Const::None);
        self.bind(start);
        self.emit_jump(Op::Send, end);
        self.emit(Op::YieldValue, 0);
        self.emit_jump(Op::Jump, start);
        self.bind(end);
    }

    /// ```text
    ///     <iter>; GET_AITER          [aiter]
    /// L_start:
    ///     <next item, see async_for_next>
    ///     STORE target
    ///     <body>
    ///     JUMP L_start
    /// L_handler:                     [aiter, exc]
    ///     END_ASYNC_FOR              []
    ///     <else body>
    /// L_exit:
    /// ```
    pub(super) fn compile_async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let handler = self.new_label();
        let exit = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Op::GetAiter, 0);
        self.bind(start);
        self.async_for_next(handler);
        self.unit().fblocks.push(FBlock::For { start, exit });
        self.store_target(target)?;
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.bind(handler);
        self.emit(Op::EndAsyncFor, 0);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `[aiter] -> [aiter, item]`, or on StopAsyncIteration (and on any
    /// other error from `__anext__`) to `handler` with `[aiter, exc]`.
    ///
    /// ```text
    ///     SETUP_EXCEPT L_handler
    ///     GET_ANEXT; <await loop>
    ///     POP_BLOCK
    /// ```
    pub(super) fn async_for_next(&mut self, handler: super::Label) {
        self.emit_jump(Op::SetupExcept, handler);
        self.emit(Op::GetAnext, 0);
        self.emit_await_loop();
        self.emit(Op::PopBlock, 0);
    }

    pub(super) fn compile_async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        self.async_with_item(items, 0, body)
    }

    /// As `with_item`, awaiting `__aenter__()` and `__aexit__(...)`:
    ///
    /// ```text
    ///     <ctx>; BEFORE_ASYNC_WITH    [aexit, awaitable]
    ///     <await loop>                [aexit, enter_result]
    ///     STORE target | POP_TOP      [aexit]
    ///     SETUP_EXCEPT L_exc
    ///     <body>
    ///     POP_BLOCK
    ///     ASYNC_WITH_EXIT_NORMAL; <await loop>; POP_TOP
    ///     JUMP L_end
    /// L_exc:                          [aexit, exc]
    ///     ASYNC_WITH_EXCEPT; <await loop>   [aexit, exc, result]
    ///     POP_JUMP_IF_TRUE L_suppress
    ///     RERAISE
    /// L_suppress:
    ///     POP_TOP; POP_EXCEPT; POP_TOP
    /// L_end:
    /// ```
    fn async_with_item(&mut self, items: &'a [WithItem], i: usize, body: &'a [Stmt]) -> CResult {
        let item = &items[i];
        let exc = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context)?;
        self.emit(Op::BeforeAsyncWith, 0);
        self.emit_await_loop();
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::PopTop, 0),
        }
        self.emit_jump(Op::SetupExcept, exc);
        self.unit().fblocks.push(FBlock::AsyncWith);
        if i + 1 < items.len() {
            self.async_with_item(items, i + 1, body)?;
        } else {
            self.compile_body(body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.emit_async_exit_normal();
        self.emit_jump(Op::Jump, end);

        self.bind(exc);
        self.emit(Op::AsyncWithExcept, 0);
        self.emit_await_loop();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// `[aexit] -> []`: await `aexit(None, None, None)`.
    pub(super) fn emit_async_exit_normal(&mut self) {
        self.emit(Op::AsyncWithExitNormal, 0);
        self.emit_await_loop();
        self.emit(Op::PopTop, 0);
    }
}
