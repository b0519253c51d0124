//! Allocation sized by user input: the one check every builtin uses before
//! building a sequence or string whose size a program chose.
//!
//! Rust aborts the process when an allocation fails (`bytes(10**12)` would
//! kill the interpreter with "memory allocation failed") and panics on a
//! capacity overflow; CPython raises `MemoryError`. So a size that comes
//! from the program (a count, a width, a length) goes through [`check`] or
//! one of the `try_*` constructors first, and the caller turns
//! [`TooLarge`] into `MemoryError` (`PyErr` and `TextError` both convert
//! from it). Sizes that do not even fit `Py_ssize_t` are the caller's
//! `OverflowError`, with the message CPython gives at that place.
//!
//! The bound is deliberately far below what the address space allows: a
//! request above [`MAX_ALLOC_BYTES`] is a `MemoryError` straight away,
//! without touching the allocator, so a typo'd `10**12` fails fast instead
//! of paging the machine to death under overcommit.

/// The largest single allocation (in bytes) a program may ask for.
pub const MAX_ALLOC_BYTES: usize = 1 << 32;

/// CPython's longest `bytes`: `PY_SSIZE_T_MAX` minus the object header.
/// Beyond it `bytes(n)` and `int.to_bytes` raise `OverflowError: byte string
/// is too large` rather than `MemoryError`.
pub const MAX_BYTES_OBJECT_LEN: usize = isize::MAX as usize - 33;

/// A requested allocation is impossible: the program gets `MemoryError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

/// Checks that `items` elements of `item_bytes` bytes each (overflow
/// included) stay within [`MAX_ALLOC_BYTES`].
pub fn check(items: usize, item_bytes: usize) -> Result<(), TooLarge> {
    match items.checked_mul(item_bytes.max(1)) {
        Some(total) if total <= MAX_ALLOC_BYTES => Ok(()),
        _ => Err(TooLarge),
    }
}

/// [`check`] for a signed count (a Python int already known to fit `i64`);
/// a negative count needs nothing.
pub fn check_i64(items: i64, item_bytes: usize) -> Result<(), TooLarge> {
    check(usize::try_from(items.max(0)).map_err(|_| TooLarge)?, item_bytes)
}

/// The sum of two sizes, or [`TooLarge`] if it overflows.
pub fn add(a: usize, b: usize) -> Result<usize, TooLarge> {
    a.checked_add(b).ok_or(TooLarge)
}

/// An empty `Vec` with room for `n` elements, checked and allocated
/// fallibly (a refused allocation is [`TooLarge`], not an abort).
pub fn try_vec<T>(n: usize) -> Result<Vec<T>, TooLarge> {
    check(n, std::mem::size_of::<T>())?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| TooLarge)?;
    Ok(v)
}

/// `n` copies of `value`, checked and allocated fallibly.
pub fn try_filled<T: Clone>(n: usize, value: T) -> Result<Vec<T>, TooLarge> {
    let mut v = try_vec(n)?;
    v.resize(n, value);
    Ok(v)
}

/// An empty `String` with room for `bytes` bytes, checked and allocated
/// fallibly.
pub fn try_string(bytes: usize) -> Result<String, TooLarge> {
    check(bytes, 1)?;
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| TooLarge)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_sizes_pass_and_huge_ones_are_refused() {
        assert_eq!(check(10, 8), Ok(()));
        assert_eq!(check(MAX_ALLOC_BYTES, 1), Ok(()));
        assert_eq!(check(MAX_ALLOC_BYTES + 1, 1), Err(TooLarge));
        assert_eq!(check(usize::MAX, 2), Err(TooLarge));
        assert_eq!(check_i64(-5, 8), Ok(()));
        assert_eq!(check_i64(i64::MAX, 1), Err(TooLarge));
        assert!(try_vec::<u64>(1 << 40).is_err());
        assert_eq!(try_filled(3, 7u8).unwrap(), vec![7, 7, 7]);
        assert!(try_string(usize::MAX).is_err());
    }
}
