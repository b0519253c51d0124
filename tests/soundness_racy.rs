//! The racy-refcount lab under miri: its counts are wrong on purpose,
//! never undefined. Threads race plain load-then-store count updates on
//! shared objects; whatever updates are lost, an object freed too early is
//! quarantined (still valid memory), and later uses are reported, not
//! performed on freed memory.
//!
//! ```text
//! MIRIFLAGS=-Zmiri-ignore-leaks cargo +nightly miri test --test soundness_racy
//! ```
//!
//! Leaks are expected here (lost decrements leave counts above zero, and
//! quarantined objects are never released), so miri's leak check is off for
//! this file only; `tests/soundness_heap.rs` keeps it on. See
//! docs/robustness.md.

use minipy::model::heap::SendPtr;
use minipy::model::models::RacyRefcount;
use minipy::model::{Model, ObjCell};
use minipy::object::{ObjKind, ObjRef, Value};

const ROUNDS: usize = if cfg!(miri) { 40 } else { 50_000 };

type M = RacyRefcount;

fn list(items: Vec<Value<M>>) -> ObjRef<M> {
    ObjRef::new(ObjKind::List(<M as Model>::Cell::new(items)))
}

#[test]
fn racing_counts_are_wrong_but_never_undefined() {
    let inner = list(vec![Value::str("item")]);
    let shared = list(vec![Value::Obj(inner), Value::Int(1)]);
    let mut handles = Vec::new();
    for t in 0..3 {
        let mine = SendPtr::new::<M>(shared.clone());
        handles.push(std::thread::spawn(move || {
            let obj = mine.into_inner();
            for i in 0..ROUNDS {
                let a = obj.clone();
                let b = a.clone();
                if let ObjKind::List(cell) = &b.kind {
                    // Read an item out under the lock, as the VM does.
                    let first = cell.with(|v| v.first().cloned());
                    drop(first);
                    if (i + t) % 7 == 0 {
                        cell.with(|v| v.push(Value::Int(i as i64)));
                    }
                    if (i + t) % 11 == 0 {
                        cell.with(|v| v.truncate(2));
                    }
                }
                drop((a, b));
            }
            // Dropped here: the thread's reference (maybe after the others).
            drop(obj);
        }));
    }
    for h in handles {
        h.join().expect("a racing thread panicked");
    }
    // Reading the object is defined whatever its count says.
    if let ObjKind::List(cell) = &shared.kind {
        let n = cell.with(|v| v.len());
        assert!(n <= 2 + 3 * ROUNDS);
    }
    drop(shared);
}
