//! `_pickle_fast.loads`: the binary protocols' opcodes for plain data,
//! globals, REDUCE, NEWOBJ and BUILD, in Rust. `lib/pickle.py` calls it
//! first and falls back to its Python unpickler when it answers None: for
//! any other opcode (sets, persistent IDs, extensions, the text protocols)
//! or malformed data. The objects built, the calls made and the errors
//! raised are the Python unpickler's (`lib/_pickle_load.py`).

use std::collections::HashMap;

use num_bigint::BigInt;

use super::pickle_fast::{HIGHEST_PROTOCOL, Step, Unsupported, op};
use crate::model::{Model, ObjCell};
use crate::object::buffer::bytes_like;
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `loads(data)`: the object, wrapped in a 1-tuple (None when only the
/// Python unpickler can read the data).
pub fn loads<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let [data] = args.pos else { return Ok(Value::None) };
    let Some(data) = bytes_like(data)? else { return Ok(Value::None) };
    let mut reader = Reader { data: &data, at: 0 };
    Ok(match unpickle(vm, &mut reader)? {
        Ok(v) => Value::tuple(vec![v]),
        Err(Unsupported) => Value::None,
    })
}

#[derive(Clone)]
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Step<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.data.len()).ok_or(Unsupported)?;
        let bytes = &self.data[self.at..end];
        self.at = end;
        Ok(bytes)
    }

    fn byte(&mut self) -> Step<u8> {
        Ok(self.take(1)?[0])
    }

    fn array<const N: usize>(&mut self) -> Step<[u8; N]> {
        Ok(self.take(N)?.try_into().expect("N bytes"))
    }

    fn len_u32(&mut self) -> Step<usize> {
        Ok(u32::from_le_bytes(self.array()?) as usize)
    }

    fn len_u64(&mut self) -> Step<usize> {
        usize::try_from(u64::from_le_bytes(self.array()?)).map_err(|_| Unsupported)
    }

    /// A GLOBAL operand: UTF-8 text up to a newline.
    fn line(&mut self) -> Step<&'a str> {
        let rest = &self.data[self.at..];
        let n = rest.iter().position(|&b| b == b'\n').ok_or(Unsupported)?;
        let text = std::str::from_utf8(&rest[..n]).map_err(|_| Unsupported)?;
        self.at += n + 1;
        Ok(text)
    }
}

/// Run the opcodes; the outer error is a Python error from building the
/// objects (a dict key's hash), the inner one "not for this fast path".
fn unpickle<M: Model>(vm: &mut Vm<M>, r: &mut Reader<'_>) -> PyResult<Step<Value<M>>, M> {
    let mut stack: Vec<Value<M>> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut memo: HashMap<u32, Value<M>> = HashMap::new();
    let mut proto = 0;
    let mut rest_checked = false;
    macro_rules! step {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(Unsupported) => return Ok(Err(Unsupported)),
            }
        };
    }
    macro_rules! pop_mark {
        () => {{
            let mark = step!(marks.pop().ok_or(Unsupported));
            if mark > stack.len() {
                return Ok(Err(Unsupported));
            }
            stack.split_off(mark)
        }};
    }
    macro_rules! take_top {
        ($n:expr) => {{
            let n = $n;
            if stack.len() < n || marks.last().is_some_and(|&m| m > stack.len() - n) {
                return Ok(Err(Unsupported));
            }
            stack.split_off(stack.len() - n)
        }};
    }
    // Before the first call into Python code: fall back now, or never.
    macro_rules! before_calls {
        () => {
            if !rest_checked {
                step!(only_known_opcodes(r.clone()));
                rest_checked = true;
            }
        };
    }
    loop {
        let code = step!(r.byte());
        match code {
            op::PROTO => {
                proto = step!(r.byte());
                if proto as i64 > HIGHEST_PROTOCOL {
                    return Ok(Err(Unsupported));
                }
            }
            op::GLOBAL | op::STACK_GLOBAL => {
                let (module, name) = if code == op::GLOBAL {
                    (step!(r.line()).to_owned(), step!(r.line()).to_owned())
                } else {
                    let pair = take_top!(2);
                    match (pair[0].as_str(), pair[1].as_str()) {
                        (Some(module), Some(name)) => (module.to_owned(), name.to_owned()),
                        _ => return Ok(Err(Unsupported)),
                    }
                };
                let found = step!(find_class(vm, proto, &module, &name)?);
                stack.push(found);
            }
            op::REDUCE | op::NEWOBJ => {
                let mut pair = take_top!(2);
                let (args, callable) = (pair.pop().expect("two"), pair.pop().expect("two"));
                let Some(ObjKind::Tuple(items)) = args.kind() else { return Ok(Err(Unsupported)) };
                before_calls!();
                let made = if code == op::REDUCE {
                    vm.call(&callable, items, &[])?
                } else {
                    // `cls.__new__(cls, *args)`
                    if !matches!(callable.kind(), Some(ObjKind::Class(_))) {
                        return Ok(Err(Unsupported));
                    }
                    let new = vm.getattr(&callable, "__new__")?;
                    let mut call_args = Vec::with_capacity(items.len() + 1);
                    call_args.push(callable.clone());
                    call_args.extend(items.iter().cloned());
                    vm.call(&new, &call_args, &[])?
                };
                stack.push(made);
            }
            op::BUILD => {
                let mut pair = take_top!(2);
                let state = pair.pop().expect("two");
                let inst = pair.pop().expect("two");
                before_calls!();
                step!(build(vm, &inst, state)?);
                stack.push(inst);
            }
            op::FRAME => {
                // A frame longer than the data is the Python reader's
                // "pickle data was truncated".
                let n = step!(r.len_u64());
                if n > r.data.len() - r.at {
                    return Ok(Err(Unsupported));
                }
            }
            op::STOP => {
                return Ok(match (stack.pop(), stack.is_empty() && marks.is_empty()) {
                    (Some(v), true) => Ok(v),
                    _ => Err(Unsupported),
                });
            }
            op::NONE => stack.push(Value::None),
            op::NEWTRUE => stack.push(Value::Bool(true)),
            op::NEWFALSE => stack.push(Value::Bool(false)),
            op::BININT => stack.push(Value::Int(i32::from_le_bytes(step!(r.array())) as i64)),
            op::BININT1 => stack.push(Value::Int(step!(r.byte()) as i64)),
            op::BININT2 => stack.push(Value::Int(u16::from_le_bytes(step!(r.array())) as i64)),
            op::LONG1 | op::LONG4 => {
                let n = if code == op::LONG1 {
                    step!(r.byte()) as usize
                } else {
                    step!(usize::try_from(i32::from_le_bytes(step!(r.array()))).map_err(|_| Unsupported))
                };
                let bytes = step!(r.take(n));
                stack.push(Value::from_bigint(BigInt::from_signed_bytes_le(bytes)));
            }
            op::BINFLOAT => stack.push(Value::Float(f64::from_be_bytes(step!(r.array())))),
            op::SHORT_BINUNICODE | op::BINUNICODE | op::BINUNICODE8 => {
                let n = match code {
                    op::SHORT_BINUNICODE => step!(r.byte()) as usize,
                    op::BINUNICODE => step!(r.len_u32()),
                    _ => step!(r.len_u64()),
                };
                let text = step!(std::str::from_utf8(step!(r.take(n))).map_err(|_| Unsupported));
                stack.push(Value::str(text));
            }
            op::SHORT_BINBYTES | op::BINBYTES | op::BINBYTES8 => {
                let n = match code {
                    op::SHORT_BINBYTES => step!(r.byte()) as usize,
                    op::BINBYTES => step!(r.len_u32()),
                    _ => step!(r.len_u64()),
                };
                let bytes = step!(r.take(n));
                stack.push(Value::obj(ObjKind::Bytes(bytes.into())));
            }
            op::EMPTY_TUPLE => stack.push(Value::tuple(Vec::new())),
            op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                let items = take_top!((code - op::TUPLE1 + 1) as usize);
                stack.push(Value::tuple(items));
            }
            op::MARK => marks.push(stack.len()),
            op::TUPLE => {
                let items = pop_mark!();
                stack.push(Value::tuple(items));
            }
            op::EMPTY_LIST => stack.push(Value::list(Vec::new())),
            op::APPEND | op::APPENDS => {
                let items = if code == op::APPEND {
                    if stack.len() < 2 || marks.last().is_some_and(|&m| m >= stack.len()) {
                        return Ok(Err(Unsupported));
                    }
                    vec![stack.pop().expect("checked")]
                } else {
                    pop_mark!()
                };
                match stack.last().and_then(|l| l.kind()) {
                    Some(ObjKind::List(list)) => list.with(|l| l.extend(items)),
                    _ => return Ok(Err(Unsupported)),
                }
            }
            op::EMPTY_DICT => stack.push(Value::dict(Dict::new())),
            op::SETITEM | op::SETITEMS => {
                let items = if code == op::SETITEM {
                    if stack.len() < 3 || marks.last().is_some_and(|&m| m > stack.len() - 2) {
                        return Ok(Err(Unsupported));
                    }
                    stack.split_off(stack.len() - 2)
                } else {
                    pop_mark!()
                };
                let Some(dict) = stack.last().filter(|d| matches!(d.kind(), Some(ObjKind::Dict(_)))).cloned() else {
                    return Ok(Err(Unsupported));
                };
                if items.len() % 2 != 0 {
                    return Ok(Err(Unsupported));
                }
                let mut items = items.into_iter();
                while let (Some(k), Some(v)) = (items.next(), items.next()) {
                    vm.setitem(&dict, k, v)?;
                }
            }
            op::MEMOIZE => {
                let top = step!(stack.last().cloned().ok_or(Unsupported));
                memo.insert(memo.len() as u32, top);
            }
            op::BINPUT | op::LONG_BINPUT => {
                let index = if code == op::BINPUT { step!(r.byte()) as u32 } else { step!(r.len_u32()) as u32 };
                let top = step!(stack.last().cloned().ok_or(Unsupported));
                memo.insert(index, top);
            }
            op::BINGET | op::LONG_BINGET => {
                let index = if code == op::BINGET { step!(r.byte()) as u32 } else { step!(r.len_u32()) as u32 };
                let v = step!(memo.get(&index).cloned().ok_or(Unsupported));
                stack.push(v);
            }
            op::POP => {
                if marks.last() == Some(&stack.len()) {
                    marks.pop();
                } else {
                    step!(stack.pop().ok_or(Unsupported));
                }
            }
            op::POP_MARK => {
                drop(pop_mark!());
            }
            _ => return Ok(Err(Unsupported)),
        }
    }
}

/// `Unpickler.find_class` for `loads`: import the module, then walk the
/// (dotted, from protocol 4) name. Protocols 0-2 map Python 2 names, and
/// `codecs.encode` is special: both are the Python reader's.
fn find_class<M: Model>(vm: &mut Vm<M>, proto: u8, module: &str, name: &str) -> PyResult<Step<Value<M>>, M> {
    if proto < 3 || (matches!(module, "_codecs" | "codecs") && name == "encode") {
        return Ok(Err(Unsupported));
    }
    vm.import_absolute(module)?;
    let Some(found_module) = vm.loaded_module(module) else { return Ok(Err(Unsupported)) };
    let mut found = found_module.clone();
    let parts: Vec<&str> = if proto >= 4 { name.split('.').collect() } else { vec![name] };
    for part in parts {
        found = match vm.getattr_opt(&found, part)? {
            Some(attr) => attr,
            None => {
                let module_repr = vm.repr(&found_module)?;
                let msg = format!("Can't get attribute {} on {module_repr}", crate::text::str_repr::str_repr(name));
                return Err(PyErr::attribute_error(msg));
            }
        };
    }
    Ok(Ok(found))
}

/// BUILD: `inst.__setstate__(state)`, or the state dict into the
/// instance's `__dict__` and the slot state through setattr.
fn build<M: Model>(vm: &mut Vm<M>, inst: &Value<M>, state: Value<M>) -> PyResult<Step, M> {
    if let Some(setstate) = vm.getattr_opt(inst, "__setstate__")? {
        vm.call(&setstate, &[state], &[])?;
        return Ok(Ok(()));
    }
    let (state, slot_state) = match state.kind() {
        Some(ObjKind::Tuple(pair)) if pair.len() == 2 => (pair[0].clone(), pair[1].clone()),
        _ => (state, Value::None),
    };
    let items_of = |v: &Value<M>| match v.kind() {
        Some(ObjKind::Dict(d)) => {
            Ok(d.with(|d| d.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect::<Vec<_>>()))
        }
        _ => Err(Unsupported),
    };
    if !matches!(state, Value::None) {
        let Ok(items) = items_of(&state) else { return Ok(Err(Unsupported)) };
        let inst_dict = vm.getattr(inst, "__dict__")?;
        for (k, v) in items {
            vm.setitem(&inst_dict, k, v)?;
        }
    }
    if !matches!(slot_state, Value::None) {
        let Ok(items) = items_of(&slot_state) else { return Ok(Err(Unsupported)) };
        for (k, v) in items {
            let Some(name) = k.as_str() else { return Ok(Err(Unsupported)) };
            vm.setattr(inst, name, v)?;
        }
    }
    Ok(Ok(()))
}

/// Whether the rest of the data holds only opcodes `unpickle` runs, up to
/// STOP. Checked before the first call into Python code, so that a fall
/// back to the Python unpickler never runs a constructor twice.
fn only_known_opcodes(mut r: Reader<'_>) -> Step {
    loop {
        let code = r.byte()?;
        let operand = match code {
            op::STOP => return Ok(()),
            op::PROTO | op::BININT1 | op::BINPUT | op::BINGET => 1,
            op::BININT2 => 2,
            op::BININT | op::LONG_BINPUT | op::LONG_BINGET => 4,
            op::FRAME | op::BINFLOAT => 8,
            op::LONG1 | op::SHORT_BINUNICODE | op::SHORT_BINBYTES => r.byte()? as usize,
            op::LONG4 | op::BINUNICODE | op::BINBYTES => r.len_u32()?,
            op::BINUNICODE8 | op::BINBYTES8 => r.len_u64()?,
            op::GLOBAL => {
                r.line()?;
                r.line()?;
                0
            }
            op::NONE
            | op::NEWTRUE
            | op::NEWFALSE
            | op::EMPTY_TUPLE
            | op::TUPLE1
            | op::TUPLE2
            | op::TUPLE3
            | op::MARK
            | op::TUPLE
            | op::EMPTY_LIST
            | op::APPEND
            | op::APPENDS
            | op::EMPTY_DICT
            | op::SETITEM
            | op::SETITEMS
            | op::MEMOIZE
            | op::POP
            | op::POP_MARK
            | op::STACK_GLOBAL
            | op::REDUCE
            | op::NEWOBJ
            | op::BUILD => 0,
            _ => return Err(Unsupported),
        };
        r.take(operand)?;
    }
}
