//! The cycle collector: frees groups of objects that refer to each other
//! but that nothing else refers to (CPython's algorithm, without
//! generations).
//!
//! Every container object is listed in its interpreter's registry
//! (`model::heap::GcRegistry`). A collection:
//! 1. takes a counted reference to every listed object, and starts each
//!    one's `gc_refs` at its reference count (less that reference);
//! 2. for every reference from a listed object to a listed object
//!    (`ObjKind::visit_refs`), decrements the target's `gc_refs`: what is
//!    left counts references from outside the listed objects (the VM's
//!    stacks, Rust code, untracked objects);
//! 3. marks what has `gc_refs > 0`, and everything reachable from it, as
//!    alive;
//! 4. the rest is garbage: weak references to it are cleared first (their
//!    callbacks queued, so none can reach a half-emptied object), then each
//!    object is emptied (`ObjKind::clear_for_gc`) and reference counting
//!    frees the lot once the collector lets go.
//!
//! It runs only where nothing else can touch the heap meanwhile: at an
//! eval-breaker check or in `gc.collect()` (no object's cell is borrowed
//! then), holding the GIL in `gil` mode, on the heap's only thread in
//! `process` mode, and in `free-threaded` mode only while no other thread
//! of the interpreter is alive. The racy-refcount lab tracks nothing: its
//! counts cannot tell garbage from live objects.
//!
//! A count that goes negative in step 2 would mean a kind reports a
//! reference it does not own: the collection is then abandoned, freeing
//! nothing, rather than risk freeing a live object.

use crate::model::Model;
use crate::object::{ObjKind, ObjRef};
use crate::runtime::kernel::ThreadState;

use super::Vm;

const NOT_LISTED: u32 = u32::MAX;

/// Why a collection did not run.
#[derive(Debug, PartialEq, Eq)]
pub enum Skipped {
    /// Another thread of the interpreter may be running (free-threaded).
    OtherThreads,
    /// This model does not collect cycles (racy-refcount).
    NotCollected,
}

impl<M: Model> Vm<M> {
    /// A collection became due at an eval-breaker check.
    #[cold]
    pub fn collect_due_garbage(&mut self) {
        if self.collect_garbage().is_err() {
            self.interp.gc.postpone();
        }
    }

    /// Collect unreachable cycles now; the number of unreachable objects
    /// found (as `gc.collect()` reports it).
    pub fn collect_garbage(&mut self) -> Result<usize, Skipped> {
        if !M::CYCLE_GC {
            return Err(Skipped::NotCollected);
        }
        if !M::HAS_GIL && self.other_threads_alive() {
            return Err(Skipped::OtherThreads);
        }
        let reg = self.interp.gc.clone();
        let objs: Vec<(u32, ObjRef<M>)> = reg.tracked::<M>();
        let mut found = find_garbage(&reg, &objs);
        if let Some(garbage) = &found
            && self.finalize_garbage(&objs, garbage)
        {
            // A finalizer may have made some of it reachable again.
            found = find_garbage(&reg, &objs);
        }
        let count = match found {
            Some(garbage) => {
                let count = reported_count(&reg, &objs, &garbage);
                free_garbage(&objs, &garbage);
                count
            }
            None => 0,
        };
        drop(objs);
        reg.collected();
        Ok(count)
    }

    /// Call `__del__` on the unreachable instances that have one, before
    /// anything is emptied (PEP 442); whether any ran. Their release is
    /// left to the emptying that follows, so the queue is not used.
    fn finalize_garbage(&mut self, objs: &[(u32, ObjRef<M>)], garbage: &[usize]) -> bool {
        let due: Vec<ObjRef<M>> =
            garbage.iter().map(|&i| &objs[i].1).filter(|o| o.kind.claim_finalizer()).cloned().collect();
        let any = !due.is_empty();
        for obj in due {
            // Printed and ignored inside; a termination signal is seen
            // again at the next check.
            let _ = self.call_finalizer(obj, None);
        }
        any
    }

    fn other_threads_alive(&self) -> bool {
        self.interp.threads.lock().iter().any(|(h, _)| !h.isolated && !matches!(h.state(), ThreadState::Done(_)))
    }
}

/// Positions (in `objs`) of the unreachable objects, or `None` when the
/// counts do not add up (see the module docs).
fn find_garbage<M: Model>(reg: &crate::model::heap::GcRegistry, objs: &[(u32, ObjRef<M>)]) -> Option<Vec<usize>> {
    let mut pos = vec![NOT_LISTED; reg.capacity()];
    for (i, (slot, _)) in objs.iter().enumerate() {
        pos[*slot as usize] = i as u32;
    }
    let position = |o: &ObjRef<M>| -> Option<usize> {
        let slot = reg.slot_of::<M>(o)? as usize;
        match pos.get(slot) {
            Some(&p) if p != NOT_LISTED => Some(p as usize),
            _ => None,
        }
    };
    // Step 1: counts, less the collector's own reference. Immortal objects
    // are alive by definition.
    let mut gc_refs: Vec<i64> =
        objs.iter().map(|(_, o)| if o.is_immortal() { i64::MAX } else { o.refcount() as i64 - 1 }).collect();
    // Step 2: subtract the references between listed objects.
    for (_, o) in objs {
        o.kind.visit_refs(&mut |child| {
            if let Some(p) = position(child) {
                gc_refs[p] -= 1;
            }
        });
    }
    if gc_refs.iter().any(|&r| r < 0) {
        return None;
    }
    // Step 3: what outside references reach, directly or not, is alive.
    let mut alive: Vec<bool> = gc_refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        objs[i].1.kind.visit_refs(&mut |child| {
            if let Some(p) = position(child)
                && !alive[p]
            {
                alive[p] = true;
                stack.push(p);
            }
        });
    }
    Some((0..objs.len()).filter(|&i| !alive[i]).collect())
}

/// What `gc.collect()` reports: the garbage, less the attribute dicts of
/// garbage instances (CPython 3.11 keeps an instance's attributes inside
/// it until its `__dict__` is asked for, so it counts one object per
/// instance where minipy has two).
fn reported_count<M: Model>(
    reg: &crate::model::heap::GcRegistry,
    objs: &[(u32, ObjRef<M>)],
    garbage: &[usize],
) -> usize {
    let garbage_slots: std::collections::HashSet<u32> = garbage.iter().map(|&i| objs[i].0).collect();
    let inner_dicts = garbage
        .iter()
        .filter(|&&i| match &objs[i].1.kind {
            ObjKind::Instance(inst) => {
                let d = inst.dict_obj();
                reg.slot_of::<M>(&d).is_some_and(|s| garbage_slots.contains(&s))
            }
            _ => false,
        })
        .count();
    garbage.len() - inner_dicts
}

/// Step 4: clear weak references to the garbage, then empty it.
fn free_garbage<M: Model>(objs: &[(u32, ObjRef<M>)], garbage: &[usize]) {
    for &i in garbage {
        let o = &objs[i].1;
        crate::model::weak::detach(&o.kind, o.addr());
    }
    let mut frames = Vec::new();
    let mut contents = Vec::new();
    for &i in garbage {
        contents.push(objs[i].1.kind.clear_for_gc(&mut frames));
    }
    // Dropped only now: nothing was freed while objects were being emptied.
    drop(contents);
    drop(frames);
}
