//! `max_stack`: a flow analysis over the instructions using
//! `Op::stack_effect`, following both edges of every branch (including the
//! exception-handler edge of SETUP_EXCEPT). Every reachable instruction must
//! be entered with one depth from all its predecessors; a mismatch is a
//! compiler bug, reported rather than silently producing a bad frame size.

use crate::bytecode::{Instr, Op};

/// Instructions after which control never falls through.
pub fn is_terminator(op: Op) -> bool {
    matches!(op, Op::Jump | Op::ReturnValue | Op::Reraise | Op::RaiseVarargs)
}

pub fn max_stack(instrs: &[Instr]) -> Result<u32, String> {
    let n = instrs.len();
    if n == 0 {
        return Ok(0);
    }
    let mut flow = Flow { depth: vec![None; n], work: vec![0] };
    flow.depth[0] = Some(0);
    let mut max = 0i32;
    while let Some(i) = flow.work.pop() {
        let d = flow.depth[i].unwrap_or(0);
        let Instr { op, arg } = instrs[i];
        if op.is_jump() {
            let dj = d + op.stack_effect(arg, true);
            max = max.max(dj);
            flow.enter(arg as usize, dj, i)?;
        }
        if !is_terminator(op) {
            let df = d + op.stack_effect(arg, false);
            max = max.max(df);
            flow.enter(i + 1, df, i)?;
        }
    }
    Ok(max as u32)
}

struct Flow {
    /// Depth on entry to each instruction, once known.
    depth: Vec<Option<i32>>,
    work: Vec<usize>,
}

impl Flow {
    fn enter(&mut self, target: usize, d: i32, from: usize) -> Result<(), String> {
        if target >= self.depth.len() {
            return Err(format!("instruction {from} flows to {target}, past the end"));
        }
        if d < 0 {
            return Err(format!("stack underflow after instruction {from}"));
        }
        match self.depth[target] {
            None => {
                self.depth[target] = Some(d);
                self.work.push(target);
            }
            Some(old) if old != d => {
                return Err(format!("stack depths {old} and {d} meet at instruction {target}"));
            }
            Some(_) => {}
        }
        Ok(())
    }
}
