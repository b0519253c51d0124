//! `str.format` and `str.format_map`: CPython's `MarkupIterator` and
//! field-name parsing, with the formatting itself done by `vm.format`.

use super::builtins_util::{R, recv_str};
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{ExcType, PyErr, PyResult, Value};
use crate::text::str_repr::ascii_escape;
use crate::vm::Vm;

/// Where `{name}` fields come from.
enum Source<'a, M: Model> {
    Args { pos: &'a [Value<M>], kwnames: &'a [Value<M>], kwvals: &'a [Value<M>] },
    Mapping(&'a Value<M>),
}

struct State {
    /// Next automatic index; None once a manual index was used.
    auto: Option<usize>,
    manual: bool,
}

pub fn str_format<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let fmt = recv_str(&args, "format")?;
    let src = Source::Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    let mut st = State { auto: Some(0), manual: false };
    Ok(Value::str(render(vm, fmt, &src, &mut st, 2)?))
}

pub fn str_format_map<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let fmt = recv_str(&args, "format_map")?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let src = Source::Mapping(&args.pos[1]);
    let mut st = State { auto: Some(0), manual: false };
    Ok(Value::str(render(vm, fmt, &src, &mut st, 2)?))
}

fn render<M: Model>(vm: &mut Vm<M>, fmt: &str, src: &Source<'_, M>, st: &mut State, depth: u32) -> PyResult<String, M> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if c == '}' {
            if i + 1 < n && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < n && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // A field: find its matching '}' (nested braces count).
        let start = i + 1;
        let mut level = 1;
        let mut j = start;
        while j < n {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= n {
            return Err(PyErr::value_error(if start >= n {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            }));
        }
        let field: String = chars[start..j].iter().collect();
        out.push_str(&render_field(vm, &field, src, st, depth)?);
        i = j + 1;
    }
    Ok(out)
}

fn render_field<M: Model>(
    vm: &mut Vm<M>,
    field: &str,
    src: &Source<'_, M>,
    st: &mut State,
    depth: u32,
) -> PyResult<String, M> {
    // Split "name!conv:spec": the name ends at the first '!' or ':' outside brackets.
    let chars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < chars.len() {
        match chars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = chars[..k].iter().collect();
    let mut conv = None;
    let mut spec = String::new();
    if k < chars.len() && chars[k] == '!' {
        if k + 1 >= chars.len() {
            return Err(PyErr::value_error("end of string while looking for conversion specifier"));
        }
        conv = Some(chars[k + 1]);
        k += 2;
        if k < chars.len() && chars[k] != ':' {
            return Err(PyErr::value_error("expected ':' after conversion specifier"));
        }
    }
    if k < chars.len() && chars[k] == ':' {
        spec = chars[k + 1..].iter().collect();
    }
    let value = lookup_field(vm, &name, src, st)?;
    let value = match conv {
        None => value,
        Some('s') => Value::str(vm.str(&value)?),
        Some('r') => Value::str(vm.repr(&value)?),
        Some('a') => Value::str(ascii_escape(&vm.repr(&value)?)),
        Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') { render(vm, &spec, src, st, depth - 1)? } else { spec };
    vm.format(&value, &spec)
}

fn lookup_field<M: Model>(vm: &mut Vm<M>, name: &str, src: &Source<'_, M>, st: &mut State) -> PyResult<Value<M>, M> {
    // The first part: up to '.' or '['.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut rest = &name[first_end..];
    let mut obj = if first.is_empty() {
        if st.manual {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = st.auto.expect("automatic numbering in use");
        st.auto = Some(idx + 1);
        positional(src, idx)?
    } else if let Ok(idx) = first.parse::<usize>() {
        if st.auto.is_some_and(|a| a > 0) {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.manual = true;
        positional(src, idx)?
    } else {
        match src {
            Source::Args { kwnames, kwvals, .. } => match kwnames.iter().position(|k| k.as_str() == Some(first)) {
                Some(p) => kwvals[p].clone(),
                None => return Err(PyErr::key_error(Value::str(first))),
            },
            Source::Mapping(m) => vm.getitem(m, &Value::str(first))?,
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            obj = vm.getattr(&obj, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                _ => Value::str(key),
            };
            obj = vm.getitem(&obj, &k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

fn positional<M: Model>(src: &Source<'_, M>, idx: usize) -> PyResult<Value<M>, M> {
    match src {
        Source::Args { pos, .. } => pos.get(idx).cloned().ok_or_else(|| {
            PyErr::new(ExcType::IndexError, format!("Replacement index {idx} out of range for positional args tuple"))
        }),
        Source::Mapping(_) => Err(PyErr::value_error("Format string contains positional fields")),
    }
}
