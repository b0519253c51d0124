//! Classes (user-defined and built-in types alike) and their instances.

use super::class_cache;
pub use super::dict::StrKey;
use super::dict::{Dict, Key};
use super::exception::{ExcType, Hint, TraceEntry};
use super::{ObjKind, ObjRef, Value};
use crate::model::{Model, ObjCell};

pub use super::types::BuiltinType;

pub struct Class<M: Model> {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ObjRef<M>>,
    /// Method resolution order, *excluding* the class itself (which would be
    /// a reference cycle).
    pub mro: Vec<ObjRef<M>>,
    pub dict: M::Cell<Dict<M>>,
    pub builtin: BuiltinType,
    /// The built-in exception this class is or derives from.
    pub exc: Option<ExcType>,
    /// It or a base defines `__getattribute__` in Python: every attribute
    /// read goes through it (a flag, so plain classes pay no lookup).
    pub custom_getattribute: bool,
    /// `type(cls)` when it is not `type` itself: a class derived from
    /// `type` (`class X(metaclass=M)`, or inherited from a base).
    pub metaclass: Option<ObjRef<M>>,
    /// Instances have no `__dict__` (every class in the MRO declares
    /// `__slots__` without `"__dict__"`): the attribute names they accept.
    pub slots: Option<Box<[String]>>,
    /// This class's key in the attribute lookup cache (`class_cache`).
    pub cache_id: u64,
    /// It or a base defines `__del__`: an instance's release is deferred
    /// so the VM can call it first (see [`Instance::claim_finalizer`]).
    /// Set when the class is made and when `__del__` is assigned to it.
    pub finalizer: std::sync::atomic::AtomicBool,
    /// Which special methods are `object`'s own, under the class-cache
    /// epoch they were found in (see `vm::class_traits`).
    pub traits: std::sync::atomic::AtomicU64,
    /// Which special methods a built-in payload answers for its instances
    /// (see [`Class::overrides_in_python`]).
    pub builtin_views: BuiltinViews,
    /// What calling the class to make an instance found last time (see
    /// `vm::frame_stack`): where its plain `__init__` is, and how many
    /// attributes that `__init__` gave the instance; and where operators
    /// on its instances found their methods.
    pub instantiation: Instantiation,
}

/// The special methods whose [`Class::overrides_in_python`] answer is
/// remembered (at most [`BuiltinViews::NAMES`]).
const VIEWED_DUNDERS: &[&str] = &[
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__len__",
    "__iter__",
    "__next__",
    "__eq__",
    "__bool__",
    "__repr__",
    "__str__",
];

/// Answers of [`Class::overrides_in_python`], one word: the epoch they
/// hold for (high bits), which names are answered, and the answers. Any
/// thread may read or replace the word; a lost update only forgets
/// answers.
#[derive(Default)]
pub struct BuiltinViews(std::sync::atomic::AtomicU64);

impl BuiltinViews {
    const NAMES: u32 = 12;
    const EPOCH_SHIFT: u32 = 2 * Self::NAMES;
    const MASK: u64 = (1 << Self::NAMES) - 1;

    fn get(&self, epoch: u64, bit: usize) -> Option<bool> {
        let word = self.0.load(std::sync::atomic::Ordering::Relaxed);
        if word >> Self::EPOCH_SHIFT != Self::epoch_bits(epoch) || (word >> Self::NAMES) & (1 << bit) == 0 {
            return None;
        }
        Some(word & (1 << bit) != 0)
    }

    fn put(&self, epoch: u64, bit: usize, answer: bool) {
        let word = self.0.load(std::sync::atomic::Ordering::Relaxed);
        let (known, answers) = if word >> Self::EPOCH_SHIFT == Self::epoch_bits(epoch) {
            ((word >> Self::NAMES) & Self::MASK, word & Self::MASK)
        } else {
            (0, 0)
        };
        let known = known | 1 << bit;
        let answers = answers | u64::from(answer) << bit;
        let word = Self::epoch_bits(epoch) << Self::EPOCH_SHIFT | known << Self::NAMES | answers;
        self.0.store(word, std::sync::atomic::Ordering::Relaxed);
    }

    /// The epoch as stored: its low bits, with 1 added so that a word never
    /// written (0) matches no epoch.
    fn epoch_bits(epoch: u64) -> u64 {
        (epoch.wrapping_add(1)) & (u64::MAX >> Self::EPOCH_SHIFT)
    }
}

/// What instantiating a class runs, remembered under the class-cache epoch
/// (a class dict change anywhere forgets it), and how big its instances'
/// dicts grow, so the next instance's dict is made that size at once.
#[derive(Default)]
pub struct Instantiation {
    pub init: crate::bytecode::inline_cache::FactSlot,
    attrs: std::sync::atomic::AtomicU32,
    /// Where BINARY_OP and subscriptions on an instance found their method
    /// and COMPARE_OP (see `vm::operator_call`, `vm::subscript_call`): one
    /// slot per operator, one per in-place operator, then `__getitem__`,
    /// `__setitem__` and `__delitem__`, then one per rich comparison; made
    /// on first use.
    methods: std::sync::OnceLock<Box<[crate::bytecode::inline_cache::FactSlot; Self::METHOD_SLOTS]>>,
}

impl Instantiation {
    /// How many binary operators there are (BINARY_OP's operand, less its
    /// in-place flag, is below this).
    pub const OPERATORS: usize = 13;

    /// How many rich comparisons there are (`==` to `>=`: COMPARE_OP's
    /// operands below this).
    pub const COMPARISONS: usize = 6;

    const METHOD_SLOTS: usize = 2 * Self::OPERATORS + 3 + Self::COMPARISONS;

    /// The fact slot of binary operator `index` (in-place: `inplace`).
    #[inline]
    pub fn operator(&self, index: usize, inplace: bool) -> &crate::bytecode::inline_cache::FactSlot {
        self.method_slot((index % Self::OPERATORS) + if inplace { Self::OPERATORS } else { 0 })
    }

    /// The fact slot of subscription method `which` (0 `__getitem__`, 1
    /// `__setitem__`, 2 `__delitem__`).
    #[inline]
    pub fn subscript(&self, which: usize) -> &crate::bytecode::inline_cache::FactSlot {
        self.method_slot(2 * Self::OPERATORS + which % 3)
    }

    /// The fact slot of rich comparison `index` (COMPARE_OP's operand).
    #[inline]
    pub fn comparison(&self, index: usize) -> &crate::bytecode::inline_cache::FactSlot {
        self.method_slot(2 * Self::OPERATORS + 3 + index % Self::COMPARISONS)
    }

    /// Method fact slot `at`, the slots made on first use.
    #[inline]
    fn method_slot(&self, at: usize) -> &crate::bytecode::inline_cache::FactSlot {
        let slots = self.methods.get_or_init(|| Box::new(std::array::from_fn(|_| Default::default())));
        &slots[at]
    }

    /// Most attributes an `__init__` of the class has set so far (at most
    /// [`Instantiation::MAX_PRESIZED`]).
    #[inline]
    pub fn attrs(&self) -> usize {
        self.attrs.load(std::sync::atomic::Ordering::Relaxed) as usize
    }

    /// A new instance's `__init__` left it `n` attributes.
    #[inline]
    pub fn saw_attrs(&self, n: usize) {
        let n = n.min(Self::MAX_PRESIZED) as u32;
        if n > self.attrs.load(std::sync::atomic::Ordering::Relaxed) {
            self.attrs.store(n, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Beyond this many, dicts grow as they go (a class that stores a
    /// table's worth of attributes is rare, and presizing it wastes more).
    pub const MAX_PRESIZED: usize = 16;
}

/// Whether any class of this process ever defined `__del__`. Until one
/// does, the order in which a container's items are released cannot be
/// observed, so it need not be CPython's (see
/// `ObjKind::order_for_release`).
static FINALIZERS_EXIST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[inline(always)]
pub fn finalizers_exist() -> bool {
    FINALIZERS_EXIST.load(std::sync::atomic::Ordering::Relaxed)
}

/// Library modules that implement built-in types in Python, and the module
/// CPython's versions of those types belong to (what reprs, tracebacks and
/// `__module__` show).
const LIBRARY_HOMES: &[(&str, &str)] = &[("_minipy_excgroup", "builtins"), ("_minipy_types", "types")];

impl<M: Model> Class<M> {
    /// The module the class says it belongs to: its `__module__`, which a
    /// program may reassign (tomllib's error class says `tomllib`, not the
    /// submodule that defines it).
    pub fn display_module(&self) -> std::borrow::Cow<'_, str> {
        if let Some(assigned) = self.dict.with(|d| d.get_str("__module__").and_then(|m| m.as_str().map(str::to_string)))
            && assigned != self.module
        {
            return std::borrow::Cow::Owned(assigned);
        }
        std::borrow::Cow::Borrowed(
            LIBRARY_HOMES.iter().find(|(lib, _)| *lib == self.module).map_or(&self.module, |(_, home)| home),
        )
    }

    /// `__name__` or `__qualname__`: a value assigned to this class (kept
    /// in its own dict, never read from a base's), else the name it was
    /// made with.
    pub fn name_attr(&self, attr: &str) -> Value<M> {
        self.dict
            .with(|d| d.get_str(attr).cloned())
            .unwrap_or_else(|| Value::str(if attr == "__name__" { self.name.clone() } else { self.qualname.clone() }))
    }

    /// Find `name` in this class, then along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value<M>> {
        self.lookup_key(&StrKey::new(name))
    }

    /// Whether the class (or a base) defines `dunder` in Python, so that it
    /// and not the built-in payload's method answers for its instances.
    /// For the special methods in [`VIEWED_DUNDERS`] the answer is
    /// remembered under the class-cache epoch: `stats[key] += 1` on a
    /// Counter asked it twice, each a full lookup of the MRO.
    #[inline]
    pub fn overrides_in_python(&self, dunder: &str) -> bool {
        let Some(bit) = VIEWED_DUNDERS.iter().position(|d| *d == dunder) else {
            return self.defines_in_python(dunder);
        };
        let epoch = class_cache::epoch();
        if let Some(answer) = self.builtin_views.get(epoch, bit) {
            return answer;
        }
        // The epoch was read before the lookup: a class dict changed
        // meanwhile leaves this answer under an epoch already gone.
        let answer = self.defines_in_python(dunder);
        self.builtin_views.put(epoch, bit, answer);
        answer
    }

    fn defines_in_python(&self, dunder: &str) -> bool {
        matches!(self.lookup(dunder), Some(f) if !matches!(f.kind(), Some(ObjKind::Builtin(_))))
    }

    /// [`Class::lookup`] with the name's hash already computed; the
    /// position found is remembered (see `class_cache`).
    pub fn lookup_key(&self, key: &StrKey) -> Option<Value<M>> {
        if let Some(at) = class_cache::get(self.cache_id, key) {
            if at == class_cache::NOWHERE {
                return None;
            }
            // Another thread may change the dict between the epoch check and
            // this read: then walk the MRO as if nothing were cached.
            if let Some(v) = self.dict_at(at).and_then(|c| c.dict.with(|d| d.get(key).cloned())) {
                return Some(v);
            }
        }
        let epoch = class_cache::epoch();
        let (at, found) = self.lookup_uncached(key);
        class_cache::put(self.cache_id, epoch, key, at);
        found
    }

    fn lookup_uncached(&self, key: &StrKey) -> (class_cache::Position, Option<Value<M>>) {
        if let Some(v) = self.dict.with(|d| d.get(key).cloned()) {
            return (0, Some(v));
        }
        for (i, base) in self.mro.iter().enumerate() {
            if let ObjKind::Class(c) = &base.kind
                && let Some(v) = c.dict.with(|d| d.get(key).cloned())
            {
                return (i as u32 + 1, Some(v));
            }
        }
        (class_cache::NOWHERE, None)
    }

    /// The class at a cached position: itself or one of its MRO.
    /// Where `key` is along the MRO, without the cache: the MRO position
    /// (0 this class), the entry's position in that class's dict, and the
    /// value (for inline caches, which remember the place, not the value).
    pub fn locate(&self, key: &StrKey) -> Option<(class_cache::Position, usize, Value<M>)> {
        if let Some((i, v)) = self.dict.with(|d| d.locate(key).map(|(i, v)| (i, v.clone()))) {
            return Some((0, i, v));
        }
        for (n, base) in self.mro.iter().enumerate() {
            if let ObjKind::Class(c) = &base.kind
                && let Some((i, v)) = c.dict.with(|d| d.locate(key).map(|(i, v)| (i, v.clone())))
            {
                return Some((n as u32 + 1, i, v));
            }
        }
        None
    }

    /// The value at a place [`Class::locate`] gave, if `key` is still there.
    #[inline]
    pub fn value_at(&self, at: class_cache::Position, entry: usize, key: &StrKey) -> Option<Value<M>> {
        self.dict_at(at)?.dict.with(|d| d.value_at(entry, key).cloned())
    }

    fn dict_at(&self, at: class_cache::Position) -> Option<&Class<M>> {
        if at == 0 {
            return Some(self);
        }
        match &self.mro.get(at as usize - 1)?.kind {
            ObjKind::Class(c) => Some(c),
            _ => None,
        }
    }

    /// This class defines `__del__` now (see `finalizer`).
    pub fn mark_finalizer(&self) {
        self.finalizer.store(true, std::sync::atomic::Ordering::Relaxed);
        FINALIZERS_EXIST.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn set_attr(&self, name: &str, value: Value<M>) {
        if name == "__del__" {
            self.mark_finalizer();
        }
        let old = self.dict.with(|d| d.insert(Key::str(name), value));
        class_cache::invalidate();
        drop(old);
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(&self, this: &ObjRef<M>, other: &ObjRef<M>) -> bool {
        ObjRef::ptr_eq(this, other) || self.mro.iter().any(|c| ObjRef::ptr_eq(c, other))
    }
}

/// Exception state carried by instances of exception classes.
pub struct ExcState<M: Model> {
    pub args: Vec<Value<M>>,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value<M>,
    pub context: Value<M>,
    pub suppress_context: bool,
    /// For a printed "Did you mean" (src/vm/suggestions.rs).
    pub hint: Option<Hint<M>>,
}

impl<M: Model> Default for ExcState<M> {
    fn default() -> Self {
        ExcState {
            args: Vec::new(),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            hint: None,
        }
    }
}

pub struct Instance<M: Model> {
    /// The class the instance was created with; [`Instance::class_obj`]
    /// is the class it has now (see `reassigned`).
    class: ObjRef<M>,
    /// The classes `obj.__class__ = C` gave it, if it ever happened: an
    /// append-only chain (so `class()` can hand out a plain reference that
    /// stays valid while the instance lives) with the index of the current
    /// one. A class given twice is reused, so the chain holds each class
    /// at most once.
    reassigned: std::sync::OnceLock<Box<ClassSwitch<M>>>,
    /// The instance's attributes: always an `ObjKind::Dict`, the very
    /// object `obj.__dict__` and `vars(obj)` return, so writes through it
    /// are the instance's attributes.
    /// A cell, as `obj.__dict__ = d` replaces it; read it with
    /// [`Instance::with_dict`] or [`Instance::dict_obj`].
    pub dict: M::Cell<ObjRef<M>>,
    pub exc: Option<Box<M::Cell<ExcState<M>>>>,
    /// For instances of subclasses of built-in types (`class L(list)`): the
    /// built-in value the instance is (a list, dict, tuple, str, int...).
    /// Built-in methods and operations act on it; `None` for plain objects.
    pub payload: Option<Value<M>>,
    /// `__del__` has been called (or is queued): as CPython (PEP 442), at
    /// most once per object, even when `__del__` resurrects it.
    finalized: std::sync::atomic::AtomicBool,
}

/// One class of an instance's [`Instance`] `reassigned` chain; `current`
/// is only used in the chain's first link (0: the class it was born with,
/// k: the k-th link).
pub struct ClassSwitch<M: Model> {
    current: std::sync::atomic::AtomicUsize,
    class: ObjRef<M>,
    next: std::sync::OnceLock<Box<ClassSwitch<M>>>,
}

impl<M: Model> ClassSwitch<M> {
    fn nth(&self, k: usize) -> Option<&ObjRef<M>> {
        let mut link = self;
        for _ in 1..k {
            link = link.next.get()?;
        }
        (k > 0).then_some(&link.class)
    }
}

impl<M: Model> Instance<M> {
    /// A plain instance of `class` with the attributes in `attrs`.
    pub fn new(class: ObjRef<M>, attrs: Dict<M>) -> Instance<M> {
        Instance {
            class,
            reassigned: std::sync::OnceLock::new(),
            dict: M::Cell::new(ObjRef::new(ObjKind::Dict(M::Cell::new(attrs)))),
            exc: None,
            payload: None,
            finalized: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Whether `__del__` must run before this instance, whose count just
    /// reached zero, is released: its class has one and it has not run yet.
    /// True at most once per instance.
    #[inline(always)]
    pub fn claim_finalizer(&self) -> bool {
        use std::sync::atomic::Ordering;
        // One load for every program that never defines `__del__`.
        if !finalizers_exist() {
            return false;
        }
        let cls = match &self.class_obj().kind {
            ObjKind::Class(c) => c,
            _ => return false,
        };
        cls.finalizer.load(Ordering::Relaxed) && !self.finalized.swap(true, Ordering::Relaxed)
    }

    /// The same instance carrying exception state.
    pub fn with_exc(self, exc: Option<Box<M::Cell<ExcState<M>>>>) -> Instance<M> {
        Instance { exc, ..self }
    }

    /// The same instance standing for a built-in value (see `payload`).
    pub fn with_payload(self, payload: Option<Value<M>>) -> Instance<M> {
        Instance { payload, ..self }
    }

    /// Run `f` on the attribute table.
    #[inline(always)]
    pub fn with_dict<R>(&self, f: impl FnOnce(&mut Dict<M>) -> R) -> R {
        self.dict.with(|dict| match &dict.kind {
            ObjKind::Dict(d) => d.with(f),
            _ => unreachable!("instance dict is not a dict"),
        })
    }

    /// The dict object `obj.__dict__` returns.
    pub fn dict_obj(&self) -> ObjRef<M> {
        self.dict.with(|d| d.clone())
    }

    /// `obj.__dict__ = d` (`d` an `ObjKind::Dict`): the old dict, for the
    /// caller to drop outside the cell.
    pub fn replace_dict(&self, d: ObjRef<M>) -> ObjRef<M> {
        self.dict.with(|cur| std::mem::replace(cur, d))
    }

    /// The instance's class object (`type(obj)`).
    #[inline(always)]
    pub fn class_obj(&self) -> &ObjRef<M> {
        match self.reassigned.get() {
            None => &self.class,
            Some(head) => head.nth(head.current.load(std::sync::atomic::Ordering::Acquire)).unwrap_or(&self.class),
        }
    }

    /// `obj.__class__ = cls` (the caller has checked the layouts agree).
    pub fn set_class(&self, cls: ObjRef<M>) {
        use std::sync::atomic::Ordering;
        if ObjRef::ptr_eq(&cls, &self.class) {
            if let Some(head) = self.reassigned.get() {
                head.current.store(0, Ordering::Release);
            }
            return;
        }
        let head = self.reassigned.get_or_init(|| {
            Box::new(ClassSwitch {
                current: std::sync::atomic::AtomicUsize::new(0),
                class: cls.clone(),
                next: std::sync::OnceLock::new(),
            })
        });
        let mut link: &ClassSwitch<M> = head;
        let mut index = 1;
        loop {
            if ObjRef::ptr_eq(&link.class, &cls) {
                head.current.store(index, Ordering::Release);
                return;
            }
            link = link.next.get_or_init(|| {
                Box::new(ClassSwitch {
                    current: std::sync::atomic::AtomicUsize::new(0),
                    class: cls.clone(),
                    next: std::sync::OnceLock::new(),
                })
            });
            index += 1;
        }
    }

    #[inline]
    pub fn class(&self) -> &Class<M> {
        match &self.class_obj().kind {
            ObjKind::Class(c) => c,
            _ => unreachable!("instance of a non-class"),
        }
    }
    pub fn class_name(&self) -> &str {
        let c = self.class();
        // A C type CPython names with its module in messages (its tp_name).
        if c.name == "array" && c.module == "array" {
            return "array.array";
        }
        &c.name
    }
    /// Its class's `__hash__` is None (as defining `__eq__` alone sets it).
    pub fn unhashable(&self) -> bool {
        const HASH: StrKey<'static> = StrKey::constant("__hash__");
        matches!(self.class().lookup_key(&HASH), Some(Value::None))
    }
    /// The built-in value this instance stands for in the operation whose
    /// special method is `dunder`, unless its class overrides that method in
    /// Python (then the override decides, as in CPython).
    #[inline]
    pub fn builtin_view(&self, dunder: &str) -> Option<Value<M>> {
        let payload = self.payload.as_ref()?;
        if self.class().overrides_in_python(dunder) { None } else { Some(payload.clone()) }
    }
    pub fn get_attr(&self, name: &str) -> Option<Value<M>> {
        self.get_attr_key(&StrKey::new(name))
    }
    pub fn get_attr_key(&self, key: &StrKey) -> Option<Value<M>> {
        self.with_dict(|d| d.get(key).cloned())
    }
}
