//! `_array`: the native half of `array.array`. `lib/array.py` declares the
//! class (so that it has a module, can be subclassed and constructed like
//! any class) and `install` fills it with these methods; an array keeps
//! its items in machine form (`array_store`), so indexing a `'d'` array is
//! a native call that reads eight bytes, not a Python method over a list.
//!
//! The items sit in a hidden bytearray cell in the instance: in
//! free-threaded mode each operation locks that cell, as list operations
//! lock theirs, and Python code (conversions, comparisons) never runs with
//! it held. The sequence dunders live in `array_ops`.

use super::array_store::{self as store, HEADER, Raw, TYPECODES, itemsize};
use super::builtins_util::{R, add_methods, exactly_one, int_arg, no_args, slice_arg};
use crate::model::{Model, ObjCell};
use crate::object::buffer::ByteBuf;
use crate::object::class::Instance;
use crate::object::dict::{Dict, Key, StrKey};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::text::slice::adjust_indices;
use crate::vm::Vm;

/// The instance attribute holding the items (typecode byte first).
const SLOT: &str = "__minipy_array__";

fn slot_key() -> StrKey<'static> {
    const KEY: StrKey<'static> = StrKey::constant(SLOT);
    KEY
}

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] =
        &[("install", install), ("new", new), ("typecode", get_typecode), ("itemsize", get_itemsize)];
    super::registry::add_functions(vm, module, fns)?;
    vm.setattr(module, "typecodes", Value::str(TYPECODES))
}

/// `_array.install(array)`: give the class its methods.
fn install<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("_array.install() needs the array class"));
    };
    let mut methods: Vec<(&'static str, BuiltinFn<M>)> = vec![
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
    ];
    methods.extend(super::array_ops::methods::<M>());
    add_methods(cls, &methods);
    Ok(Value::None)
}

/// An array's item cell (a bytearray whose first byte is the typecode).
pub struct Arr<M: Model>(Value<M>);

impl<M: Model> Arr<M> {
    /// The array `v` is, if it is one.
    #[inline]
    pub fn of(v: &Value<M>) -> Option<Arr<M>> {
        match v.kind() {
            Some(ObjKind::Instance(inst)) => inst.get_attr_key(&slot_key()).map(Arr),
            _ => None,
        }
    }

    /// The receiver of method `name`.
    #[inline]
    pub fn recv(args: &Args<'_, M>, name: &str) -> PyResult<Arr<M>, M> {
        let v = args
            .pos
            .first()
            .ok_or_else(|| PyErr::type_error(format!("unbound method array.{name}() needs an argument")))?;
        Arr::of(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{name}' for 'array.array' objects doesn't apply to a '{}' object",
                v.type_name()
            ))
        })
    }

    /// Run `f` on the typecode and the bytes (header included) under the cell.
    #[inline]
    pub fn with<T>(&self, f: impl FnOnce(u8, &mut Vec<u8>) -> T) -> T {
        match self.0.kind() {
            Some(ObjKind::ByteArray(b)) => b.with(|b| {
                let tc = b.data[0];
                f(tc, &mut b.data)
            }),
            _ => unreachable!("an array's cell is a bytearray"),
        }
    }

    pub fn typecode(&self) -> u8 {
        self.with(|tc, _| tc)
    }

    pub fn item_count(&self) -> usize {
        self.with(|tc, d| (d.len() - HEADER) / itemsize(tc))
    }

    /// A copy of the typecode and the item bytes.
    pub fn snapshot(&self) -> (u8, Vec<u8>) {
        self.with(|tc, d| (tc, d[HEADER..].to_vec()))
    }

    /// The items as Python values.
    pub fn items(&self) -> PyResult<Vec<Value<M>>, M> {
        let (tc, data) = self.snapshot();
        store::decode_all(tc, &data)
    }

    /// Append already converted bytes.
    pub fn push_bytes(&self, bytes: &[u8]) {
        self.with(|_, d| d.extend_from_slice(bytes));
    }
}

/// The `array.array` class an instance derives from (what slicing,
/// concatenation and copying make, as CPython's do, whatever the subclass).
pub fn base_class<M: Model>(v: &Value<M>) -> PyResult<ObjRef<M>, M> {
    let Some(ObjKind::Instance(inst)) = v.kind() else {
        return Err(PyErr::type_error("array expected"));
    };
    let is = |c: &ObjRef<M>| matches!(&c.kind, ObjKind::Class(c) if c.name == "array" && c.module == "array");
    if is(inst.class_obj()) {
        return Ok(inst.class_obj().clone());
    }
    Ok(inst.class().mro.iter().find(|c| is(c)).cloned().unwrap_or_else(|| inst.class_obj().clone()))
}

/// A new array of class `cls` holding `items` (bytes, no header).
pub fn make<M: Model>(cls: &ObjRef<M>, tc: u8, items: &[u8]) -> Value<M> {
    let mut data = Vec::with_capacity(HEADER + items.len());
    data.push(tc);
    data.extend_from_slice(items);
    let cell = Value::obj(ObjKind::ByteArray(<M::Cell<ByteBuf> as ObjCell<ByteBuf>>::new(ByteBuf::new(data))));
    let mut attrs = Dict::new();
    attrs.insert(Key::str(SLOT), cell);
    Value::obj(ObjKind::Instance(Instance::new(cls.clone(), attrs)))
}

/// The bytes of every value in `values`, converted for typecode `tc`;
/// on a bad value, the bytes of the values before it and the error.
fn encode_all<M: Model>(vm: &mut Vm<M>, tc: u8, values: &[Value<M>]) -> (Vec<u8>, Option<PyErr<M>>) {
    let size = itemsize(tc);
    let mut out = Vec::with_capacity(values.len() * size);
    for v in values {
        match store::encode(vm, tc, v) {
            Ok(raw) => out.extend_from_slice(&raw[..size]),
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// `array.__new__(cls, typecode[, initializer])`, called by the class in
/// `lib/array.py` with the arguments as a tuple and a dict.
fn new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let [Value::Obj(cls), pos, kw] = args.pos else {
        return Err(PyErr::type_error("_array.new(cls, args, kwargs)"));
    };
    if matches!(kw.kind(), Some(ObjKind::Dict(d)) if d.with(|d| d.len()) > 0) {
        return Err(PyErr::type_error("array.array() takes no keyword arguments"));
    }
    let pos = match pos.kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    match pos.len() {
        0 => return Err(PyErr::type_error("array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(PyErr::type_error(format!("array() takes at most 2 arguments ({n} given)"))),
    }
    let tc = match pos[0].as_str() {
        Some(s) if s.chars().count() == 1 => {
            let c = s.chars().next().expect("one character");
            if !c.is_ascii() || !TYPECODES.contains(c) {
                return Err(PyErr::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
            }
            c as u8
        }
        Some(_) => return Err(PyErr::type_error("array() argument 1 must be a unicode character, not str")),
        None => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                pos[0].type_name()
            )));
        }
    };
    let made = make(cls, tc, &[]);
    let Some(init) = pos.get(1).filter(|v| !v.is_none()) else {
        return Ok(made);
    };
    let arr = Arr::of(&made).expect("just made");
    if let Some(s) = init.as_str() {
        if tc != b'u' {
            return Err(PyErr::type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        arr.push_bytes(&bytes);
        return Ok(made);
    }
    if let Some(other) = Arr::of(init) {
        let (otc, data) = other.snapshot();
        if otc == b'u' && tc != b'u' {
            return Err(PyErr::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        if otc == tc {
            arr.push_bytes(&data);
            return Ok(made);
        }
    }
    if let Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) = init.kind() {
        frombytes(vm, Args::positional(&[made.clone(), init.clone()]))?;
        return Ok(made);
    }
    let values = vm.collect(init)?;
    let (bytes, err) = encode_all(vm, tc, &values);
    if let Some(e) = err {
        return Err(e);
    }
    arr.push_bytes(&bytes);
    Ok(made)
}

fn get_typecode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "typecode")?;
    Ok(Value::str((a.typecode() as char).to_string()))
}

fn get_itemsize<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "itemsize")?;
    Ok(Value::Int(itemsize(a.typecode()) as i64))
}

fn append<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "append")?;
    exactly_one(&args, "array.append")?;
    let tc = a.typecode();
    let raw = store::encode(vm, tc, &args.pos[1])?;
    a.push_bytes(&raw[..itemsize(tc)]);
    Ok(Value::None)
}

fn extend<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "extend")?;
    exactly_one(&args, "array.extend")?;
    extend_from(vm, &a, &args.pos[1])?;
    Ok(Value::None)
}

/// `a.extend(x)`: an array of the same typecode, or any iterable (the
/// items converted before a bad one stay, as CPython's).
pub fn extend_from<M: Model>(vm: &mut Vm<M>, a: &Arr<M>, x: &Value<M>) -> PyResult<(), M> {
    let tc = a.typecode();
    if let Some(other) = Arr::of(x) {
        let (otc, data) = other.snapshot();
        if otc != tc {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        a.push_bytes(&data);
        return Ok(());
    }
    let values = vm.collect(x)?;
    let (bytes, err) = encode_all(vm, tc, &values);
    a.push_bytes(&bytes);
    err.map_or(Ok(()), Err)
}

fn insert<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "insert")?;
    if args.pos.len() != 3 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos.len() - 1)));
    }
    let i = int_arg(vm, &args.pos[1])?;
    let tc = a.typecode();
    let raw = store::encode(vm, tc, &args.pos[2])?;
    let size = itemsize(tc);
    a.with(|_, d| {
        let n = ((d.len() - HEADER) / size) as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        let pos = HEADER + at * size;
        d.splice(pos..pos, raw[..size].iter().copied());
    });
    Ok(Value::None)
}

fn pop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "pop")?;
    if args.pos.len() > 2 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("pop expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let i = match args.pos.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    a.with(|tc, d| {
        let size = itemsize(tc);
        let n = (d.len() - HEADER) / size;
        if n == 0 {
            return Err(PyErr::index_error("pop from empty array"));
        }
        let k = crate::vm::ops::seq_index(n, i).ok_or_else(|| PyErr::index_error("pop index out of range"))?;
        let pos = HEADER + k * size;
        let v = store::decode(tc, &d[pos..])?;
        d.drain(pos..pos + size);
        Ok(v)
    })
}

/// The position of the first item equal to `x` in `lo..hi`.
fn find<M: Model>(vm: &mut Vm<M>, a: &Arr<M>, x: &Value<M>, lo: usize, hi: usize) -> PyResult<Option<usize>, M> {
    let items = a.items()?;
    for (k, item) in items.iter().enumerate().take(hi).skip(lo) {
        if vm.eq(item, x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn remove<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "remove")?;
    exactly_one(&args, "array.remove")?;
    let n = a.item_count();
    let Some(k) = find(vm, &a, &args.pos[1], 0, n)? else {
        return Err(PyErr::value_error("array.remove(x): x not in array"));
    };
    a.with(|tc, d| {
        let size = itemsize(tc);
        let pos = HEADER + k * size;
        if pos + size <= d.len() {
            d.drain(pos..pos + size);
        }
    });
    Ok(Value::None)
}

fn index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "index")?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("array.index() takes no keyword arguments"));
    }
    match args.pos.len() - 1 {
        0 => return Err(PyErr::type_error("index expected at least 1 argument, got 0")),
        n if n > 3 => return Err(PyErr::type_error(format!("index expected at most 3 arguments, got {n}"))),
        _ => {}
    }
    let start = slice_arg(vm, args.pos.get(2))?;
    let stop = slice_arg(vm, args.pos.get(3))?;
    let n = a.item_count();
    let (lo, hi) = adjust_indices(start, stop, n);
    let (lo, hi) = (lo.max(0) as usize, hi.max(0) as usize);
    match find(vm, &a, &args.pos[1], lo, hi)? {
        Some(k) => Ok(Value::Int(k as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "count")?;
    exactly_one(&args, "array.count")?;
    let mut n = 0;
    for item in a.items()? {
        if vm.eq(&item, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "reverse")?;
    no_args(&args, "array.reverse")?;
    a.with(|tc, d| {
        let items = &mut d[HEADER..];
        // Reversing all bytes reverses the items and each item's bytes:
        // swap each item's bytes back.
        items.reverse();
        store::byteswap(tc, items);
    });
    Ok(Value::None)
}

fn tolist<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "tolist")?;
    no_args(&args, "array.tolist")?;
    Ok(Value::list(a.items()?))
}

fn fromlist<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "fromlist")?;
    exactly_one(&args, "array.fromlist")?;
    let Some(values) = super::builtins_util::list_items(&args.pos[1]) else {
        return Err(PyErr::type_error("arg must be list"));
    };
    // All or nothing, as CPython's.
    let (bytes, err) = encode_all(vm, a.typecode(), &values);
    if let Some(e) = err {
        return Err(e);
    }
    a.push_bytes(&bytes);
    Ok(Value::None)
}

fn tobytes<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "tobytes")?;
    no_args(&args, "array.tobytes")?;
    Ok(crate::object::buffer::new_bytes(a.snapshot().1))
}

fn frombytes<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "frombytes")?;
    exactly_one(&args, "array.frombytes")?;
    let data = match crate::object::buffer::bytes_like(&args.pos[1])? {
        Some(d) => d,
        None => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                args.pos[1].type_name()
            )));
        }
    };
    if data.len() % itemsize(a.typecode()) != 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    a.push_bytes(&data);
    Ok(Value::None)
}

fn tounicode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "tounicode")?;
    no_args(&args, "array.tounicode")?;
    let (tc, data) = a.snapshot();
    if tc != b'u' {
        return Err(PyErr::value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut s = String::new();
    for v in store::decode_all::<M>(tc, &data)? {
        s.push_str(v.as_str().unwrap_or(""));
    }
    Ok(Value::str(s))
}

fn fromunicode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "fromunicode")?;
    exactly_one(&args, "array.fromunicode")?;
    let Some(s) = args.pos[1].as_str() else {
        return Err(PyErr::type_error(format!("fromunicode() argument must be str, not {}", args.pos[1].type_name())));
    };
    if a.typecode() != b'u' {
        return Err(PyErr::value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    a.push_bytes(&bytes);
    Ok(Value::None)
}

/// `(address, length)`: the address is the array object's (minipy does
/// not expose the items' memory).
fn buffer_info<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "buffer_info")?;
    no_args(&args, "array.buffer_info")?;
    let addr = match &args.pos[0] {
        Value::Obj(o) => o.addr() as i64,
        _ => 0,
    };
    Ok(Value::tuple(vec![Value::Int(addr), Value::Int(a.item_count() as i64)]))
}

fn byteswap<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "byteswap")?;
    no_args(&args, "array.byteswap")?;
    a.with(|tc, d| store::byteswap(tc, &mut d[HEADER..]));
    Ok(Value::None)
}

/// Whether `inst` is an `array.array` itself (not a subclass, which may
/// override the dunders): the VM then indexes it without calling them.
#[inline(always)]
pub fn is_exact<M: Model>(inst: &Instance<M>) -> bool {
    let c = inst.class();
    c.name == "array" && c.module == "array"
}

/// Run `f` on an exact array's typecode and bytes, finding the cell
/// inside the instance dict's lock (no reference taken to it).
#[inline(always)]
fn with_exact<M: Model, T>(inst: &Instance<M>, f: impl FnOnce(u8, &mut Vec<u8>) -> T) -> Option<T> {
    if !is_exact(inst) {
        return None;
    }
    inst.with_dict(|d| match d.get(&slot_key()) {
        Some(Value::Obj(o)) => match &o.kind {
            ObjKind::ByteArray(b) => Some(b.with(|b| {
                let tc = b.data[0];
                f(tc, &mut b.data)
            })),
            _ => None,
        },
        _ => None,
    })
}

/// `a[i]` for an int `i`, straight from the VM (what `__getitem__` does).
#[inline]
pub fn get_fast<M: Model>(inst: &Instance<M>, i: i64) -> Option<PyResult<Value<M>, M>> {
    with_exact(inst, |tc, d| {
        let size = itemsize(tc);
        match crate::vm::ops::seq_index((d.len() - HEADER) / size, i) {
            Some(k) => store::decode(tc, &d[HEADER + k * size..]),
            None => Err(PyErr::index_error("array index out of range")),
        }
    })
}

/// `a[i] = v` for an int `i`, straight from the VM (what `__setitem__`
/// does: the index is checked before the value).
#[inline]
pub fn set_fast<M: Model>(vm: &mut Vm<M>, inst: &Instance<M>, i: i64, v: &Value<M>) -> Option<PyResult<(), M>> {
    let out_of_range = || PyErr::index_error("array assignment index out of range");
    let store_raw = |raw: Raw, want: Option<u8>| {
        with_exact(inst, |tc, d| {
            if want.is_some_and(|w| w != tc) {
                return None;
            }
            let size = itemsize(tc);
            Some(match crate::vm::ops::seq_index((d.len() - HEADER) / size, i) {
                Some(k) => {
                    d[HEADER + k * size..HEADER + (k + 1) * size].copy_from_slice(&raw[..size]);
                    Ok(())
                }
                None => Err(out_of_range()),
            })
        })
        .flatten()
    };
    // The common store (a float into a 'd' array) needs one pass.
    if let Value::Float(f) = v
        && let Some(r) = store_raw(f.to_le_bytes(), Some(b'd'))
    {
        return Some(r);
    }
    let (tc, len) = with_exact(inst, |tc, d| (tc, (d.len() - HEADER) / itemsize(tc)))?;
    if crate::vm::ops::seq_index(len, i).is_none() {
        return Some(Err(out_of_range()));
    }
    match store::encode(vm, tc, v) {
        Ok(raw) => Some(store_raw(raw, None).unwrap_or_else(|| Err(out_of_range()))),
        Err(e) => Some(Err(e)),
    }
}
