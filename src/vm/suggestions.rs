//! CPython 3.11's "Did you mean: 'value'?" after a mistyped name or
//! attribute (Python/suggestions.c): the closest candidate by an edit
//! distance where a case change costs half a move, among the function's
//! local names, then the globals, then the builtins (NameError), or
//! `dir(obj)` (AttributeError). Only errors the VM raised carry a hint,
//! and the suggestion appears only in the printed traceback, never in
//! `str(exc)`, as in CPython.

use super::Vm;
use crate::bytecode::Code;
use crate::model::{Model, ObjCell};
use crate::object::exception::Hint;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, Value};

/// More candidates than this and CPython does not look.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Longer names (after trimming a common prefix and suffix) never match.
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

impl<M: Model> Vm<M> {
    /// A NameError the VM raised in `code` (not yet through any frame)
    /// learns what it is a typo of, while the frame's names are at hand.
    pub(super) fn attach_name_suggestion(&mut self, err: &mut PyErr<M>, code: &Code, globals: &ObjRef<M>) {
        if err.lazy_type() != Some(ExcType::NameError) || !err.inner.traceback.is_empty() || err.inner.hint.is_some() {
            return;
        }
        let Some(name) = err.lazy_message().and_then(super::name_errors::undefined_name) else { return };
        let name = name.to_string();
        let key_strings = |dict: &ObjRef<M>| -> Vec<String> {
            dict_keys(dict).into_iter().filter_map(|k| k.as_str().map(str::to_string)).collect()
        };
        let found =
            best_match(&code.varnames, &name).or_else(|| best_match(&key_strings(globals), &name)).or_else(|| {
                // CPython's builtins module also holds the constants that are
                // keywords here.
                let mut builtins = key_strings(&self.interp.builtins);
                for constant in ["None", "Ellipsis", "NotImplemented", "False", "True"] {
                    if !builtins.iter().any(|b| b == constant) {
                        builtins.push(constant.to_string());
                    }
                }
                best_match(&builtins, &name)
            });
        if let Some(suggestion) = found {
            err.inner.hint = Some(Hint::Suggestion(suggestion));
        }
    }

    /// `. Did you mean: 'x'?` for a printed exception carrying a hint.
    pub(super) fn suggestion_suffix(&mut self, exc: &Value<M>) -> Option<String> {
        let Some(ObjKind::Instance(inst)) = exc.kind() else { return None };
        let hint = inst.exc.as_ref()?.with(|s| s.hint.clone())?;
        let suggestion = match hint {
            Hint::Suggestion(s) => s,
            Hint::Attribute(obj, name) => {
                let dir = super::eval::dict_get_str(&self.interp.builtins, "dir")?;
                let listed = self.call(&dir, &[obj], &[]).ok()?;
                let names: Vec<String> = match listed.kind() {
                    Some(ObjKind::List(l)) => {
                        l.with(|l| l.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                    }
                    _ => return None,
                };
                best_match(&names, &name)?
            }
        };
        Some(format!(". Did you mean: '{suggestion}'?"))
    }
}

fn dict_keys<M: Model>(dict: &ObjRef<M>) -> Vec<Value<M>> {
    match &dict.kind {
        ObjKind::Dict(d) => d.with(|d| d.keys()),
        _ => Vec::new(),
    }
}

/// CPython's `calculate_suggestions`: the first candidate at the smallest
/// distance, if it is within a third of the characters involved.
fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, distance)) = best {
            max_distance = max_distance.min(distance.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance over UTF-8 bytes, giving up (returning more than
/// `max_cost`) as soon as every path costs more.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &item) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, item);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"value", b"value", 10), 0);
        assert_eq!(levenshtein(b"Value", b"value", 10), CASE_COST);
        assert_eq!(levenshtein(b"valeu", b"value", 10), 2 * MOVE_COST);
        assert_eq!(levenshtein(b"lengt", b"lenght", 10), MOVE_COST);
        assert!(levenshtein(b"abc", b"xyzxyz", 3) > 3);
    }

    #[test]
    fn the_closest_candidate_wins_and_far_ones_are_ignored() {
        assert_eq!(best_match(&names(&["lenght", "other"]), "lengt").as_deref(), Some("lenght"));
        assert_eq!(best_match(&names(&["OrderedDict", "Counter"]), "OrderDict").as_deref(), Some("OrderedDict"));
        assert_eq!(best_match(&names(&["completely", "different"]), "x"), None);
        assert_eq!(best_match(&names(&["same"]), "same"), None);
        let many: Vec<String> = (0..MAX_CANDIDATE_ITEMS).map(|i| format!("name{i}")).collect();
        assert_eq!(best_match(&many, "name1x"), None);
    }
}
