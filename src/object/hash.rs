//! Python's hash functions, where their values are visible to programs
//! (`hash(n)` for numbers, and the iteration order of sets of ints).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// CPython's modulus for numeric hashes (2**61 - 1).
const MODULUS: u64 = (1 << 61) - 1;

#[inline]
pub fn hash_int(i: i64) -> i64 {
    // Almost every int is smaller than the modulus: it is its own hash, and
    // the 64-bit division (tens of cycles) is skipped.
    if i > -(MODULUS as i64) && i < MODULUS as i64 {
        return if i == -1 { -2 } else { i };
    }
    let neg = i < 0;
    let mag = (i as i128).unsigned_abs() as u64 % MODULUS;
    let h = if neg { -(mag as i64) } else { mag as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == num_bigint::Sign::Minus { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's `_Py_HashDouble`: integral floats hash like the equal int.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let h = h as i64 * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A stable string hash (CPython's is randomised per run, so no program can
/// depend on its value).
pub const fn hash_str(s: &str) -> i64 {
    // FNV-1a, folded to Python's hash range. A `const fn`, so the names the
    // VM looks up itself (`__init__`) are hashed at compile time.
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

/// CPython 3.11's tuple hash (xxHash-based), over the items' hashes.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    let mut hasher = TupleHasher::new(items.len());
    for h in items {
        hasher.add(h);
    }
    hasher.finish()
}

/// CPython 3.11's tuple hash (xxHash-based), fed one item hash at a time,
/// so a tuple of instances is hashed without gathering the hashes first.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    pub fn new(len: usize) -> TupleHasher {
        TupleHasher { acc: Self::P5, len: len as u64 }
    }

    #[inline]
    pub fn add(&mut self, h: i64) {
        self.acc = self.acc.wrapping_add((h as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(Self::P1);
    }

    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

/// CPython 3.11's frozenset hash over the items' hashes: order-independent
/// (an xor of shuffled bits), so equal sets of ints or tuples hash, and
/// therefore iterate inside other sets, exactly as in CPython.
pub fn hash_frozenset(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle_bits(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash = items.fold(0u64, |acc, h| acc ^ shuffle_bits(h as u64));
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
