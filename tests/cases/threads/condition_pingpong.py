# A Condition makes two threads strictly alternate: ping and pong each print
# five times, turn by turn.
import threading

cond = threading.Condition()
turn = "ping"
lines = []


def player(name, other, rounds):
    global turn
    for i in range(rounds):
        with cond:
            while turn != name:
                cond.wait()
            lines.append(f"{name} {i}")
            turn = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
a.start()
b.start()
a.join()
b.join()
print("\n".join(lines))
