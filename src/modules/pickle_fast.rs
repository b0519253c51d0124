//! `_pickle_fast`: `pickle.dumps` and `pickle.loads` for plain data (None,
//! bools, ints, floats, str, bytes, tuples, lists and dicts of them),
//! instances that reduce to a class or function and its arguments (and a
//! state), and classes and functions named by module and qualified name,
//! in the binary protocols, in Rust. `lib/pickle.py` calls these first and
//! falls back to its Python pickler when they answer None: for any other
//! type, protocol, reduction or opcode, or malformed data. Nesting counts toward the
//! recursion limit, as in CPython's C pickler. The bytes written are what
//! `lib/pickle.py` writes (and CPython's C pickler), opcode for opcode:
//! framing, memo, batching.
//!
//! The Python pickler costs one to several Python calls per object
//! (~100x CPython's C pickler on pyperformance's pickle benchmarks).

use std::collections::HashMap;

use num_bigint::BigInt;

use crate::model::heap::ObjRef;
use crate::model::{Model, ObjCell};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("dumps", dumps), ("loads", super::pickle_fast_load::loads)];
    super::registry::add_functions(vm, module, fns)
}

pub(super) const HIGHEST_PROTOCOL: i64 = 5;
const FRAME_SIZE_MIN: usize = 4;
const FRAME_SIZE_TARGET: usize = 64 * 1024;
const BATCH_SIZE: usize = 1000;

pub(super) mod op {
    pub const MARK: u8 = b'(';
    pub const STOP: u8 = b'.';
    pub const POP: u8 = b'0';
    pub const POP_MARK: u8 = b'1';
    pub const NONE: u8 = b'N';
    pub const BININT: u8 = b'J';
    pub const BININT1: u8 = b'K';
    pub const BININT2: u8 = b'M';
    pub const BINFLOAT: u8 = b'G';
    pub const BINUNICODE: u8 = b'X';
    pub const BINBYTES: u8 = b'B';
    pub const SHORT_BINBYTES: u8 = b'C';
    pub const APPEND: u8 = b'a';
    pub const APPENDS: u8 = b'e';
    pub const BINGET: u8 = b'h';
    pub const LONG_BINGET: u8 = b'j';
    pub const BINPUT: u8 = b'q';
    pub const LONG_BINPUT: u8 = b'r';
    pub const SETITEM: u8 = b's';
    pub const SETITEMS: u8 = b'u';
    pub const TUPLE: u8 = b't';
    pub const EMPTY_TUPLE: u8 = b')';
    pub const EMPTY_LIST: u8 = b']';
    pub const EMPTY_DICT: u8 = b'}';
    pub const PROTO: u8 = 0x80;
    pub const TUPLE1: u8 = 0x85;
    pub const TUPLE2: u8 = 0x86;
    pub const TUPLE3: u8 = 0x87;
    pub const NEWTRUE: u8 = 0x88;
    pub const NEWFALSE: u8 = 0x89;
    pub const LONG1: u8 = 0x8a;
    pub const LONG4: u8 = 0x8b;
    pub const SHORT_BINUNICODE: u8 = 0x8c;
    pub const BINUNICODE8: u8 = 0x8d;
    pub const BINBYTES8: u8 = 0x8e;
    pub const MEMOIZE: u8 = 0x94;
    pub const FRAME: u8 = 0x95;
    pub const GLOBAL: u8 = b'c';
    pub const STACK_GLOBAL: u8 = 0x93;
    pub const REDUCE: u8 = b'R';
    pub const NEWOBJ: u8 = 0x81;
    pub const BUILD: u8 = b'b';
}

/// Something only the Python pickler handles.
pub(super) struct Unsupported;

pub(super) type Step<T = ()> = Result<T, Unsupported>;

/// Why pickling stopped: a Python error to raise, or a value to leave to
/// the Python pickler.
enum Stop<M: Model> {
    Raise(PyErr<M>),
    Unsupported,
}

type Save<M> = Result<(), Stop<M>>;

// ---- dumps --------------------------------------------------------------------------------

/// `dumps(obj, protocol)`: the pickle's bytes; else None, or a dict
/// `{id(obj): (obj, obj.__reduce_ex__(protocol))}` of the reductions made
/// before it stopped.
fn dumps<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let [obj, protocol] = args.pos else { return Ok(Value::None) };
    let proto = match protocol {
        Value::Int(p) if *p < 0 => HIGHEST_PROTOCOL,
        Value::Int(p) if (2..=HIGHEST_PROTOCOL).contains(p) => *p,
        _ => return Ok(Value::None),
    };
    let mut pickler = Pickler::new(proto as u8);
    pickler.out.extend([op::PROTO, proto as u8]);
    pickler.framing = proto >= 4;
    match pickler.save(vm, obj) {
        Ok(()) => {
            pickler.write(&[op::STOP]);
            pickler.commit_frame();
            Ok(Value::obj(ObjKind::Bytes(pickler.out.into_boxed_slice())))
        }
        Err(Stop::Unsupported) if pickler.reduced.is_empty() => Ok(Value::None),
        // The Python pickler takes over; it reuses these reductions rather
        // than call `__reduce_ex__` a second time.
        Err(Stop::Unsupported) => {
            let reduced = Value::dict(Dict::new());
            for (obj, rv) in pickler.reduced {
                vm.setitem(&reduced, Value::Int(obj.id()), Value::tuple(vec![obj, rv]))?;
            }
            Ok(reduced)
        }
        Err(Stop::Raise(e)) => Err(e),
    }
}

struct Pickler<M: Model> {
    proto: u8,
    out: Vec<u8>,
    framing: bool,
    frame: Option<Vec<u8>>,
    /// Object address -> memo index.
    memo: HashMap<usize, u32>,
    /// The memoized objects, kept alive while the pickle is made (as
    /// CPython's memo does): another thread may drop them from the
    /// structure meanwhile, and a freed address reused by a new object
    /// would otherwise be written as a reference to the old one.
    keep: Vec<ObjRef<M>>,
    /// Each instance reduced so far, with what `__reduce_ex__` returned.
    reduced: Vec<(Value<M>, Value<M>)>,
}

impl<M: Model> Pickler<M> {
    fn new(proto: u8) -> Pickler<M> {
        Pickler {
            proto,
            out: Vec::new(),
            framing: false,
            frame: None,
            memo: HashMap::new(),
            keep: Vec::new(),
            reduced: Vec::new(),
        }
    }

    fn write(&mut self, data: &[u8]) {
        if self.framing {
            self.frame.get_or_insert_with(Vec::new).extend_from_slice(data);
        } else {
            self.out.extend_from_slice(data);
        }
    }

    fn commit_frame(&mut self) {
        if let Some(frame) = self.frame.take() {
            if frame.len() >= FRAME_SIZE_MIN {
                self.out.push(op::FRAME);
                self.out.extend((frame.len() as u64).to_le_bytes());
            }
            self.out.extend(frame);
        }
    }

    fn opcode_boundary(&mut self) {
        if self.frame.as_ref().is_some_and(|f| f.len() >= FRAME_SIZE_TARGET) {
            self.commit_frame();
        }
    }

    /// A header and its payload; a big payload goes outside any frame.
    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        if payload.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            self.out.extend_from_slice(header);
            self.out.extend_from_slice(payload);
        } else {
            self.write(header);
            self.write(payload);
        }
    }

    /// A str's or bytes' payload behind the opcode for its size: a one-byte
    /// length (when `short` is given), four bytes, or eight.
    fn write_sized(&mut self, short: Option<u8>, op4: u8, op8: u8, data: &[u8]) {
        let n = data.len();
        let header = match short {
            Some(code) if n <= 0xff => vec![code, n as u8],
            _ if n <= 0xffff_ffff => [&[op4][..], &(n as u32).to_le_bytes()].concat(),
            _ => [&[op8][..], &(n as u64).to_le_bytes()].concat(),
        };
        self.write_large(&header, data);
    }

    fn memoize(&mut self, o: &ObjRef<M>) {
        let index = self.memo.len() as u32;
        self.memo.insert(o.addr(), index);
        self.keep.push(o.clone());
        if self.proto >= 4 {
            self.write(&[op::MEMOIZE]);
        } else if index < 256 {
            self.write(&[op::BINPUT, index as u8]);
        } else {
            let mut code = vec![op::LONG_BINPUT];
            code.extend(index.to_le_bytes());
            self.write(&code);
        }
    }

    fn memo_get(&mut self, index: u32) {
        if index < 256 {
            self.write(&[op::BINGET, index as u8]);
        } else {
            let mut code = vec![op::LONG_BINGET];
            code.extend(index.to_le_bytes());
            self.write(&code);
        }
    }

    fn save(&mut self, vm: &mut Vm<M>, v: &Value<M>) -> Save<M> {
        self.save_value(vm, v)?;
        self.opcode_boundary();
        Ok(())
    }

    fn save_value(&mut self, vm: &mut Vm<M>, v: &Value<M>) -> Save<M> {
        let o = match v {
            Value::None => {
                self.write(&[op::NONE]);
                return Ok(());
            }
            Value::Bool(b) => {
                self.write(&[if *b { op::NEWTRUE } else { op::NEWFALSE }]);
                return Ok(());
            }
            Value::Int(i) => {
                self.save_int(*i);
                return Ok(());
            }
            Value::Float(f) => {
                let mut code = vec![op::BINFLOAT];
                code.extend(f.to_be_bytes());
                self.write(&code);
                return Ok(());
            }
            Value::Undef => return Err(Stop::Unsupported),
            Value::Obj(o) => o,
        };
        if let ObjKind::BigInt(b) = &o.kind {
            self.save_long_bytes(&b.to_signed_bytes_le());
            return Ok(());
        }
        if let Some(&index) = self.memo.get(&o.addr()) {
            self.memo_get(index);
            return Ok(());
        }
        match &o.kind {
            ObjKind::Str(s) => {
                // SHORT_BINUNICODE is protocol 4's.
                let short = (self.proto >= 4).then_some(op::SHORT_BINUNICODE);
                self.write_sized(short, op::BINUNICODE, op::BINUNICODE8, s.as_str().as_bytes());
                self.memoize(o);
            }
            // Protocol 2 writes bytes through a reduce to `codecs.encode`.
            ObjKind::Bytes(data) if self.proto >= 3 => {
                self.write_sized(Some(op::SHORT_BINBYTES), op::BINBYTES, op::BINBYTES8, data);
                self.memoize(o);
            }
            // Nesting counts toward the recursion limit: an instance's
            // state may be another instance with no container between.
            ObjKind::Tuple(_) | ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Instance(_) => {
                vm.enter_recursion(" while pickling an object").map_err(Stop::Raise)?;
                let saved = match o.kind {
                    ObjKind::Instance(_) => self.save_reduced(vm, v, o),
                    _ => self.save_container(vm, o),
                };
                vm.leave_recursion();
                saved?;
            }
            ObjKind::Class(_) | ObjKind::Function(_) | ObjKind::Builtin(_) => self.save_global(vm, v, o)?,
            _ => return Err(Stop::Unsupported),
        }
        Ok(())
    }

    /// An instance, as the Python pickler saves one: what its
    /// `__reduce_ex__(proto)` returns, as NEWOBJ (for `copyreg.__newobj__`)
    /// or REDUCE, then BUILD for a state. List or dict items, a state
    /// setter, `__newobj_ex__`, a string and reducers registered in
    /// `copyreg.dispatch_table` are the Python pickler's. `__reduce_ex__`
    /// runs once either way: its error is raised here, and what it returned
    /// goes to the Python pickler when that takes over (see `dumps`).
    fn save_reduced(&mut self, vm: &mut Vm<M>, v: &Value<M>, o: &ObjRef<M>) -> Save<M> {
        let cls = Value::Obj(vm.type_of(v));
        if copyreg_keys(vm, "dispatch_table").is_none_or(|keys| keys.iter().any(|k| k.is(&cls))) {
            return Err(Stop::Unsupported);
        }
        let rv = vm.call_method(v, "__reduce_ex__", &[Value::Int(self.proto as i64)]).map_err(Stop::Raise)?;
        self.reduced.push((v.clone(), rv.clone()));
        let Some(ObjKind::Tuple(parts)) = rv.kind() else { return Err(Stop::Unsupported) };
        let (func, args, state) = match &parts[..] {
            [func, args] => (func, args, &Value::None),
            [func, args, state, rest @ ..] if rest.len() <= 3 && rest.iter().all(|r| matches!(r, Value::None)) => {
                (func, args, state)
            }
            _ => return Err(Stop::Unsupported),
        };
        let Some(ObjKind::Tuple(items)) = args.kind() else { return Err(Stop::Unsupported) };
        let name = match vm.getattr_opt(func, "__name__") {
            Ok(Some(name)) => name.as_str().map(str::to_owned),
            _ => return Err(Stop::Unsupported),
        };
        match name.as_deref() {
            Some("__newobj_ex__") if self.proto >= 2 => return Err(Stop::Unsupported),
            Some("__newobj__") if self.proto >= 2 => {
                // The class must be the instance's own (else the Python
                // pickler's error).
                let Some((cls_arg @ Value::Obj(c), rest)) = items.split_first() else { return Err(Stop::Unsupported) };
                if !matches!(c.kind, ObjKind::Class(_)) || !cls.is(cls_arg) {
                    return Err(Stop::Unsupported);
                }
                self.save(vm, cls_arg)?;
                self.save(vm, &Value::tuple(rest.to_vec()))?;
                self.write(&[op::NEWOBJ]);
            }
            _ => {
                if !matches!(func.kind(), Some(ObjKind::Class(_) | ObjKind::Function(_) | ObjKind::Builtin(_))) {
                    return Err(Stop::Unsupported);
                }
                self.save(vm, func)?;
                self.save(vm, args)?;
                self.write(&[op::REDUCE]);
            }
        }
        // The arguments held the instance itself: use the memoized copy.
        if let Some(&index) = self.memo.get(&o.addr()) {
            self.write(&[op::POP]);
            self.memo_get(index);
            return Ok(());
        }
        self.memoize(o);
        if !matches!(state, Value::None) {
            self.save(vm, state)?;
            self.write(&[op::BUILD]);
        }
        Ok(())
    }

    /// A class or function, by name: STACK_GLOBAL (protocol 4 and 5) or
    /// GLOBAL (3), when `sys.modules[obj.__module__]` holds it under its
    /// qualified name. Methods of objects, names protocol 2 maps for
    /// Python 2, local objects, missing modules and extension codes are
    /// the Python pickler's.
    fn save_global(&mut self, vm: &mut Vm<M>, v: &Value<M>, o: &ObjRef<M>) -> Save<M> {
        if matches!(o.kind, ObjKind::Builtin(_)) {
            match vm.getattr_opt(v, "__self__") {
                Ok(None | Some(Value::None)) => {}
                Ok(Some(owner)) if matches!(owner.kind(), Some(ObjKind::Module(_))) => {}
                _ => return Err(Stop::Unsupported),
            }
        }
        let text_attr = |vm: &mut Vm<M>, name: &str| match vm.getattr_opt(v, name) {
            Ok(Some(value)) if value.as_str().is_some() => Ok(value),
            _ => Err(Stop::Unsupported),
        };
        let qualname = text_attr(vm, "__qualname__")?;
        let module_name = text_attr(vm, "__module__")?;
        let (Some(dotted), Some(module_text)) = (qualname.as_str(), module_name.as_str()) else {
            return Err(Stop::Unsupported);
        };
        if self.proto < 3 || dotted.split('.').any(|part| part == "<locals>") {
            return Err(Stop::Unsupported);
        }
        let Some(module) = vm.loaded_module(module_text) else { return Err(Stop::Unsupported) };
        let (mut parent, mut found) = (module.clone(), module.clone());
        for part in dotted.split('.') {
            parent = found;
            found = match vm.getattr_opt(&parent, part) {
                Ok(Some(attr)) => attr,
                _ => return Err(Stop::Unsupported),
            };
        }
        let at_top = parent.is(&module);
        if !found.is(v)
            || (!at_top && self.proto < 4)
            || copyreg_keys(vm, "_extension_registry").is_none_or(|keys| !keys.is_empty())
        {
            return Err(Stop::Unsupported);
        }
        if self.proto >= 4 {
            // A top-level name is written as a new string (the Python
            // pickler's `rpartition`), so it is never a memo hit.
            let name = if at_top { Value::str(dotted) } else { qualname.clone() };
            self.save(vm, &module_name)?;
            self.save(vm, &name)?;
            self.write(&[op::STACK_GLOBAL]);
        } else {
            let line = format!("{module_text}\n{dotted}\n");
            self.write(&[op::GLOBAL]);
            self.write(line.as_bytes());
        }
        self.memoize(o);
        Ok(())
    }

    fn save_container(&mut self, vm: &mut Vm<M>, o: &ObjRef<M>) -> Save<M> {
        match &o.kind {
            ObjKind::Tuple(items) => self.save_tuple(vm, o, items),
            ObjKind::List(list) => {
                self.write(&[op::EMPTY_LIST]);
                self.memoize(o);
                let items = list.with(|l| l.clone());
                self.save_items(vm, &items)
            }
            ObjKind::Dict(dict) => {
                self.write(&[op::EMPTY_DICT]);
                self.memoize(o);
                let pairs = dict.with(|d| d.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect::<Vec<_>>());
                self.save_pairs(vm, &pairs)
            }
            _ => Err(Stop::Unsupported),
        }
    }

    fn save_int(&mut self, i: i64) {
        if let Ok(small) = i32::try_from(i) {
            if (0..=0xff).contains(&small) {
                self.write(&[op::BININT1, small as u8]);
            } else if (0..=0xffff).contains(&small) {
                let mut code = vec![op::BININT2];
                code.extend((small as u16).to_le_bytes());
                self.write(&code);
            } else {
                let mut code = vec![op::BININT];
                code.extend(small.to_le_bytes());
                self.write(&code);
            }
            return;
        }
        self.save_long_bytes(&BigInt::from(i).to_signed_bytes_le());
    }

    /// LONG1/LONG4 of the fewest two's-complement bytes (never zero here:
    /// small ints take BININT*).
    fn save_long_bytes(&mut self, data: &[u8]) {
        let mut code = if data.len() < 256 {
            vec![op::LONG1, data.len() as u8]
        } else {
            let mut code = vec![op::LONG4];
            code.extend((data.len() as i32).to_le_bytes());
            code
        };
        code.extend_from_slice(data);
        self.write(&code);
    }

    fn save_tuple(&mut self, vm: &mut Vm<M>, o: &ObjRef<M>, items: &[Value<M>]) -> Save<M> {
        let n = items.len();
        if n == 0 {
            self.write(&[op::EMPTY_TUPLE]);
            return Ok(());
        }
        let short = n <= 3;
        if !short {
            self.write(&[op::MARK]);
        }
        for item in items {
            self.save(vm, item)?;
        }
        // The tuple contains itself (through a list or a dict): drop the
        // items and use the memoized copy.
        if let Some(&index) = self.memo.get(&o.addr()) {
            if short {
                self.write(&vec![op::POP; n]);
            } else {
                self.write(&[op::POP_MARK]);
            }
            self.memo_get(index);
            return Ok(());
        }
        self.write(&[[op::TUPLE1, op::TUPLE2, op::TUPLE3].get(n - 1).copied().unwrap_or(op::TUPLE)]);
        self.memoize(o);
        Ok(())
    }

    /// A list's items: APPEND for a batch of one, MARK ... APPENDS else.
    fn save_items(&mut self, vm: &mut Vm<M>, items: &[Value<M>]) -> Save<M> {
        for batch in items.chunks(BATCH_SIZE) {
            if let [item] = batch {
                self.save(vm, item)?;
                self.write(&[op::APPEND]);
            } else {
                self.write(&[op::MARK]);
                for item in batch {
                    self.save(vm, item)?;
                }
                self.write(&[op::APPENDS]);
            }
            self.opcode_boundary();
        }
        Ok(())
    }

    /// A dict's items: SETITEM for a single item; else batches of
    /// MARK ... SETITEMS until one is not full (so a multiple of the batch
    /// size ends with an empty batch, as the pickler writes it).
    fn save_pairs(&mut self, vm: &mut Vm<M>, pairs: &[(Value<M>, Value<M>)]) -> Save<M> {
        if let [(k, v)] = pairs {
            self.save(vm, k)?;
            self.save(vm, v)?;
            self.write(&[op::SETITEM]);
            self.opcode_boundary();
            return Ok(());
        }
        if pairs.is_empty() {
            return Ok(());
        }
        let mut start = 0;
        loop {
            let batch = &pairs[start..(start + BATCH_SIZE).min(pairs.len())];
            start += BATCH_SIZE;
            self.write(&[op::MARK]);
            for (k, v) in batch {
                self.save(vm, k)?;
                self.save(vm, v)?;
            }
            self.write(&[op::SETITEMS]);
            self.opcode_boundary();
            if batch.len() < BATCH_SIZE {
                return Ok(());
            }
        }
    }
}

/// The keys of `copyreg.<name>` (the reducer table or the extension
/// registry); None when it is not a dict (the Python pickler decides).
fn copyreg_keys<M: Model>(vm: &mut Vm<M>, name: &str) -> Option<Vec<Value<M>>> {
    let Some(copyreg) = vm.loaded_module("copyreg") else { return Some(Vec::new()) };
    match vm.getattr_opt(&copyreg, name) {
        Ok(Some(table)) => match table.kind() {
            Some(ObjKind::Dict(d)) => Some(d.with(|d| d.iter().map(|(k, _)| k.value.clone()).collect())),
            _ => None,
        },
        _ => None,
    }
}
