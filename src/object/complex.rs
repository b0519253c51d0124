//! The value of a Python `complex` and its arithmetic, computed the way
//! CPython 3.11's `Objects/complexobject.c` does (Smith's division,
//! repeated squaring for small integer powers, polar form otherwise), so
//! results agree to the last bit and to the sign of zero.

use super::hash::hash_float;

/// A complex number: two IEEE doubles, as CPython's `Py_complex`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// Why a complex power has no value (CPython's errno after `_Py_c_pow`).
#[derive(Debug, PartialEq, Eq)]
pub enum PowError {
    /// `0j ** -1`, `0j ** 1j`: ZeroDivisionError.
    ZeroToNegative,
    /// A part of the result is infinite: OverflowError.
    Overflow,
}

/// CPython's multiplier of the imaginary part's hash (`_PyHASH_IMAG`).
const HASH_IMAG: u64 = 1000003;

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// A real number as a complex: the imaginary part is +0.0.
    pub const fn real(re: f64) -> Complex {
        Complex { re, im: 0.0 }
    }

    pub fn plus(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    pub fn minus(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    pub fn times(self, b: Complex) -> Complex {
        Complex::new(self.re * b.re - self.im * b.im, self.re * b.im + self.im * b.re)
    }

    pub fn negated(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }

    /// `self / b` by Smith's method (`_Py_c_quot`); None when `b` is zero.
    pub fn quot(self, b: Complex) -> Option<Complex> {
        let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
        if abs_br >= abs_bi {
            if abs_br == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new((self.re + self.im * ratio) / denom, (self.im - self.re * ratio) / denom))
        } else if abs_bi >= abs_br {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new((self.re * ratio + self.im) / denom, (self.im * ratio - self.re) / denom))
        } else {
            // A NaN in the divisor.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN; None when
    /// a finite `z`'s modulus overflows.
    pub fn abs(self) -> Option<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Some(self.re.abs());
            }
            if self.im.is_infinite() {
                return Some(self.im.abs());
            }
            return Some(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        r.is_finite().then_some(r)
    }

    /// `self ** b` (`complex_pow`): an integral exponent up to 100 in size
    /// multiplies by repeated squaring, anything else goes through polar
    /// form; an infinite result is an overflow.
    pub fn pow(self, b: Complex) -> Result<Complex, PowError> {
        let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            self.powi(b.re as i64)?
        } else {
            self.pow_polar(b)?
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(PowError::Overflow);
        }
        Ok(r)
    }

    fn powi(self, n: i64) -> Result<Complex, PowError> {
        if n > 0 { Ok(self.powu(n)) } else { Complex::real(1.0).quot(self.powu(-n)).ok_or(PowError::ZeroToNegative) }
    }

    fn powu(self, n: i64) -> Complex {
        let mut r = Complex::real(1.0);
        let mut p = self;
        let mut mask = 1i64;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r.times(p);
            }
            mask <<= 1;
            p = p.times(p);
        }
        r
    }

    /// `_Py_c_pow`.
    fn pow_polar(self, b: Complex) -> Result<Complex, PowError> {
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex::real(1.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(PowError::ZeroToNegative);
            }
            return Ok(Complex::real(0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        // C's cos and sin of an infinite phase set errno to EDOM, which
        // CPython reports as this ZeroDivisionError.
        if phase.is_infinite() {
            return Err(PowError::ZeroToNegative);
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `hash(z)`: `hash(re) + 1000003 * hash(im)` in wrapping unsigned
    /// arithmetic, -1 becoming -2, so `hash(1+0j) == hash(1)`.
    pub fn hash(self) -> i64 {
        let combined = (hash_float(self.re) as u64).wrapping_add(HASH_IMAG.wrapping_mul(hash_float(self.im) as u64));
        let h = combined as i64;
        if h == -1 { -2 } else { h }
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_keeps_cpythons_signs() {
        let q = Complex::real(1.0).quot(Complex::new(-1.0, 0.0)).unwrap();
        assert_eq!(q.re, -1.0);
        assert!(q.im == 0.0 && q.im.is_sign_negative());
        assert_eq!(Complex::real(1.0).quot(Complex::real(0.0)), None);
    }

    #[test]
    fn small_integer_powers_are_exact() {
        assert_eq!(Complex::new(0.0, 1.0).pow(Complex::real(2.0)), Ok(Complex::new(-1.0, 0.0)));
        assert_eq!(Complex::real(0.0).pow(Complex::real(-1.0)), Err(PowError::ZeroToNegative));
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(Complex::new(1.0, 0.0).hash(), 1);
        assert_eq!(Complex::new(1.5, 2.0).hash(), 1152921504608846983);
        assert_eq!(Complex::new(0.0, -1.0).hash(), -2000006);
        assert_eq!(Complex::new(-1.0, 0.0).hash(), -2);
    }
}
