"""Pure extraction: text, HTML or JSON in, Figure and ConditionReport records out.

No I/O here: no HTTP, no DuckDB, no Prefect. See ``document.parse_document`` (every
format) and ``prose.extract_figures`` (the prose extractor).
"""

from parsers.document import PARSER_VERSIONS, parse_document
from parsers.models import ConditionReport, Figure, ParsedDocument
from parsers.prose import extract_figures

__all__ = ["PARSER_VERSIONS", "ConditionReport", "Figure", "ParsedDocument", "extract_figures", "parse_document"]
