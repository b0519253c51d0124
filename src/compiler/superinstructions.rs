//! The peephole pass that writes superinstructions (see the opcode table)
//! over pairs of instructions that often run back to back: a pair of
//! local loads, a store then a load, and so on. Each costs one dispatch
//! instead of two.
//!
//! The second instruction of a pair stays in its slot. The jumps, line
//! table and spans therefore keep their meaning: a jump to the second runs
//! it alone, and an error in either half is reported at its own slot. The
//! same pass swaps values instead of packing and unpacking a tuple.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::{Instr, Op};

/// Whether code compiled from now on is fused. `--switch-every` and
/// `--schedule` turn it off: they count instructions, and a thread switch
/// is never taken inside a superinstruction.
pub static SUPERINSTRUCTIONS: AtomicBool = AtomicBool::new(true);

/// Rewrite `instrs` in place. A slot whose instruction ran as the second
/// half of a pair is not fused again with the one after it.
pub fn fuse(instrs: &mut [Instr]) {
    // Not a superinstruction: `dis` shows it, and it keeps the count of
    // instructions that `--switch-every` replays.
    swap_without_tuples(instrs);
    if !SUPERINSTRUCTIONS.load(Ordering::Relaxed) {
        return;
    }
    let mut i = 0;
    while i + 1 < instrs.len() {
        match superinstruction(instrs[i].op, instrs[i + 1].op) {
            Some(op) => {
                instrs[i].op = op;
                i += 2;
            }
            None => i += 1,
        }
    }
}

/// `a, b = b, a` and `a, b, c = c, b, a`: BUILD_TUPLE n then
/// UNPACK_SEQUENCE n (n of 2 or 3) leave the stack as SWAP n does, without
/// making and taking apart a tuple (as CPython compiles them); NOP keeps the
/// second slot. Not where a jump lands on the UNPACK_SEQUENCE (`a, b = z if
/// c else (x, y)`), which then unpacks values that no tuple was built for.
fn swap_without_tuples(instrs: &mut [Instr]) {
    let mut landed_on = vec![false; instrs.len()];
    for instr in instrs.iter().filter(|i| i.op.is_jump()) {
        if let Some(slot) = landed_on.get_mut(instr.arg as usize) {
            *slot = true;
        }
    }
    for i in 1..instrs.len() {
        let (build, unpack) = (instrs[i - 1], instrs[i]);
        if build.op == Op::BuildTuple
            && unpack.op == Op::UnpackSequence
            && build.arg == unpack.arg
            && matches!(build.arg, 2 | 3)
            && !landed_on[i]
        {
            instrs[i - 1] = Instr { op: Op::Swap, arg: build.arg };
            instrs[i] = Instr { op: Op::Nop, arg: 0 };
        }
    }
}

/// The superinstruction that runs `first` and then `second`, if the table has one.
fn superinstruction(first: Op, second: Op) -> Option<Op> {
    if !matches!(first, Op::LoadFast | Op::StoreFast | Op::ForIter | Op::BuildSlice) {
        return None;
    }
    Op::ALL.iter().copied().find(|op| op.fused() == Some((first, second)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }

    #[test]
    fn fuses_pairs_and_leaves_the_second_slot_in_place() {
        let mut code = vec![
            ins(Op::LoadFast, 0),
            ins(Op::LoadFast, 1),
            ins(Op::LoadFast, 2),
            ins(Op::LoadConst, 0),
            ins(Op::StoreFast, 3),
            ins(Op::StoreFast, 4),
            ins(Op::StoreFast, 5),
            ins(Op::LoadFast, 5),
            ins(Op::ForIter, 11),
            ins(Op::StoreFast, 6),
            ins(Op::ReturnValue, 0),
        ];
        fuse(&mut code);
        let ops: Vec<Op> = code.iter().map(|i| i.op).collect();
        assert_eq!(
            ops,
            [
                Op::LoadFastLoadFast,
                Op::LoadFast,
                Op::LoadFastLoadConst,
                Op::LoadConst,
                Op::StoreFastStoreFast,
                Op::StoreFast,
                Op::StoreFastLoadFast,
                Op::LoadFast,
                Op::ForIterStoreFast,
                Op::StoreFast,
                Op::ReturnValue,
            ]
        );
        // Operands are untouched: each half reads its own slot's.
        assert!(code.iter().zip(0..).all(|(i, n)| i.arg == [0, 1, 2, 0, 3, 4, 5, 5, 11, 6, 0][n]));
    }

    #[test]
    fn every_superinstruction_keeps_its_first_halfs_shape_and_stack_effect() {
        for op in Op::ALL.iter().copied() {
            if let Some((first, second)) = op.fused() {
                assert_eq!(op.shape(), first.shape(), "{}", op.name());
                assert_eq!(op.stack_effect(3, false), first.stack_effect(3, false), "{}", op.name());
                assert_eq!(op.is_jump(), first.is_jump(), "{}", op.name());
                assert_eq!(op.stack_effect(3, true), first.stack_effect(3, true), "{}", op.name());
                // The second half never jumps: only the first's target is kept.
                assert!(!second.is_jump(), "{}", op.name());
                assert_eq!(superinstruction(first, second), Some(op));
            }
        }
    }
}
