//! A function activation: locals, value stack, cells and the block stack.

use crate::model::Model;
use crate::object::{ObjRef, Value};

#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// From SETUP_EXCEPT: on an exception, cut the stack to `depth`, push
    /// the exception and jump to `handler`.
    Except { handler: u32, depth: u32 },
    /// Inside an except handler: the exception being handled was pushed on
    /// the thread's handled-exception stack, which is popped on exit.
    Handler,
}

pub struct Frame<M: Model> {
    /// The function being run (module and class bodies run as functions too).
    pub func: ObjRef<M>,
    pub ip: usize,
    /// Fast locals first (`nlocals` slots), then the value stack.
    pub stack: Vec<Value<M>>,
    pub nlocals: usize,
    /// Cells: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef<M>>,
    pub blocks: Vec<Block>,
    /// The namespace of a class body (LOAD_NAME/STORE_NAME), if any.
    pub namespace: Option<ObjRef<M>>,
    /// Distinguishes activations in tracebacks.
    pub id: u64,
    /// An exception to raise at the resume point (`generator.throw`/`close`).
    pub throw: Option<crate::object::PyErr<M>>,
    /// Whether the last `run_frame` stopped at a yield (else it returned).
    pub yielded: bool,
}
