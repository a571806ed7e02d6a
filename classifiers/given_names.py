"""Common given names in the UK, for the rule-based name finder (`names.py`).

Compiled by hand from the kinds of names that head the ONS "Baby names in England
and Wales" tables across the decades of living adults (1930s-2020s), National
Records of Scotland's and NISRA's equivalents (Scottish, Welsh and Irish forms), plus
common names of the UK's larger communities (South Asian, Polish, West African,
Caribbean). It is a recall aid next to spaCy NER (which sometimes
labels a person as an ORG), not a census: a name missing here is still found by NER.

`AMBIGUOUS_GIVEN_NAMES` are also ordinary words or places ("May", "Jordan"); they
count only when a capitalised surname follows.
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS_GIVEN_NAMES", "GIVEN_NAMES"]

_UNAMBIGUOUS = """
aaron abbie abdi abdul abdullah abena abigail abu adaeze adam adebayo adeola adnan adrian afia agnes
agnieszka ahmed aidan aisha ajay akosua alan alasdair albert albie aled alex alexander alexandra alexis
alfie alfred ali alice alicia alison alistair amanda amelia amina amir amit amy andrea andrew angela
anil anita anjali ann anna anne annette annie anthony antonio anya archie aria arjun arthur arun aryan
asha ashleigh ashley ashok asif aston audrey ava ayaan ayesha babajide balwinder barbara barry bartosz
beatrice bella ben benjamin bernard beth bethany beverley bilal billy bobby bradley brandon brenda brian
bridget bryn bryony caitlin callum cameron carl carla carly carol carole caroline catherine charles
charlie charlotte chenoa chiamaka chidi chinedu chloe chris christine christopher cian ciara ciaran
claire clara clare claudette clive colin connor conor courtney craig cyril dafydd damian damien daniel
danielle danny darren darryl david dean debbie deborah declan deepa deepak delroy denise dennis derek
dev diane dominic donald donna doreen doris dorothy douglas duncan dylan eamon edith edna edward eileen
elaine eleanor elena elizabeth ella ellen ellie elliot elliott elsie emeka emilia emily emma emyr eoin
eric ernest errol esme ethan ethel euan eva eve evelyn evie ewa ewan faisal farzana fatima femi fergus
finley fiona frances francesca fred freddie frederick freya funmilayo gail gareth gary gavin geeta gemma
geoffrey george georgina gerald gethin giles gillian gloria gordon graham gregor gregory gurpreet hafsa
hamish hamza hannah harjit harold harpreet harriet harrison harry harvey hassan hayley heather helen
henry herbert hilary hira howard hugh hugo hussain huw ian ibrahim idris imogen imran iqra irene isaac
isabel isabella isabelle isla ismail ivan iwan jackie jacob jacqueline jake jakub james jamie jane janet
janice jasmine jason jaspreet jayden jean jenna jennifer jeremy jessica jill jim jimmy joan joanna
joanne jodie joe joel john jonathan joseph josephine josh joshua joyce jude judith julia julian julie
justin kabir kamil kamran karen karim kasia katarzyna kate katherine kathleen kathryn katie kavita
kayleigh keith kelly kenneth kenny kevin khadija khalid kieran kirsty kofi krzysztof kuldip kwabena
kwame kyle laura lauren leah leanne lee leo leon leonard leroy lesley leslie lexi liam linda lindsay
lindsey lisa logan lorraine louis louise lucas lucy lukasz luke lydia lynda lynn mabel madison magdalena
maisie malcolm malgorzata mandy manjit manoj manpreet marcia marcus marek margaret maria marie marilyn
marion martha martin martyn mary maryam mateusz mathew matilda matthew maureen maya meera megan melissa
mia michael michelle millie mohamed mohammad mohammed molly monica monika muhamed muhammad muriel nadia
naomi nasir nasreen natalie nathan navdeep neha neil niall niamh nicholas nicola nigel nina noah
norma norman obinna oisin oliver olivia olumide omar oscar owain owen padraig paige pamela parveen
patricia patrick paul paula pauline pawel peter philip phillip phoebe piotr pooja priya rachel rahul
rajesh rashid ravi raymond rebecca reece reggie reginald rekha rhys richard riley rita robert robin
roger rohan ronald ronnie rory rosemary rosie ross roy rukhsana rupert russell ruth ryan sadia sajid
sally sam samantha samina samuel sandra sanjay sarah scarlett scott seamus sean segun shabana shahid
shane shannon sharon shaun shazia sheila shirley sidney sienna simon simran sinead siobhan sonia sophia
sophie stacey stanley stephanie stephen steven stuart sukhwinder sunil sunita susan suzanne sylvia tariq
teddy temitope terence teresa terry theo theodore theresa thomas timothy tina toby tom tomasz tommy toni
tony tracey tracy trevor tunde tyler umar usman valerie vanessa vera vicky victor vijay vikram vincent
vivienne walter warren wayne wendy wilfred william yasmin yusuf yvette yvonne zain zainab zara zoe
zubair
"""

_AMBIGUOUS = """
amber angel angus april art austin autumn bill bob brook carter chase chelsea christian crystal daisy
dale dawn devon faith florence frank georgia glen glenn grace grant hazel holly hope hunter india ivy
jack jade jay jordan joy june kent kerry lance lewis lily lincoln mark mason max may nana olive paris
pat pearl penny poppy ray rose ruby sky skye sue summer sydney ted victoria violet will willow yaw
"""

GIVEN_NAMES: frozenset[str] = frozenset(_UNAMBIGUOUS.split())
"""Lower-case given names that count as a name even without a surname after them."""

AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset(_AMBIGUOUS.split())
"""Lower-case given names that are also common words or places: need a surname after them."""
