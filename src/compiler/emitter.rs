//! Instruction emission for one code object: labels, the constant and name
//! pools, and the line table (every instruction gets the span of the AST
//! node being compiled when it was emitted).

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::Span;
use crate::bytecode::{Const, Instr, Op};
use crate::diagnostics::SourceFile;

/// A jump target; resolved to an instruction index when the code is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

pub struct Emitter {
    source: Arc<SourceFile>,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    const_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    labels: Vec<LabelState>,
    span: Span,
    line: u32,
    /// False right after an unconditional transfer (JUMP, RETURN_VALUE,
    /// RERAISE, RAISE_VARARGS) until a label some emitted jump targets is
    /// bound: code there can never run, so it is dropped (like CPython's
    /// dead-code elimination).
    reachable: bool,
    /// Set if a jump targets a label bound in dropped code (a compiler bug).
    dead_target: bool,
}

#[derive(Clone, Copy, Default)]
struct LabelState {
    target: Option<u32>,
    /// An emitted jump refers to it.
    used: bool,
    /// Bound where code was being dropped.
    bound_dead: bool,
}

/// The finished instruction stream and pools of one code object.
pub struct Assembled {
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
}

impl Emitter {
    pub fn new(source: Arc<SourceFile>, span: Span) -> Emitter {
        let line = source.line_of(span.start as usize) as u32;
        Emitter {
            source,
            instrs: Vec::new(),
            spans: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            labels: Vec::new(),
            span,
            line,
            reachable: true,
            dead_target: false,
        }
    }

    /// Sets the span recorded for the next instructions; returns the old one
    /// so callers can restore it when the node is done.
    pub fn set_span(&mut self, span: Span) -> Span {
        let old = self.span;
        if span != old {
            self.span = span;
            self.line = self.source.line_of(span.start as usize) as u32;
        }
        old
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        debug_assert!(!op.is_jump(), "{op:?} needs emit_jump");
        self.push(op, arg);
    }

    pub fn emit_jump(&mut self, op: Op, target: Label) {
        debug_assert!(op.is_jump(), "{op:?} is not a jump");
        if self.reachable {
            let state = &mut self.labels[target.0 as usize];
            state.used = true;
            self.dead_target |= state.bound_dead;
        }
        self.push(op, target.0);
    }

    fn push(&mut self, op: Op, arg: u32) {
        if !self.reachable {
            return;
        }
        self.instrs.push(Instr { op, arg });
        self.spans.push(self.span);
        self.lines.push(self.line);
        if matches!(op, Op::Jump | Op::ReturnValue | Op::Reraise | Op::RaiseVarargs) {
            self.reachable = false;
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(LabelState::default());
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction. Code after it is live if
    /// control falls into it or a live jump already targets it (labels
    /// bound before their jumps are loop heads, entered by falling in).
    pub fn bind(&mut self, label: Label) {
        let state = &mut self.labels[label.0 as usize];
        state.target = Some(self.instrs.len() as u32);
        self.reachable |= state.used;
        state.bound_dead = !self.reachable;
    }

    pub fn is_reachable(&self) -> bool {
        self.reachable
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(&i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// Resolves labels to instruction indices.
    pub fn finish(mut self) -> Result<Assembled, String> {
        if self.dead_target {
            return Err("a jump targets dropped code".to_string());
        }
        for (i, ins) in self.instrs.iter_mut().enumerate() {
            if ins.op.is_jump() {
                match self.labels.get(ins.arg as usize).and_then(|l| l.target) {
                    Some(target) => ins.arg = target,
                    None => return Err(format!("jump at {i} to an unbound label")),
                }
            }
        }
        Ok(Assembled {
            instrs: self.instrs,
            spans: self.spans,
            lines: self.lines,
            consts: self.consts,
            names: self.names,
        })
    }
}

/// Constant-pool identity: equal constants share a slot, but `0.0` and
/// `-0.0` stay distinct (so do `1`, `1.0` and `True`, being different
/// variants), and code objects are never merged. `None` for code objects.
fn const_key(c: &Const) -> Option<String> {
    fn contains_code(c: &Const) -> bool {
        match c {
            Const::Code(_) => true,
            Const::Tuple(items) => items.iter().any(contains_code),
            _ => false,
        }
    }
    if contains_code(c) {
        return None;
    }
    // Debug output tells every variant and every float bit pattern apart
    // (except NaN payloads, which Python cannot observe).
    Some(format!("{c:?}"))
}
