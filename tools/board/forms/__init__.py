"""GitHub issue forms: their definitions (the single source of field ids and labels) and the
parser that turns a rendered issue body back into values."""

from .definition import Field, Form, load_form, load_forms
from .parser import Parsed, identify, parse_body

__all__ = ["Field", "Form", "Parsed", "identify", "load_form", "load_forms", "parse_body"]
