//! The only module with `unsafe` code (with its part `heap/words.rs`, which
//! moves values and objects in 8-byte words). Everything here exists so the
//! rest of minipy can be safe Rust.
//!
//! It provides:
//! * [`ObjRef`], minipy's own reference-counted object pointer (not `Rc`/`Arc`:
//!   the count's kind is the model's, and an object is freed the moment its
//!   count reaches zero);
//! * [`UnlockedCell`], interior mutability without a lock, for the models in
//!   which no two threads can touch an object at once;
//! * [`SharedHeap`] and [`SendPtr`], the claims that let objects cross OS
//!   threads in the shared-heap models;
//! * the per-thread spare blocks that freed objects' memory is reused from
//!   (`new_block`, `recycle_block`).
//!
//! # The invariant
//! An object of a model's heap is touched (count or contents) only by a
//! thread that is allowed to run Python code in that heap:
//! * `Gil`: the thread holds the global interpreter lock. Enforced by types:
//!   a thread gets a `Vm` only after `Scheduler::enter` (which takes the
//!   GIL), and the only way to run code without the GIL is
//!   `Vm::allow_threads`, whose closure must be `Send` — and `ObjRef`,
//!   `Value` and `&PyObject` are all `!Send`, so the closure cannot reach an
//!   object's count or its mutable contents (those are only lent out inside
//!   `ObjCell::with`, whose borrow cannot escape). It could borrow an
//!   immutable payload (`&[u8]` of a bytes object, `&str`): that is sound,
//!   because the caller's reference keeps the object alive for the borrow
//!   and no thread ever writes such a payload. Native code copies anyway
//!   (`modules/hashlib.rs`), to keep the rule simple.
//! * `Process`: the heap has exactly one thread. `Process` does not
//!   implement [`SharedHeap`], so its objects can never be sent anywhere:
//!   values cross between interpreters only as owned messages.
//! * `FreeThreaded`, `RacyRefcount`: counts are atomics and contents sit
//!   behind per-object locks, so sharing is sound; the racy model's counts
//!   are *wrong*, never undefined — freed objects that ever crossed
//!   threads are quarantined (their memory is never released), so a stale
//!   pointer still points at a valid allocation. An object whose count only
//!   its creating thread ever touched has an exact count (`RefCount::exact`):
//!   no other thread can hold a pointer to it that the count does not
//!   include (a pointer reaches another thread only through a counted
//!   reference — a container read under its lock, an immutable item of a
//!   counted tuple, a `SendPtr` — and that thread's first update marks the
//!   count), so it is released normally.

use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::{Model, ObjCell, RefCount};
use crate::object::ObjKind;

mod words;
pub use words::{ValueStack, WordSlot, swap_in_words};
use words::{copy_in_words, read_in_halves};

/// A heap object: its reference count, its place in the cycle collector's
/// registry, then what it is.
pub struct PyObject<M: Model> {
    rc: M::Rc,
    /// `tag << 32 | index` of the [`GcRegistry`] slot that tracks this
    /// object; 0 when it is not tracked. Written once, before the object is
    /// shared, and read only when it is collected or released.
    gc: u64,
    pub kind: ObjKind<M>,
}

impl<M: Model> PyObject<M> {
    pub fn refcount(&self) -> usize {
        self.rc.get()
    }
    pub fn is_immortal(&self) -> bool {
        self.rc.is_immortal()
    }
    /// Never count this object again: it lives until the process ends.
    pub fn make_immortal(&self) {
        if !self.rc.is_immortal() {
            IMMORTALIZED.with(|c| c.set(c.get() + 1));
            self.rc.make_immortal();
        }
    }
}

/// An owning reference to a heap object. Cloning adds a reference; dropping
/// removes one and frees the object when none remain.
pub struct ObjRef<M: Model> {
    ptr: NonNull<PyObject<M>>,
    // Raw pointers are already !Send/!Sync; this documents that the
    // reference owns a count.
    _owns: PhantomData<PyObject<M>>,
}

impl<M: Model> ObjRef<M> {
    pub fn new(kind: ObjKind<M>) -> ObjRef<M> {
        count_alloc();
        let tracked = M::CYCLE_GC && kind.gc_tracked();
        // Placed first and registered after, so that `kind` is moved once,
        // straight to the heap (a closure capturing it copied it first).
        let ptr = new_block::<M>();
        // SAFETY: `ptr` is unused memory for an object; each field is
        // written once, in place; `kind` is copied from where it lies and
        // then forgotten there, so it is moved (passing it on by value
        // made another copy, in 16-byte pieces: see `copy_in_words`).
        unsafe {
            std::ptr::addr_of_mut!((*ptr).rc).write(M::Rc::new(1));
            std::ptr::addr_of_mut!((*ptr).gc).write(0);
            copy_in_words(&kind, std::ptr::addr_of_mut!((*ptr).kind));
        }
        std::mem::forget(kind);
        if tracked {
            let reg = GC_CURRENT.with(|c| c.get());
            // SAFETY: a non-null pointer is kept alive by `GC_OWNER`.
            if let Some(reg) = unsafe { reg.as_ref() }
                && reg.model == std::any::TypeId::of::<M>()
            {
                reg.with_slab(|slab| {
                    let index = slab.reserve();
                    // SAFETY: the object was just placed and no one else
                    // has it yet.
                    unsafe { (*ptr).gc = (reg.tag as u64) << 32 | index as u64 };
                    slab.addrs[index as usize] = ptr as usize;
                });
            }
        }
        ObjRef {
            // SAFETY: `new_block` never returns null.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
            _owns: PhantomData,
        }
    }

    /// Whether this is the only reference to the object (an exact count of
    /// one): its holder may take its contents, as no one else can see them.
    #[inline]
    pub fn is_sole_reference(&self) -> bool {
        self.rc.exact() && self.rc.get() == 1
    }

    /// Identity, as Python's `id()` and `is` see it.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    #[inline(always)]
    pub fn ptr_eq(a: &ObjRef<M>, b: &ObjRef<M>) -> bool {
        a.ptr == b.ptr
    }
}

impl<M: Model> std::ops::Deref for ObjRef<M> {
    type Target = PyObject<M>;
    #[inline(always)]
    fn deref(&self) -> &PyObject<M> {
        // SAFETY: we own a count, so the object has not been released; in the
        // quarantining model it is never released at all.
        unsafe { self.ptr.as_ref() }
    }
}

impl<M: Model> Clone for ObjRef<M> {
    #[inline(always)]
    fn clone(&self) -> Self {
        let obj: &PyObject<M> = self;
        if M::QUARANTINE_FREED && obj.rc.get() == 0 {
            crate::runtime::stats::report_use_after_free(obj.kind.type_name());
        }
        obj.rc.incref();
        ObjRef { ptr: self.ptr, _owns: PhantomData }
    }
}

impl<M: Model> Drop for ObjRef<M> {
    #[inline(always)]
    fn drop(&mut self) {
        let obj: &PyObject<M> = self;
        if M::QUARANTINE_FREED && obj.rc.get() == 0 {
            crate::runtime::stats::report_use_after_free(obj.kind.type_name());
            return;
        }
        if obj.rc.decref() {
            free::<M>(self.ptr);
        }
    }
}

/// `v.clone()`, without a jump on the variant: an object reference gets a
/// count, then the value is copied bit for bit. Matching on all six
/// variants to rebuild each one cost an indirect jump on every LOAD_FAST.
#[inline(always)]
pub fn clone_value<M: Model>(v: &crate::object::Value<M>) -> crate::object::Value<M> {
    if let crate::object::Value::Obj(o) = v {
        std::mem::forget(o.clone());
    }
    // SAFETY: every variant but `Obj` holds plain data (no drop, no
    // ownership), so its copy is a second, independent value; for `Obj`
    // the copy is a second `ObjRef`, and owns the count just added (the
    // clone forgotten above), so the two references are released once each.
    // `v` is a valid, aligned value (a reference).
    unsafe { read_in_halves(v) }
}

/// An object whose release was deferred, with the function that releases it.
type PendingFree = (*mut u8, unsafe fn(*mut u8));

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
    static FREES: Cell<u64> = const { Cell::new(0) };
    static QUARANTINED: Cell<u64> = const { Cell::new(0) };
    static IMMORTALIZED: Cell<u64> = const { Cell::new(0) };
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: UnsafeCell<Vec<PendingFree>> = const { UnsafeCell::new(Vec::new()) };
    /// Objects whose count reached zero but whose `__del__` must run first:
    /// each holds the one count `free` gave back, and the heap's model.
    static FINALIZE: UnsafeCell<Vec<(usize, std::any::TypeId)>> = const { UnsafeCell::new(Vec::new()) };
}

/// Whether this thread has objects waiting for their `__del__`.
pub fn finalizers_pending() -> bool {
    // SAFETY: thread-local, never borrowed across a call.
    FINALIZE.with(|f| unsafe { !(*f.get()).is_empty() })
}

/// The objects of model `M` waiting for their `__del__`, oldest first, each
/// as the owning reference `free` kept alive for it. Dropping one after its
/// `__del__` releases it (or not, if `__del__` stored it somewhere).
pub fn take_finalizable<M: Model>() -> Vec<ObjRef<M>> {
    let model = std::any::TypeId::of::<M>();
    // SAFETY: thread-local, never borrowed across a call.
    let queued = FINALIZE.with(|f| unsafe { std::mem::take(&mut *f.get()) });
    let mut mine = Vec::with_capacity(queued.len());
    for (addr, m) in queued {
        if m == model {
            // SAFETY: `free` queued the address with a count it kept, so the
            // object is alive; the model matches, so the type is right.
            mine.push(ObjRef { ptr: unsafe { NonNull::new_unchecked(addr as *mut PyObject<M>) }, _owns: PhantomData });
        } else {
            // Another model's heap on this thread cannot happen (one
            // interpreter per OS thread); keep it rather than guess.
            FINALIZE.with(|f| unsafe { (*f.get()).push((addr, m)) });
        }
    }
    mine
}

#[inline(always)]
fn count_alloc() {
    ALLOCS.with(|c| c.set(c.get() + 1));
}

/// This thread's object counts since the last call; the runtime adds them
/// to the interpreter's totals when a thread ends.
pub fn take_thread_alloc_counts() -> AllocCounts {
    AllocCounts {
        allocated: ALLOCS.with(|c| c.replace(0)),
        freed: FREES.with(|c| c.replace(0)),
        quarantined: QUARANTINED.with(|c| c.replace(0)),
        immortalized: IMMORTALIZED.with(|c| c.replace(0)),
    }
}

/// Objects allocated, freed, quarantined (racy lab) and made immortal
/// (never freed, by design) on one thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct AllocCounts {
    pub allocated: u64,
    pub freed: u64,
    pub quarantined: u64,
    pub immortalized: u64,
}

/// How deep object destructors may nest before further frees are deferred.
/// Freeing a 100,000-deep chain of nested lists must not overflow the stack
/// (CPython's "trashcan" does the same).
const MAX_FREE_DEPTH: u32 = 64;

fn free<M: Model>(ptr: NonNull<PyObject<M>>) {
    // SAFETY: the count reached zero, so the object is still allocated.
    let obj: &PyObject<M> = unsafe { ptr.as_ref() };
    if obj.kind.claim_finalizer() {
        // Resurrect it with one count, owned by the queue, until the VM
        // has called `__del__` (Python code cannot run inside a drop).
        obj.rc.incref();
        // SAFETY: thread-local, never borrowed across a call.
        FINALIZE.with(|f| unsafe { (*f.get()).push((ptr.as_ptr() as usize, std::any::TypeId::of::<M>())) });
        super::weak::request_release_hooks();
        return;
    }
    // SAFETY: the count reached zero, so the object is still allocated.
    if M::QUARANTINE_FREED && !unsafe { ptr.as_ref() }.rc.exact() {
        // Keep the memory forever: a racing thread may still hold this
        // pointer, and it must find a valid object there. What can be taken
        // out through the object's own lock (container items) is released,
        // so a correct single-threaded program does not leak; immutable
        // contents (tuple items, code) stay with the quarantined object.
        QUARANTINED.with(|c| c.set(c.get() + 1));
        // SAFETY: quarantined objects are never deallocated.
        let obj: &PyObject<M> = unsafe { ptr.as_ref() };
        super::weak::on_release(obj, ptr.as_ptr() as usize);
        drop(obj.kind.take_contents());
        return;
    }
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= MAX_FREE_DEPTH {
        // SAFETY: PENDING is thread-local and never borrowed across a call.
        PENDING.with(|p| unsafe { (*p.get()).push((ptr.as_ptr() as *mut u8, release::<M>)) });
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // A destructor that panics (a minipy bug, contained by the VM) must not
    // leave the depth raised: frees would be deferred forever after.
    struct RestoreDepth(u32);
    impl Drop for RestoreDepth {
        fn drop(&mut self) {
            FREE_DEPTH.with(|d| d.set(self.0));
        }
    }
    let _restore = RestoreDepth(depth);
    // SAFETY: the count reached zero, so this was the last reference.
    unsafe { release::<M>(ptr.as_ptr() as *mut u8) };
    if depth == 0 {
        // Outermost free: drain what deeper frees deferred, iteratively.
        loop {
            // SAFETY: thread-local, no outstanding borrow.
            let next = PENDING.with(|p| unsafe { (*p.get()).pop() });
            match next {
                // SAFETY: each pending pointer had its last reference dropped.
                Some((p, f)) => unsafe { f(p) },
                None => break,
            }
        }
    }
}

/// # Safety
/// `p` must come from `ObjRef::new` for model `M` and have no references left.
unsafe fn release<M: Model>(p: *mut u8) {
    FREES.with(|c| c.set(c.get() + 1));
    if crate::race::on() {
        crate::race::forget(p as usize);
    }
    // SAFETY: still allocated; released just below.
    let obj = unsafe { &*(p as *const PyObject<M>) };
    if obj.gc != 0 {
        untrack(obj.gc);
    }
    super::weak::on_release(obj, p as usize);
    let p = p as *mut PyObject<M>;
    // SAFETY: allocated by `ObjRef::new` (`new_block`); no references
    // remain, so nothing reads the object after it is dropped here, and its
    // block is handed back exactly once.
    unsafe {
        (*p).kind.order_for_release();
        std::ptr::drop_in_place(p);
        recycle_block(p);
    }
}

/// The layout of every model's heap object (checked per model: a model
/// whose objects differ in size simply bypasses the spare blocks).
const BLOCK: std::alloc::Layout = match std::alloc::Layout::from_size_align(112, 8) {
    Ok(layout) => layout,
    Err(_) => panic!("bad block layout"),
};

/// Most freed blocks a thread keeps for reuse (28 KiB of them).
const MAX_SPARE_BLOCKS: usize = 256;

/// Blocks of freed objects, kept by the thread that freed them for its
/// next allocations: a program that makes and drops objects in a loop
/// (instances, iterators, bound methods) reuses a few blocks instead of
/// going through `malloc` and `free` for each. The blocks are plain memory
/// from the global allocator with [`BLOCK`]'s layout, so any thread may
/// reuse a block another freed; the thread's blocks go back to the
/// allocator when it ends.
struct SpareBlocks(Vec<NonNull<u8>>);

impl Drop for SpareBlocks {
    fn drop(&mut self) {
        for block in self.0.drain(..) {
            // SAFETY: every block was allocated with `BLOCK`'s layout and is
            // owned by this list alone.
            unsafe { std::alloc::dealloc(block.as_ptr(), BLOCK) };
        }
    }
}

thread_local! {
    static SPARE_BLOCKS: UnsafeCell<SpareBlocks> = const { UnsafeCell::new(SpareBlocks(Vec::new())) };
}

/// Memory for one object: a spare block if this thread has one.
#[inline(always)]
fn new_block<M: Model>() -> *mut PyObject<M> {
    let layout = std::alloc::Layout::new::<PyObject<M>>();
    if layout == BLOCK {
        // SAFETY: thread-local, never borrowed across a call.
        let spare = SPARE_BLOCKS.try_with(|s| unsafe { (*s.get()).0.pop() }).ok().flatten();
        if let Some(block) = spare {
            return block.as_ptr() as *mut PyObject<M>;
        }
    }
    // As `Box::new`: the global allocator, this layout.
    // SAFETY: the layout is not zero-sized (an object has a count).
    let p = unsafe { std::alloc::alloc(layout) } as *mut PyObject<M>;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

/// Give back the block of an object already dropped in place: kept as a
/// spare while the thread has room, else returned to the allocator.
///
/// # Safety
/// `p` must come from [`new_block`] for model `M`, its object dropped,
/// and nothing may use it after.
#[inline(always)]
unsafe fn recycle_block<M: Model>(p: *mut PyObject<M>) {
    let layout = std::alloc::Layout::new::<PyObject<M>>();
    if layout == BLOCK {
        // SAFETY: `p` is non-null (it came from `new_block`).
        let block = unsafe { NonNull::new_unchecked(p as *mut u8) };
        // SAFETY: thread-local, never borrowed across a call.
        let kept = SPARE_BLOCKS.try_with(|s| {
            let spare = unsafe { &mut (*s.get()).0 };
            let room = spare.len() < MAX_SPARE_BLOCKS;
            if room {
                spare.push(block);
            }
            room
        });
        if kept == Ok(true) {
            return;
        }
    }
    // SAFETY: allocated by the global allocator with this layout (a Box, or
    // a spare block of the same layout).
    unsafe { std::alloc::dealloc(p as *mut u8, layout) };
}

/// A counted reference to the object at `addr`, unless its count already
/// reached zero. The registry lock (`Locked`) guarantees the object is still
/// allocated: `weak::on_release` clears the address under that lock before
/// the memory goes.
pub fn revive<M: Model>(addr: usize, _locked: &super::weak::Locked<'_>) -> Option<ObjRef<M>> {
    let ptr = NonNull::new(addr as *mut PyObject<M>)?;
    // SAFETY: see above; the slot only ever holds addresses of model `M`'s
    // heap (`weak::upgrade` checks the heap).
    let obj: &PyObject<M> = unsafe { ptr.as_ref() };
    obj.rc.try_incref().then_some(ObjRef { ptr, _owns: PhantomData })
}

/// Interior mutability without a lock. Sound only under the module
/// invariant (one thread at a time per heap). Re-entrant access — a
/// closure given to `with` reaching the same object again — is a bug in
/// minipy and panics instead of aliasing.
pub struct UnlockedCell<T> {
    busy: Cell<bool>,
    value: UnsafeCell<T>,
}

impl<T> ObjCell<T> for UnlockedCell<T> {
    fn new(value: T) -> Self {
        UnlockedCell { busy: Cell::new(false), value: UnsafeCell::new(value) }
    }
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        assert!(!self.busy.replace(true), "minipy bug: re-entrant object access");
        struct Reset<'a>(&'a Cell<bool>);
        impl Drop for Reset<'_> {
            fn drop(&mut self) {
                self.0.set(false);
            }
        }
        let _reset = Reset(&self.busy);
        // SAFETY: `busy` rules out a second &mut from this thread, and the
        // module invariant rules out other threads.
        f(unsafe { &mut *self.value.get() })
    }
    fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

/// Models whose objects may be reached from several OS threads.
///
/// # Safety
/// Implement only for models that uphold the module invariant when objects
/// are shared: a global lock serialising all access (`Gil`), or atomic counts
/// plus locked contents (`FreeThreaded`, `RacyRefcount`).
pub unsafe trait SharedHeap: Model {}

// SAFETY: every object access happens with the GIL held (module docs).
unsafe impl SharedHeap for super::models::Gil {}
// SAFETY: AtomicRc counts and LockedCell contents.
unsafe impl SharedHeap for super::models::FreeThreaded {}
// SAFETY: RacyRc is built on atomics (wrong, not undefined) and freed objects
// are quarantined; contents are behind LockedCell.
unsafe impl SharedHeap for super::models::RacyRefcount {}

/// Carries something holding heap references to another OS thread of the
/// same interpreter (a new thread's target and arguments, the interpreter's
/// shared state).
pub struct SendPtr<T>(T);

// SAFETY: `SendPtr::new` requires a SharedHeap model; the receiving thread
// touches the payload only after `Scheduler::enter`.
unsafe impl<T> Send for SendPtr<T> {}
// SAFETY: as above; shared state is read only by threads that may run code.
unsafe impl<T> Sync for SendPtr<T> {}

impl<T> SendPtr<T> {
    pub fn new<M: SharedHeap>(value: T) -> SendPtr<T> {
        SendPtr(value)
    }
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for SendPtr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

// ---------------------------------------------------------------------------
// The cycle collector's registry (see `vm::gc` for the algorithm).
//
// Every container object (`ObjKind::gc_tracked`) allocated by a thread that
// runs an interpreter is listed, by address, in that interpreter's
// registry, and unlisted by `release` before its memory goes. The registry
// holds no counts: it never keeps an object alive. A listed address is
// therefore always an allocated object of the registry's heap, which is
// what lets `GcRegistry::tracked` turn it back into a counted reference.

/// One interpreter's list of tracked objects.
pub struct GcRegistry {
    /// Names the registry in the objects it tracks (`PyObject::gc`).
    tag: u32,
    /// The model whose objects it lists (a thread that ran an interpreter of
    /// another model must not add its objects here).
    model: std::any::TypeId,
    /// Whether threads of the heap run in parallel: then every access takes
    /// `lock`. Otherwise the heap's own invariant (the GIL, or a single
    /// thread) already serialises every allocation and release.
    locked: bool,
    lock: parking_lot::Mutex<()>,
    slab: UnsafeCell<GcSlab>,
    /// A collection is due (set by allocation, checked at the eval breaker).
    due: std::sync::atomic::AtomicBool,
}

// SAFETY: the slab is touched only under `lock` (parallel heaps) or under
// the heap invariant (one thread at a time in the heap), see `with_slab`.
unsafe impl Sync for GcRegistry {}
// SAFETY: as above.
unsafe impl Send for GcRegistry {}

/// The addresses, and the collector's bookkeeping.
struct GcSlab {
    /// Address of the tracked object in each slot; 0 for a free slot.
    addrs: Vec<usize>,
    free: Vec<u32>,
    /// Objects tracked now.
    live: usize,
    /// Tracked allocations minus releases since the last collection
    /// (CPython's generation-0 count).
    count: i64,
    /// `count` at which a collection becomes due.
    limit: i64,
    /// `gc.set_threshold`'s first value.
    threshold: i64,
    /// `gc.enable()`/`gc.disable()`.
    enabled: bool,
}

impl GcSlab {
    fn reserve(&mut self) -> u32 {
        self.live += 1;
        self.count += 1;
        match self.free.pop() {
            Some(i) => i,
            None => {
                self.addrs.push(0);
                (self.addrs.len() - 1) as u32
            }
        }
    }
}

/// Default first threshold (CPython's is 700).
pub const GC_THRESHOLD: i64 = 700;

static GC_REGISTRIES: parking_lot::Mutex<Vec<std::sync::Weak<GcRegistry>>> = parking_lot::Mutex::new(Vec::new());

thread_local! {
    /// The registry of the interpreter this thread runs (null: none).
    static GC_CURRENT: Cell<*const GcRegistry> = const { Cell::new(std::ptr::null()) };
    /// Keeps `GC_CURRENT` alive; clears it when the thread's locals go.
    static GC_OWNER: std::cell::RefCell<GcOwner> = const { std::cell::RefCell::new(GcOwner(None)) };
}

struct GcOwner(Option<std::sync::Arc<GcRegistry>>);

impl Drop for GcOwner {
    fn drop(&mut self) {
        let _ = GC_CURRENT.try_with(|c| c.set(std::ptr::null()));
    }
}

impl GcRegistry {
    /// A registry for a heap of model `M`.
    pub fn new<M: Model>() -> std::sync::Arc<GcRegistry> {
        let mut all = GC_REGISTRIES.lock();
        let reg = std::sync::Arc::new(GcRegistry {
            tag: all.len() as u32 + 1,
            model: std::any::TypeId::of::<M>(),
            locked: !M::HAS_GIL && M::THREADS == super::ThreadKind::Shared,
            lock: parking_lot::Mutex::new(()),
            slab: UnsafeCell::new(GcSlab {
                addrs: Vec::new(),
                free: Vec::new(),
                live: 0,
                count: 0,
                limit: GC_THRESHOLD,
                threshold: GC_THRESHOLD,
                enabled: true,
            }),
            due: std::sync::atomic::AtomicBool::new(false),
        });
        all.push(std::sync::Arc::downgrade(&reg));
        reg
    }

    fn with_slab<R>(&self, f: impl FnOnce(&mut GcSlab) -> R) -> R {
        let _guard = self.locked.then(|| self.lock.lock());
        // SAFETY: with `locked`, the guard excludes every other access; without
        // it the heap has one thread at a time (the GIL or a single-thread
        // heap), and `f` never re-enters (it allocates nothing tracked).
        let slab = unsafe { &mut *self.slab.get() };
        let r = f(slab);
        if slab.enabled && slab.count > slab.limit {
            self.due.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        r
    }

    /// Make this the registry of the objects this thread allocates.
    pub fn install(self: &std::sync::Arc<Self>) {
        GC_OWNER.with(|o| o.borrow_mut().0 = Some(self.clone()));
        GC_CURRENT.with(|c| c.set(std::sync::Arc::as_ptr(self)));
    }

    /// Whether a collection is due.
    #[inline(always)]
    pub fn due(&self) -> bool {
        self.due.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A counted reference to every tracked object whose count has not
    /// reached zero, with its slot index, in slot order. Objects of model
    /// `M` only (the registry's own).
    pub fn tracked<M: Model>(&self) -> Vec<(u32, ObjRef<M>)> {
        if self.model != std::any::TypeId::of::<M>() {
            return Vec::new();
        }
        self.with_slab(|slab| {
            let mut out = Vec::with_capacity(slab.live);
            for (i, &addr) in slab.addrs.iter().enumerate() {
                let Some(ptr) = NonNull::new(addr as *mut PyObject<M>) else { continue };
                // SAFETY: a listed address is an allocated object of this heap
                // (release unlists it before freeing), and we hold the slab.
                let obj: &PyObject<M> = unsafe { ptr.as_ref() };
                if obj.rc.try_incref() {
                    out.push((i as u32, ObjRef { ptr, _owns: PhantomData }));
                }
            }
            out
        })
    }

    /// Slots in use or free (an upper bound of every slot index).
    pub fn capacity(&self) -> usize {
        self.with_slab(|s| s.addrs.len())
    }

    /// The slot of `obj` in this registry, if it tracks it.
    #[inline(always)]
    pub fn slot_of<M: Model>(&self, obj: &PyObject<M>) -> Option<u32> {
        (obj.gc >> 32 == self.tag as u64).then_some(obj.gc as u32)
    }

    /// A collection just finished: restart the count, and wait for as
    /// many new objects as survived (at least the threshold) before the
    /// next, so the work stays proportional to what is allocated.
    pub fn collected(&self) {
        self.due.store(false, std::sync::atomic::Ordering::Relaxed);
        self.with_slab(|s| {
            s.count = 0;
            s.limit = if s.threshold <= 0 { i64::MAX } else { s.threshold.max(s.live as i64) };
        });
    }

    /// Skip the collection that was due (another thread runs).
    pub fn postpone(&self) {
        self.due.store(false, std::sync::atomic::Ordering::Relaxed);
        self.with_slab(|s| {
            if s.threshold > 0 {
                s.limit = s.count.saturating_mul(2).max(s.threshold);
            }
        });
    }

    pub fn set_enabled(&self, on: bool) {
        self.with_slab(|s| s.enabled = on);
        if !on {
            self.due.store(false, std::sync::atomic::Ordering::Relaxed);
        }
    }
    pub fn enabled(&self) -> bool {
        self.with_slab(|s| s.enabled)
    }
    /// `gc.get_count()[0]`.
    pub fn count(&self) -> i64 {
        self.with_slab(|s| s.count.max(0))
    }
    pub fn threshold(&self) -> i64 {
        self.with_slab(|s| s.threshold)
    }
    pub fn set_threshold(&self, t: i64) {
        self.with_slab(|s| {
            s.threshold = t;
            s.limit = if t <= 0 { i64::MAX } else { t };
        });
    }
    /// Objects tracked now.
    pub fn live(&self) -> usize {
        self.with_slab(|s| s.live)
    }
}

/// Whether `obj` is tracked by the cycle collector.
pub fn is_gc_tracked<M: Model>(obj: &PyObject<M>) -> bool {
    obj.gc != 0
}

/// Unlist a released object (`gc`: its header).
fn untrack(gc: u64) {
    let (tag, index) = ((gc >> 32) as u32, gc as u32);
    let remove = |reg: &GcRegistry| {
        reg.with_slab(|s| {
            s.addrs[index as usize] = 0;
            s.free.push(index);
            s.live -= 1;
            s.count -= 1;
        })
    };
    let cur = GC_CURRENT.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    // SAFETY: a non-null pointer is kept alive by `GC_OWNER`.
    if let Some(reg) = unsafe { cur.as_ref() }
        && reg.tag == tag
    {
        return remove(reg);
    }
    // Released on a thread whose current registry is another (one that
    // ran a second interpreter since, or is tearing down): find the
    // object's own. Gone means its interpreter is, so nothing lists it.
    let reg = GC_REGISTRIES.lock().get(tag as usize - 1).and_then(|w| w.upgrade());
    if let Some(reg) = reg {
        remove(&reg);
    }
}
