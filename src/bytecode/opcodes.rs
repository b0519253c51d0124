//! The one definition of minipy's instruction set.
//!
//! Every opcode is written once, in the `opcodes!` table below, with:
//! its doc comment (a tiny spec of operand and stack effect, in the style of
//! Lua's `lopcodes.h`), its operand shape, its `dis` name, and its stack
//! effect as a function of the operand and whether the jump is taken.
//! The `Op` enum, `Op::name`, `Op::shape`, `Op::stack_effect` and the
//! disassembler are all derived from it.
//!
//! Stack notation: `[a, b] -> [c]` means `b` is on top before, `c` after.
//! Jump targets are absolute instruction indices.

/// How the 32-bit operand of an instruction is interpreted; the disassembler
/// has one printer per shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No operand (the operand is 0).
    None,
    /// Index into `Code::consts`.
    Const,
    /// Index into `Code::names` (globals, attributes, module names).
    Name,
    /// Index into `Code::varnames` (fast locals).
    Local,
    /// Index into the frame's cells: `cellvars` first, then `freevars`.
    Cell,
    /// Absolute instruction index.
    Jump,
    /// A count (of arguments, elements, depth).
    Count,
    /// `BinOp` index (see `binop_from_arg`), plus `INPLACE_FLAG` for `op=`.
    BinOp,
    /// `UnaryOp` index: 0 not, 1 neg, 2 pos, 3 invert.
    UnaryOp,
    /// `CmpOp` index (see `cmpop_from_arg`).
    CmpOp,
    /// Bit flags, described per opcode.
    Flags,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident ($shape:ident, $pyname:literal, |$arg:ident, $jump:ident| $effect:expr)
        $(fuses $first:ident + $second:ident)?; )*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The name printed by `minipy dis`.
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => $pyname,)* }
            }

            /// How the operand is read.
            pub fn shape(self) -> Shape {
                match self { $(Op::$name => Shape::$shape,)* }
            }

            /// Net change in stack depth. `jump` is true for the branch where
            /// a jump (or exception handler entry for `SetupExcept`) is taken.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self {
                    $(Op::$name => { let $arg = arg as i32; let $jump = jump; $effect })*
                }
            }

            /// True for instructions that can transfer control to their operand.
            pub fn is_jump(self) -> bool {
                self.shape() == Shape::Jump
            }

            /// For a superinstruction: the pair of instructions it runs (its
            /// own slot's, then the next slot's). See `compiler::superinstructions`.
            pub fn fused(self) -> Option<(Op, Op)> {
                match self {
                    $($(Op::$name => Some((Op::$first, Op::$second)),)?)*
                    _ => None,
                }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop(None, "NOP", |a, j| 0);
    /// `[x] -> []`
    PopTop(None, "POP_TOP", |a, j| -1);
    /// `COPY n`: push a new reference to the n-th item from the top (1 = TOS).
    Copy(Count, "COPY", |a, j| 1);
    /// `SWAP n`: swap TOS with the n-th item from the top (n >= 2).
    Swap(Count, "SWAP", |a, j| 0);

    /// `[] -> [consts[k]]`
    LoadConst(Const, "LOAD_CONST", |a, j| 1);
    /// `[] -> [local i]`; raises UnboundLocalError if the slot is empty.
    LoadFast(Local, "LOAD_FAST", |a, j| 1);
    /// `[x] -> []`, local i = x.
    StoreFast(Local, "STORE_FAST", |a, j| -1);
    /// Empties local i (raises UnboundLocalError if already empty).
    DeleteFast(Local, "DELETE_FAST", |a, j| 0);

    // Superinstructions. Each is written over the first of a pair of
    // instructions that often run back to back, and runs that one and the
    // next slot's (left in place, so a jump to it still runs it alone) in
    // one dispatch. Its stack effect is its own slot's; the next slot
    // counts its own. `dis` prints the pair as compiled.

    /// LOAD_FAST i, then the next slot's LOAD_FAST.
    LoadFastLoadFast(Local, "LOAD_FAST_LOAD_FAST", |a, j| 1) fuses LoadFast + LoadFast;
    /// LOAD_FAST i, then the next slot's LOAD_CONST.
    LoadFastLoadConst(Local, "LOAD_FAST_LOAD_CONST", |a, j| 1) fuses LoadFast + LoadConst;
    /// STORE_FAST i, then the next slot's LOAD_FAST.
    StoreFastLoadFast(Local, "STORE_FAST_LOAD_FAST", |a, j| -1) fuses StoreFast + LoadFast;
    /// STORE_FAST i, then the next slot's STORE_FAST.
    StoreFastStoreFast(Local, "STORE_FAST_STORE_FAST", |a, j| -1) fuses StoreFast + StoreFast;
    /// FOR_ITER to j, then the next slot's STORE_FAST of the item.
    ForIterStoreFast(Jump, "FOR_ITER_STORE_FAST", |a, j| if j { -1 } else { 1 }) fuses ForIter + StoreFast;
    /// BUILD_SLICE n, then the next slot's BINARY_SUBSCR: `seq[a:b]` or
    /// `seq[a:b:c]` of a list, tuple or str is taken without a slice object
    /// (CPython 3.12's BINARY_SLICE); anything else, and any error, builds
    /// the slice and leaves the subscript to its own slot.
    BuildSliceSubscr(Count, "BUILD_SLICE_SUBSCR", |a, j| 1 - a) fuses BuildSlice + BinarySubscr;
    /// BUILD_SLICE n, then the next slot's STORE_SUBSCR: `lst[a:b] = v` of
    /// a list is stored without a slice object (errors report at the
    /// STORE_SUBSCR's slot); anything else builds the slice and leaves the
    /// store to its own slot.
    BuildSliceStore(Count, "BUILD_SLICE_STORE", |a, j| 1 - a) fuses BuildSlice + StoreSubscr;
    /// `[] -> [cell i contents]`; NameError / UnboundLocalError if empty.
    LoadDeref(Cell, "LOAD_DEREF", |a, j| 1);
    /// `[x] -> []`, cell i contents = x.
    StoreDeref(Cell, "STORE_DEREF", |a, j| -1);
    /// Empties cell i.
    DeleteDeref(Cell, "DELETE_DEREF", |a, j| 0);
    /// `[] -> [cell i itself]`, to build a closure tuple for MAKE_FUNCTION.
    LoadClosure(Cell, "LOAD_CLOSURE", |a, j| 1);
    /// `[] -> [globals[names[i]] or builtins[names[i]]]`; NameError if neither.
    LoadGlobal(Name, "LOAD_GLOBAL", |a, j| 1);
    /// `[x] -> []`, globals[names[i]] = x.
    StoreGlobal(Name, "STORE_GLOBAL", |a, j| -1);
    /// Deletes globals[names[i]] (NameError if missing).
    DeleteGlobal(Name, "DELETE_GLOBAL", |a, j| 0);
    /// Module and class bodies: `[] -> [locals, then globals, then builtins [names[i]]]`.
    LoadName(Name, "LOAD_NAME", |a, j| 1);
    /// Module and class bodies: `[x] -> []`, locals[names[i]] = x.
    StoreName(Name, "STORE_NAME", |a, j| -1);
    /// Module and class bodies: deletes locals[names[i]].
    DeleteName(Name, "DELETE_NAME", |a, j| 0);

    /// `[obj] -> [obj.names[i]]`
    LoadAttr(Name, "LOAD_ATTR", |a, j| -1 + 1);
    /// `[value, obj] -> []`, obj.names[i] = value.
    StoreAttr(Name, "STORE_ATTR", |a, j| -2);
    /// `[obj] -> []`, del obj.names[i].
    DeleteAttr(Name, "DELETE_ATTR", |a, j| -1);
    /// `[obj] -> [callable, self_or_null]`: for a method found on the type,
    /// pushes the plain function and `obj`; otherwise pushes `obj.names[i]`
    /// and an internal null marker. Always followed by CALL_METHOD.
    LoadMethod(Name, "LOAD_METHOD", |a, j| 1);
    /// `[callable, self_or_null, arg1..argn] -> [result]`: calls
    /// `callable(self, args...)`, or `callable(args...)` when the marker is null.
    CallMethod(Count, "CALL_METHOD", |a, j| -a - 1);

    /// `[container, index] -> [container[index]]`
    BinarySubscr(None, "BINARY_SUBSCR", |a, j| -1);
    /// `[value, container, index] -> []`, container[index] = value.
    StoreSubscr(None, "STORE_SUBSCR", |a, j| -3);
    /// `[container, index] -> []`, del container[index].
    DeleteSubscr(None, "DELETE_SUBSCR", |a, j| -2);
    /// `BUILD_SLICE n` (2 or 3): `[lower, upper(, step)] -> [slice]`; absent parts are None.
    BuildSlice(Count, "BUILD_SLICE", |a, j| 1 - a);

    /// `[a, b] -> [a op b]`; with the in-place flag, `a op= b` semantics
    /// (lists extend in place, `__iadd__` is tried first).
    BinaryOp(BinOp, "BINARY_OP", |a, j| -1);
    /// `[a] -> [op a]`
    UnaryOp(UnaryOp, "UNARY_OP", |a, j| 0);
    /// `[a, b] -> [a cmp b]` for `==, !=, <, <=, >, >=, is, is not, in, not in`.
    CompareOp(CmpOp, "COMPARE_OP", |a, j| -1);

    /// Unconditional jump.
    Jump(Jump, "JUMP", |a, j| 0);
    /// `[x] -> []`, jump if x is falsy.
    PopJumpIfFalse(Jump, "POP_JUMP_IF_FALSE", |a, j| -1);
    /// `[x] -> []`, jump if x is truthy.
    PopJumpIfTrue(Jump, "POP_JUMP_IF_TRUE", |a, j| -1);
    /// If x is falsy, jump and keep it; otherwise pop it (for `and`).
    JumpIfFalseOrPop(Jump, "JUMP_IF_FALSE_OR_POP", |a, j| if j { 0 } else { -1 });
    /// If x is truthy, jump and keep it; otherwise pop it (for `or`).
    JumpIfTrueOrPop(Jump, "JUMP_IF_TRUE_OR_POP", |a, j| if j { 0 } else { -1 });

    /// `[iterable] -> [iter(iterable)]`
    GetIter(None, "GET_ITER", |a, j| 0);
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump.
    ForIter(Jump, "FOR_ITER", |a, j| if j { -1 } else { 1 });

    /// `[x1..xn] -> [(x1, ..., xn)]`
    BuildTuple(Count, "BUILD_TUPLE", |a, j| 1 - a);
    /// `[x1..xn] -> [[x1, ..., xn]]`
    BuildList(Count, "BUILD_LIST", |a, j| 1 - a);
    /// `[x1..xn] -> [{x1, ..., xn}]`
    BuildSet(Count, "BUILD_SET", |a, j| 1 - a);
    /// `[] -> [{c1, ..., cn}]` from a constant tuple: a display of three or
    /// more constants, which CPython folds into a constant frozenset and
    /// copies, and whose iteration order follows that copy's layout.
    BuildConstSet(Const, "BUILD_CONST_SET", |a, j| 1);
    /// `[] -> [frozenset({c1, ..., cn})]` from a constant tuple: a set
    /// display of constants that is only iterated (`for x in {1, 2}`),
    /// which CPython turns into a constant frozenset.
    LoadConstFrozenSet(Const, "LOAD_CONST_FROZENSET", |a, j| 1);
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ...}]`
    BuildMap(Count, "BUILD_MAP", |a, j| 1 - 2 * a);
    /// `[s1..sn] -> [s1 + ... + sn]` for str pieces (f-strings).
    BuildString(Count, "BUILD_STRING", |a, j| 1 - a);
    /// `[list, x] -> [list]` where list is the n-th item below x; appends x.
    ListAppend(Count, "LIST_APPEND", |a, j| -1);
    /// `[set, x] -> [set]` where set is the n-th item below x; adds x.
    SetAdd(Count, "SET_ADD", |a, j| -1);
    /// `[dict, k, v] -> [dict]` where dict is the n-th item below k and v; sets dict[k] = v.
    MapAdd(Count, "MAP_ADD", |a, j| -2);
    /// `[list, iterable] -> [list]` (list is n-th below): list.extend(iterable), for `*x` in displays.
    ListExtend(Count, "LIST_EXTEND", |a, j| -1);
    /// `[set, iterable] -> [set]` (set is n-th below): set.update(iterable).
    SetUpdate(Count, "SET_UPDATE", |a, j| -1);
    /// `[dict, mapping] -> [dict]` (dict is n-th below): dict.update(mapping), for `**m` in displays.
    DictUpdate(Count, "DICT_UPDATE", |a, j| -1);
    /// `[list] -> [tuple(list)]`
    ListToTuple(None, "LIST_TO_TUPLE", |a, j| 0);
    /// `[seq] -> [xn, ..., x1]` (x1 on top); ValueError if len(seq) != n.
    UnpackSequence(Count, "UNPACK_SEQUENCE", |a, j| a - 1);
    /// `UNPACK_EX before | after << 8`: `a, *b, c = seq`; pushes `after` items,
    /// the starred list, then `before` items (first item on top).
    UnpackEx(Count, "UNPACK_EX", |a, j| (a & 0xff) + (a >> 8));
    /// `[value(, spec)] -> [formatted str]`. Flags: low 2 bits conversion
    /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2 set when a spec str is on top.
    FormatValue(Flags, "FORMAT_VALUE", |a, j| if a & 4 != 0 { -1 } else { 0 });

    /// `[callable, arg1..argn] -> [result]`
    Call(Count, "CALL", |a, j| -a);
    /// `[callable, arg1..argn] -> [result]`: CALL for a call spelled
    /// `globals()`, `locals()`, `vars()`, `dir()`, `eval(...)` or
    /// `exec(...)`; when the callable is that builtin, it also gets the
    /// calling frame's globals and locals (CPython's builtins read the frame).
    CallWithFrame(Count, "CALL_WITH_FRAME", |a, j| -a);
    /// `[super, class, receiver] -> [result]`: `super()` in a method, with
    /// the arguments the compiler supplies (the `__class__` cell and the
    /// method's first argument). The built-in `super` is called with both;
    /// anything else the name was rebound to is called as written, with
    /// none. Followed by LOAD_METHOD, a Python method found after `class`
    /// goes on the stack as LOAD_METHOD would push it, and no super object
    /// is made.
    CallSuper(None, "CALL_SUPER", |a, j| -2);
    /// `[callable, arg1..argn, kwnames] -> [result]`: the last len(kwnames)
    /// of the n args are keyword arguments named by the const tuple `kwnames`.
    CallKw(Count, "CALL_KW", |a, j| -a - 1);
    /// `[callable, args_tuple(, kwargs_dict)] -> [result]`; flag 1: kwargs present.
    /// For calls with `*xs` or `**d`.
    CallEx(Flags, "CALL_FUNCTION_EX", |a, j| if a & 1 != 0 { -2 } else { -1 });
    /// `[(defaults,) (kwdefaults,) (annotations,) (closure,) code] -> [function]`.
    /// Flags: 1 a tuple of positional defaults, 2 a dict of keyword-only
    /// defaults, 4 a dict of annotations, 8 a tuple of cells; pushed in that
    /// order, code on top.
    MakeFunction(Flags, "MAKE_FUNCTION", |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)));
    /// `[x] -> [wrapped x]`: in an async generator, marks a value for
    /// YIELD_VALUE as the generator's own (`yield x`), as opposed to the
    /// values its awaits pass through to the event loop.
    AsyncGenWrap(None, "ASYNC_GEN_WRAP", |a, j| 0);
    /// `[] -> []`: makes `__annotations__` an empty dict in the current
    /// namespace unless it is there already (module and class bodies).
    SetupAnnotations(None, "SETUP_ANNOTATIONS", |a, j| 0);
    /// `[body_function, name, base1..basen] -> [class]`: runs the body with a
    /// fresh namespace dict as its locals, then builds the class. If the body
    /// returns a cell (its `__class__` cell), the cell is set to the new class.
    /// The operand is the number of bases; bit 16 set: a dict of the class
    /// keyword arguments (`metaclass=`, `__init_subclass__`'s) is on top.
    MakeClass(Count, "MAKE_CLASS", |a, j| -(a & 0xffff) - 1 - ((a >> 16) & 1) - ((a >> 17) & 1));
    /// `[x] -> []`, returns x from the frame.
    ReturnValue(None, "RETURN_VALUE", |a, j| -1);
    /// Generators: `[x] -> [sent]`: suspends the frame yielding x; on resume
    /// pushes the value sent in (None for `next`).
    YieldValue(None, "YIELD_VALUE", |a, j| 0);

    /// `yield from`: `[receiver, v] -> [receiver, yielded]`, sending `v` into
    /// the sub-iterator (a generator's `send`, else `next`); when it is
    /// exhausted, `[receiver, v] -> [result]` (its return value) and jump.
    Send(Jump, "SEND", |a, j| if j { -1 } else { 0 });

    /// `await`: `[x] -> [iterator]`: a coroutine itself, or what `x.__await__()`
    /// returns; TypeError for anything else. SEND then drives it.
    GetAwaitable(None, "GET_AWAITABLE", |a, j| 0);
    /// `async for`: `[x] -> [x.__aiter__()]`
    GetAiter(None, "GET_AITER", |a, j| 0);
    /// `async for`: `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetAnext(None, "GET_ANEXT", |a, j| 1);
    /// `async for` handler: `[aiter, exc] -> []` when exc is a
    /// StopAsyncIteration (leaving the except-handler block); else re-raises exc.
    EndAsyncFor(None, "END_ASYNC_FOR", |a, j| -2);
    /// `[mgr] -> [aexit, awaitable of mgr.__aenter__()]`, keeping the bound
    /// `mgr.__aexit__`.
    BeforeAsyncWith(None, "BEFORE_ASYNC_WITH", |a, j| 1);
    /// `[aexit] -> [awaitable of aexit(None, None, None)]` after a normal exit.
    AsyncWithExitNormal(None, "ASYNC_WITH_EXIT_NORMAL", |a, j| 0);
    /// `[aexit, exc] -> [aexit, exc, awaitable of aexit(type(exc), exc, tb)]`
    /// inside the async with's exception handler.
    AsyncWithExcept(None, "ASYNC_WITH_EXCEPT", |a, j| 1);

    /// Pushes an exception handler block: if an exception is raised before the
    /// matching POP_BLOCK, the stack is cut back to its depth at this point,
    /// the exception is pushed, an except-handler block is entered (making the
    /// exception the one "being handled"), and control jumps to the target.
    SetupExcept(Jump, "SETUP_EXCEPT", |a, j| if j { 1 } else { 0 });
    /// Pops the innermost SETUP_EXCEPT block (normal exit from a try body).
    PopBlock(None, "POP_BLOCK", |a, j| 0);
    /// Leaves an except-handler block: the previously handled exception
    /// becomes current again. The exception itself must already be popped.
    PopExcept(None, "POP_EXCEPT", |a, j| 0);
    /// `[exc, typ] -> [exc, bool]`: isinstance(exc, typ), typ a class or tuple.
    CheckExcMatch(None, "CHECK_EXC_MATCH", |a, j| 0);
    /// `[exc] -> []`: raises exc again, keeping its traceback (end of a
    /// finally block or of an unmatched handler chain).
    Reraise(None, "RERAISE", |a, j| -1);
    /// `RAISE_VARARGS n`: 0 re-raises the exception being handled; 1 `[exc]`
    /// raises exc (a class is instantiated); 2 `[exc, cause]` is `raise exc from cause`.
    RaiseVarargs(Count, "RAISE_VARARGS", |a, j| -a);
    /// `[] -> [AssertionError]` (the class itself, even if the name is shadowed).
    LoadAssertionError(None, "LOAD_ASSERTION_ERROR", |a, j| 1);

    /// `[mgr] -> [exit, enter_result]`: calls `mgr.__enter__()` and keeps the
    /// bound `mgr.__exit__` below its result.
    BeforeWith(None, "BEFORE_WITH", |a, j| 1);
    /// `[exit] -> []`: calls `exit(None, None, None)` after a normal exit.
    WithExitNormal(None, "WITH_EXIT_NORMAL", |a, j| -1);
    /// `[exit, exc] -> [exit, exc, suppress]`: calls
    /// `exit(type(exc), exc, tb)` inside the with's exception handler.
    WithExcept(None, "WITH_EXCEPT", |a, j| 1);

    /// `[] -> [module]`: `import names[i]`. For a dotted name `a.b.c` it
    /// imports `a`, `a.b` and `a.b.c` and pushes the top-level package `a`
    /// (as CPython's `__import__` without a fromlist); the compiler reaches
    /// `a.b.c` with IMPORT_FROM `b`, IMPORT_FROM `c` when it needs it.
    ImportName(Name, "IMPORT_NAME", |a, j| 1);
    /// `[] -> [module]`: `from names[i] import ...`: pushes the module
    /// itself. Leading dots in the name make it relative to the running
    /// code's package (`from ..x import y` is `..x`).
    ImportModule(Name, "IMPORT_MODULE", |a, j| 1);
    /// `[module] -> [module, module.names[i]]`: an attribute, or else the
    /// submodule `module.names[i]` imported (ImportError if neither).
    ImportFrom(Name, "IMPORT_FROM", |a, j| 1);
    /// `[module] -> []`: `from module import *` binds `__all__` (or every
    /// public name) in the current namespace.
    ImportStar(None, "IMPORT_STAR", |a, j| -1);

    /// `[x] -> [x, len(x)]`: a match pattern's length check.
    GetLen(None, "GET_LEN", |a, j| 1);
    /// `[x] -> [x, bool]`: whether a sequence pattern may match x: a list,
    /// tuple, range, or a `collections.abc.Sequence`, never str or bytes.
    MatchSequence(None, "MATCH_SEQUENCE", |a, j| 1);
    /// `[x] -> [x, bool]`: whether a mapping pattern may match x: a dict or
    /// a `collections.abc.Mapping`.
    MatchMapping(None, "MATCH_MAPPING", |a, j| 1);
    /// `[x, keys] -> [x, keys, values]`: the tuple of `x.get(k)` for each
    /// key of the tuple `keys`, or None when some key is missing.
    MatchKeys(None, "MATCH_KEYS", |a, j| 1);
    /// `MATCH_CLASS n`: `[x, cls, names] -> [attrs]`: if x is an instance of
    /// cls, the tuple of its n positional attributes (named by
    /// `cls.__match_args__`) and of the attributes in the tuple `names`;
    /// None if it is not, or an attribute is missing.
    MatchClass(Count, "MATCH_CLASS", |a, j| -2);

    /// `[x] -> []`: the REPL's display hook, emitted instead of POP_TOP for
    /// expression statements of interactive input. Unless x is None, writes
    /// `repr(x)` and a newline to stdout and binds it to `builtins._`.
    PrintExpr(None, "PRINT_EXPR", |a, j| -1);
}

impl Op {
    /// What the bits of a `Shape::Flags` operand mean, for the
    /// disassembler: `(mask, value, meaning)` entries, one printed for each
    /// that matches `arg & mask == value`.
    pub fn flag_meanings(self) -> &'static [(u32, u32, &'static str)] {
        match self {
            Op::FormatValue => &[(3, 1, "str"), (3, 2, "repr"), (3, 3, "ascii"), (4, 4, "with format")],
            Op::CallEx => &[(1, 1, "kwargs")],
            Op::MakeFunction => &[(1, 1, "defaults"), (2, 2, "kwdefaults"), (4, 4, "annotations"), (8, 8, "closure")],
            _ => &[],
        }
    }
}

/// Added to a BINARY_OP operand for augmented assignment (`x += 1`).
pub const INPLACE_FLAG: u32 = 0x100;

use crate::ast::{BinOp, CmpOp, UnaryOp};

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];

const CMPOPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];

const UNARYOPS: [UnaryOp; 4] = [UnaryOp::Not, UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert];

pub fn binop_to_arg(op: BinOp, inplace: bool) -> u32 {
    let i = BINOPS.iter().position(|b| *b == op).unwrap_or(0) as u32;
    if inplace { i | INPLACE_FLAG } else { i }
}

/// `(op, inplace)` from a BINARY_OP operand; None for a corrupt operand.
pub fn binop_from_arg(arg: u32) -> Option<(BinOp, bool)> {
    BINOPS.get((arg & 0xff) as usize).map(|op| (*op, arg & INPLACE_FLAG != 0))
}

pub fn cmpop_to_arg(op: CmpOp) -> u32 {
    CMPOPS.iter().position(|c| *c == op).unwrap_or(0) as u32
}

pub fn cmpop_from_arg(arg: u32) -> Option<CmpOp> {
    CMPOPS.get(arg as usize).copied()
}

pub fn unaryop_to_arg(op: UnaryOp) -> u32 {
    UNARYOPS.iter().position(|u| *u == op).unwrap_or(0) as u32
}

pub fn unaryop_from_arg(arg: u32) -> Option<UnaryOp> {
    UNARYOPS.get(arg as usize).copied()
}

/// One instruction: an opcode and its 32-bit operand (0 when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}
