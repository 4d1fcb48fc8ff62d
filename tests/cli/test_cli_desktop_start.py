"""A desktop start's options are parsed without the subcommands' modules, exactly as the whole parser parses them."""

from __future__ import annotations

import pytest

from minutes_app.cli.main import build_parser, desktop_start_args

DESKTOP_STARTS = [
    [],
    ["--db", "store.db"],
    ["--db=store.db"],
    ["--data-dir", "/data", "--db", "store.db"],
    ["--da", "/data"],  # an abbreviation the whole parser takes too
    ["--server", "office"],
    ["--self-check", "en"],
]
LEFT_TO_THE_WHOLE_PARSER = [
    ["list"],
    ["--db", "store.db", "list"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--db"],  # its value missing: the whole parser says so
    ["--d", "x"],  # ambiguous
    ["--self-check", "xx"],  # not a language
    ["--no-such-option"],
]


@pytest.mark.parametrize("argv", DESKTOP_STARTS)
def test_a_desktop_start_is_parsed_as_the_whole_parser_does(argv: list[str]) -> None:
    light = desktop_start_args(argv)
    assert light is not None
    assert vars(light) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", LEFT_TO_THE_WHOLE_PARSER)
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert desktop_start_args(argv) is None
