//! The abstract syntax tree.
//!
//! It depends on nothing in the grammar file, so the parser stays replaceable:
//! the LALRPOP actions build these nodes, and the compiler consumes them.
//! Every statement and expression carries a [`Span`] (byte offsets into the
//! source) so errors can point at a line, a column and a caret.

/// Byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

impl Module {
    /// `from __future__ import annotations` (PEP 563): annotations are kept
    /// as their source text instead of being evaluated.
    pub fn future_annotations(&self) -> bool {
        self.body.iter().any(|s| match &s.kind {
            StmtKind::ImportFrom { module, names } => {
                module == "__future__" && names.iter().any(|a| a.name == "annotations")
            }
            _ => false,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: one or more targets (each may be a tuple/list pattern,
    /// attribute or subscript).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation = value` (the annotation is parsed, then ignored).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for` or, with `is_async`, `async for`.
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Del(Vec<Expr>),
    /// `raise [exc [from cause]]`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Box<Try>),
    /// `with` or, with `is_async`, `async with`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from module import a as b, c` (`names` empty never); `from m import *`
    /// is one alias named `*`. A relative module name starts with its dots.
    ImportFrom {
        module: String,
        names: Vec<Alias>,
    },
    /// `match subject:` and its `case` clauses, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub span: Span,
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A `case` pattern (PEP 634). The shapes are CPython's `ast.pattern`
/// nodes; a parenthesised group pattern is its inner pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal (`1`, `-2.5`, `"s"`) or a dotted name (`Color.RED`),
    /// matched with `==`.
    Value(Expr),
    /// `None`, `True` or `False` (the expression), matched with `is`.
    Singleton(Expr),
    /// `[p, *rest]` or `(p, q)`: at most one element is a `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` (or `*_`, `None`) inside a sequence pattern.
    Star(Option<String>),
    /// `{key: p, **rest}`; keys are literals or dotted names.
    Mapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    /// `Cls(p, attr=q)`: positional sub-patterns go through `__match_args__`.
    Class { cls: Expr, patterns: Vec<Pattern>, kwd_names: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `p as name`; without a pattern, the capture `name`; with neither,
    /// the wildcard `_`.
    As { pattern: Option<Box<Pattern>>, name: Option<String> },
    /// `p | q | ...`: two or more alternatives.
    Or(Vec<Pattern>),
}

impl Pattern {
    /// An irrefutable `_` (CPython's `WILDCARD_CHECK`).
    pub fn is_wildcard(&self) -> bool {
        matches!(self.kind, PatternKind::As { pattern: None, name: None })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// The `-> annotation`.
    pub returns: Option<Expr>,
    /// True when the body contains `yield` (set by the parser or the compiler's scope pass).
    pub is_generator: bool,
    /// `async def`: calling it makes a coroutine.
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    /// Keyword arguments in the class header (e.g. `metaclass=`); rejected by the compiler.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list: `def f(a, b=1, *args, c, d=2, **kwargs)`.
/// Positional-only (`/`) parameters are the first `posonly` of `args`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Params {
    pub args: Vec<Param>,
    pub posonly: usize,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

impl Params {
    /// The parameters in `__annotations__` order: positional, `*args`,
    /// keyword-only, `**kwargs`.
    pub fn in_order(&self) -> impl Iterator<Item = &Param> {
        self.args.iter().chain(&self.vararg).chain(&self.kwonly).chain(&self.kwarg)
    }

    pub fn annotations(&self) -> impl Iterator<Item = &Expr> {
        self.in_order().filter_map(|p| p.annotation.as_ref())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    /// `name: annotation`; for `*args: *Ts` the starred expression.
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    /// Integer literal as written in decimal digits (already converted from
    /// hex/octal/binary and with underscores removed), so big literals survive.
    Int(String),
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: literal pieces and `{expr!conv:spec}` holes, in order.
    FString(Vec<FStringPart>),
    True,
    False,
    None,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **other}`: a `None` key means `**value`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `*expr` inside a list/tuple/set display, a call, or an assignment target.
    Starred(Box<Expr>),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`: two or more values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `await x`
    Await(Box<Expr>),
    /// `name := value`
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Hole {
        value: Box<Expr>,
        /// `Some('r' | 's' | 'a')` for `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, itself possibly containing holes (`{x:{width}}`).
        spec: Vec<FStringPart>,
        /// `f"{x=}"`: the source text `x=` to print before the value.
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` in a comprehension.
    pub is_async: bool,
}

/// `name=value` at a call site, or `**value` when `name` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as Python writes it (`+`, `//`, ...), for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
