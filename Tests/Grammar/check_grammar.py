#!/usr/bin/env python3
"""Checks editors/syn.tmLanguage.json with a real TextMate engine (textmate-grammar-python).

1. Every file of examples/ tokenizes: the engine reports no error on any line, and no
   string, JSON literal or statement runs past its end (each line that starts a
   statement starts with its keyword, verb, comment or block end). The parser's fuzz
   corpus (Fuzz/Corpus/language), broken scripts included, tokenizes too.
2. Tests/Grammar/fixture.syn holds assertions under the lines they check:

       expect .id is uuid
       #      ^^^ variable.other.path.syn
       # <----- keyword.other.expect.syn

   Carets name columns of the line above; `# <---` names its first columns, one per
   dash. Every scope listed must be on the token at each column (a scope matches
   its dotted prefixes too: `keyword` matches `keyword.other.expect.syn`); a scope
   written `-scope` must not be.
3. Every statement keyword of Sources/SynLanguage/StatementKeyword.swift and every
   predicate of the expectation parser is scoped, so a word added there and not
   here fails.

Run it from the package root: python3 Tests/Grammar/check_grammar.py
"""

import json
import logging
import re
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR = ROOT / "editors" / "syn.tmLanguage.json"
FIXTURE = Path(__file__).resolve().parent / "fixture.syn"

try:
    from textmate_grammar.parsers.base import LanguageParser
except ImportError:
    print(
        "textmate-grammar-python is not installed; run scripts/setup-test-tools to install it",
        file=sys.stderr,
    )
    sys.exit(2)

# Messages of the engine that mean a grammar failed on a line. Its other warnings
# ("skipping < ... >") only say that some text had no scope of its own, which is normal.
ENGINE_ERRORS = ("remainder of line not parsed", "did not move", "loop detected", "does not exist")

# What may start a line that starts a statement.
STATEMENT_HEADS = (
    "keyword",
    "entity.name.function.verb.syn",
    "comment.line.number-sign.syn",
    "punctuation.section.block.end.syn",
)


class EngineErrors(logging.Handler):
    """Collects the engine's messages that report a failure."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        message = record.getMessage()
        if any(error in message for error in ENGINE_ERRORS):
            self.messages.append(message)


def load_parser():
    return LanguageParser(json.loads(GRAMMAR.read_text(encoding="utf-8")))


PARSER = load_parser()


def tokenize(text):
    """The scopes of every character: {(line, column): [scope, ...]}, and the engine's errors."""
    errors = EngineErrors()
    logger = logging.getLogger("textmate_grammar")
    # The engine's own handler prints every warning; only the collector listens while it runs.
    handlers, logger.handlers = logger.handlers, [errors]
    previous_level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        element = PARSER.parse_string(text)
    finally:
        logger.handlers = handlers
        logger.setLevel(previous_level)
    scopes = {}
    if element is not None:
        for (line, column), content, token_scopes in element.flatten():
            for offset in range(len(content)):
                scopes[(line, column + offset)] = token_scopes
    return scopes, errors.messages


def has_scope(scopes, wanted):
    return any(scope == wanted or scope.startswith(wanted + ".") for scope in scopes)


class ExampleFiles(unittest.TestCase):
    def test_every_example_tokenizes(self):
        examples = sorted((ROOT / "examples").glob("*.syn"))
        self.assertTrue(examples, "no examples/*.syn found")
        for path in examples:
            with self.subTest(example=path.name):
                text = path.read_text(encoding="utf-8")
                scopes, errors = tokenize(text)
                self.assertEqual(errors[:3], [], f"{path.name}: the engine failed")
                self.assertStatementsStartWhereTheyShould(path.name, text, scopes)

    def test_every_fuzz_seed_tokenizes(self):
        seeds = sorted((ROOT / "Fuzz" / "Corpus" / "language").iterdir())
        self.assertTrue(seeds, "no fuzz seeds found")
        for path in seeds:
            with self.subTest(seed=path.name):
                _, errors = tokenize(path.read_bytes().decode("utf-8", errors="replace"))
                self.assertEqual(errors[:3], [], f"{path.name}: the engine failed")

    def assertStatementsStartWhereTheyShould(self, name, text, scopes):
        lines = text.split("\n")
        for number, line in enumerate(lines):
            stripped = line.lstrip(" \t")
            if not stripped:
                continue
            continued = number > 0 and lines[number - 1].rstrip(" \t").endswith("\\")
            # A line starting with a letter starts a statement: JSON literals that span
            # lines never start one with a letter in the examples.
            if continued or not stripped[0].isalpha():
                continue
            column = len(line) - len(stripped)
            head = scopes.get((number, column), [])
            self.assertTrue(
                any(has_scope(head, wanted) for wanted in STATEMENT_HEADS),
                f"{name}:{number + 1}:{column + 1}: the statement starts inside {head}, "
                "so something on a line before it ran past its end",
            )


class Fixture(unittest.TestCase):
    ANNOTATION = re.compile(r"^#( *)(\^+|<-+)[ \t]+(\S.*)$")

    def test_fixture_scopes(self):
        text = FIXTURE.read_text(encoding="utf-8")
        scopes, errors = tokenize(text)
        self.assertEqual(errors[:3], [], "fixture.syn: the engine failed")
        lines = text.split("\n")
        checked = 0
        code_line = None
        for number, line in enumerate(lines):
            annotation = self.ANNOTATION.match(line)
            if not annotation:
                code_line = number
                continue
            self.assertIsNotNone(code_line, f"fixture.syn:{number + 1}: an assertion before any line")
            self.assertTrue(
                has_scope(scopes.get((number, 0), []), "comment.line.number-sign.syn"),
                f"fixture.syn:{number + 1}: an assertion inside a construct is not a comment",
            )
            indent, marks, wanted = annotation.groups()
            if marks.startswith("<"):
                columns = range(len(marks) - 1)
            else:
                first = 1 + len(indent)
                columns = range(first, first + len(marks))
            for column in columns:
                actual = scopes.get((code_line, column), [])
                where = f"fixture.syn:{code_line + 1}:{column + 1} ({lines[code_line][column:column + 12]!r}...)"
                for scope in wanted.split():
                    if scope.startswith("-"):
                        self.assertFalse(has_scope(actual, scope[1:]), f"{where}: unexpected {scope[1:]} in {actual}")
                    else:
                        self.assertTrue(has_scope(actual, scope), f"{where}: expected {scope}, got {actual}")
                checked += 1
        self.assertGreater(checked, 100, "the fixture checks too few columns")


class Vocabulary(unittest.TestCase):
    """The words the parser knows, read from its source, are all scoped."""

    def swift_source(self, relative):
        return (ROOT / relative).read_text(encoding="utf-8")

    def assertEachScoped(self, words, line, column, scope):
        """Tokenizes `line` with each word put in and checks the scope at `column`."""
        for word in words:
            with self.subTest(word=word):
                scopes, errors = tokenize(line.format(word))
                self.assertEqual(errors, [])
                found = scopes.get((0, column), [])
                self.assertTrue(has_scope(found, scope), f"{word}: expected {scope}, got {found}")

    def test_every_statement_keyword_is_a_keyword(self):
        source = self.swift_source("Sources/SynLanguage/StatementKeyword.swift")
        body = source[source.index("enum StatementKeyword") : source.index("var headsBlock")]
        keywords = re.findall(r"`?\b([a-z]+)\b`?", " ".join(re.findall(r"^\s*case (.+)$", body, re.M)))
        self.assertIn("expect", keywords)
        self.assertEachScoped(keywords, "{} x\n", 0, "keyword")

    def test_every_predicate_is_an_operator(self):
        source = self.swift_source("Sources/SynLanguage/ExpectationParser.swift")
        listed = source[source.index("static let predicates") :]
        predicates = re.findall(r'"([^"]+)"', listed[: listed.index("]")])
        self.assertIn("matches", predicates)
        self.assertEachScoped(predicates, "expect .a {} 1\n", 10, "keyword.operator")


if __name__ == "__main__":
    unittest.main(verbosity=2)
