"""XML processing: minipy provides xml.etree.ElementTree."""
