//! BUILD_SLICE_SUBSCR and BUILD_SLICE_STORE, the superinstructions that
//! take `seq[a:b]` and store `lst[a:b] = v` without making a slice object
//! (CPython 3.12's BINARY_SLICE and STORE_SLICE), and the list and str
//! slicing they share with `getitem`.
//!
//! Each handles its common case and otherwise does only its first half,
//! BUILD_SLICE, leaving the subscript to the next slot's own instruction.

use super::Vm;
use super::frame::Frame;
use super::ops::SliceBounds;
use crate::model::heap::ValueStack;
use crate::model::{Model, ObjCell};
use crate::object::pystr::PyStr;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::text::slice::normalize_slice;

/// The slice parts BUILD_SLICE `arg` (2 or 3) takes off the stack.
fn pop_slice_parts<M: Model>(frame: &mut Frame<M>, arg: u32) -> [Value<M>; 3] {
    let mut pop = || frame.stack.pop_value().expect("minipy bug: value stack underflow");
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
        let parts = pop_slice_parts(frame, arg);
        let top = frame.stack.len() - 1;
        match self.slice_in_line(&frame.stack[top], &parts) {
            Some(v) => {
                frame.ip += 1;
                Some(std::mem::replace(&mut frame.stack[top], v))
            }
            None => {
                self.leave_slice(frame, parts);
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
        let list = frame.stack.pop_value().expect("the list");
        let value = frame.stack.pop_value().expect("the stored value");
        let Some(ObjKind::List(l)) = list.kind() else { unreachable!("a list") };
        self.list_assign_slice(l, &parts, value)?;
        drop(list);
        Ok(true)
    }

    /// BUILD_SLICE alone: the slice object for the next slot's instruction.
    fn leave_slice(&mut self, frame: &mut Frame<M>, parts: [Value<M>; 3]) -> bool {
        frame.stack.push_value(Value::obj(ObjKind::Slice(Box::new(parts))));
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

    /// `l[start:stop:step]` of a list, the slice's parts given as they are.
    pub(super) fn list_slice(&mut self, l: &M::Cell<Vec<Value<M>>>, parts: &[Value<M>; 3]) -> PyResult<Value<M>, M> {
        let (start, stop, step) = self.slice_bounds(parts)?;
        let picked = l.with(|l| normalize_slice(l.len(), start, stop, step).map(|si| si.pick(l)));
        Ok(Value::list(picked.map_err(PyErr::value_error)?))
    }

    /// BUILD_SLICE_SUBSCR's common case: a slice of a list, tuple or str,
    /// taken as BINARY_SUBSCR takes it but without a slice object. `None`
    /// leaves everything else, and every error (raised again there), to
    /// the slice object and BINARY_SUBSCR.
    #[inline]
    fn slice_in_line(&mut self, container: &Value<M>, parts: &[Value<M>; 3]) -> Option<Value<M>> {
        let Value::Obj(o) = container else { return None };
        match &o.kind {
            ObjKind::List(l) => self.list_slice(l, parts).ok(),
            ObjKind::Tuple(t) => self.slice_vec(t, parts).ok().map(Value::tuple),
            ObjKind::Str(s) => {
                let bounds = self.slice_bounds(parts).ok()?;
                self.str_slice(s, bounds).ok()
            }
            _ => None,
        }
    }
}
