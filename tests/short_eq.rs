//! `short_eq`, the in-line byte comparison used for attribute and global
//! names, agrees with `==` for every length it special-cases (and beyond),
//! whichever byte differs.

use minipy::object::pystr::short_eq;

#[test]
fn short_eq_agrees_with_slice_equality() {
    for n in 0..40usize {
        let a: Vec<u8> = (0..n).map(|i| b'a' + (i % 26) as u8).collect();
        assert!(short_eq(&a, &a.clone()), "equal, length {n}");
        for at in 0..n {
            let mut b = a.clone();
            b[at] ^= 0x20;
            assert!(!short_eq(&a, &b), "differs at {at} of {n}");
            assert!(!short_eq(&b, &a), "differs at {at} of {n}");
        }
        for m in 0..40usize {
            if m != n {
                let b: Vec<u8> = (0..m).map(|i| b'a' + (i % 26) as u8).collect();
                assert!(!short_eq(&a, &b), "lengths {n} and {m}");
            }
        }
    }
}
