//! Replays every input the fuzzers ever crashed on (`fuzz/regressions/<target>/`)
//! through the same entry points the fuzz targets call
//! (`minipy::sandbox::targets`), on stable Rust: a fixed bug stays fixed.
//! Also checks the sandbox itself (the budget stops endless loops, the
//! call generator always yields a program that parses), since the fuzzers
//! are only as good as those.
//!
//! One test walks all targets in turn: the contained-panic counter the
//! targets read is per process, so targets must not run concurrently.

use std::path::Path;

use minipy::runner::Mode;
use minipy::sandbox::{self, BUDGET_EXIT, targets};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md" && n != ".gitkeep"))
        .collect();
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).expect("read input"))).collect()
}

#[test]
fn fuzz_found_inputs_no_longer_crash_and_the_sandbox_holds() {
    let mut failures = Vec::new();
    let mut replayed = 0;
    for (target, entry) in targets::ALL {
        for (name, data) in inputs(target) {
            replayed += 1;
            if let Err(bug) = entry(&data) {
                failures.push(format!("{target} {name}:\n{bug}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {replayed} inputs still crash:\n{}", failures.len(), failures.join("\n\n"));

    // The budget ends an endless loop in every mode, even one that catches
    // everything: the budget's stop unwinds without running handlers.
    let forever = "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n";
    for mode in Mode::ALL {
        let out = sandbox::run_with_budget(mode, forever, 50_000).expect("runs");
        assert_eq!(out.exit, BUDGET_EXIT, "--mode {}: {out:?}", mode.name());
        assert_eq!(out.contained_panics, 0);
    }
    // A program within its budget runs to the end, output captured.
    let out = sandbox::run_with_budget(Mode::Gil, "print(sum(range(10)))", 50_000).expect("runs");
    assert_eq!((out.exit, out.stdout.as_str()), (0, "45\n"));
    // What could reach outside is gone.
    let src = "for f in ('open', 'input'):\n    try:\n        eval(f)\n    except NameError:\n        print('no', f)\n\
               try:\n    import os\nexcept ImportError:\n    print('no os')\n";
    let out = sandbox::run_with_budget(Mode::Gil, src, 50_000).expect("runs");
    assert_eq!(out.stdout, "no open\nno input\nno os\n");
    // What is meant to stay importable does, native cores included.
    let src = "import bisect, collections, copy, functools, heapq, itertools, json, operator, random, string, textwrap\n\
               print(list(itertools.islice(itertools.count(3), 2)), heapq.nsmallest(1, [2, 1]), json.dumps([1]))\n";
    let out = sandbox::run_with_budget(Mode::Gil, src, 5_000_000).expect("runs");
    assert_eq!((out.exit, out.stdout.as_str()), (0, "[3, 4] [1] [1]\n"), "{out:?}");

    // Every byte string decodes to a call program that parses.
    for seed in 0u32..200 {
        let data: Vec<u8> = (0..48).map(|i| (seed.wrapping_mul(2_654_435_761).rotate_left(i) >> 3) as u8).collect();
        let src = sandbox::calls::program(&data);
        assert!(minipy::parser::parse_str(&src).is_ok(), "generated program does not parse:\n{src}");
    }
}
