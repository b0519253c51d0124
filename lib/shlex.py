"""Shell-like lexical analysis, as CPython's shlex module: split(), quote(),
join() and the shlex class (POSIX and classic modes, comments, quotes,
escapes, punctuation_chars, source inclusion, push_token/push_source).

The lexer is a small state machine. Its state is ' ' (between tokens),
'a' (in a word), 'c' (in a run of punctuation characters), None (past the
end), or the quote or escape character it is inside; each state has its own
step method, which returns True when the token being built is complete."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
# POSIX mode also treats the Latin-1 letters as word characters.
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead while collecting a punctuation run.
            self._pushback_chars = deque()
            # File names, options and wildcards are words in this mode.
            self.wordchars = "".join(c for c in self.wordchars + "~-./*?="
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # --- input sources and pushed-back tokens -----------------------------------------------

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream, self.lineno))
        self.state = " "

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            # `source FILE` switches input to FILE until it is used up.
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw) if raw != self.eof else "shlex: token=EOF")
        return raw

    # --- the state machine ------------------------------------------------------------------

    def read_token(self):
        self._quoted = False
        # The state an escape returns to: 'a' outside quotes, else the quote.
        self._escaped_from = " "
        while True:
            if self._punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == "\n":
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, nextchar))
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                done = self._between_tokens(nextchar)
            elif state in self.quotes:
                done = self._in_quotes(nextchar)
            elif state in self.escape:
                done = self._after_escape(nextchar)
            elif state in ("a", "c"):
                done = self._in_word(nextchar)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def _token_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._escaped_from = "a"
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = "a"
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = "c"
        elif ch in self.quotes:
            # Classic mode keeps the quotes in the token; POSIX drops them.
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = "a"
        else:
            # Any other character is a token of its own.
            self.token = ch
            return self._token_ready()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if not self.posix:
                self.token += ch
                self.state = " "
                return True
            self.state = "a"
        elif self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape(self, ch):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes only the quote itself and the escape character can
        # be escaped; before anything else the backslash stays.
        back = self._escaped_from
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = " "
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                return self._token_ready()
            return False
        if self.state == "c":
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = " "
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._escaped_from = "a"
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # The character ends the word and is read again as the next token.
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = " "
            return self._token_ready()
        return False

    # --- hooks and iteration ----------------------------------------------------------------

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # A relative name is found next to the file that sources it, as cpp does.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is closed,
    # written in double quotes and reopened: $'b becomes '$'"'"'b'.
    return "'" + s.replace("'", "'\"'\"'") + "'"
