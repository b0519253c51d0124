//! The sizes every operation moves and allocates: growing them is a
//! performance decision, not an accident. (The library crate's own unit
//! tests do not run under `cargo test`, so the pins live here.)

use minipy::model::heap::PyObject;
use minipy::model::models::{FreeThreaded, Gil, Process, RacyRefcount};
use minipy::object::Value;

#[test]
fn a_value_is_two_words() {
    assert_eq!(std::mem::size_of::<Value<Gil>>(), 16);
    assert_eq!(std::mem::size_of::<Value<FreeThreaded>>(), 16);
    assert_eq!(std::mem::size_of::<Value<Process>>(), 16);
    assert_eq!(std::mem::size_of::<Value<RacyRefcount>>(), 16);
}

#[test]
fn heap_objects_keep_their_pinned_size() {
    // The refcount, the cycle collector's registry slot, and the largest
    // kinds (dict and set tables, functions);
    // classes are boxed so that every instance does not pay for them.
    assert_eq!(std::mem::size_of::<PyObject<Gil>>(), 112);
    assert_eq!(std::mem::size_of::<PyObject<FreeThreaded>>(), 112);
}
