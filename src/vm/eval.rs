//! The eval loop: written once, monomorphised per model.
//!
//! Every instruction first counts down the eval-breaker ticks; when they run
//! out the model's scheduler gets control (the GIL may change hands there,
//! between any two instructions). Errors `break` out of the dispatch loop
//! to the unwinder, which finds the innermost SETUP_EXCEPT block.

use std::sync::Arc;

use super::Vm;
use super::class_namespace::is_plain_dict;
use super::frame::{Block, Frame};
use super::frame_stack::AfterReturn;
use super::iterate::NextItem;
use super::name_errors::{name_error, unbound_cell, unbound_local};
pub use super::namespace_dicts::{dict_del_str, dict_get_key, dict_get_str, dict_set_key, dict_set_str};
use super::native_call::Called;
use super::subscript_call::Subscription::{Delete, Get, Set};
use super::subscript_call::is_instance;
use crate::bytecode::opcodes::{binop_from_arg, cmpop_from_arg, unaryop_from_arg};
use crate::bytecode::{Code, Instr, Op};
use crate::model::heap::ValueStack;
use crate::model::{Model, ObjCell};
use crate::object::exception::TraceEntry;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::runtime::panics;

macro_rules! pop {
    ($frame:expr) => {
        $frame.stack.pop_value().expect("minipy bug: value stack underflow")
    };
}

impl<M: Model> Vm<M> {
    /// Run a frame until it returns, yields or raises; `frame.yielded`
    /// tells a yield from a return. A Rust panic inside (a minipy bug) is
    /// raised in this frame as an internal `SystemError` (see
    /// `runtime::panics`): the frame's own `try` may catch it.
    ///
    /// The result is a bare `PyResult<Value>` (16 bytes, returned in two
    /// registers) rather than an enum of return/yield around the value (24
    /// bytes, returned through memory and copied out as mismatched stores
    /// and loads the CPU cannot forward: about 5% of a call-heavy profile).
    ///
    /// The Python functions it calls run in place of `frame` (see
    /// `frame_stack`); a panic in one of them is raised in that one.
    pub fn run_frame(&mut self, frame: &mut Frame<M>) -> PyResult<Value<M>, M> {
        let base = self.parked;
        // Taken once: after a panic the running frame may be one run in
        // place, whose state is not what `frame` itself had on entry.
        let saved = self.unwind_point();
        // The value comes out through a word slot: through `contain` it
        // would be stored and read back in wider pieces than it was
        // written, a stall on every generator step.
        let mut out = crate::model::heap::WordSlot::default();
        loop {
            match panics::contain(|| out.put(self.run_frame_unguarded(frame, base))) {
                Ok(()) => return out.take().expect("the frame's result"),
                Err(message) => {
                    self.recover_frame_state(frame, base, saved);
                    frame.throw = Some(panics::internal_error(&message));
                }
            }
        }
    }

    fn run_frame_unguarded(&mut self, frame: &mut Frame<M>, base: usize) -> PyResult<Value<M>, M> {
        // An exception to raise in the running frame as it (re)starts: from
        // `generator.throw`, a contained panic, or a callee run in place.
        let mut pending = frame.throw.take();
        'frame: loop {
            let func_ref = frame.func.clone();
            let func = match &func_ref.kind {
                ObjKind::Function(f) => f,
                _ => unreachable!("frame without a function"),
            };
            let codeobj = func.code();
            let code: &Arc<Code> = &codeobj.code;
            let consts = &codeobj.consts[..];
            let instrs = &code.instrs[..];
            let globals = &func.globals;

            macro_rules! t {
            ($e:expr, $label:lifetime) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => break $label e,
                }
            };
        }

            // After an instruction that may have dropped the last reference to
            // an object: run the `__del__`s and weak callbacks it queued, so they
            // run where CPython runs them, before the next statement.
            macro_rules! release_point {
                ($label:lifetime) => {
                    if crate::model::weak::deaths_pending() {
                        let here = TraceEntry { code: code.clone(), instr: (frame.ip - 1) as u32, frame_id: frame.id };
                        t!(self.run_release_hooks_at(Some(here)), $label);
                    }
                };
            }

            // LOAD_FAST and STORE_FAST, written once for their plain opcodes
            // and the superinstructions that run them.
            macro_rules! load_fast {
                ($i:expr, $label:lifetime) => {{
                    let v = &frame.stack[$i as usize];
                    if let Value::Undef = v {
                        break $label unbound_local(code, $i);
                    }
                    let v = v.clone();
                    frame.stack.push_value(v);
                }};
            }
            macro_rules! store_fast {
                ($i:expr, $v:expr, $label:lifetime) => {{
                    let v = $v;
                    if let Value::Obj(old) = std::mem::replace(&mut frame.stack[$i as usize], v) {
                        drop(old);
                        release_point!($label);
                    }
                }};
            }
            // The operand of the next slot's instruction, which a
            // superinstruction runs as its second half.
            macro_rules! next_arg {
                () => {{
                    let next = instrs[frame.ip].arg;
                    frame.ip += 1;
                    next
                }};
            }

            if let Some(e) = pending.take()
                && let Err(e) = self.unwind(frame, code, e)
            {
                if self.resume_caller(frame, base).is_none() {
                    return Err(e);
                }
                pending = Some(e);
                continue 'frame;
            }
            loop {
                let err: PyErr<M> = 'err: {
                    loop {
                        self.ticks -= 1;
                        if self.ticks == 0 {
                            if crate::race::on() {
                                t!(self.race_breaker(frame, code, globals), 'err);
                            } else {
                                t!(self.eval_breaker(), 'err);
                            }
                        }
                        let Instr { op, arg } = instrs[frame.ip];
                        frame.ip += 1;
                        match op {
                            Op::Nop => {}
                            Op::PrintExpr => {
                                let v = pop!(frame);
                                t!(self.display_value(v), 'err);
                            }
                            Op::PopTop => {
                                if let Value::Obj(o) = pop!(frame) {
                                    drop(o);
                                    release_point!('err);
                                }
                            }
                            Op::Copy => {
                                let v = frame.stack[frame.stack.len() - arg as usize].clone();
                                frame.stack.push_value(v);
                            }
                            Op::Swap => {
                                let len = frame.stack.len();
                                frame.stack.swap(len - 1, len - arg as usize);
                            }
                            Op::LoadConst => frame.stack.push_value(consts[arg as usize].clone()),
                            Op::LoadFast => load_fast!(arg, 'err),
                            Op::StoreFast => store_fast!(arg, pop!(frame), 'err),
                            Op::LoadFastLoadFast => {
                                load_fast!(arg, 'err);
                                load_fast!(next_arg!(), 'err);
                            }
                            Op::LoadFastLoadConst => {
                                load_fast!(arg, 'err);
                                frame.stack.push_value(consts[next_arg!() as usize].clone());
                            }
                            Op::StoreFastLoadFast => {
                                store_fast!(arg, pop!(frame), 'err);
                                load_fast!(next_arg!(), 'err);
                            }
                            Op::StoreFastStoreFast => {
                                store_fast!(arg, pop!(frame), 'err);
                                store_fast!(next_arg!(), pop!(frame), 'err);
                            }
                            Op::DeleteFast => {
                                if let Value::Undef = frame.stack[arg as usize] {
                                    break 'err unbound_local(code, arg);
                                }
                                frame.stack[arg as usize] = Value::Undef;
                                release_point!('err);
                            }
                            Op::LoadDeref => {
                                let v = cell_get(&frame.cells[arg as usize]);
                                if let Value::Undef = v {
                                    break 'err unbound_cell(code, arg);
                                }
                                frame.stack.push_value(v);
                            }
                            Op::StoreDeref => {
                                let v = pop!(frame);
                                if let Value::Obj(old) = cell_replace(&frame.cells[arg as usize], v) {
                                    drop(old);
                                    release_point!('err);
                                }
                            }
                            Op::DeleteDeref => {
                                let old = cell_replace(&frame.cells[arg as usize], Value::Undef);
                                if let Value::Undef = old {
                                    break 'err unbound_cell(code, arg);
                                }
                            }
                            Op::LoadClosure => frame.stack.push_value(Value::Obj(frame.cells[arg as usize].clone())),
                            Op::LoadGlobal => {
                                let v = t!(self.load_global_cached(globals, code, arg), 'err);
                                frame.stack.push_value(v);
                            }
                            Op::StoreGlobal => {
                                let v = pop!(frame);
                                let hint = &code.caches.name(arg).global_hint;
                                let old = super::inline::dict_set_hinted(globals, &code.name_key(arg), hint, v);
                                if let Some(Value::Obj(old)) = old {
                                    drop(old);
                                    release_point!('err);
                                }
                            }
                            Op::DeleteGlobal => {
                                let name = &code.names[arg as usize];
                                if dict_del_str(globals, name).is_none() {
                                    break 'err name_error(name);
                                }
                                release_point!('err);
                            }
                            Op::LoadName if frame.namespace.is_none() => {
                                // Module code: a global lookup.
                                let v = t!(self.load_global_cached(globals, code, arg), 'err);
                                frame.stack.push_value(v);
                            }
                            Op::LoadName => {
                                let key = code.name_key(arg);
                                let local = match frame.namespace.as_ref() {
                                    Some(ns) if !is_plain_dict(ns) => {
                                        let ns = ns.clone();
                                        t!(self.namespace_load(&ns, key.as_str()), 'err)
                                    }
                                    ns => ns.and_then(|ns| dict_get_key(ns, &key)),
                                };
                                let v = match local {
                                    Some(v) => v,
                                    None => t!(self.load_global(globals, &key), 'err),
                                };
                                frame.stack.push_value(v);
                            }
                            Op::StoreName => {
                                let v = pop!(frame);
                                let old = match frame.namespace.as_ref() {
                                    Some(ns) if !is_plain_dict(ns) => {
                                        let ns = ns.clone();
                                        t!(self.namespace_store(&ns, &code.names[arg as usize], v), 'err);
                                        None
                                    }
                                    Some(ns) => dict_set_key(ns, &code.name_key(arg), v),
                                    None => {
                                        let hint = &code.caches.name(arg).global_hint;
                                        super::inline::dict_set_hinted(globals, &code.name_key(arg), hint, v)
                                    }
                                };
                                if let Some(Value::Obj(old)) = old {
                                    drop(old);
                                    release_point!('err);
                                }
                            }
                            Op::AsyncGenWrap => {
                                let v = pop!(frame);
                                let wrapped = Self::new_iter(crate::object::IterState::AsyncGenWrapped(v));
                                frame.stack.push_value(wrapped);
                            }
                            Op::SetupAnnotations => {
                                if let Some(ns) = frame.namespace.as_ref().filter(|ns| !is_plain_dict(ns)) {
                                    let ns = ns.clone();
                                    if t!(self.namespace_load(&ns, "__annotations__"), 'err).is_none() {
                                        let d = Value::Obj(self.new_dict());
                                        t!(self.namespace_store(&ns, "__annotations__", d), 'err);
                                    }
                                    continue;
                                }
                                let ns = frame.namespace.as_ref().unwrap_or(globals);
                                if dict_get_str(ns, "__annotations__").is_none() {
                                    let d = Value::Obj(self.new_dict());
                                    drop(dict_set_str(ns, "__annotations__", d));
                                }
                            }
                            Op::DeleteName => {
                                let name = &code.names[arg as usize];
                                if let Some(ns) = frame.namespace.as_ref().filter(|ns| !is_plain_dict(ns)) {
                                    let ns = ns.clone();
                                    t!(self.namespace_delete(&ns, name), 'err);
                                    continue;
                                }
                                let ns = frame.namespace.as_ref().unwrap_or(globals);
                                if dict_del_str(ns, name).is_none() {
                                    break 'err name_error(name);
                                }
                                release_point!('err);
                            }
                            Op::LoadAttr => {
                                let obj = pop!(frame);
                                let v = t!(self.load_attr_cached(&obj, code, arg), 'err);
                                frame.stack.push_value(v);
                            }
                            Op::StoreAttr => {
                                let obj = pop!(frame);
                                let v = pop!(frame);
                                t!(self.store_attr_cached(&obj, code, arg, v), 'err);
                                release_point!('err);
                            }
                            Op::DeleteAttr => {
                                let obj = pop!(frame);
                                t!(self.delattr(&obj, &code.names[arg as usize]), 'err);
                                release_point!('err);
                            }
                            Op::LoadMethod => {
                                let obj = pop!(frame);
                                let (callable, receiver) = t!(self.load_method_cached(obj, code, arg), 'err);
                                frame.stack.push_value(callable);
                                frame.stack.push_value(receiver);
                            }
                            Op::CallMethod => {
                                let n = arg as usize;
                                let len = frame.stack.len();
                                let has_self = !matches!(frame.stack[len - n - 1], Value::Undef);
                                let first = if has_self { len - n - 1 } else { len - n };
                                match t!(self.call_on_stack(frame, len - n - 2, first, &[]), 'err) {
                                    Called::Native => continue,
                                    Called::InPlace => continue 'frame,
                                    Called::General => {}
                                }
                                let callable = frame.stack[len - n - 2].clone();
                                let r = t!(self.call(&callable, &frame.stack[first..], &[]), 'err);
                                frame.stack.truncate(len - n - 2);
                                frame.stack.push_value(r);
                            }
                            Op::BinarySubscr => {
                                let index = pop!(frame);
                                let container = pop!(frame);
                                let v = match super::int_index::item_at_int(&container, &index) {
                                    Some(v) => v,
                                    None if is_instance(&container) => {
                                        match t!(self.subscript_in_place(frame, Get, container, index, None), 'err) {
                                            None => continue 'frame,
                                            Some((container, index, _)) => t!(self.getitem(&container, &index), 'err),
                                        }
                                    }
                                    None => t!(self.getitem(&container, &index), 'err),
                                };
                                frame.stack.push_value(v);
                            }
                            Op::StoreSubscr => {
                                let index = pop!(frame);
                                let container = pop!(frame);
                                let v = pop!(frame);
                                match super::int_index::replace_item_at_int(&container, &index, v) {
                                    Ok(old) => drop(old),
                                    Err(v) if is_instance(&container) => {
                                        match t!(self.subscript_in_place(frame, Set, container, index, Some(v)), 'err) {
                                            None => continue 'frame,
                                            Some((container, index, v)) => {
                                                t!(self.setitem(&container, index, v.expect("the stored value")), 'err)
                                            }
                                        }
                                    }
                                    Err(v) => t!(self.setitem(&container, index, v), 'err),
                                }
                                release_point!('err);
                            }
                            Op::DeleteSubscr => {
                                let index = pop!(frame);
                                let container = pop!(frame);
                                if !is_instance(&container) {
                                    t!(self.delitem(&container, index), 'err);
                                } else {
                                    match t!(self.subscript_in_place(frame, Delete, container, index, None), 'err) {
                                        None => continue 'frame,
                                        Some((container, index, _)) => t!(self.delitem(&container, index), 'err),
                                    }
                                }
                                release_point!('err);
                            }
                            Op::BuildSlice => {
                                let step = if arg == 3 { pop!(frame) } else { Value::None };
                                let stop = pop!(frame);
                                let start = pop!(frame);
                                frame.stack.push_value(Value::obj(ObjKind::Slice(Box::new([start, stop, step]))));
                            }
                            Op::BuildSliceSubscr => {
                                if let Some(Value::Obj(seq)) = self.build_slice_subscr(frame, arg) {
                                    drop(seq);
                                    release_point!('err);
                                }
                            }
                            Op::BuildSliceStore => {
                                if t!(self.build_slice_store(frame, arg), 'err) {
                                    release_point!('err);
                                }
                            }
                            Op::BinaryOp => {
                                let b = pop!(frame);
                                let a = pop!(frame);
                                let r = match (&a, &b) {
                                    (Value::Int(x), Value::Int(y)) => match super::numbers::int_fast(arg, *x, *y) {
                                        Some(v) => v,
                                        None => t!(self.binary_op_arg(arg, a, b), 'err),
                                    },
                                    (Value::Float(x), Value::Float(y)) => match super::numbers::float_fast(arg, *x, *y)
                                    {
                                        Some(v) => v,
                                        None => t!(self.binary_op_arg(arg, a, b), 'err),
                                    },
                                    (Value::Int(x), Value::Float(y)) => {
                                        match super::numbers::float_fast(arg, *x as f64, *y) {
                                            Some(v) => v,
                                            None => t!(self.binary_op_arg(arg, a, b), 'err),
                                        }
                                    }
                                    (Value::Float(x), Value::Int(y)) => {
                                        match super::numbers::float_fast(arg, *x, *y as f64) {
                                            Some(v) => v,
                                            None => t!(self.binary_op_arg(arg, a, b), 'err),
                                        }
                                    }
                                    (Value::Obj(_), _) if is_instance(&a) => {
                                        match t!(self.operands_in_place(frame, AfterReturn::Operator(arg), a, b), 'err)
                                        {
                                            None => continue 'frame,
                                            Some((a, b)) => t!(self.binary_op_arg(arg, a, b), 'err),
                                        }
                                    }
                                    _ => t!(self.binary_op_arg(arg, a, b), 'err),
                                };
                                frame.stack.push_value(r);
                            }
                            Op::UnaryOp => {
                                let a = pop!(frame);
                                let op = unaryop_from_arg(arg).expect("bad unary operand");
                                let r = match super::truth::quick_not(op, &a) {
                                    Some(r) => r,
                                    None => t!(self.unary_op(op, a), 'err),
                                };
                                frame.stack.push_value(r);
                            }
                            Op::CompareOp => {
                                let b = pop!(frame);
                                let a = pop!(frame);
                                let op = cmpop_from_arg(arg).expect("bad compare operand");
                                let fast = super::compare::quick_compare(op, &a, &b);
                                let r = match fast {
                                    // A quick compare that decides a branch (`if
                                    // i < n:`, `while`, `if x is None`) takes the
                                    // branch itself: the bool is never pushed and popped.
                                    Some(r) => match instrs.get(frame.ip) {
                                        Some(&Instr { op: Op::PopJumpIfFalse, arg: target }) => {
                                            frame.ip = if r { frame.ip + 1 } else { target as usize };
                                            continue;
                                        }
                                        Some(&Instr { op: Op::PopJumpIfTrue, arg: target }) => {
                                            frame.ip = if r { target as usize } else { frame.ip + 1 };
                                            continue;
                                        }
                                        _ => Value::Bool(r),
                                    },
                                    None if is_instance(&a) => {
                                        match t!(self.operands_in_place(frame, AfterReturn::Compare(arg), a, b), 'err) {
                                            None => continue 'frame,
                                            Some((a, b)) => t!(self.compare(op, &a, &b), 'err),
                                        }
                                    }
                                    None => t!(self.compare(op, &a, &b), 'err),
                                };
                                frame.stack.push_value(r);
                            }
                            Op::Jump => frame.ip = arg as usize,
                            Op::PopJumpIfFalse => {
                                let v = pop!(frame);
                                let truth = match v {
                                    Value::Bool(b) => b,
                                    Value::None => false,
                                    _ => t!(self.truthy(&v), 'err),
                                };
                                if !truth {
                                    frame.ip = arg as usize;
                                }
                            }
                            Op::PopJumpIfTrue => {
                                let v = pop!(frame);
                                let truth = match v {
                                    Value::Bool(b) => b,
                                    Value::None => false,
                                    _ => t!(self.truthy(&v), 'err),
                                };
                                if truth {
                                    frame.ip = arg as usize;
                                }
                            }
                            Op::JumpIfFalseOrPop => {
                                let v = frame.stack.last().expect("stack underflow");
                                if !t!(self.truthy(v), 'err) {
                                    frame.ip = arg as usize;
                                } else {
                                    pop!(frame);
                                }
                            }
                            Op::JumpIfTrueOrPop => {
                                let v = frame.stack.last().expect("stack underflow");
                                if t!(self.truthy(v), 'err) {
                                    frame.ip = arg as usize;
                                } else {
                                    pop!(frame);
                                }
                            }
                            Op::GetIter => {
                                let v = pop!(frame);
                                let it = t!(self.get_iter(&v), 'err);
                                frame.stack.push_value(it);
                            }
                            Op::ForIter => {
                                let it = frame.stack.last().expect("stack underflow");
                                let unpacks_pair =
                                    instrs.get(frame.ip) == Some(&Instr { op: Op::UnpackSequence, arg: 2 });
                                if unpacks_pair {
                                    // `for a, b in ...`: take a pair without building its tuple.
                                    match t!(self.next_maybe_pair(it), 'err) {
                                        NextItem::Pair(a, b) => {
                                            frame.stack.push_value(b);
                                            frame.stack.push_value(a);
                                            frame.ip += 1;
                                        }
                                        NextItem::One(v) => frame.stack.push_value(v),
                                        NextItem::Done => {
                                            pop!(frame);
                                            frame.ip = arg as usize;
                                        }
                                    }
                                } else {
                                    match t!(self.next_fast(it), 'err) {
                                        Some(v) => frame.stack.push_value(v),
                                        None => {
                                            pop!(frame);
                                            frame.ip = arg as usize;
                                        }
                                    }
                                }
                            }
                            Op::ForIterStoreFast => {
                                let it = frame.stack.last().expect("stack underflow");
                                match t!(self.next_fast(it), 'err) {
                                    Some(v) => store_fast!(next_arg!(), v, 'err),
                                    None => {
                                        pop!(frame);
                                        frame.ip = arg as usize;
                                    }
                                }
                            }
                            Op::BuildTuple => {
                                let items = frame.stack.split_off_values(frame.stack.len() - arg as usize);
                                frame.stack.push_value(Value::tuple(items));
                            }
                            Op::BuildList => {
                                let items = frame.stack.split_off_values(frame.stack.len() - arg as usize);
                                frame.stack.push_value(Value::list(items));
                            }
                            Op::BuildSet => {
                                let items = frame.stack.split_off_values(frame.stack.len() - arg as usize);
                                let s = t!(self.new_set(items), 'err);
                                frame.stack.push_value(s);
                            }
                            Op::BuildConstSet => {
                                let s = t!(self.new_const_set(&consts[arg as usize], false), 'err);
                                frame.stack.push_value(s);
                            }
                            Op::LoadConstFrozenSet => {
                                let s = t!(self.new_const_set(&consts[arg as usize], true), 'err);
                                frame.stack.push_value(s);
                            }
                            Op::BuildMap => {
                                let items = frame.stack.split_off_values(frame.stack.len() - 2 * arg as usize);
                                let d = t!(self.dict_from_pairs(items), 'err);
                                frame.stack.push_value(d);
                            }
                            Op::BuildString => {
                                let parts = frame.stack.split_off_values(frame.stack.len() - arg as usize);
                                let mut s = String::new();
                                for p in &parts {
                                    match p.as_str() {
                                        Some(part) => s.push_str(part),
                                        None => t!(Err(bad_operand("BUILD_STRING", p)), 'err),
                                    }
                                }
                                frame.stack.push_value(Value::str(s));
                            }
                            Op::ListAppend => {
                                let v = pop!(frame);
                                let target = &frame.stack[frame.stack.len() - arg as usize];
                                match target.kind() {
                                    Some(ObjKind::List(l)) => l.with(|l| l.push(v)),
                                    _ => t!(Err(bad_operand("LIST_APPEND", target)), 'err),
                                }
                            }
                            Op::SetAdd => {
                                let v = pop!(frame);
                                let target = frame.stack[frame.stack.len() - arg as usize].clone();
                                t!(self.set_add(&target, v), 'err);
                            }
                            Op::MapAdd => {
                                let v = pop!(frame);
                                let k = pop!(frame);
                                let target = frame.stack[frame.stack.len() - arg as usize].clone();
                                t!(self.setitem(&target, k, v), 'err);
                            }
                            Op::ListExtend => {
                                let iterable = pop!(frame);
                                let items = t!(self.collect(&iterable), 'err);
                                let target = &frame.stack[frame.stack.len() - arg as usize];
                                match target.kind() {
                                    Some(ObjKind::List(l)) => l.with(|l| l.extend(items)),
                                    _ => t!(Err(bad_operand("LIST_EXTEND", target)), 'err),
                                }
                            }
                            Op::SetUpdate => {
                                let iterable = pop!(frame);
                                let target = frame.stack[frame.stack.len() - arg as usize].clone();
                                t!(self.set_update(&target, &iterable), 'err);
                            }
                            Op::DictUpdate => {
                                let mapping = pop!(frame);
                                let target = frame.stack[frame.stack.len() - (arg & 0xffff) as usize].clone();
                                // Bit 16: the `**` of a class statement, reported
                                // as CPython's __build_class__ call does.
                                if arg & (1 << 16) != 0
                                    && !matches!(mapping.kind(), Some(ObjKind::Dict(_)))
                                    && t!(self.getattr_opt(&mapping, "keys"), 'err).is_none()
                                {
                                    t!(
                                        Err(PyErr::type_error(format!(
                                            "__build_class__() argument after ** must be a mapping, not {}",
                                            mapping.type_name()
                                        ))),
                                        'err
                                    );
                                }
                                t!(self.dict_update(&target, &mapping), 'err);
                            }
                            Op::ListToTuple => {
                                let v = pop!(frame);
                                let items = match v.kind() {
                                    Some(ObjKind::List(l)) => l.with(|l| l.clone()),
                                    _ => t!(Err(bad_operand("LIST_TO_TUPLE", &v)), 'err),
                                };
                                frame.stack.push_value(Value::tuple(items));
                            }
                            Op::UnpackSequence => {
                                let seq = pop!(frame);
                                t!(self.unpack_into(&seq, arg as usize, &mut frame.stack), 'err);
                            }
                            Op::UnpackEx => {
                                let seq = pop!(frame);
                                t!(self.unpack_ex_into(&seq, arg, &mut frame.stack), 'err);
                            }
                            Op::FormatValue => {
                                let spec = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                                let v = pop!(frame);
                                let s = t!(self.format_value(v, arg & 3, spec), 'err);
                                frame.stack.push_value(s);
                            }
                            Op::Call => {
                                let n = arg as usize;
                                let len = frame.stack.len();
                                match t!(self.call_on_stack(frame, len - n - 1, len - n, &[]), 'err) {
                                    Called::Native => continue,
                                    Called::InPlace => continue 'frame,
                                    Called::General => {}
                                }
                                let callable = frame.stack[len - n - 1].clone();
                                let r = t!(self.call(&callable, &frame.stack[len - n..], &[]), 'err);
                                frame.stack.truncate(len - n - 1);
                                frame.stack.push_value(r);
                            }
                            Op::CallSuper => {
                                if !self.super_method_fused(frame, code) {
                                    t!(self.call_super(frame), 'err);
                                }
                            }
                            Op::CallWithFrame => {
                                let n = arg as usize;
                                let len = frame.stack.len();
                                let callable = frame.stack[len - n - 1].clone();
                                let args = frame.stack[len - n..].to_vec();
                                let r = t!(self.call_with_frame(&callable, &args, frame, globals), 'err);
                                frame.stack.truncate(len - n - 1);
                                frame.stack.push_value(r);
                            }
                            Op::CallKw => {
                                let kwnames = pop!(frame);
                                let n = arg as usize;
                                let len = frame.stack.len();
                                let names: &[Value<M>] = match kwnames.kind() {
                                    Some(ObjKind::Tuple(t)) => t,
                                    _ => &[],
                                };
                                match t!(self.call_on_stack(frame, len - n - 1, len - n, names), 'err) {
                                    Called::Native => continue,
                                    Called::InPlace => continue 'frame,
                                    Called::General => {}
                                }
                                let callable = frame.stack[len - n - 1].clone();
                                let r = t!(self.call(&callable, &frame.stack[len - n..], names), 'err);
                                frame.stack.truncate(len - n - 1);
                                frame.stack.push_value(r);
                            }
                            Op::CallEx => {
                                let kwargs = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                                let args = pop!(frame);
                                let (spread, names) = t!(self.spread_arguments(&args, kwargs.as_ref()), 'err);
                                // The callable stays below its spread arguments, as
                                // CALL_KW has them, so a Python callee runs in place.
                                let callable_at = frame.stack.len() - 1;
                                frame.stack.extend(spread);
                                if t!(self.call_in_place(frame, callable_at, callable_at + 1, &names), 'err) {
                                    continue 'frame;
                                }
                                let callable = frame.stack[callable_at].clone();
                                let r = t!(self.call(&callable, &frame.stack[callable_at + 1..], &names), 'err);
                                frame.stack.truncate(callable_at);
                                frame.stack.push_value(r);
                            }
                            Op::MakeFunction => {
                                let code_v = pop!(frame);
                                let closure = if arg & 8 != 0 { Some(pop!(frame)) } else { None };
                                let annotations = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                                let kwdefaults = if arg & 2 != 0 { Some(pop!(frame)) } else { None };
                                let defaults = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                                let long_lived = code.has_flag(crate::bytecode::code::flags::NAMESPACE_BODY);
                                let f = self.make_function(
                                    code_v,
                                    globals.clone(),
                                    defaults,
                                    kwdefaults,
                                    closure,
                                    long_lived,
                                );
                                if let Some(a) = annotations {
                                    t!(self.setattr(&f, "__annotations__", a), 'err);
                                }
                                frame.stack.push_value(f);
                            }
                            Op::MakeClass => {
                                let keywords = if arg & (1 << 16) != 0 { Some(pop!(frame)) } else { None };
                                // Bit 17: the bases come as one tuple (`class C(*bases)`).
                                let bases = if arg & (1 << 17) != 0 {
                                    let t = pop!(frame);
                                    match t.kind() {
                                        Some(ObjKind::Tuple(t)) => t.to_vec(),
                                        _ => t!(Err(bad_operand("MAKE_CLASS", &t)), 'err),
                                    }
                                } else {
                                    frame.stack.split_off(frame.stack.len() - (arg & 0xffff) as usize)
                                };
                                let name = pop!(frame);
                                let body = pop!(frame);
                                let cls = t!(self.make_class(body, name, bases, keywords), 'err);
                                frame.stack.push_value(cls);
                            }
                            Op::ReturnValue => {
                                let v = pop!(frame);
                                match self.resume_caller(frame, base) {
                                    None => {
                                        frame.yielded = false;
                                        return Ok(v);
                                    }
                                    Some(then) => pending = self.take_returned(frame, then, v),
                                }
                                continue 'frame;
                            }
                            Op::YieldValue => {
                                let v = pop!(frame);
                                if self.resume_caller(frame, base).is_some() {
                                    // As `Vm::call` reports a plain function's frame that yielded.
                                    pending = Some(PyErr::new(ExcType::RuntimeError, "yield outside a generator"));
                                    continue 'frame;
                                }
                                frame.yielded = true;
                                return Ok(v);
                            }
                            Op::Send => {
                                let v = pop!(frame);
                                let receiver = frame.stack.last().expect("stack underflow").clone();
                                match t!(self.send_into(&receiver, v), 'err) {
                                    super::iterate::GenStep::Yield(y) => frame.stack.push_value(y),
                                    super::iterate::GenStep::Return(r) => {
                                        pop!(frame);
                                        frame.stack.push_value(r);
                                        frame.ip = arg as usize;
                                    }
                                }
                            }
                            Op::GetAwaitable => {
                                let v = pop!(frame);
                                let it = t!(self.get_awaitable(&v), 'err);
                                frame.stack.push_value(it);
                            }
                            Op::GetAiter => {
                                let v = pop!(frame);
                                let it = t!(self.get_aiter(&v), 'err);
                                frame.stack.push_value(it);
                            }
                            Op::GetAnext => {
                                let aiter = frame.stack.last().expect("stack underflow").clone();
                                let next = t!(self.get_anext(&aiter), 'err);
                                frame.stack.push_value(next);
                            }
                            Op::EndAsyncFor => {
                                let exc = pop!(frame);
                                let stop = Value::Obj(self.exc_class(ExcType::StopAsyncIteration).clone());
                                if !t!(self.exception_matches(&exc, &stop), 'err) {
                                    break 'err self.reraise(exc);
                                }
                                pop!(frame);
                                if let Some(Block::Handler) = frame.blocks.last() {
                                    frame.blocks.pop();
                                    self.handled.pop();
                                }
                            }
                            Op::BeforeAsyncWith => {
                                let mgr = pop!(frame);
                                let (exit, awaitable) = t!(self.enter_async_context(&mgr), 'err);
                                frame.stack.push_value(exit);
                                frame.stack.push_value(awaitable);
                            }
                            Op::AsyncWithExitNormal => {
                                let exit = pop!(frame);
                                let none = [Value::None, Value::None, Value::None];
                                let awaitable = t!(self.call_async_exit(&exit, &none), 'err);
                                frame.stack.push_value(awaitable);
                            }
                            Op::AsyncWithExcept => {
                                let len = frame.stack.len();
                                let exc = frame.stack[len - 1].clone();
                                let exit = frame.stack[len - 2].clone();
                                let typ = Value::Obj(self.type_of(&exc));
                                let awaitable = t!(self.call_async_exit(&exit, &[typ, exc, Value::None]), 'err);
                                frame.stack.push_value(awaitable);
                            }
                            Op::SetupExcept => {
                                frame.blocks.push(Block::Except { handler: arg, depth: frame.stack.len() as u32 })
                            }
                            Op::PopBlock => {
                                frame.blocks.pop();
                            }
                            Op::PopExcept => {
                                if let Some(Block::Handler) = frame.blocks.last() {
                                    frame.blocks.pop();
                                    self.handled.pop();
                                }
                            }
                            Op::CheckExcMatch => {
                                let typ = pop!(frame);
                                let exc = frame.stack.last().expect("stack underflow").clone();
                                let m = t!(self.exception_matches(&exc, &typ), 'err);
                                frame.stack.push_value(Value::Bool(m));
                            }
                            Op::Reraise => {
                                let exc = pop!(frame);
                                break 'err self.reraise(exc);
                            }
                            Op::RaiseVarargs => {
                                let cause = if arg == 2 { Some(pop!(frame)) } else { None };
                                let exc = if arg >= 1 { Some(pop!(frame)) } else { None };
                                break 'err self.raise(exc, cause);
                            }
                            Op::LoadAssertionError => {
                                frame.stack.push_value(Value::Obj(self.exc_class(ExcType::AssertionError).clone()))
                            }
                            Op::BeforeWith => {
                                let mgr = pop!(frame);
                                let (exit, entered) = t!(self.enter_context(&mgr), 'err);
                                frame.stack.push_value(exit);
                                frame.stack.push_value(entered);
                            }
                            Op::WithExitNormal => {
                                let exit = pop!(frame);
                                t!(self.call(&exit, &[Value::None, Value::None, Value::None], &[]), 'err);
                            }
                            Op::WithExcept => {
                                let len = frame.stack.len();
                                let exc = frame.stack[len - 1].clone();
                                let exit = frame.stack[len - 2].clone();
                                let typ = Value::Obj(self.type_of(&exc));
                                let r = t!(self.call(&exit, &[typ, exc, Value::None], &[]), 'err);
                                let suppress = t!(self.truthy(&r), 'err);
                                frame.stack.push_value(Value::Bool(suppress));
                            }
                            Op::ImportName => {
                                let m = t!(self.import(&code.names[arg as usize]), 'err);
                                frame.stack.push_value(m);
                            }
                            Op::ImportModule => {
                                let m = t!(self.import_for_from(&code.names[arg as usize], globals), 'err);
                                frame.stack.push_value(m);
                            }
                            Op::ImportStar => {
                                let module = pop!(frame);
                                let ns = frame.namespace.as_ref().unwrap_or(globals).clone();
                                t!(self.import_star(&module, &ns), 'err);
                            }
                            Op::GetLen => {
                                let v = frame.stack.last().expect("stack underflow").clone();
                                let n = t!(self.len(&v), 'err);
                                frame.stack.push_value(Value::Int(n as i64));
                            }
                            Op::MatchSequence | Op::MatchMapping => {
                                let v = frame.stack.last().expect("stack underflow").clone();
                                let r = if op == Op::MatchSequence {
                                    t!(self.match_is_sequence(&v), 'err)
                                } else {
                                    t!(self.match_is_mapping(&v), 'err)
                                };
                                frame.stack.push_value(Value::Bool(r));
                            }
                            Op::MatchKeys => {
                                let len = frame.stack.len();
                                let (subject, keys) = (frame.stack[len - 2].clone(), frame.stack[len - 1].clone());
                                let values = t!(self.match_keys(&subject, &keys), 'err);
                                frame.stack.push_value(values);
                            }
                            Op::MatchClass => {
                                let names = pop!(frame);
                                let cls = pop!(frame);
                                let subject = pop!(frame);
                                let attrs = t!(self.match_class(&subject, &cls, arg as usize, &names), 'err);
                                frame.stack.push_value(attrs);
                            }
                            Op::ImportFrom => {
                                let module = frame.stack.last().expect("stack underflow").clone();
                                let v = t!(self.import_from(&module, &code.names[arg as usize]), 'err);
                                frame.stack.push_value(v);
                            }
                        }
                    }
                };
                if let Err(e) = self.unwind(frame, code, err) {
                    if self.resume_caller(frame, base).is_none() {
                        return Err(e);
                    }
                    pending = Some(e);
                    continue 'frame;
                }
            }
        }
    }
}

pub(crate) fn cell_get<M: Model>(cell: &ObjRef<M>) -> Value<M> {
    match &cell.kind {
        ObjKind::Cell(c) => c.with(|v| v.clone()),
        _ => Value::Undef,
    }
}

fn cell_replace<M: Model>(cell: &ObjRef<M>, v: Value<M>) -> Value<M> {
    match &cell.kind {
        ObjKind::Cell(c) => c.with(|slot| std::mem::replace(slot, v)),
        _ => Value::Undef,
    }
}

/// Decode a BINARY_OP operand (for callers outside the loop).
pub fn decode_binop(arg: u32) -> (crate::ast::BinOp, bool) {
    binop_from_arg(arg).expect("bad binary operand")
}

/// An operand the compiler never emits for this instruction: a bug in
/// minipy, reported as an internal error instead of being ignored.
#[cold]
fn bad_operand<M: Model>(op: &str, v: &Value<M>) -> PyErr<M> {
    crate::runtime::panics::internal_error(&format!("{op} on a '{}' operand", v.type_name()))
}
