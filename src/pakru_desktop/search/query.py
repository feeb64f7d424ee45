"""The search box's little language, parsed into a tree. Never raises on user input.

words (all must match) · "exact phrase" · a OR b · NOT a / -a · prefix* · ( … ).
Operators are uppercase; anything the grammar cannot read is searched as plain words and the
result says so in `notice`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..text.fold import fold, words

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|-?[^\s()"]+(?:"[^"]*"?)?|-"[^"]*"?')
MAX_DEPTH = 32
MAX_TERMS = 64


__all__ = ["fold", "words_of", "parse", "describe", "Term", "Node", "Query", "ParsedQuery"]
OPERATORS = ("AND", "OR", "NOT")


def words_of(text: str) -> tuple[str, ...]:
    """The folded words of a piece of the query (textfold: the same folding as the index)."""
    return tuple(words(text))


@dataclass(frozen=True)
class Term:
    """Words that must appear together (one word, or a phrase), optionally a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False
    live: bool = False  # a prefix only because the user is still typing it
    after_and: bool = False  # typed after an explicit AND: never merged with the word before


@dataclass
class Node:
    op: str  # "and" | "or" | "not"
    children: list[Node | Term] = field(default_factory=list)


Query = Node | Term


@dataclass
class ParsedQuery:
    tree: Query | None
    notice: str | None = None


class _ParseError(Exception):
    pass


def parse(text: str, *, live: bool = False) -> ParsedQuery:
    """Parse a search box entry. `live`: the user is still typing, so a bare last word is
    also matched as a prefix."""
    raw = text.strip()
    if not raw:
        return ParsedQuery(None)
    tokens = _TOKEN.findall(raw)
    pending = live and bool(tokens) and tokens[-1] in OPERATORS
    while live and tokens and tokens[-1] in OPERATORS:
        tokens.pop()  # "gas OR" while typing: the word after the operator is still to come
    try:
        parser = _Parser(tokens)
        tree = parser.parse()
        notice = parser.notice
    except _ParseError as error:
        tree = _plain_words(raw)
        notice = f"Searched as plain words: {error}."
    except RecursionError:
        tree = _plain_words(raw)
        notice = "Searched as plain words: the query is nested too deeply."
    if tree is not None:
        tree, dropped = _prune(tree)
        if dropped:
            notice = "A part of an OR had only excluded words and was left out."
    if tree is not None and live and not pending and not text.endswith((" ", "\t", '"', ")", "*")):
        tree = _prefix_last(tree)
    if tree is not None and not _has_positive(tree):
        return ParsedQuery(None, "Nothing to search for: NOT needs a word to exclude from.")
    return ParsedQuery(tree, notice)


def _plain_words(raw: str) -> Query | None:
    terms = [Term((w,)) for w in words_of(raw)][:MAX_TERMS]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else Node("and", list(terms))


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.count = 0
        self.notice: str | None = None

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Query | None:
        tree = self.or_expr()
        if self.peek() == ")":
            raise _ParseError("a closing parenthesis has no opening one")
        if self.peek() is not None:
            raise _ParseError(f"unexpected {self.peek()!r}")
        return tree

    def or_expr(self) -> Query | None:
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.pos += 1
            if self.peek() in (None, ")", "OR"):
                raise _ParseError("OR needs a word on both sides")
            parts.append(self.and_expr())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Node("or", parts)

    def and_expr(self) -> Query | None:
        parts: list[Query] = []
        explicit = False
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.pos += 1
                explicit = True
                continue
            node = self.unary()
            if node is not None:
                if explicit and isinstance(node, Term):
                    node = replace(node, after_and=True)
                parts.append(node)
            explicit = False
        if not parts:
            if self.peek() == "OR":
                raise _ParseError("OR needs a word on both sides")
            return None
        return parts[0] if len(parts) == 1 else Node("and", parts)

    def unary(self) -> Query | None:
        token = self.peek()
        if token == "NOT":
            self.pos += 1
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _ParseError("too many NOTs in a row")
            if self.peek() in (None, ")", "OR"):
                raise _ParseError("NOT needs a word after it")
            inner = self.unary()
            self.depth -= 1
            return Node("not", [inner]) if inner is not None else None
        if token == "-" and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1] == "(":
            self.pos += 1  # -( … ) excludes the whole group, as NOT ( … ) does
            inner = self.primary()
            return Node("not", [inner]) if inner is not None else None
        if token is not None and token.startswith("-") and len(token) > 1:
            self.tokens[self.pos] = token[1:]
            inner = self.primary()
            return Node("not", [inner]) if inner is not None else None
        return self.primary()

    def primary(self) -> Query | None:
        token = self.peek()
        assert token is not None
        self.pos += 1
        if token == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _ParseError("too many nested parentheses")
            inner = self.or_expr()
            if self.peek() != ")":
                raise _ParseError("a parenthesis is not closed")
            self.pos += 1
            self.depth -= 1
            return inner
        if token == ")":
            raise _ParseError("a closing parenthesis has no opening one")
        self.count += 1
        if self.count > MAX_TERMS:
            raise _ParseError(f"more than {MAX_TERMS} terms")
        return self.term(token)

    def term(self, token: str) -> Term | None:
        quoted = token.startswith('"')
        if quoted and (len(token) == 1 or not token.endswith('"')):
            self.notice = "A quote was not closed; the phrase runs to the end."
        if '"' in token and not quoted:
            raise _ParseError("a quote inside a word")
        body = token.strip('"')
        prefix = not quoted and body.endswith("*") and len(body.rstrip("*")) > 0
        words = words_of(body)
        if not words:
            return None
        return Term(words, prefix=prefix, quoted=quoted)


def _prefix_last(tree: Query) -> Query:
    """Make the last bare word a prefix, for results while the user is still typing."""
    if isinstance(tree, Term):
        if tree.quoted or tree.prefix:
            return tree
        return replace(tree, prefix=True, live=True)
    if tree.op == "not" or not tree.children:
        return tree
    tree.children[-1] = _prefix_last(tree.children[-1])
    return tree


def _prune(tree: Query) -> tuple[Query | None, bool]:
    """Leave out OR branches that include nothing (e.g. `gas OR -oil`): FTS5 cannot search
    for "everything but", and such a branch would match every article."""
    if isinstance(tree, Term) or tree.op == "not":
        return tree, False
    dropped = False
    children: list[Query] = []
    for child in tree.children:
        pruned, was_dropped = _prune(child)
        dropped |= was_dropped
        if pruned is None:
            continue
        if tree.op == "or" and not _has_positive(pruned):
            dropped = True
            continue
        children.append(pruned)
    if not children:
        return None, True
    if len(children) == 1 and tree.op == "or":
        return children[0], dropped
    return Node(tree.op, children), dropped


def _has_positive(tree: Query) -> bool:
    if isinstance(tree, Term):
        return True
    if tree.op == "not":
        return False
    if tree.op == "or":
        return all(_has_positive(c) for c in tree.children)
    return any(_has_positive(c) for c in tree.children)


def describe(tree: Query | None) -> str:
    """The query as the engine read it, for a notice ("pipeline AND (gas OR oil)")."""
    if tree is None:
        return ""
    if isinstance(tree, Term):
        text = " ".join(tree.words)
        text = f'"{text}"' if len(tree.words) > 1 else text
        return text + ("*" if tree.prefix else "")
    if tree.op == "not":
        return "NOT " + describe(tree.children[0])
    joiner = " OR " if tree.op == "or" else " AND "
    inner = joiner.join(describe(c) for c in tree.children)
    return f"({inner})" if tree.op == "or" else inner
