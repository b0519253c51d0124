//! The `str` payload: UTF-8 text plus what makes indexing fast.
//!
//! Python indexes strings by code point. Keeping the code-point count and an
//! all-ASCII flag makes `len(s)` O(1) and `s[i]` O(1) for ASCII text (the
//! common case) while non-ASCII text falls back to a scan.

pub struct PyStr {
    text: Box<str>,
    chars: usize,
    ascii: bool,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let ascii = text.is_ascii();
        let chars = if ascii { text.len() } else { text.chars().count() };
        PyStr { text: text.into_boxed_str(), chars, ascii }
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
        if self.ascii { self.text.as_bytes().get(i).map(|b| *b as char) } else { self.text.chars().nth(i) }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.text.len())
        }
    }

    /// Code points `[start, stop)` as a &str (indices already clamped, start <= stop).
    pub fn substr(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop);
        &self.text[a..b.max(a)]
    }
}
