//! Fuzz target `call_builtins`: see `minipy::sandbox::targets::call_builtins`. A crash here
//! goes to `fuzz/regressions/call_builtins/`, which `tests/fuzz_regressions.rs` replays.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(bug) = minipy::sandbox::targets::call_builtins(data) {
        panic!("minipy bug: {bug}");
    }
});
