//! Method resolution order: C3 linearisation of a new class's bases, with
//! CPython's errors for duplicate bases and inconsistent orders, and the
//! choice of the built-in layout a class's instances get.

use crate::model::Model;
use crate::object::class::{BuiltinType, Class};
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult};

fn class_of<M: Model>(c: &ObjRef<M>) -> &Class<M> {
    match &c.kind {
        ObjKind::Class(c) => c,
        _ => unreachable!("a base that is not a class"),
    }
}

fn class_name<M: Model>(c: &ObjRef<M>) -> &str {
    &class_of(c).name
}

/// The MRO of a class with these `bases` (already checked to be classes),
/// *excluding* the class itself.
pub fn linearize<M: Model>(bases: &[ObjRef<M>]) -> PyResult<Vec<ObjRef<M>>, M> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|p| ObjRef::ptr_eq(p, b)) {
            return Err(PyErr::type_error(format!("duplicate base class {}", class_name(b))));
        }
    }
    if let [only] = bases {
        // The common case: no merge needed.
        let mut mro = vec![only.clone()];
        mro.extend(class_of(only).mro.iter().cloned());
        return Ok(mro);
    }
    // The lists to merge: each base's own linearisation, then the bases.
    let mut lists: Vec<Vec<ObjRef<M>>> = bases
        .iter()
        .map(|b| {
            let mut l = vec![b.clone()];
            l.extend(class_of(b).mro.iter().cloned());
            l
        })
        .collect();
    lists.push(bases.to_vec());
    let mut heads = vec![0usize; lists.len()];
    let mut out = Vec::new();
    loop {
        let mut candidate = None;
        'search: for (i, l) in lists.iter().enumerate() {
            let Some(head) = l.get(heads[i]) else { continue };
            // A good head appears in no other list's tail.
            for (j, other) in lists.iter().enumerate() {
                if other[heads[j]..].iter().skip(1).any(|c| ObjRef::ptr_eq(c, head)) {
                    continue 'search;
                }
            }
            candidate = Some(head.clone());
            break;
        }
        match candidate {
            Some(c) => {
                for (i, l) in lists.iter().enumerate() {
                    if l.get(heads[i]).is_some_and(|h| ObjRef::ptr_eq(h, &c)) {
                        heads[i] += 1;
                    }
                }
                out.push(c);
            }
            None if lists.iter().enumerate().all(|(i, l)| heads[i] >= l.len()) => return Ok(out),
            None => {
                // CPython names the heads still waiting, in order, once each.
                let mut waiting: Vec<&ObjRef<M>> = Vec::new();
                for (i, l) in lists.iter().enumerate() {
                    if let Some(h) = l.get(heads[i])
                        && !waiting.iter().any(|w| ObjRef::ptr_eq(w, h))
                    {
                        waiting.push(h);
                    }
                }
                let names: Vec<&str> = waiting.iter().map(|c| class_name(c)).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// The built-in layout and exception type instances of a class with these
/// bases get: that of the most derived built-in base, which the others must
/// share (CPython's "instance lay-out conflict").
pub fn layout<M: Model>(bases: &[ObjRef<M>]) -> PyResult<(BuiltinType, Option<ExcType>), M> {
    let mut builtin = BuiltinType::Object;
    let mut exc: Option<ExcType> = None;
    for b in bases {
        let c = class_of(b);
        if c.builtin != BuiltinType::Object {
            if builtin != BuiltinType::Object && builtin != c.builtin {
                return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
            }
            builtin = c.builtin;
        }
        // Exceptions all share BaseException's layout: the first one in
        // the MRO decides which built-in exception the class derives from.
        if exc.is_none() {
            exc = c.exc;
        }
    }
    Ok((builtin, exc))
}
