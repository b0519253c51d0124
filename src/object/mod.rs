//! The object model: values, heap object kinds and their basic operations.
//!
//! A [`Value`] is 16 bytes: small ints, floats, bools and None are unboxed;
//! everything else is an [`ObjRef`] to a reference-counted [`PyObject`]
//! whose count and contents are guarded as the model `M` says.

pub mod buffer;
pub mod class;
pub mod class_cache;
pub mod combinatorics;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod function;
pub mod hash;
pub mod iter;
pub mod native_keys;
pub mod pystr;
pub mod set_ops;
pub mod set_order;
pub mod traverse;
pub mod types;

use std::sync::Arc;

use num_bigint::BigInt;

pub use crate::model::heap::{ObjRef, PyObject};
use crate::model::{Model, ObjCell};
pub use class::{Class, Instance};
pub use dict::Dict;
pub use exception::{ExcType, PyErr, PyResult};
pub use function::{Builtin, BuiltinFn, CodeObj, Function};
pub use iter::IterState;
pub use pystr::PyStr;

/// A Python value. `Undef` is internal only: an unbound local, or the
/// "no self" marker of LOAD_METHOD; Python code never sees it.
///
/// `repr(u64)` puts the tag in the first word and every payload at offset
/// 8. Without it `Bool`'s payload sits at byte 1, and moving a `Value`
/// becomes overlapping unaligned loads and stores that the CPU cannot
/// forward (measured: 1.1-2.3x slower loops). `tests/layout.rs` pins it.
#[repr(u64)]
pub enum Value<M: Model> {
    Undef,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef<M>),
}

impl<M: Model> Clone for Value<M> {
    #[inline(always)]
    fn clone(&self) -> Self {
        crate::model::heap::clone_value(self)
    }
}

impl<M: Model> std::fmt::Debug for Value<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Undef => write!(f, "<undef>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Obj(o) => write!(f, "<{} object at {:#x}>", o.kind.type_name(), o.addr()),
        }
    }
}

/// A `range` object (all bounds fit in i64).
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// The number of items, or `None` when it does not fit `Py_ssize_t`
    /// (`range(-2**62, 2**62)`), where CPython's `len()` raises
    /// `OverflowError`.
    pub fn try_len(&self) -> Option<i64> {
        let n = if self.step > 0 && self.start < self.stop {
            (self.stop as i128 - self.start as i128 - 1) / self.step as i128 + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start as i128 - self.stop as i128 - 1) / (-(self.step as i128)) + 1
        } else {
            0
        };
        i64::try_from(n).ok()
    }
    /// The number of items, saturated at `i64::MAX` (see [`Range::try_len`]).
    pub fn len(&self) -> i64 {
        self.try_len().unwrap_or(i64::MAX)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A module object: a name and a globals dict.
pub struct Module<M: Model> {
    pub name: String,
    pub dict: ObjRef<M>,
}

/// What a heap object is.
pub enum ObjKind<M: Model> {
    Str(PyStr),
    /// Ints that do not fit in i64 (smaller ones are `Value::Int`).
    BigInt(BigInt),
    /// A `complex` (always boxed: two doubles do not fit a `Value`).
    Complex(complex::Complex),
    Bytes(Box<[u8]>),
    ByteArray(M::Cell<buffer::ByteBuf>),
    MemoryView(Box<buffer::MemView<M>>),
    Tuple(Box<[Value<M>]>),
    List(M::Cell<Vec<Value<M>>>),
    Dict(M::Cell<Dict<M>>),
    Set(M::Cell<Dict<M>>),
    FrozenSet(Dict<M>),
    Range(Range),
    Slice(Box<[Value<M>; 3]>),
    Code(CodeObj<M>),
    Function(Function<M>),
    Builtin(Builtin<M>),
    /// A function bound to its `self`.
    BoundMethod(Value<M>, Value<M>),
    /// A closure cell.
    Cell(M::Cell<Value<M>>),
    Class(Box<Class<M>>),
    Instance(Instance<M>),
    Module(Module<M>),
    Iter(M::Cell<IterState<M>>),
    /// fget, fset, fdel and the doc given to `property()` (None: fget's).
    Property(Box<[Value<M>; 4]>),
    StaticMethod(Value<M>),
    ClassMethod(Value<M>),
    /// `super(cls, obj)`: look up attributes after `cls` in `type(obj)`'s MRO.
    Super(ObjRef<M>, Value<M>),
    /// A kernel-like object shared by threads and interpreters (locks,
    /// queues, events, thread handles): see `runtime::kernel`.
    Native(crate::runtime::kernel::NativeHandle),
}

impl<M: Model> ObjKind<M> {
    /// Whether the release of this object, whose count just reached zero,
    /// must wait for its finalizer: an instance's `__del__`, a suspended
    /// generator's `close()` (true at most once per object).
    #[inline(always)]
    pub fn claim_finalizer(&self) -> bool {
        match self {
            ObjKind::Instance(i) => i.claim_finalizer(),
            // Closing makes the generator finished, so this is true once.
            ObjKind::Iter(it) => it.with(|s| s.needs_close_on_release()),
            _ => false,
        }
    }

    /// Arrange the items of a list or tuple being released so that dropping
    /// them goes last to first, as CPython's deallocators do; observable
    /// only through `__del__` (and weak-reference callbacks), so done only
    /// once a class with `__del__` exists.
    #[inline(always)]
    pub fn order_for_release(&mut self) {
        if !class::finalizers_exist() {
            return;
        }
        match self {
            ObjKind::List(l) => l.with(|v| v.reverse()),
            ObjKind::Tuple(t) => t.reverse(),
            _ => {}
        }
    }

    /// Empty a mutable container through its cell, returning what it held
    /// (used when the racy-refcount lab quarantines an object).
    pub fn take_contents(&self) -> Vec<Value<M>> {
        match self {
            ObjKind::List(l) => l.with(std::mem::take),
            ObjKind::Dict(d) | ObjKind::Set(d) => {
                let d = d.with(std::mem::take);
                d.into_iter().flat_map(|(k, v)| [k.value, v]).collect()
            }
            ObjKind::Cell(c) => vec![c.with(|v| std::mem::replace(v, Value::Undef))],
            ObjKind::Class(c) => {
                let d = c.dict.with(std::mem::take);
                class_cache::invalidate();
                d.into_iter().flat_map(|(k, v)| [k.value, v]).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Kinds a weak reference may point at (the finer rules, such as
    /// "not an instance of a built-in class", are `_weakref`'s): the heap
    /// asks this before looking for a weak slot on release.
    #[inline(always)]
    pub fn may_be_weakly_referenced(&self) -> bool {
        matches!(
            self,
            ObjKind::Instance(_)
                | ObjKind::Function(_)
                | ObjKind::Builtin(_)
                | ObjKind::Class(_)
                | ObjKind::Set(_)
                | ObjKind::FrozenSet(_)
                | ObjKind::BoundMethod(..)
        )
    }

    /// The Python type name, for error messages.
    pub fn type_name(&self) -> &str {
        match self {
            ObjKind::Builtin(b) => {
                if b.is_method {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            ObjKind::Instance(i) => i.class_name(),
            ObjKind::Iter(it) => it.with(|s| s.type_name()),
            ObjKind::Native(n) => n.type_name(),
            kind => types::BuiltinType::of_kind(kind).map_or("object", types::BuiltinType::name),
        }
    }
}

impl<M: Model> Value<M> {
    #[inline(always)]
    pub fn obj(kind: ObjKind<M>) -> Value<M> {
        Value::Obj(ObjRef::new(kind))
    }

    pub fn str(s: impl Into<String>) -> Value<M> {
        Value::obj(ObjKind::Str(PyStr::new(s.into())))
    }

    pub fn tuple(items: Vec<Value<M>>) -> Value<M> {
        Value::obj(ObjKind::Tuple(items.into_boxed_slice()))
    }

    pub fn list(items: Vec<Value<M>>) -> Value<M> {
        Value::obj(ObjKind::List(M::Cell::new(items)))
    }

    pub fn dict(d: Dict<M>) -> Value<M> {
        Value::obj(ObjKind::Dict(M::Cell::new(d)))
    }

    /// A complex number.
    pub fn complex(re: f64, im: f64) -> Value<M> {
        Value::obj(ObjKind::Complex(complex::Complex::new(re, im)))
    }

    /// The value of a complex, or of an instance of a complex subclass.
    pub fn as_complex(&self) -> Option<complex::Complex> {
        match self.kind() {
            Some(ObjKind::Complex(c)) => Some(*c),
            Some(ObjKind::Instance(i)) => i.payload.as_ref()?.as_complex(),
            _ => None,
        }
    }

    /// An int from a BigInt, unboxed when it fits.
    pub fn from_bigint(b: BigInt) -> Value<M> {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::obj(ObjKind::BigInt(b)),
        }
    }

    pub fn as_obj(&self) -> Option<&ObjRef<M>> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn kind(&self) -> Option<&ObjKind<M>> {
        match self {
            Value::Obj(o) => Some(&o.kind),
            _ => None,
        }
    }

    /// What a built-in value is made of: its own kind, or for an instance
    /// of a subclass of a built-in type (a namedtuple, `class L(list)`) its
    /// payload's, which CPython's C code reads past any overrides. None for
    /// other instances.
    #[inline]
    pub fn builtin_kind(&self) -> Option<&ObjKind<M>> {
        match self.kind() {
            Some(ObjKind::Instance(i)) => i.payload.as_ref().and_then(|p| p.kind()),
            kind => kind,
        }
    }

    /// The text of a str, or of an instance of a str subclass.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.as_pystr().map(PyStr::as_str)
    }

    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.kind() {
            Some(ObjKind::Str(s)) => Some(s),
            Some(ObjKind::Instance(i)) => i.payload.as_ref()?.as_pystr(),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The type name, for error messages.
    pub fn type_name(&self) -> &str {
        match self {
            Value::Undef => "NULL",
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Obj(o) => o.kind.type_name(),
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value<M>) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; all unboxed ints compare by value.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            (Value::Undef, Value::Undef) => true,
            _ => false,
        }
    }

    /// A number for `id()`: the address for heap objects, a stable fake
    /// address for unboxed values.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.addr() as i64,
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as i64,
            Value::Int(i) => 0x10_0000_0000_i64.wrapping_add(i.wrapping_mul(32)),
            Value::Float(f) => (f.to_bits() >> 4) as i64,
            Value::Undef => 0,
        }
    }
}

/// Build a tuple value from an iterator.
/// The slot of a property accessor attribute in `ObjKind::Property`.
pub fn property_accessor_slot(name: &str) -> Option<usize> {
    ["fget", "fset", "fdel"].iter().position(|n| *n == name)
}

/// The (fget, fset, fdel, doc) of a property, or of an instance of a
/// property subclass (its payload).
pub fn property_parts<M: Model>(v: &Value<M>) -> Option<[Value<M>; 4]> {
    let p = match v.kind() {
        Some(ObjKind::Instance(i)) => i.payload.clone()?,
        _ => v.clone(),
    };
    match p.kind() {
        Some(ObjKind::Property(p)) => Some([p[0].clone(), p[1].clone(), p[2].clone(), p[3].clone()]),
        _ => None,
    }
}

pub fn tuple_from<M: Model>(items: impl IntoIterator<Item = Value<M>>) -> Value<M> {
    Value::tuple(items.into_iter().collect())
}

/// The `Arc<Code>` of a code or function value.
pub fn code_of<M: Model>(v: &Value<M>) -> Option<Arc<crate::bytecode::Code>> {
    match v.kind()? {
        ObjKind::Code(c) => Some(c.code.clone()),
        ObjKind::Function(f) => Some(f.code().code.clone()),
        _ => None,
    }
}
