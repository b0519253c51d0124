//! Pass 2: AST → bytecode, one code object ("unit") at a time.
//!
//! One concept per file: [`stmt`] (simple statements and loops),
//! [`assign`] (targets, augmented assignment, `del`), [`expr`]
//! (expressions), [`call`] (calls), [`function`] (functions, lambdas,
//! classes, comprehensions), [`exceptions`] (try, with, raise and their
//! handlers), [`unwind`] (break/continue/return leaving those blocks) and
//! [`patterns`] (the match statement).

mod annotations;
mod assign;
mod asyncs;
mod call;
mod exceptions;
mod expr;
mod function;
mod patterns;
mod stmt;
mod unwind;

use std::sync::Arc;

use crate::ast::{self, Span, Stmt};
use crate::bytecode::code::flags;
use crate::bytecode::{Code, Const, Op};
use crate::diagnostics::{SourceFile, SyntaxError};

use super::emitter::{Emitter, Label};
use super::symtable::{NameScope, Scope, ScopeId, ScopeKind, SymbolTable};
use super::{MAX_DEPTH, depth_error, stack_depth, superinstructions};

pub(super) type CResult<T = ()> = Result<T, SyntaxError>;

/// A statement block that break/continue/return must leave in order (CPython's `fblockinfo`).
#[derive(Clone, Copy, Debug)]
pub(super) enum FBlock<'a> {
    While {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    For {
        start: Label,
        exit: Label,
    },
    /// Inside `try:` of try/except: a SETUP_EXCEPT block is active.
    TryExcept,
    /// Inside `try:` of try/finally: leaving runs the finally body inline.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// Inside the finally body run for an exception: `[exc]` on the stack,
    /// an except-handler block active.
    FinallyEnd,
    /// Inside a with body: `[exit]` on the stack, a SETUP_EXCEPT block active.
    With,
    /// Inside an async with body: `[aexit]` on the stack, a SETUP_EXCEPT block active.
    AsyncWith,
    /// Inside an except handler body (the exception already popped); with
    /// `as name`, a cleanup SETUP_EXCEPT block is active too.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A return value is parked on the stack while a finally body runs.
    PopValue,
}

pub(super) struct Unit<'a> {
    scope: ScopeId,
    em: Emitter,
    fblocks: Vec<FBlock<'a>>,
    /// The docstring of the function being compiled, for its `__doc__`.
    doc: Option<Arc<str>>,
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(super) fn docstring(body: &[ast::Stmt]) -> Option<Arc<str>> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(e) => match &e.kind {
            ast::ExprKind::Str(s) => Some(Arc::from(s.as_str())),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

pub struct Compiler<'a> {
    table: SymbolTable,
    source: Arc<SourceFile>,
    units: Vec<Unit<'a>>,
    depth: usize,
    /// Compiling REPL input (CPython's "single" mode): expression
    /// statements of the module's own code show their value (PRINT_EXPR).
    interactive: bool,
    /// Compiling source for `exec`/`eval`: the top level reads and writes
    /// names through the frame's namespace (LOAD_NAME/STORE_NAME), which is
    /// the locals mapping those functions were given.
    dynamic_names: bool,
    /// Compiling for `eval`: the module is one expression, whose value the
    /// code returns.
    eval_expression: bool,
}

/// What a code object needs beyond its instructions.
pub(super) struct CodeMeta<'s> {
    name: &'s str,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    first_line: u32,
}

impl<'a> Compiler<'a> {
    pub fn new(table: SymbolTable, source: Arc<SourceFile>) -> Compiler<'a> {
        Compiler {
            table,
            source,
            units: Vec::new(),
            depth: 0,
            interactive: false,
            dynamic_names: false,
            eval_expression: false,
        }
    }

    /// Compile for the REPL: see [`Compiler::interactive`].
    pub fn interactive(mut self) -> Compiler<'a> {
        self.interactive = true;
        self
    }

    /// Compile source given to `exec` (`eval_expression` false) or `eval`.
    pub fn dynamic(mut self, eval_expression: bool) -> Compiler<'a> {
        self.dynamic_names = true;
        self.eval_expression = eval_expression;
        self
    }

    pub fn compile_module(mut self, module: &'a ast::Module) -> CResult<Arc<Code>> {
        let start = module.body.first().map_or(Span::default(), |s| s.span);
        self.push_unit(0, start);
        match (&module.body[..], self.eval_expression) {
            (_, false) => {
                if annotations::body_annotates_names(&module.body) {
                    self.emit(Op::SetupAnnotations, 0);
                }
                if let Some(doc) = docstring(&module.body).filter(|_| !self.interactive) {
                    self.load_const(Const::Str(doc));
                    self.name_op("__doc__", Ctx::Store)?;
                }
                self.compile_body(&module.body)?;
                self.implicit_return(&module.body, None);
            }
            ([stmt], true) if let ast::StmtKind::Expr(e) = &stmt.kind => {
                self.compile_expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
            (body, true) => return Err(SyntaxError::new("invalid syntax", body.first().map_or(start, |s| s.span))),
        }
        self.pop_unit(CodeMeta {
            name: "<module>",
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: flags::NAMESPACE_BODY,
            first_line: 1,
        })
    }

    // ----- units -------------------------------------------------------

    fn push_unit(&mut self, scope: ScopeId, span: Span) {
        let em = Emitter::new(self.source.clone(), span);
        self.units.push(Unit { scope, em, fblocks: Vec::new(), doc: None });
    }

    fn pop_unit(&mut self, meta: CodeMeta<'_>) -> CResult<Arc<Code>> {
        let unit = self.units.pop().expect("a unit to pop");
        let scope = &self.table.scopes[unit.scope];
        let mut asm = unit.em.finish().map_err(internal_error)?;
        let max_stack =
            stack_depth::max_stack(&asm.instrs).map_err(|e| internal_error(format!("{e} in {}", scope.qualname)))?;
        superinstructions::fuse(&mut asm.instrs);
        Ok(Arc::new(Code {
            name: meta.name.into(),
            qualname: scope.qualname.clone(),
            instrs: asm.instrs,
            spans: asm.spans,
            lines: asm.lines,
            consts: asm.consts,
            name_hashes: asm.names.iter().map(|n| crate::object::hash::hash_str(n)).collect(),
            caches: crate::bytecode::inline_cache::InlineCaches::new(asm.names.len()),
            names: asm.names,
            varnames: scope.varnames.clone(),
            cellvars: scope.cellvars.clone(),
            freevars: scope.freevars.clone(),
            cell_params: scope.cell_params(),
            argcount: meta.argcount,
            posonlyargcount: meta.posonlyargcount,
            kwonlyargcount: meta.kwonlyargcount,
            flags: meta.flags,
            first_line: meta.first_line,
            max_stack,
            doc: unit.doc.clone(),
            source: self.source.clone(),
        }))
    }

    /// `return None` at the end of a body, if control can reach it; it gets
    /// the last statement's span, so a traceback there names that line.
    fn implicit_return(&mut self, body: &[Stmt], fallback: Option<Span>) {
        if !self.em().is_reachable() {
            return;
        }
        if let Some(span) = body.last().map(|s| s.span).or(fallback) {
            self.em().set_span(span);
        }
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a current unit")
    }

    fn em(&mut self) -> &mut Emitter {
        &mut self.unit().em
    }

    fn scope(&self) -> &Scope {
        let id = self.units.last().expect("a current unit").scope;
        &self.table.scopes[id]
    }

    // ----- emission helpers ---------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        self.em().emit(op, arg);
    }

    fn emit_jump(&mut self, op: Op, target: Label) {
        self.em().emit_jump(op, target);
    }

    fn new_label(&mut self) -> Label {
        self.em().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.em().bind(label);
    }

    fn load_const(&mut self, c: Const) {
        let i = self.em().add_const(c);
        self.emit(Op::LoadConst, i);
    }

    fn emit_name(&mut self, op: Op, name: &str) {
        let name = match op {
            Op::LoadAttr | Op::StoreAttr | Op::DeleteAttr | Op::LoadMethod => self.mangle(name),
            _ => name.to_string(),
        };
        let i = self.em().add_name(&name);
        self.emit(op, i);
    }

    fn line_of(&self, span: Span) -> u32 {
        self.source.line_of(span.start as usize) as u32
    }

    /// Counts nesting so that absurdly deep ASTs give an error, not a crash.
    fn enter(&mut self, span: Span) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(depth_error(span));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- names --------------------------------------------------------

    /// Loads, stores or deletes a variable with the opcode its scope calls for.
    /// `name` as the current scope stores it (private name mangling).
    fn mangle(&self, name: &str) -> String {
        self.scope().mangle(name).into_owned()
    }

    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        let name = &self.mangle(name);
        enum Access {
            Fast(u32),
            Deref(u32),
            Global,
            Name,
        }
        let scope = self.scope();
        let resolved = scope.lookup(name);
        let access = match (scope.kind, resolved) {
            (_, Some(NameScope::Free | NameScope::Cell)) => match scope.cell_index(name) {
                Some(i) => Access::Deref(i),
                None => return Err(internal_error(format!("no cell for '{name}'"))),
            },
            (ScopeKind::Module, _) if self.dynamic_names => Access::Name,
            (ScopeKind::Module, _) => Access::Global,
            (_, Some(NameScope::GlobalExplicit)) => Access::Global,
            (ScopeKind::Class, _) => Access::Name,
            (ScopeKind::Function, Some(NameScope::Local)) => match scope.varname_index(name) {
                Some(i) => Access::Fast(i),
                None => return Err(internal_error(format!("no local slot for '{name}'"))),
            },
            (ScopeKind::Function, _) => Access::Global,
        };
        match access {
            Access::Fast(i) => {
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            Access::Deref(i) => {
                let op = match ctx {
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            Access::Global => {
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                self.emit_name(op, name);
            }
            Access::Name => {
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.emit_name(op, name);
            }
        }
        Ok(())
    }

    /// LOAD_CLOSURE for a cell of the current unit, to pass it to a nested scope.
    fn load_closure(&mut self, name: &str) -> CResult {
        match self.scope().cell_index(name) {
            Some(i) => {
                self.emit(Op::LoadClosure, i);
                Ok(())
            }
            None => Err(internal_error(format!("no cell '{name}' to close over"))),
        }
    }

    fn scope_for(&self, key: usize) -> CResult<ScopeId> {
        self.table.scope_of(key).ok_or_else(|| internal_error("a scope the analysis did not see".into()))
    }
}

fn internal_error(msg: String) -> SyntaxError {
    SyntaxError::new(format!("internal compiler error: {msg}"), Span::default())
}
