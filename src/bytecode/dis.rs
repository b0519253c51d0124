//! The disassembler (`minipy dis`): one printer per operand shape.
//!
//! The layout follows CPython 3.11's `dis.dis`: the source line at the
//! first instruction of each line (with a blank line before it), `>>` on
//! jump targets, the instruction index, the opcode name, the operand, and
//! its meaning in parentheses; then every nested code object, depth first.
//! Which printer reads an operand is decided by `Op::shape()` alone, so a new
//! opcode needs no change here.

use std::collections::HashSet;
use std::fmt::Write;

use super::code::{Code, Const};
use super::opcodes::{Instr, Shape, binop_from_arg, cmpop_from_arg, unaryop_from_arg};
use crate::ast::UnaryOp;
use crate::text::float_repr::float_repr;
use crate::text::str_repr::{bytes_repr, str_repr};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// The disassembly of `code` and, recursively, of the code objects among its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            disassemble_into(inner, out);
        }
    }
}

fn disassemble_one(code: &Code, out: &mut String) {
    let targets: HashSet<u32> = code.instrs.iter().filter(|i| i.op.is_jump()).map(|i| i.arg).collect();
    let max_line = code.lines.iter().copied().max().unwrap_or(0);
    let line_width = if max_line >= 1000 { max_line.to_string().len() } else { 3 };
    let offset_width = if code.instrs.len() > 10000 { (code.instrs.len() - 1).to_string().len() } else { 4 };
    let mut last_line = None;
    for (i, ins) in code.instrs.iter().enumerate() {
        // The program as compiled: a superinstruction shows as its first half.
        let ins = &Instr { op: ins.op.fused().map_or(ins.op, |(first, _)| first), arg: ins.arg };
        let line = code.lines.get(i).copied();
        let mut fields = Vec::with_capacity(6);
        if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            fields.push(format!("{:>line_width$}", line.unwrap_or(0)));
            last_line = line;
        } else {
            fields.push(" ".repeat(line_width));
        }
        fields.push("   ".to_string());
        fields.push(if targets.contains(&(i as u32)) { ">>" } else { "  " }.to_string());
        fields.push(format!("{i:>offset_width$}"));
        fields.push(format!("{:<OPNAME_WIDTH$}", ins.op.name()));
        if ins.op.shape() != Shape::None {
            fields.push(format!("{:>OPARG_WIDTH$}", ins.arg));
            let meaning = operand_meaning(code, *ins);
            if !meaning.is_empty() {
                fields.push(format!("({meaning})"));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
}

/// What an operand means, in the words of its shape's printer.
fn operand_meaning(code: &Code, ins: Instr) -> String {
    match ins.op.shape() {
        Shape::None | Shape::Count => String::new(),
        Shape::Const => const_operand(code, ins.arg),
        Shape::Name => pool_operand(&code.names, ins.arg),
        Shape::Local => pool_operand(&code.varnames, ins.arg),
        Shape::Cell => cell_operand(code, ins.arg),
        Shape::Jump => format!("to {}", ins.arg),
        Shape::BinOp => binop_operand(ins.arg),
        Shape::UnaryOp => unaryop_operand(ins.arg),
        Shape::CmpOp => cmpop_from_arg(ins.arg).map_or_else(|| "<invalid>".to_string(), |c| c.symbol().to_string()),
        Shape::Flags => flags_operand(ins),
    }
}

fn const_operand(code: &Code, arg: u32) -> String {
    code.consts.get(arg as usize).map_or_else(|| "<invalid>".to_string(), const_repr)
}

fn pool_operand(pool: &[String], arg: u32) -> String {
    pool.get(arg as usize).cloned().unwrap_or_else(|| "<invalid>".to_string())
}

fn cell_operand(code: &Code, arg: u32) -> String {
    let i = arg as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .cloned()
        .unwrap_or_else(|| "<invalid>".to_string())
}

fn binop_operand(arg: u32) -> String {
    match binop_from_arg(arg) {
        Some((op, true)) => format!("{}=", op.symbol()),
        Some((op, false)) => op.symbol().to_string(),
        None => "<invalid>".to_string(),
    }
}

fn unaryop_operand(arg: u32) -> String {
    match unaryop_from_arg(arg) {
        Some(UnaryOp::Not) => "not",
        Some(UnaryOp::Neg) => "-",
        Some(UnaryOp::Pos) => "+",
        Some(UnaryOp::Invert) => "~",
        None => "<invalid>",
    }
    .to_string()
}

fn flags_operand(ins: Instr) -> String {
    let names: Vec<&str> = ins
        .op
        .flag_meanings()
        .iter()
        .filter(|(mask, value, _)| ins.arg & mask == *value)
        .map(|(_, _, name)| *name)
        .collect();
    names.join(", ")
}

/// A constant as Python's `repr` shows it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::True => "True".to_string(),
        Const::False => "False".to_string(),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::text::complex_text::complex_repr(*re, *im),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => match items.as_slice() {
            [one] => format!("({},)", const_repr(one)),
            _ => format!("({})", items.iter().map(const_repr).collect::<Vec<_>>().join(", ")),
        },
        Const::Code(code) => code_repr(code),
    }
}

fn code_repr(code: &Code) -> String {
    format!("<code object {}, line {}>", code.name, code.first_line)
}
