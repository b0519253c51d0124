# Usage and help text for argparse, laid out as CPython's HelpFormatter
# lays it out: a usage line wrapped at the terminal width (80 columns when
# there is no terminal, less 2), sections of arguments whose help starts in
# one column (at most 24), and paragraphs wrapped to the width.

import os as _os
import re as _re
import textwrap as _textwrap

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."
PARSER = "A..."


def _width():
    try:
        columns = int(_os.environ.get("COLUMNS", "80"))
    except ValueError:
        columns = 80
    return columns - 2


def _wrap_units(text):
    """The pieces a usage line may break between: a bracketed group up to
    its closing bracket(s), or else a single word."""
    units = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        start = i
        if text[i] in "[(":
            depth = 0
            while i < len(text):
                if text[i] in "[(":
                    depth += 1
                elif text[i] in "])":
                    depth -= 1
                i += 1
                if depth == 0 and (i == len(text) or text[i] == " "):
                    break
        else:
            while i < len(text) and text[i] != " ":
                i += 1
        units.append(text[start:i])
    return units


class HelpFormatter:
    """Lays out help. The subclasses below change one rule each."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self.prog = prog
        self.width = _width() if width is None else width
        self.step = indent_increment
        self.max_help_position = min(max_help_position, max(self.width - 20, indent_increment * 2))

    # ---- rules a subclass may change ----------------------------------

    def _fill(self, text, width, indent):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_help(self, text, width):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.wrap(text, width)

    def _help_text(self, action):
        return action.help

    def _metavar_for_positional(self, action):
        return action.dest

    def _metavar_for_optional(self, action):
        return action.dest.upper()

    # ---- pieces -------------------------------------------------------

    def metavar(self, action, count):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = "{%s}" % ",".join(str(c) for c in action.choices)
        elif action.option_strings:
            shown = self._metavar_for_optional(action)
        else:
            shown = self._metavar_for_positional(action)
        if isinstance(shown, tuple):
            if len(shown) != count:
                raise ValueError("length of metavar tuple does not match nargs")
            return shown
        return (shown,) * count

    def args_text(self, action):
        nargs = action.nargs
        if nargs is None:
            return "%s" % self.metavar(action, 1)
        if nargs == OPTIONAL:
            return "[%s]" % self.metavar(action, 1)
        if nargs == ZERO_OR_MORE:
            names = self.metavar(action, 1)
            if len(names) == 2:
                return "[%s [%s ...]]" % names
            return "[%s ...]" % names
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (self.metavar(action, 2))
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % self.metavar(action, 1)
        if nargs == SUPPRESS:
            return ""
        return " ".join(self.metavar(action, nargs))

    def invocation(self, action):
        if not action.option_strings:
            return self.metavar(action, 1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        value = self.args_text(action)
        return ", ".join("%s %s" % (option, value) for option in action.option_strings)

    def _usage_piece(self, action):
        if action.option_strings:
            text = action.option_strings[0]
            if action.nargs != 0:
                text += " " + self.args_text(action)
            return text if action.required else "[%s]" % text
        return self.args_text(action)

    def _group_usage(self, actions, groups):
        """Usage pieces; a mutually exclusive group shows as (a | b) or
        [a | b]."""
        pieces = []
        done = set()
        for action in actions:
            if action.help == SUPPRESS or id(action) in done:
                continue
            group = next((g for g in groups if action in g._group_actions), None)
            if group is None:
                pieces.append(self._usage_piece(action))
                continue
            members = [a for a in group._group_actions if a in actions and a.help != SUPPRESS]
            for member in members:
                done.add(id(member))
            inner = []
            for member in members:
                piece = self._usage_piece(member)
                if member.option_strings and not member.required and piece.startswith("["):
                    piece = piece[1:-1]
                inner.append(piece)
            text = " | ".join(inner)
            pieces.append(("(%s)" if group.required else "[%s]") % text)
        return [p for p in pieces if p]

    def usage(self, usage, actions, groups, prefix="usage: "):
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage % dict(prog=self.prog))
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._group_usage(optionals, groups)
        pos_parts = self._group_usage(positionals, groups)
        whole = " ".join([self.prog] + opt_parts + pos_parts)
        # When wrapping, a bracketed piece stays whole; a required option
        # and its value may be split, as in CPython.
        opt_parts = _wrap_units(" ".join(opt_parts))
        pos_parts = _wrap_units(" ".join(pos_parts))
        room = self.width
        if len(prefix) + len(whole) <= room:
            return "%s%s\n\n" % (prefix, whole)

        def pack(parts, indent, first_prefix=None):
            lines = []
            current = []
            used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if current and used + 1 + len(part) > room:
                    lines.append(indent + " ".join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + " ".join(current))
            if first_prefix is not None and lines:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * room:
            indent = " " * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = pack([self.prog] + opt_parts, indent, prefix)
                lines += pack(pos_parts, indent)
            elif pos_parts:
                lines = pack([self.prog] + pos_parts, indent, prefix)
            else:
                lines = [self.prog]
        else:
            indent = " " * len(prefix)
            lines = pack(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = pack(opt_parts, indent) + pack(pos_parts, indent)
            lines = [self.prog] + lines
        return "%s%s\n\n" % (prefix, "\n".join(lines))

    def expanded_help(self, action):
        text = self._help_text(action)
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return text % params

    def action_lines(self, action, help_position, depth=1):
        invocation = self.invocation(action)
        room = max(self.width - help_position, 11)
        head = " " * (self.step * depth) + invocation
        lines = []
        if not action.help:
            lines.append(head + "\n")
        else:
            help_lines = self._split_help(self.expanded_help(action), room)
            if len(head) + 2 <= help_position:
                lines.append("%-*s%s\n" % (help_position, head, help_lines[0] if help_lines else ""))
                rest = help_lines[1:]
            else:
                lines.append(head + "\n")
                rest = help_lines
            for line in rest:
                lines.append(" " * help_position + line + "\n")
        for sub in getattr(action, "_visible_choices", lambda: [])():
            lines.extend(self.action_lines(sub, help_position, depth + 1))
        return lines

    def format_help(self, parser):
        parts = [self.usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)]
        if parser.description:
            parts.append(self._fill(parser.description, self.width, "") + "\n\n")
        visible = [a for a in parser._actions if a.help != SUPPRESS]
        widest = 0
        for action in visible:
            widest = max(widest, len(self.invocation(action)) + self.step)
            for sub in getattr(action, "_visible_choices", lambda: [])():
                widest = max(widest, len(self.invocation(sub)) + self.step * 2)
        help_position = min(widest + 2, self.max_help_position)
        for group in parser._action_groups:
            members = [a for a in group._group_actions if a.help != SUPPRESS]
            if not members and not group.description:
                continue
            section = ["%s:\n" % group.title] if group.title else []
            if group.description:
                section.append(self._fill(group.description, self.width - self.step, " " * self.step) + "\n\n")
            for action in members:
                section.extend(self.action_lines(action, help_position))
            parts.append("".join(section) + "\n")
        if parser.epilog:
            parts.append(self._fill(parser.epilog, self.width, "") + "\n\n")
        text = "".join(parts)
        text = _re.sub(r"\n\n\n+", "\n\n", text)
        return text.strip("\n") + "\n"


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True)).rstrip("\n")


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_help(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _help_text(self, action):
        text = action.help or ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    def _metavar_for_positional(self, action):
        return action.type.__name__

    def _metavar_for_optional(self, action):
        return action.type.__name__
