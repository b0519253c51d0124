//! Calls: CALL, CALL_KW, method calls (LOAD_METHOD/CALL_METHOD),
//! star-args (CALL_FUNCTION_EX) and zero-argument `super()`.

use std::collections::HashSet;
use std::sync::Arc;

use crate::ast::{Expr, ExprKind, Keyword};
use crate::bytecode::{Const, Op};
use crate::compiler::symtable::{NameScope, ScopeKind};
use crate::diagnostics::SyntaxError;

use super::{CResult, Compiler, Ctx};

impl<'a> Compiler<'a> {
    pub(super) fn compile_call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        check_keywords(keywords)?;
        if args.is_empty() && keywords.is_empty() && self.compile_zero_arg_super(func)? {
            return Ok(());
        }
        let starred =
            args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.name.is_none());
        if let ExprKind::Attribute { value, attr } = &func.kind
            && !starred
            && keywords.is_empty()
        {
            self.compile_expr(value)?;
            let old = self.em().set_span(func.span);
            self.emit_name(Op::LoadMethod, attr);
            self.em().set_span(old);
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit(Op::CallMethod, args.len() as u32);
            return Ok(());
        }
        self.compile_expr(func)?;
        if starred {
            return self.compile_call_ex(args, keywords);
        }
        for a in args {
            self.compile_expr(a)?;
        }
        if keywords.is_empty() && self.reads_calling_frame(func) {
            self.emit(Op::CallWithFrame, args.len() as u32);
        } else if keywords.is_empty() {
            self.emit(Op::Call, args.len() as u32);
        } else {
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            let names = keywords.iter().map(|k| Const::Str(Arc::from(k.name.as_deref().unwrap_or("")))).collect();
            self.load_const(Const::Tuple(names));
            self.emit(Op::CallKw, (args.len() + keywords.len()) as u32);
        }
        Ok(())
    }

    /// A call of a builtin that reads its caller's namespaces, by a name
    /// that is not a local variable here (a global of that name is checked
    /// at run time: CALL_WITH_FRAME acts as CALL for anything else).
    fn reads_calling_frame(&self, func: &Expr) -> bool {
        let ExprKind::Name(name) = &func.kind else { return false };
        matches!(name.as_str(), "globals" | "locals" | "vars" | "dir" | "eval" | "exec")
            && !matches!(self.scope().lookup(name), Some(NameScope::Local | NameScope::Cell | NameScope::Free))
    }

    /// `f(*a, b, k=1, **d)`: positional arguments into a tuple, keywords
    /// into a dict, then CALL_FUNCTION_EX.
    fn compile_call_ex(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.compile_display(args, super::expr::Display::Tuple)?;
        if keywords.is_empty() {
            self.emit(Op::CallEx, 0);
            return Ok(());
        }
        let mut pending = 0u32;
        let mut have_dict = false;
        for k in keywords {
            match &k.name {
                Some(name) => {
                    self.load_const(Const::Str(Arc::from(name.as_str())));
                    self.compile_expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    self.flush_map(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        self.flush_map(&mut pending, &mut have_dict);
        self.emit(Op::CallEx, 1);
        Ok(())
    }

    /// `super()` in a method becomes `super(__class__, <first argument>)`
    /// (CALL_SUPER, which drops the two when `super` is not the built-in).
    /// Returns false (emitting nothing) when that does not apply, and the
    /// call is compiled as written (the VM's `super` then complains).
    fn compile_zero_arg_super(&mut self, func: &'a Expr) -> CResult<bool> {
        let ExprKind::Name(name) = &func.kind else {
            return Ok(false);
        };
        let scope = self.scope();
        if name != "super"
            || scope.kind != ScopeKind::Function
            || scope.lookup("super") != Some(NameScope::GlobalImplicit)
            || scope.lookup("__class__") != Some(NameScope::Free)
            || scope.argcount == 0
        {
            return Ok(false);
        }
        let first = scope.params[0].clone();
        self.compile_expr(func)?;
        self.name_op("__class__", Ctx::Load)?;
        self.name_op(&first, Ctx::Load)?;
        self.emit(Op::CallSuper, 0);
        Ok(true)
    }
}

fn check_keywords(keywords: &[Keyword]) -> CResult {
    let mut seen = HashSet::new();
    for k in keywords {
        if let Some(name) = &k.name
            && !seen.insert(name.as_str())
        {
            return Err(SyntaxError::new(format!("keyword argument repeated: {name}"), k.span));
        }
    }
    Ok(())
}
