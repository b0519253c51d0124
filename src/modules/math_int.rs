//! The integer functions of `math`: gcd, lcm, isqrt, factorial, comb and
//! perm, exact for ints of any size. Products of long ranges are split in
//! halves so the big multiplications stay balanced (fast multiplication
//! then pays off, as in CPython's divide-and-conquer factorial).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::builtins_util::{R, expect_count};
use super::math::int_of;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn no_keywords<M: Model>(args: &Args<'_, M>, qual: &str) -> PyResult<(), M> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")))
    }
}

pub fn gcd<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    no_keywords(&args, "math.gcd")?;
    let mut result = BigInt::zero();
    for v in args.pos {
        let x = int_of(vm, v)?;
        if !result.is_one() {
            result = result.gcd(&x);
        }
    }
    Ok(Value::from_bigint(result))
}

pub fn lcm<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    no_keywords(&args, "math.lcm")?;
    let mut result = BigInt::one();
    for (i, v) in args.pos.iter().enumerate() {
        let x = int_of(vm, v)?;
        if i == 0 {
            result = x.abs();
        } else if !result.is_zero() {
            result = if x.is_zero() { BigInt::zero() } else { (&result / result.gcd(&x) * x).abs() };
        }
    }
    Ok(Value::from_bigint(result))
}

pub fn isqrt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.isqrt", 1, 1)?;
    let n = int_of(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// The product `start * (start+1) * ... * (start+count-1)`.
fn rising_product(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if let Some(first) = start.to_u64()
        && first.checked_add(count).is_some()
    {
        return BigInt::from(rising_product_words(first, count));
    }
    if count <= 16 {
        let mut acc = start.clone();
        for i in 1..count {
            acc *= start + i;
        }
        return acc;
    }
    let half = count / 2;
    rising_product(start, half) * rising_product(&(start + half), count - half)
}

/// [`rising_product`] of factors that fit a machine word: a short run
/// multiplies its factors into one word for as long as they fit and the
/// running product by that word (a one-limb multiplication), instead of
/// making a big int of every factor.
fn rising_product_words(first: u64, count: u64) -> BigUint {
    const RUN: u64 = 64;
    if count > RUN {
        let half = count / 2;
        return rising_product_words(first, half) * rising_product_words(first + half, count - half);
    }
    let mut acc = BigUint::one();
    let mut word: u64 = 1;
    for factor in first..first + count {
        match word.checked_mul(factor) {
            Some(w) => word = w,
            None => {
                acc *= word;
                word = factor;
            }
        }
    }
    acc * word
}

fn factorial_of(n: u64) -> BigInt {
    rising_product(&BigInt::one(), n)
}

pub fn factorial<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.factorial", 1, 1)?;
    let n = int_of(vm, &args.pos[0])?;
    Ok(Value::from_bigint(factorial_of(factorial_arg(&n)?)))
}

fn factorial_arg<M: Model>(n: &BigInt) -> PyResult<u64, M> {
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(x) => Ok(x as u64),
        None => Err(PyErr::overflow(format!("factorial() argument should not exceed {}", i64::MAX))),
    }
}

/// `n` and `k` of comb/perm, checked as CPython does.
fn n_and_k<M: Model>(vm: &mut Vm<M>, n: &Value<M>, k: &Value<M>) -> PyResult<(BigInt, BigInt), M> {
    let n = int_of(vm, n)?;
    let k = int_of(vm, k)?;
    if n.sign() == Sign::Minus {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub fn comb<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    no_keywords(&args, "comb")?;
    expect_count(args.pos.len(), "comb", 2, 2)?;
    let (n, k) = n_and_k(vm, &args.pos[0], &args.pos[1])?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(PyErr::overflow(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    let falling = rising_product(&(&n - k + 1u32), k);
    Ok(Value::from_bigint(falling / factorial_of(k)))
}

pub fn perm<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    no_keywords(&args, "perm")?;
    expect_count(args.pos.len(), "perm", 1, 2)?;
    let k = args.pos.get(1).filter(|k| !k.is_none());
    let Some(k) = k else {
        let n = int_of(vm, &args.pos[0])?;
        return Ok(Value::from_bigint(factorial_of(factorial_arg(&n)?)));
    };
    let (n, k) = n_and_k(vm, &args.pos[0], k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(PyErr::overflow(format!("k must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    Ok(Value::from_bigint(rising_product(&(&n - k + 1u32), k)))
}
