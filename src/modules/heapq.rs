//! `_heapq`: the heap operations, native as in CPython (`lib/heapq.py`
//! re-exports them and keeps `merge`/`nlargest`/`nsmallest` in Python).
//!
//! The sift loops are CPython's (`Modules/_heapqmodule.c`): the same `<`
//! comparisons in the same order, items swapped as the C code swaps them,
//! and "list changed size during iteration" when a comparison resizes the
//! heap. Items are read and written under the list's own lock; comparisons
//! run outside it, since they may call Python code.

use super::builtins_util::R;
use crate::model::{Model, ObjCell};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    super::registry::add_functions(vm, module, fns)
}

/// Which way the heap is ordered: `Min` keeps the smallest item on top.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// A heap argument: a list (or list subclass) whose items the sift loops
/// read and write in place.
struct Heap<'a, M: Model> {
    cell: &'a M::Cell<Vec<Value<M>>>,
}

impl<'a, M: Model> Heap<'a, M> {
    /// CPython's `heappush() argument 1 must be list, not int`.
    fn of(v: &'a Value<M>, fname: &str, which: &str) -> PyResult<Heap<'a, M>, M> {
        // A list subclass's items live in its payload list (CPython's C
        // code also works on the list itself, past any overrides).
        match v.builtin_kind() {
            Some(ObjKind::List(cell)) => Ok(Heap { cell }),
            _ => Err(PyErr::type_error(format!("{fname}() {which} must be list, not {}", v.type_name()))),
        }
    }

    fn len(&self) -> usize {
        self.cell.with(|l| l.len())
    }

    fn get(&self, i: usize) -> Value<M> {
        self.cell.with(|l| l.get(i).cloned().unwrap_or(Value::None))
    }

    fn swap(&self, i: usize, j: usize) {
        self.cell.with(|l| {
            if i < l.len() && j < l.len() {
                l.swap(i, j)
            }
        });
    }

    fn check_size(&self, size: usize) -> PyResult<(), M> {
        if self.len() != size {
            return Err(PyErr::new(ExcType::RuntimeError, "list changed size during iteration"));
        }
        Ok(())
    }

    /// `a` sorts before `b` in this heap's order.
    fn before(vm: &mut Vm<M>, order: Order, a: &Value<M>, b: &Value<M>) -> PyResult<bool, M> {
        match order {
            Order::Min => vm.lt(a, b),
            Order::Max => vm.lt(b, a),
        }
    }

    /// Moves the item at `pos` up towards `start` while it sorts before its
    /// parent.
    fn sift_down(&self, vm: &mut Vm<M>, order: Order, start: usize, mut pos: usize) -> PyResult<(), M> {
        let size = self.len();
        if pos >= size {
            return Err(PyErr::index_error("index out of range"));
        }
        while pos > start {
            let parent_pos = (pos - 1) >> 1;
            let (item, parent) = (self.get(pos), self.get(parent_pos));
            let moves_up = Self::before(vm, order, &item, &parent)?;
            self.check_size(size)?;
            if !moves_up {
                break;
            }
            self.swap(parent_pos, pos);
            pos = parent_pos;
        }
        Ok(())
    }

    /// Bubbles the smaller child up from `pos` to a leaf, then sifts the
    /// item there back down into place.
    fn sift_up(&self, vm: &mut Vm<M>, order: Order, mut pos: usize) -> PyResult<(), M> {
        let end = self.len();
        let start = pos;
        if pos >= end {
            return Err(PyErr::index_error("index out of range"));
        }
        let limit = end >> 1;
        while pos < limit {
            let mut child = 2 * pos + 1;
            if child + 1 < end {
                let (left, right) = (self.get(child), self.get(child + 1));
                let left_first = Self::before(vm, order, &left, &right)?;
                self.check_size(end)?;
                if !left_first {
                    child += 1;
                }
            }
            self.swap(child, pos);
            pos = child;
        }
        self.sift_down(vm, order, start, pos)
    }

    fn pop(&self, vm: &mut Vm<M>, order: Order) -> R<M> {
        let Some(last) = self.cell.with(|l| l.pop()) else {
            return Err(PyErr::index_error("index out of range"));
        };
        let Some(top) = self.cell.with(|l| l.first_mut().map(|first| std::mem::replace(first, last.clone()))) else {
            return Ok(last);
        };
        self.sift_up(vm, order, 0)?;
        Ok(top)
    }

    fn replace(&self, vm: &mut Vm<M>, order: Order, item: Value<M>) -> R<M> {
        let Some(top) = self.cell.with(|l| l.first_mut().map(|first| std::mem::replace(first, item))) else {
            return Err(PyErr::index_error("index out of range"));
        };
        self.sift_up(vm, order, 0)?;
        Ok(top)
    }

    fn heapify(&self, vm: &mut Vm<M>, order: Order) -> PyResult<(), M> {
        for i in (0..self.len() / 2).rev() {
            self.sift_up(vm, order, i)?;
        }
        Ok(())
    }
}

/// `(heap, item)`, with CPython's count message.
fn heap_and_item<'a, M: Model>(args: &'a Args<'_, M>, fname: &str) -> PyResult<(Heap<'a, M>, &'a Value<M>), M> {
    // CPython names the module in some of these messages and not others.
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("_heapq.{fname}() takes no keyword arguments")));
    }
    args.expect(fname, 2, 2)?;
    Ok((Heap::of(&args.pos[0], fname, "argument 1")?, &args.pos[1]))
}

fn heap_only<'a, M: Model>(args: &'a Args<'_, M>, fname: &str) -> PyResult<Heap<'a, M>, M> {
    args.expect(&format!("_heapq.{fname}"), 1, 1)?;
    Heap::of(&args.pos[0], fname, "argument")
}

fn heappush<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (heap, item) = heap_and_item(&args, "heappush")?;
    let last = heap.cell.with(|l| {
        l.push(item.clone());
        l.len() - 1
    });
    heap.sift_down(vm, Order::Min, 0, last)?;
    Ok(Value::None)
}

fn heappop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    heap_only(&args, "heappop")?.pop(vm, Order::Min)
}

fn heapreplace<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (heap, item) = heap_and_item(&args, "heapreplace")?;
    heap.replace(vm, Order::Min, item.clone())
}

fn heappushpop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (heap, item) = heap_and_item(&args, "heappushpop")?;
    if heap.len() == 0 {
        return Ok(item.clone());
    }
    let top = heap.get(0);
    if !vm.lt(&top, item)? {
        return Ok(item.clone());
    }
    heap.replace(vm, Order::Min, item.clone())
}

fn heapify<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    heap_only(&args, "heapify")?.heapify(vm, Order::Min)?;
    Ok(Value::None)
}

fn heappop_max<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    heap_only(&args, "_heappop_max")?.pop(vm, Order::Max)
}

fn heapreplace_max<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (heap, item) = heap_and_item(&args, "_heapreplace_max")?;
    heap.replace(vm, Order::Max, item.clone())
}

fn heapify_max<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    heap_only(&args, "_heapify_max")?.heapify(vm, Order::Max)?;
    Ok(Value::None)
}
