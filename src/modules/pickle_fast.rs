//! `_pickle_fast`: `pickle.dumps` and `pickle.loads` for plain data (None,
//! bools, ints, floats, str, bytes, tuples, lists and dicts of them) in
//! the binary protocols, in Rust. `lib/pickle.py` calls these first and
//! falls back to its Python pickler when they answer None: for any other
//! type, protocol or opcode, or malformed data. Nesting counts toward the
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
use crate::object::buffer::bytes_like;
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("dumps", dumps), ("loads", loads)];
    super::registry::add_functions(vm, module, fns)
}

const HIGHEST_PROTOCOL: i64 = 5;
const FRAME_SIZE_MIN: usize = 4;
const FRAME_SIZE_TARGET: usize = 64 * 1024;
const BATCH_SIZE: usize = 1000;

mod op {
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
}

/// Something only the Python pickler handles.
struct Unsupported;

type Step<T = ()> = Result<T, Unsupported>;

/// Why pickling stopped: a Python error to raise, or a value to leave to
/// the Python pickler.
enum Stop<M: Model> {
    Raise(PyErr<M>),
    Unsupported,
}

type Save<M> = Result<(), Stop<M>>;

// ---- dumps --------------------------------------------------------------------------------

/// `dumps(obj, protocol)`: the pickle's bytes, or None.
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
        Err(Stop::Unsupported) => Ok(Value::None),
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
}

impl<M: Model> Pickler<M> {
    fn new(proto: u8) -> Pickler<M> {
        Pickler { proto, out: Vec::new(), framing: false, frame: None, memo: HashMap::new(), keep: Vec::new() }
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
            ObjKind::Tuple(_) | ObjKind::List(_) | ObjKind::Dict(_) => {
                vm.enter_recursion(" while pickling an object").map_err(Stop::Raise)?;
                let saved = self.save_container(vm, o);
                vm.leave_recursion();
                saved?;
            }
            _ => return Err(Stop::Unsupported),
        }
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

// ---- loads --------------------------------------------------------------------------------

/// `loads(data)`: the object, wrapped in a 1-tuple (None when only the
/// Python unpickler can read the data).
fn loads<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let [data] = args.pos else { return Ok(Value::None) };
    let Some(data) = bytes_like(data)? else { return Ok(Value::None) };
    let mut reader = Reader { data: &data, at: 0 };
    Ok(match unpickle(vm, &mut reader)? {
        Ok(v) => Value::tuple(vec![v]),
        Err(Unsupported) => Value::None,
    })
}

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
}

/// Run the opcodes; the outer error is a Python error from building the
/// objects (a dict key's hash), the inner one "not for this fast path".
fn unpickle<M: Model>(vm: &mut Vm<M>, r: &mut Reader<'_>) -> PyResult<Step<Value<M>>, M> {
    let mut stack: Vec<Value<M>> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut memo: HashMap<u32, Value<M>> = HashMap::new();
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
    loop {
        let code = step!(r.byte());
        match code {
            op::PROTO => {
                if step!(r.byte()) as i64 > HIGHEST_PROTOCOL {
                    return Ok(Err(Unsupported));
                }
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
                let n = (code - op::TUPLE1 + 1) as usize;
                if stack.len() < n || marks.last().is_some_and(|&m| m > stack.len() - n) {
                    return Ok(Err(Unsupported));
                }
                let items = stack.split_off(stack.len() - n);
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
