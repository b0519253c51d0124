//! The `str` payload: UTF-8 text plus what makes indexing fast.
//!
//! Python indexes strings by code point. Keeping the code-point count and an
//! all-ASCII flag makes `len(s)` O(1) and `s[i]` O(1) for ASCII text (the
//! common case). Long non-ASCII text gets, on its first index, the byte
//! offset of every 64th code point, so `s[i]` scans at most 63 code points
//! (a parser walking a document with one accented letter in it was
//! quadratic), and a cursor at the last code point looked up, so a parser
//! stepping forward (`src[pos]`, `src[pos:pos + 1]`) scans only the code
//! points it stepped over. Scans count the UTF-8 lead bytes eight at a time.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

pub struct PyStr {
    text: Box<str>,
    chars: usize,
    ascii: bool,
    /// The hash, computed on first use (0: not yet), as CPython caches it:
    /// a str used as a key is hashed once, not at every lookup. Any thread
    /// may fill it; all compute the same value.
    hash: AtomicI64,
    /// For non-ASCII text longer than [`STRIDE`] code points, made on
    /// first use.
    index: std::sync::OnceLock<Box<CharIndex>>,
}

/// Where code points start in long non-ASCII text.
struct CharIndex {
    /// The byte offset of code point `k * STRIDE` at index `k`.
    milestones: Box<[usize]>,
    /// The last code point looked up (high half) and its byte offset (low
    /// half), packed in one word so that threads reading and moving it
    /// always see a matching pair; [`NO_CURSOR`] for text too long to pack.
    cursor: AtomicU64,
}

const NO_CURSOR: u64 = u64::MAX;

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
        PyStr { text: text.into_boxed_str(), chars, ascii, hash: AtomicI64::new(0), index: Default::default() }
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
        let bytes = self.text.as_bytes();
        if self.chars <= STRIDE {
            return skip_chars(bytes, 0, i);
        }
        let index = self.index.get_or_init(|| {
            let milestones = self.text.char_indices().step_by(STRIDE).map(|(b, _)| b).collect();
            let cursor = if self.text.len() <= u32::MAX as usize { 0 } else { NO_CURSOR };
            Box::new(CharIndex { milestones, cursor: AtomicU64::new(cursor) })
        });
        let (mut from, mut skip) = (index.milestones[i / STRIDE], i % STRIDE);
        let cursor = index.cursor.load(Ordering::Relaxed);
        if cursor == NO_CURSOR {
            return skip_chars(bytes, from, skip);
        }
        let (at_char, at_byte) = ((cursor >> 32) as usize, (cursor & u64::from(u32::MAX)) as usize);
        if at_char <= i && i - at_char < skip {
            (from, skip) = (at_byte, i - at_char);
        }
        let offset = skip_chars(bytes, from, skip);
        index.cursor.store(((i as u64) << 32) | offset as u64, Ordering::Relaxed);
        offset
    }

    /// Code points `[start, stop)` as a &str (indices already clamped, start <= stop).
    pub fn substr(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        // A short slice's end is found by scanning on from its start.
        let b = if self.ascii || stop - start > STRIDE {
            self.byte_offset(stop)
        } else {
            skip_chars(self.text.as_bytes(), a, stop - start)
        };
        &self.text[a..b.max(a)]
    }
}

/// The byte offset of the code point `n` code points after the one
/// starting at byte `from` (the end of the text if there are fewer).
/// Code points start at every byte but UTF-8's continuation bytes
/// (`0b10xxxxxx`): while eight bytes cannot hold more than `n` starts,
/// they are counted a word at a time.
#[inline]
fn skip_chars(bytes: &[u8], mut from: usize, mut n: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while n >= 8 && from + 8 <= bytes.len() {
        let word = u64::from_le_bytes(bytes[from..from + 8].try_into().expect("8 bytes"));
        // Continuation bytes: bit 7 set and bit 6 clear.
        let continuations = (word & HIGH & !(word << 1)).count_ones() as usize;
        n -= 8 - continuations;
        from += 8;
    }
    while from < bytes.len() {
        if bytes[from] & 0xC0 != 0x80 {
            if n == 0 {
                return from;
            }
            n -= 1;
        }
        from += 1;
    }
    bytes.len()
}
