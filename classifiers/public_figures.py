"""Names of well-known public, historical and fictional people: public wherever they appear.

Strict mode reads a full name in plain narrative as a private individual's
(`name_narrative.py`) unless something says it is public. General-knowledge wording
says so for most public figures ("Who was...", "prime minister", a year long ago);
this list says it for the best-known ones, named in a bare statement or request
("Emmeline Pankhurst led the suffragettes.", "Summarise Angela Merkel's refugee
policy."). Compiled by hand from the kinds of names school curricula, UK news and
quiz books name most: British and world leaders, royals, scientists, writers,
artists, musicians, athletes, broadcasters, and the commonest fictional characters.
It is a precision aid, not a census: a public figure missing here is still public in
a question, beside public wording, or in a text with a general-knowledge question.

`FULL_NAMES` match the whole candidate (lower case, possessive dropped);
`SINGLE_NAMES` are surnames or mononyms distinctive enough that any candidate
containing one is the public figure ("Mr Gandhi", "Winston Churchill's").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["FULL_NAMES", "SINGLE_NAMES", "is_placeholder_name", "is_public_figure", "named_as_member"]

_FULL = """
winston churchill|margaret thatcher|tony blair|gordon brown|david cameron|theresa may|boris johnson|liz truss|
rishi sunak|keir starmer|john major|harold wilson|clement attlee|neville chamberlain|jeremy corbyn|nick clegg|
nigel farage|ed miliband|jacob rees-mogg|michael gove|sadiq khan|nicola sturgeon|alex salmond|humza yousaf|
john swinney|mark drakeford|vaughan gething|eluned morgan|michelle o'neill|angela rayner|rachel reeves|
kemi badenoch|jeremy hunt|priti patel|suella braverman|yvette cooper|david lammy|wes streeting|ed davey|
barack obama|michelle obama|donald trump|joe biden|kamala harris|hillary clinton|bill clinton|george bush|
george w bush|ronald reagan|john f kennedy|jfk|abraham lincoln|george washington|thomas jefferson|
franklin roosevelt|theodore roosevelt|richard nixon|jimmy carter|angela merkel|emmanuel macron|
vladimir putin|volodymyr zelensky|xi jinping|narendra modi|justin trudeau|jacinda ardern|nelson mandela|
mahatma gandhi|martin luther king|malcolm x|rosa parks|mother teresa|pope francis|dalai lama|desmond tutu|
fidel castro|che guevara|mao zedong|joseph stalin|adolf hitler|benito mussolini|napoleon bonaparte|
julius caesar|alexander the great|cleopatra|charles de gaulle|mikhail gorbachev|kofi annan|
king charles|queen elizabeth|elizabeth ii|queen victoria|prince william|prince harry|prince philip|
princess diana|diana spencer|kate middleton|catherine middleton|meghan markle|prince andrew|princess anne|
camilla parker bowles|queen camilla|king george|edward viii|henry viii|elizabeth i|mary queen of scots|
anne boleyn|catherine of aragon|jane seymour|thomas cromwell|oliver cromwell|thomas more|richard iii|
william the conqueror|alfred the great|boudicca|robert the bruce|william wallace|guy fawkes|
horatio nelson|duke of wellington|florence nightingale|mary seacole|edith cavell|emmeline pankhurst|
emily davison|millicent fawcett|isambard kingdom brunel|james watt|george stephenson|
isaac newton|albert einstein|charles darwin|marie curie|rosalind franklin|ada lovelace|alan turing|
stephen hawking|galileo galilei|nikola tesla|thomas edison|alexander fleming|louis pasteur|
alexander graham bell|tim berners-lee|michael faraday|james clerk maxwell|edward jenner|joseph lister|
dorothy hodgkin|jane goodall|david attenborough|brian cox|carl sagan|richard dawkins|sigmund freud|
karl marx|adam smith|john maynard keynes|plato|aristotle|socrates|confucius|
william shakespeare|charles dickens|jane austen|charlotte bronte|emily bronte|george orwell|
virginia woolf|agatha christie|j k rowling|jk rowling|j.k. rowling|roald dahl|c s lewis|j r r tolkien|
jrr tolkien|oscar wilde|thomas hardy|mary shelley|lewis carroll|beatrix potter|enid blyton|
william wordsworth|john keats|lord byron|percy shelley|robert burns|dylan thomas|seamus heaney|
sylvia plath|maya angelou|toni morrison|ernest hemingway|mark twain|f scott fitzgerald|
chimamanda ngozi adichie|zadie smith|salman rushdie|kazuo ishiguro|ian mcewan|hilary mantel|
leonardo da vinci|michelangelo|pablo picasso|vincent van gogh|claude monet|rembrandt|frida kahlo|
andy warhol|banksy|david hockney|tracey emin|j m w turner|john constable|l s lowry|
wolfgang amadeus mozart|ludwig van beethoven|johann sebastian bach|edward elgar|
john lennon|paul mccartney|ringo starr|george harrison|freddie mercury|david bowie|elton john|
mick jagger|amy winehouse|adele|ed sheeran|taylor swift|beyonce|rihanna|stormzy|dua lipa|harry styles|
lady gaga|madonna|michael jackson|elvis presley|bob dylan|bob marley|kylie minogue|
david beckham|victoria beckham|harry kane|wayne rooney|marcus rashford|bukayo saka|jude bellingham|
lionel messi|cristiano ronaldo|pele|diego maradona|alex ferguson|gareth southgate|
andy murray|emma raducanu|serena williams|venus williams|roger federer|rafael nadal|novak djokovic|
lewis hamilton|usain bolt|mo farah|jessica ennis|kelly holmes|tom daley|chris hoy|bradley wiggins|
muhammad ali|tyson fury|anthony joshua|ben stokes|tiger woods|
tom cruise|tom hanks|meryl streep|judi dench|helen mirren|kate winslet|emma watson|daniel radcliffe|
benedict cumberbatch|idris elba|daniel craig|sean connery|michael caine|anthony hopkins|
charlie chaplin|marilyn monroe|audrey hepburn|bruce willis|leonardo dicaprio|brad pitt|
gordon ramsay|jamie oliver|mary berry|delia smith|nigella lawson|
elon musk|jeff bezos|bill gates|steve jobs|mark zuckerberg|warren buffett|richard branson|alan sugar|
greta thunberg|malala yousafzai|anne frank|oprah winfrey|
stephen fry|graham norton|ant and dec|piers morgan|jeremy clarkson|
sherlock holmes|harry potter|hermione granger|ron weasley|albus dumbledore|lord voldemort|
elizabeth bennet|fitzwilliam darcy|jane eyre|mr rochester|ebenezer scrooge|oliver twist|
atticus finch|jay gatsby|bilbo baggins|frodo baggins|james bond|mr bean|homer simpson|bart simpson|
peter pan|winnie the pooh|paddington bear|peter rabbit|miss havisham|romeo and juliet|lady macbeth|
harold macmillan|anthony eden|edward heath|james callaghan|alec douglas-home|stanley baldwin|lloyd george|
ramsay macdonald|william gladstone|benjamin disraeli|robert peel|william pitt|aneurin bevan|
nye bevan|barbara castle|mo mowlam|john prescott|alastair campbell|peter mandelson|dominic cummings|
matt hancock|chris whitty|patrick vallance|andy burnham|ken livingstone|george osborne|ed balls|vince cable|
caroline lucas|diane abbott|john bercow|lindsay hoyle|tony benn|enoch powell|keir hardie|
prince george|princess charlotte|prince edward|princess margaret|queen mother|king edward|queen mary|
charles iii|william iv|george vi|george v|george iii|victoria and albert|prince albert|
ronald mcnair|neil armstrong|buzz aldrin|yuri gagarin|tim peake|helen sharman|
florence nightingale|grace darling|elizabeth fry|octavia hill|william wilberforce|thomas paine|
thomas cranmer|anne of cleves|catherine howard|catherine parr|lady jane grey|mary tudor|
charles i|charles ii|james i|james ii|william of orange|richard the lionheart|king john|
shakespeare|christopher marlowe|john milton|geoffrey chaucer|samuel johnson|samuel pepys|
jane goodall|rachel carson|james lovelock|francis crick|crick and watson|
john logie baird|charles babbage|robert hooke|edmond halley|humphry davy|mary anning|
ernest rutherford|niels bohr|max planck|richard feynman|enrico fermi|robert oppenheimer|
j robert oppenheimer|werner heisenberg|erwin schrodinger|dmitri mendeleev|gregor mendel|
florence welch|noel gallagher|liam gallagher|damon albarn|robbie williams|cheryl cole|
spice girls|victoria wood|ronnie barker|ronnie corbett|eric morecambe|ernie wise|
bruce forsyth|terry wogan|david dimbleby|jeremy vine|huw edwards|fiona phillips|
ant mcpartlin|declan donnelly|alan partridge|del boy|basil fawlty|
bobby moore|geoff hurst|gary neville|steven gerrard|frank lampard|paul gascoigne|
alan shearer|kevin keegan|harry redknapp|roy keane|eric cantona|thierry henry|
kylian mbappe|erling haaland|mohamed salah|kevin de bruyne|phil foden|declan rice|
jonny wilkinson|jpr williams|
ian botham|jimmy anderson|stuart broad|joe root|alastair cook|shane warne|sachin tendulkar|
nick faldo|seve ballesteros|jack nicklaus|
steve redgrave|matthew pinsent|ellie simmonds|tanni grey-thompson|
jonnie peacock|daley thompson|linford christie|sebastian coe|steve ovett|
torvill and dean|jayne torvill|christopher dean|
fred perry|tim henman|virginia wade|billie jean king|
nigel mansell|damon hill|jenson button|jackie stewart|stirling moss|
frank bruno|lennox lewis|joe calzaghe|
kate bush|annie lennox|shirley bassey|cilla black|vera lynn|
olivia colman|maggie smith|julie andrews|hugh grant|colin firth|
jim broadbent|gary oldman|ralph fiennes|michael sheen|ian mckellen|patrick stewart|
tom hiddleston|eddie redmayne|cillian murphy|paul mescal|jodie comer|florence pugh|
john cleese|michael palin|rowan atkinson|billy connolly|
david walliams|dawn french|jennifer saunders|
andrew lloyd webber|cameron mackintosh|
gordon brown|alex salmond|anas sarwar|
arthur conan doyle|charlotte brontë|anne bronte|bram stoker|h g wells|rudyard kipling|
robert louis stevenson|walter scott|ian fleming|john le carre|terry pratchett|
philip pullman|julia donaldson|michael morpurgo|david walliams|
pep guardiola|jurgen klopp|arsene wenger|jose mourinho|christian horner|toto wolff|max verstappen|
marks and spencer|john lewis|morgan stanley|goldman sachs|rolls royce|jack daniels|ben and jerry's|
tommy hilfiger|calvin klein|ted baker|alexander mcqueen|paul smith|dr martens|dr pepper|mr kipling|
ronald mcdonald|colonel sanders|harvey nichols|john menzies|dorothy perkins|laura ashley|
"""

_SINGLE = """
churchill thatcher gandhi mandela shakespeare einstein darwin newton dickens napoleon hitler stalin
cromwell tudor plantagenet windsor nightingale pankhurst brunel austen bronte orwell tolkien beethoven
mozart picasso obama trump biden putin zelensky merkel macron sunak starmer truss corbyn attenborough
hawking turing lovelace curie galileo aristotle plato socrates freud marx keynes hamlet macbeth othello
scrooge gatsby voldemort dumbledore batman superman beyonce rihanna banksy darcy havisham jekyll
guardiola klopp mourinho wenger sainsbury sainsbury's
"""

FULL_NAMES: frozenset[str] = frozenset(n.strip() for n in _FULL.replace("\n", "").split("|") if n.strip())
_PLACEHOLDER_NAMES = frozenset(
    "jane doe|john doe|joe bloggs|jo bloggs|joe public|a n other|max mustermann|erika mustermann".split("|")
)
_FORM_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_PLACEHOLDER_WORDS = frozenset({"example", "sample", "test", "placeholder", "dummy", "citizen", "surname", "forename"})
"""A word that makes a name a form's or a fixture's ("Jane Example", "Test User", "Jane Citizen")."""
_PLACEHOLDER_WORDING = re.compile(
    r"(?<![a-z])(?:dummy|fake|fixtures?|placeholder|example|sample|test data|made-up|fictitious|demo|synthetic|"
    r"not a real person|style guide)(?![a-z])"
)


_MEMBER_AFTER = re.compile(
    r"[ ]*\([A-Z][A-Za-z ,.'\-&]{2,60}\)[ ]*\((?:Lab|Lab/Co-op|Con|LD|Lib Dem|SNP|DUP|PC|Green|Reform|Reform UK|Ind|"
    r"Alba|SDLP|UUP|Alliance|SF|TUV)\)"
)
"""Hansard's way of naming a member: the name, the constituency, the party ("Florence Eshalomi (Vauxhall and
Camberwell Green) (Lab/Co-op)"): someone speaking in Parliament in a public role."""


def named_as_member(text: str, end: int) -> bool:
    """The name ending at `end` is followed by a constituency and a party, as Hansard names members."""
    return _MEMBER_AFTER.match(text, end) is not None


def is_placeholder_name(text: str, lower: str, start: int, end: int) -> bool:
    """A name made of a placeholder word ("Jane Example"), or the name documentation and test fixtures use for
    nobody in a text that says so ("Our pytest fixture uses 'Jane Doe, 1 Example Road' as the dummy address").
    Without that wording "Jane Doe" stays a name: people are called Doe and Bloggs, and a redaction must not
    send theirs."""
    words = text[start:end].lower().replace(".", " ").split()
    if any(word in _PLACEHOLDER_WORDS for word in words):
        return True  # "Jane Example", "Test User", "Jane Citizen"
    while len(words) > 2 and words[0] in _FORM_TITLES:  # "Mr A N Other", "Mr Joe Bloggs"
        words = words[1:]
    return " ".join(words) in _PLACEHOLDER_NAMES and _PLACEHOLDER_WORDING.search(lower) is not None
"""Whole names, lower case (also brands named after people: "John Lewis", "Mr Kipling")."""
_PARTS: frozenset[str] = frozenset(
    " ".join(words[i:]) for words in (name.split() for name in FULL_NAMES) for i in range(1, len(words) - 1)
)
"""The last two or more words of a longer full name ("ngozi adichie", "kingdom brunel"): a candidate may cover
only those. Runs without the surname ("john maynard") are ordinary names."""

SINGLE_NAMES: frozenset[str] = frozenset(_SINGLE.split())
"""Distinctive surnames and mononyms, lower case."""

_TITLES = frozenset(
    {"mrs", "ms", "miss", "sir", "dame", "lady", "lord", "prof", "professor", "rev", "st", "sister", "nurse", "fr"}
)
"""Titles dropped before the lookup ("Sir Isaac Newton"); not "Mr" and "Dr", which brands keep ("Dr Pepper")."""


@lru_cache(maxsize=8192)
def is_public_figure(name: str) -> bool:
    """True when a name candidate's text is a well-known public, historical or fictional person's.

    Cached: the classifier asks about every name candidate, and names repeat.

    Args:
        name: The candidate's text as written ("Angela Merkel's", "Mr. Gandhi", "winston churchill").
    """
    lowered = name.lower().replace("’", "'").removesuffix("'s").replace(".", " ")
    words = [w for w in lowered.split() if w]
    if " ".join(words) in FULL_NAMES:
        return True
    while words and words[0] in _TITLES | {"mr", "dr"}:
        words = words[1:]
    if not words:
        return False
    joined = " ".join(words)
    if joined in FULL_NAMES or joined in _PARTS or lowered.strip() in FULL_NAMES:
        return True
    return any(w in SINGLE_NAMES for w in words)
