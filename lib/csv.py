"""Reading and writing CSV: reader/writer with the usual dialect options,
DictReader/DictWriter, and the excel and excel-tab dialects."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "reader", "writer", "DictReader", "DictWriter", "register_dialect", "get_dialect",
           "list_dialects", "field_size_limit"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


_limit = 131072


def field_size_limit(new_limit=None):
    global _limit
    old = _limit
    if new_limit is not None:
        _limit = new_limit
    return old


class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator",
                     "quoting", "strict"):
            setattr(self, name, fmtparams.pop(name, getattr(dialect, name)))
        if fmtparams:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(fmtparams)))
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        self._file = f
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, value):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_NONE:
            if d.escapechar:
                for special in (d.escapechar, d.delimiter, d.quotechar or ""):
                    if special:
                        text = text.replace(special, d.escapechar + special)
            elif d.delimiter in text or "\n" in text or "\r" in text:
                raise Error("need to escape, but no escapechar set")
            return text
        quote = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float)))
        if not quote and (d.delimiter in text or d.quotechar in text or "\n" in text or "\r" in text
                          or (text and (text[0] == " " and d.skipinitialspace))):
            quote = True
        if d.quoting == QUOTE_MINIMAL and text == "" and value is not None and False:
            quote = True
        if d.quotechar in text:
            if d.doublequote:
                text = text.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                text = text.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error("need to escape, but no escapechar set")
        return d.quotechar + text + d.quotechar if quote else text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        if len(fields) == 1 and fields[0] == "" and d.quoting != QUOTE_NONE:
            line = d.quotechar * 2
        else:
            line = d.delimiter.join(self._field(v) for v in fields)
        return self._file.write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class _Reader:
    def __init__(self, lines, dialect, fmtparams):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row = []
        field = []
        state = "start"
        while True:
            line = next(self._lines)
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            i, n = 0, len(line)
            if state == "start" and line.strip("\r\n") == "" and not row:
                return []
            while i < n:
                c = line[i]
                if state in ("start", "field"):
                    if state == "start" and d.skipinitialspace and c == " ":
                        i += 1
                        continue
                    if state == "start" and c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = "quoted"
                    elif c == d.delimiter:
                        row.append(self._convert("".join(field), False))
                        field = []
                        state = "start"
                    elif c in "\r\n":
                        pass
                    elif c == d.escapechar:
                        i += 1
                        if i < n:
                            field.append(line[i])
                        state = "field"
                    else:
                        field.append(c)
                        state = "field"
                elif state == "quoted":
                    if c == d.escapechar and d.escapechar:
                        i += 1
                        if i < n:
                            field.append(line[i])
                    elif c == d.quotechar:
                        if d.doublequote and i + 1 < n and line[i + 1] == d.quotechar:
                            field.append(c)
                            i += 1
                        else:
                            state = "after_quote"
                    else:
                        field.append(c)
                elif state == "after_quote":
                    if c == d.delimiter:
                        row.append(self._convert("".join(field), True))
                        field = []
                        state = "start"
                    elif c in "\r\n":
                        pass
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = "field"
                i += 1
            if state != "quoted":
                break
        row.append(self._convert("".join(field), state == "after_quote"))
        return row

    def _convert(self, text, quoted):
        if len(text) > _limit:
            raise Error("field larger than field limit (%d)" % _limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text != "":
            return float(text)
        return text


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
