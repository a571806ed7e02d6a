"""Common given names in the UK, for the rule-based name finder (`names.py`).

Compiled by hand from the kinds of names that head the ONS "Baby names in England
and Wales" tables across the decades of living adults, plus common names of the
UK's larger communities. It is a recall aid next to spaCy NER (which sometimes
labels a person as an ORG), not a census: a name missing here is still found by NER.

`AMBIGUOUS_GIVEN_NAMES` are also ordinary words or places ("May", "Jordan"); they
count only when a capitalised surname follows.
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS_GIVEN_NAMES", "GIVEN_NAMES"]

_UNAMBIGUOUS = """
aaron abdul abdullah abdi abigail abu adam adebayo adeola adrian afia agnes ahmed aidan aisha alan
albert alex alexander alexandra alexis alfie ali alice alicia alison amanda amelia amina
amir amy andrea andrew angela anil anita ann anna anne annette anthony antonio anya archie arjun
arthur arun asha ashley asif aston audrey ava ayesha barbara barry beatrice bella ben benjamin
bernard beth bethany beverley bilal billy brandon brenda brian bridget bryony caitlin callum
cameron carl carla carly carol caroline catherine charlie charlotte chenoa chloe chris christine
christopher ciara claire clare colin connor craig daniel danielle darren david dean deborah declan
deepak denise dennis derek dev diane dominic donna dorothy douglas dylan eamon edward eileen elaine
eleanor elena elizabeth ella ellie emily emma eric ethan eve evelyn fatima fergus fiona francesca
freddie freya gareth gary gavin gemma geoffrey george georgina gerald gillian gordon graham gregory
gurpreet hamza hannah harjit harriet harrison harry harvey hassan hayley heather helen henry
howard hugh hussain ian imogen imran irene isaac isabel isabella isabelle isla ivan jacob jacqueline
jake james jamie jane janet janice jasmine jason jayden jennifer jeremy jessica joan joanna joanne joe
john jonathan joseph josephine joshua joyce judith julia julie justin kabir karen karim kate katherine
kathleen katie kayleigh keith kelly kenneth kevin khadija kieran kirsty kwame kyle laura lauren
leah lee leon leonard liam linda lindsay lisa logan lorraine louis louise lucas lucy luke lynn
madison malcolm manpreet margaret maria marie marion marcus martin mary matthew maureen megan
melissa michael michelle mohamed mohammed mohammad muhamed muhammad nadia naomi natalie nathan neil nicholas nicola
niamh nigel noah norman oliver olivia omar oscar owen pamela patricia patrick paul pauline peter
philip phoebe priya rachel rahul rajesh raymond rebecca reece rhys richard rita robert robin
rohan ronald rosemary ross ruth ryan sadia sally samantha samuel sandra sanjay sarah scarlett
sean shabana shannon sharon sheila shirley siobhan simon sinead sophia sophie stacey stanley
stephanie stephen steven stuart susan suzanne tariq teresa theo theodore thomas timothy tina toby
tom tracey tyler usman valerie vanessa victor vikram vincent wayne wendy william yasmin yusuf
zainab zara zoe
"""

_AMBIGUOUS = """
april art austin autumn bill brook carter chase chelsea crystal daisy dawn devon faith florence
frank georgia grace hope hunter india ivy jack jade jordan joy june kent lily lincoln mark may
olive paris pearl penny poppy rose ruby skye summer sydney victoria will
"""

GIVEN_NAMES: frozenset[str] = frozenset(_UNAMBIGUOUS.split())
"""Lower-case given names that count as a name even without a surname after them."""

AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset(_AMBIGUOUS.split())
"""Lower-case given names that are also common words or places: need a surname after them."""
