# A small program in the style of published match-statement examples (PEP 636's
# text-adventure commands, Norvig/Ramalho's lis.py evaluator): a tokenizer, a
# Lisp-like reader and evaluator, and a command loop, all dispatching with match.


class Procedure:
    __match_args__ = ("params", "body")

    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise TypeError(f"expected {len(self.params)} arguments, got {len(args)}")
        frame = Env(dict(zip(self.params, args)), self.env)
        result = None
        for exp in self.body:
            result = evaluate(exp, frame)
        return result


class Env:
    def __init__(self, names, outer=None):
        self.names, self.outer = names, outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env.names:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name!r}")


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    match tokens.pop(0):
        case "(":
            items = []
            while tokens[0] != ")":
                items.append(read(tokens))
            tokens.pop(0)
            return items
        case ")":
            raise SyntaxError("unexpected )")
        case token if token.lstrip("-").isdigit():
            return int(token)
        case token:
            try:
                return float(token)
            except ValueError:
                return token


SPECIAL = {"quote", "if", "lambda", "define", "set!", "begin", "cond", "let"}


def evaluate(exp, env):
    match exp:
        case bool() | int() | float():
            return exp
        case str(name):
            return env.find(name).names[name]
        case ["quote", datum]:
            return datum
        case ["if", test, then, other]:
            return evaluate(then if evaluate(test, env) else other, env)
        case ["if", test, then]:
            return evaluate(then, env) if evaluate(test, env) else None
        case ["cond", *clauses]:
            for clause in clauses:
                match clause:
                    case ["else", value]:
                        return evaluate(value, env)
                    case [test, value] if evaluate(test, env):
                        return evaluate(value, env)
            return None
        case ["let", [*bindings], *body] if body:
            names = {}
            for binding in bindings:
                match binding:
                    case [str(name), value]:
                        names[name] = evaluate(value, env)
                    case _:
                        raise SyntaxError(f"bad binding {show(binding)}")
            return Procedure([], body, Env(names, env))()
        case ["lambda", [*params], *body] if body and all(isinstance(p, str) for p in params):
            return Procedure(params, body, env)
        case ["define", [str(name), *params], *body] if body:
            env.names[name] = Procedure(params, body, env)
        case ["define", str(name), value]:
            env.names[name] = evaluate(value, env)
        case ["set!", str(name), value]:
            env.find(name).names[name] = evaluate(value, env)
        case ["begin", *body]:
            result = None
            for e in body:
                result = evaluate(e, env)
            return result
        case [head, *args] if head not in SPECIAL:
            func = evaluate(head, env)
            return func(*[evaluate(a, env) for a in args])
        case _:
            raise SyntaxError(f"bad form {show(exp)}")


def show(value):
    match value:
        case True:
            return "#t"
        case False:
            return "#f"
        case None:
            return "nil"
        case [*items]:
            return "(" + " ".join(show(v) for v in items) + ")"
        case Procedure(params=params):
            return f"<procedure ({' '.join(params)})>"
        case float(f) if f.is_integer():
            return f"{f:.1f}"
        case _:
            return str(value)


def standard_env():
    def arith(fn, unit):
        def apply(*args):
            match args:
                case ():
                    return unit
                case (only,):
                    return fn(unit, only)
                case (first, *rest):
                    for r in rest:
                        first = fn(first, r)
                    return first
        return apply

    return Env({
        "+": arith(lambda a, b: a + b, 0), "*": arith(lambda a, b: a * b, 1),
        "-": arith(lambda a, b: a - b, 0), "/": lambda a, b: a / b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b, "list": lambda *xs: list(xs), "car": lambda xs: xs[0],
        "cdr": lambda xs: xs[1:], "cons": lambda x, xs: [x] + xs, "null?": lambda xs: xs == [],
        "length": len, "not": lambda x: not x, "abs": abs,
    })


# The command loop: each input line is a command, dispatched on its words.
def session(lines):
    env = standard_env()
    history = []
    for line in lines:
        match line.split(maxsplit=1):
            case []:
                continue
            case ["quit" | "exit"]:
                print("bye")
                break
            case ["history"]:
                for i, h in enumerate(history, 1):
                    print(f"  {i}: {h}")
            case ["show", name]:
                try:
                    print(name, "=", show(env.find(name).names[name]))
                except NameError as e:
                    print("error:", e)
            case ["eval" | "e", source] if source:
                history.append(source)
                tokens = tokenize(source)
                try:
                    while tokens:
                        value = evaluate(read(tokens), env)
                    print("=>", show(value))
                except (SyntaxError, NameError, TypeError, ZeroDivisionError) as e:
                    print(f"error: {type(e).__name__}: {e}")
            case [word, *_]:
                print(f"unknown command {word!r}")


session([
    "eval (define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))",
    "eval (fact 20)",
    "eval (define (fib n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2))))))",
    "eval (fib 15)",
    "eval (define (map f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs)))))",
    "eval (map (lambda (x) (* x x)) (list 1 2 3 4))",
    "eval (let ((a 3) (b 4.0)) (+ (* a a) (* b b)))",
    "eval (define counter 0) (set! counter (+ counter 1)) counter",
    "show fact",
    "show counter",
    "show nothing",
    "eval (quote (a (b c) 1.5))",
    "eval (/ 1 0)",
    "eval (undefined 1)",
    "eval (let (x) x)",
    "eval ((lambda (x y) x) 1)",
    "eval (lambda 1 2)",
    "dance wildly",
    "",
    "history",
    "quit",
    "eval (never evaluated)",
])
