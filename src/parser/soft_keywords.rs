//! The soft keywords `match` and `case` (PEP 634).
//!
//! They are ordinary names almost everywhere (`match = re.match(...)`,
//! `match.group(1)`, `case = 3`), so the lexer makes them `Name` tokens and
//! this pass, run on the token stream before parsing, turns the few that
//! head a match statement into `Token::Match` / `Token::Case`. The grammar
//! then stays LR(1), with no name/keyword ambiguity.
//!
//! The rule, decided at the start of each logical line:
//!
//! * `match` is the keyword when its logical line ends with `:` (at bracket
//!   depth 0; the lexer emits no NEWLINE inside brackets) and there is
//!   something between the two. No simple statement can end with a colon,
//!   so such a line can only be a match statement (or a syntax error). So
//!   is a line without the colon that an indented `case` line follows (a
//!   match statement missing its colon: an error either way).
//! * Inside the indented block of such a statement, `case` at the start of a
//!   line at the block's own level is the keyword.

use crate::lexer::token::{Spanned, Token};

pub(super) fn mark_soft_keywords(tokens: &mut [Spanned]) {
    // INDENT depth of the current line, and the depths at which open match
    // blocks list their `case` clauses (innermost last).
    let mut depth = 0usize;
    let mut case_levels: Vec<usize> = Vec::new();
    let mut at_line_start = true;
    for i in 0..tokens.len() {
        match tokens[i].1 {
            Token::Indent => {
                depth += 1;
                continue;
            }
            Token::Dedent => {
                depth = depth.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > depth) {
                    case_levels.pop();
                }
                continue;
            }
            Token::Newline => {
                at_line_start = true;
                continue;
            }
            _ => {}
        }
        if at_line_start && let Token::Name(word) = &tokens[i].1 {
            if word == "match"
                && let Some(indented) = match_header(tokens, i)
            {
                tokens[i].1 = Token::Match;
                if indented {
                    case_levels.push(depth + 1);
                }
            } else if word == "case" && case_levels.last() == Some(&depth) {
                tokens[i].1 = Token::Case;
            }
        }
        at_line_start = false;
    }
}

/// For `match` at `tokens[i]` starting a logical line: `Some(indented)` if
/// the line is a match statement header, `indented` telling whether an
/// indented block follows it (at the end of REPL input none has yet).
fn match_header(tokens: &[Spanned], i: usize) -> Option<bool> {
    let newline = i + tokens[i..].iter().position(|t| t.1 == Token::Newline)?;
    let indented = tokens.get(newline + 1).is_some_and(|t| t.1 == Token::Indent);
    let colon = newline >= i + 3 && tokens[newline - 1].1 == Token::Colon;
    // Without the colon but with a block of cases after it, it is still a
    // match statement: one missing its `:` (CPython's "expected ':'").
    let cases_follow = indented && matches!(tokens.get(newline + 2), Some((_, Token::Name(w), _)) if w == "case");
    (colon || (newline >= i + 2 && cases_follow)).then_some(indented)
}
