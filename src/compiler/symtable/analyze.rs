//! Resolving every recorded name to local / global / free / cell.

use std::collections::HashSet;

use crate::diagnostics::SyntaxError;

use super::*;

/// Resolves every name of scope `id` and its children; returns the names
/// that are free in `id` (including those passing through it).
pub(super) fn analyze(
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
                    return Err(SyntaxError::new(format!("name '{}' is nonlocal and global", sym.name), directive));
                }
                explicit.insert(sym.name.clone());
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(&sym.name) {
                    return Err(SyntaxError::new(format!("no binding for nonlocal '{}' found", sym.name), directive));
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
            bound.union(&local).filter(|n| !explicit.contains(*n)).cloned().collect(),
            global.union(&explicit).filter(|n| !local.contains(*n)).cloned().collect(),
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
    let mut cellvars: Vec<String> =
        scope.symbols.iter().filter(|s| s.scope == NameScope::Cell).map(|s| s.name.clone()).collect();
    if scope.needs_class_cell {
        cellvars.push("__class__".to_string());
    }
    cellvars.sort();
    let mut freevars: Vec<String> =
        scope.symbols.iter().filter(|s| s.scope == NameScope::Free).map(|s| s.name.clone()).collect();
    freevars.extend(extra_free);
    freevars.sort();
    freevars.dedup();
    scope.cellvars = cellvars;
    scope.freevars = freevars;
    Ok(free)
}

/// CPython's `compiler_set_qualname`: `f.<locals>.g`, `A.method`, and a
/// plain name for functions declared `global` in their parent.
pub(super) fn set_qualnames(table: &mut SymbolTable) {
    for id in 0..table.scopes.len() {
        let qualname = match table.scopes[id].parent {
            None => table.scopes[id].name.clone(),
            Some(p) => {
                let scope = &table.scopes[id];
                let parent = &table.scopes[p];
                let plain_def = scope.comprehension.is_none() && !scope.is_lambda;
                let force_global = plain_def && parent.lookup(&scope.name) == Some(NameScope::GlobalExplicit);
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
