__all__ = ["visible", "also"]
visible = "in __all__"
also = 2
hidden = "not in __all__"
_private = "underscore"
