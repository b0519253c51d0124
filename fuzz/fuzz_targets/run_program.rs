//! Fuzz target `run_program`: see `minipy::sandbox::targets::run_program`. A crash here
//! goes to `fuzz/regressions/run_program/`, which `tests/fuzz_regressions.rs` replays.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(bug) = minipy::sandbox::targets::run_program(data) {
        panic!("minipy bug: {bug}");
    }
});
