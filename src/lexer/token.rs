//! The token type shared by the lexer and the parser.
//!
//! It knows nothing about the grammar, so the parser stays replaceable.

use std::fmt;

/// A token with its byte span `[start, end)` in the source.
pub type Spanned = (usize, Token, usize);

/// One piece of an f-string body, as split by the lexer. Holes keep their
/// expression as source text (with its absolute offset) because the parser,
/// not the lexer, turns it into an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum FPiece {
    /// Literal text with escapes already decoded.
    Literal(String),
    Hole {
        /// Byte offset of the expression text in the whole source.
        start: usize,
        /// Byte offset just past the expression text.
        end: usize,
        conversion: Option<char>,
        spec: Vec<FPiece>,
        /// `f"{x = }"`: the text `x = ` printed before the value.
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    Name(String),
    /// Decimal digits, already converted from hex/octal/binary.
    Int(String),
    Float(f64),
    /// An imaginary literal (`2j`): its value's imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FPiece>),
    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    Async,
    Await,
    /// The soft keywords `match` and `case` at the head of a match statement
    /// and its clauses. The lexer never produces them (it makes names); the
    /// parser's soft-keyword pass (`src/parser/soft_keywords.rs`) does.
    Match,
    Case,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,

    /// `(` right after `with` whose matching `)` is followed by `:`: the
    /// parenthesised with-items form. The parser rewrites these; the lexer
    /// never produces them.
    WithLPar,
    WithRPar,
    /// Marks the start of a lone expression (an f-string hole); parser-internal.
    StartExpr,
}

impl Token {
    /// The keyword token for `word`, if it is one of Python 3.11's hard keywords.
    pub fn keyword(word: &str) -> Option<Token> {
        Some(match word {
            "False" => Token::False,
            "None" => Token::None,
            "True" => Token::True,
            "and" => Token::And,
            "as" => Token::As,
            "assert" => Token::Assert,
            "break" => Token::Break,
            "class" => Token::Class,
            "continue" => Token::Continue,
            "def" => Token::Def,
            "del" => Token::Del,
            "elif" => Token::Elif,
            "else" => Token::Else,
            "except" => Token::Except,
            "finally" => Token::Finally,
            "for" => Token::For,
            "from" => Token::From,
            "global" => Token::Global,
            "if" => Token::If,
            "import" => Token::Import,
            "in" => Token::In,
            "is" => Token::Is,
            "lambda" => Token::Lambda,
            "nonlocal" => Token::Nonlocal,
            "not" => Token::Not,
            "or" => Token::Or,
            "pass" => Token::Pass,
            "raise" => Token::Raise,
            "return" => Token::Return,
            "try" => Token::Try,
            "while" => Token::While,
            "with" => Token::With,
            "yield" => Token::Yield,
            "async" => Token::Async,
            "await" => Token::Await,
            _ => return None,
        })
    }

    /// The source spelling of keywords and operators.
    pub fn text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Async => "async",
            Await => "await",
            Match => "match",
            Case => "case",
            LPar | WithLPar => "(",
            RPar | WithRPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            VBar => "|",
            Amper => "&",
            Less => "<",
            Greater => ">",
            Equal => "=",
            Dot => ".",
            Percent => "%",
            EqEqual => "==",
            NotEqual => "!=",
            LessEqual => "<=",
            GreaterEqual => ">=",
            Tilde => "~",
            CircumFlex => "^",
            LeftShift => "<<",
            RightShift => ">>",
            DoubleStar => "**",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            PercentEqual => "%=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            DoubleSlash => "//",
            DoubleSlashEqual => "//=",
            At => "@",
            AtEqual => "@=",
            RArrow => "->",
            Ellipsis => "...",
            ColonEqual => ":=",
            _ => return Option::None,
        })
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Name(s) => write!(f, "Name({s})"),
            Token::Int(s) => write!(f, "Int({s})"),
            Token::Float(x) => write!(f, "Float({x:?})"),
            Token::Imag(x) => write!(f, "Imag({x:?})"),
            Token::Str(s) => write!(f, "Str({s:?})"),
            Token::Bytes(b) => write!(f, "Bytes(b\"{}\")", b.escape_ascii()),
            Token::FString(parts) => write!(f, "FString({parts:?})"),
            Token::Newline => f.write_str("NEWLINE"),
            Token::Indent => f.write_str("INDENT"),
            Token::Dedent => f.write_str("DEDENT"),
            Token::StartExpr => f.write_str("START_EXPR"),
            other => write!(f, "'{}'", other.text().unwrap_or("?")),
        }
    }
}
