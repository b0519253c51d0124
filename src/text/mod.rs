//! Pure text and number formatting shared by the runtime: float repr, format specs, %-formatting, str methods.
