//! Pass 1: scope analysis, after CPython's `symtable.c`.
//!
//! A walk over the AST records, per scope, every name with how it is used
//! (bound, parameter, read, declared `global`/`nonlocal`). A second walk over
//! the scope tree then resolves each name to local / global / free / cell,
//! passing down the names that nested functions may close over. Class scopes
//! do not add their own names to that set (a method cannot see class
//! attributes as variables), but free variables pass through them.

use std::collections::{HashMap, HashSet};

use crate::ast::{Comprehension, Expr, ExprKind, FStringPart, Params, Stmt, StmtKind};
use crate::diagnostics::SyntaxError;

use super::{MAX_DEPTH, depth_error};

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
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    fn add_flags(&mut self, name: &str, flags: u8) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags,
                    scope: NameScope::GlobalImplicit,
                });
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
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }

    pub fn varname_index(&self, name: &str) -> Option<u32> {
        self.varnames
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    /// `(cell index, varnames index)` for every captured parameter.
    pub fn cell_params(&self) -> Vec<(u32, u32)> {
        self.cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                self.params
                    .iter()
                    .position(|p| p == name)
                    .map(|vi| (ci as u32, vi as u32))
            })
            .collect()
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// Scopes are keyed by the address of the AST node that opens them, so the
/// code generator can compile a node twice (finally bodies) and still find it.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn scope_of(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

pub fn build(module: &crate::ast::Module) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        stack: vec![0],
        depth: 0,
    };
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, 0, &HashSet::new(), &HashSet::new())?;
    set_qualnames(&mut table);
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    depth: usize,
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn add_def(&mut self, name: &str, flags: u8) {
        self.cur_scope().add_flags(name, flags);
    }

    fn push_scope(&mut self, key: usize, kind: ScopeKind, name: &str) -> ScopeId {
        let id = self.scopes.len();
        let parent = self.cur();
        self.scopes.push(Scope::new(kind, name, Some(parent)));
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn enter(&mut self, span: crate::ast::Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(depth_error(span));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        self.enter(s.span)?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target, DEF_LOCAL)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.cur_scope().kind != ScopeKind::Module
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::new(
                            format!("annotated name '{name}' can't be {what}"),
                            target.span,
                        ));
                    }
                    self.add_def(name, DEF_ANNOT | DEF_LOCAL);
                } else {
                    self.visit_target(target, DEF_LOCAL)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_target(target, DEF_LOCAL)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL);
                self.visit_defaults(&f.params)?;
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.push_scope(node_key(&**f), ScopeKind::Function, &f.name);
                self.add_params(&f.params)?;
                self.visit_body(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL);
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                self.push_scope(node_key(&**c), ScopeKind::Class, &c.name);
                self.visit_body(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    self.add_def(name, DEF_GLOBAL);
                    self.cur_scope()
                        .directives
                        .entry(name.clone())
                        .or_insert(s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    // CPython finds this one in its analysis pass, after the checks above.
                    if self.cur_scope().kind == ScopeKind::Module {
                        return Err(SyntaxError::new(
                            "nonlocal declaration not allowed at module level",
                            s.span,
                        ));
                    }
                    self.add_def(name, DEF_NONLOCAL);
                    self.cur_scope()
                        .directives
                        .entry(name.clone())
                        .or_insert(s.span);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(typ) = &h.typ {
                        self.visit_expr(typ)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.visit_target(t, DEF_LOCAL)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.add_def(a.asname.as_deref().unwrap_or(&a.name), DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn visit_defaults(&mut self, params: &Params) -> Result<(), SyntaxError> {
        for p in params.args.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn add_params(&mut self, params: &Params) -> Result<(), SyntaxError> {
        let all = params
            .args
            .iter()
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        for p in all {
            if self.cur_scope().flags(&p.name) & DEF_PARAM != 0 {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
            self.add_def(&p.name, DEF_PARAM);
        }
        let scope = self.cur_scope();
        scope.argcount = params.args.len();
        scope.params = params
            .args
            .iter()
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg)
            .map(|p| p.name.clone())
            .collect();
        Ok(())
    }

    /// A binding position: a name gets `flags`, anything else is read.
    fn visit_target(&mut self, e: &Expr, flags: u8) -> Result<(), SyntaxError> {
        self.enter(e.span)?;
        let r = match &e.kind {
            ExprKind::Name(n) => {
                self.add_def(n, flags);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|t| self.visit_target(t, flags))
            }
            ExprKind::Starred(inner) => self.visit_target(inner, flags),
            _ => self.visit_expr(e),
        };
        self.depth -= 1;
        r
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.enter(e.span)?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_opt(&mut self, e: &Option<Box<Expr>>) -> Result<(), SyntaxError> {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add_def(n, USE);
                // Zero-argument super() needs the class cell, as in CPython.
                if n == "super" && self.cur_scope().kind == ScopeKind::Function {
                    self.add_def("__class__", USE);
                }
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.visit_fstring(parts)?,
            ExprKind::Tuple(elts) | ExprKind::List(elts) | ExprKind::Set(elts) => {
                for x in elts {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Starred(inner) => self.visit_expr(inner)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value)?;
                self.visit_expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower)?;
                self.visit_opt(upper)?;
                self.visit_opt(step)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Lambda { params, body } => {
                self.visit_defaults(params)?;
                let id = self.push_scope(node_key(e), ScopeKind::Function, "<lambda>");
                self.scopes[id].is_lambda = true;
                self.add_params(params)?;
                self.visit_expr(body)?;
                self.pop_scope();
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Set, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Generator, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, CompKind::Dict, generators, &[key, value])?,
            ExprKind::Yield(v) => {
                self.check_yield(e)?;
                self.visit_opt(v)?;
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e)?;
                self.visit_expr(v)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_named_target(target, e.span)?;
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Hole { value, spec, .. } = p {
                self.visit_expr(value)?;
                self.visit_fstring(spec)?;
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        if let Some(kind) = scope.comprehension {
            return Err(SyntaxError::new(kind.yield_error(), e.span));
        }
        if scope.kind != ScopeKind::Function {
            return Err(SyntaxError::new("'yield' outside function", e.span));
        }
        scope.is_generator = true;
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Err(SyntaxError::new(
                "comprehension without a 'for' clause",
                e.span,
            ));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter)?;
        let id = self.push_scope(node_key(e), ScopeKind::Function, kind.code_name());
        let scope = &mut self.scopes[id];
        scope.comprehension = Some(kind);
        scope.is_generator = kind == CompKind::Generator;
        scope.params = vec![".0".to_string()];
        scope.argcount = 1;
        scope.add_flags(".0", DEF_PARAM);
        for (i, g) in generators.iter().enumerate() {
            self.visit_target(&g.target, DEF_LOCAL | DEF_COMP_ITER)?;
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        for x in elts {
            self.visit_expr(x)?;
        }
        self.pop_scope();
        Ok(())
    }

    /// PEP 572: a walrus inside a comprehension binds in the nearest
    /// enclosing function (or module) scope.
    fn visit_named_target(
        &mut self,
        target: &str,
        span: crate::ast::Span,
    ) -> Result<(), SyntaxError> {
        // CPython puts a single caret at the start of the walrus.
        let span = crate::ast::Span {
            start: span.start,
            end: span.start,
        };
        if self.cur_scope().comprehension.is_none() {
            self.add_def(target, DEF_LOCAL);
            return Ok(());
        }
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(target) & DEF_COMP_ITER != 0 {
                    return Err(SyntaxError::new(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{target}'"
                        ),
                        span,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(target) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(target, flag);
                    self.scopes[id].add_flags(target, DEF_LOCAL);
                }
                ScopeKind::Module => {
                    self.add_def(target, DEF_GLOBAL);
                    self.scopes[id].add_flags(target, DEF_LOCAL);
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
            }
            return Ok(());
        }
        Ok(())
    }
}

/// Resolves every name of scope `id` and its children; returns the names
/// that are free in `id` (including those passing through it).
fn analyze(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
) -> Result<HashSet<String>, SyntaxError> {
    let kind = table.scopes[id].kind;
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let mut explicit = HashSet::new();
    {
        let scope = &mut table.scopes[id];
        for sym in &mut scope.symbols {
            let f = sym.flags;
            let directive = scope.directives.get(&sym.name).copied().unwrap_or_default();
            sym.scope = if f & DEF_GLOBAL != 0 {
                if f & DEF_NONLOCAL != 0 {
                    return Err(SyntaxError::new(
                        format!("name '{}' is nonlocal and global", sym.name),
                        directive,
                    ));
                }
                explicit.insert(sym.name.clone());
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(&sym.name) {
                    return Err(SyntaxError::new(
                        format!("no binding for nonlocal '{}' found", sym.name),
                        directive,
                    ));
                }
                free.insert(sym.name.clone());
                NameScope::Free
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(sym.name.clone());
                NameScope::Local
            } else if bound.contains(&sym.name) {
                free.insert(sym.name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
        }
    }

    let (newbound, newglobal): (HashSet<String>, HashSet<String>) = match kind {
        ScopeKind::Module => (HashSet::new(), explicit.clone()),
        ScopeKind::Function => (
            bound
                .union(&local)
                .filter(|n| !explicit.contains(*n))
                .cloned()
                .collect(),
            global
                .union(&explicit)
                .filter(|n| !local.contains(*n))
                .cloned()
                .collect(),
        ),
        ScopeKind::Class => {
            let mut b = bound.clone();
            b.insert("__class__".to_string());
            (b, global.union(&explicit).cloned().collect())
        }
    };

    let mut child_free = HashSet::new();
    for child in table.scopes[id].children.clone() {
        child_free.extend(analyze(table, child, &newbound, &newglobal)?);
    }

    let scope = &mut table.scopes[id];
    match kind {
        ScopeKind::Function => {
            child_free.retain(|name| match scope.index.get(name) {
                Some(&i) if scope.symbols[i].scope == NameScope::Local => {
                    scope.symbols[i].scope = NameScope::Cell;
                    false
                }
                _ => true,
            });
        }
        ScopeKind::Class => {
            if child_free.remove("__class__") {
                scope.needs_class_cell = true;
            }
        }
        ScopeKind::Module => {}
    }

    // Free variables of children pass through this scope's closure. A class
    // may keep its own same-named local (CPython's DEF_FREE_CLASS).
    let mut passthrough: Vec<String> = child_free.iter().cloned().collect();
    passthrough.sort();
    let mut extra_free = Vec::new();
    for name in passthrough {
        match scope.lookup(&name) {
            None => {
                scope.add_flags(&name, 0);
                let i = scope.index[&name];
                scope.symbols[i].scope = NameScope::Free;
            }
            Some(NameScope::Free) => {}
            Some(_) => extra_free.push(name),
        }
    }
    free.extend(child_free);

    if kind == ScopeKind::Function {
        let mut varnames = scope.params.clone();
        for sym in &scope.symbols {
            if sym.scope == NameScope::Local && !scope.params.contains(&sym.name) {
                varnames.push(sym.name.clone());
            }
        }
        scope.varnames = varnames;
    }
    let mut cellvars: Vec<String> = scope
        .symbols
        .iter()
        .filter(|s| s.scope == NameScope::Cell)
        .map(|s| s.name.clone())
        .collect();
    if scope.needs_class_cell {
        cellvars.push("__class__".to_string());
    }
    cellvars.sort();
    let mut freevars: Vec<String> = scope
        .symbols
        .iter()
        .filter(|s| s.scope == NameScope::Free)
        .map(|s| s.name.clone())
        .collect();
    freevars.extend(extra_free);
    freevars.sort();
    freevars.dedup();
    scope.cellvars = cellvars;
    scope.freevars = freevars;
    Ok(free)
}

/// CPython's `compiler_set_qualname`: `f.<locals>.g`, `A.method`, and a
/// plain name for functions declared `global` in their parent.
fn set_qualnames(table: &mut SymbolTable) {
    for id in 0..table.scopes.len() {
        let qualname = match table.scopes[id].parent {
            None => table.scopes[id].name.clone(),
            Some(p) => {
                let scope = &table.scopes[id];
                let parent = &table.scopes[p];
                let plain_def = scope.comprehension.is_none() && !scope.is_lambda;
                let force_global =
                    plain_def && parent.lookup(&scope.name) == Some(NameScope::GlobalExplicit);
                if parent.kind == ScopeKind::Module || force_global {
                    scope.name.clone()
                } else if parent.kind == ScopeKind::Function {
                    format!("{}.<locals>.{}", parent.qualname, scope.name)
                } else {
                    format!("{}.{}", parent.qualname, scope.name)
                }
            }
        };
        table.scopes[id].qualname = qualname;
    }
}
