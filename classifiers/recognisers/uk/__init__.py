"""UK identifiers: one module per identifier, each citing the source of its rules."""

from __future__ import annotations

from classifiers.recognisers.uk.bank_account import UkBankAccount
from classifiers.recognisers.uk.chi_number import ChiNumber
from classifiers.recognisers.uk.driving_licence import UkDrivingLicence
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

__all__ = [
    "ChiNumber",
    "NationalInsuranceNumber",
    "NhsNumber",
    "UkBankAccount",
    "UkDrivingLicence",
    "UkPassportNumber",
    "UkPhoneNumber",
    "UkPostcode",
    "UkStreetAddress",
    "UniquePupilNumber",
    "UniqueTaxpayerReference",
    "VatNumber",
    "VehicleRegistration",
]
