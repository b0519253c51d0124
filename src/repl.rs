//! The interactive interpreter (`minipy`, `minipy repl`), after CPython's.
//!
//! One interpreter of the chosen model lives for the whole session, on the
//! big-stack main interpreter thread ([`MainInterp`], shared with running a
//! file), so globals, imports and threads persist between inputs.
//!
//! Each input is the lines read since the last `>>> ` prompt. After every
//! line it is parsed ([`parse_interactive`]) to decide, as CPython's
//! `codeop` does, whether it is complete: open brackets and triple-quoted
//! strings ask for more lines; so does a compound statement (`if x:`,
//! `def f():` ...), until a blank line ends it. Complete input is compiled
//! in "single" mode, where an expression statement shows its `repr` and
//! binds `builtins._` (the PRINT_EXPR opcode), and runs in the `__main__`
//! globals. Errors print a traceback (`File "<stdin>", line N, in
//! <module>`, lines counted from the input's first) and the session goes on.
//!
//! Input comes from the terminal through `rustyline` (line editing,
//! history in `$HOME/.minipy_history`). When stdin is not a terminal, lines
//! are read from it as they come, with the banner and prompts on stderr
//! and results on stdout: exactly what `python3 -i < file` does, which
//! makes sessions scriptable and testable.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::ast::{Stmt, StmtKind};
use crate::bytecode::Code;
use crate::diagnostics::{STDIN_FILENAME, SourceFile, SyntaxError, render_syntax_error};
use crate::model::Model;
use crate::object::{ExcType, Value};
use crate::parser::{Interactive, parse_interactive};
use crate::runner::{MainInterp, PerModel, RunOptions, is_exc_type, on_model, report_uncaught};
use crate::vm::eval::dict_set_str;
use crate::vm::{INTERRUPT_KEYBOARD, INTERRUPT_NONE, Output};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Run the REPL until EOF or `exit()`; the process exit code.
pub fn run(opts: &RunOptions) -> i32 {
    on_model(opts.mode, Session { opts: opts.clone() })
}

struct Session {
    opts: RunOptions,
}

impl PerModel for Session {
    fn run<M: Model>(self) -> i32 {
        session::<M>(&self.opts)
    }
}

fn session<M: Model>(opts: &RunOptions) -> i32 {
    let mut reader = Reader::new();
    eprintln!(
        "minipy {} (mode: {}) \u{2014} type exit() or Ctrl-D to quit",
        env!("CARGO_PKG_VERSION"),
        opts.mode.name()
    );
    let mut main = MainInterp::<M>::start(None, opts, Arc::new(Output::line_buffered()));
    let mut lines: Vec<String> = Vec::new();
    let exit = loop {
        let prompt = if lines.is_empty() { PS1 } else { PS2 };
        main.vm.interp.out.flush();
        // Other threads run while this one waits for input.
        let input = main.vm.allow_threads("blocked: input (REPL prompt)", || reader.read(prompt));
        // Ctrl-C at the prompt: from the terminal it is a key rustyline
        // reports; with piped input it is a signal noticed once a line
        // arrives (or a late one that came just as code finished).
        let signalled = main
            .vm
            .interp
            .interrupt
            .compare_exchange(INTERRUPT_KEYBOARD, INTERRUPT_NONE, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        if signalled || matches!(input, Input::Interrupted) {
            if !reader.is_terminal() {
                eprintln!();
            }
            eprintln!("KeyboardInterrupt");
            lines.clear();
            continue;
        }
        let end = match input {
            Input::Line(line) => {
                reader.remember(&line);
                let end = if line.trim().is_empty() { End::BlankLine } else { End::Line };
                lines.push(line);
                end
            }
            Input::NotUtf8(message) => {
                eprint!("{message}");
                lines.clear();
                continue;
            }
            // Handled above.
            Input::Interrupted => continue,
            Input::Eof => {
                if !reader.is_terminal() {
                    eprintln!();
                }
                if lines.is_empty() {
                    break 0;
                }
                // Pending input ends here, as at a blank line; then the
                // next read sees EOF again and the session ends.
                End::Eof
            }
        };
        let mut text = lines.join("\n");
        text.push('\n');
        let step = classify(text, end);
        if !matches!(step, Step::More) {
            lines.clear();
        }
        match step {
            Step::More | Step::Nothing => {}
            Step::Error(rendered) => eprint!("{rendered}"),
            Step::Run(code) => {
                if let Err(e) = main.run(&code) {
                    if is_exc_type(&e, ExcType::SystemExit) {
                        break report_uncaught(&mut main.vm, e);
                    }
                    // The traceback; the session goes on (after Ctrl-C too).
                    report_uncaught(&mut main.vm, e);
                }
            }
        }
    };
    reader.save_history();
    // `_` lives in builtins, which outlive the teardown of `__main__`.
    drop(dict_set_str(&main.vm.interp.builtins, "_", Value::None));
    main.finish(exit)
}

/// How the last line read ended the input so far.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    /// A line with something on it.
    Line,
    /// An empty (or all-blank) line: it closes a compound statement.
    BlankLine,
    /// End of input: whatever is pending must be complete now.
    Eof,
}

enum Step {
    /// Read another line (`... `).
    More,
    /// Blank lines and comments: nothing to run.
    Nothing,
    /// A syntax error, rendered.
    Error(String),
    Run(Arc<Code>),
}

/// Decide what to do with the input read so far, CPython's `codeop` logic.
fn classify(text: String, end: End) -> Step {
    let parsed = parse_interactive(&text);
    let src = Arc::new(SourceFile::new(STDIN_FILENAME, text));
    let error = |e: SyntaxError| Step::Error(render_syntax_error(&e, &src));
    let module = match parsed {
        Interactive::Open(_) if end != End::Eof => return Step::More,
        Interactive::Eof(_) if end == End::Line => return Step::More,
        Interactive::Open(e) | Interactive::Eof(e) | Interactive::Invalid(e) => return error(e),
        Interactive::Complete(module) => module,
    };
    let Some(first) = module.body.first() else {
        return Step::Nothing;
    };
    // One statement per input ("single" mode): a line back at the left
    // margin after a block starts a second one, which CPython rejects.
    let first_line = src.line_of(first.span.start as usize);
    if let Some(second) = module.body.iter().find(|s| src.line_of(s.span.start as usize) > first_line) {
        return error(SyntaxError::new("invalid syntax", first_token_span(&src.text, second)));
    }
    if is_compound(first) && end == End::Line {
        return Step::More;
    }
    match crate::compiler::compile_interactive(&module, src.clone()) {
        Ok(code) => Step::Run(code),
        Err(e) => error(e),
    }
}

/// Statements with a block, which only a blank line ends at the REPL.
fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try(_)
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
    )
}

/// The span of a statement's first word, where CPython puts its carets.
fn first_token_span(text: &str, s: &Stmt) -> crate::ast::Span {
    let start = (s.span.start as usize).min(text.len());
    let word = text[start..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
    crate::ast::Span::new(start, start + usize::max(word, 1))
}

/// One read from the user.
enum Input {
    /// A line, without its line ending.
    Line(String),
    /// Ctrl-C at the prompt (terminal).
    Interrupted,
    /// Ctrl-D, or the end of piped input.
    Eof,
    /// Piped bytes that are not UTF-8: the SyntaxError to print.
    NotUtf8(String),
}

/// Where lines come from: the terminal through rustyline, or a pipe.
enum Reader {
    Terminal { editor: Box<rustyline::DefaultEditor>, history: Option<PathBuf> },
    Piped,
}

impl Reader {
    fn new() -> Reader {
        if !std::io::stdin().is_terminal() {
            return Reader::Piped;
        }
        let Ok(mut editor) = rustyline::DefaultEditor::new() else {
            return Reader::Piped;
        };
        let history =
            std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".minipy_history"));
        if let Some(path) = &history {
            // A missing or unreadable history file is no reason to complain.
            let _ = editor.load_history(path);
        }
        Reader::Terminal { editor: Box::new(editor), history }
    }

    fn is_terminal(&self) -> bool {
        matches!(self, Reader::Terminal { .. })
    }

    fn read(&mut self, prompt: &str) -> Input {
        match self {
            Reader::Terminal { editor, .. } => match editor.readline(prompt) {
                Ok(line) => Input::Line(line),
                Err(rustyline::error::ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::Eof,
            },
            Reader::Piped => read_piped(prompt),
        }
    }

    /// Add a line to the history (terminal only).
    fn remember(&mut self, line: &str) {
        if let Reader::Terminal { editor, .. } = self
            && !line.trim().is_empty()
        {
            let _ = editor.add_history_entry(line);
        }
    }

    fn save_history(&mut self) {
        if let Reader::Terminal { editor, history: Some(path) } = self {
            let _ = editor.save_history(path);
        }
    }
}

/// A line of piped input, the prompt on stderr as CPython prints it.
fn read_piped(prompt: &str) -> Input {
    {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
    }
    let mut buf = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut buf) {
        Ok(0) | Err(_) => return Input::Eof,
        Ok(_) => {}
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    match String::from_utf8(buf) {
        Ok(line) => Input::Line(line),
        Err(e) => Input::NotUtf8(utf8_error(&e)),
    }
}

/// CPython's report of undecodable REPL input.
fn utf8_error(e: &std::string::FromUtf8Error) -> String {
    let err = e.utf8_error();
    let pos = err.valid_up_to();
    let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
    let reason = match err.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!(
        "  File \"{STDIN_FILENAME}\", line 0\n    \nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}\n"
    )
}
