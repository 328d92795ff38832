"""health-facts: reviewed facts from Vietnamese public-sector health news.

The Python API, for tools that read the dataset::

    from extract import load_facts, FactsError

    files = load_facts("facts")          # {document id: FactsFile}, validated
    for doc_id, facts in files.items():
        for kind, fact in facts.facts():
            if fact.status == "confirmed":
                ...

``load_facts`` raises ``FactsError`` whose ``problems`` list every broken line
as ``file:line: message``.  Names are imported on first use, so that
``python -m extract`` starts fast.
"""
from __future__ import annotations

__all__ = ["FactsError", "load_facts"]

_LAZY = {"load_facts": ("export", "load_facts"), "FactsError": ("store", "FactsError")}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    module, attribute = _LAZY[name]
    value = getattr(import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
