"""The explicit list of built-in recognisers, plus extras named in the settings.

No import-time discovery: the built-in set is the list below, in the order their
findings win ties on the same span (the CHI number before the NHS number, so that
with both kinds of context the Scottish kind is reported; the generic rules, structured
fields and ID-like digit runs last, so a specific kind wins a tie on the same span). Extra recognisers are
imported from `ClassifierSettings.extra_recognisers` ("package.module:ClassName")
and appended; any problem with one is a `RecogniserLoadError` at construction, so a
misconfigured router fails at start rather than on the first request.
"""

from __future__ import annotations

import importlib

from classifiers.errors import RecogniserLoadError
from classifiers.markings import ProtectiveMarking
from classifiers.recognisers.address_cued import CuedAddress
from classifiers.recognisers.address_tail import StreetLineWithTail
from classifiers.recognisers.addressee import Addressee
from classifiers.recognisers.age import NamedRecordAge, PronounAge, RelativeAge
from classifiers.recognisers.base import Recogniser
from classifiers.recognisers.case_note import CaseNote
from classifiers.recognisers.date_of_birth import DateOfBirth
from classifiers.recognisers.email import EmailAddress
from classifiers.recognisers.iban import Iban
from classifiers.recognisers.id_phrase import IdentityNumberPhrase
from classifiers.recognisers.indirect import IndirectIdentifier
from classifiers.recognisers.international import InternationalIdentifier
from classifiers.recognisers.ip_address import IpAddress
from classifiers.recognisers.mrz import MachineReadableZone
from classifiers.recognisers.payment_card import PaymentCard
from classifiers.recognisers.personal_number import LabelledReference, PersonalReferenceNumber
from classifiers.recognisers.phone import InternationalPhoneNumber
from classifiers.recognisers.postal_address import PostalAddress
from classifiers.recognisers.social_handle import SocialHandle
from classifiers.recognisers.spoken_digits import SpokenDigits
from classifiers.recognisers.stdnum_cued import CuedStdnumIdentifier
from classifiers.recognisers.structured import StructuredField
from classifiers.recognisers.uk.bank_account import UkBankAccount
from classifiers.recognisers.uk.chi_number import ChiNumber
from classifiers.recognisers.uk.driving_licence import UkDrivingLicence
from classifiers.recognisers.uk.justice_reference import JusticeReference
from classifiers.recognisers.uk.national_insurance import NationalInsuranceNumber
from classifiers.recognisers.uk.nhs_number import NhsNumber
from classifiers.recognisers.uk.passport import UkPassportNumber
from classifiers.recognisers.uk.phone import UkPhoneNumber
from classifiers.recognisers.uk.postcode import UkPostcode
from classifiers.recognisers.uk.street_address import UkStreetAddress
from classifiers.recognisers.uk.upn import UniquePupilNumber
from classifiers.recognisers.uk.utr import UniqueTaxpayerReference
from classifiers.recognisers.uk.vat import VatNumber
from classifiers.recognisers.uk.vehicle_registration import VehicleRegistration
from classifiers.recognisers.vehicle_plate import VehiclePlate

__all__ = ["BUILT_IN_RECOGNISERS", "build_recognisers", "load_recogniser"]

BUILT_IN_RECOGNISERS: tuple[type[Recogniser], ...] = (
    ProtectiveMarking,
    ChiNumber,
    NhsNumber,
    NationalInsuranceNumber,
    UniqueTaxpayerReference,
    VatNumber,
    UkBankAccount,
    Iban,
    PaymentCard,
    UkPassportNumber,
    MachineReadableZone,
    UkDrivingLicence,
    UniquePupilNumber,
    JusticeReference,
    UkPostcode,
    UkPhoneNumber,
    InternationalPhoneNumber,
    SpokenDigits,
    EmailAddress,
    SocialHandle,
    IndirectIdentifier,
    Addressee,
    IpAddress,
    DateOfBirth,
    VehicleRegistration,
    VehiclePlate,
    UkStreetAddress,
    PostalAddress,
    StreetLineWithTail,
    CuedAddress,
    InternationalIdentifier,
    CuedStdnumIdentifier,
    IdentityNumberPhrase,
    StructuredField,
    RelativeAge,
    PronounAge,
    NamedRecordAge,
    PersonalReferenceNumber,
    LabelledReference,
    CaseNote,
)


def load_recogniser(path: str) -> Recogniser:
    """Import and instantiate a recogniser named "package.module:ClassName".

    Args:
        path: The import path; the class must subclass `Recogniser` and take no arguments.

    Returns:
        A new instance.

    Raises:
        RecogniserLoadError: The path is malformed, the import fails, the name is
            missing, it is not a `Recogniser` subclass, or its constructor raises.
    """
    module_name, sep, class_name = path.partition(":")
    if not sep or not module_name or not class_name.isidentifier():
        raise RecogniserLoadError(f"extra recogniser {path!r}: expected 'package.module:ClassName'")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        raise RecogniserLoadError(f"extra recogniser {path!r}: cannot import {module_name!r}: {exc}") from exc
    cls = getattr(module, class_name, None)
    if not isinstance(cls, type) or not issubclass(cls, Recogniser):
        raise RecogniserLoadError(f"extra recogniser {path!r}: {class_name!r} is not a Recogniser subclass")
    try:
        return cls()
    except Exception as exc:
        raise RecogniserLoadError(f"extra recogniser {path!r}: constructor failed: {exc}") from exc


def build_recognisers(extra: tuple[str, ...] = ()) -> list[Recogniser]:
    """The built-in recognisers followed by the extras, each instantiated once."""
    return [cls() for cls in BUILT_IN_RECOGNISERS] + [load_recogniser(path) for path in extra]
