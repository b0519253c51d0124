//! The one table of built-in types. Adding a built-in type is one line
//! here: it generates the [`BuiltinType`] enum, each type's name, owning
//! module and base, whether `builtins` shows it by name, and which heap
//! objects are of that type (what `type()` reports).

use super::ObjKind;
use crate::model::Model;

macro_rules! builtin_types {
    (
        special [$($special:pat_param)|*];
        $(
            $(#[$doc:meta])*
            $variant:ident = $name:literal in $module:literal, base $base:ident, $visible:ident, $open:ident,
                [$($kind:pat_param)?];
        )*
    ) => {
        /// The built-in type a class is, or derives from (its instances' layout).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum BuiltinType {
            $( $(#[$doc])* $variant, )*
        }

        impl BuiltinType {
            /// Every built-in type, in declaration order (bases first).
            pub const ALL: &'static [BuiltinType] = &[$(BuiltinType::$variant),*];

            /// The class's `__name__`.
            pub fn name(self) -> &'static str {
                match self { $(BuiltinType::$variant => $name,)* }
            }

            /// The class's `__module__`.
            pub fn module(self) -> &'static str {
                match self { $(BuiltinType::$variant => $module,)* }
            }

            /// The class's base (`object` is its own: it has none).
            pub fn base(self) -> BuiltinType {
                match self { $(BuiltinType::$variant => BuiltinType::$base,)* }
            }

            /// Whether the builtins namespace binds the class by its name.
            pub fn visible(self) -> bool {
                match self { $(BuiltinType::$variant => builtin_types!(@visible $visible),)* }
            }

            /// Whether a class may derive from it (`bool` and others are final).
            pub fn subclassable(self) -> bool {
                match self { $(BuiltinType::$variant => builtin_types!(@open $open),)* }
            }

            /// The type of a heap object of a built-in kind; `None` for the
            /// kinds whose type depends on their contents (instances know
            /// their class, iterators and native objects say what they are).
            pub fn of_kind<M: Model>(kind: &ObjKind<M>) -> Option<BuiltinType> {
                #[allow(unreachable_patterns)]
                match kind {
                    $( $($kind => Some(BuiltinType::$variant),)? )*
                    $($special)|* => None,
                }
            }
        }
    };
    (@visible visible) => { true };
    (@visible hidden) => { false };
    (@open open) => { true };
    (@open final) => { false };
}

builtin_types! {
    // Variant = __name__ in __module__, base, bound in builtins by name or
    // not, subclassable or final, [the heap objects of this type].
    // Kinds whose type depends on their contents, not on their kind alone.
    special [ObjKind::Instance(_) | ObjKind::Iter(_) | ObjKind::Native(_)];
    Object = "object" in "builtins", base Object, visible, open, [];
    Type = "type" in "builtins", base Object, visible, open, [ObjKind::Class(_)];
    NoneType = "NoneType" in "builtins", base Object, hidden, final, [];
    Int = "int" in "builtins", base Object, visible, open, [ObjKind::BigInt(_)];
    Bool = "bool" in "builtins", base Int, visible, final, [];
    Float = "float" in "builtins", base Object, visible, open, [];
    Complex = "complex" in "builtins", base Object, visible, open, [ObjKind::Complex(_)];
    Str = "str" in "builtins", base Object, visible, open, [ObjKind::Str(_)];
    Bytes = "bytes" in "builtins", base Object, visible, open, [ObjKind::Bytes(_)];
    ByteArray = "bytearray" in "builtins", base Object, visible, open, [ObjKind::ByteArray(_)];
    MemoryView = "memoryview" in "builtins", base Object, visible, final, [ObjKind::MemoryView(_)];
    List = "list" in "builtins", base Object, visible, open, [ObjKind::List(_)];
    Tuple = "tuple" in "builtins", base Object, visible, open, [ObjKind::Tuple(_)];
    Dict = "dict" in "builtins", base Object, visible, open, [ObjKind::Dict(_)];
    Set = "set" in "builtins", base Object, visible, open, [ObjKind::Set(_)];
    FrozenSet = "frozenset" in "builtins", base Object, visible, open, [ObjKind::FrozenSet(_)];
    Range = "range" in "builtins", base Object, visible, final, [ObjKind::Range(_)];
    Slice = "slice" in "builtins", base Object, visible, final, [ObjKind::Slice(_)];
    Function = "function" in "builtins", base Object, hidden, final, [ObjKind::Function(_)];
    BuiltinFunction = "builtin_function_or_method" in "builtins", base Object, hidden, final, [ObjKind::Builtin(_)];
    Method = "method" in "builtins", base Object, hidden, final, [ObjKind::BoundMethod(..)];
    /// A built-in type's method taken from the class (`str.replace`); bound
    /// to a receiver it is a `builtin_function_or_method` (`[].append`).
    MethodDescriptor = "method_descriptor" in "builtins", base Object, hidden, final, [];
    Module = "module" in "builtins", base Object, hidden, open, [ObjKind::Module(_)];
    Iterator = "iterator" in "builtins", base Object, hidden, final, [];
    // The iterator classes: calling the visible ones makes the iterator.
    Enumerate = "enumerate" in "builtins", base Object, visible, open, [];
    Zip = "zip" in "builtins", base Object, visible, open, [];
    Map = "map" in "builtins", base Object, visible, open, [];
    Filter = "filter" in "builtins", base Object, visible, open, [];
    Reversed = "reversed" in "builtins", base Object, visible, open, [];
    // itertools' busiest iterators, native (lib/itertools.py re-exports them).
    Count = "count" in "itertools", base Object, hidden, open, [];
    Chain = "chain" in "itertools", base Object, hidden, open, [];
    ISlice = "islice" in "itertools", base Object, hidden, open, [];
    ListIterator = "list_iterator" in "builtins", base Object, hidden, final, [];
    TupleIterator = "tuple_iterator" in "builtins", base Object, hidden, final, [];
    BytesIterator = "bytes_iterator" in "builtins", base Object, hidden, final, [];
    ByteArrayIterator = "bytearray_iterator" in "builtins", base Object, hidden, final, [];
    MemoryIterator = "memory_iterator" in "builtins", base Object, hidden, final, [];
    ListReverseIterator = "list_reverseiterator" in "builtins", base Object, hidden, final, [];
    SetIterator = "set_iterator" in "builtins", base Object, hidden, final, [];
    StrIterator = "str_ascii_iterator" in "builtins", base Object, hidden, final, [];
    RangeIterator = "range_iterator" in "builtins", base Object, hidden, final, [];
    DictKeyIterator = "dict_keyiterator" in "builtins", base Object, hidden, final, [];
    DictValueIterator = "dict_valueiterator" in "builtins", base Object, hidden, final, [];
    DictItemIterator = "dict_itemiterator" in "builtins", base Object, hidden, final, [];
    CallableIterator = "callable_iterator" in "builtins", base Object, hidden, final, [];
    Generator = "generator" in "builtins", base Object, hidden, final, [];
    Coroutine = "coroutine" in "builtins", base Object, hidden, final, [];
    CoroutineWrapper = "coroutine_wrapper" in "builtins", base Object, hidden, final, [];
    AsyncGenerator = "async_generator" in "builtins", base Object, hidden, final, [];
    AsyncGenASend = "async_generator_asend" in "builtins", base Object, hidden, final, [];
    AsyncGenAThrow = "async_generator_athrow" in "builtins", base Object, hidden, final, [];
    AsyncGenWrapped = "async_generator_wrapped_value" in "builtins", base Object, hidden, final, [];
    Property = "property" in "builtins", base Object, visible, open, [ObjKind::Property(_)];
    StaticMethod = "staticmethod" in "builtins", base Object, visible, open, [ObjKind::StaticMethod(_)];
    ClassMethod = "classmethod" in "builtins", base Object, visible, open, [ObjKind::ClassMethod(_)];
    Super = "super" in "builtins", base Object, visible, open, [ObjKind::Super(..)];
    /// What `__slots__` puts in a class for each slot (instances of it).
    MemberDescriptor = "member_descriptor" in "builtins", base Object, hidden, final, [];
    Cell = "cell" in "builtins", base Object, hidden, final, [ObjKind::Cell(_)];
    Code = "code" in "builtins", base Object, hidden, final, [ObjKind::Code(_)];
    Native = "native" in "builtins", base Object, hidden, final, [];
    /// `type(...)` and `type(NotImplemented)`: the singletons are native
    /// handles, but must report their CPython class.
    EllipsisType = "ellipsis" in "builtins", base Object, hidden, final, [];
    NotImplementedType = "NotImplementedType" in "builtins", base Object, hidden, final, [];
    /// `_hashlib.HASH`: the objects `hashlib.sha256()` and friends return.
    Hash = "HASH" in "_hashlib", base Object, hidden, final, [];
    BaseException = "BaseException" in "builtins", base Object, visible, open, [];
}

impl BuiltinType {
    /// Whether instances of a Python subclass of this type carry a built-in
    /// value (`Instance::payload`).
    pub fn has_payload(self) -> bool {
        use BuiltinType::*;
        matches!(self, Int | Float | Complex | Str | Bytes | ByteArray | List | Tuple | Dict | Set | FrozenSet)
            || self.is_iterator_class()
    }

    /// Whether a Python subclass's instances carry a built-in value at all:
    /// the types above, and `property`, whose methods find the property in
    /// the payload themselves (its subclasses must keep their own class).
    pub fn carries_value(self) -> bool {
        self.has_payload() || self == BuiltinType::Property
    }

    /// The iterator classes Python code may derive from (`class E(enumerate)`):
    /// an instance carries the built-in iterator as its payload but is its
    /// own iterator (`iter(e) is e`), so an overridden `__next__` is seen.
    pub fn is_iterator_class(self) -> bool {
        use BuiltinType::*;
        matches!(self, Enumerate | Zip | Map | Filter | Reversed | Count | Chain | ISlice)
    }

    /// The built-in type of an unboxed value (`Undef` never reaches Python).
    pub fn of_unboxed(v: &super::Value<impl Model>) -> Option<BuiltinType> {
        use super::Value;
        match v {
            Value::Undef | Value::None => Some(BuiltinType::NoneType),
            Value::Bool(_) => Some(BuiltinType::Bool),
            Value::Int(_) => Some(BuiltinType::Int),
            Value::Float(_) => Some(BuiltinType::Float),
            Value::Obj(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_come_before_their_subclasses() {
        for (i, t) in BuiltinType::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
            assert!(t.base() as usize <= i, "{} is declared before its base", t.name());
        }
    }

    // The sizes of values and heap objects are pinned in tests/layout.rs
    // (this crate's unit tests do not run under `cargo test`).
}
