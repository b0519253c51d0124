# ArgumentParser and its argument groups: declaring arguments and parsing
# the words of a command line (see lib/argparse/__init__.py for the rules).

import os as _os
import sys as _sys

from argparse import (Action, ArgumentError, ArgumentTypeError, Namespace, HelpFormatter, _ACTIONS,
                      _SubParsersAction, SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER,
                      _argument_name)


class _Container:
    """What parsers and groups share: adding arguments."""

    def _register(self, action):
        raise NotImplementedError

    def add_argument(self, *names, **kwargs):
        parser = self._parser()
        chars = parser.prefix_chars
        if not names or (len(names) == 1 and names[0] and names[0][0] not in chars):
            if names and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = names[0] if names else kwargs.pop("dest", None)
            option_strings = []
            if "required" in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = []
            long_names = []
            for name in names:
                if not name or name[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r" % (name, chars))
                option_strings.append(name)
                if len(name) > 1 and name[1] in chars:
                    long_names.append(name)
            dest = kwargs.pop("dest", None)
            if dest is None:
                source = long_names[0] if long_names else option_strings[0]
                dest = source.lstrip(chars).replace("-", "_")
                if not dest:
                    raise ValueError("dest= is required for options like %r" % option_strings[0])
        if "default" not in kwargs:
            if dest in parser._defaults:
                kwargs["default"] = parser._defaults[dest]
            elif parser.argument_default is not None:
                kwargs["default"] = parser.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, (str, type(None))) \
            else action_name
        if isinstance(action_class, str) or action_class is None:
            raise ValueError("unknown action %r" % (action_name,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        for option in option_strings:
            if option in parser._option_index:
                raise ArgumentError(action, "conflicting option string: %s" % option)
        return self._register(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self._parser(), *args, **kwargs)
        self._parser()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._parser()._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        parser = self._parser()
        parser._defaults.update(kwargs)
        for action in parser._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        parser = self._parser()
        for action in parser._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return parser._defaults.get(dest, None)


class _ArgumentGroup(_Container):
    def __init__(self, parser, title=None, description=None, **kwargs):
        self._owner = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def _parser(self):
        return self._owner

    def _register(self, action):
        self._owner._add_action(action, self)
        return action


class _MutuallyExclusiveGroup(_Container):
    def __init__(self, container, required=False):
        self._container = container
        self.required = required
        self._group_actions = []

    def _parser(self):
        return self._container._parser()

    def _register(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._container._register(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_Container):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(), formatter_class=HelpFormatter,
                 prefix_chars="-", fromfile_prefix_chars=None, argument_default=None, conflict_handler="error",
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        self.prog = prog if prog is not None else _os.path.basename(_sys.argv[0]) if _sys.argv else "minipy"
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_index = {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._action_groups = [self._positionals, self._optionals]
        if add_help:
            short = prefix_chars[0]
            self.add_argument(short + "h", short * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, type(self._actions[0]) if self._actions else ()) or not add_help:
                    if action.option_strings and any(o in self._option_index for o in action.option_strings):
                        continue
                    self._add_action(action, self._optionals if action.option_strings else self._positionals)
            self._defaults.update(parent._defaults)

    def _parser(self):
        return self

    def _register(self, action):
        group = self._optionals if action.option_strings else self._positionals
        self._add_action(action, group)
        return action

    def _add_action(self, action, group):
        self._actions.append(action)
        group._group_actions.append(action)
        for option in action.option_strings:
            self._option_index[option] = action

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS, required=False, help=None,
                       metavar=None, parser_class=None, action=None):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        if prog is None:
            formatter = self._formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            prog = formatter.usage(None, positionals, [], "").strip()
        subparsers = _SubParsersAction([], prog, parser_class or type(self), dest=dest, required=required,
                                       help=help, metavar=metavar)
        if title or description:
            group = self.add_argument_group(title or "subcommands", description)
            self._add_action(subparsers, group)
        else:
            self._add_action(subparsers, self._positionals)
        self._subparsers = subparsers
        return subparsers

    # ---- text -------------------------------------------------------------

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._formatter().usage(self.usage, self._actions, self._mutually_exclusive_groups).rstrip("\n") + "\n"

    def format_help(self):
        return self._formatter().format_help(self)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # ---- parsing ------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = list(_sys.argv[1:] if args is None else args)
        namespace = Namespace() if namespace is None else namespace
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for name, value in self._defaults.items():
            if not hasattr(namespace, name):
                setattr(namespace, name, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))
        if "_UNRECOGNIZED_ARGS_ATTR" in namespace.__dict__:
            extras.extend(namespace.__dict__.pop("_UNRECOGNIZED_ARGS_ATTR"))
        return namespace, extras

    def _looks_negative(self, word):
        if not (word.startswith("-") and len(word) > 1):
            return False
        try:
            float(word)
        except ValueError:
            return False
        return not any(o[1:2].isdigit() or o[1:2] == "." for o in self._option_index)

    def _is_option(self, word):
        return bool(word) and word[0] in self.prefix_chars and word != "-" and not self._looks_negative(word)

    def _find_option(self, word):
        """(action, option string, attached value or None), or None."""
        if word in self._option_index:
            return self._option_index[word], word, None
        if "=" in word:
            name, _, value = word.partition("=")
            if name in self._option_index:
                return self._option_index[name], name, value
        if len(word) > 2 and word[1] not in self.prefix_chars:
            short = word[:2]
            if short in self._option_index:
                return self._option_index[short], short, word[2:]
        if self.allow_abbrev and word[:2] == self.prefix_chars[0] * 2:
            name, _, value = word.partition("=")
            matches = [o for o in self._option_index if o.startswith(name) and o[:2] == name[:2]]
            if len(matches) == 1:
                return self._option_index[matches[0]], matches[0], value if "=" in word else None
            if len(matches) > 1:
                raise ArgumentError(None, "ambiguous option: %s could match %s" % (name, ", ".join(matches)))
        return None

    def _parse(self, words, namespace):
        extras = []
        seen = set()
        seen_non_default = set()
        pending = [a for a in self._actions if not a.option_strings]
        index = 0
        after_dashes = False
        while index < len(words):
            word = words[index]
            if word == "--" and not after_dashes:
                after_dashes = True
                words = words[:index] + words[index + 1:]
                continue
            if after_dashes or not self._is_option(word):
                run_end = index
                while run_end < len(words):
                    if words[run_end] == "--" and not after_dashes:
                        after_dashes = True
                        words = words[:run_end] + words[run_end + 1:]
                    elif after_dashes or not self._is_option(words[run_end]):
                        run_end += 1
                    else:
                        break
                used, pending = self._deal_run(pending, words[index:run_end], words[run_end:], namespace, seen,
                                               seen_non_default)
                if used is None:  # a sub-command took every word left
                    return extras
                if used == 0:
                    extras.append(word)
                    index += 1
                else:
                    index += used
                continue
            found = self._find_option(word)
            if found is None:
                extras.append(word)
                index += 1
                continue
            action, option, attached = found
            index += 1
            if attached is not None and action.nargs == 0:
                if word[1] in self.prefix_chars:
                    raise ArgumentError(action, "ignored explicit argument %r" % attached)
                # -vv: the rest are more single-letter flags.
                self._apply(action, self._values(action, []), namespace, option, seen, seen_non_default)
                for flag in attached:
                    again = self._find_option(self.prefix_chars[0] + flag)
                    if again is None:
                        raise ArgumentError(action, "ignored explicit argument %r" % attached)
                    self._apply(again[0], self._values(again[0], []), namespace, again[1], seen, seen_non_default)
                continue
            if attached is not None:
                taken = [attached]
            else:
                taken = []
                low, high = self._option_arity(action)
                while index < len(words) and len(taken) < high and words[index] != "--" \
                        and not self._is_option(words[index]):
                    taken.append(words[index])
                    index += 1
                if len(taken) < low:
                    raise ArgumentError(action, self._arity_message(action))
            self._apply(action, self._values(action, taken), namespace, option, seen, seen_non_default)
        self._deal_run(pending, [], [], namespace, seen, seen_non_default)
        missing = [_argument_name(a) for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen for a in group._group_actions):
                names = [_argument_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and action.dest is not SUPPRESS \
                    and getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    def _deal_run(self, pending, run, after, namespace, seen, seen_non_default):
        """Give a run of positional words to the first positional arguments
        still waiting: as many of them as the run can satisfy, each taking
        as many words as it may while leaving the minimum for the ones after
        it. Returns (words used, or None when a sub-command took the rest;
        the arguments still waiting)."""
        count = len(pending)
        while count > 0 and sum(self._option_arity(a)[0] for a in pending[:count]) > len(run):
            count -= 1
        if count == 0 and pending and pending[0].nargs == PARSER and run:
            count = 1
        position = 0
        for slot, action in enumerate(pending[:count]):
            if action.nargs == PARSER:
                if position >= len(run):
                    return position, pending[slot:]
                taken = run[position:] + after
                self._apply(action, self._values(action, taken), namespace, None, seen, seen_non_default)
                return None, []
            low, high = self._option_arity(action)
            later = sum(self._option_arity(a)[0] for a in pending[slot + 1:count])
            size = max(low, min(high, len(run) - position - later))
            taken = run[position:position + size]
            position += size
            if not taken and action.nargs in (OPTIONAL, ZERO_OR_MORE):
                seen.add(action)
                if action.dest is SUPPRESS:
                    continue
                if action.nargs == OPTIONAL:
                    value = action.default
                    if isinstance(value, str):
                        value = self._convert(action, value)
                    setattr(namespace, action.dest, value)
                else:
                    setattr(namespace, action.dest, action.default if action.default is not None else [])
                continue
            self._apply(action, self._values(action, taken), namespace, None, seen, seen_non_default)
        return position, pending[count:]

    def _option_arity(self, action):
        nargs = action.nargs
        if nargs is None:
            return (1, 1)
        if nargs == OPTIONAL:
            return (0, 1)
        if nargs == ZERO_OR_MORE:
            return (0, 1 << 30)
        if nargs in (ONE_OR_MORE, PARSER):
            return (1, 1 << 30)
        if nargs == REMAINDER:
            return (0, 1 << 30)
        return (nargs, nargs)

    def _arity_message(self, action):
        nargs = action.nargs
        if nargs is None:
            return "expected one argument"
        if nargs == OPTIONAL:
            return "expected at most one argument"
        if nargs in (ONE_OR_MORE, PARSER):
            return "expected at least one argument"
        return "expected %s argument%s" % (nargs, "" if nargs == 1 else "s")

    def _convert(self, action, text):
        converter = action.type if action.type is not None else (lambda value: value)
        if not callable(converter):
            raise ArgumentError(action, "%r is not callable" % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(converter, "__name__", repr(converter))
            raise ArgumentError(action, "invalid %s value: %r" % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            shown = ", ".join(repr(c) for c in action.choices)
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, shown))

    def _values(self, action, words):
        nargs = action.nargs
        if nargs == 0 or (not words and nargs == OPTIONAL and action.option_strings):
            return action.const
        if nargs == PARSER:
            self._check_choice(action, words[0])
            return words
        if nargs == REMAINDER:
            return words
        values = [self._convert(action, w) for w in words]
        for value in values:
            self._check_choice(action, value)
        if nargs is None or nargs == OPTIONAL:
            return values[0]
        return values

    def _apply(self, action, values, namespace, option, seen, seen_non_default):
        for group in self._mutually_exclusive_groups:
            if action in group._group_actions:
                for other in group._group_actions:
                    if other is not action and other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s" % _argument_name(other))
        seen.add(action)
        if values is not action.default:
            seen_non_default.add(action)
        action(self, namespace, values, option)
