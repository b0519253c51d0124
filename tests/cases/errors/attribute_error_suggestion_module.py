# A mistyped module attribute suggests the module's closest name.
# expect-error: line 5: AttributeError: module 'collections' has no attribute 'defaultdic'. Did you mean: 'defaultdict'?
import collections

counts = collections.defaultdic(int)
