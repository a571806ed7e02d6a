"""How people write each identifier: spacing, prefixes and grouping variants.

Development-time only, like `identifiers`; the source string returned with each
value ends up in the row's `source` field and in PROVENANCE.md.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Mapping, Sequence
from pathlib import Path

from faker import Faker

from benchmarks.data import identifiers as ids


def written_value(
    kind: str, p: dict[str, str], rng: random.Random, fake: Faker, locale_fakes: list[Faker]
) -> tuple[str, str]:
    """A valid identifier of `kind` in one of the ways people write it, and its source.

    Args:
        kind: an evaluation-set identifier kind.
        p: the person's slot values (name, date of birth, postcode) from the builder.
        rng: the builder's seeded random source.
        fake: the seeded faker `en_GB` instance.
        locale_fakes: seeded faker instances for other countries (IBANs).

    Raises:
        KeyError: `kind` is not an identifier kind this module can write.
    """
    born = dt.date.fromisoformat(p["born"])
    if kind == "UK_NHS_NUMBER":
        n = ids.nhs_number(rng)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]), "generator:nhs_mod11"
    if kind == "UK_NINO":
        n = ids.nino(rng)
        return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n]), "generator:nino_hmrc_prefix_rules"
    if kind == "UK_UTR":
        n = ids.utr_number(rng)
        return rng.choice([n, f"{n[:5]} {n[5:]}"]), "generator:utr_stdnum_check"
    if kind == "UK_VAT":
        n = ids.vat_number(rng)
        return rng.choice(
            [f"GB{n}", f"GB {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}"]
        ), "generator:vat_mod97"
    if kind == "UK_BANK_ACCOUNT":
        sc, acc = ids.uk_bank_account(fake)
        forms = [
            f"sort code {sc}, account number {acc}",
            f"{sc} {acc}",
            f"S/C {sc.replace('-', '')} A/C {acc}",
            f"sort code {sc.replace('-', ' ')} and account {acc}",
        ]
        return rng.choice(forms), "faker:en_GB.iban->sort_code+account"
    if kind == "IBAN":
        return ids.iban_number(fake, locale_fakes, rng), "faker:iban(en_GB,de_DE,fr_FR,en_IE,nl_NL)"
    if kind == "PAYMENT_CARD":
        return ids.payment_card(fake, rng), "faker:credit_card_number(luhn)"
    if kind == "UK_PASSPORT":
        return ids.passport_number(rng), "generator:passport_9_digits"
    if kind == "UK_DRIVING_LICENCE":
        n = ids.driving_licence(rng, p["last"], born, p["first"][0] + p["initials"][1], bool(p["female"]))
        return rng.choice([n, n, f"{n[:5]} {n[5:11]} {n[11:]}"]), "generator:dvla_licence_layout"
    if kind == "UK_UPN":
        return ids.upn_number(rng), "generator:upn_stdnum_check"
    if kind == "UK_CHI":
        n = ids.chi_number(rng, born)
        return rng.choice([n, n, f"{n[:6]} {n[6:]}"]), "generator:chi_dob_mod11"
    if kind == "UK_POSTCODE":
        return p["postcode"], "faker:en_GB.postcode"
    if kind == "UK_PHONE":
        number = fake.cellphone_number() if rng.random() < 0.5 else fake.phone_number()
        return number, "faker:en_GB.phone_number(Ofcom drama ranges)"
    if kind == "EMAIL":
        own = f"{p['first']}.{p['last']}".lower().replace("'", "") + "@" + fake.free_email_domain()
        return rng.choice([own, fake.free_email(), fake.email()]), "faker:en_GB.email"
    if kind == "IP_ADDRESS":
        return (fake.ipv6() if rng.random() < 0.3 else fake.ipv4_public()), "faker:ipv4_public/ipv6"
    if kind == "UK_VEHICLE_REG":
        reg = ids.vehicle_registration(rng)
        return rng.choice([reg, reg, reg.replace(" ", "")]), "generator:dvla_2001_plate_format"
    raise KeyError(kind)


def write_jsonl(rows: list[dict[str, object]], path: Path) -> None:
    """Write evaluation rows as JSON lines (UTF-8, one row per line, in order)."""
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def handwritten_row(row_id: str, text: str, level: str, category: str, source: str) -> dict[str, object]:
    """One row of a hand-written set: no kinds required, scored on the sensitive decision and level."""
    return {
        "id": row_id,
        "text": text,
        "sensitive": level != "public",
        "level": level,
        "kinds": [],
        "optional_kinds": [],
        "category": category,
        "source": source,
    }


def handwritten_rows(
    groups: Sequence[tuple[Mapping[str, Sequence[str]], str]], id_prefix: str, source: str
) -> list[dict[str, object]]:
    """Rows of hand-written texts, given as (texts by category, level) groups, in order."""
    rows: list[dict[str, object]] = []
    for texts_by_category, level in groups:
        for category, texts in texts_by_category.items():
            for text in texts:
                rows.append(handwritten_row(f"{id_prefix}-{len(rows):04d}", text, level, category, source))
    return rows
