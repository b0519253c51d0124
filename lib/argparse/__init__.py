# argparse: command-line options, arguments and sub-commands.
#
# Parsing walks the words once. A word that names an option consumes the
# values its `nargs` asks for; every other word is set aside as positional.
# At the end the positional words are dealt out to the positional arguments
# in order, each taking as many as it may while leaving enough for the ones
# after it. A sub-command argument hands every word after its name to the
# sub-parser. Errors print the usage and `prog: error: message` on stderr
# and exit with status 2, as CPython's argparse does.

import os as _os
import sys as _sys

from argparse._help import (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
                            ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter, SUPPRESS, OPTIONAL,
                            ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER)

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
           "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
           "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        shown = []
        extra = {}
        for name, value in vars(self).items():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                extra[name] = value
        if extra:
            shown.append("**%r" % extra)
        return "Namespace(%s)" % ", ".join(shown)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


# ---- actions ---------------------------------------------------------------

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        fields = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                  "help", "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        if kwargs.get("const") is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help)


def _fresh_list(namespace, dest):
    current = getattr(namespace, dest, None)
    return [] if current is None else list(current)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (current or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        _sys.stdout.write((text % dict(prog=parser.prog)) + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        names = []
        for option in option_strings:
            names.append(option)
            if option.startswith("--"):
                names.append("--no-" + option[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(names, dest, nargs=0, default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoiceHelp(Action):
        def __init__(self, name, aliases, help):
            shown = name if not aliases else "%s (%s)" % (name, ", ".join(aliases))
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        if "help" in kwargs:
            self._choices_actions.append(self._ChoiceHelp(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _visible_choices(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            choices = ", ".join(repr(c) for c in self._name_parser_map)
            raise ArgumentError(self, "invalid choice: %r (choose from %s)" % (name, choices))
        sub_namespace, extras = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if extras:
            namespace.__dict__.setdefault("_UNRECOGNIZED_ARGS_ATTR", []).extend(extras)


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, name):
        if name == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(name, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (name, e))

    def __repr__(self):
        return "FileType(%r)" % self._mode


_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
            "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
            "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
            "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction}


from argparse._parser import ArgumentParser, _ArgumentGroup, _MutuallyExclusiveGroup  # noqa: E402
