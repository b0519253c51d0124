print("circ_b: start")
import circ_a
B = "b"
try:
    from circ_a import A
except ImportError as e:
    print("circ_b:", type(e).__name__, str(e).split(" (")[0])
try:
    circ_a.A
except AttributeError as e:
    print("circ_b:", e)
print("circ_b: end")
