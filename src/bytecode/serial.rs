//! Code objects as bytes and back: what the library's bytecode cache
//! (`disk_cache`) stores, so that an import of a library module need not
//! parse and compile it again in every process.
//!
//! The encoding is private to one build of minipy (the cache keys every
//! file by the build's source id), so it carries no compatibility promise:
//! little-endian fixed-width integers, strings and lists prefixed by a
//! `u32` length, one tag byte per constant. Decoding checks every length
//! and tag and gives `None` for bytes it cannot read, never a panic: a
//! damaged cache file is recompiled, not trusted.

use std::sync::Arc;

use num_bigint::BigInt;

use super::code::{Code, Const};
use super::inline_cache::InlineCaches;
use super::opcodes::{Instr, Op};
use crate::ast::Span;
use crate::diagnostics::SourceFile;

/// Deepest nesting of code objects and constant tuples decoded: far beyond
/// what the compiler makes of real source, low enough that a damaged file
/// cannot exhaust the stack.
const MAX_DEPTH: usize = 256;

const NONE: u8 = 0;
const TRUE: u8 = 1;
const FALSE: u8 = 2;
const ELLIPSIS: u8 = 3;
const INT: u8 = 4;
const BIG_INT: u8 = 5;
const FLOAT: u8 = 6;
const COMPLEX: u8 = 7;
const STR: u8 = 8;
const BYTES: u8 = 9;
const TUPLE: u8 = 10;
const CODE: u8 = 11;

/// `code` and every code object among its constants, as bytes.
pub fn encode(code: &Code) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.instrs.len() * 20 + 256);
    write_code(&mut out, code);
    out
}

/// The code object `encode` wrote, its source (and every nested code
/// object's) being `source`; `None` if `bytes` is not such an encoding.
pub fn decode(bytes: &[u8], source: &Arc<SourceFile>) -> Option<Arc<Code>> {
    let mut reader = Reader { bytes, pos: 0, source };
    let code = reader.code(0)?;
    (reader.pos == bytes.len()).then_some(code)
}

fn write_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn write_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn write_len(out: &mut Vec<u8>, n: usize) {
    write_u32(out, u32::try_from(n).expect("a code object part over 4G items"));
}

fn write_bytes(out: &mut Vec<u8>, b: &[u8]) {
    write_len(out, b.len());
    out.extend_from_slice(b);
}

fn write_strs(out: &mut Vec<u8>, strs: &[String]) {
    write_len(out, strs.len());
    for s in strs {
        write_bytes(out, s.as_bytes());
    }
}

fn write_code(out: &mut Vec<u8>, code: &Code) {
    write_bytes(out, code.name.as_bytes());
    write_bytes(out, code.qualname.as_bytes());
    write_len(out, code.instrs.len());
    for Instr { op, arg } in &code.instrs {
        out.push(*op as u8);
        write_u32(out, *arg);
    }
    // `spans` and `lines` have one entry per instruction.
    for span in &code.spans {
        write_u32(out, span.start);
        write_u32(out, span.end);
    }
    for line in &code.lines {
        write_u32(out, *line);
    }
    write_len(out, code.consts.len());
    for c in &code.consts {
        write_const(out, c);
    }
    write_strs(out, &code.names);
    write_strs(out, &code.varnames);
    write_strs(out, &code.cellvars);
    write_strs(out, &code.freevars);
    write_len(out, code.cell_params.len());
    for (cell, param) in &code.cell_params {
        write_u32(out, *cell);
        write_u32(out, *param);
    }
    for n in [code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.first_line, code.max_stack] {
        write_u32(out, n);
    }
    match &code.doc {
        None => out.push(0),
        Some(doc) => {
            out.push(1);
            write_bytes(out, doc.as_bytes());
        }
    }
}

fn write_const(out: &mut Vec<u8>, c: &Const) {
    match c {
        Const::None => out.push(NONE),
        Const::True => out.push(TRUE),
        Const::False => out.push(FALSE),
        Const::Ellipsis => out.push(ELLIPSIS),
        Const::Int(n) => {
            out.push(INT);
            write_u64(out, *n as u64);
        }
        Const::BigInt(n) => {
            out.push(BIG_INT);
            write_bytes(out, &n.to_signed_bytes_le());
        }
        Const::Float(x) => {
            out.push(FLOAT);
            write_u64(out, x.to_bits());
        }
        Const::Complex(re, im) => {
            out.push(COMPLEX);
            write_u64(out, re.to_bits());
            write_u64(out, im.to_bits());
        }
        Const::Str(s) => {
            out.push(STR);
            write_bytes(out, s.as_bytes());
        }
        Const::Bytes(b) => {
            out.push(BYTES);
            write_bytes(out, b);
        }
        Const::Tuple(items) => {
            out.push(TUPLE);
            write_len(out, items.len());
            for item in items {
                write_const(out, item);
            }
        }
        Const::Code(code) => {
            out.push(CODE);
            write_code(out, code);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    source: &'a Arc<SourceFile>,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.bytes.len())?;
        let taken = &self.bytes[self.pos..end];
        self.pos = end;
        Some(taken)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A count of items that each take at least `item_size` bytes: no more
    /// than the bytes left could hold, so a damaged count cannot make a
    /// huge allocation.
    fn count(&mut self, item_size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(item_size)? <= self.bytes.len() - self.pos).then_some(n)
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.count(1)?;
        self.take(n)
    }

    fn str(&mut self) -> Option<&str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.str().map(str::to_string)).collect()
    }

    fn code(&mut self, depth: usize) -> Option<Arc<Code>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let name: Arc<str> = self.str()?.into();
        let qualname = self.str()?.to_string();
        let n = self.count(5)?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            let op = *Op::ALL.get(self.u8()? as usize)?;
            instrs.push(Instr { op, arg: self.u32()? });
        }
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            spans.push(Span { start: self.u32()?, end: self.u32()? });
        }
        let lines = (0..n).map(|_| self.u32()).collect::<Option<Vec<_>>>()?;
        let nconsts = self.count(1)?;
        let consts = (0..nconsts).map(|_| self.constant(depth)).collect::<Option<Vec<_>>>()?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let ncells = self.count(8)?;
        let cell_params = (0..ncells).map(|_| Some((self.u32()?, self.u32()?))).collect::<Option<Vec<_>>>()?;
        let [argcount, posonlyargcount, kwonlyargcount, flags, first_line, max_stack] =
            [self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?];
        let doc = match self.u8()? {
            0 => None,
            1 => Some(self.str()?.into()),
            _ => return None,
        };
        Some(Arc::new(Code {
            name,
            qualname,
            instrs,
            spans,
            lines,
            consts,
            name_hashes: names.iter().map(|n| crate::object::hash::hash_str(n)).collect(),
            caches: InlineCaches::new(names.len()),
            names,
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            first_line,
            max_stack,
            doc,
            source: self.source.clone(),
        }))
    }

    fn constant(&mut self, depth: usize) -> Option<Const> {
        Some(match self.u8()? {
            NONE => Const::None,
            TRUE => Const::True,
            FALSE => Const::False,
            ELLIPSIS => Const::Ellipsis,
            INT => Const::Int(self.u64()? as i64),
            BIG_INT => Const::BigInt(BigInt::from_signed_bytes_le(self.bytes()?)),
            FLOAT => Const::Float(f64::from_bits(self.u64()?)),
            COMPLEX => Const::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            STR => Const::Str(self.str()?.into()),
            BYTES => Const::Bytes(self.bytes()?.into()),
            TUPLE => {
                if depth > MAX_DEPTH {
                    return None;
                }
                let n = self.count(1)?;
                Const::Tuple((0..n).map(|_| self.constant(depth + 1)).collect::<Option<Vec<_>>>()?)
            }
            CODE => Const::Code(self.code(depth + 1)?),
            _ => return None,
        })
    }
}
