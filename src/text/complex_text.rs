//! `repr(complex)`, as CPython 3.11's `complex_repr`: each part is the
//! float's shortest round-trip repr without the `.0` a float repr adds
//! (`1j`, `(1.5-0j)`, `(1e+20+1j)`, `(nan+infj)`); a real part of +0.0 is
//! left out together with the parentheses, a real part of -0.0 is not
//! (`(-0-1j)`).

use super::float_repr::{FloatFlags, double_to_string};

pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, plain));
    }
    let signed = FloatFlags { sign: true, ..plain };
    format!("({}{}j)", double_to_string(re, 'r', 0, plain), double_to_string(im, 'r', 0, signed))
}
