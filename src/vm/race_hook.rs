//! The VM side of `--race`: while the detector is on, the instruction
//! countdown is kept at one, so every instruction passes through the eval
//! breaker's slow path, which looks at the instruction about to run and
//! tells the detector about the shared location it touches. When `--race`
//! is off nothing here runs: the fast path is the ordinary countdown.

use std::sync::Arc;

use crate::bytecode::{Code, Op};
use crate::model::Model;
use crate::object::{ObjRef, Value};
use crate::race::{self, Site};
use crate::vm::Vm;
use crate::vm::eval::dict_get_str;
use crate::vm::frame::Frame;

/// A watched location: an object's address and a name in it.
type Location<'a> = (usize, &'a str);
/// Names the location in a report (built only when one is printed).
type Describe<'a> = Box<dyn Fn() -> String + 'a>;

impl<M: Model> Vm<M> {
    /// The eval breaker under `--race`: run the real one when its own
    /// countdown is due, then observe the next instruction.
    #[cold]
    pub(crate) fn race_breaker(
        &mut self,
        frame: &Frame<M>,
        code: &Arc<Code>,
        globals: &ObjRef<M>,
    ) -> crate::object::PyResult<(), M> {
        if self.race_left <= 1 {
            self.eval_breaker()?;
            self.race_left = self.ticks;
        } else {
            self.race_left -= 1;
        }
        self.ticks = 1;
        self.race_observe(frame, code, globals);
        Ok(())
    }

    fn race_observe(&mut self, frame: &Frame<M>, code: &Arc<Code>, globals: &ObjRef<M>) {
        let Some(instr) = code.instrs.get(frame.ip) else { return };
        let arg = instr.arg as usize;
        let addr = |v: &Value<M>| v.id() as usize;
        let (loc, write, what): (Location<'_>, bool, Describe<'_>) = match instr.op {
            Op::LoadGlobal | Op::StoreGlobal => {
                let name = &code.names[arg];
                let w = matches!(instr.op, Op::StoreGlobal);
                ((globals.addr(), name), w, Box::new(move || format!("global '{name}'")))
            }
            Op::LoadAttr | Op::StoreAttr => {
                let Some(obj) = frame.stack.last() else { return };
                let name = &code.names[arg];
                let w = matches!(instr.op, Op::StoreAttr);
                // Methods and classes are read everywhere and written once:
                // watch instance and class data only.
                let tn = obj.type_name().to_string();
                ((addr(obj), name), w, Box::new(move || format!("attribute '{name}' of a {tn} object")))
            }
            Op::LoadDeref | Op::StoreDeref => {
                let Some(cell) = frame.cells.get(arg) else { return };
                let w = matches!(instr.op, Op::StoreDeref);
                let name = code.cellvars.iter().chain(&code.freevars).nth(arg).cloned().unwrap_or_default();
                ((cell.addr(), ""), w, Box::new(move || format!("closure variable '{name}'")))
            }
            _ => return,
        };
        // The library's own bookkeeping (threading, queue) is ordered by
        // its locks in ways the detector does not model: watch user code.
        let file = dict_get_str(globals, "__file__").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        if file.starts_with("<minipy lib>") {
            return;
        }
        let line = code.lines.get(frame.ip).copied().unwrap_or(0);
        let thread = self.thread.name.lock().clone();
        let func = code.name.clone();
        let site =
            move || Site { thread: thread.clone(), stack: vec![format!("File \"{file}\", line {line}, in {func}")] };
        race::access(loc, &*what, write, &site);
    }
}
