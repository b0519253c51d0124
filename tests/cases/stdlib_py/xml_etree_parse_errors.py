# xml.etree.ElementTree.ParseError: expat's message, error code and
# (line, column) for documents that are not well-formed.
import xml.etree.ElementTree as ET

bad_documents = [
    "", "   ", "<a>", "<a></b>", "<a><b></a>", "<a/><b/>", "<a>x</a>junk",
    "<a/>\n y", "x<a/>", "  xy<a/>", "<a>&foo;</a>", "<a>&#0;</a>",
    "<a>&#xD800;</a>", "<a>& b</a>", "<a x='1' x='2'/>", "<a>\n<b c='1' c='2'/></a>",
    "<p:a/>", "<a><q:b/></a>", "<a b=1/>", "<a b='1'c='2'/>", "<a attr='<'/>",
    "<a>]]></a>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a", "<a b=\"1\"",
    "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a/><?xml version='1.0'?>",
    "<1a/>", "<a></a >", "<a></ a>", "</a>", "<a/></a>", "<a></", "<a></b", "<a><",
    "<a>x</a", "<a/><!DOCTYPE a>", "<a><!DOCTYPE a></a>",
]
for document in bad_documents:
    try:
        ET.fromstring(document)
        print(repr(document), "parsed")
    except ET.ParseError as err:
        print(repr(document), "|", err, "|", err.code, err.position)

error = None
try:
    ET.fromstring("<a>\n  <b>\n</a>")
except ET.ParseError as caught:
    error = caught
print(isinstance(error, SyntaxError), error.code, error.position, str(error))
