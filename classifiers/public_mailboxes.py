"""Mailboxes and network addresses that identify no person: an organisation's, a placeholder's, a private network's.

Split out of `public_values.py` (which decides, per finding, whether a value is nobody's): these answer for a
value alone, with no context. A role mailbox ("enquiries@", "foi@"), a placeholder ("user@", "firstname.lastname@")
or ordinary words none of which is a name ("consultations@", and run together: "counciltax@",
"homelessnessstatistics@") is an organisation's; a private, loopback, link-local or documentation IP address
identifies nobody from outside.
"""

from __future__ import annotations

import ipaddress
import re

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.surnames import SURNAMES
from classifiers.vocabulary import is_english_word

__all__ = ["compound_of_words", "organisation_mailbox", "private_network"]

_ROLE_MAILBOXES = frozenset(
    """
    info information enquiries enquiry inquiries inquiry contact contactus contact-us hello help helpdesk
    support press media news newsroom office admin administrator sales orders order bookings booking
    reservations events feedback complaints complaint casework foi freedomofinformation dpo dataprotection
    data.protection privacy security abuse postmaster webmaster hostmaster noreply no-reply donotreply
    do-not-reply team service services customerservice customerservices customer.services reception
    accounts billing finance invoices payments hr recruitment jobs careers marketing newsletter
    general mail post correspondence communications comms digital it ict licensing planning housing
    council tax benefits parking
    """.split()
)
_PLACEHOLDER_MAILBOXES = frozenset(
    """
    user username user1 user2 test tester testing example sample someone somebody name yourname your.name
    your_name firstname.lastname first.last firstname lastname foo bar baz foobar alice bob dummy fake
    """.split()
)
_MAILBOX_WORD = re.compile(r"[._\-]")
_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",  # loopback: this machine, in every tutorial
        "0.0.0.0/8",
        "169.254.0.0/16",  # link-local
        "192.0.2.0/24",  # RFC 5737 documentation ranges
        "198.51.100.0/24",
        "203.0.113.0/24",
    )
)
"""Addresses that identify no person from outside: private networks, loopback, link-local, documentation."""

def organisation_mailbox(value: str) -> bool:
    """A role or placeholder local part, or one made only of ordinary words that are not names."""
    local = value.split("@", 1)[0].strip().lower()
    if local in _ROLE_MAILBOXES or local in _PLACEHOLDER_MAILBOXES:
        return True
    words = _MAILBOX_WORD.split(local)
    worded = [len(word) > 2 and word.isalpha() and (_mailbox_word(word) or compound_of_words(word)) for word in words]
    if all(worded):
        return True
    # a team's initials beside a word ("ig.team", "asc.frontdoor"): short letters that are no name
    return any(worded) and all(ok or _initials(word) for ok, word in zip(worded, words, strict=True))


def _initials(word: str) -> bool:
    return len(word) <= _INITIALS and word.isalpha() and _no_name(word)


_INITIALS = 4


def _mailbox_word(word: str) -> bool:
    """A role word or an English word that is no name."""
    return _no_name(word) and (word in _ROLE_MAILBOXES or is_english_word(word))


def _no_name(word: str) -> bool:
    """Not a given name or surname the lists know."""
    return word not in GIVEN_NAMES and word not in AMBIGUOUS_GIVEN_NAMES and word not in SURNAMES


_COMPOUND_PART = 3
"""The shortest word a run-together mailbox name is split into ("hr" is a role word of two)."""


def compound_of_words(word: str) -> bool:
    """Words run together, each a role or English word and no name: "homelessnessstatistics", "counciltax",
    "hradvisory" (a person's "janesmith" has a name in it)."""
    if len(word) > 40:
        return False
    splits = [True] + [False] * len(word)  # splits[i]: word[:i] is made of mailbox words
    for end in range(2, len(word) + 1):
        splits[end] = any(
            splits[start] and (end - start >= _COMPOUND_PART or word[start:end] in _ROLE_MAILBOXES)
            and _mailbox_word(word[start:end])
            for start in range(0, end - 1)
        )
    return splits[len(word)]


def private_network(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if address.version == 6:
        return address.is_loopback or address.is_link_local or address.is_private
    return any(address in network for network in _PRIVATE_NETWORKS)
