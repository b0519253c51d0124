//! Import behaviour the CPython diff cannot show (tests/cases/imports/ has
//! the rest): `MINIPYPATH`, `.mpy` modules, which files shadow which
//! library modules, and that every mode imports the same way.

mod common;

use std::path::{Path, PathBuf};

use common::Outcome;

/// A fresh directory under Cargo's per-run temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    common::fresh_dir("imports", name)
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent");
    }
    std::fs::write(path, text).expect("write file");
}

fn run(script: &Path, mode: &str, minipypath: Option<&Path>) -> Outcome {
    let mut cmd = common::minipy();
    cmd.args(["run", script.to_str().expect("UTF-8 path"), "--mode", mode]);
    if let Some(p) = minipypath {
        cmd.env("MINIPYPATH", p);
    } else {
        cmd.env_remove("MINIPYPATH");
    }
    common::run(&mut cmd, common::TIMEOUT).unwrap_or_else(|hang| panic!("{hang}"))
}

fn stdout(out: &Outcome) -> String {
    assert!(!out.panicked(), "minipy panicked:\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "minipy failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const MODES: &[&str] = &["gil", "free-threaded", "process", "racy-refcount"];

#[test]
fn minipypath_directories_are_searched_after_the_script_directory() {
    let dir = temp_dir("minipypath");
    let extra = dir.join("extra");
    write(&extra.join("far_away.py"), "WHERE = 'MINIPYPATH'\n");
    write(&extra.join("both.py"), "WHERE = 'MINIPYPATH'\n");
    write(&dir.join("app/both.py"), "WHERE = 'script directory'\n");
    write(
        &dir.join("app/main.py"),
        "import far_away, both, sys\nprint(far_away.WHERE, both.WHERE, sys.path.index(sys.path[1]) == 1)\n",
    );
    for mode in MODES {
        let out = run(&dir.join("app/main.py"), mode, Some(&extra));
        assert_eq!(stdout(&out), "MINIPYPATH script directory True\n", "mode {mode}");
    }
    let out = run(&dir.join("app/main.py"), "gil", None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim_end().ends_with("ModuleNotFoundError: No module named 'far_away'"), "{err}");
}

#[test]
fn mpy_files_are_modules_too() {
    let dir = temp_dir("mpy");
    write(&dir.join("helper.mpy"), "def greet(who):\n    return f'hello {who}'\n");
    write(&dir.join("pkg/__init__.mpy"), "from .inner import VALUE\n");
    write(&dir.join("pkg/inner.mpy"), "VALUE = 7\n");
    write(&dir.join("main.mpy"), "import helper, pkg\nprint(helper.greet('mpy'), pkg.VALUE)\n");
    assert_eq!(stdout(&run(&dir.join("main.mpy"), "gil", None)), "hello mpy 7\n");
}

#[test]
fn a_script_directory_file_shadows_library_modules_but_not_core_ones() {
    let dir = temp_dir("shadow");
    // queue is written in Python in the library: the user's file wins, as
    // with CPython's sys.path. sys is built in: no file can replace it.
    write(&dir.join("queue.py"), "SHADOWED = True\n");
    write(&dir.join("sys.py"), "raise SystemExit('the user sys.py must not run')\n");
    write(&dir.join("main.py"), "import queue, sys\nprint(queue.SHADOWED, hasattr(sys, 'modules'))\n");
    assert_eq!(stdout(&run(&dir.join("main.py"), "gil", None)), "True True\n");
}

#[test]
fn library_modules_say_where_they_live() {
    let dir = temp_dir("library");
    write(
        &dir.join("main.py"),
        "import threading, sys\nprint(threading.__file__)\nprint(sys.path[-1])\nprint(sys.modules['threading'] is threading)\n",
    );
    assert_eq!(stdout(&run(&dir.join("main.py"), "gil", None)), "<minipy lib>/threading.py\n<minipy lib>\nTrue\n");
}

#[test]
fn threads_importing_the_same_module_run_its_top_level_once() {
    let dir = temp_dir("threads");
    write(&dir.join("slow.py"), "import time\nprint('slow: top level')\ntime.sleep(0.05)\nREADY = True\n");
    write(
        &dir.join("main.py"),
        "import threading\nseen = []\ndef worker():\n    import slow\n    seen.append(slow.READY)\n\
         ts = [threading.Thread(target=worker) for _ in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(seen)\n",
    );
    for mode in ["gil", "free-threaded"] {
        let out = run(&dir.join("main.py"), mode, None);
        assert_eq!(stdout(&out), "slow: top level\n[True, True, True, True]\n", "mode {mode}");
    }
}

/// `minipy run -m NAME` runs a module or a package's `__main__` found from
/// the working directory, with CPython's `__name__`, `__package__`,
/// `__spec__`, `sys.argv` and `sys.path[0]`, and CPython's one-line refusals.
#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let dir = temp_dir("dash-m");
    write(&dir.join("app/__init__.py"), "print('init', __name__)\n");
    write(
        &dir.join("app/__main__.py"),
        "import sys, os\nfrom . import helper\nfrom .helper import twice\n\
         print(__name__, __package__, __spec__.name, __spec__.parent, __spec__.origin == __file__)\n\
         print([os.path.relpath(a) if a.startswith('/') else a for a in sys.argv])\n\
         print(sys.path[0] == os.getcwd(), os.path.relpath(__file__), twice(21))\n\
         if len(sys.argv) > 2: helper.boom()\n",
    );
    write(&dir.join("app/helper.py"), "def twice(x):\n    return 2 * x\n\ndef boom():\n    1 / 0\n");
    write(
        &dir.join("tool.py"),
        "import sys\nprint(__name__, repr(__package__), __spec__.parent == '', sys.argv[1:])\n",
    );
    let cases: &[&[&str]] = &[
        &["-m", "app", "one"],
        &["-m", "app.__main__", "x"],
        &["-m", "tool", "-v", "a"],
        &["-m", "app.helper"],
        &["-m", "nosuch"],
        &["-m", "app.nosuch"],
        &["-m", "nosuch.sub"],
        &["-m", ".rel"],
        &["-m", "sys"],
        &["-m", "app", "boom", "now"],
    ];
    let python = common::cpython().ok();
    for args in cases {
        let mut cmd = common::minipy();
        cmd.current_dir(&dir).env_remove("MINIPYPATH").arg("run").args(*args);
        let ours = common::run(&mut cmd, common::TIMEOUT).unwrap_or_else(|hang| panic!("{hang}"));
        assert!(!ours.panicked(), "{args:?}: {}", ours.stderr_text());
        // A refusal reads `minipy: ...` where CPython names its binary.
        let our_error = ours.last_stderr_line().map(|l| l.trim_start_matches("minipy: ").to_string());
        if let Some(python) = python {
            let mut cmd = common::cpython_command(python);
            cmd.current_dir(&dir).args(*args);
            let theirs = common::run(&mut cmd, common::TIMEOUT).unwrap_or_else(|hang| panic!("{hang}"));
            let prefix = format!("{}: ", python.display());
            let their_error = theirs.last_stderr_line().map(|l| l.trim_start_matches(prefix.as_str()).to_string());
            assert_eq!(ours.stdout_text(), theirs.stdout_text(), "{args:?}");
            assert_eq!(ours.code(), theirs.code(), "{args:?}");
            assert_eq!(our_error, their_error, "{args:?}");
        }
    }
    // Without CPython the facts still hold.
    let mut cmd = common::minipy();
    cmd.current_dir(&dir).args(["run", "--mode", "free-threaded", "-m", "app", "one"]);
    let out = common::run(&mut cmd, common::TIMEOUT).unwrap_or_else(|hang| panic!("{hang}"));
    assert_eq!(
        stdout(&out),
        "init app\n__main__ app app.__main__ app True\n['app/__main__.py', 'one']\nTrue app/__main__.py 42\n"
    );
}
