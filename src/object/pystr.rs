//! The `str` payload: UTF-8 text plus what makes indexing fast.
//!
//! Python indexes strings by code point. Keeping the code-point count and an
//! all-ASCII flag makes `len(s)` O(1) and `s[i]` O(1) for ASCII text (the
//! common case). Long non-ASCII text gets, on its first index, the byte
//! offset of every 64th code point, so `s[i]` scans at most 63 code points
//! (a parser walking a document with one accented letter in it was
//! quadratic).

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    text: Box<str>,
    chars: usize,
    ascii: bool,
    /// The hash, computed on first use (0: not yet), as CPython caches it:
    /// a str used as a key is hashed once, not at every lookup. Any thread
    /// may fill it; all compute the same value.
    hash: AtomicI64,
    /// For non-ASCII text longer than [`STRIDE`] code points: the byte
    /// offset of code point `k * STRIDE` at index `k`, made on first use.
    milestones: std::sync::OnceLock<Box<[usize]>>,
}

/// Code points between two [`PyStr`] milestones.
const STRIDE: usize = 64;

/// Byte equality for identifier-sized strings, compared with a couple of
/// word loads in line: attribute and global names are short, and a libc
/// `bcmp` call for each lookup cost more than the comparison itself.
#[inline(always)]
pub fn short_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    // Two overlapping words cover every byte of an n-byte string.
    let word8 = |s: &[u8], at: usize| u64::from_ne_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let word4 = |s: &[u8], at: usize| u32::from_ne_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4),
        8..=16 => word8(a, 0) == word8(b, 0) && word8(a, n - 8) == word8(b, n - 8),
        _ => a == b,
    }
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let ascii = text.is_ascii();
        let chars = if ascii { text.len() } else { text.chars().count() };
        PyStr { text: text.into_boxed_str(), chars, ascii, hash: AtomicI64::new(0), milestones: Default::default() }
    }

    /// `hash(s)`.
    #[inline]
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != 0 {
            return cached;
        }
        let h = super::hash::hash_str(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            return self.text.as_bytes().get(i).map(|b| *b as char);
        }
        if i >= self.chars {
            return None;
        }
        self.text[self.byte_offset(i)..].chars().next()
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.text.len());
        }
        if i >= self.chars {
            return self.text.len();
        }
        let (from, skip) = if self.chars > STRIDE {
            let milestones = self.milestones.get_or_init(|| {
                self.text.char_indices().step_by(STRIDE).map(|(b, _)| b).collect::<Vec<_>>().into_boxed_slice()
            });
            (milestones[i / STRIDE], i % STRIDE)
        } else {
            (0, i)
        };
        from + self.text[from..].char_indices().nth(skip).map(|(b, _)| b).unwrap_or(self.text.len() - from)
    }

    /// Code points `[start, stop)` as a &str (indices already clamped, start <= stop).
    pub fn substr(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop);
        &self.text[a..b.max(a)]
    }
}
