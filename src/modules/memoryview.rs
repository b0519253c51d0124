//! `memoryview` over bytes and bytearray: its constructor, methods and
//! attributes. Views are one-dimensional with one-byte items (`B`, `b`,
//! `c`); casting to wider formats is a clean NotImplementedError. The view
//! itself is `object::buffer::MemView`; subscripts are in
//! `vm/byte_buffers.rs`.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, arg};
use crate::model::Model;
use crate::object::buffer::MemView;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let cls = interp.types.get(BuiltinType::MemoryView);
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("release", mv_release),
        ("toreadonly", mv_toreadonly),
        ("cast", mv_cast),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
    ];
    add_methods(cls, methods);
    let getters: [(&'static str, BuiltinFn<M>); 12] = [
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_contiguous),
        ("f_contiguous", get_contiguous),
        ("contiguous", get_contiguous),
    ];
    if let ObjKind::Class(c) = &cls.kind {
        for (name, getter) in getters {
            let parts = [Builtin::function(name, getter), Value::None, Value::None, Value::None];
            let prop = Value::obj(ObjKind::Property(Box::new(parts)));
            if let Value::Obj(o) = &prop {
                o.make_immortal();
            }
            c.set_attr(name, prop);
        }
    }
}

fn new_view<M: Model>(view: MemView<M>) -> Value<M> {
    Value::obj(ObjKind::MemoryView(Box::new(view)))
}

/// `memoryview(object)`.
pub fn construct<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.check_kwargs("memoryview", &["object"])?;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.pos.len() + args.kwnames.len()
        )));
    }
    let Some(obj) = arg(&args, 0, "object") else {
        return Err(PyErr::type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    Ok(match obj.kind() {
        Some(ObjKind::Bytes(b)) => new_view(MemView::new(obj.clone(), b.len(), true)),
        Some(ObjKind::ByteArray(b)) => {
            let len = crate::model::ObjCell::with(b, |b| b.data.len());
            new_view(MemView::new(obj.clone(), len, false))
        }
        Some(ObjKind::MemoryView(m)) => {
            m.check()?;
            let mut copy = MemView::sub(m.obj.clone(), m.start, m.step, m.len, m.format, m.readonly);
            copy.native_prefix = m.native_prefix;
            new_view(copy)
        }
        // A bytes or bytearray subclass: a view of the value it carries.
        Some(ObjKind::Instance(i))
            if i.payload
                .as_ref()
                .is_some_and(|p| matches!(p.kind(), Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)))) =>
        {
            let payload = i.payload.clone().expect("checked");
            return construct(_vm, Args::positional(std::slice::from_ref(&payload)));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                obj.type_name()
            )));
        }
    })
}

/// The receiver view, checked not to be released.
fn view<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a MemView<M>, M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::MemoryView(m)) => {
            m.check()?;
            Ok(m)
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
            args.pos.first().map_or("NoneType", |v| v.type_name())
        ))),
    }
}

fn mv_tobytes<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("tobytes", &["order"])?;
    let m = view(&args, "tobytes")?;
    Ok(crate::object::buffer::new_bytes(m.to_vec()))
}

fn mv_tolist<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let m = view(&args, "tolist")?;
    super::builtins_util::no_args(&args, "memoryview.tolist")?;
    Ok(Value::list(m.to_vec().into_iter().map(|b| m.unpack(b)).collect()))
}

fn mv_release<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if let Some(ObjKind::MemoryView(m)) = args.pos.first().and_then(|v| v.kind()) {
        m.release();
    }
    Ok(Value::None)
}

fn mv_toreadonly<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let m = view(&args, "toreadonly")?;
    Ok(new_view(MemView::sub(m.obj.clone(), m.start, m.step, m.len, m.format, true)))
}

fn mv_enter<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view(&args, "__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_exit<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    mv_release(vm, args)
}

/// `cast(format, shape=None)`: between the one-byte formats only.
fn mv_cast<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("cast", &["format", "shape"])?;
    let m = view(&args, "cast")?;
    let Some(f) = arg(&args, 1, "format") else {
        return Err(PyErr::type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(text) = f.as_str() else {
        return Err(PyErr::type_error(format!("cast() argument 'format' must be str, not {}", f.type_name())));
    };
    if m.step != 1 && m.len > 1 {
        return Err(PyErr::type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let code = text.strip_prefix('@').unwrap_or(text);
    let format = match code {
        "B" | "b" | "c" => code.as_bytes()[0],
        "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "?" | "P" => {
            return Err(PyErr::new(
                ExcType::NotImplementedError,
                format!("minipy: memoryview.cast() supports only the formats 'B', 'b' and 'c', not '{code}'"),
            ));
        }
        _ => {
            return Err(PyErr::value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        }
    };
    if arg(&args, 2, "shape").is_some_and(|s| !s.is_none()) {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "minipy: memoryview.cast() with a shape is not supported",
        ));
    }
    let mut cast = MemView::sub(m.obj.clone(), m.start, 1, m.len, format, m.readonly);
    cast.native_prefix = text.starts_with('@');
    Ok(new_view(cast))
}

fn get_obj<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(view(&args, "obj")?.obj.clone())
}

fn get_nbytes<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(view(&args, "nbytes")?.len as i64))
}

fn get_readonly<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(view(&args, "readonly")?.readonly))
}

fn get_itemsize<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view(&args, "itemsize")?;
    Ok(Value::Int(1))
}

fn get_format<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let m = view(&args, "format")?;
    Ok(Value::str(format!("{}{}", if m.native_prefix { "@" } else { "" }, m.format as char)))
}

fn get_ndim<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view(&args, "ndim")?;
    Ok(Value::Int(1))
}

fn get_shape<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::tuple(vec![Value::Int(view(&args, "shape")?.len as i64)]))
}

fn get_strides<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::tuple(vec![Value::Int(view(&args, "strides")?.step as i64)]))
}

fn get_suboffsets<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view(&args, "suboffsets")?;
    Ok(Value::tuple(Vec::new()))
}

fn get_contiguous<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let m = view(&args, "contiguous")?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}
