//! `hashlib` (and `_hashlib`, where CPython keeps the native part): md5,
//! sha1 and the sha2 family, with the RustCrypto hashers.
//!
//! This is the lesson's "native code that releases the GIL": as in CPython,
//! `update()` with 2048 bytes or more hashes *without* the GIL, so threads
//! hashing big buffers run in parallel even under `--mode gil`. The thread
//! that drops the GIL may not touch the heap (see `model::heap`), so it
//! hashes a copy of the bytes, and the hasher's state lives outside the heap
//! in a `Send` mutex, shared by the `_hashlib.HASH` object and the closure.

use std::sync::Arc;

use md5::Md5;
use parking_lot::Mutex;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::builtins_util::{R, add_methods, check_kw_invalid, descriptor_error, exactly_one, no_args};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ExcType, Module, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{NativeHandle, NativeObject};
use crate::vm::{Interp, Vm};

/// CPython's `HASHLIB_GIL_MINSIZE`: smaller updates keep the GIL (handing
/// it over would cost more than the hashing).
pub const GIL_MINSIZE: usize = 2048;

/// One supported algorithm.
pub struct Algo {
    /// `h.name`, and the name `hashlib` binds the constructor to.
    pub name: &'static str,
    /// The constructor's own name (`hashlib.sha256.__name__`, error messages).
    pub ctor: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
    /// Other spellings `hashlib.new` accepts (OpenSSL's aliases).
    aliases: &'static [&'static str],
    fresh: fn() -> Hasher,
}

pub const ALGOS: [Algo; 6] = [
    Algo {
        name: "md5",
        ctor: "openssl_md5",
        digest_size: 16,
        block_size: 64,
        aliases: &[],
        fresh: || Hasher::Md5(Md5::new()),
    },
    Algo {
        name: "sha1",
        ctor: "openssl_sha1",
        digest_size: 20,
        block_size: 64,
        aliases: &["sha-1"],
        fresh: || Hasher::Sha1(Sha1::new()),
    },
    Algo {
        name: "sha224",
        ctor: "openssl_sha224",
        digest_size: 28,
        block_size: 64,
        aliases: &["sha-224", "sha2-224"],
        fresh: || Hasher::Sha224(Sha224::new()),
    },
    Algo {
        name: "sha256",
        ctor: "openssl_sha256",
        digest_size: 32,
        block_size: 64,
        aliases: &["sha-256", "sha2-256"],
        fresh: || Hasher::Sha256(Sha256::new()),
    },
    Algo {
        name: "sha384",
        ctor: "openssl_sha384",
        digest_size: 48,
        block_size: 128,
        aliases: &["sha-384", "sha2-384"],
        fresh: || Hasher::Sha384(Sha384::new()),
    },
    Algo {
        name: "sha512",
        ctor: "openssl_sha512",
        digest_size: 64,
        block_size: 128,
        aliases: &["sha-512", "sha2-512"],
        fresh: || Hasher::Sha512(Sha512::new()),
    },
];

/// CPython's other algorithms: calling them is a clean NotImplementedError.
const UNSUPPORTED: [&str; 10] = [
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "blake2b",
    "blake2s",
    "sha512_224",
    "sha512_256",
];

/// A running hash computation.
#[derive(Clone)]
pub enum Hasher {
    Md5(Md5),
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
}

macro_rules! each {
    ($hasher:expr, $h:ident => $body:expr) => {
        match $hasher {
            Hasher::Md5($h) => $body,
            Hasher::Sha1($h) => $body,
            Hasher::Sha224($h) => $body,
            Hasher::Sha256($h) => $body,
            Hasher::Sha384($h) => $body,
            Hasher::Sha512($h) => $body,
        }
    };
}

impl Hasher {
    pub fn update(&mut self, data: &[u8]) {
        each!(self, h => Digest::update(h, data))
    }

    /// The digest of everything fed so far (the computation can go on).
    pub fn digest(&self) -> Vec<u8> {
        each!(self, h => h.clone().finalize().to_vec())
    }
}

/// A `_hashlib.HASH` object: a kernel-like native object, so threads of one
/// interpreter share it; another interpreter gets a copy.
pub struct HashObject {
    algo: &'static Algo,
    state: Arc<Mutex<Hasher>>,
}

impl HashObject {
    fn new(algo: &'static Algo, hasher: Hasher) -> HashObject {
        HashObject { algo, state: Arc::new(Mutex::new(hasher)) }
    }
}

impl NativeObject for HashObject {
    fn type_name(&self) -> &'static str {
        "_hashlib.HASH"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn builtin_type(&self) -> BuiltinType {
        BuiltinType::Hash
    }
    fn repr(&self, addr: usize) -> Option<String> {
        Some(format!("<{} _hashlib.HASH object @ {addr:#x}>", self.algo.name))
    }
    fn copy_for_other_interpreter(&self) -> Option<NativeHandle> {
        let copy = self.state.lock().clone();
        Some(NativeHandle(Arc::new(HashObject::new(self.algo, copy))))
    }
}

// ---- the modules ---------------------------------------------------------

pub fn init_hashlib<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let made = make_module(vm, false);
    super::registry::adopt_namespace(vm, module, made)
}

pub fn init_native<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let made = make_module(vm, true);
    super::registry::adopt_namespace(vm, module, made)
}

/// `hashlib`, or `_hashlib` when `native`. Both bind the same
/// built-in functions, which belong to `_hashlib` as in CPython.
pub fn make_module<M: Model>(vm: &mut Vm<M>, native: bool) -> Value<M> {
    let name = if native { "_hashlib" } else { "hashlib" };
    let dict = vm.new_dict();
    let set = |key: &str, v: Value<M>| {
        let _ = crate::vm::eval::dict_set_str(&dict, key, v);
    };
    let ctors: [BuiltinFn<M>; 6] = [
        construct::<M, 0>,
        construct::<M, 1>,
        construct::<M, 2>,
        construct::<M, 3>,
        construct::<M, 4>,
        construct::<M, 5>,
    ];
    for (algo, f) in ALGOS.iter().zip(ctors) {
        let key = if native { algo.ctor } else { algo.name };
        set(key, Builtin::in_module("_hashlib", algo.ctor, f));
    }
    set("new", Builtin::in_module("_hashlib", "new", hash_new));
    if native {
        set("HASH", Value::Obj(vm.builtin_type(BuiltinType::Hash).clone()));
    } else {
        let unsupported: [BuiltinFn<M>; 10] = [
            unsupported_ctor::<M, 0>,
            unsupported_ctor::<M, 1>,
            unsupported_ctor::<M, 2>,
            unsupported_ctor::<M, 3>,
            unsupported_ctor::<M, 4>,
            unsupported_ctor::<M, 5>,
            unsupported_ctor::<M, 6>,
            unsupported_ctor::<M, 7>,
            unsupported_ctor::<M, 8>,
            unsupported_ctor::<M, 9>,
        ];
        for (algo, f) in UNSUPPORTED.iter().zip(unsupported) {
            set(algo, Builtin::in_module("hashlib", algo, f));
        }
    }
    set("__name__", Value::str(name));
    Value::obj(ObjKind::Module(Module { name: name.to_string(), dict }))
}

/// The methods and attributes of `_hashlib.HASH`.
pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let cls = interp.types.get(BuiltinType::Hash);
    let methods: &[(&'static str, BuiltinFn<M>)] =
        &[("update", hash_update), ("digest", hash_digest), ("hexdigest", hash_hexdigest), ("copy", hash_copy)];
    add_methods(cls, methods);
    let getters: [(&'static str, BuiltinFn<M>); 3] =
        [("name", get_name), ("digest_size", get_digest_size), ("block_size", get_block_size)];
    if let ObjKind::Class(c) = &cls.kind {
        for (name, getter) in getters {
            let parts = [Builtin::function(name, getter), Value::None, Value::None, Value::None];
            let prop = Value::obj(ObjKind::Property(Box::new(parts)));
            if let Value::Obj(o) = &prop {
                o.make_immortal();
            }
            c.set_attr(name, prop);
        }
    }
}

// ---- constructors ----------------------------------------------------------

/// `hashlib.sha256(string=b'', *, usedforsecurity=True)` and the others.
fn construct<M: Model, const A: usize>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let algo = &ALGOS[A];
    let f = algo.ctor;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!("{f}() takes at most 1 positional argument ({} given)", args.pos.len())));
    }
    check_kw_invalid(&args, f, &["string", "usedforsecurity"])?;
    let data = match (args.pos.first(), args.kw("string")) {
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(format!("argument for {f}() given by name ('string') and position (1)")));
        }
        (p, k) => p.or(k),
    };
    new_hash(vm, algo, data)
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn hash_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "new() takes at most 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    check_kw_invalid(&args, "new", &["name", "data", "usedforsecurity"])?;
    let name = args.pos.first().or_else(|| args.kw("name"));
    let Some(name) = name else {
        return Err(PyErr::type_error("new() missing 1 required positional argument: 'name'"));
    };
    let Some(name) = name.as_str() else {
        return Err(PyErr::type_error("name must be a string"));
    };
    let data = args.pos.get(1).or_else(|| args.kw("data"));
    let wanted = name.to_ascii_lowercase();
    if let Some(algo) = ALGOS.iter().find(|a| a.name == wanted || a.aliases.contains(&wanted.as_str())) {
        return new_hash(vm, algo, data);
    }
    if UNSUPPORTED.contains(&wanted.as_str()) {
        return Err(not_supported(&wanted));
    }
    Err(PyErr::value_error(format!("unsupported hash type {name}")))
}

fn unsupported_ctor<M: Model, const U: usize>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Err(not_supported(UNSUPPORTED[U]))
}

fn not_supported<M: Model>(name: &str) -> PyErr<M> {
    PyErr::new(
        ExcType::NotImplementedError,
        format!(
            "hashlib: {name} is not supported by minipy (supported: {})",
            ALGOS.iter().map(|a| a.name).collect::<Vec<_>>().join(", ")
        ),
    )
}

fn new_hash<M: Model>(vm: &mut Vm<M>, algo: &'static Algo, data: Option<&Value<M>>) -> R<M> {
    let obj = HashObject::new(algo, (algo.fresh)());
    if let Some(data) = data {
        feed(vm, &obj.state, &buffer(data)?);
    }
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(obj)))))
}

// ---- HASH methods ----------------------------------------------------------

fn hash_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = recv(&args, "update")?;
    exactly_one(&args, "HASH.update")?;
    feed(vm, &h.state, &buffer(&args.pos[1])?);
    Ok(Value::None)
}

fn hash_digest<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = recv(&args, "digest")?;
    no_args(&args, "HASH.digest")?;
    let digest = with_state(vm, &h.state, |s| s.digest());
    Ok(Value::obj(ObjKind::Bytes(digest.into_boxed_slice())))
}

fn hash_hexdigest<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = recv(&args, "hexdigest")?;
    no_args(&args, "HASH.hexdigest")?;
    let digest = with_state(vm, &h.state, |s| s.digest());
    Ok(Value::str(digest.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn hash_copy<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = recv(&args, "copy")?;
    no_args(&args, "HASH.copy")?;
    let state = with_state(vm, &h.state, |s| s.clone());
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(HashObject::new(h.algo, state))))))
}

fn get_name<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::str(recv(&args, "name")?.algo.name))
}

fn get_digest_size<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(recv(&args, "digest_size")?.algo.digest_size as i64))
}

fn get_block_size<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(recv(&args, "block_size")?.algo.block_size as i64))
}

// ---- the GIL-releasing core --------------------------------------------------

/// Hash `data` into `state`. From `GIL_MINSIZE` bytes on, without the GIL:
/// the bytes object stays in the heap, so the hashing thread gets a copy.
fn feed<M: Model>(vm: &mut Vm<M>, state: &Arc<Mutex<Hasher>>, data: &[u8]) {
    let data = data.to_vec();
    if data.len() >= GIL_MINSIZE {
        let state = state.clone();
        vm.allow_threads("native: hashlib update (no GIL)", move || state.lock().update(&data));
    } else {
        with_state(vm, state, move |s| s.update(&data));
    }
}

/// Run `f` on the hasher. If another thread is hashing into the same object
/// without the GIL, wait for it without the GIL too (as CPython's
/// `ENTER_HASHLIB`), so that thread can take the GIL back when it is done.
fn with_state<M: Model, T: Send>(
    vm: &mut Vm<M>,
    state: &Arc<Mutex<Hasher>>,
    f: impl FnOnce(&mut Hasher) -> T + Send,
) -> T {
    if let Some(mut s) = state.try_lock() {
        return f(&mut s);
    }
    let state = state.clone();
    vm.allow_threads("blocked: hashlib object busy", move || f(&mut state.lock()))
}

// ---- arguments ---------------------------------------------------------------

/// The receiver of a HASH method.
fn recv<'a, M: Model>(args: &Args<'a, M>, method: &str) -> PyResult<&'a HashObject, M> {
    let Some(v) = args.pos.first() else {
        return Err(PyErr::type_error(format!("unbound method HASH.{method}() needs an argument")));
    };
    match v.kind() {
        Some(ObjKind::Native(n)) => {
            n.downcast::<HashObject>().ok_or_else(|| descriptor_error(method, "_hashlib.HASH", v))
        }
        _ => Err(descriptor_error(method, "_hashlib.HASH", v)),
    }
}

/// The bytes to hash, with CPython's messages for anything else.
fn buffer<M: Model>(v: &Value<M>) -> PyResult<std::borrow::Cow<'_, [u8]>, M> {
    if let Some(ObjKind::MemoryView(m)) = v.kind() {
        m.check()?;
    }
    match v.kind() {
        _ if let Some(b) = crate::object::buffer::receiver_bytes(v) => Ok(b),
        Some(ObjKind::Str(_)) => Err(PyErr::type_error("Strings must be encoded before hashing")),
        _ => Err(PyErr::type_error("object supporting the buffer API required")),
    }
}
