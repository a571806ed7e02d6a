from __future__ import annotations

import pytest

from classifiers.recognisers.ip_address import IpAddress, ip_address_identifies
from tests.unit.classifiers.helpers import found


@pytest.fixture(scope="module")
def recogniser() -> IpAddress:
    return IpAddress()


@pytest.mark.parametrize(
    ("value", "identifies"),
    [
        ("192.0.2.10", True),
        ("203.0.113.7", True),
        ("10.1.2.3", True),
        ("2001:db8::8a2e:370:7334", True),
        ("0.0.0.0", False),
        ("127.0.0.1", False),
        ("255.255.255.0", False),
        ("224.0.0.1", False),
        ("169.254.1.1", False),
        ("::1", False),
        ("256.1.1.1", False),
        ("192.168.01.1", False),  # leading zeros are ambiguous (octal) and rejected
    ],
)
def test_ip_address_identifies(value, identifies):
    assert ip_address_identifies(value) is identifies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("logged in from 192.0.2.10.", ["192.0.2.10"]),
        ("src=2001:db8::8a2e:370:7334 ok", ["2001:db8::8a2e:370:7334"]),
        ("fe80 host 2001:0db8:0000:0000:0000:ff00:0042:8329", ["2001:0db8:0000:0000:0000:ff00:0042:8329"]),
        ("bind to 0.0.0.0", []),
        ("version 1.2.3.4 released", []),
        ("v1.2.3.4", []),
        ("at 12:30:45 today", []),
        ("std::vector", []),
        ("1.2.3.4.5", []),
    ],
)
def test_ip_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
