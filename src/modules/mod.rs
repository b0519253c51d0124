//! Built-in functions, the methods of built-in types, and the native
//! importable modules (`time`, `sys`, `hashlib`, `_minipy_thread`, ...).
//! [`registry`] lists every module; the Python-written ones live in `lib/`.

pub mod builtins;
pub mod builtins_fns;
pub mod builtins_iter;
pub mod builtins_util;
pub mod bytes_methods;
pub mod dict_methods;
pub mod exit_hooks;
pub mod fileio;
pub mod hashlib;
pub mod itertools_native;
pub mod list_methods;
pub mod mappingproxy;
pub mod math;
pub mod math_float;
pub mod math_int;
pub mod math_libm;
pub mod methods;
pub mod mp_shared;
pub mod number_methods;
pub mod object_methods;
pub mod operator_methods;
pub mod os;
pub mod os_error;
pub mod os_fd;
pub mod race_edges;
pub mod random;
pub mod re;
pub mod re_translate;
pub mod registry;
pub mod set_methods;
pub mod signal;
pub mod str_format;
pub mod str_methods;
pub mod subclass_methods;
pub mod sys;
pub mod testing;
pub mod thread;
pub mod time;
pub mod weakref;
