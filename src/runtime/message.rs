//! Messages: how values cross between isolated interpreters.
//!
//! A message is an owned, `Send` snapshot of a value graph: a flat arena of
//! nodes that refer to each other by index, so shared references and
//! cycles survive the trip (like pickle's memo). Encoding walks one heap;
//! decoding builds fresh objects in another. Nothing in a message points
//! into any heap, so `Process` (whose heap is never shared) needs no
//! `unsafe` to talk to its workers. Kernel objects (locks, queues) travel as
//! shared handles: they are the "kernel" both sides talk to. Native objects
//! with per-process state (hash objects) travel as copies.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;

use super::kernel::NativeHandle;
use crate::bytecode::Code;
use crate::model::{Model, ObjCell};
use crate::object::class::{BuiltinType, Class, ExcState, Instance};
use crate::object::dict::Dict;
use crate::object::{ExcType, Function, ObjKind, ObjRef, PyErr, PyResult, Range, Value};
use crate::vm::Vm;

#[derive(Clone)]
pub enum Node {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Tuple(Vec<usize>),
    List(Vec<usize>),
    Dict(Vec<(usize, usize)>),
    Set(Vec<usize>),
    FrozenSet(Vec<usize>),
    Range(Range),
    Slice([usize; 3]),
    Code(Arc<Code>),
    Function {
        code: usize,
        globals: usize,
        defaults: Vec<usize>,
        kwdefaults: Option<usize>,
        closure: Vec<usize>,
        name: String,
    },
    Cell(usize),
    BuiltinType(BuiltinType),
    ExcClass(ExcType),
    Class {
        name: String,
        qualname: String,
        base: Option<usize>,
        dict: usize,
    },
    Instance {
        class: usize,
        dict: usize,
        exc_args: Option<Vec<usize>>,
    },
    Builtin(Option<&'static str>, String),
    BoundMethod(usize, usize),
    /// A module: native and library ones are imported again by name on
    /// the other side; the user's own (from a file) travel with their
    /// namespace, as a fork would copy them.
    Module {
        name: String,
        dict: Option<usize>,
    },
    StaticMethod(usize),
    ClassMethod(usize),
    Property([usize; 4]),
    Native(NativeHandle),
}

/// An owned, sendable copy of a value graph.
pub struct Message {
    pub nodes: Vec<Node>,
    pub root: usize,
    /// Approximate payload size, for `--stats`.
    pub bytes: usize,
    /// Joins the send to the receipt in `--trace`.
    pub id: u64,
}

struct Encoder<'a, M: Model> {
    vm: &'a mut Vm<M>,
    nodes: Vec<Node>,
    memo: HashMap<usize, usize>,
    bytes: usize,
    /// Inside a function's globals: what cannot be copied (a generator, a
    /// thread-only queue) arrives as None rather than failing the whole
    /// message, as a forked child simply would not use it.
    lenient: bool,
}

/// Deep-copy a value out of `vm`'s heap (counted in `--stats` as a message).
pub fn encode<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Message, M> {
    let started = std::time::Instant::now();
    let mut e = Encoder { vm, nodes: Vec::new(), memo: HashMap::new(), bytes: 0, lenient: false };
    let root = e.encode(v)?;
    let (nodes, bytes) = (e.nodes, e.bytes);
    let id = vm.interp.stats.message_sent(&vm.thread, bytes, started);
    Ok(Message { nodes, root, bytes, id })
}

impl<M: Model> Encoder<'_, M> {
    fn push(&mut self, n: Node) -> usize {
        self.nodes.push(n);
        self.nodes.len() - 1
    }

    fn encode(&mut self, v: &Value<M>) -> PyResult<usize, M> {
        self.bytes += 16;
        let o = match v {
            Value::Undef | Value::None => return Ok(self.push(Node::None)),
            Value::Bool(b) => return Ok(self.push(Node::Bool(*b))),
            Value::Int(i) => return Ok(self.push(Node::Int(*i))),
            Value::Float(f) => return Ok(self.push(Node::Float(*f))),
            Value::Obj(o) => o,
        };
        if let Some(&i) = self.memo.get(&o.addr()) {
            return Ok(i);
        }
        // Reserve the slot first so cycles point back at it.
        let slot = self.push(Node::None);
        self.memo.insert(o.addr(), slot);
        // Containers recurse: count the depth against the recursion limit
        // (decoding then nests no deeper than this did).
        self.vm.enter_recursion(" while pickling an object")?;
        let node = self.encode_kind(o);
        self.vm.leave_recursion();
        self.nodes[slot] = node?;
        Ok(slot)
    }

    /// The node for one heap object (its slot is already reserved).
    fn encode_kind(&mut self, o: &ObjRef<M>) -> PyResult<Node, M> {
        let node = match &o.kind {
            ObjKind::Str(s) => {
                self.bytes += s.as_str().len();
                Node::Str(s.as_str().to_string())
            }
            ObjKind::BigInt(b) => {
                self.bytes += (b.bits() / 8) as usize;
                Node::BigInt(b.clone())
            }
            ObjKind::Complex(c) => Node::Complex(c.re, c.im),
            ObjKind::Bytes(b) => {
                self.bytes += b.len();
                Node::Bytes(b.to_vec())
            }
            ObjKind::ByteArray(b) => {
                let data = b.with(|b| b.data.clone());
                self.bytes += data.len();
                Node::ByteArray(data)
            }
            ObjKind::Tuple(t) => Node::Tuple(self.encode_all(t)?),
            ObjKind::List(l) => {
                let items = l.with(|l| l.clone());
                Node::List(self.encode_all(&items)?)
            }
            ObjKind::Dict(d) => {
                let items = d.with(|d| d.items());
                // The main module's globals (a pool's workers get them) are
                // copied as a fork copies them, like any module's.
                let is_main = self.vm.interp.main_globals.with(|g| g.as_ref().is_some_and(|g| ObjRef::ptr_eq(g, o)));
                let lenient = self.lenient;
                self.lenient = lenient || is_main;
                let pairs = self.encode_pairs(&items);
                self.lenient = lenient;
                Node::Dict(pairs?)
            }
            ObjKind::Set(d) => {
                let keys = d.with(|d| d.keys());
                Node::Set(self.encode_all(&keys)?)
            }
            ObjKind::FrozenSet(d) => Node::FrozenSet(self.encode_all(&d.keys())?),
            ObjKind::Range(r) => Node::Range(*r),
            ObjKind::Slice(s) => {
                let s = s.clone();
                Node::Slice([self.encode(&s[0])?, self.encode(&s[1])?, self.encode(&s[2])?])
            }
            ObjKind::Code(c) => Node::Code(c.code.clone()),
            ObjKind::Function(f) => {
                let code = self.encode(&Value::Obj(f.code_obj.clone()))?;
                let lenient = std::mem::replace(&mut self.lenient, true);
                let globals = self.encode(&Value::Obj(f.globals.clone()));
                self.lenient = lenient;
                let globals = globals?;
                let defaults = self.encode_all(&f.defaults)?;
                let kwdefaults = match &f.kwdefaults {
                    Some(k) => Some(self.encode(&Value::Obj(k.clone()))?),
                    None => None,
                };
                let cells: Vec<Value<M>> = f.closure.iter().cloned().map(Value::Obj).collect();
                let closure = self.encode_all(&cells)?;
                Node::Function { code, globals, defaults, kwdefaults, closure, name: f.name.to_string() }
            }
            ObjKind::Cell(c) => {
                let v = c.with(|v| v.clone());
                Node::Cell(self.encode(&v)?)
            }
            ObjKind::Class(c) => self.encode_class(o, c)?,
            ObjKind::Instance(inst) => {
                let class = self.encode(&Value::Obj(inst.class_obj().clone()))?;
                let items = inst.with_dict(|d| d.items());
                let pairs = self.encode_pairs(&items)?;
                let dict = self.push(Node::Dict(pairs));
                let exc_args = match &inst.exc {
                    Some(e) => Some(self.encode_all(&e.with(|e| e.args.clone()))?),
                    None => None,
                };
                Node::Instance { class, dict, exc_args }
            }
            // A built-in method bound to an object cannot be rebuilt
            // elsewhere; inside copied globals it becomes None.
            ObjKind::Builtin(b) if self.lenient && b.module.is_none() && b.is_method => return Ok(Node::None),
            ObjKind::Builtin(b) => Node::Builtin(b.module, b.name.to_string()),
            ObjKind::BoundMethod(f, s) => {
                let (f, s) = (f.clone(), s.clone());
                Node::BoundMethod(self.encode(&f)?, self.encode(&s)?)
            }
            ObjKind::Module(m) => {
                let from_file = crate::vm::eval::dict_get_str(&m.dict, "__file__")
                    .is_some_and(|f| f.as_str().is_some_and(|f| !f.starts_with('<')));
                // A module's globals are copied as a fork copies them: what
                // cannot cross (a thread's queue.Queue, ...) is left out.
                let dict = match from_file || m.name == "__main__" {
                    true => {
                        let lenient = std::mem::replace(&mut self.lenient, true);
                        let dict = self.encode(&Value::Obj(m.dict.clone()));
                        self.lenient = lenient;
                        Some(dict?)
                    }
                    false => None,
                };
                Node::Module { name: m.name.clone(), dict }
            }
            ObjKind::StaticMethod(f) => Node::StaticMethod(self.encode(f)?),
            ObjKind::ClassMethod(f) => Node::ClassMethod(self.encode(f)?),
            ObjKind::Property(p) => {
                let p = p.clone();
                Node::Property([self.encode(&p[0])?, self.encode(&p[1])?, self.encode(&p[2])?, self.encode(&p[3])?])
            }
            ObjKind::Native(n) => {
                if let Some(q) = n.downcast::<super::kernel::KQueue>()
                    && !q.copying
                {
                    if self.lenient {
                        return Ok(Node::None);
                    }
                    return Err(PyErr::type_error(
                        "a queue.Queue cannot be shared with another process; use multiprocessing.Queue",
                    ));
                }
                Node::Native(n.0.copy_for_other_interpreter().unwrap_or_else(|| n.clone()))
            }
            ObjKind::Iter(_) | ObjKind::Super(..) | ObjKind::MemoryView(_) => {
                if self.lenient {
                    return Ok(Node::None);
                }
                return Err(PyErr::type_error(format!("cannot pickle '{}' object", o.kind.type_name())));
            }
        };
        Ok(node)
    }

    fn encode_class(&mut self, o: &ObjRef<M>, c: &Class<M>) -> PyResult<Node, M> {
        // Built-in classes (and the built-in queue.Empty/Full) are sent by
        // name; classes written in Python, library ones included, are copied.
        let builtin_queue_exc = matches!(c.exc, Some(t @ (ExcType::Empty | ExcType::Full))
            if ObjRef::ptr_eq(o, self.vm.exc_class(t)));
        if c.module == "builtins" || builtin_queue_exc {
            return Ok(match c.exc {
                Some(t)
                    if c.builtin == BuiltinType::BaseException
                        && !ObjRef::ptr_eq(o, self.vm.builtin_type(BuiltinType::BaseException)) =>
                {
                    Node::ExcClass(t)
                }
                _ => Node::BuiltinType(c.builtin),
            });
        }
        // A library class with native methods (array.array) cannot be
        // copied: it travels by reference, as pickle sends every class.
        let native_methods =
            || c.dict.with(|d| d.iter().any(|(_, v)| matches!(v.kind(), Some(ObjKind::Builtin(b)) if b.is_method)));
        if let Some(module) = self.vm.interp.registry.static_name(&c.module)
            && c.name == c.qualname
            && native_methods()
        {
            return Ok(Node::Builtin(Some(module), c.name.clone()));
        }
        let base = match c.bases.first() {
            Some(b) => Some(self.encode(&Value::Obj(b.clone()))?),
            None => None,
        };
        let items = c.dict.with(|d| d.items());
        let pairs = self.encode_pairs(&items)?;
        let dict = self.push(Node::Dict(pairs));
        Ok(Node::Class { name: c.name.clone(), qualname: c.qualname.clone(), base, dict })
    }

    fn encode_all(&mut self, items: &[Value<M>]) -> PyResult<Vec<usize>, M> {
        items.iter().map(|v| self.encode(v)).collect()
    }

    fn encode_pairs(&mut self, items: &[(Value<M>, Value<M>)]) -> PyResult<Vec<(usize, usize)>, M> {
        items.iter().map(|(k, v)| Ok((self.encode(k)?, self.encode(v)?))).collect()
    }
}

/// Rebuild a message in `vm`'s heap.
pub fn decode<M: Model>(vm: &mut Vm<M>, msg: &Message) -> PyResult<Value<M>, M> {
    decode_graph(vm, msg).map(|(v, _)| v)
}

/// Rebuild a message, also returning every object made for it, so a worker
/// can break the copy's reference cycles (module globals <-> functions,
/// classes <-> methods) once it is done with it.
pub fn decode_graph<M: Model>(vm: &mut Vm<M>, msg: &Message) -> PyResult<(Value<M>, Vec<Value<M>>), M> {
    let started = std::time::Instant::now();
    let mut memo: Vec<Option<Value<M>>> = vec![None; msg.nodes.len()];
    let root = decode_node(vm, msg, msg.root, &mut memo)?;
    vm.interp.stats.message_received(&vm.thread, msg.id, msg.bytes, started);
    Ok((root, memo.into_iter().flatten().collect()))
}

/// The receiver's own top-level class of this name, if its `__main__`
/// globals have one: a class travels by reference when it can.
fn main_class<M: Model>(vm: &Vm<M>, name: &str, qualname: &str) -> Option<ObjRef<M>> {
    if name != qualname {
        return None;
    }
    let globals = vm.interp.main_globals.with(|g| g.clone())?;
    let found = crate::vm::eval::dict_get_str(&globals, name)?;
    match found.kind() {
        Some(ObjKind::Class(c)) if c.qualname == qualname => found.as_obj().cloned(),
        _ => None,
    }
}

fn decode_node<M: Model>(
    vm: &mut Vm<M>,
    msg: &Message,
    i: usize,
    memo: &mut Vec<Option<Value<M>>>,
) -> PyResult<Value<M>, M> {
    if let Some(v) = &memo[i] {
        return Ok(v.clone());
    }
    if let Node::Class { name, qualname, .. } = &msg.nodes[i]
        && let Some(cls) = main_class(vm, name, qualname)
    {
        memo[i] = Some(Value::Obj(cls.clone()));
        return Ok(Value::Obj(cls));
    }
    let all = |vm: &mut Vm<M>, memo: &mut Vec<Option<Value<M>>>, idx: &[usize]| -> PyResult<Vec<Value<M>>, M> {
        idx.iter().map(|j| decode_node(vm, msg, *j, memo)).collect()
    };
    let v = match &msg.nodes[i] {
        Node::None => Value::None,
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(n) => Value::Int(*n),
        Node::Float(f) => Value::Float(*f),
        Node::Complex(re, im) => Value::complex(*re, *im),
        Node::BigInt(b) => Value::from_bigint(b.clone()),
        Node::Str(s) => Value::str(s.clone()),
        Node::Bytes(b) => Value::obj(ObjKind::Bytes(b.clone().into_boxed_slice())),
        Node::ByteArray(b) => crate::object::buffer::new_bytearray(b.clone()),
        Node::Tuple(items) => Value::tuple(all(vm, memo, items)?),
        Node::List(items) => {
            let l = Value::list(Vec::new());
            memo[i] = Some(l.clone());
            let vals = all(vm, memo, items)?;
            if let Some(ObjKind::List(c)) = l.kind() {
                c.with(|v| *v = vals);
            }
            l
        }
        Node::Dict(pairs) => {
            let d = Value::dict(Dict::new());
            memo[i] = Some(d.clone());
            for (k, v) in pairs {
                let k = decode_node(vm, msg, *k, memo)?;
                let v = decode_node(vm, msg, *v, memo)?;
                vm.setitem(&d, k, v)?;
            }
            d
        }
        Node::Set(items) => {
            let vals = all(vm, memo, items)?;
            vm.new_set(vals)?
        }
        Node::FrozenSet(items) => {
            let vals = all(vm, memo, items)?;
            let d = vm.set_data(vals)?;
            Value::obj(ObjKind::FrozenSet(d))
        }
        Node::Range(r) => Value::obj(ObjKind::Range(*r)),
        Node::Slice(s) => {
            let parts = all(vm, memo, s)?;
            let [a, b, c]: [Value<M>; 3] = parts.try_into().map_err(|_| PyErr::type_error("bad slice"))?;
            Value::obj(ObjKind::Slice(Box::new([a, b, c])))
        }
        Node::Code(code) => Value::Obj(vm.materialize_code(code)),
        Node::Function { code, globals, defaults, kwdefaults, closure, name } => {
            let code_obj =
                decode_node(vm, msg, *code, memo)?.as_obj().cloned().ok_or_else(|| PyErr::type_error("bad code"))?;
            let globals = decode_node(vm, msg, *globals, memo)?
                .as_obj()
                .cloned()
                .ok_or_else(|| PyErr::type_error("bad globals"))?;
            let defaults = all(vm, memo, defaults)?.into_boxed_slice();
            let kwdefaults = match kwdefaults {
                Some(k) => decode_node(vm, msg, *k, memo)?.as_obj().cloned(),
                None => None,
            };
            let closure = all(vm, memo, closure)?
                .into_iter()
                .filter_map(|c| c.as_obj().cloned())
                .collect::<Vec<_>>()
                .into_boxed_slice();
            Value::obj(ObjKind::Function(Function::new(
                code_obj,
                globals,
                defaults,
                kwdefaults,
                closure,
                name.as_str().into(),
            )))
        }
        Node::Cell(inner) => {
            let cell = Value::obj(ObjKind::Cell(M::Cell::new(Value::Undef)));
            memo[i] = Some(cell.clone());
            let v = decode_node(vm, msg, *inner, memo)?;
            if let Some(ObjKind::Cell(c)) = cell.kind() {
                let old = c.with(|slot| std::mem::replace(slot, v));
                drop(old);
            }
            cell
        }
        Node::BuiltinType(t) => Value::Obj(vm.builtin_type(*t).clone()),
        Node::ExcClass(t) => Value::Obj(vm.exc_class(*t).clone()),
        Node::Class { name, qualname, base, dict } => {
            let base = match base {
                Some(b) => decode_node(vm, msg, *b, memo)?.as_obj().cloned(),
                None => None,
            };
            let base = base.unwrap_or_else(|| vm.builtin_type(BuiltinType::Object).clone());
            let (mut mro, builtin, exc, finalizer) = match &base.kind {
                ObjKind::Class(c) => {
                    (c.mro.clone(), c.builtin, c.exc, c.finalizer.load(std::sync::atomic::Ordering::Relaxed))
                }
                _ => (Vec::new(), BuiltinType::Object, None, false),
            };
            mro.insert(0, base.clone());
            let cls = ObjRef::new(ObjKind::Class(Box::new(Class {
                name: name.clone(),
                qualname: qualname.clone(),
                module: "__main__".into(),
                bases: vec![base],
                mro,
                dict: M::Cell::new(Dict::new()),
                builtin,
                exc,
                // Not carried across interpreters (docs/divergences.md).
                custom_getattribute: false,
                metaclass: None,
                slots: None,
                cache_id: crate::object::class_cache::new_class_id(),
                // `set_attr` below sets it if the class defines `__del__`.
                finalizer: finalizer.into(),
                traits: Default::default(),
                builtin_views: Default::default(),
                instantiation: Default::default(),
            })));
            memo[i] = Some(Value::Obj(cls.clone()));
            if let Node::Dict(pairs) = &msg.nodes[*dict] {
                for (k, v) in pairs {
                    let k = decode_node(vm, msg, *k, memo)?;
                    let v = decode_node(vm, msg, *v, memo)?;
                    if let (ObjKind::Class(c), Some(name)) = (&cls.kind, k.as_str()) {
                        c.set_attr(name, v);
                    }
                }
            }
            Value::Obj(cls)
        }
        Node::Instance { class, dict, exc_args } => {
            let cls =
                decode_node(vm, msg, *class, memo)?.as_obj().cloned().ok_or_else(|| PyErr::type_error("bad class"))?;
            let exc = match exc_args {
                Some(a) => {
                    let args = all(vm, memo, a)?;
                    Some(Box::new(M::Cell::new(ExcState { args, ..Default::default() })))
                }
                None => None,
            };
            let inst = Value::obj(ObjKind::Instance(Instance::new(cls, Dict::new()).with_exc(exc)));
            memo[i] = Some(inst.clone());
            if let Node::Dict(pairs) = &msg.nodes[*dict] {
                for (k, v) in pairs {
                    let k = decode_node(vm, msg, *k, memo)?;
                    let v = decode_node(vm, msg, *v, memo)?;
                    // Straight into the instance dict: a class's own
                    // __setattr__ must not run while it is being rebuilt.
                    if let (Some(name), Some(ObjKind::Instance(obj))) = (k.as_str(), inst.kind()) {
                        drop(crate::vm::eval::dict_set_str(&obj.dict_obj(), name, v));
                    }
                }
            }
            inst
        }
        Node::Builtin(Some(module), name) => {
            let m = vm.import_absolute(module)?;
            vm.getattr(&m, name)?
        }
        Node::Builtin(None, name) => match crate::vm::eval::dict_get_str(&vm.interp.builtins, name) {
            Some(v) => v,
            None => return Err(PyErr::type_error(format!("cannot rebuild built-in '{name}' in the new interpreter"))),
        },
        Node::BoundMethod(f, s) => {
            let f = decode_node(vm, msg, *f, memo)?;
            let s = decode_node(vm, msg, *s, memo)?;
            Value::obj(ObjKind::BoundMethod(f, s))
        }
        Node::Module { name, dict: None } => vm.import_absolute(name)?,
        Node::Module { name, dict: Some(d) } => {
            let dict = decode_node(vm, msg, *d, memo)?;
            if let Some(v) = &memo[i] {
                return Ok(v.clone());
            }
            match vm.loaded_module(name) {
                Some(existing) => existing,
                None => {
                    let dict = dict.as_obj().cloned().ok_or_else(|| PyErr::type_error("bad module"))?;
                    let module = Value::obj(ObjKind::Module(crate::object::Module { name: name.clone(), dict }));
                    vm.add_module(name, module.clone());
                    module
                }
            }
        }
        Node::StaticMethod(f) => Value::obj(ObjKind::StaticMethod(decode_node(vm, msg, *f, memo)?)),
        Node::ClassMethod(f) => Value::obj(ObjKind::ClassMethod(decode_node(vm, msg, *f, memo)?)),
        Node::Property(p) => {
            let parts = all(vm, memo, p)?;
            let [a, b, c, d]: [Value<M>; 4] = parts.try_into().map_err(|_| PyErr::type_error("bad property"))?;
            Value::obj(ObjKind::Property(Box::new([a, b, c, d])))
        }
        Node::Native(h) => Value::obj(ObjKind::Native(h.clone())),
    };
    memo[i] = Some(v.clone());
    Ok(v)
}
