# Benchmark: pyperformance's "regex_dna": build a FASTA sequence (bytearray
# edits, bisect on floats), then count and substitute regex variants.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_regex_dna/ (MIT License, Copyright (c) 2017 Python Software
# Foundation); from The Computer Language Benchmarks Game.
# The pyperf.Runner harness is replaced by one run; the program prints its
# results so its output can be compared with CPython's. Run with the
# argument `small`, it does the same work at a small size: that is how the
# CPython-diff tests (group `pyperf`) run it.

import bisect
import re
import sys

SMALL = sys.argv[1:] == ["small"]
LENGTH = 5000 if SMALL else 100000

ALU = ('GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
       'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
       'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT'
       'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA'
       'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG'
       'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC'
       'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA')

IUB = list(zip('acgtBDHKMNRSVWY', [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))

HOMOSAPIENS = [('a', 0.3029549426680), ('c', 0.1979883004921),
               ('g', 0.1975473066391), ('t', 0.3015094502008)]


def make_cumulative(table):
    probs, chars = [], []
    prob = 0.
    for char, p in table:
        prob += p
        probs += [prob]
        chars += [ord(char)]
    return probs, chars


def repeat_fasta(src, n, nprint):
    width = 60
    trailing = n % width != 0
    s = bytearray(src + src + src[:n % len(src)], encoding='utf8')
    count = 0
    end = (n / float(width)) - (1.0 if trailing else 0.0)
    while count < end:
        i = count * 60 % len(src)
        nprint(s[i:i + 60] + b'\n')
        count += 1
    if trailing:
        nprint(s[-(n % width):] + b'\n')


def random_fasta(table, n, seed, nprint):
    width = 60
    r = range(width)
    bb = bisect.bisect
    trailing = n % width != 0
    line = bytearray(width + 1)
    probs, chars = make_cumulative(table)
    im = 139968.0
    seed = float(seed)
    count = 0.0
    end = (n / float(width)) - (1.0 if trailing else 0.0)
    while count < end:
        for i in r:
            seed = (seed * 3877.0 + 29573.0) % 139968.0
            line[i] = chars[bb(probs, seed / im)]
        line[60] = 10
        nprint(line)
        count += 1.0
    if trailing:
        for i in range(n % width):
            seed = (seed * 3877.0 + 29573.0) % 139968.0
            line[i] = chars[bb(probs, seed / im)]
        nprint(line[:i + 1] + b"\n")
    return seed


def init_benchmarks(n, rng_seed):
    result = bytearray()
    nprint = result.extend
    nprint(b'>ONE Homo sapiens alu\n')
    repeat_fasta(ALU, n * 2, nprint=nprint)
    nprint(b'>TWO IUB ambiguity codes\n')
    seed = random_fasta(IUB, n * 3, seed=rng_seed, nprint=nprint)
    nprint(b'>THREE Homo sapiens frequency\n')
    random_fasta(HOMOSAPIENS, n * 5, seed, nprint=nprint)
    return bytes(result)


VARIANTS = (b'agggtaaa|tttaccct', b'[cgt]gggtaaa|tttaccc[acg]', b'a[act]ggtaaa|tttacc[agt]t',
            b'ag[act]gtaaa|tttac[agt]ct', b'agg[act]taaa|ttta[agt]cct', b'aggg[acg]aaa|ttt[cgt]ccct',
            b'agggt[cgt]aa|tt[acg]accct', b'agggta[cgt]a|t[acg]taccct', b'agggtaa[cgt]|[acg]ttaccct')

SUBST = ((b'B', b'(c|g|t)'), (b'D', b'(a|g|t)'), (b'H', b'(a|c|t)'), (b'K', b'(g|t)'), (b'M', b'(a|c)'),
         (b'N', b'(a|c|g|t)'), (b'R', b'(a|g)'), (b'S', b'(c|g)'), (b'V', b'(a|c|g)'), (b'W', b'(a|t)'),
         (b'Y', b'(c|t)'))


def run_benchmarks(seq):
    ilen = len(seq)
    seq = re.sub(b'>.*\n|\n', b'', seq)
    clen = len(seq)
    results = [len(re.findall(f, seq)) for f in VARIANTS]
    for f, r in SUBST:
        seq = re.sub(f, r, seq)
    return results, ilen, clen, len(seq)


seq = init_benchmarks(LENGTH, 42)
print(len(seq))
print(run_benchmarks(seq))
