//! Fuzz target `lexer_parser`: see `minipy::sandbox::targets::lexer_parser`. A crash here
//! goes to `fuzz/regressions/lexer_parser/`, which `tests/fuzz_regressions.rs` replays.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(bug) = minipy::sandbox::targets::lexer_parser(data) {
        panic!("minipy bug: {bug}");
    }
});
