//! The caret line under a traceback's source line (PEP 657), as CPython
//! 3.11 prints it:
//!
//! ```text
//!     y = x[0] + x[5]
//!                ~^^^
//! ```
//!
//! The failing instruction's span is underlined with `^`, unless it covers
//! the whole (stripped) line. When the span's text parses on its own as a
//! binary operation or a subscript, the operator or the brackets get `^`
//! and the operands `~` (CPython's "anchors"), even on a whole line.

use crate::ast::{ExprKind, Span, StmtKind};
use crate::diagnostics::SourceFile;

/// Where the `^` part sits inside an anchored span (character offsets
/// from the span's start).
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// The caret line (without its newline) for an instruction spanning `span`
/// whose traceback shows line `line`, or None when CPython prints none.
pub fn caret_line(source: &SourceFile, line: usize, span: Span) -> Option<String> {
    let text = source.line_text(line);
    let line_start = source.line_start(line)?;
    let (start, end) = (span.start as usize, span.end as usize);
    if start < line_start || start > line_start + text.len() || end < start {
        return None;
    }
    let start_byte = start - line_start;
    let to_chars = |byte: usize| text.get(..byte).map(|s| s.chars().count());
    let start_col = to_chars(start_byte)?;
    let stripped = text.trim();
    let indent = text.chars().count() - text.trim_start().chars().count();
    let (end_col, anchors) = if end - line_start <= text.len() {
        let segment = text.get(start_byte..end - line_start)?;
        (to_chars(end - line_start)?, anchors_of(segment))
    } else {
        // A span over several lines: underline to the end of this one.
        (text.trim_end().chars().count(), None)
    };
    let width = end_col.checked_sub(start_col)?;
    let split = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
    if width >= stripped.chars().count() && !split {
        return None;
    }
    let mut out = " ".repeat(4 + start_col.checked_sub(indent)?);
    match anchors {
        Some(a) => {
            out.push_str(&"~".repeat(a.left_end));
            out.push_str(&"^".repeat(a.right_start.saturating_sub(a.left_end)));
            out.push_str(&"~".repeat(width.saturating_sub(a.right_start)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// CPython 3.11's `_extract_caret_anchors_from_line_segment`: the segment
/// parsed alone must be one expression statement, a binary operation (the
/// operator is the `^` part) or a subscript (the brackets are). Offsets are
/// the parser's byte offsets, used as CPython uses them.
fn anchors_of(segment: &str) -> Option<Anchors> {
    let module = crate::parser::parse_str(segment).ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &stmt.kind else { return None };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let left_end = left.span.end as usize;
            let operator = segment.get(left_end..right.span.start as usize)?;
            let offset = operator.len() - operator.trim_start().len();
            let left_anchor = left_end + offset;
            let mut right_anchor = left_anchor + 1;
            if operator.as_bytes().get(offset + 1).is_some_and(|b| !b.is_ascii_whitespace()) {
                right_anchor += 1;
            }
            Some(Anchors { left_end: left_anchor, right_start: right_anchor })
        }
        ExprKind::Subscript { value, index } => {
            Some(Anchors { left_end: value.span.end as usize, right_start: index.span.end as usize + 1 })
        }
        _ => None,
    }
}
