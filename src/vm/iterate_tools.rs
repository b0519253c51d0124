//! Advancing `itertools.chain` and `itertools.islice`: their state lives in
//! the iterator's cell ([`IterState::Chain`], [`IterState::ISlice`]) and
//! each step may run Python code (the inner iterators), so the state is
//! read, the inner iterator advanced outside the cell, and the result
//! written back, as `Vm::next` does for `zip` and `map`.

use crate::model::{Model, ObjCell};
use crate::object::{IterState, PyResult, Value};
use crate::vm::Vm;

type Cell<M> = <M as Model>::Cell<IterState<M>>;

impl<M: Model> Vm<M> {
    /// The next item of the current iterable, moving on to the next
    /// iterable whenever one runs out.
    pub(super) fn next_chain(&mut self, cell: &Cell<M>) -> PyResult<Option<Value<M>>, M> {
        loop {
            let (sources, current) = cell.with(|s| match s {
                IterState::Chain { sources, current } => (sources.clone(), current.clone()),
                _ => (None, None),
            });
            if let Some(current) = current {
                if let Some(v) = self.next(&current)? {
                    return Ok(Some(v));
                }
                cell.with(|s| {
                    if let IterState::Chain { current, .. } = s {
                        *current = None;
                    }
                });
            }
            let Some(sources) = sources else { return Ok(None) };
            let Some(iterable) = self.next(&sources)? else {
                cell.with(|s| {
                    if let IterState::Chain { sources, .. } = s {
                        *sources = None;
                    }
                });
                return Ok(None);
            };
            let it = self.get_iter(&iterable)?;
            cell.with(|s| {
                if let IterState::Chain { current, .. } = s {
                    *current = Some(it);
                }
            });
        }
    }

    /// CPython's `islice_next`: skip up to the next wanted index, stop at
    /// `stop`, and never consume an item beyond what is returned.
    pub(super) fn next_islice(&mut self, cell: &Cell<M>) -> PyResult<Option<Value<M>>, M> {
        let state = cell.with(|s| match s {
            IterState::ISlice { inner: Some(inner), taken, next, stop, step } => {
                Some((inner.clone(), *taken, *next, *stop, *step))
            }
            _ => None,
        });
        let Some((inner, mut taken, next, stop, step)) = state else { return Ok(None) };
        let store = |taken: usize, upcoming: usize, done: bool| {
            cell.with(|s| {
                if let IterState::ISlice { inner, taken: t, next, .. } = s {
                    *t = taken;
                    *next = upcoming;
                    if done {
                        *inner = None;
                    }
                }
            })
        };
        while taken < next {
            if self.next(&inner)?.is_none() {
                store(taken, next, true);
                return Ok(None);
            }
            taken += 1;
            store(taken, next, false);
        }
        if stop.is_some_and(|stop| taken >= stop) {
            store(taken, next, true);
            return Ok(None);
        }
        let Some(item) = self.next(&inner)? else {
            store(taken, next, true);
            return Ok(None);
        };
        let mut upcoming = next.saturating_add(step);
        if let Some(stop) = stop
            && upcoming > stop
        {
            upcoming = stop;
        }
        store(taken + 1, upcoming, false);
        Ok(Some(item))
    }
}
