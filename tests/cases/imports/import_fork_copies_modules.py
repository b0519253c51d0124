# A child process inherits the parent's imported modules as they are
# (fork): it sees the parent's change and does not run their top level again.
import sys
sys.path.insert(0, sys.path[0] + "/modules")
import multiprocessing
import counter_mod

def child(q):
    import counter_mod as again
    q.put((again.runs, again is counter_mod, again.bump()))

if __name__ == "__main__":
    counter_mod.bump()
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print("parent still has", counter_mod.runs, "exit", p.exitcode)
