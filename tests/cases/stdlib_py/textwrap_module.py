# textwrap: wrap/fill at many widths, hyphens and em-dashes, long words, indents, max_lines, shorten, dedent, indent.
import textwrap
from textwrap import TextWrapper, wrap, fill, dedent, indent, shorten

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly.  Explicit is better than implicit. "
        "Simple is better than complex -- complex is better than complicated. A well-known, e-mail-friendly "
        "state-of-the-art look-up table\tnever\nhurts; 123-456 and x-y and --option and pre--post.")
for width in [10, 17, 25, 40, 70]:
    print(wrap(text, width))
print(fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(wrap('supercalifragilisticexpialidocious is long', 10), wrap('abc-defghijklmnop-qrstuvw', 8))
print(wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(wrap('a-b-c-d-e-f-g-h well-behaved', 5, break_on_hyphens=False), wrap('---------- ab', 4))
print(wrap('  leading and trailing  ', 8), wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(wrap('tabs\there\tand\tthere', 12, tabsize=4), wrap('keep\nnewlines', 40, replace_whitespace=False))
print(wrap('Hello there. How are you? Fine!  "Yes." ok', 80, fix_sentence_endings=True))
print(wrap(text, 30, max_lines=3), wrap(text, 30, max_lines=1, placeholder='...'), wrap('', 5), wrap('   ', 5))
print(shorten('Hello  world!', width=12), shorten('Hello  world!', width=11), shorten(text, 40), shorten(text, 60, placeholder=' ~'))
w = TextWrapper(width=20, initial_indent='> ', subsequent_indent='>> ', max_lines=2)
print(w.wrap(text), w.fill('short one'))
code = '''
    def f():
        return 1

    \t
      # comment
'''
print(repr(dedent(code)), repr(dedent('  a\n\tb')), repr(dedent('\t\ta\n\t\tb\n\t  c')), repr(dedent('   x\n  \n   y')))
print(repr(indent('one\n\ntwo\n  \nthree', '> ')), repr(indent('a\nb\n', '+', lambda line: True)))
for bad in [lambda: wrap('x', 0), lambda: wrap('abc def', 4, max_lines=1, placeholder=' [....]'), lambda: shorten('x', -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
