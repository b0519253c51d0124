//! Pass 1: scope analysis, after CPython's `symtable.c`.
//!
//! A walk over the AST records, per scope, every name with how it is used
//! (bound, parameter, read, declared `global`/`nonlocal`). A second walk over
//! the scope tree then resolves each name to local / global / free / cell,
//! passing down the names that nested functions may close over. Class scopes
//! do not add their own names to that set (a method cannot see class
//! attributes as variables), but free variables pass through them.

mod analyze;
mod visit;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::diagnostics::SyntaxError;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    /// Functions, lambdas, comprehensions and generator expressions.
    Function,
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn yield_error(self) -> &'static str {
        match self {
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            CompKind::Generator => "'yield' inside generator expression",
        }
    }
}

/// Where a name lives, as decided by the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    /// Declared `global` in this scope (or bound by a walrus in a module-level comprehension).
    GlobalExplicit,
    /// Not bound anywhere visible: a module global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell in the closure.
    Free,
    /// Local here and captured by a nested scope, so it lives in a cell.
    Cell,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const USE: u8 = 4;
const DEF_GLOBAL: u8 = 8;
const DEF_NONLOCAL: u8 = 16;
const DEF_COMP_ITER: u8 = 32;
const DEF_ANNOT: u8 = 64;

#[derive(Debug)]
struct Symbol {
    name: String,
    flags: u8,
    scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub comprehension: Option<CompKind>,
    pub is_lambda: bool,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits inside one: calling it makes a coroutine.
    pub is_coroutine: bool,
    /// Parameter names in `varnames` order.
    pub params: Vec<String>,
    /// Number of positional parameters.
    pub argcount: usize,
    pub children: Vec<ScopeId>,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Span of each `global`/`nonlocal` declaration, for errors found later.
    directives: HashMap<String, crate::ast::Span>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// A method uses `super` or `__class__`: the class body owns a `__class__` cell.
    pub needs_class_cell: bool,
    /// The innermost enclosing class's name, for private name mangling.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            qualname: String::new(),
            parent,
            comprehension: None,
            is_lambda: false,
            is_generator: false,
            is_coroutine: false,
            params: Vec::new(),
            argcount: 0,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            directives: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            private: None,
        }
    }

    /// `name` as this scope stores it: `__x` inside `class C` is `_C__x`.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    fn flags(&self, name: &str) -> u8 {
        let name = self.mangle(name);
        self.index.get(&*name).map_or(0, |&i| self.symbols[i].flags)
    }

    fn add_flags(&mut self, name: &str, flags: u8) {
        let name = mangle(self.private.as_deref(), name).into_owned();
        let name = name.as_str();
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol { name: name.to_string(), flags, scope: NameScope::GlobalImplicit });
            }
        }
    }

    /// How `name` resolves here; `None` for names the analysis never saw
    /// (compiler-generated ones such as `__name__` in a class prologue).
    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.index.get(name).map(|&i| self.symbols[i].scope)
    }

    /// Index of a cell or free variable in the frame's cell array.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|n| n == name).map(|i| (self.cellvars.len() + i) as u32)
    }

    pub fn varname_index(&self, name: &str) -> Option<u32> {
        self.varnames.iter().position(|n| n == name).map(|i| i as u32)
    }

    /// `(cell index, varnames index)` for every captured parameter.
    pub fn cell_params(&self) -> Vec<(u32, u32)> {
        self.cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| self.params.iter().position(|p| p == name).map(|vi| (ci as u32, vi as u32)))
            .collect()
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// `from __future__ import annotations`: annotations are not evaluated.
    pub future_annotations: bool,
}

/// Scopes are keyed by the address of the AST node that opens them, so the
/// code generator can compile a node twice (finally bodies) and still find it.
/// CPython's private name mangling: inside a class body (and the functions
/// nested in it), `__spam` that does not end in `__` becomes
/// `_Class__spam`, with the class name's leading underscores dropped.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn scope_of(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

pub fn build(module: &crate::ast::Module) -> Result<SymbolTable, SyntaxError> {
    let (scopes, by_node) = visit::record(module)?;
    let mut table = SymbolTable { scopes, by_node, future_annotations: module.future_annotations() };
    analyze::analyze(&mut table, 0, &HashSet::new(), &HashSet::new())?;
    analyze::set_qualnames(&mut table);
    Ok(table)
}
