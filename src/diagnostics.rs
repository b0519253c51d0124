//! Compile-time errors (`SyntaxError`, `IndentationError`, `TabError`) with
//! spans, and their rendering in CPython's shape:
//!
//! ```text
//!   File "x.mpy", line 3
//!     x = (1 +
//!         ^
//! SyntaxError: '(' was never closed
//! ```

use crate::ast::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// An error found before the program runs: by the lexer, the parser or the compiler.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    /// Where the caret goes: `span.start` is the caret column; a wider span
    /// gives `^^^^` as CPython 3.11 does for some errors.
    pub span: Span,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, message: message.into(), span }
    }
    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::IndentationError, message: message.into(), span }
    }
    pub fn tab(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::TabError, message: message.into(), span }
    }
}

/// The file name of REPL input, as in CPython's tracebacks.
pub const STDIN_FILENAME: &str = "<stdin>";

/// Maps byte offsets to 1-based line numbers and gives back source lines.
#[derive(Debug, PartialEq)]
pub struct SourceFile {
    pub filename: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(filename: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile { filename: filename.into(), text, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 0-based column (in characters) of a byte offset within its line.
    pub fn column_of(&self, offset: usize) -> usize {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        let end = offset.min(self.text.len());
        self.text.get(start..end).map(|s| s.chars().count()).unwrap_or(0)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        let s = self.text.get(start..end).unwrap_or("");
        s.trim_end_matches(['\n', '\r'])
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// Render a compile error as CPython prints it (without a traceback header,
/// which CPython omits for errors in the main script).
pub fn render_syntax_error(err: &SyntaxError, src: &SourceFile) -> String {
    let offset = (err.span.start as usize).min(src.text.len());
    let line = src.line_of(offset);
    let text = src.line_text(line);
    let mut out = format!("  File \"{}\", line {}\n", src.filename, line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        out.push_str("    ");
        out.push_str(trimmed);
        out.push('\n');
        // CPython prints no caret when it would point into the indentation
        // (TabError, for one).
        if src.column_of(offset) < indent {
            out.push_str(err.kind.class_name());
            out.push_str(": ");
            out.push_str(&err.message);
            out.push('\n');
            return out;
        }
        let col = src.column_of(offset).saturating_sub(indent);
        let end_offset = (err.span.end as usize).min(src.text.len()).max(offset);
        let width = if src.line_of(end_offset) == line {
            (src.column_of(end_offset).saturating_sub(indent)).saturating_sub(col).max(1)
        } else {
            // A span over several lines: to the end of the first, as CPython.
            trimmed.chars().count().saturating_sub(col).max(1)
        };
        let width = width.min(trimmed.chars().count().saturating_sub(col).max(1));
        out.push_str("    ");
        out.push_str(&" ".repeat(col.min(trimmed.chars().count())));
        out.push_str(&"^".repeat(width));
        out.push('\n');
    }
    out.push_str(err.kind.class_name());
    out.push_str(": ");
    out.push_str(&err.message);
    out.push('\n');
    out
}
