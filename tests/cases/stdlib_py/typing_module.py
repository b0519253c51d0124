# typing: reprs of the aliases and special forms, Generic subclasses, TypedDict,
# NamedTuple, get_type_hints/get_origin/get_args, Union equality and checks.
import typing as t
T=t.TypeVar('T'); K=t.TypeVar('K', bound=int)
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int,str], t.Union[int], t.Union[int, None, str], t.Callable[[int], str], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Any, T, K, t.Literal[1,'a'], t.ClassVar[int], t.Final[int], t.Type[int], t.Iterable[int], t.Generic, t.Optional[t.List[T]])
class S(t.Generic[T]): pass
print(S[int], S.__parameters__, S[int].__origin__, t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), S.__orig_bases__, S.__mro__)
class Mv(t.TypedDict): 
  title: str
  year: int
m=Mv(title='x', year=1); print(type(m), m, Mv.__annotations__, sorted(Mv.__required_keys__))
class P(t.NamedTuple):
  x: int
  y: float = 0.0
  def norm(self): return self.x+self.y
print(P(1), P(1,2).norm(), P._fields, P.__mro__, P._field_defaults)
print(t.get_type_hints(P), t.cast(int, 'a'), t.TYPE_CHECKING, t.Annotated[int, 'meta'], t.NewType('UserId', int), t.NewType('UserId', int)(5))
print(t.Union[int,str] == t.Union[str,int], isinstance(3, t.Union[int,str]), t.Optional[int] == (int | None))
try: isinstance([], t.List[int])
except TypeError as e: print(e)
print(t.AnyStr, t.Sequence[int], t.Mapping[str,int], t.Iterator[int], t.Generator[int, None, None], t.Deque[int], t.DefaultDict[str,int], t.Counter[str], t.Set[int], t.FrozenSet[int])
