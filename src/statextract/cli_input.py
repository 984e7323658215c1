"""Reading the article files named on a command line (``extract``, ``check``).

Each file is read as bytes and decoded strictly (a byte-order mark removed); ``-`` is standard
input. A file that cannot be read, decoded or is too long gives a one-line reason naming the
option that would help, so that a command can report it and go on with the other files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Annotated

import typer

from statextract.batch.sources import STDIN, check_encoding, decode
from statextract.extractor import InputTooLargeError, extractor_with_limit

STDIN_NAME = "<stdin>"
DECODE_HINT = "try --encoding latin-1"


def check_encoding_option(value: str) -> str:
    """``value`` if Python knows the codec."""
    try:
        check_encoding(value)
    except LookupError as error:
        raise typer.BadParameter(f"unknown encoding: {value}") from error
    return value


EncodingOption = Annotated[
    str, typer.Option(help="Encoding of the input text.", callback=check_encoding_option)
]
MaxCharsOption = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=1,
        help="Longest article read, in characters; a longer one is reported and skipped.",
    ),
]


def read_input(name: str, encoding: str) -> str:
    """The text of file ``name`` (``-`` for standard input), decoded strictly, BOM removed."""
    if name == STDIN:
        data = typer.get_binary_stream("stdin").read()
    else:
        with open(name, "rb") as stream:
            data = stream.read()
    return decode(data, encoding)


def check_length(text: str, max_chars: int) -> str:
    """``text`` if it has at most ``max_chars`` characters, else :class:`InputTooLargeError`."""
    if len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    return text


extractor_for = extractor_with_limit


def describe_error(error: Exception, encoding: str) -> str:
    """A one-line reason for a failed input, without a traceback."""
    if isinstance(error, UnicodeDecodeError):
        byte = error.object[error.start : error.start + 1].hex()
        where = f"byte 0x{byte} at position {error.start}"
        return f"cannot decode as {encoding} ({where}); {DECODE_HINT}"
    if isinstance(error, InputTooLargeError):
        return f"{error.length:,} characters, more than --max-chars {error.limit:,}"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, ValueError):
        return str(error)
    return f"extraction failed: {type(error).__name__}: {error}"


def shown_name(name: str) -> str:
    """How file ``name`` is named in messages and output."""
    return STDIN_NAME if name == STDIN else name


def iter_texts(
    files: Sequence[str],
    encoding: str,
    max_chars: int,
    on_error: Callable[[str, str], None],
) -> Iterator[tuple[str, str]]:
    """``(shown name, text)`` of each readable file; ``on_error(name, reason)`` for the others."""
    for name in files:
        try:
            text = check_length(read_input(name, encoding), max_chars)
        except Exception as error:  # one bad input must not stop the others
            on_error(shown_name(name), describe_error(error, encoding))
            continue
        yield shown_name(name), text
