"""IP addresses (IPv4 and IPv6): online identifiers under UK GDPR Recital 30.

Syntax from RFC 791 / RFC 4001 (dotted-quad IPv4, no leading zeros) and RFC 4291
section 2.2 (IPv6 text forms, including `::` compression and an embedded IPv4
tail); each candidate is checked with the standard library's `ipaddress`.
Addresses that identify no one are dropped: unspecified (0.0.0.0, ::), loopback,
multicast, link-local and netmask-like values (first octet 255).
"""

from __future__ import annotations

import ipaddress

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["IpAddress", "ip_address_identifies"]


def ip_address_identifies(value: str) -> bool:
    """True when `value` is a valid IP address that could point at a person's device."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if address.is_unspecified or address.is_loopback or address.is_multicast or address.is_link_local:
        return False
    return not (address.version == 4 and value.startswith("255."))


class IpAddress(PatternRecogniser):
    """`192.0.2.10`, `2001:db8::8a2e:370:7334` (validated with `ipaddress`)."""

    name = "ip_address"
    kind = "IP_ADDRESS"
    patterns = (
        Pattern(
            "ipv4",
            r"\d(?<![A-Za-z0-9.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![A-Za-z0-9]|\.\d)",
            score=0.0,
            validated_score=0.7,
            requires=tuple("0123456789"),
        ),
        Pattern(
            "ipv6",
            r"(?<![A-Za-z0-9:])(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,7}"
            r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![A-Za-z0-9:])",
            score=0.0,
            validated_score=0.7,
            requires=("::", ":"),
        ),
    )
    context = ("ip", "ip address", "logged in from", "connected from", "host", "device", "router")
    negative_context = ("version", "release", "build", "firmware", "subnet", "netmask", "mask", "time")

    def validate(self, match: str) -> bool | None:
        if ":" in match and (match.count(":") < 2 or not any(c.isdigit() for c in match)):
            return False
        return ip_address_identifies(match)
