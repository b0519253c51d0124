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

impl<M: Model> Frame<M> {
    /// Trade places with `other`, one field at a time, and the fields every
    /// instruction writes one word at a time. Moving a frame whole copies
    /// it in 16-byte pieces, which the CPU cannot forward from the 8-byte
    /// stores that just wrote its fields (its ip, its stack's length): every
    /// call and return stalled on that, costing more than the whole nest of
    /// Rust calls the in-place call replaced; swapping field by field still
    /// let LLVM merge neighbouring fields into 16-byte moves.
    #[inline(always)]
    pub fn exchange(&mut self, other: &mut Frame<M>) {
        use crate::model::heap::swap_in_words;
        swap_in_words(&mut self.func, &mut other.func);
        swap_in_words(&mut self.ip, &mut other.ip);
        swap_in_words(&mut self.stack, &mut other.stack);
        swap_in_words(&mut self.nlocals, &mut other.nlocals);
        // Most frames have no cells and are in no `try` when they call or
        // return: two length checks cost less than swapping six words.
        if !(self.cells.is_empty() && other.cells.is_empty()) {
            std::mem::swap(&mut self.cells, &mut other.cells);
        }
        if !(self.blocks.is_empty() && other.blocks.is_empty()) {
            std::mem::swap(&mut self.blocks, &mut other.blocks);
        }
        std::mem::swap(&mut self.namespace, &mut other.namespace);
        std::mem::swap(&mut self.id, &mut other.id);
        std::mem::swap(&mut self.throw, &mut other.throw);
        std::mem::swap(&mut self.yielded, &mut other.yielded);
    }
}

impl<M: Model> Frame<M> {
    /// An empty frame kept for reuse by in-place calls (see
    /// `vm::frame_stack`). It never runs; `placeholder` stands in for its
    /// function and must be immortal, so that no frame keeps a real
    /// function alive after its call.
    pub fn spare(placeholder: ObjRef<M>) -> Frame<M> {
        Frame {
            func: placeholder,
            ip: 0,
            stack: Vec::new(),
            nlocals: 0,
            cells: Vec::new(),
            blocks: Vec::new(),
            namespace: None,
            id: 0,
            throw: None,
            yielded: false,
        }
    }

    /// Empty this finished frame into a spare, field by field, keeping its
    /// stack's capacity unless it grew large.
    #[inline(always)]
    pub fn make_spare(&mut self, placeholder: ObjRef<M>) {
        const KEPT_CAPACITY: usize = 256;
        if self.stack.capacity() > KEPT_CAPACITY {
            self.stack = Vec::new();
        } else {
            self.stack.clear();
        }
        self.func = placeholder;
        self.ip = 0;
        self.nlocals = 0;
        // Kept, as the stack is: a closure's next call fills it again.
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if !self.blocks.is_empty() {
            self.blocks.clear();
        }
        self.namespace = None;
        self.throw = None;
        self.yielded = false;
    }
}
