//! `_random`: the Mersenne Twister core under `lib/random.py`, producing
//! CPython's exact sequence for the same seed (MT19937 with CPython's
//! seeding: `init_by_array` over the 32-bit words of `abs(seed)`, and
//! 53-bit floats from two draws).
//!
//! The generator is an opaque handle: `Random` in `lib/random.py` keeps one
//! in its `_mt` attribute and calls these functions with it. A copy sent to
//! another interpreter gets its own state (as a forked child does).
//!
//! `install` gives `Random` native `random`, `getrandbits` and
//! `_randbelow` methods, which read `self._mt` and draw: in CPython these
//! are C methods of `_random.Random`, and as Python methods each draw cost
//! a frame (three times CPython's time for `random.random()`).

use std::sync::Arc;

use num_bigint::{BigInt, BigUint, Sign};
use parking_lot::Mutex;
use sha2::{Digest, Sha512};

use super::builtins_util::{R, add_methods, descriptor_error, exactly_one, index_value, no_args};
use crate::model::Model;
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{NativeHandle, NativeObject};
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

/// MT19937's state.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt { state: [0; N], index: N + 1 };
        mt.init_genrand(19650218);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `k` random bits (k > 0), least significant word first.
    fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// A uniform int in [0, n) for n > 0: CPython's `_randbelow`
    /// (`getrandbits(n.bit_length())` until it is below n).
    fn below(&mut self, n: &BigUint) -> BigUint {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

/// The handle Python holds.
pub struct MtObject(Mutex<Mt>);

impl NativeObject for MtObject {
    fn type_name(&self) -> &'static str {
        "_random.MersenneTwister"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn copy_for_other_interpreter(&self) -> Option<NativeHandle> {
        Some(NativeHandle(Arc::new(MtObject(Mutex::new(self.0.lock().clone())))))
    }
}

pub fn init<Md: Model>(vm: &mut Vm<Md>, module: &Value<Md>) -> PyResult<(), Md> {
    let fns: &[(&'static str, BuiltinFn<Md>)] = &[
        ("new", new),
        ("seed", seed),
        ("seed_bytes", seed_bytes),
        ("seed_os", seed_os),
        ("random", random),
        ("getrandbits", getrandbits),
        ("randbelow", randbelow),
        ("getstate", getstate),
        ("setstate", setstate),
        ("urandom", urandom_fn),
        ("install", install),
    ];
    super::registry::add_functions(vm, module, fns)
}

/// `_random.install(Random)`: give the class its native draws.
fn install<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("_random.install() needs the Random class"));
    };
    let methods: &[(&'static str, BuiltinFn<Md>)] =
        &[("random", random_method), ("getrandbits", getrandbits_method), ("_randbelow", randbelow_method)];
    add_methods(cls, methods);
    Ok(Value::None)
}

/// The attribute `Random.__init__` keeps the generator in, first in the
/// instance's table.
const MT_ATTR: StrKey<'static> = StrKey::constant("_mt");

/// A native method's receiver, a `Random` instance: its generator handle.
fn receiver_mt<Md: Model>(args: &Args<'_, Md>, name: &str) -> PyResult<Value<Md>, Md> {
    let Some(v) = args.pos.first() else {
        return Err(PyErr::type_error(format!("unbound method Random.{name}() needs an argument")));
    };
    let Some(ObjKind::Instance(inst)) = v.kind() else {
        return Err(descriptor_error(name, "_random.Random", v));
    };
    match inst.with_dict(|d| d.get_hinted(&MT_ATTR, &mut 0).cloned()) {
        Some(handle) => Ok(handle),
        None => Err(PyErr::new(ExcType::AttributeError, format!("'{}' object has no attribute '_mt'", v.type_name()))),
    }
}

fn as_mt<Md: Model>(handle: &Value<Md>) -> PyResult<&MtObject, Md> {
    match handle.kind() {
        Some(ObjKind::Native(h)) => {
            h.downcast::<MtObject>().ok_or_else(|| PyErr::type_error("expected a Mersenne Twister state"))
        }
        _ => Err(PyErr::type_error("expected a Mersenne Twister state")),
    }
}

/// `Random.random(self)`.
fn random_method<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let handle = receiver_mt(&args, "random")?;
    no_args(&args, "Random.random")?;
    Ok(Value::Float(as_mt(&handle)?.0.lock().random()))
}

/// `Random.getrandbits(self, k)`.
fn getrandbits_method<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let handle = receiver_mt(&args, "getrandbits")?;
    exactly_one(&args, "Random.getrandbits")?;
    draw_bits(vm, as_mt(&handle)?, &args.pos[1])
}

/// `Random._randbelow(self, n)`: a uniform int in `range(n)`.
fn randbelow_method<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let handle = receiver_mt(&args, "_randbelow")?;
    exactly_one(&args, "Random._randbelow")?;
    draw_below(vm, as_mt(&handle)?, &args.pos[1])
}

fn mt<'a, Md: Model>(args: &Args<'a, Md>, n: usize, name: &str) -> PyResult<&'a MtObject, Md> {
    if args.pos.len() != n || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("_random.{name}() takes {} arguments", n)));
    }
    match args.pos[0].kind() {
        Some(ObjKind::Native(h)) => {
            h.downcast::<MtObject>().ok_or_else(|| PyErr::type_error("expected a Mersenne Twister state"))
        }
        _ => Err(PyErr::type_error("expected a Mersenne Twister state")),
    }
}

fn new<Md: Model>(_vm: &mut Vm<Md>, _args: Args<'_, Md>) -> R<Md> {
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(MtObject(Mutex::new(Mt::new())))))))
}

/// Seed from the 32-bit words of abs(n), least significant first.
fn seed_with(g: &MtObject, n: &BigInt) {
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    g.0.lock().init_by_array(&key);
}

fn seed<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 2, "seed")?;
    let n = index_value(vm, &args.pos[1])?.ok_or_else(|| PyErr::type_error("seed must be an int"))?;
    seed_with(g, &n);
    Ok(Value::None)
}

/// Version 2 seeding of str/bytes: the int whose big-endian bytes are
/// `data + sha512(data)`.
fn seed_bytes<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 2, "seed_bytes")?;
    let Some(ObjKind::Bytes(data)) = args.pos[1].kind() else {
        return Err(PyErr::type_error("seed_bytes needs bytes"));
    };
    let mut all = data.to_vec();
    all.extend_from_slice(&Sha512::digest(data));
    seed_with(g, &BigInt::from_bytes_be(Sign::Plus, &all));
    Ok(Value::None)
}

/// Fill `buf` from the operating system's entropy source.
pub fn os_random_bytes(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

fn seed_os<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 1, "seed_os")?;
    let mut buf = [0u8; N * 4];
    if os_random_bytes(&mut buf).is_err() {
        // No entropy device: fall back on the clock and the process id, as
        // CPython does when urandom fails.
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let mix = t.as_nanos() as u64 ^ ((std::process::id() as u64) << 32);
        buf[..8].copy_from_slice(&mix.to_le_bytes());
    }
    let key: Vec<u32> = buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    g.0.lock().init_by_array(&key);
    Ok(Value::None)
}

fn random<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 1, "random")?;
    Ok(Value::Float(g.0.lock().random()))
}

fn getrandbits<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 2, "getrandbits")?;
    draw_bits(vm, g, &args.pos[1])
}

fn draw_bits<Md: Model>(vm: &mut Vm<Md>, g: &MtObject, k: &Value<Md>) -> R<Md> {
    let k = super::builtins_util::int_arg(vm, k)?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    // CPython takes `k` as a C int.
    if k > i64::from(i32::MAX) {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    crate::capacity::check_i64(k / 8, 1)?;
    let bits = g.0.lock().getrandbits(k as u64);
    Ok(Value::from_bigint(BigInt::from(bits)))
}

fn randbelow<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 2, "randbelow")?;
    draw_below(vm, g, &args.pos[1])
}

fn draw_below<Md: Model>(vm: &mut Vm<Md>, g: &MtObject, n: &Value<Md>) -> R<Md> {
    let n = index_value(vm, n)?.ok_or_else(|| PyErr::type_error("randbelow needs an int"))?;
    if n.sign() != Sign::Plus {
        return Ok(Value::Int(0));
    }
    let r = g.0.lock().below(n.magnitude());
    Ok(Value::from_bigint(BigInt::from(r)))
}

fn getstate<Md: Model>(_vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 1, "getstate")?;
    let s = g.0.lock();
    let mut items: Vec<Value<Md>> = s.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(s.index as i64));
    Ok(Value::tuple(items))
}

fn setstate<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    let g = mt(&args, 2, "setstate")?;
    let Some(ObjKind::Tuple(items)) = args.pos[1].kind() else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(items.iter()) {
        let n = index_value(vm, v)?.ok_or_else(|| PyErr::type_error("state vector items must be integers"))?;
        // CPython keeps the low 32 bits (PyLong_AsUnsignedLong then a cast).
        let (_, digits) = n.to_u32_digits();
        *slot = digits.first().copied().unwrap_or(0);
    }
    let index = index_value(vm, &items[N])?.ok_or_else(|| PyErr::type_error("state vector items must be integers"))?;
    let index = i64::try_from(&index).unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let mut s = g.0.lock();
    s.state = state;
    s.index = index as usize;
    Ok(Value::None)
}

/// `os.urandom`-style bytes (for `random.SystemRandom` and `randbytes`).
fn urandom_fn<Md: Model>(vm: &mut Vm<Md>, args: Args<'_, Md>) -> R<Md> {
    args.expect("urandom", 1, 1)?;
    let n = super::builtins_util::int_arg(vm, &args.pos[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = crate::capacity::try_filled(n as usize, 0u8)?;
    os_random_bytes(&mut buf).map_err(|e| PyErr::new(crate::object::ExcType::OSError, e.to_string()))?;
    Ok(Value::obj(ObjKind::Bytes(buf.into_boxed_slice())))
}
