# ruff: noqa: E501  (hand-written paragraphs: one per line, as a reader reads them)
"""Long public documents for development set 7 (`dev7_rules.py`): 4-12 KB of one genre each.

Written by hand for issue 9's ninth pass. The genres are those whose words fired the non-name
rules on long public texts assembled for this pass (software documentation: "SECRET" in
variable names, "disabled" options, loopback addresses, "address" fields; public guidance: a
generic "your child" near conditions named in general terms; statistical reports; HR policy). Each
document is the genre's paragraphs in a seeded order, repeated to length, with a request before
it, as users paste documents into a prompt.
"""

from __future__ import annotations

import random

__all__ = ["LONG_GENRES", "long_documents"]

TECHNICAL = (
    "Configuration. The service reads its settings from environment variables. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for the storage backend, and CLIENT_SECRET for the identity provider. TOP_SECRET_MODE is reserved for the test fixtures and must never be set in production. Settings can also be given in config.yaml; environment variables win.",
    "Networking. By default the server binds to 127.0.0.1:8080 so that it is reachable only from the same machine. To listen on every interface set bind_address: 0.0.0.0. IPv6 is supported: use [::1]:8080 for loopback. The examples in this guide use the documentation range 203.0.113.0/24, which is never routed on the internet.",
    "Caching. The response cache is disabled by default. When it is enabled, entries are keyed by the request path and the Accept header, and expire after 300 seconds. Each replica is stateless: any replica can answer any request, and the cache is shared through Redis at redis://localhost:6379/0.",
    "Deprecations. The /v1/export endpoint is undocumented and will be removed in version 3.0. The --legacy flag is disabled when --strict is given. Clients should move to /v2/export, which streams its output and accepts a cursor parameter.",
    "Troubleshooting. If you see 'address already in use', another process holds the port: run lsof -i :8080 to find it. On macOS the firewall may block incoming connections; allow the binary in System Settings. Memory use above 2 GB usually means the cache size is too large; lower CACHE_MAX_ENTRIES.",
    "Data model. A Record has an id (UUID), a created_at timestamp, an owner field holding a user id, and an address field holding the network address of the client that created it, for example address=10.0.0.12. Records are soft-deleted: a deleted_at timestamp is set and the record is hidden from queries.",
)

GUIDANCE = (
    "Support for your child at school. If your child has special educational needs, talk to their teacher or the school's SENCO first. Most children with SEN get support from their school. If your child needs more help, you can ask your local council for an education, health and care (EHC) needs assessment. Councils must reply within 6 weeks.",
    "Carer's Allowance. You could get £81.90 a week if you care for someone at least 35 hours a week and they get certain benefits. You do not have to be related to, or live with, the person you care for. You cannot get Carer's Allowance if you earn more than £151 a week after deductions.",
    "Applying for a disabled parking permit. People with a disability that affects their mobility can apply for a Blue Badge. You'll need a digital photo, your National Insurance number if you have one, and details of your current badge if you are renewing. It costs up to £10 in England.",
    "Vaccinations for your baby. Your baby will be offered vaccines at 8, 12 and 16 weeks, and again at 1 year. If your baby is unwell with a high temperature, the appointment may be moved. Babies born prematurely should have their vaccines at the usual ages, counted from their date of birth.",
    "Help with health costs. You may get free prescriptions if you are pregnant, have had a baby in the last 12 months, are over 60, or have certain medical conditions such as diabetes or epilepsy. You'll need a valid exemption certificate; your GP or midwife can give you the form.",
    "Reporting a crime. If you have been the victim of a crime, call 101, or 999 in an emergency. You can report hate crime online. Victim Support can help whether or not you have reported the crime to the police: call 08 08 16 89 111.",
)

HR_POLICY = (
    "1. Purpose. This policy explains how the department supports employees with a disability or a long-term health condition. It applies to all employees, including those on fixed-term contracts, and should be read with the Attendance Management Policy and the Equality, Diversity and Inclusion Policy.",
    "2. Reasonable adjustments. Managers must consider reasonable adjustments for any employee who has a disability, whether or not they have disclosed it formally. Adjustments may include flexible hours, specialist equipment, a phased return after sickness absence, or changes to duties. Requests should be recorded on the Workplace Adjustment Passport.",
    "3. Pregnancy and maternity. Employees who are pregnant are entitled to paid time off for antenatal appointments. A risk assessment must be completed as soon as the manager is told of the pregnancy. Employees returning from maternity leave may request flexible working.",
    "4. Criminal records. Posts that involve regular contact with children or vulnerable adults require an enhanced DBS check. Applicants are not required to disclose spent convictions unless the post is exempt under the Exceptions Order. Information about convictions is held securely and destroyed after six months.",
    "5. Religion and belief. Managers should consider requests for time off for religious observance, such as Eid, Diwali or Yom Kippur, and for prayer breaks during the working day. A multi-faith room is available on the ground floor of each building.",
    "6. Monitoring. The department collects data on the ethnicity, religion, sexual orientation and disability of its staff through the anonymous annual survey. Around 14% of staff reported a disability in 2024, and 6% identified as lesbian, gay or bisexual. The figures are published each October.",
)

REPORT = (
    "Key findings. In 2023-24, 1.2 million people received Personal Independence Payment for a mental health condition, 38% of all claimants. The most common conditions were anxiety and depression (52%), followed by psychotic disorders (9%) and autism (7%). The average award lasted 3.1 years.",
    "Trends. The number of asylum applications rose by 18% to 84,000, the highest since 2002. Around 1 in 3 applicants were granted refugee status at initial decision. Stateless applicants made up less than 1% of the total. Median waiting time for an initial decision was 11 months.",
    "Prisons. The adult prison population was 87,900 at the end of March. The reoffending rate for adults released from custody was 37%, against 24% for those starting a community order. Women made up 4% of the prison population; 45% of them reported having been victims of domestic abuse.",
    "Methodology. Figures are drawn from administrative data held by the department and matched with the Police National Computer. Counts below 5 have been suppressed to protect confidentiality. Percentages are rounded to the nearest whole number and may not sum to 100.",
)

LONG_GENRES: dict[str, tuple[str, ...]] = {
    "technical": TECHNICAL,
    "guidance": GUIDANCE,
    "hr_policy": HR_POLICY,
    "report": REPORT,
}
_REQUESTS = (
    "Summarise this for a new starter in five bullet points:",
    "Can you turn this into a one-page FAQ?",
    "Proofread the following and list any inconsistencies.",
)
_TARGET_CHARS = (4200, 7800, 11500)


def long_documents(seed: int) -> list[tuple[str, str]]:
    """(genre, text) pairs: each genre at three lengths (about 4, 8 and 11.5 KB)."""
    rng = random.Random(seed)
    documents = []
    for genre, paragraphs in LONG_GENRES.items():
        for target in _TARGET_CHARS:
            parts = [rng.choice(_REQUESTS)]
            while sum(len(p) + 2 for p in parts) < target:
                parts.extend(rng.sample(paragraphs, len(paragraphs)))
            documents.append((genre, "\n\n".join(parts)))
    return documents
