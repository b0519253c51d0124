//! Unwinding: an exception raised in a frame finds the innermost
//! SETUP_EXCEPT block still open there, or leaves the frame.

use crate::model::heap::ValueStack;
use std::sync::Arc;

use super::Vm;
use super::frame::{Block, Frame};
use crate::bytecode::Code;
use crate::model::Model;
use crate::object::exception::TraceEntry;
use crate::object::{ExcType, ObjKind, PyErr, PyResult};

impl<M: Model> Vm<M> {
    /// Find a handler for `err` in `frame`, or hand the error back.
    pub(super) fn unwind(&mut self, frame: &mut Frame<M>, code: &Arc<Code>, mut err: PyErr<M>) -> PyResult<(), M> {
        // No refcount traffic here: in racy-refcount mode every shared
        // count touched on this path would be one more lost update.
        if err.lazy_type() == Some(ExcType::NameError)
            && err.inner.traceback.is_empty()
            && let ObjKind::Function(f) = &frame.func.kind
        {
            self.attach_name_suggestion(&mut err, code, &f.globals);
        }
        err.add_trace(TraceEntry { code: code.clone(), instr: (frame.ip.max(1) - 1) as u32, frame_id: frame.id });
        let uncatchable = self.is_termination(&err);
        while let Some(block) = frame.blocks.pop() {
            match block {
                Block::Handler => {
                    if let Some(handled) = self.handled.pop()
                        && !uncatchable
                    {
                        err = self.chain_context(err, handled);
                    }
                }
                Block::Except { handler, depth } => {
                    if uncatchable {
                        continue;
                    }
                    frame.stack.truncate(depth as usize);
                    let exc = self.materialize(err);
                    self.handled.push(exc.clone());
                    frame.blocks.push(Block::Handler);
                    frame.stack.push_value(exc);
                    frame.ip = handler as usize;
                    return Ok(());
                }
            }
        }
        Err(err)
    }
}
