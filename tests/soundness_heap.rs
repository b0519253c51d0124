//! Tests of the unsafe core (`src/model/heap.rs`, the refcount kinds and
//! cells of `src/model/`) written to run under miri as well as natively:
//!
//! ```text
//! cargo +nightly miri test --test soundness_heap
//! ```
//!
//! miri checks each for undefined behaviour (use after free, double free,
//! aliasing violations, data races between the threads) and for leaks
//! (every object here must be freed, so counts that never reach zero fail
//! too). Sizes shrink under `cfg(miri)`, which interprets ~1000x slower.
//! See docs/robustness.md.

use minipy::model::heap::{SendPtr, take_thread_alloc_counts};
use minipy::model::models::{FreeThreaded, Gil};
use minipy::model::{Model, ObjCell};
use minipy::object::{ObjKind, ObjRef, Value};

/// Chain length past the deferred-free threshold (64) of `heap::free`.
const DEEP: usize = if cfg!(miri) { 300 } else { 100_000 };
const THREAD_ROUNDS: usize = if cfg!(miri) { 50 } else { 20_000 };

fn list<M: Model>(items: Vec<Value<M>>) -> ObjRef<M> {
    ObjRef::new(ObjKind::List(M::Cell::new(items)))
}

fn as_obj<M: Model>(v: &Value<M>) -> &ObjRef<M> {
    match v {
        Value::Obj(o) => o,
        _ => panic!("not an object"),
    }
}

#[test]
fn clone_and_drop_keep_the_count_and_free_exactly_once() {
    take_thread_alloc_counts();
    let a = list::<Gil>(vec![Value::Int(1), Value::str("x")]);
    assert_eq!(a.refcount(), 1);
    let b = a.clone();
    let c = b.clone();
    assert_eq!(a.refcount(), 3);
    assert!(ObjRef::ptr_eq(&a, &c));
    drop(b);
    drop(a);
    assert_eq!(c.refcount(), 1);
    drop(c);
    let counts = take_thread_alloc_counts();
    // The list and its string item.
    assert_eq!((counts.allocated, counts.freed), (2, 2), "{counts:?}");
}

fn deep_chain_is_freed_without_recursion<M: Model>() {
    take_thread_alloc_counts();
    let mut head = list::<M>(vec![]);
    for _ in 0..DEEP {
        head = list::<M>(vec![Value::Obj(head)]);
    }
    // Keep an inner link alive past the head: freeing must stop there.
    let inner = {
        let mut cur = head.clone();
        for _ in 0..DEEP / 2 {
            let next = cur.kind_list_first();
            cur = next;
        }
        cur
    };
    drop(head);
    let mid = take_thread_alloc_counts();
    assert_eq!(mid.freed as usize, DEEP / 2, "{mid:?}");
    assert_eq!(inner.refcount(), 1);
    drop(inner);
    let end = take_thread_alloc_counts();
    assert_eq!((mid.freed + end.freed) as usize, DEEP + 1, "{end:?}");
}

/// The first item of a list object.
trait FirstItem<M: Model> {
    fn kind_list_first(&self) -> ObjRef<M>;
}

impl<M: Model> FirstItem<M> for ObjRef<M> {
    fn kind_list_first(&self) -> ObjRef<M> {
        match &self.kind {
            ObjKind::List(items) => items.with(|v| as_obj(&v[0]).clone()),
            _ => panic!("not a list"),
        }
    }
}

#[test]
fn a_deep_chain_is_freed_iteratively_gil() {
    deep_chain_is_freed_without_recursion::<Gil>();
}

#[test]
fn a_deep_chain_is_freed_iteratively_free_threaded() {
    deep_chain_is_freed_without_recursion::<FreeThreaded>();
}

#[test]
fn re_entrant_access_to_an_unlocked_cell_panics_instead_of_aliasing() {
    let outer = list::<Gil>(vec![Value::Int(1)]);
    let same = outer.clone();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if let ObjKind::List(cell) = &outer.kind {
            cell.with(|_first_borrow| {
                if let ObjKind::List(again) = &same.kind {
                    again.with(|_second_borrow| ());
                }
            });
        }
    }));
    assert!(caught.is_err(), "a second &mut to the same contents was handed out");
    // The guard was reset by the unwind: the cell works again.
    if let ObjKind::List(cell) = &outer.kind {
        assert_eq!(cell.with(|v| v.len()), 1);
    }
}

#[test]
fn a_panicking_destructor_leaves_frees_working() {
    // Dropping inside `with` is allowed (contents are owned by the cell):
    // replace the contents while other references exist.
    let a = list::<Gil>(vec![]);
    let b = list::<Gil>(vec![Value::Obj(a.clone())]);
    if let ObjKind::List(cell) = &b.kind {
        cell.with(|v| v.clear());
    }
    assert_eq!(a.refcount(), 1);
    drop((a, b));
}

/// Immortal objects live until the process ends: kept reachable here so
/// miri's leak check sees them as live, as the interpreter's are.
static IMMORTALS: std::sync::Mutex<Vec<SendPtr<ObjRef<FreeThreaded>>>> = std::sync::Mutex::new(Vec::new());

#[test]
fn immortal_objects_are_never_counted_or_freed() {
    let a = list::<FreeThreaded>(vec![]);
    a.make_immortal();
    let before = a.refcount();
    let b = a.clone();
    drop(b);
    assert_eq!(a.refcount(), before);
    assert!(a.is_immortal());
    IMMORTALS.lock().expect("lock").push(SendPtr::new::<FreeThreaded>(a));
}

/// Threads clone and drop references to shared objects in parallel; the
/// last drop frees. Under miri this checks the atomic count's orderings
/// (a free racing a late read would be a data race it reports).
#[test]
fn free_threaded_objects_shared_by_threads_are_freed_once() {
    let shared = list::<FreeThreaded>(vec![Value::Int(7), Value::str("payload")]);
    let mut handles = Vec::new();
    for t in 0..3 {
        let mine = SendPtr::new::<FreeThreaded>(shared.clone());
        handles.push(std::thread::spawn(move || {
            let obj = mine.into_inner();
            for i in 0..THREAD_ROUNDS {
                let extra = obj.clone();
                if let ObjKind::List(cell) = &extra.kind {
                    // Contents change under the object's lock.
                    cell.with(|v| {
                        if i % 2 == t % 2 {
                            v.push(Value::Int(i as i64));
                        } else {
                            v.truncate(2);
                        }
                    });
                }
                drop(extra);
            }
            // The thread's last reference goes with it.
            SendPtr::new::<FreeThreaded>(())
        }));
    }
    for h in handles {
        h.join().expect("thread");
    }
    assert_eq!(shared.refcount(), 1);
    drop(shared);
}

/// The value stack's word-by-word moves (`ValueStack`, `swap_in_words`,
/// `WordSlot`) move values: each object keeps one count per holder and is
/// freed exactly once, and every variant comes back as it went in.
#[test]
fn values_moved_in_words_keep_their_counts_and_contents() {
    use minipy::model::heap::{ValueStack, WordSlot, swap_in_words};
    take_thread_alloc_counts();
    let obj = list::<Gil>(vec![]);
    let mut stack: Vec<Value<Gil>> = Vec::new();
    for round in 0..3 {
        stack.push_value(Value::None);
        stack.push_value(Value::Bool(true));
        stack.push_value(Value::Int(-7 - round));
        stack.push_value(Value::Float(2.5));
        stack.push_value(Value::Obj(obj.clone()));
    }
    assert_eq!(obj.refcount(), 4);
    let top = stack.split_off_values(10);
    assert_eq!(stack.len(), 10);
    assert!(matches!(top.as_slice(), [Value::None, Value::Bool(true), Value::Int(-9), Value::Float(x), Value::Obj(o)]
        if *x == 2.5 && ObjRef::ptr_eq(o, &obj)));
    let mut other = vec![Value::Int(1)];
    swap_in_words(&mut stack, &mut other);
    assert_eq!((stack.len(), other.len()), (1, 10));
    assert!(matches!(other.pop_value(), Some(Value::Obj(o)) if ObjRef::ptr_eq(&o, &obj)));
    assert!(matches!(other.pop_value(), Some(Value::Float(x)) if x == 2.5));
    assert!(matches!(stack.pop_value(), Some(Value::Int(1))));
    assert!(stack.pop_value().is_none());
    assert_eq!(obj.refcount(), 3);

    let mut slot = WordSlot::default();
    slot.put(Ok::<Value<Gil>, ()>(Value::Obj(obj.clone())));
    // A second put drops the first value.
    slot.put(Ok(Value::Obj(obj.clone())));
    assert_eq!(obj.refcount(), 4);
    assert!(matches!(slot.take(), Some(Ok(Value::Obj(o))) if ObjRef::ptr_eq(&o, &obj)));
    assert!(slot.take().is_none());
    slot.put(Ok(Value::Obj(obj.clone())));
    drop(slot);
    drop((top, other));
    assert_eq!(obj.refcount(), 1);
    drop(obj);
    let counts = take_thread_alloc_counts();
    assert_eq!((counts.allocated, counts.freed), (1, 1), "{counts:?}");
}
