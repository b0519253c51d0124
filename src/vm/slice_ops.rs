//! BUILD_SLICE_SUBSCR and BUILD_SLICE_STORE, the superinstructions that
//! take `seq[a:b]` and store `lst[a:b] = v` without making a slice object
//! (CPython 3.12's BINARY_SLICE and STORE_SLICE), and the str slicing
//! they share with `getitem`.
//!
//! Each handles its common case and otherwise does only its first half,
//! BUILD_SLICE, leaving the subscript to the next slot's own instruction.

use super::Vm;
use super::frame::Frame;
use super::ops::SliceBounds;
use crate::model::{Model, ObjCell};
use crate::object::pystr::PyStr;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::text::slice::normalize_slice;

/// The slice parts BUILD_SLICE `arg` (2 or 3) takes off the stack.
fn pop_slice_parts<M: Model>(frame: &mut Frame<M>, arg: u32) -> [Value<M>; 3] {
    let mut pop = || frame.stack.pop().expect("minipy bug: value stack underflow");
    let step = if arg == 3 { pop() } else { Value::None };
    let stop = pop();
    let start = pop();
    [start, stop, step]
}

impl<M: Model> Vm<M> {
    /// BUILD_SLICE_SUBSCR `arg`. When it did the next slot's BINARY_SUBSCR
    /// too, the sliced sequence, for the caller to drop.
    #[inline]
    pub(super) fn build_slice_subscr(&mut self, frame: &mut Frame<M>, arg: u32) -> Option<Value<M>> {
        let [start, stop, step] = pop_slice_parts(frame, arg);
        let top = frame.stack.len() - 1;
        let sliced = match step {
            Value::None => self.slice_in_line(&frame.stack[top], &start, &stop),
            _ => None,
        };
        match sliced {
            Some(v) => {
                frame.ip += 1;
                Some(std::mem::replace(&mut frame.stack[top], v))
            }
            None => {
                frame.stack.push(Value::obj(ObjKind::Slice(Box::new([start, stop, step]))));
                None
            }
        }
    }

    /// BUILD_SLICE_STORE `arg`: whether it did the next slot's STORE_SUBSCR
    /// too (then an error is that slot's, as if it ran alone).
    #[inline]
    pub(super) fn build_slice_store(&mut self, frame: &mut Frame<M>, arg: u32) -> PyResult<bool, M> {
        let parts = pop_slice_parts(frame, arg);
        let top = frame.stack.len() - 1;
        let Value::Obj(o) = &frame.stack[top] else { return Ok(self.leave_slice(frame, parts)) };
        if !matches!(o.kind, ObjKind::List(_)) {
            return Ok(self.leave_slice(frame, parts));
        }
        frame.ip += 1;
        let list = frame.stack.pop().expect("the list");
        let value = frame.stack.pop().expect("the stored value");
        let Some(ObjKind::List(l)) = list.kind() else { unreachable!("a list") };
        self.list_assign_slice(l, &parts, value)?;
        drop(list);
        Ok(true)
    }

    /// BUILD_SLICE alone: the slice object for the next slot's instruction.
    fn leave_slice(&mut self, frame: &mut Frame<M>, parts: [Value<M>; 3]) -> bool {
        frame.stack.push(Value::obj(ObjKind::Slice(Box::new(parts))));
        false
    }

    /// `s[start:stop:step]`.
    pub fn str_slice(&mut self, s: &PyStr, (start, stop, step): SliceBounds) -> PyResult<Value<M>, M> {
        let si = normalize_slice(s.char_len(), start, stop, step).map_err(PyErr::value_error)?;
        let (start, step, count) = (si.start, si.step, si.count);
        if step == 1 {
            let text = s.substr(start as usize, start as usize + count);
            // `src[pos:pos + 1]`, a parser's peek: the shared
            // one-character string, as `src[pos]` gives.
            if count == 1
                && let Some(c) = text.chars().next()
            {
                return Ok(self.char_value(c));
            }
            return Ok(Value::str(text));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut out = String::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(chars[i as usize]);
            i += step;
        }
        Ok(Value::str(out))
    }

    /// BUILD_SLICE_SUBSCR's common case, `seq[start:stop]` of a list,
    /// tuple or str by ints or None, without a slice object: `None` leaves
    /// everything else (and every error) to the slice object and
    /// BINARY_SUBSCR.
    #[inline]
    fn slice_in_line(&mut self, container: &Value<M>, start: &Value<M>, stop: &Value<M>) -> Option<Value<M>> {
        let bound = |v: &Value<M>| match v {
            Value::None => Some(None),
            Value::Int(n) => Some(Some(*n)),
            _ => None,
        };
        let (start, stop) = (bound(start)?, bound(stop)?);
        let Value::Obj(o) = container else { return None };
        let picked = |len: usize| normalize_slice(len, start, stop, None).ok();
        match &o.kind {
            ObjKind::List(l) => Some(Value::list(l.with(|l| picked(l.len()).map(|si| si.pick(l)))?)),
            ObjKind::Tuple(t) => Some(Value::tuple(picked(t.len())?.pick(t))),
            ObjKind::Str(s) => self.str_slice(s, (start, stop, None)).ok(),
            _ => None,
        }
    }
}
