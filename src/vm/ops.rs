//! Operators on non-numbers: sequence concatenation and repetition, `%`
//! formatting, user-defined dunder methods and subscripts (truth and
//! length: `vm::truth`).

use super::Vm;
use super::numbers::{numeric_op, to_num, unsupported};
use crate::ast::{BinOp, UnaryOp};
use crate::capacity;
use crate::model::{Model, ObjCell};
use crate::object::buffer::{is_bytes_like, new_bytearray};
use crate::object::dict::StrKey;
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};
use crate::text::slice::{SliceIndices, normalize_slice};

/// A slice's start, stop and step, each possibly omitted.
pub type SliceBounds = (Option<i64>, Option<i64>, Option<i64>);

/// CPython's message for a size that does not fit `Py_ssize_t`.
pub const SSIZE_T_OVERFLOW: &str = "Python int too large to convert to C ssize_t";

/// An operator's method names (forward, reflected, in-place), hashed at
/// compile time: operators on instances look them up on every use.
pub(super) fn dunder(op: BinOp) -> &'static [StrKey<'static>; 3] {
    const fn names(forward: &'static str, reflected: &'static str, in_place: &'static str) -> [StrKey<'static>; 3] {
        [StrKey::constant(forward), StrKey::constant(reflected), StrKey::constant(in_place)]
    }
    match op {
        BinOp::Add => const { &names("__add__", "__radd__", "__iadd__") },
        BinOp::Sub => const { &names("__sub__", "__rsub__", "__isub__") },
        BinOp::Mul => const { &names("__mul__", "__rmul__", "__imul__") },
        BinOp::MatMul => const { &names("__matmul__", "__rmatmul__", "__imatmul__") },
        BinOp::Div => const { &names("__truediv__", "__rtruediv__", "__itruediv__") },
        BinOp::FloorDiv => const { &names("__floordiv__", "__rfloordiv__", "__ifloordiv__") },
        BinOp::Mod => const { &names("__mod__", "__rmod__", "__imod__") },
        BinOp::Pow => const { &names("__pow__", "__rpow__", "__ipow__") },
        BinOp::LShift => const { &names("__lshift__", "__rlshift__", "__ilshift__") },
        BinOp::RShift => const { &names("__rshift__", "__rrshift__", "__irshift__") },
        BinOp::BitOr => const { &names("__or__", "__ror__", "__ior__") },
        BinOp::BitXor => const { &names("__xor__", "__rxor__", "__ixor__") },
        BinOp::BitAnd => const { &names("__and__", "__rand__", "__iand__") },
    }
}

/// Whether `b` is an instance of a Python class that strictly derives from
/// `a`'s class: its reflected operators are tried first.
pub(super) fn right_is_strict_subclass<M: Model>(a: &Value<M>, b: &Value<M>) -> bool {
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Instance(x)), Some(ObjKind::Instance(y))) => {
            let (ca, cb) = (x.class_obj(), y.class_obj());
            !crate::object::ObjRef::ptr_eq(ca, cb) && y.class().is_subclass(cb, ca)
        }
        _ => false,
    }
}

/// The special method `method` of `this`'s type, if its type is a Python
/// class: an instance's class, or a class's Python metaclass (`type`'s
/// own operators are built in).
pub(crate) fn operator_method<M: Model>(this: &Value<M>, method: &StrKey) -> Option<Value<M>> {
    match this.kind()? {
        ObjKind::Instance(inst) => inst.class().lookup_key(method),
        ObjKind::Class(c) => match &c.metaclass.as_ref()?.kind {
            ObjKind::Class(meta) => meta.lookup_key(method),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `b`'s class defines `method` otherwise than `a`'s does.
fn overrides<M: Model>(a: &Value<M>, b: &Value<M>, method: &StrKey) -> bool {
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Instance(x)), Some(ObjKind::Instance(y))) => {
            match (x.class().lookup_key(method), y.class().lookup_key(method)) {
                (Some(f), Some(g)) => !f.is(&g),
                (None, Some(_)) => true,
                _ => false,
            }
        }
        _ => false,
    }
}

impl<M: Model> Vm<M> {
    /// The first definite answer among operator methods, tried in order:
    /// `this.method(other)` for each entry whose `this` is an instance with
    /// that method, skipping the ones that answer NotImplemented.
    pub fn first_operator_answer(
        &mut self,
        tries: &[(&Value<M>, &Value<M>, &StrKey)],
    ) -> PyResult<Option<Value<M>>, M> {
        for &(this, other, method) in tries {
            if let Some(f) = operator_method(this, method) {
                let res = self.call_special(&f, &[this.clone(), other.clone()])?;
                if !is_not_implemented(&res) {
                    return Ok(Some(res));
                }
            }
        }
        Ok(None)
    }

    pub fn binary_op(&mut self, op: BinOp, inplace: bool, a: Value<M>, b: Value<M>) -> PyResult<Value<M>, M> {
        if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(*x & *y)),
                BinOp::BitOr => return Ok(Value::Bool(*x | *y)),
                BinOp::BitXor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (to_num(&a), to_num(&b)) {
            // Numbers have no `@`; the error names the operands' own types
            // (`bool`, not the `int` it computes as).
            if op != BinOp::MatMul
                && let Some(r) = numeric_op(op, &x, &y)
            {
                return r;
            }
            return Err(unsupported(op_symbol(op, inplace), a.type_name(), b.type_name()));
        }
        if let Some(r) = self.builtin_binary(op, inplace, &a, &b)? {
            return Ok(r);
        }
        // User-defined operators.
        let [l, r, i] = dunder(op);
        // `1.5 + n` where `n`'s class derives from int (not float) and
        // overrides `__radd__`: float's own operator goes first, as in
        // CPython (the reflected one first only for a subclass of float).
        // Numbers only: `2 * v` for a tuple subclass is the subclass's
        // `__rmul__` (int's own operator does not repeat sequences).
        if to_num(&a).is_some()
            && let Some(ObjKind::Instance(ib)) = b.kind()
            && let Some(pb) = ib.payload.clone()
            && to_num(&pb).is_some()
            && ib.builtin_view(r.as_str()).is_none()
            && !self.isinstance(&b, &self.type_of(&a))
        {
            match self.binary_op(op, inplace, a.clone(), pb) {
                Err(e) if e.lazy_type() == Some(ExcType::TypeError) => {}
                r => return r,
            }
        }
        if let Some((pa, pb)) = self.builtin_operands(&a, &b, if inplace { i } else { l }.as_str(), r.as_str()) {
            let in_place_payload = inplace && self.builtin_view(&a, i.as_str()).is_some();
            let res = self.binary_op(op, inplace, pa.clone(), pb)?;
            // `l += [x]` on a list subclass extends it and keeps `l`.
            if in_place_payload && res.is(&pa) {
                return Ok(a);
            }
            return Ok(res);
        }
        if inplace
            && let Some(ObjKind::Instance(inst)) = a.kind()
            && let Some(f) = inst.class().lookup_key(i)
        {
            let res = self.call_special(&f, &[a.clone(), b.clone()])?;
            if !is_not_implemented(&res) {
                return Ok(res);
            }
        }
        // As CPython: operands of one class use its `__op__` alone; the right
        // operand's `__rop__` goes first when its class is a strict subclass
        // of the left's that overrides it.
        let same_class = self.same_type(&a, &b);
        let right_first = right_is_strict_subclass(&a, &b) && overrides(&a, &b, r);
        let ordered = if right_first { [(&b, &a, r), (&a, &b, l)] } else { [(&a, &b, l), (&b, &a, r)] };
        let tries = if same_class { &ordered[..1] } else { &ordered[..] };
        if let Some(res) = self.first_operator_answer(tries)? {
            return Ok(res);
        }
        if let Some(res) = self.class_operator(op, (l.as_str(), r.as_str()), &a, &b)? {
            return Ok(res);
        }
        Err(self.binary_type_error(op, inplace, &a, &b))
    }

    /// Whether `a` and `b` are of one type (an instance's class as it is
    /// now): then only the left operand's operator method is tried.
    pub(super) fn same_type(&self, a: &Value<M>, b: &Value<M>) -> bool {
        match (a.kind(), b.kind()) {
            (Some(ObjKind::Instance(x)), Some(ObjKind::Instance(y))) => {
                crate::object::ObjRef::ptr_eq(x.class_obj(), y.class_obj())
            }
            _ => crate::object::ObjRef::ptr_eq(&self.type_of(a), &self.type_of(b)),
        }
    }

    pub(super) fn binary_type_error(&self, op: BinOp, inplace: bool, a: &Value<M>, b: &Value<M>) -> PyErr<M> {
        let (ta, tb) = (a.type_name(), b.type_name());
        match (op, a.kind()) {
            (BinOp::Add, Some(ObjKind::Str(_))) => {
                PyErr::type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            (BinOp::Add, Some(ObjKind::List(_))) => {
                PyErr::type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (BinOp::Add, Some(ObjKind::Tuple(_))) => {
                PyErr::type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"))
            }
            (BinOp::Add, Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))) if !is_instance(b) => {
                PyErr::type_error(format!("can't concat {tb} to {ta}"))
            }
            (
                BinOp::Mul,
                Some(
                    ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Bytes(_) | ObjKind::ByteArray(_),
                ),
            ) => PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'")),
            _ => unsupported(op_symbol(op, inplace), ta, tb),
        }
    }

    /// Built-in types' operators other than arithmetic on numbers.
    fn builtin_binary(
        &mut self,
        op: BinOp,
        inplace: bool,
        a: &Value<M>,
        b: &Value<M>,
    ) -> PyResult<Option<Value<M>>, M> {
        let (ka, kb) = (a.kind(), b.kind());
        Ok(Some(match (op, ka, kb) {
            (BinOp::Add, Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::str(s)
            }
            (BinOp::Add, Some(ObjKind::List(x)), Some(ObjKind::List(y))) => {
                if inplace {
                    // A copy first: `x` may be `y` (`l += l`), and the two
                    // lists' cells are never held at once.
                    let right = y.with(|v| v.clone());
                    x.with(|v| v.extend(right));
                    a.clone()
                } else {
                    // One allocation of the final size: a copy of `x` grown
                    // by `y` made three, whose pattern of sizes also kept
                    // glibc's malloc consolidating its free chunks.
                    let right_len = y.with(|v| v.len());
                    let mut items = x.with(|v| {
                        let mut items = Vec::with_capacity(v.len() + right_len);
                        items.extend_from_slice(v);
                        items
                    });
                    y.with(|v| items.extend_from_slice(v));
                    Value::list(items)
                }
            }
            (BinOp::Add, Some(ObjKind::List(x)), _) if inplace => {
                let items = self.collect(b)?;
                x.with(|v| v.extend(items));
                a.clone()
            }
            (BinOp::Add, Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => {
                Value::tuple(x.iter().chain(y.iter()).cloned().collect())
            }
            (BinOp::Add, Some(ObjKind::Bytes(x)), Some(ObjKind::Bytes(y))) => {
                Value::obj(ObjKind::Bytes([&x[..], &y[..]].concat().into_boxed_slice()))
            }
            (BinOp::Add, Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)), _) if is_bytes_like(b) => {
                return self.concat_bytes(inplace, a, b).map(Some);
            }
            (BinOp::Mul, Some(_), _) if is_int(b) && is_sequence(a) => return self.repeat(a, b, inplace).map(Some),
            (BinOp::Mul, _, Some(_)) if is_int(a) && is_sequence(b) => return self.repeat(b, a, false).map(Some),
            (BinOp::Mod, Some(ObjKind::Str(s)), _) => {
                let fmt = s.as_str().to_string();
                return self.percent_format(&fmt, b).map(|s| Some(Value::str(s)));
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub,
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
                Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)),
            ) => {
                return self.set_operator(op, inplace, a, b).map(Some);
            }
            (BinOp::BitOr, Some(ObjKind::Dict(x)), Some(ObjKind::Dict(y))) => {
                let right = y.with(|d| d.clone());
                if inplace {
                    x.with(|d| {
                        for (k, v) in right {
                            d.insert(k, v);
                        }
                    });
                    a.clone()
                } else {
                    let mut merged = x.with(|d| d.clone());
                    for (k, v) in right {
                        merged.insert(k, v);
                    }
                    Value::dict(merged)
                }
            }
            // `d |= x` takes what update() takes: any mapping or iterable
            // of pairs (only `d | x` insists on a dict).
            (BinOp::BitOr, Some(ObjKind::Dict(_)), _) if inplace => {
                self.call_method(a, "update", std::slice::from_ref(b))?;
                a.clone()
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value<M>, count: &Value<M>, inplace: bool) -> PyResult<Value<M>, M> {
        let n = match count {
            Value::Int(i) => (*i).max(0) as usize,
            Value::Bool(b) => *b as usize,
            _ => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        };
        // The result's size in bytes must pass the allocation check (an
        // empty sequence repeats to nothing, however large `n` is).
        let (units, unit_bytes) = match seq.kind() {
            Some(ObjKind::Str(s)) => (s.as_str().len(), 1),
            Some(ObjKind::Bytes(b)) => (b.len(), 1),
            Some(ObjKind::ByteArray(b)) => (b.with(|b| b.data.len()), 1),
            _ => (self.len(seq)?, std::mem::size_of::<Value<M>>()),
        };
        if units > 0 {
            // CPython's own limit for str and bytes: the length (in code
            // points or bytes) must fit Py_ssize_t.
            let too_long = match seq.kind() {
                Some(ObjKind::Str(s)) => Some((s.char_len(), "repeated string is too long")),
                Some(ObjKind::Bytes(b)) => Some((b.len(), "repeated bytes are too long")),
                Some(ObjKind::ByteArray(b)) => Some((b.with(|b| b.data.len()), "repeated bytes are too long")),
                _ => None,
            };
            if let Some((len, message)) = too_long
                && len.checked_mul(n).is_none_or(|total| total > isize::MAX as usize)
            {
                return Err(PyErr::overflow(message));
            }
            capacity::check(units.checked_mul(n).ok_or(capacity::TooLarge)?, unit_bytes)?;
        }
        Ok(match seq.kind() {
            Some(ObjKind::Str(s)) => Value::str(s.as_str().repeat(n)),
            Some(ObjKind::Bytes(b)) => Value::obj(ObjKind::Bytes(b.repeat(n).into_boxed_slice())),
            Some(ObjKind::ByteArray(b)) if inplace => {
                b.with(|b| {
                    if n != 1 {
                        b.check_resizable()?;
                    }
                    b.data = b.data.repeat(n);
                    Ok::<_, PyErr<M>>(())
                })?;
                seq.clone()
            }
            Some(ObjKind::ByteArray(b)) => new_bytearray(b.with(|b| b.data.repeat(n))),
            Some(ObjKind::Tuple(t)) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Some(ObjKind::List(l)) => {
                let items = l.with(|v| v.clone());
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                if inplace {
                    let old = l.with(|l| std::mem::replace(l, v));
                    drop(old);
                    seq.clone()
                } else {
                    Value::list(v)
                }
            }
            _ => unreachable!(),
        })
    }

    pub fn unary_op(&mut self, op: UnaryOp, a: Value<M>) -> PyResult<Value<M>, M> {
        match op {
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(&a)?)),
            UnaryOp::Pos => match &a {
                Value::Int(_) | Value::Float(_) => return Ok(a),
                Value::Bool(b) => return Ok(Value::Int(*b as i64)),
                Value::Obj(o) if matches!(o.kind, ObjKind::BigInt(_)) => return Ok(a),
                Value::Obj(o) if let ObjKind::Complex(c) = o.kind => return Ok(Value::complex(c.re, c.im)),
                _ => {}
            },
            UnaryOp::Neg => match &a {
                Value::Int(i) => {
                    return Ok(match i.checked_neg() {
                        Some(n) => Value::Int(n),
                        None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
                    });
                }
                Value::Bool(b) => return Ok(Value::Int(-(*b as i64))),
                Value::Float(f) => return Ok(Value::Float(-f)),
                Value::Obj(o) => {
                    if let ObjKind::BigInt(b) = &o.kind {
                        return Ok(Value::from_bigint(-b.clone()));
                    }
                    if let ObjKind::Complex(c) = o.kind {
                        return Ok(Value::complex(-c.re, -c.im));
                    }
                }
                _ => {}
            },
            UnaryOp::Invert => match &a {
                Value::Int(i) => return Ok(Value::Int(!i)),
                Value::Bool(b) => return Ok(Value::Int(!(*b as i64))),
                Value::Obj(o) => {
                    if let ObjKind::BigInt(b) = &o.kind {
                        return Ok(Value::from_bigint(-b.clone() - 1));
                    }
                }
                _ => {}
            },
        }
        let (name, sym) = match op {
            UnaryOp::Neg => ("__neg__", "-"),
            UnaryOp::Pos => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => unreachable!(),
        };
        if let Some(p) = self.builtin_view(&a, name) {
            return self.unary_op(op, p);
        }
        if let Some(ObjKind::Instance(inst)) = a.kind()
            && let Some(f) = inst.class().lookup(name)
        {
            return self.call_special(&f, std::slice::from_ref(&a));
        }
        Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", a.type_name())))
    }

    /// `container[index]`
    pub fn getitem(&mut self, container: &Value<M>, index: &Value<M>) -> PyResult<Value<M>, M> {
        super::int_index::index_fits(container, index)?;
        let obj = match container {
            Value::Obj(o) => o,
            _ => return Err(not_subscriptable(container)),
        };
        match &obj.kind {
            ObjKind::List(l) => {
                if let Some(i) = small_index(index) {
                    let r = l.with(|l| seq_index(l.len(), i).map(|i| l[i].clone()));
                    return r.ok_or_else(|| PyErr::index_error("list index out of range"));
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    return self.list_slice(l, s);
                }
                match self.via_index(index)? {
                    Some(i) => self.getitem(container, &i),
                    None => Err(self.bad_index("list", index)),
                }
            }
            ObjKind::Tuple(t) => {
                if let Some(i) = small_index(index) {
                    return seq_index(t.len(), i)
                        .map(|i| t[i].clone())
                        .ok_or_else(|| PyErr::index_error("tuple index out of range"));
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    return Ok(Value::tuple(self.slice_vec(t, s)?));
                }
                match self.via_index(index)? {
                    Some(i) => self.getitem(container, &i),
                    None => Err(self.bad_index("tuple", index)),
                }
            }
            ObjKind::Str(s) => {
                if let Some(i) = small_index(index) {
                    let c = seq_index(s.char_len(), i)
                        .and_then(|i| s.char_at(i))
                        .ok_or_else(|| PyErr::index_error("string index out of range"))?;
                    return Ok(self.char_value(c));
                }
                if let Some(ObjKind::Slice(sl)) = index.kind() {
                    let bounds = self.slice_bounds(sl)?;
                    return self.str_slice(s, bounds);
                }
                match self.via_index(index)? {
                    Some(i) => self.getitem(container, &i),
                    None => {
                        Err(PyErr::type_error(format!("string indices must be integers, not '{}'", index.type_name())))
                    }
                }
            }
            ObjKind::Bytes(b) => {
                if let Some(i) = small_index(index) {
                    return seq_index(b.len(), i)
                        .map(|i| Value::Int(b[i] as i64))
                        .ok_or_else(|| PyErr::index_error("index out of range"));
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    let picked = self.slice_vec(b, s)?;
                    return Ok(Value::obj(ObjKind::Bytes(picked.into_boxed_slice())));
                }
                Err(self.bad_index("byte", index))
            }
            ObjKind::ByteArray(b) => self.bytearray_getitem(b, index),
            ObjKind::MemoryView(m) => self.memoryview_getitem(m, index),
            ObjKind::Range(r) => {
                let as_index = self.via_index(index)?;
                if let Some(i) = small_index(as_index.as_ref().unwrap_or(index)) {
                    return seq_index(r.len() as usize, i)
                        .map(|i| Value::Int(r.get(i as i64)))
                        .ok_or_else(|| PyErr::index_error("range object index out of range"));
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    // A slice of a range is a range (CPython's compute_slice).
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let si = normalize_slice(r.len() as usize, start, stop, step).map_err(PyErr::value_error)?;
                    let at = |k: i64| i64::try_from(r.start as i128 + k as i128 * r.step as i128).ok();
                    let step = i64::try_from(r.step as i128 * si.step as i128).ok();
                    return match (at(si.start), at(si.stop), step) {
                        (Some(start), Some(stop), Some(step)) => {
                            Ok(Value::obj(ObjKind::Range(crate::object::Range { start, stop, step })))
                        }
                        _ => Err(PyErr::new(
                            ExcType::NotImplementedError,
                            "a range slice beyond 64-bit bounds is not supported by minipy",
                        )),
                    };
                }
                Err(self.bad_index("range", index))
            }
            ObjKind::Dict(d) => {
                if let Some(key) = super::containers::plain_str_key(index)
                    && let Some(v) = d.with(|d| d.get(&key).cloned())
                {
                    return Ok(v);
                }
                let key = self.dict_key(d, index.clone())?;
                match d.with(|d| d.get(&key).cloned()) {
                    Some(v) => Ok(v),
                    None => Err(PyErr::key_error(index.clone())),
                }
            }
            ObjKind::Instance(inst)
                if let Value::Int(i) = index
                    && let Some(r) = crate::modules::array::get_fast(inst, *i) =>
            {
                r
            }
            ObjKind::Instance(inst) if let Some(p) = inst.builtin_view("__getitem__") => {
                if let Some(ObjKind::Dict(d)) = p.kind() {
                    // dict subclasses: a missing key asks `__missing__`.
                    let key = self.dict_key(d, index.clone())?;
                    if let Some(v) = d.with(|d| d.get(&key).cloned()) {
                        return Ok(v);
                    }
                    if let Some(missing) = inst.class().lookup("__missing__") {
                        return self.call(&missing, &[container.clone(), index.clone()], &[]);
                    }
                    return Err(PyErr::key_error(index.clone()));
                }
                self.getitem(&p, index)
            }
            ObjKind::Instance(inst) => match inst.class().lookup("__getitem__") {
                Some(f) => self.call_special(&f, &[container.clone(), index.clone()]),
                None => Err(not_subscriptable(container)),
            },
            ObjKind::Class(c) => {
                if let Some(f) = self.metaclass_method(container, "__getitem__") {
                    return self.call(&f, std::slice::from_ref(index), &[]);
                }
                match c.lookup("__class_getitem__") {
                    Some(ref v) if let Some(ObjKind::ClassMethod(f)) = v.kind() => {
                        self.call(&f.clone(), &[container.clone(), index.clone()], &[])
                    }
                    Some(f) => self.call(&f, std::slice::from_ref(index), &[]),
                    None => self.subscript_plain_class(container, index),
                }
            }
            _ => Err(not_subscriptable(container)),
        }
    }

    pub fn setitem(&mut self, container: &Value<M>, index: Value<M>, value: Value<M>) -> PyResult<(), M> {
        super::int_index::index_fits(container, &index)?;
        match container.kind() {
            Some(ObjKind::List(l)) => {
                if let Some(i) = small_index(&index) {
                    let old = l.with(|l| seq_index(l.len(), i).map(|i| std::mem::replace(&mut l[i], value)));
                    return match old {
                        Some(old) => {
                            drop(old);
                            Ok(())
                        }
                        None => Err(PyErr::index_error("list assignment index out of range")),
                    };
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    return self.list_assign_slice(l, s, value);
                }
                match self.via_index(&index)? {
                    Some(i) => self.setitem(container, i, value),
                    None => Err(self.bad_index("list", &index)),
                }
            }
            Some(ObjKind::ByteArray(b)) => self.bytearray_setitem(b, &index, &value),
            Some(ObjKind::MemoryView(m)) => self.memoryview_setitem(m, &index, &value),
            Some(ObjKind::Dict(d)) => {
                // An existing str key: its value replaced where it is.
                let value = match super::containers::plain_str_key(&index) {
                    Some(key) => match d.with(|d| d.replace_key(&key, value)) {
                        Ok(old) => {
                            drop(old);
                            return Ok(());
                        }
                        Err(value) => value,
                    },
                    None => value,
                };
                let key = self.dict_key(d, index)?;
                let old = d.with(|d| d.insert(key, value));
                drop(old);
                Ok(())
            }
            Some(ObjKind::Instance(inst))
                if let Value::Int(i) = &index
                    && let Some(r) = crate::modules::array::set_fast(self, inst, *i, &value) =>
            {
                r
            }
            Some(ObjKind::Instance(inst)) if let Some(p) = inst.builtin_view("__setitem__") => {
                self.setitem(&p, index, value)
            }
            Some(ObjKind::Instance(inst)) => match inst.class().lookup("__setitem__") {
                Some(f) => {
                    self.call_special(&f, &[container.clone(), index, value])?;
                    Ok(())
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    container.type_name()
                ))),
            },
            _ => Err(PyErr::type_error(format!("'{}' object does not support item assignment", container.type_name()))),
        }
    }

    pub fn delitem(&mut self, container: &Value<M>, index: Value<M>) -> PyResult<(), M> {
        super::int_index::index_fits(container, &index)?;
        match container.kind() {
            Some(ObjKind::List(l)) => {
                if let Some(i) = small_index(&index) {
                    let old = l.with(|l| seq_index(l.len(), i).map(|i| l.remove(i)));
                    return match old {
                        Some(_) => Ok(()),
                        None => Err(PyErr::index_error("list assignment index out of range")),
                    };
                }
                if let Some(ObjKind::Slice(s)) = index.kind() {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    // One lock for reading the length and removing: another
                    // thread may resize the list in between otherwise.
                    let removed = l.with(|l| {
                        let si = normalize_slice(l.len(), start, stop, step)?;
                        Ok::<_, String>(remove_positions(l, si))
                    });
                    drop(removed.map_err(PyErr::value_error)?);
                    return Ok(());
                }
                Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", index.type_name())))
            }
            Some(ObjKind::ByteArray(b)) => self.bytearray_delitem(b, &index),
            Some(ObjKind::MemoryView(m)) => {
                m.check()?;
                if m.readonly {
                    return Err(PyErr::type_error("cannot modify read-only memory"));
                }
                Err(PyErr::type_error("cannot delete memory"))
            }
            Some(ObjKind::Dict(d)) => {
                let key = self.dict_key(d, index.clone())?;
                match d.with(|d| d.remove(&key)) {
                    Some(_) => Ok(()),
                    None => Err(PyErr::key_error(index)),
                }
            }
            Some(ObjKind::Instance(inst)) if let Some(p) = inst.builtin_view("__delitem__") => self.delitem(&p, index),
            Some(ObjKind::Instance(inst)) => match inst.class().lookup("__delitem__") {
                Some(f) => {
                    self.call_special(&f, &[container.clone(), index])?;
                    Ok(())
                }
                None => {
                    Err(PyErr::type_error(format!("'{}' object does not support item deletion", container.type_name())))
                }
            },
            _ => Err(PyErr::type_error(format!("'{}' object does not support item deletion", container.type_name()))),
        }
    }

    /// The (start, stop, step) of a slice object as optional ints.
    pub fn slice_bounds(&mut self, s: &[Value<M>; 3]) -> PyResult<SliceBounds, M> {
        let mut out = [None, None, None];
        for (i, v) in s.iter().enumerate() {
            out[i] = match v {
                Value::None => None,
                Value::Int(n) => Some(*n),
                Value::Bool(b) => Some(*b as i64),
                Value::Obj(o) if matches!(o.kind, ObjKind::BigInt(_)) => {
                    let ObjKind::BigInt(b) = &o.kind else { unreachable!() };
                    Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })
                }
                _ => {
                    return Err(PyErr::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
            };
        }
        Ok((out[0], out[1], out[2]))
    }

    pub fn slice_vec<T: Clone>(&mut self, items: &[T], s: &[Value<M>; 3]) -> PyResult<Vec<T>, M> {
        let (start, stop, step) = self.slice_bounds(s)?;
        let si = normalize_slice(items.len(), start, stop, step).map_err(PyErr::value_error)?;
        Ok(si.pick(items))
    }

    /// `l[start:stop:step] = value`, the slice's parts given as they are.
    pub(super) fn list_assign_slice(
        &mut self,
        l: &M::Cell<Vec<Value<M>>>,
        s: &[Value<M>; 3],
        value: Value<M>,
    ) -> PyResult<(), M> {
        // A list no one else holds (`p[:n] = p[n-1::-1]`, a fresh slice)
        // gives up its items instead of copying them.
        let items = match &value {
            Value::Obj(o) if o.is_sole_reference() && matches!(o.kind, ObjKind::List(_)) => {
                let ObjKind::List(items) = &o.kind else { unreachable!() };
                items.with(std::mem::take)
            }
            Value::Obj(o) if matches!(o.kind, ObjKind::List(_) | ObjKind::Tuple(_)) => self.collect(&value)?,
            _ => {
                // CPython's message for a value that cannot be iterated
                // (an error raised while iterating is left as it is).
                let iter = self.get_iter(&value).map_err(|e| match e.lazy_type() {
                    Some(ExcType::TypeError) => PyErr::type_error("can only assign an iterable"),
                    _ => e,
                })?;
                self.collect(&iter)?
            }
        };
        self.list_set_slice(l, s, items)
    }

    fn list_set_slice(
        &mut self,
        l: &M::Cell<Vec<Value<M>>>,
        s: &[Value<M>; 3],
        items: Vec<Value<M>>,
    ) -> PyResult<(), M> {
        let (start, stop, step) = self.slice_bounds(s)?;
        // Read the length and splice under one lock: another thread may
        // resize the list in between otherwise. What the list held (and, on
        // a size mismatch, the new items) is dropped after the lock is
        // released: a drop may free an object that locks this list again.
        let done = l.with(|l| {
            let si = match normalize_slice(l.len(), start, stop, step) {
                Ok(si) => si,
                Err(msg) => return Err((msg, items)),
            };
            let (start, step, count) = (si.start, si.step, si.count);
            if step == 1 && items.len() == count {
                // As many new items as old: traded in place, and `items`
                // leaves with the old ones (no splice, no second vector).
                let mut items = items;
                for (slot, new) in l[start as usize..start as usize + count].iter_mut().zip(items.iter_mut()) {
                    std::mem::swap(slot, new);
                }
                return Ok(items);
            }
            if step == 1 {
                return Ok(l.splice(start as usize..start as usize + count, items).collect::<Vec<_>>());
            }
            if items.len() != count {
                let msg =
                    format!("attempt to assign sequence of size {} to extended slice of size {count}", items.len());
                return Err((msg, items));
            }
            let mut old = Vec::with_capacity(count);
            for (k, v) in items.into_iter().enumerate() {
                let i = (start + k as i64 * step) as usize;
                old.push(std::mem::replace(&mut l[i], v));
            }
            Ok(old)
        });
        match done {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err((msg, items)) => {
                drop(items);
                Err(PyErr::value_error(msg))
            }
        }
    }

    /// An object with `__index__` used as a sequence index: its int.
    fn via_index(&mut self, index: &Value<M>) -> PyResult<Option<Value<M>>, M> {
        let Some(ObjKind::Instance(inst)) = index.kind() else { return Ok(None) };
        if inst.payload.is_some() || inst.class().lookup("__index__").is_none() {
            return Ok(None);
        }
        Ok(super::convert::index_value(self, index)?.map(Value::from_bigint))
    }

    fn bad_index(&self, what: &str, index: &Value<M>) -> PyErr<M> {
        PyErr::type_error(format!("{what} indices must be integers or slices, not {}", index.type_name()))
    }
}

fn op_symbol(op: BinOp, inplace: bool) -> &'static str {
    if !inplace {
        // CPython's binary `**` and `pow()` share one error message.
        return if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    }
    match op {
        BinOp::Add => "+=",
        BinOp::Sub => "-=",
        BinOp::Mul => "*=",
        BinOp::MatMul => "@=",
        BinOp::Div => "/=",
        BinOp::FloorDiv => "//=",
        BinOp::Mod => "%=",
        BinOp::Pow => "**=",
        BinOp::LShift => "<<=",
        BinOp::RShift => ">>=",
        BinOp::BitOr => "|=",
        BinOp::BitXor => "^=",
        BinOp::BitAnd => "&=",
    }
}

pub fn is_not_implemented<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Native(n)) if n.type_name() == "NotImplementedType")
}

fn is_int<M: Model>(v: &Value<M>) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.kind(), Some(ObjKind::BigInt(_)))
}

fn is_instance<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Instance(_)))
}

fn is_sequence<M: Model>(v: &Value<M>) -> bool {
    matches!(
        v.kind(),
        Some(ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Bytes(_) | ObjKind::ByteArray(_))
    )
}

/// An int index (bools count), or None for anything else.
#[inline]
pub fn small_index<M: Model>(v: &Value<M>) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
            // An instance of an int subclass.
            ObjKind::Instance(i) => i.payload.as_ref().and_then(small_index),
            _ => None,
        },
        _ => None,
    }
}

/// Python's negative-index rule; None when out of range.
#[inline]
pub fn seq_index(len: usize, i: i64) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i >= 0 && (i as usize) < len { Some(i as usize) } else { None }
}

fn not_subscriptable<M: Model>(v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!("'{}' object is not subscriptable", v.type_name()))
}

/// Take the items at a slice's positions out of `l`, in one pass (they are
/// dropped by the caller, outside the list's lock).
fn remove_positions<M: Model>(l: &mut Vec<Value<M>>, si: SliceIndices) -> Vec<Value<M>> {
    if si.count == 0 {
        return Vec::new();
    }
    let mut doomed = vec![false; l.len()];
    for i in si.positions() {
        doomed[i] = true;
    }
    let mut removed = Vec::with_capacity(si.count);
    let mut kept = Vec::with_capacity(l.len() - si.count);
    for (i, v) in std::mem::take(l).into_iter().enumerate() {
        if doomed[i] { removed.push(v) } else { kept.push(v) }
    }
    *l = kept;
    removed
}
