"""Safe YAML loading that remembers where each value stood, so errors can name the line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import KnowledgeBaseError
from .knowledge import MAX_FILE_BYTES, read_limited

# Control characters other than tab and line ends, and the bidirectional overrides: knowledge-base
# text is printed as it is, so none of these may reach a terminal from it. The rule holds for
# every YAML file read here (a labelled question file too: its questions are printed in reports).
_CONTROLS = "\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00{_CONTROLS}]")
# The same in a text written with YAML escapes, but NUL: it does nothing on a terminal, and the
# checks that know what a text is for say more ("the file name has a control character in it").
_CONTROL_ESCAPED = re.compile(f"[{_CONTROLS}]")


class LineDict(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows the line it started on."""

    line: int = 0


class LineList(list):  # type: ignore[type-arg]
    """A YAML sequence that knows the line it started on."""

    line: int = 0


class LineStr(str):
    """A YAML string that knows the line it stood on."""

    line: int = 0


# libyaml's parser (in PyYAML's wheels) is about nine times faster; the constructors stay the safe ones.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[misc]
    """A safe loader (never constructs arbitrary Python objects) that keeps line numbers."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if isinstance(key, (list, dict)):  # unhashable: PyYAML's own check would raise TypeError
            kind = "a list" if isinstance(key, list) else "a mapping"
            raise KnowledgeBaseError(
                loader.name, f"a key must be a word or a text, not {kind}; remove the brackets", line=line
            )
        if key in seen:
            raise KnowledgeBaseError(
                loader.name,
                f"key {key!r} appears twice in one mapping (first on line {seen[key]}); keep one",
                line=line,
            )
        seen[key] = line
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    sequence = LineList(loader.construct_sequence(node, deep=True))
    sequence.line = node.start_mark.line + 1
    return sequence


def _construct_str(loader: _LineLoader, node: yaml.ScalarNode) -> LineStr:
    text = LineStr(loader.construct_scalar(node))
    text.line = node.start_mark.line + 1
    found = _CONTROL_ESCAPED.search(text)
    if found:  # written as an escape ("\\e[31m"): it would reach the terminal with every answer
        raise KnowledgeBaseError(
            loader.name, f"a text holds the control character U+{ord(found.group()):04X}; remove it", line=text.line
        )
    return text


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:str", _construct_str)


def line_of(value: object, default: int | None = None) -> int | None:
    """The line a loaded value stood on, if it is known."""
    return getattr(value, "line", default) or default


def read_text(path: Path, what: str) -> str:
    """Read a UTF-8 text file, turning every I/O problem into a KnowledgeBaseError."""
    try:
        size = path.stat().st_size
        data = read_limited(path) if size <= MAX_FILE_BYTES else None
        if data is None:
            size = max(size, MAX_FILE_BYTES + 1)
            raise KnowledgeBaseError(str(path), f"{what} is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        text = data.decode("utf-8")
        found = _CONTROL.search(text)
        if found:
            raise KnowledgeBaseError(
                str(path),
                f"the file contains the control character U+{ord(found.group()):04X}; remove it",
                line=text.count("\n", 0, found.start()) + 1,
            )
        return text
    except FileNotFoundError:
        raise KnowledgeBaseError(str(path), f"{what} not found; check the path") from None
    except IsADirectoryError:
        raise KnowledgeBaseError(str(path), f"{what} is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(str(path), f"{what} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise KnowledgeBaseError(str(path), f"cannot read {what}: {exc.strerror}") from None
    except ValueError:  # a NUL character in the path
        raise KnowledgeBaseError(
            repr(str(path)), f"{what}: the file name has a control character in it; rename it"
        ) from None


def load_yaml(path: Path, what: str = "knowledge base") -> Any:
    """Parse a YAML file safely; syntax errors name the line and column."""
    text = read_text(path, what)
    try:
        loader = _LineLoader(text)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise KnowledgeBaseError(str(path), f"YAML error: {_yaml_problem(exc)}", line=line) from None
    except yaml.reader.ReaderError as exc:  # what read_text lets through: the non-characters U+FFFE, U+FFFF
        line = text.count("\n", 0, exc.position) + 1
        raise KnowledgeBaseError(
            str(path), f"the file contains U+{exc.character:04X}, which is not a character; remove it", line=line
        ) from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(str(path), f"YAML error: {exc}") from None
    except RecursionError:
        raise KnowledgeBaseError(
            str(path), "YAML error: values are nested too deeply; a knowledge base needs only a few levels"
        ) from None


def _yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's problem in words a knowledge-base author can act on."""
    problem = exc.problem or "invalid YAML"
    if exc.context and problem.startswith("but "):  # "expected a single document ..., but found another"
        problem = f"{exc.context}, {problem}"
    if "'\\t'" in problem or "tab character" in problem:  # PyYAML's words, then libyaml's
        return problem + "; indent with spaces, not tabs"
    if "another document" in problem:
        return problem + "; keep one document per file (remove the '---' line)"
    if isinstance(exc, yaml.constructor.ConstructorError):
        if "recursive" in problem:
            return problem + "; an alias (*name) must not stand inside the value it names"
        return problem + "; only plain YAML is allowed (no !!python or other custom tags)"
    return problem + "; check the indentation, and that quotes and brackets are closed, on this line or the lines above"
