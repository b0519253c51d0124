//! Fuzz target `compiler`: see `minipy::sandbox::targets::compiler`. A crash here
//! goes to `fuzz/regressions/compiler/`, which `tests/fuzz_regressions.rs` replays.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(bug) = minipy::sandbox::targets::compiler(data) {
        panic!("minipy bug: {bug}");
    }
});
