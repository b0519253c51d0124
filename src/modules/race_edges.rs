//! Happens-before edges for `--race`: the native synchronisation calls of
//! `_minipy_thread` and `_minipy_mp`, wrapped so that a release-like call
//! publishes the caller's clock on the object and an acquire-like call that
//! succeeded takes it. When `--race` is off each wrapper is one branch.

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{PyResult, Value};
use crate::race;
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

/// The sync object's identity: the address of its Python-level handle.
fn key<M: Model>(args: &Args<'_, M>) -> usize {
    args.pos.first().map(|v| v.id() as usize).unwrap_or(0)
}

/// A call after which the caller holds what the last releaser published
/// (it returned `True`, or, for `get`-like calls, anything).
macro_rules! acquire_edge {
    ($name:ident = $inner:path, $ok:pat) => {
        pub fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
            if !race::on() {
                return $inner(vm, args);
            }
            let k = key(&args);
            let r = $inner(vm, args);
            #[allow(clippy::redundant_pattern_matching)]
            let took = matches!(r, $ok);
            if took {
                race::acquire(k);
            }
            r
        }
    };
}

/// A call that publishes everything the caller did so far.
macro_rules! release_edge {
    ($name:ident = $inner:path) => {
        pub fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
            if race::on() {
                race::release(key(&args));
            }
            $inner(vm, args)
        }
    };
}

/// Both: a barrier publishes on arrival and takes everyone's on leaving.
macro_rules! both_edges {
    ($name:ident = $inner:path) => {
        pub fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
            if !race::on() {
                return $inner(vm, args);
            }
            let k = key(&args);
            race::release(k);
            let r = $inner(vm, args);
            if r.is_ok() {
                race::acquire(k);
            }
            r
        }
    };
}

use super::mp_shared as mp;
use super::thread as th;

acquire_edge!(lock_acquire = th::lock_acquire, Ok(Value::Bool(true)));
release_edge!(lock_release = th::lock_release);
acquire_edge!(rlock_acquire = th::rlock_acquire, Ok(Value::Bool(true)));
release_edge!(rlock_release = th::rlock_release);
release_edge!(event_set = th::event_set);
acquire_edge!(event_wait = th::event_wait, Ok(Value::Bool(true)));
release_edge!(queue_put = th::queue_put);
acquire_edge!(queue_get = th::queue_get, Ok(_));
release_edge!(queue_task_done = th::queue_task_done);
acquire_edge!(queue_join = th::queue_join, Ok(_));
acquire_edge!(sem_acquire = mp::sem_acquire, Ok(Value::Bool(true)));
release_edge!(sem_release = mp::sem_release);
both_edges!(barrier_wait = mp::barrier_wait);
