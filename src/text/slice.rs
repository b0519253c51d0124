//! Python index and slice normalisation, shared by str, list and tuple.
//!
//! All positions are `i64` (CPython's `Py_ssize_t`). Callers holding a big
//! int index clamp it to `i64` first (saturating), which is what CPython's
//! `_PyEval_SliceIndex` does for slices; for plain indexing a huge index is
//! simply out of range.

/// A slice resolved against a sequence length: the `start`, `stop`,
/// `step` to iterate with (`start + k*step` for `k in 0..count`) and the
/// number of items selected. `start`/`stop` may be -1 or `len` as in
/// CPython's `PySlice_AdjustIndices`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceIndices {
    /// The selected positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + use<> {
        let (start, step) = (self.start, self.step);
        (0..self.count as i64).map(move |k| (start + k * step) as usize)
    }

    /// Copies the selected items out of `items` (the sequence the slice was
    /// resolved against), touching only those items.
    pub fn pick<T: Clone>(&self, items: &[T]) -> Vec<T> {
        if self.count == 0 {
            return Vec::new();
        }
        if self.step == 1 {
            let start = self.start as usize;
            return items[start..start + self.count].to_vec();
        }
        self.positions().map(|p| items[p].clone()).collect()
    }
}

/// `slice(start, stop, step).indices(len)` plus the item count: Python's
/// slice semantics for `seq[start:stop:step]` (`None` = omitted).
///
/// Fails with CPython's ValueError message `slice step cannot be zero`.
pub fn normalize_slice(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<SliceIndices, String> {
    let len = len as i64;
    // CPython clamps the step to -PY_SSIZE_T_MAX so that -step cannot
    // overflow.
    let step = step.unwrap_or(1).max(-i64::MAX);
    if step == 0 {
        return Err("slice step cannot be zero".to_string());
    }
    let back = step < 0;
    let clamp = |v: Option<i64>, default_fwd: i64, default_back: i64| -> i64 {
        match v {
            None => {
                if back {
                    default_back
                } else {
                    default_fwd
                }
            }
            Some(v) if v < 0 => {
                let v = v.saturating_add(len);
                if v < 0 { if back { -1 } else { 0 } } else { v }
            }
            Some(v) if v >= len => {
                if back {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let start = clamp(start, 0, len - 1);
    let stop = clamp(stop, len, -1);
    let count = if back {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices { start, stop, step, count: count as usize })
}

/// `seq[i]`: the position for index `i` (negative counts from the end), or
/// `None` when out of range (the caller raises IndexError with its own
/// message, e.g. `string index out of range`).
pub fn normalize_index(len: usize, i: i64) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i.checked_add(len)? } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// The `start`/`end` arguments of `str.find`, `count`, `startswith`, ...
/// resolved against `len` (CPython's `ADJUST_INDICES`): negative values
/// count from the end, then both are clamped to `0..=len`-ish. Note that
/// `start` may exceed `end` or `len`; callers treat that as "no room".
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(i64::MAX);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}
