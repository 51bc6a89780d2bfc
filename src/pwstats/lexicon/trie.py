"""Phrases as tokens and a trie of them, for greedy longest-match lookup and near misses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, TypeAlias

from pwstats.lexicon.entries import Entry

#: How phrases are cut into tokens: runs of letters, runs of digits, single symbols.
_PHRASE_TOKEN: Final = re.compile(r"[^\W\d_]+|\d+|\S")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The tokens the parser sees for ``phrase``: letters, digits and single symbols.

    >>> phrase_tokens("c."), phrase_tokens("more than")
    (('c', '.'), ('more', 'than'))
    """
    return tuple(_PHRASE_TOKEN.findall(phrase))


class _Node:
    """A node of a phrase trie: the entry whose phrase ends here, and the tokens that go on."""

    __slots__ = ("entry", "next")

    def __init__(self) -> None:
        self.entry: Entry | None = None
        self.next: dict[str, _Node] = {}


#: Phrases as a trie keyed by their first token: a longest match costs one dict lookup a token.
Trie: TypeAlias = dict[str, _Node]


def longest_word(table: Trie) -> int:
    """The length of the longest word of any phrase of a trie (0 for none)."""
    longest, tables = 0, [table]
    while tables:
        for word, node in tables.pop().items():
            longest = max(longest, len(word))
            tables.append(node.next)
    return longest


def phrase_trie(entries: Iterable[tuple[tuple[str, ...], Entry]]) -> Trie:
    """A trie of the phrases, for greedy longest-match lookup."""
    root = _Node()
    for tokens, entry in entries:
        node = root
        for t in tokens:
            node = node.next.setdefault(t, _Node())
        node.entry = entry
    return root.next


#: The shortest first word :meth:`Lexicon.misspelt` takes for a slip in a hedge's word.
TYPO_MIN: Final = 5


def deletions(table: Trie) -> dict[str, tuple[str, ...]]:
    """The first words of a trie's phrases (of at least :data:`TYPO_MIN` letters) by
    each string one letter shorter or the same: a word one edit from a key shares one."""
    index: dict[str, set[str]] = {}
    for key in table:
        if len(key) >= TYPO_MIN:
            for variant in (key, *(key[:k] + key[k + 1 :] for k in range(len(key)))):
                index.setdefault(variant, set()).add(key)
    return {variant: tuple(sorted(keys)) for variant, keys in index.items()}


def near(index: dict[str, tuple[str, ...]], word: str) -> list[str]:
    """The keys of a :func:`deletions` index that may be one edit from ``word``."""
    found: set[str] = set()
    for variant in (word, *(word[:k] + word[k + 1 :] for k in range(len(word)))):
        found.update(index.get(variant, ()))
    return sorted(found)


def one_slip(word: str, key: str) -> bool:
    """True when ``word`` is one edit from ``key`` (a letter added, dropped, changed, or
    two neighbours swapped) but no inflection of it (only its last letters differ)."""
    if word == key or abs(len(word) - len(key)) > 1:
        return False
    stem = min(len(word), len(key)) - 1
    if word[:stem] == key[:stem]:
        return False  # "estimates", "estimated"; "nearer", "near": an inflection, not a slip
    if len(word) == len(key):
        diff = [k for k in range(len(word)) if word[k] != key[k]]
        if len(diff) == 1:
            return True
        a, b = diff[0], diff[-1]
        return len(diff) == 2 and b == a + 1 and word[a] == key[b] and word[b] == key[a]
    short, long = (word, key) if len(word) < len(key) else (key, word)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1 :]


def joined(before: Iterable[tuple[tuple[str, ...], Entry]]) -> dict[str, str]:
    """Before-hedges of several words, by their letters run together ("upto" → "up to")."""
    return {
        "".join(tokens): entry.phrase
        for tokens, entry in before
        if len(tokens) > 1 and all(t.isalpha() for t in tokens)
    }
