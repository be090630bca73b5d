"""Lazy facades: a package re-exports names that load their module only on first use."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``name`` from ``homes[name]`` when first asked.

    ``homes`` maps each public name to the module (relative to ``package``) defining it;
    the first-paint path imports a facade without paying for the modules behind it.
    """

    def __getattr__(name: str) -> Any:
        try:
            module = homes[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        return getattr(import_module(f"{package}.{module}"), name)

    return __getattr__
