//! Running untrusted source from Rust, with limits: what the fuzz targets
//! (`fuzz/`) and the tests replaying their findings (`tests/fuzz_regressions.rs`)
//! call.
//!
//! A sandboxed run:
//! * stops after an instruction budget (every thread unwinds as if killed,
//!   see `vm::INTERRUPT_BUDGET`), so `while True: pass` ends;
//! * imports only modules that touch nothing outside the interpreter and
//!   start no threads (`modules::registry::sandbox_registry`), and has no
//!   `open`, `input`, `breakpoint` or `help`, and leaves the library's
//!   bytecode cache alone: a fuzzer must not write files or wait for a
//!   terminal;
//! * captures what the program prints (up to [`OUTPUT_LIMIT`] bytes);
//! * reports how many Rust panics were contained meanwhile: any is a bug,
//!   even one the program caught as `SystemError`.
//!
//! Native work inside one instruction (`sorted(range(10**8))`) is not
//! budgeted; the fuzzers bound it with their per-input timeout.

pub mod calls;

use std::io::Write;
use std::sync::Arc;

use crate::diagnostics::{SourceFile, render_syntax_error};
use crate::model::Model;
use crate::runner::{self, InterpSetup, MainInterp, Mode, RunOptions};
use crate::runtime::panics;
use crate::vm::Output;

/// Bytes of program output kept; the rest is dropped.
pub const OUTPUT_LIMIT: usize = 1 << 20;

/// Builtins a sandboxed program does not get.
const REMOVED_BUILTINS: &[&str] = &["open", "input", "breakpoint", "help"];

/// How a sandboxed run ended.
#[derive(Debug)]
pub struct SandboxOutcome {
    /// The exit code `minipy run` would give (`-24` when the budget ran out).
    pub exit: i32,
    /// What the program printed (truncated to [`OUTPUT_LIMIT`]).
    pub stdout: String,
    /// Rust panics contained during the run: each one is a minipy bug.
    pub contained_panics: u64,
}

/// The exit code of a run stopped by its instruction budget.
pub const BUDGET_EXIT: i32 = -(crate::vm::INTERRUPT_BUDGET as i32);

/// Tokenize then parse `text`. A syntax error is a fine answer; only a
/// panic (which reaches the caller) is a bug.
pub fn lex_and_parse(text: &str) {
    let _ = crate::lexer::tokenize(text);
    let _ = crate::parser::parse_str(text);
}

/// Parse and compile `text`, rendering any syntax error as `minipy run`
/// would (the renderer indexes into the source, so it is exercised too).
pub fn compile(text: &str) -> Result<Arc<crate::bytecode::Code>, String> {
    let src = Arc::new(SourceFile::new("<fuzz>", text));
    let module = crate::parser::parse(&src).map_err(|e| render_syntax_error(&e, &src))?;
    crate::compiler::compile(&module, src.clone()).map_err(|e| render_syntax_error(&e, &src))
}

/// Compile and run `text` in `mode` with at most about `budget`
/// instructions. `Err` is a syntax error (rendered) or a panic that
/// escaped every Python frame (a bug).
pub fn run_with_budget(mode: Mode, text: &str, budget: u64) -> Result<SandboxOutcome, String> {
    // Library modules it imports are compiled, not read from or written to
    // the bytecode cache: a sandboxed run touches no file.
    crate::bytecode::disk_cache::turn_off();
    let text = text.to_string();
    let code = runner::on_big_stack_contained(move || compile(&text)).map_err(internal)??;
    let before = panics::contained_panics();
    let task = SandboxRun { code, budget };
    let (exit, stdout) = runner::on_big_stack_contained(move || match mode {
        Mode::Gil => task.run::<crate::model::models::Gil>(),
        Mode::FreeThreaded => task.run::<crate::model::models::FreeThreaded>(),
        Mode::Process => task.run::<crate::model::models::Process>(),
        Mode::RacyRefcount => task.run::<crate::model::models::RacyRefcount>(),
    })
    .map_err(internal)?;
    Ok(SandboxOutcome { exit, stdout, contained_panics: panics::contained_panics() - before })
}

fn internal(message: String) -> String {
    format!("{}{message}", panics::INTERNAL_ERROR_PREFIX)
}

struct SandboxRun {
    code: Arc<crate::bytecode::Code>,
    budget: u64,
}

impl SandboxRun {
    fn run<M: Model>(self) -> (i32, String) {
        let captured = Captured::default();
        let out = Arc::new(Output { out: parking_lot::Mutex::new(Box::new(captured.clone())) });
        let setup = InterpSetup {
            registry: crate::modules::registry::sandbox_registry::<M>(),
            instruction_budget: Some(self.budget),
        };
        let opts = RunOptions::new(Mode::Gil);
        let mut main = MainInterp::<M>::start_with(Some("<fuzz>"), &opts, out, setup);
        for name in REMOVED_BUILTINS {
            drop(crate::vm::eval::dict_del_str(&main.vm.interp.builtins, name));
        }
        let exit = match main.run(&self.code) {
            Ok(_) => 0,
            Err(e) => runner::report_uncaught(&mut main.vm, e),
        };
        let exit = main.finish(exit);
        let text = String::from_utf8_lossy(&captured.0.lock()).into_owned();
        (exit, text)
    }
}

/// Program output kept in memory, up to [`OUTPUT_LIMIT`] bytes.
#[derive(Clone, Default)]
struct Captured(Arc<parking_lot::Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut kept = self.0.lock();
        let room = OUTPUT_LIMIT.saturating_sub(kept.len());
        kept.extend_from_slice(&buf[..buf.len().min(room)]);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Instructions a fuzzed program may run: enough for real work, small
/// enough that a fuzzer runs thousands of inputs a second.
pub const FUZZ_BUDGET: u64 = 200_000;

/// The fuzz targets' entry points, one per target in `fuzz/fuzz_targets/`.
/// Each returns `Err` for a minipy bug (a panic, contained or not); the
/// fuzz target turns that into a crash, the regression test into a failure.
pub mod targets {
    use super::{FUZZ_BUDGET, Mode, SandboxOutcome};

    fn as_text(data: &[u8]) -> Option<&str> {
        std::str::from_utf8(data).ok()
    }

    fn check(outcome: Result<SandboxOutcome, String>) -> Result<(), String> {
        match outcome {
            Ok(o) if o.contained_panics > 0 => {
                Err(format!("{} contained panic(s); exit {}; output:\n{}", o.contained_panics, o.exit, o.stdout))
            }
            Ok(_) => Ok(()),
            // A syntax error is a normal answer.
            Err(e) if !e.starts_with(crate::runtime::panics::INTERNAL_ERROR_PREFIX) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// `lexer_parser`: any text through the lexer and the parser.
    pub fn lexer_parser(data: &[u8]) -> Result<(), String> {
        if let Some(text) = as_text(data) {
            let text = text.to_string();
            crate::runner::on_big_stack_contained(move || super::lex_and_parse(&text))?;
        }
        Ok(())
    }

    /// `compiler`: any text parsed, compiled, syntax errors rendered.
    pub fn compiler(data: &[u8]) -> Result<(), String> {
        if let Some(text) = as_text(data) {
            let text = text.to_string();
            crate::runner::on_big_stack_contained(move || drop(super::compile(&text)))?;
        }
        Ok(())
    }

    /// `run_program`: the first byte picks the mode, the rest is the
    /// program, run with [`FUZZ_BUDGET`] instructions.
    pub fn run_program(data: &[u8]) -> Result<(), String> {
        let Some((&first, rest)) = data.split_first() else { return Ok(()) };
        let Some(text) = as_text(rest) else { return Ok(()) };
        let mode = Mode::ALL[first as usize % Mode::ALL.len()];
        check(super::run_with_budget(mode, text, FUZZ_BUDGET))
    }

    /// `call_builtins`: bytes decoded by [`super::calls::program`] into
    /// builtin and method calls, run in the gil and free-threaded modes.
    pub fn call_builtins(data: &[u8]) -> Result<(), String> {
        let Some((&first, rest)) = data.split_first() else { return Ok(()) };
        let mode = if first & 1 == 0 { Mode::Gil } else { Mode::FreeThreaded };
        let src = super::calls::program(rest);
        check(super::run_with_budget(mode, &src, FUZZ_BUDGET)).map_err(|e| format!("{e}\n--- program ---\n{src}"))
    }

    /// Every target by its name in `fuzz/fuzz_targets/` and `fuzz/regressions/`.
    /// A target's entry point: `Err` describes the bug an input hit.
    pub type Target = fn(&[u8]) -> Result<(), String>;

    pub const ALL: &[(&str, Target)] = &[
        ("lexer_parser", lexer_parser),
        ("compiler", compiler),
        ("run_program", run_program),
        ("call_builtins", call_builtins),
    ];
}
