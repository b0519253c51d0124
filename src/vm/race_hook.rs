//! The VM side of `--race`: while the detector is on, the instruction
//! countdown is kept at one, so every instruction passes through the eval
//! breaker's slow path, which looks at the instruction about to run and
//! tells the detector about the shared location it touches. When `--race`
//! is off nothing here runs: the fast path is the ordinary countdown.

use std::sync::Arc;

use crate::ast::CmpOp;
use crate::bytecode::opcodes::{binop_from_arg, cmpop_from_arg};
use crate::bytecode::{Code, Op};
use crate::model::{Model, ObjCell};
use crate::object::{ObjKind, ObjRef, Value};
use crate::race::{self, Name, Site};
use crate::vm::Vm;
use crate::vm::frame::Frame;

/// A watched location: an object's address and a name in it.
type Location<'a> = (usize, Name<'a>);
/// Names the location in a report (built only when one is printed).
type Describe<'a> = Box<dyn Fn() -> String + 'a>;
/// One access the next instruction makes.
type Access<'a> = (Location<'a>, bool, Describe<'a>);

/// The location that stands for all of a list's, dict's or set's items:
/// the detector watches contents per container, as Go does for maps.
const CONTENTS: &str = "[]";

/// Methods of list, dict and set that change the container's items; every
/// other method only reads them.
const MUTATORS: &[&str] = &[
    "append",
    "extend",
    "insert",
    "pop",
    "remove",
    "clear",
    "sort",
    "reverse",
    "popitem",
    "update",
    "setdefault",
    "add",
    "discard",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
    "__ior__",
    "__iand__",
    "__isub__",
    "__ixor__",
];

/// The type name of a list, dict or set (the containers whose contents are
/// watched), `None` for anything else.
fn container<M: Model>(v: &Value<M>) -> Option<&'static str> {
    match v.kind()? {
        ObjKind::List(_) => Some("list"),
        ObjKind::ByteArray(_) => Some("bytearray"),
        ObjKind::Dict(_) => Some("dict"),
        ObjKind::Set(_) => Some("set"),
        _ => None,
    }
}

/// An access to the contents of `v`, if it is a watched container.
fn contents<'a, M: Model>(v: &Value<M>, write: bool, how: &'a str) -> Option<Access<'a>> {
    let tn = container(v)?;
    let describe: Describe<'a> = Box::new(move || format!("the contents of a {tn} ({how})"));
    Some(((v.id() as usize, Name::Attr(CONTENTS)), write, describe))
}

/// `x[i]` on a list with an int index is per element: it reads the list's
/// shape (a concurrent append or pop races with it) and reads or writes
/// item `i` only, so two threads filling different slots do not race.
/// Other subscripts (dicts, slices) count as the whole container.
fn subscript<'a, M: Model>(c: &Value<M>, key: Option<&Value<M>>, write: bool, how: &'a str) -> Vec<Access<'a>> {
    if let (Some(ObjKind::List(items)), Some(Value::Int(i))) = (c.kind(), key) {
        let len = items.with(|v| v.len()) as i64;
        let i = if *i < 0 { *i + len } else { *i };
        let addr = c.id() as usize;
        let describe: Describe<'a> = Box::new(move || format!("item {i} of a list"));
        let mut v: Vec<Access<'a>> = contents(c, false, how).into_iter().collect();
        v.push(((addr, Name::Item(i)), write, describe));
        return v;
    }
    contents(c, write, how).into_iter().collect()
}

impl<M: Model> Vm<M> {
    /// The eval breaker under `--race`: run the real one when its own
    /// countdown is due, then observe the next instruction.
    #[cold]
    pub(crate) fn race_breaker(
        &mut self,
        frame: &Frame<M>,
        code: &Arc<Code>,
        globals: &ObjRef<M>,
    ) -> crate::object::PyResult<(), M> {
        if self.race_left <= 1 {
            self.eval_breaker()?;
            self.race_left = self.ticks;
        } else {
            self.race_left -= 1;
        }
        self.ticks = 1;
        self.race_observe(frame, code, globals);
        Ok(())
    }

    fn race_observe(&mut self, frame: &Frame<M>, code: &Arc<Code>, globals: &ObjRef<M>) {
        let Some(instr) = code.instrs.get(frame.ip) else { return };
        let line = code.lines.get(frame.ip).copied().unwrap_or(0);
        self.race_track_stack(code, line);
        let accesses = accesses(instr.op, instr.arg, frame, code, globals);
        if accesses.is_empty() {
            return;
        }
        // The library's own bookkeeping (threading, queue) is ordered by
        // its locks in ways the detector does not model: watch user code.
        if self.race_stack.last().and_then(|f| f.as_ref()).is_none_or(|f| is_library(f.code.filename())) {
            return;
        }
        let thread = self.thread.name.lock().clone();
        // The user's frames only: the thread bootstrap and other library
        // frames are noise in a report.
        let stack: Vec<race::Frame> =
            self.race_stack.iter().flatten().filter(|f| !is_library(f.code.filename())).cloned().collect();
        let site = Arc::new(Site { thread, stack });
        for (loc, write, what) in accesses {
            race::access(loc, &*what, write, &site);
        }
    }

    /// Every instruction passes here under `--race`, so the entry at each
    /// call depth holds where that frame last was: for a caller, the line
    /// of the call it is in. That is the Python stack, kept without
    /// touching the call path.
    fn race_track_stack(&mut self, code: &Arc<Code>, line: u32) {
        let depth = self.depth as usize;
        self.race_stack.truncate(depth + 1);
        if self.race_stack.len() <= depth {
            self.race_stack.resize(depth + 1, None);
        }
        match &mut self.race_stack[depth] {
            Some(f) if Arc::ptr_eq(&f.code, code) => f.line = line,
            slot => *slot = Some(race::Frame { code: code.clone(), line }),
        }
    }
}

fn is_library(file: &str) -> bool {
    file.starts_with("<minipy lib>")
}

/// The shared locations instruction `op` is about to touch, from the
/// operands on the value stack.
fn accesses<'a, M: Model>(
    op: Op,
    arg: u32,
    frame: &'a Frame<M>,
    code: &'a Code,
    globals: &ObjRef<M>,
) -> Vec<Access<'a>> {
    let stack = &frame.stack;
    // The value `n` slots below the top of the stack.
    let peek = |n: usize| stack.len().checked_sub(n + 1).and_then(|i| stack.get(i));
    let arg = arg as usize;
    let one = |a: Option<Access<'a>>| a.into_iter().collect::<Vec<_>>();
    match op {
        Op::LoadGlobal | Op::StoreGlobal => {
            let name = &code.names[arg];
            let w = matches!(op, Op::StoreGlobal);
            vec![((globals.addr(), Name::Attr(name.as_str())), w, Box::new(move || format!("global '{name}'")))]
        }
        Op::LoadAttr | Op::StoreAttr | Op::LoadMethod => {
            let Some(obj) = peek(0) else { return Vec::new() };
            let name = &code.names[arg];
            // A container's method reads or writes its items.
            if container(obj).is_some() {
                if matches!(op, Op::StoreAttr) {
                    return Vec::new();
                }
                return one(contents(obj, MUTATORS.contains(&name.as_str()), name));
            }
            if matches!(op, Op::LoadMethod) {
                return Vec::new();
            }
            let w = matches!(op, Op::StoreAttr);
            let tn = obj.type_name().to_string();
            vec![(
                (obj.id() as usize, Name::Attr(name.as_str())),
                w,
                Box::new(move || format!("attribute '{name}' of a {tn} object")),
            )]
        }
        Op::LoadDeref | Op::StoreDeref => {
            let Some(cell) = frame.cells.get(arg) else { return Vec::new() };
            let w = matches!(op, Op::StoreDeref);
            let name = code.cellvars.iter().chain(&code.freevars).nth(arg).cloned().unwrap_or_default();
            vec![((cell.addr(), Name::Attr("")), w, Box::new(move || format!("closure variable '{name}'")))]
        }
        // Stack: container, key.
        Op::BinarySubscr => peek(1).map(|c| subscript(c, peek(0), false, "x[i]")).unwrap_or_default(),
        Op::DeleteSubscr => one(peek(1).and_then(|c| contents(c, true, "del x[i]"))),
        // Stack: value, container, key.
        Op::StoreSubscr => peek(1).map(|c| subscript(c, peek(0), true, "x[i] = v")).unwrap_or_default(),
        Op::GetIter => one(peek(0).and_then(|c| contents(c, false, "iteration"))),
        Op::UnpackSequence | Op::UnpackEx => one(peek(0).and_then(|c| contents(c, false, "unpacking"))),
        // Stack: item, container.
        Op::CompareOp if matches!(cmpop_from_arg(arg as u32), Some(CmpOp::In | CmpOp::NotIn)) => {
            one(peek(0).and_then(|c| contents(c, false, "in")))
        }
        // `xs += ys` extends `xs` in place.
        Op::BinaryOp if binop_from_arg(arg as u32).is_some_and(|(_, inplace)| inplace) => {
            one(peek(1).and_then(|c| contents(c, true, "in-place operator")))
        }
        // A built-in function (len, sorted, sum, list, ...) reads the
        // containers it is given.
        Op::Call => {
            let Some(callee) = peek(arg) else { return Vec::new() };
            if !matches!(callee.kind(), Some(ObjKind::Builtin(_))) {
                return Vec::new();
            }
            (0..arg).rev().filter_map(|n| peek(n).and_then(|c| contents(c, false, "passed to a built-in"))).collect()
        }
        _ => Vec::new(),
    }
}
