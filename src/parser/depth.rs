//! A bound on expression nesting, checked on the tokens before parsing.
//!
//! Brackets are capped by the lexer, but operator chains (`1+1+...+1`,
//! `a.b.c...`, `- - - x`) build trees as deep as they are long, and every
//! later stage (compiler, `Drop`, `Debug`) recurses over the tree. CPython
//! gives up near 3,000 levels; minipy refuses earlier, before any tree is
//! built, so nothing downstream can overflow the stack.
//!
//! The estimate is an upper bound: within a comma-separated segment every
//! operator or keyword token may add one level, and each bracket group adds
//! one plus its deepest segment.

use crate::ast::Span;
use crate::diagnostics::SyntaxError;
use crate::lexer::token::{Spanned, Token};

/// Maximum estimated expression depth in one statement.
pub const MAX_EXPR_DEPTH: usize = 1000;

#[derive(Default)]
struct Frame {
    /// Operator tokens in the current segment.
    ops: usize,
    /// Deepest bracket group in the current segment.
    child: usize,
    /// Deepest finished segment of this group.
    best: usize,
}

impl Frame {
    fn segment(&self) -> usize {
        self.ops + self.child + 1
    }
    fn close_segment(&mut self) {
        self.best = self.best.max(self.segment());
        self.ops = 0;
        self.child = 0;
    }
}

pub(crate) fn check(tokens: &[Spanned]) -> Result<(), SyntaxError> {
    let mut stack: Vec<Frame> = vec![Frame::default()];
    for (s, tok, _) in tokens {
        match tok {
            Token::LPar | Token::LSqb | Token::LBrace | Token::WithLPar => stack.push(Frame::default()),
            Token::RPar | Token::RSqb | Token::RBrace | Token::WithRPar => {
                if stack.len() > 1 {
                    let mut f = stack.pop().unwrap_or_default();
                    f.close_segment();
                    if let Some(top) = stack.last_mut() {
                        top.child = top.child.max(f.best + 1);
                    }
                }
            }
            Token::Comma => {
                if let Some(top) = stack.last_mut() {
                    top.close_segment();
                }
            }
            Token::Newline | Token::Semi | Token::Indent | Token::Dedent => {
                stack.truncate(1);
                stack[0] = Frame::default();
                continue;
            }
            Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str(_)
            | Token::Bytes(_)
            | Token::FString(_)
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis => {}
            _ => {
                if let Some(top) = stack.last_mut() {
                    top.ops += 1;
                }
            }
        }
        let total: usize = stack.iter().map(|f| f.segment()).sum();
        if total > MAX_EXPR_DEPTH {
            let at = *s;
            return Err(SyntaxError::new(
                format!("expression too deeply nested (minipy's limit is {MAX_EXPR_DEPTH} levels)"),
                Span::new(at, at + 1),
            ));
        }
    }
    Ok(())
}
