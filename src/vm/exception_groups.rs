//! How an uncaught exception group is printed: CPython's boxed layout,
//! where each sub-exception is indented under a numbered rule.
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: eg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: 2
//!     +------------------------------------
//! ```

use super::Vm;
use super::eval::dict_get_str;
use super::traceback::format_traceback;
use crate::model::{Model, ObjCell};
use crate::object::{ObjKind, Value};

/// The library module that defines the group classes.
const GROUP_MODULE: &str = "_minipy_excgroup";

/// CPython shows at most this many sub-exceptions of one group.
const MAX_GROUP_WIDTH: usize = 15;

/// Where the printer is: how many groups deep, and whether the rule that
/// closes the current group is still owed.
struct Ctx {
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl<M: Model> Vm<M> {
    /// The sub-exceptions of `exc` when it is an exception group.
    pub(super) fn group_members(&mut self, exc: &Value<M>) -> Option<Vec<Value<M>>> {
        // No group module loaded means no group exists yet.
        let module = self.loaded_module(GROUP_MODULE)?;
        let Some(ObjKind::Module(m)) = module.kind() else { return None };
        let group_class = dict_get_str(&m.dict, "BaseExceptionGroup")?;
        let class = group_class.as_obj()?;
        if !self.isinstance(exc, class) {
            return None;
        }
        let members = self.getattr(exc, "exceptions").ok()?;
        match members.kind() {
            Some(ObjKind::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        }
    }

    /// Appends the boxed text of the group `exc` (its chain is printed
    /// before, by the caller).
    pub(super) fn format_group(&mut self, exc: &Value<M>, members: Vec<Value<M>>, out: &mut String) {
        let mut ctx = Ctx { depth: 0, need_close: false };
        self.format_in_group(exc, Some(members), &mut ctx, out);
    }

    fn format_in_group(&mut self, exc: &Value<M>, members: Option<Vec<Value<M>>>, ctx: &mut Ctx, out: &mut String) {
        let tb = match exc.kind() {
            Some(ObjKind::Instance(inst)) => inst.exc.as_ref().map(|e| e.with(|s| s.traceback.clone())),
            _ => None,
        }
        .unwrap_or_default();
        let Some(members) = members else {
            if !tb.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &format_traceback(&tb), '|');
            }
            let line = self.exception_line(exc);
            ctx.emit(out, &format!("{line}\n"), '|');
            return;
        };
        let top_level = ctx.depth == 0;
        if top_level {
            ctx.depth += 1;
        }
        if !tb.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if top_level { '+' } else { '|' });
            ctx.emit(out, &format_traceback(&tb), '|');
        }
        let line = self.exception_line(exc);
        ctx.emit(out, &format!("{line}\n"), '|');
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let joint = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!("{}{joint}+---------------- {title} ----------------\n", ctx.indent()));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{plural}\n"), '|');
            } else {
                let member = members[i].clone();
                let nested = self.group_members(&member);
                self.format_in_group(&member, nested, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top_level {
            ctx.depth = 0;
        }
    }
}
