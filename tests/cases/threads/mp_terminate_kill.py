# A process stuck in a long sleep can be stopped: terminate() gives exitcode
# -15 (SIGTERM) and kill() gives -9 (SIGKILL); the parent carries on.
import multiprocessing
import time


def sleepy():
    time.sleep(60)


if __name__ == "__main__":
    for how in ["terminate", "kill"]:
        p = multiprocessing.Process(target=sleepy)
        p.start()
        time.sleep(0.2)
        print(how, "alive before:", p.is_alive())
        if how == "terminate":
            p.terminate()
        else:
            p.kill()
        p.join()
        print(how, "alive after:", p.is_alive(), "exitcode:", p.exitcode)
