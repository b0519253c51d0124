# xml.etree.ElementTree's path language: find, findall, iterfind and
# findtext with tags, wildcards, descendants, parents, attribute and
# child predicates, positions, and namespace maps.
import xml.etree.ElementTree as ET

root = ET.fromstring("""
<shop>
  <shelf name="a">
    <item kind="fruit" id="1"><name>apple</name><price>3</price></item>
    <item kind="veg" id="2"><name>leek</name><price>2</price></item>
    <item kind="fruit" id="3"><name>pear</name></item>
  </shelf>
  <shelf name="b">
    <item kind="nut" id="4"><name>pecan</name><price>9</price></item>
    <box><item kind="fruit" id="5"><name>fig</name></item></box>
  </shelf>
  <note>closed on sundays</note>
</shop>""")


def ids(elements):
    return [e.get("id") or e.get("name") or e.tag for e in elements]


queries = [
    "shelf", "shelf/item", "*/item", ".//item", "./shelf/item/name",
    ".//item[@kind='fruit']", ".//item[@kind!='fruit']", ".//item[@id]",
    ".//item[price]", ".//item[name='pear']", ".//item[name!='pear']",
    ".//name[.='fig']", "shelf[1]/item", "shelf/item[2]", "shelf/item[last()]",
    "shelf/item[last()-1]", ".//item/..", ".//box/../..", "shelf[@name='b']//item",
    ".", "./note", ".//*", "shelf/", "missing", ".//item[@kind='veg']/name",
]
for query in queries:
    print(query, ids(root.findall(query)))
print(root.find("shelf/item").get("id"), root.find("nothing"))
print(root.findtext("note"), repr(root.findtext("missing")), root.findtext("missing", "default"))
print(repr(root.findtext("shelf")), [e.text for e in root.iterfind(".//name")])
print(ids(root.iter("item")), ids(root.find("shelf").iter()))

spaced = ET.fromstring('<r xmlns="urn:d" xmlns:o="urn:o"><a/><o:b><a/></o:b><o:b/></r>')
print([e.tag for e in spaced.findall("{urn:d}a")])
print([e.tag for e in spaced.findall(".//{urn:d}a")])
print([e.tag for e in spaced.findall("o:b", {"o": "urn:o"})])
print([e.tag for e in spaced.findall(".//a", {"": "urn:d"})])
print([e.tag for e in spaced.findall("{*}b")], [e.tag for e in spaced.findall(".//{*}a")])
tree = ET.ElementTree(root)
print(ids(tree.findall(".//shelf")), tree.find("note").text)

for bad in ["/shop", "shelf[0]", "x:y", ".//item[last()+1]", "shelf[@]", "shelf[last()-0]"]:
    try:
        root.findall(bad)
        print(bad, "accepted")
    except (SyntaxError, KeyError) as err:
        print(bad, type(err).__name__)
