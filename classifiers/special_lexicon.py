"""The special-category lexicon: terms per category, and where each list comes from.

The categories are those of UK GDPR Article 9(1) (racial or ethnic origin, political
opinions, religious or philosophical beliefs, trade union membership, genetic and
biometric data, health, sex life and sexual orientation) and Article 10 (criminal
convictions and offences "or related security measures"); immigration status is
added because the Data Protection Act 2018 (Schedule 2, paragraph 4) singles it out
and departments handle it as sensitive. The lists were compiled by hand, category by
category, from these public taxonomies rather than from any test text:

* ICO, "What is special category data?" and "What is criminal offence data?" (UK
  GDPR guidance): what each category covers, including unproven allegations,
  investigations, proceedings, the absence of convictions, and data about victims
  and witnesses as criminal offence data;
* health: the NHS "Health A to Z" condition pages (nhs.uk/conditions) and the
  chapter headings of WHO's ICD-10 (neoplasms, infectious, endocrine, mental and
  behavioural, nervous, circulatory, respiratory, digestive, musculoskeletal,
  genitourinary, pregnancy), with their usual treatments; Equality Act 2010 s.6 and
  Schedule 1 (cancer, HIV and multiple sclerosis are disabilities from diagnosis) and
  the DWP's health-related benefits and assessments;
* ethnicity: the ONS 2021 Census ethnic group classification (GSS harmonised
  standard), including Gypsy, Irish Traveller and Roma;
* religion and belief: the ONS 2021 Census religion categories and the write-in
  groups ONS publishes (Jehovah's Witness, Pagan, Rastafarian, Spiritualist...);
* sexual orientation and gender identity: the ONS 2021 Census question categories
  (gay or lesbian, bisexual, pansexual, asexual, queer; trans, non-binary) and the
  Equality Act's "gender reassignment";
* trade union membership: the Trade Union and Labour Relations (Consolidation) Act
  1992 roles (officials, representatives, union learning and safety representatives)
  and the larger TUC-affiliated unions;
* political opinions: the parties on the Electoral Commission's register that hold
  seats in the UK's parliaments and assemblies, with membership and activism words;
* criminal offence data: Rehabilitation of Offenders Act 1974 (cautions and
  convictions, spent or unspent), Sexual Offences Act 2003 Part 2 (notification, the
  "sex offenders register", prevention orders), PACE 1984 (arrest, charge, bail),
  Sentencing Act 2020 (custodial, suspended and community sentences, licence,
  electronic monitoring), Disclosure and Barring Service checks;
* immigration: the Immigration Rules' statuses (leave to remain, EU Settlement
  Scheme, no recourse to public funds), asylum, detention and removal;
* biometric and genetic data: UK GDPR Article 4(13) and 4(14).

Terms are regular expressions over lower-cased text, written several to a line
and separated by " ; " (so the lists stay compact); `<PARTIES>`, `<UNIONS>`... stand
for the shared alternations below, and "#" starts a comment line. Each term is one
alternative (no top-level `|`). Words that are also ordinary English ("church", "caution", "unite",
"green", "labour", "probation") appear only inside phrases that fix their meaning.
Plurals and possessives ("convictions", "Jehovah's Witnesses", "sex offenders
register") are added by `special_category.py`, not written here.
"""

from __future__ import annotations

__all__ = ["CATEGORIES"]

_SHARED = {
    "<PARTIES>": r"(?:labour|conservative|tory|tories|liberal democrats?|lib ?dems?|snp|scottish national party|"
    r"plaid cymru|ukip|dup|sinn f[eé]in|sdlp|uup|ulster unionist|green party|reform uk|alliance party|"
    r"brexit party|workers party|communist party|socialist workers party)",
    "<POLITICAL_ROLES>": r"(?:member|membership|activist|supporter|voter|candidate|canvasser|campaigner|donor|"
    r"organiser|volunteer|agent|delegate)s?",
    "<UNIONS>": r"(?:unison|unite|gmb|pcs|rmt|rcn|bma|neu|nasuwt|ucu|cwu|fbu|usdaw|aslef|naht|eis|nuj|poa|balpa|"
    r"the union|a union|a trade union|the trade union)",
    "<UNION_ROLES>": r"(?:member|membership|rep|representative|steward|shop steward|official|officer|activist|"
    r"convenor|branch secretary|organiser|delegate)s?",
    "<PROTEST>": r"(?:a|the|an) (?:[a-z\-]+ ){0,2}(?:protest|demonstration|demo|march|rally|picket|vigil|sit-in)",
    "<WORSHIP>": r"(?:mosque|church|synagogue|gurdwara|temple|kingdom hall|chapel|congregation)",
    "<WORSHIP_PLACE>": r"(?:church|mosque|synagogue|gurdwara|mandir|temple|parish)",
    "<BODY_PARTS>": r"(?:hip|knee|shoulder|back|neck|spine|spinal|ankle|wrist|elbow|leg|arm|foot|feet|hand|eye|heart|"
    r"kidney|bowel|stomach|lung|liver|brain|head|chest|pelvis|pelvic|bladder|prostate|cervical|breast|skin)",
    "<BODY_PROBLEMS>": r"(?:replacement|operation|surgery|injury|injuries|problems?|condition|fracture|"
    r"transplant|disease|op)",
    "<BONES>": r"(?:leg|arm|hip|wrist|ankle|back|neck|collarbone|shoulder|elbow|foot|hand|jaw|nose|ribs?|pelvis|knee)",
    "<UNDERGOING>": r"(?:had|having|has|have|need|needs|needed|booked for|waiting for|recovering from)",
    "<CLAUSE_END>": r"[ ]*[.,!;]|$|[ ]+and[ ]|[ ]+since[ ]",
    "<SMALL_PARTIES>": r"(?:reform|greens?|lib dems?|plaid|liberals?)",
    "<RELIGIONS>": r"(?:islam|christianity|judaism|hinduism|sikhism|buddhism|catholicism|the catholic church|"
    r"the church of england|the baha'?i faith|paganism)",
}

_HEALTH = r"""
# diagnosis and general wording
diagnos(?:ed|is|es|ing) ; illness ; disease ; chronic (?:pain|fatigue|illness)
(?:medical|health|long-term|chronic|underlying) (?:condition|history|problem|issue)
terminally ill ; terminal illness ; palliative care ; end of life care ; hospice
# neoplasms and their treatment
cancer ; carcinoma ; sarcoma ; lymphoma ; melanoma ; myeloma ; leuka?emia ; tumou?r ; malignan(?:t|cy)
metasta(?:sis|ses|tic|sised|sized) ; oncolog(?:y|ist) ; chemo(?:therapy)? ; radiotherapy ; immunotherapy
mastectomy ; hysterectomy ; biopsy ; dialysis ; amputat(?:ion|ed)
(?:kidney|liver|heart|lung|organ|bone marrow|stem cell) transplant
(?<!gp )(?<!doctor's )(?<!doctors )(?<!dental )(?<!mp's )(?<!advice )surgery
# infectious disease and sexual health
hiv/aids ; hiv(?:[ -]positive)? ; hepatitis(?: [abc])? ; tuberculosis ; long covid
sexual health ; sexually transmitted infection ; sti ; chlamydia ; gonorrh?oea ; syphilis ; herpes
# circulatory, respiratory, endocrine
heart (?:attack|condition|disease|failure|surgery|problem) ; cardiac arrest ; angina ; arrhythmia
atrial fibrillation ; pacemaker ; stroke(?! of) ; hypertension ; deep vein thrombosis ; blood clot
asthma(?:tic)? ; copd ; emphysema ; cystic fibrosis ; diabet(?:es|ic) ; insulin
(?:hypo|hyper)thyroidism ; thyroid (?:condition|problem|disease)
# nervous system and musculoskeletal
epilep(?:sy|tic) ; (?<!drug )(?<!drugs )(?<!asset )seizure(?! of| order| warrant) ; dementia ; alzheimer'?s
parkinson'?s ; multiple sclerosis ; motor neurone disease ; huntington'?s(?: disease)? ; migraine
(?:acquired )?brain (?:injury|damage|tumou?r) ; cerebral palsy ; spina bifida ; muscular dystrophy
myalgic encephalomyelitis ; chronic fatigue syndrome ; me/cfs ; fibromyalgia ; (?:rheumatoid |osteo)?arthritis
lupus
# digestive, renal, blood
(?:kidney|renal|liver) (?:disease|failure) ; cirrhosis ; crohn'?s ; colitis ; coeliac disease
irritable bowel syndrome ; sickle cell ; thalassa?emia ; ha?emophilia ; anaemi[ac]
# mental health
mental health ; mental illness ; mental breakdown ; nervous breakdown ; depression ; depressed ; anxiety
panic attack ; bipolar ; schizophreni[ac] ; psychosis ; psychotic ; ptsd ; post-traumatic stress ; ocd
obsessive compulsive ; personality disorder ; eating disorder ; anorexi[ac] ; bulimi[ac] ; binge eating
self[- ]harm(?:ing|ed)? ; suicidal ; suicide attempt ; attempted suicide ; overdosed? ; sectioned
detained under (?:section|s\.?)[ ]?\d+[a-z]? ; detained under the mental health act
psychiatri(?:c|st) ; therapist ; counselling ; antidepressant ; antipsychotic ; sertraline ; fluoxetine
citalopram ; mirtazapine ; signed off sick
(?:off|signed off)(?: sick| work)? with (?:stress|anxiety|depression|burnout|a breakdown)
(?:s\.|section )?13[56] detention ; (?:a |on a |under (?:a )?)?(?:section|s\.) ?13[56](?= |\.|,|$)
# medicines that name their condition (dementia, HIV, psychosis, bipolar, opioid dependence)
donepezil ; memantine ; rivastigmine ; galantamine ; antiretrovirals? ; biktarvy ; truvada ; descovy
dolutegravir ; triumeq ; cd4(?: count)? ; viral load ; clozapine ; olanzapine ; risperidone ; quetiapine
aripiprazole ; lithium (?:carbonate|levels?|tablets) ; buprenorphine ; subutex
# a diagnosis code in a record ("dx_code=F20.0", "ICD-10: C50.9")
(?<![a-z])(?:dx|diag|diagnosis|icd(?:-?10)?)(?:_code| code)?[ ]?[=:][ ]?[a-z]\d{2}(?:\.\d{1,2})?
# failing a drug test (the ICO treats drug use as health data)
failed (?:a |his |her |their )?(?:random )?drugs? test
tested positive for (?:cocaine|cannabis|heroin|amphetamines?|opiates|drugs)
# common misspellings of the conditions above (people type fast about their own health)
depres+ion ; depresson ; depressoin ; anxity ; anxeity ; axiety ; anxiaty ; anxitey ; schi?t?zophreni[ac]
skitzophreni[ac] ; scizophreni[ac] ; bipoler ; bi-polar ; diabet(?:is|ies|ese) ; epilepsey ; epilepsie
dimentia ; demensia ; alzheimer'?z ; alzhimer'?s ; autisim ; austism ; austistic ; dislexi[ac] ; dyslexsia
pregnent ; pregant ; alch?oh?olic ; miscarr?i?age ; diagnoi?se?d ; diagonsed ; cancre ; chemo therapy
# neurodivergence
autism ; autistic ; asperger'?s ; adhd ; dyslexi[ac] ; dyspraxi[ac] ; tourette'?s ; down'?s syndrome
# medicines, care and records
medication ; prescription ; prescribed ; painkiller ; morphine ; methadone ; opioid ; hospitali[sz]ed
admitted to hospital ; intensive care ; occupational health ; fit note ; sick note ; blood test result
# reproductive health
expecting (?:a baby|twins|triplets|(?:our|my|her|their) (?:first|second|third) (?:baby|child))
due to give birth ; maternity leave
pregnant ; pregnancy ; miscarriage ; stillbirth ; abortion ; termination of (?:a |her |the )?pregnancy
ivf ; fertility treatment ; infertil(?:e|ity) ; endometriosis ; menopaus(?:e|al)
# stop 29's precision set (13): a pregnancy scan, a frail person's care notes, injuries seen on a child
(?:\d{1,2}|twelve|twenty)[ -]weeks? scan ; dating scan ; anomaly scan ; pressure (?:sore|ulcer)s?
memory clinic ; memory assessment ; bruising (?:to|on|around|seen) ; bruises (?:to|on)
# dependency
addiction ; addicted ; alcoholi[cs]m? ; alcohol (?:dependency|dependence|problem|misuse|abuse) ; heroin
(?:drug|substance) (?:addiction|misuse|abuse|dependency|problem) ; rehab ; detox
# injuries, operations and conditions named by the body part (a person's physical health: ICO guidance)
<BODY_PARTS> <BODY_PROBLEMS>
(?:broken|fractured|dislocated) <BONES> ; (?<=broke )my <BONES> ; (?<=broke )his <BONES> ; (?<=broke )her <BONES>
<UNDERGOING> (?:an?|my|his|her|their|the) (?:[a-z]+ )?(?:operation|op|procedure|scan|mri|transfusion)
slipped disc ; sciatica ; whiplash ; concussion ; hernia ; gallstones ; kidney stones ; stoma ; colostomy ; ileostomy
high blood pressure ; low blood pressure ; high cholesterol ; heart murmur ; blood disorder
eczema ; psoriasis ; dermatitis ; gout ; osteoporosis ; scoliosis ; tinnitus ; vertigo ; glaucoma ; cataracts?
macular degeneration ; sleep apnoea ; sleep apnea ; insomnia ; pcos ; polycystic ovar(?:y|ies) ; ibs
shingles ; pneumonia ; bronchitis ; sepsis ; meningitis ; covid(?:-19)? ; tested positive ; glandular fever
ulcer ; ulcerative colitis ; diverticulitis ; appendicitis ; pancreatitis ; tonsillitis ; cystitis ; hepatitis
(?<=have |with )ms(?=<CLAUSE_END>) ; (?<=has |had |got )ms(?=<CLAUSE_END>) ; down syndrome ; trisomy 21
(?:is|was|am|been|in) (?:a |the )?(?:psychiatric|mental health) (?:ward|hospital) ; (?:in|into) hospital
(?:seeing|see|saw|sees|referred to) (?:a |the )?(?:counsellor|psychologist|psychiatrist|therapist|mental health team)
anger (?:issues|management) ; (?:been|am|is|stayed|staying|getting) sober ; in recovery from
recovering alcoholic ; recovering addict
(?<=his |her )drinking(?! water| fountain| straw| game| age) ; (?<=my )drinking(?! water| fountain| straw| game| age)
gave birth ; give birth ; giving birth ; c-section ; caesarean ; postnatal depression ; antenatal ; postpartum
# genetic conditions (genetic data as such is under BIOMETRIC)
brca[12]? ; gene mutation ; genetic condition
# clinical shorthand and pathways: "prostate ca", a two-week-wait (suspected cancer) referral, an adrenaline pen
(?:prostate|breast|bowel|lung|ovarian|cervical|skin|pancreatic|oesophageal|gastric|renal) ca(?![a-z])
2ww ; two[- ]week wait ; epipen ; epi-pen ; auto-?injector ; anaphyla(?:xis|ctic)
# the commonest conditions in the UK's most spoken languages after English (ONS Census 2021: Polish, Romanian,
# Panjabi, Urdu, Portuguese, Spanish, Arabic, Bengali), written as a relative or a patient would write them
ciąż[aęyą] ; w ciąży ; cukrzyc[aęyą] ; nowotw[oó]r[a-z]* ; depresj[aęi] ; oddzia[lł][a-z]* psychiatryczn[a-z]*
pr[oó]b[aęy] samob[oó]jcz[a-z]* ; sarcin[aă] ; gravidez ; embarazada ; depress[ãa]o ; depresi[oó]n ; c[âá]ncer
سرطان ; السرطان ; اكتئاب ; الاكتئاب ; اضطراب ما بعد الصدمة ; حامل ; السكري ; کینسر ; ذیابیطس ; ڈپریشن ; حاملہ
آٹزم ; التوحد ; ਕੈਂਸਰ ; ਸ਼ੂਗਰ ; ਡਿਪਰੈਸ਼ਨ ; ক্যান্সার ; ডায়াবেটিস ; গর্ভবতী
"""

_DISABILITY = r"""
(?:enhanced|standard) rate of (?:the )?(?:daily living|mobility) component ; daily living component
disabilit(?:y|ies) ; (?<=is |am |'m |be |as )disabled ; (?<= a )disabled ; (?<=was |are )disabled
disabled (?:person|people|child|adult|parent|son|daughter|badge|facilities|access|benefit)
wheelchair(?: user)? ; mobility (?:impairment|problem|issue|scooter|aid) ; amputee ; prosthetic (?:limb|leg|arm)
registered blind ; registered disabled ; (?<=is |am |'m )blind
partially sighted ; sight loss ; visually impaired ; deafblind
deaf ; hard of hearing ; hearing (?:impair(?:ed|ment)|aid|loss) ; cochlear implant ; guide dog
speech (?:impairment|difficult(?:y|ies))
learning difficult(?:y|ies) ; learning disabilit(?:y|ies) ; special educational needs ; ehcp
education, health and care plan ; reasonable adjustment ; blue badge ; motability ; access to work
# benefits and assessments that exist only for ill or disabled people (DWP)
personal independence payment ; pip (?:claim|award|assessment|application|payment|tribunal|appeal|form)
(?:claims?|receives?|gets?|on) pip ; disability living allowance ; dla ; attendance allowance
employment and support allowance ; limited capability for work ; lcwra ; work capability assessment
"""

_ETHNICITY = r"""
ethnicity ; ethnic (?:origin|background|group|minority) ; race discrimination ; bame
racial (?:origin|background|abuse|discrimination|harassment|slur) ; racially (?:motivated|abused|aggravated)
(?:his|her|their|my|your) (?:race|skin colou?r)
black (?:british|african|caribbean|and minority ethnic) ; british asian ; asian british
white (?:british|irish|and black caribbean|and black african|and asian) ; mixed (?:race|heritage|ethnicity)
of (?!national |world |cultural |industrial |natural |historic |local |our )(?:[a-z]+ ){1,2}(?:heritage|descent)
(?:pakistani|bangladeshi|indian|chinese|african|caribbean|somali|jamaican) (?:heritage|descent|origin|background)
(?:polish|irish|nigerian|ghanaian|arab|kurdish|roma|gypsy|traveller) (?:heritage|descent|origin|background)
romany ; gypsy ; irish traveller ; traveller community ; roma community ; (?<=\()roma(?=[,;)])
(?:male|female|man|woman|boy|girl),? (?:aged )?\d{1,2},? (?:black|white|asian|mixed)(?![a-z])
"""

_RELIGION = r"""
religion ; religious (?:belief|faith|group|practice|observance) ; islamic faith ; converted to <RELIGIONS>
muslim ; christian ; catholic ; protestant ; anglican ; methodist ; baptist ; pentecostal ; evangelical
jewish ; judaism ; hindu(?:ism)? ; sikh(?:ism)? ; buddhis[mt] ; jain ; rastafarian ; zoroastrian ; baha'?i
pagan ; wiccan? ; spiritualist ; humanist ; atheist ; agnostic ; jehovah'?s? witness ; latter[- ]day saint
mormon ; seventh[- ]day adventist ; quaker ; scientolog(?:y|ist)
shia ; shi'?ite ; sunni ; ahmadi(?:yya)? ; ismaili ; alevi ; orthodox jew ; hasidic ; haredi
(?:attends|goes to|going to|prays at|worships at|member of) (?:the |a |his |her |their )?(?:local )?<WORSHIP>
(?:pastor|imam|rabbi|granthi|priest) [a-z]+(?: [a-z]+)? (?:of|at) (?:the )?(?:[a-z']+ ){0,6}<WORSHIP_PLACE>
prayer (?:room|time|break|mat) ; wears? (?:a |the )?(?:hijab|niqab|burqa|turban|kippah|yarmulke|crucifix)
observes ramadan ; fasting for ramadan ; keeps? (?:kosher|halal|the sabbath)
jummah ; jumu'?ah ; friday prayers ; somewhere to pray ; apostasy ; apostate
converted from <RELIGIONS>
"""

_SEXUALITY = r"""
(?<='m |am |is |'s )bi(?=[ ]+and[ ]|[ ]*[,.!;]|$)
sexual orientation ; sexuality ; gay ; lesbian ; bisexual ; pansexual ; asexual ; homosexual ; heterosexual
queer ; lgbt(?:q|qia)?\+? ; transgender ; non-?binary ; intersex ; gender ?fluid
same[- ]sex (?:partner|relationship|couple|marriage|spouse|attraction|wife|husband|boyfriend|girlfriend)
(?:came|come|coming) out to (?:his|her|their|my) (?:family|parents|mum|dad|friends)
trans (?:woman|man|person|people|child|teenager|girl|boy)
(?<='m |am |is |'s )trans(?=[ ]+and[ ]|[ ]*[,.!;]|$) ; (?<=are )trans(?=[ ]+and[ ]|[ ]*[,.!;]|$)
gender (?:reassignment|identity|dysphoria|transition|recognition certificate)
(?<='m |am |is |'s |re )transitioning
sex life ; sexual (?:history|partner|relationship) ; sex work(?:er)?
(?<=her )(?:wife|wives) ; (?<=his )(?:husband|boyfriend) ; (?<=her )wife'?s? ; (?<=his )husband'?s?
"""

_TRADE_UNION = r"""
trade union(?:ist)? ; (?<!european )union <UNION_ROLES> ; union (?:branch|meeting|dues|subs|deductions?|membership)
shop steward
(?:workplace|health and safety|union learning) (?:rep|representative) ; convenor ; picket line
<UNION_ROLES> (?:of|for|in|with) <UNIONS>(?: union)?
(?:unison|unite|gmb|pcs|rmt|rcn|bma|neu|nasuwt|ucu|cwu|fbu|usdaw|aslef|naht|nuj|poa|balpa) <UNION_ROLES>
(?:unison|unite|pcs|rmt|neu|ucu|cwu|fbu|eis|prospect|equity) union ; gmb ; nasuwt ; usdaw ; aslef
"""

_CRIMINAL_RECORD = r"""
# convictions, cautions and proceedings (Rehabilitation of Offenders Act 1974, PACE 1984)
criminal (?:record|conviction|offence|history|past|charge|investigation|proceedings) ; convicted
(?:previous|prior|past|spent|unspent|recent|old|motoring|driving|drink[- ]driving) conviction
convictions? (?:for|of) ; certificate of conviction ; (?:police|youth|conditional|simple) caution ; cautioned (?:by|for)
(?:received|accepted|given|got) a caution ; arrested ; charged with ; police record ; acquitted
(?:sexual|violent|driving|drugs?|public order|firearms) offence ; committed (?:an|the|a) (?:criminal )?offence
pleaded (?:not )?guilty ; found (?:not )?guilty ; guilty of ; (?:crown|magistrates'?|youth) court ; court martial
(?:under|facing) (?:a )?(?:police |criminal )?investigation ; police investigation ; (?:benefit|tax) fraud
stop and search ; stop-and-search ; (?:searched|detained) under (?:section|s\.?) ?(?:1|23|60)(?![0-9])
remanded(?: in custody)? ; on remand ; (?:on|police) bail ; bail conditions
# registers, orders and checks (Sexual Offences Act 2003 Part 2; DBS)
sex offenders?(?:'s)?(?: register)? ; registered sex offender ; violent and sex offenders? register
(?:sexual harm prevention|sexual risk|restraining|non-molestation|criminal behaviour) order ; asbo
dbs (?:check|certificate) ; disclosure and barring ; barred list
ex-offender ; young offender ; reoffend(?:ing|ed)? ; youth offending (?:team|service)
# sentences (Sentencing Act 2020)
prison ; prisoner ; inmate ; jail(?:ed)? ; imprisoned ; custodial sentence ; suspended sentence ; sentenced
probation (?:officer|service|order|supervision|appointment|worker) ; on probation(?! period)
(?:released |out )?on licence ; licence conditions ; recalled to prison ; parole ; unpaid work requirement
community (?:order|service|sentence) ; electronic(?:ally)? (?:tag|tagged|monitor|monitoring)
(?:on a |under a )?curfew ; served (?:a )?(?:sentence|time) ; released from (?:prison|custody|jail|hmp|hmyoi)
hmp [a-z]+ ; hmyoi [a-z]+
serv(?:ing|ed) (?:a |an )?(?:\d+|one|two|three|four|five|six|ten|twelve|eighteen)?[ -]?(?:months?|years?|sentence)
# motoring offences
drink[- ]driving ; drug[- ]driving ; (?:banned|disqualified) from driving ; disqualified driver ; pnc marker
# victims (criminal offence data in the ICO's guidance)
domestic (?:abuse|violence) ; sexually assaulted ; sexual assault ; raped ; sexually abused
victims? of (?:a )?(?:crime|assault|rape|sexual assault|domestic abuse|hate crime|fraud|stalking|burglary)
"""

_IMMIGRATION = r"""
asylum(?: seeker| claim| application| support)? ; refugee(?: status)? ; stateless
immigration (?:status|detention|bail|tribunal|appeal|enforcement|removal centre|officer)
(?:immigration )?removal centre ; leave to remain ; indefinite leave ; right to remain ; (?:pre-)?settled status
eu settlement scheme ; euss ; overstay(?:ed|er)? ; deportation ; deported ; removal (?:order|directions)
visa (?:overstay|overstayer|application|status|refus(?:al|ed)|expir(?:ed|y))
(?:spouse|partner|skilled worker|student|family|visitor|work) visa
undocumented ; illegal(?:ly)? (?:immigrant|entry|entered|working) ; no recourse to public funds ; nrpf
home office reference ; biometric residence (?:permit|card) ; brp
victims? of trafficking ; trafficking victim ; modern slavery ; national referral mechanism
"""

_BIOMETRIC = r"""
biometrics? ; biometric data ; fingerprint(?:s|ed)? ; facial (?:recognition|image|biometrics?) ; face scan
iris (?:scan|recognition) ; retina(?:l)? scan ; voice[- ]?prints? ; voice (?:biometrics|recognition|id) ; face id
palm (?:print|vein) ; dna (?:sample|profile|test|result|swab|database|evidence) ; paternity test
genetic (?:test|testing|data|disorder|result|screening|predisposition) ; genom(?:e|ic (?:sequencing|data|test))
gene variant
# a record's machine fields that hold a template or an embedding (stop 28's blind round: "fp_template=0x3FA2...")
fp_template ; fingerprint_template ; finger_template ; face_(?:vec|vector|embedding|template)(?:_[a-z0-9]+)?
iris_(?:code|template) ; voice_(?:print|embedding) ; biometric_(?:template|hash|id) ; minutiae
"""

_POLITICAL = r"""
political (?:opinion|view|belief|affiliation|activist|activism|campaigner|party membership|allegiance)
opposition (?:activist|supporter|party member) ; party membership ; members? of (?:the|an?) (?:[a-z]+ ){1,3}party
<POLITICAL_ROLES> (?:of|for) (?:the )?<PARTIES>(?: party)?
<PARTIES>(?: party)? <POLITICAL_ROLES> ; (?:votes?|voted|voting) (?:for )?(?:the )?<PARTIES>
(?:votes?|voted|voting) (?:for )?(?:the )?<SMALL_PARTIES>
campaign(?:s|ed|ing)? for (?:the )?<PARTIES> ; canvass(?:es|ed|ing)? for ; door[- ]knocking for
activist ; extinction rebellion ; just stop oil
(?:took part in|takes part in|attended|attends|joined|joins) <PROTEST>
(?:went on|marched in|marches in|organised|organized|was arrested at) <PROTEST>
"""


def _terms(block: str) -> tuple[str, ...]:
    """Split a block into its terms, with the shared alternations filled in."""
    terms = []
    for line in block.strip().splitlines():
        if line.startswith("#"):
            continue
        for term in line.split(" ; "):
            for placeholder, alternation in _SHARED.items():
                term = term.replace(placeholder, alternation)
            terms.append(term.strip())
    return tuple(terms)


CATEGORIES: dict[str, tuple[str, ...]] = {
    "HEALTH": _terms(_HEALTH),
    "DISABILITY": _terms(_DISABILITY),
    "ETHNICITY": _terms(_ETHNICITY),
    "RELIGION": _terms(_RELIGION),
    "SEXUALITY": _terms(_SEXUALITY),
    "TRADE_UNION": _terms(_TRADE_UNION),
    "CRIMINAL_RECORD": _terms(_CRIMINAL_RECORD),
    "IMMIGRATION": _terms(_IMMIGRATION),
    "BIOMETRIC": _terms(_BIOMETRIC),
    "POLITICAL": _terms(_POLITICAL),
}
"""Term expressions per category (lower-case text; see the module docstring for sources)."""
