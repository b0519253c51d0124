# xml.etree.ElementTree: reading documents. fromstring on str and bytes,
# parse from a file, iterparse and XMLPullParser events (fed in pieces),
# entities, CDATA, comments and processing instructions, namespaces,
# encodings, and a custom parser target.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!DOCTYPE library [ <!ELEMENT library ANY> ]>
<library xmlns="urn:lib" xmlns:x="urn:extra">
  <!-- the books -->
  <book id="1" x:rating="5">&lt;Dune&gt; &amp; more &#65;&#x42;&quot;&apos;</book>
  <book id="2"><![CDATA[<raw> & text]]> tail-text</book>
  <?sort by=id?>
  <x:note multi="a
b">line one\r\nline two</x:note>
</library>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text))
for child in root:
    print(child.tag, child.attrib, repr(child.text), repr(child.tail))
print(ET.tostring(root))

data = doc.encode("utf-8")
print(ET.tostring(ET.fromstring(data)) == ET.tostring(root))
latin = "<?xml version='1.0' encoding='latin-1'?><p>caf\u00e9</p>".encode("latin-1")
print(ET.fromstring(latin).text, ET.fromstring("<p>\u00e9\u20ac</p>".encode("utf-8")).text)
print(ET.fromstring(b"\xef\xbb\xbf<bom>yes</bom>").text)
print(ET.fromstringlist(["<a>", "te", "xt</a>"]).text)

handle, path = tempfile.mkstemp(suffix=".xml")
os.close(handle)
try:
    ET.ElementTree(root).write(path, encoding="utf-8")
    tree = ET.parse(path)
    print(tree.getroot().tag, len(tree.getroot()), ET.tostring(tree.getroot()) == ET.tostring(root))
    events = [(event, getattr(elem, "tag", elem)) for event, elem in ET.iterparse(path, ("start", "end", "start-ns", "end-ns"))]
    print(events)
    it = ET.iterparse(path)
    print(it.root)
    print([elem.tag for event, elem in it], it.root.tag)
finally:
    os.unlink(path)

events = ET.iterparse(io.BytesIO(b"<a><!--c--><?p q?><b>t</b></a>"), ("start", "end", "comment", "pi"))
print([(event, elem.text if event in ("comment", "pi") else elem.tag) for event, elem in events])

pull = ET.XMLPullParser(("start", "end"))
for piece in ("<ro", "ot><item n='1'>fir", "st</item><item n='2'/>", "</root>"):
    pull.feed(piece)
    print(repr(piece), [(event, elem.tag, elem.text) for event, elem in pull.read_events()])
pull.close()
print(list(pull.read_events()))
bytes_pull = ET.XMLPullParser()
for i in range(0, len(data), 7):
    bytes_pull.feed(data[i:i + 7])
bytes_pull.close()
print([elem.tag for event, elem in bytes_pull.read_events()])
try:
    ET.XMLPullParser(["bogus"])
except ValueError as err:
    print("ValueError:", err)

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=builder)
parser.feed("<r><!-- kept --><?keep me?>text</r>")
kept = parser.close()
print(ET.tostring(kept), [type(c.tag).__name__ for c in kept])


class Recorder:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, text):
        if text.strip():
            self.log.append(("data", text))

    def close(self):
        return self.log


recorder_parser = ET.XMLParser(target=Recorder())
recorder_parser.feed('<top a="1"><mid>hello</mid><p:q xmlns:p="urn:p" p:r="s"/></top>')
for entry in recorder_parser.close():
    print(entry)


class Counter:
    count = 0

    def start(self, tag, attrib):
        Counter.count += 1


counting = ET.XMLParser(target=Counter())
counting.feed("<a><b/><c><d/></c></a>")
print(counting.close(), Counter.count)
