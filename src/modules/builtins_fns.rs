//! Built-in functions on numbers, characters, attributes and namespaces.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::builtins_util::{R, index_value, int_arg};
use crate::ast::BinOp;
use crate::model::Model;
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, PyErr, Value};
use crate::text;
use crate::vm::Vm;

fn big_of<M: Model>(v: &Value<M>) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn builtin_abs<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("abs", 1, 1)?;
    if let Some(p) = vm.builtin_view(&args.pos[0], "__abs__") {
        return builtin_abs(vm, Args::positional(&[p]));
    }
    let v = &args.pos[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Ok(Value::from_bigint(b.abs())),
            Some(ObjKind::Complex(c)) => {
                c.abs().map(Value::Float).ok_or_else(|| PyErr::overflow("absolute value too large"))
            }
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__abs__").is_some() => {
                vm.call_method(v, "__abs__", &[])
            }
            _ => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", v.type_name()))),
        },
    }
}

/// `repr(v)` as an object: CPython hands back what a Python `__repr__`
/// returned unchanged, so a str subclass keeps its type.
pub fn repr_object<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> R<M> {
    if let Some(ObjKind::Instance(inst)) = v.kind()
        && inst.builtin_view("__repr__").is_none()
        && let Some(f) = inst.class().lookup("__repr__")
        && !matches!(f.kind(), Some(ObjKind::Builtin(_)))
    {
        let r = vm.call_special(&f, std::slice::from_ref(v))?;
        if r.as_str().is_none() {
            return Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", r.type_name())));
        }
        return Ok(r);
    }
    Ok(Value::str(vm.repr(v)?))
}

pub fn builtin_ascii<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("ascii", 1, 1)?;
    let r = repr_object(vm, &args.pos[0])?;
    let s = r.as_str().unwrap_or_default();
    // An all-ASCII repr is returned as is (a str subclass stays one).
    if s.is_ascii() {
        return Ok(r);
    }
    Ok(Value::str(text::str_repr::ascii_escape(s)))
}

fn int_base<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, name: &str, base: u32) -> R<M> {
    args.expect(name, 1, 1)?;
    let v = &args.pos[0];
    match index_value(vm, v)? {
        Some(b) => Ok(Value::str(text::int_format::int_to_base(&b, base, true))),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

pub fn builtin_bin<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    int_base(vm, args, "bin", 2)
}

pub fn builtin_oct<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    int_base(vm, args, "oct", 8)
}

pub fn builtin_hex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    int_base(vm, args, "hex", 16)
}

pub fn builtin_callable<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("callable", 1, 1)?;
    let ok = match args.pos[0].kind() {
        Some(ObjKind::Function(_) | ObjKind::Builtin(_) | ObjKind::BoundMethod(..) | ObjKind::Class(_)) => true,
        Some(ObjKind::StaticMethod(_)) => true,
        Some(ObjKind::Instance(inst)) => inst.class().lookup("__call__").is_some(),
        _ => false,
    };
    Ok(Value::Bool(ok))
}

pub fn builtin_chr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("chr", 1, 1)?;
    let v = &args.pos[0];
    let i = match v {
        Value::Float(_) => {
            return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
        }
        _ => match index_value(vm, v)? {
            Some(b) => b.to_i64().ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))?,
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            }
        },
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.char_value(c)),
        None => Err(PyErr::new(ExcType::NotImplementedError, "lone surrogate code points are not supported by minipy")),
    }
}

pub fn builtin_ord<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("ord", 1, 1)?;
    let v = &args.pos[0];
    match v.kind() {
        Some(ObjKind::Str(s)) => {
            let n = s.char_len();
            if n != 1 {
                return Err(PyErr::type_error(format!("ord() expected a character, but string of length {n} found")));
            }
            Ok(Value::Int(s.as_str().chars().next().expect("one char") as i64))
        }
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
            let b = crate::object::buffer::bytes_like(v)?.unwrap_or_default();
            if b.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", v.type_name()))),
    }
}

pub fn builtin_divmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("divmod", 2, 2)?;
    if let Some((a, b)) = vm.builtin_operands(&args.pos[0], &args.pos[1], "__divmod__", "__rdivmod__") {
        return builtin_divmod(vm, Args::positional(&[a, b]));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let numeric = |v: &Value<M>| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || big_of(v).is_some();
    if !numeric(a) || !numeric(b) {
        // `a.__divmod__(b)`, then the reflected `b.__rdivmod__(a)`, each
        // skipped when missing or answering NotImplemented.
        if let Some(r) = vm.first_operator_answer(&[
            (a, b, &StrKey::constant("__divmod__")),
            (b, a, &StrKey::constant("__rdivmod__")),
        ])? {
            return Ok(r);
        }
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let q = vm.binary_op(BinOp::FloorDiv, false, a.clone(), b.clone()).map_err(|e| divmod_msg(e, a, b))?;
    let r = vm.binary_op(BinOp::Mod, false, a.clone(), b.clone()).map_err(|e| divmod_msg(e, a, b))?;
    Ok(Value::tuple(vec![q, r]))
}

fn divmod_msg<M: Model>(e: PyErr<M>, a: &Value<M>, b: &Value<M>) -> PyErr<M> {
    if e.lazy_type() == Some(ExcType::ZeroDivisionError) {
        let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
        return PyErr::zero_division(if float { "float divmod()" } else { "integer division or modulo by zero" });
    }
    e
}

pub fn builtin_format<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("format", 1, 2)?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", s.type_name())));
            }
        },
    };
    Ok(Value::str(vm.format(&args.pos[0], &spec)?))
}

fn attr_name<'a, M: Model>(fname: &str, v: &'a Value<M>) -> crate::object::PyResult<&'a str, M> {
    let _ = fname;
    v.as_str().ok_or_else(|| PyErr::type_error(format!("attribute name must be string, not '{}'", v.type_name())))
}

pub fn builtin_getattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getattr", 2, 3)?;
    let name = attr_name("getattr", &args.pos[1])?;
    match args.pos.get(2) {
        None => vm.getattr(&args.pos[0], name),
        // A missing attribute answers the default without building the
        // AttributeError (its message is most of the cost of a miss).
        Some(default) => match vm.getattr_opt(&args.pos[0], name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.clone()),
            Err(e) => {
                is_attribute_error(vm, e)?;
                Ok(default.clone())
            }
        },
    }
}

/// Whether `e` is an AttributeError; re-raise anything else.
fn is_attribute_error<M: Model>(vm: &mut Vm<M>, e: PyErr<M>) -> crate::object::PyResult<bool, M> {
    if let Some(t) = e.lazy_type() {
        if t.is_subclass_of(ExcType::AttributeError) {
            return Ok(true);
        }
        return Err(e);
    }
    let exc = vm.materialize(e);
    let cls = vm.exc_class(ExcType::AttributeError).clone();
    if vm.isinstance(&exc, &cls) { Ok(true) } else { Err(vm.reraise(exc)) }
}

pub fn builtin_hasattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("hasattr", 2, 2)?;
    let name = attr_name("hasattr", &args.pos[1])?;
    match vm.getattr_opt(&args.pos[0], name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) => {
            is_attribute_error(vm, e)?;
            Ok(Value::Bool(false))
        }
    }
}

pub fn builtin_setattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("setattr", 3, 3)?;
    let name = attr_name("setattr", &args.pos[1])?;
    vm.setattr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

pub fn builtin_delattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("delattr", 2, 2)?;
    let name = attr_name("delattr", &args.pos[1])?;
    vm.delattr(&args.pos[0], name)?;
    Ok(Value::None)
}

pub fn builtin_hash<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("hash", 1, 1)?;
    let k = vm.key(args.pos[0].clone())?;
    Ok(Value::Int(k.hash))
}

pub fn builtin_input<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("input", 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str(p)?;
        vm.write_stdout(&s);
    }
    vm.interp.out.flush();
    let line = vm.allow_threads("blocked: input", || {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|n| (n, line))
    });
    match line {
        Ok((0, _)) => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Ok((_, mut l)) => {
            if l.ends_with('\n') {
                l.pop();
                if l.ends_with('\r') {
                    l.pop();
                }
            }
            Ok(Value::str(l))
        }
        Err(e) => Err(PyErr::new(ExcType::OSError, e.to_string())),
    }
}

pub fn builtin_issubclass<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("issubclass", 2, 2)?;
    Ok(Value::Bool(vm.subclass_check(&args.pos[0], &args.pos[1])?))
}

pub fn builtin_pow<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("pow", &["base", "exp", "mod"])?;
    let base = args.pos.first().or_else(|| args.kw("base"));
    let exp = args.pos.get(1).or_else(|| args.kw("exp"));
    let modulus = args.pos.get(2).or_else(|| args.kw("mod"));
    let (base, exp) = match (base, exp) {
        (Some(b), Some(e)) => (b, e),
        (None, _) => return Err(PyErr::type_error("pow() missing required argument 'base' (pos 1)")),
        (_, None) => return Err(PyErr::type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    let modulus = match modulus {
        None | Some(Value::None) => {
            return vm.binary_op(BinOp::Pow, false, base.clone(), exp.clone()).map_err(|e| {
                if let crate::object::exception::ErrValue::Lazy(ExcType::TypeError, msg) = &e.inner.value
                    && let Some(rest) = msg.strip_prefix("unsupported operand type(s) for **:")
                {
                    return PyErr::type_error(format!("unsupported operand type(s) for ** or pow():{rest}"));
                }
                e
            });
        }
        Some(m) => m,
    };
    if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (base, exp, modulus)
        && *m != 0
    {
        // Machine ints (the usual case: hashes, modular inverses, primality
        // tests) in 128-bit arithmetic, without a BigInt per step.
        return small_modpow(*b, *e, *m)
            .map(Value::Int)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"));
    }
    let (b, e, m) = match (big_of(base), big_of(exp), big_of(modulus)) {
        (Some(b), Some(e), Some(m)) => (b, e, m),
        _ => {
            // CPython asks the base's type first, then the others': complex
            // refuses any modulus, float any third argument.
            let is_complex = |v: &Value<M>| matches!(v.kind(), Some(ObjKind::Complex(_)));
            let any_float = [base, exp, modulus].iter().any(|v| matches!(v, Value::Float(_)));
            let any_complex = [base, exp, modulus].iter().any(|v| is_complex(v));
            if is_complex(base) || (any_complex && !any_float) {
                return Err(PyErr::value_error("complex modulo"));
            }
            if any_float {
                return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                base.type_name(),
                exp.type_name(),
                modulus.type_name()
            )));
        }
    };
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let am = m.abs();
    let mut b = b.mod_floor(&am);
    let mut e = e;
    if e.is_negative() {
        b = mod_inverse(&b, &am).ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = if am.is_one() { BigInt::zero() } else { b.modpow(&e, &am) };
    if neg_mod && !r.is_zero() {
        r -= &am;
    }
    Ok(Value::from_bigint(r))
}

/// `pow(b, e, m)` for `m != 0`, as the BigInt path computes it: the
/// result has the sign of `m`; None when `e < 0` and `b` has no inverse.
fn small_modpow(b: i64, e: i64, m: i64) -> Option<i64> {
    let am = m.unsigned_abs() as u128;
    let mut base = (b as i128).rem_euclid(am as i128) as u128;
    if e < 0 {
        base = small_mod_inverse(base, am)?;
    }
    let mut exp = e.unsigned_abs();
    let mut r: u128 = 1 % am;
    // Operands stay below 2^63, so each product fits in 128 bits.
    while exp > 0 {
        if exp & 1 == 1 {
            r = r * base % am;
        }
        base = base * base % am;
        exp >>= 1;
    }
    let r = r as i128;
    Some((if m < 0 && r != 0 { r - am as i128 } else { r }) as i64)
}

/// The inverse of `a` modulo `m` (`0 <= a < m`), by the extended Euclidean
/// algorithm; None when they share a factor.
fn small_mod_inverse(a: u128, m: u128) -> Option<u128> {
    let (mut old_r, mut r) = (a as i128, m as i128);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    (old_r == 1).then(|| old_s.rem_euclid(m as i128) as u128)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn builtin_round<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("round", &["number", "ndigits"])?;
    let x = args.pos.first().or_else(|| args.kw("number"));
    let nd = args.pos.get(1).or_else(|| args.kw("ndigits"));
    let x = x.ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    if let Some(p) = vm.builtin_view(x, "__round__") {
        let mut rest = vec![p];
        rest.extend(args.pos.get(1).cloned());
        return builtin_round(vm, Args::positional(&rest));
    }
    let nd = match nd {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    match x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                let b: BigInt = num_traits::FromPrimitive::from_f64(r).unwrap_or_default();
                Ok(Value::from_bigint(b))
            }
            Some(n) => Ok(Value::Float(text::float_repr::round_float(*f, n)?)),
        },
        _ => {
            if let Some(b) = big_of(x) {
                return Ok(match nd {
                    None => Value::from_bigint(b),
                    Some(n) if n >= 0 => Value::from_bigint(b),
                    Some(n) => Value::from_bigint(round_int(&b, (-n) as u64)),
                });
            }
            if let Some(ObjKind::Instance(inst)) = x.kind()
                && inst.class().lookup("__round__").is_some()
            {
                let extra: Vec<Value<M>> = nd.map(Value::Int).into_iter().collect();
                return vm.call_method(x, "__round__", &extra);
            }
            Err(PyErr::type_error(format!("type {} doesn't define __round__ method", x.type_name())))
        }
    }
}

/// Round an int to a multiple of `10**n`, ties to even.
fn round_int(b: &BigInt, n: u64) -> BigInt {
    if n > 10_000 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), n as usize);
    let (q, r) = b.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

pub fn builtin_vars<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("vars", 0, 1)?;
    match args.pos.first() {
        None => Err(PyErr::new(ExcType::NotImplementedError, "vars() without arguments is not supported by minipy")),
        Some(v) => match v.kind() {
            Some(ObjKind::Module(m)) => Ok(Value::Obj(m.dict.clone())),
            _ => match vm.getattr_opt(v, "__dict__")? {
                Some(d) => Ok(d),
                None => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
            },
        },
    }
}

pub fn builtin_exit<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exit", 0, 1)?;
    let code = args.pos.first().cloned().unwrap_or(Value::None);
    Err(PyErr::with_args(ExcType::SystemExit, vec![code]))
}
