"""The word lists of the context cues (`cues.py`): relations, roles, case wording, public wording.

Split out of `cues.py` so that the cue rules and the vocabulary they read each fit a
screen. Each list is a regex alternation, lower case; `cues.py` compiles them.
"""

from __future__ import annotations

from classifiers.term_regex import split_alternatives

__all__ = ["CASE_WORDING_TERMS", "PUBLIC_TERMS", "RELATIONS", "ROLES", "WEAK_TERMS"]

RELATIONS = (
    "client|patient|claimant|customer|tenant|applicant|constituent|pupil|student|service user|son|daughter|"
    "child|kid|baby|wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?|mother|mum|mom|father|dad|"
    "parent|brother|sister|sibling|grandmother|grandfather|grandson|granddaughter|nan|gran|grandma|"
    "grandad|grandpa|aunt|auntie|uncle|cousin|niece|nephew|friend|neighbour|neighbor|nieghbour|neighbur|"
    "ex[ -]partner|ex[ -]husband|ex[ -]wife|ex[ -]boyfriend|ex[ -]girlfriend|colleague|employee|"
    "member of staff|staff member|manager|boss|carer|stepson|stepdaughter|stepmother|stepfather|ex|"
    "flatmate|housemate|landlord|landlady|lodger|mentee|trustee|executor|guarantor|sponsor|guardian|appointee|"
    "solicitor|advocate|social worker|key worker|attorney|cleaner|nanny|childminder|au pair|babysitter|gardener|"
    "tutor|handyman|builder|personal assistant"
)
ROLES = (
    "beneficiary|account holder|joint account holder|next of kin|payee|executor|executrix|guarantor|"
    "policyholder|policy holder|cardholder|card holder|appointee|dependant|borrower|named driver|"
    "leaseholder|householder|occupant|caller|guardian|sponsor|spouse|landlord|landlady|"
    "claimant|defendant|appellant|respondent|applicant|complainant|tenant|resident|service user|"
    "data subject|patient|client|employee|pupil|student|learner|victim|suspect|offender|witness|"
    "constituent|deceased|customer|child|young person|individual|subject"
)
WEAK_TERMS = split_alternatives(
    r"case|case number|case ref|case note|file note|caseworker|claim|appeal|tribunal|hearing|"
    r"referral|complaint|grievance|disciplinary|safeguarding|investigation|assessment|application|"
    r"address|lives|living|resides|moved|date of birth|dob|born|aged[ ]+\d{1,3}|\d{1,3}[ -]years?[ -]old|"
    r"years old|phone|mobile|email|e-mail|contact details|salary|wages?|earns|earning|income|debts?|owes|"
    r"owed|arrears|behind on|rent|mortgage|benefits?|universal credit|council tax|pension|tax return|"
    r"child maintenance|stopped paying|off work|(?:his|her|their) pay|employer|worked at|works at|"
    r"works for|dismissed|sacked|redundancy|married|divorced|widowed|evicted|eviction|homeless|"
    r"next of kin|emergency contact|appointment|sick leave|maternity|paternity|has applied|applied for|"
    r"turned[ ]+\d{1,3}|told (?:me|us)|social services|social worker|jobcentre|work coach|payslips?|sick pay|"
    r"care home|care package|home visit|lives alone|overpayment|sanctioned|passed away|bereaved|"
    r"(?:has |have )?worked (?:in|at|for)|works (?:in|at)|employed (?:by|at|as)|reference for|"
    r"tenancy|deposit|refund|visa|residence card|residence permit|off sick|eligible for|entitled to|"
    r"bank statements?|bank details|childcare|interview|overtime|probation|settlement agreement|formal warning|"
    r"written warning|final warning|exit interview|notice period|expenses claim|underpaid|overpaid|"
    r"relationship broke down|broke up with|split up|separated from|mov(?:e|ed|ing) back in with|"
    r"compassionate leave|bereavement leave|taking (?:some )?leave|on £\d{2,3}(?:,\d{3}|k)|contracted to|"
    # a third person's own affairs ("his appointment", "her bank statements"): a case, not a fact (not
    # "his wife": public figures have families too)
    r"(?:his|her|their) (?:appointment|application|documents|job|passport|tenancy|results|medication|payslips|"
    r"statements|form|forms|file|details|account|deposit|rent|bills?|letter|case|shifts?|hours|contract|salary|"
    r"expenses|mileage|absences?|sickness|attendance|performance|appraisal|grievance|pay rise|promotion|resignation)"
)
CASE_WORDING_TERMS = (
    "case|claim|appeal|file|account|form|forms|application|payment|rent|arrears|refund|"
    "appointment|hearing|complaint|deposit|benefits?|tenancy|visa|documents|letter|reply|status|update|payslips?|"
    "wages|bills?|pension|council tax|repairs?|details|address|results|prescription|medication|paid|owe|owes|"
    "moved|records?|"
    # a private person's health, care, money and offending asked about ("Has Karen Wild had her chemo yet?",
    # "Is Gary Hollins still on methadone?"): a well-known person is ruled out before (`is_public_figure`)
    "qualify|qualifies|eligible|entitled|pip|universal credit|sanctioned|sectioned|sex offenders register|"
    "convicted|conviction|caution|arrested|probation|on licence|disclose|employ|sack|sacked|dismissed|"
    "tribunal|social worker|chemo|chemotherapy|methadone|rehab|ivf|pregnant|diagnosed|"
    "hiv|positive|operation|detained|detention|deported|deportation|bail|asylum|custody|cover for|off sick|"
    "sick leave|discharged|admitted|"
    # a colleague's or neighbour's life: work, pay, whereabouts, children
    "promote|promoted|promotion|pay rise|shifts?|rota|late to|nursery|live now|lives now|whereabouts|"
    "yarl's wood|removal centre|detention centre"
)
"""Case wording in a question: it asks about someone's affairs, not about a public figure (`cues.CASE_WORDING`)."""
PUBLIC_TERMS = split_alternatives(
    r"biography|(?:the|a brief|a short|brief|short) history of|"
    r"historical (?:figures?|events?|fiction|novels?|periods?)|"
    r"historian|famous|celebrity|best known|"
    r"quotes? (?:attributed|by|from)|achievements|public life|"
    r"prime ministers?|presidents?|presidency|monarch|royal family|the king|the queen|"
    r"(?:king|queen|emperor) of|"
    r"century|novel|fictional|nobel|olympic|essay(?!-)|world war|ww1|ww2|wwii|tell me about|"
    r"(?:his|her|their) legacy|legacy of|"
    r"actor|actress|singer|musician|footballer|athlete|politician|member of parliament|chancellor|"
    r"scientist|philosopher|poet|playwright|composer|explorer|reign|"
    r"assassinated|premiership|civil rights|"
    # not "speech and language therapy", "speech therapist": casework's words
    r"speech(?! and language| therap| impediment| delay| problem| difficult)|"
    # news and fame: a public figure's health or conviction is discussed, not disclosed by a carer
    r"publicly|press conference|royal family|royal household|royal duties|duke of|duchess of|"
    r"celebrit(?:y|ies)|pop star|film star|hollywood|album|albums|world tour|documentary|memoir|autobiography|"
    r"the book|grand slam|wimbledon|premier league|world cup|oscar|grammy|"
    r"(?:tennis|football|acting|political|music|singing|playing|sporting|film|boxing|cricket|rugby|golf)"
    r"[ ]career|(?:summari[sz]e|describe|tell me about)[ ]+(?:his|her|their)[ ]+"
    r"(?:life|career|legacy|achievements|work)|"
    # fiction: characters are nobody
    r"fictional character|the character|(?:the|main|other|two|three|four|fictional) characters|"
    r"characters (?:in|from|of)|"
    r"tv character|cartoon character|character in|"
    r"short story|a story about|bedtime story|poem|limerick|"
    r"sitcom|soap opera|tv series|fairy tale|superhero|"
    # people acting in a public office or role, and people in exercises and scenarios (not words
    # that case notes use too: "headteacher", "ombudsman", "chief inspector", "according to")
    r"chief medical officer|chief constable|mayor of|presenter|broadcaster|spokes(?:person|man|woman)|"
    r"correspondent|cabinet member|director-general|permanent secretary|vice-chancellor|professor of|"
    r"(?:in the|this|the following|a|hypothetical|practice|exam) scenario|scenario (?:where|in which|question)|"
    r"role-play|role play|roleplay|hypothetical|fictitious|imaginary|exam question|osce|textbook|"
    # maths word problems: invented people sharing sweets
    r"in the ratio|altogether|how much change|how many (?:are|were|is|was) left|word problem|"
    r"(?:does|do|did|will) (?:they )?each (?:get|have|receive|pay)|solve for|work out the total|"
    r"twice (?:as old|his age|her age)|years older than|years younger than|how old will|"
    r"how much (?:does|did|will) (?:he|she|they) (?:spend|pay|save|earn|get|have|need)|"
    r"how many [a-z]+ (?:are there|does (?:he|she) have)|p each|"
    # literature and film: characters are nobody
    r"symboli[sz]e|in the (?:play|film|movie|poem|musical|episode)|chapter (?:of|in) (?:the|a) (?:book|novel)|"
    r"(?:the|first|last|final|next|opening) chapter|in chapter [a-z0-9]+|protagonist|narrator|antagonist|"
    r"the plot (?:is|was)|plot (?:of|twist)|plotline|"
    r"storyline|novella|sequel|trilogy|the author|stories|detective (?:story|stories|novel|novels)|whodunn?it"
)
