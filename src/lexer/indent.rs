//! The indentation stack: turns the leading whitespace of each logical line
//! into INDENT/DEDENT tokens, with CPython's tab rules.
//!
//! Like CPython, each level is measured twice: with tabs to multiples of 8
//! and with tabs as one column. If the two measures disagree about how a
//! line relates to the current level, the indentation depends on the tab
//! size, which is a TabError.

use super::token::{Spanned, Token};
use crate::ast::Span;
use crate::diagnostics::SyntaxError;

/// CPython's MAXINDENT.
const MAX_INDENT_LEVELS: usize = 100;

pub(crate) struct Indenter {
    /// (column with 8-wide tabs, column with 1-wide tabs); never empty.
    stack: Vec<(usize, usize)>,
}

impl Indenter {
    pub fn new() -> Indenter {
        Indenter { stack: vec![(0, 0)] }
    }

    /// Handles the indentation of a logical line whose first token starts at
    /// `first`, the line itself starting at `line_start`. `line_end` is
    /// where CPython points for a bad dedent (the end of the line).
    pub fn line(
        &mut self,
        src: &str,
        line_start: usize,
        first: usize,
        line_end: usize,
        out: &mut Vec<Spanned>,
    ) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0usize, 0usize);
        for b in src.as_bytes()[line_start..first].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_error = || {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                Span::new(line_start, line_start + 1),
            )
        };
        let &(top, top_alt) = self.stack.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.stack.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::indentation("too many levels of indentation", Span::new(first, first + 1)));
            }
            self.stack.push((col, alt));
            out.push((line_start, Token::Indent, first));
        } else {
            while self.stack.len() > 1 && col < self.stack[self.stack.len() - 1].0 {
                self.stack.pop();
                out.push((first, Token::Dedent, first));
            }
            let &(top, top_alt) = self.stack.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span::new(line_end, line_end),
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Closes every open block at the end of input.
    pub fn finish(&mut self, at: usize, out: &mut Vec<Spanned>) {
        while self.stack.len() > 1 {
            self.stack.pop();
            out.push((at, Token::Dedent, at));
        }
    }
}
