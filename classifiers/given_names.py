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

_MORE = """
abdirahman abdullahi abimbola abiodun adaora adeel adel adele adriana afua agata ahmad aiden aileen ailsa
aimee aine akash akua alaa aleksandra alina alisha alla alma amal amara amaya amelie amin amira amrit anas
andre andreea andrei andrzej aneta angharad ania anish anjum ann-marie anne-marie anton antonia aoife arif
arlo arnav arooj asad ashraf asma aurelia ayo ayodele ayotunde azra barney bartek basia becca becky belinda
bernadette bernie bethan bev bex bharat bhavesh bogdan bola boris brendan brett bronagh bronwen caleb callan
camilla candice carmel carmen carys cassie catriona cecilia cerys chantelle charis chelsie cherie cheryl chima
chioma chrissie christina christy chukwuma clodagh colm conall cormac corrine cristina cynthia dalia damilola
daniela danuta darius dariusz darragh daryl davina dawid dayo deirdre delia demi denis desmond devi dhruv
dimitri dina dipak dipika dolores dominika donal dorota dwayne dympna edwin efe efua eilidh elif eliza ella-
mae eloise elspeth elwyn emine emre enya erin esther eunice evan evangeline ezra farah farhan faye fazal
felicity felix fernando ffion filip fintan fionn folake francis franciszek gabriel gabriela gabrielle gaurav
genevieve gerard gerry ghazala gina ginny gita godfrey gosia grainne greta griff gwen gwion gwyneth habib
hadiza haleema halima hamid hania hanna haris harjinder harley harpal harvinder hasan heidi helena hollie
humaira hussein ifan ifeoma igor ikechukwu iman inderjit ines ingrid ioan iona irena irfan irina isobel iwona
jacek jadwiga jamal jameela jamila janina janusz jarek jas jasbir javed jaz jenni jenny jerome jess jesse
jessie jignesh jocelyn jolanta jonah jonny jordan-lee josie juan justyna kacper kaja kamala karina karolina
karthik kasim katie-louise katrina kayla kazim kemi kenji keris kerri kiera kim kinga kiran kirsten kobe kojo
krishna kristina kyra lachlan lara larissa latisha laurie lavinia layla leila lena lennon lenny leona lesia
letitia lexie liliana lina lisa-marie lois lola lorcan lorna lottie luca lucia lucja lukas lyndsey maciej
mackenzie maddie maggie mahmood mairead maja malachy malik mamadou manon mared mariam marianne mariusz marley
marta marzena matteo maxine mehmet mei melanie mhairi michaela michal mihai mikolaj milena minnie mira miriam
moira mollie morag moses mustafa myles nabila nadeem nadine nana-ama naseem natasha nathaniel nayeem ndidi
nell nerys nia niamh-rose nicky nico nikhil nikita nikki nisha noreen nuala nur olga olusegun oluwaseun oskar
pavel pavlo pedro petra phil philippa pradeep preeti prem priti rabia radek radhika rafal rafi raheem rahim
raj raja rajinder rakesh ramesh rania rashida ravinder rayan reema remi renata rhian rhiannon rhona riya
roisin roksana rosalind roshan roxanne rukhsar ruksana rumana ruta ryszard sabina sabrina sacha sadie saeed
safiya sahil saira salim salma sameer samir sandeep sanjeev santosh sarita saskia seren shabnam shahida shakil
shamima shanice shanika shanti sharmila shauna sheena shona shreya siddharth silas sinéad sion sione sioned
siân slawomir sofie solomon soraya stefan stefania steph stevie suresh sushila suzie svetlana sylwia szymon
tabitha tahir tamara tamsin tanvir tanya tasha tegan teodora tereza thandiwe tiago tilly timi tobias tomek
tomos trina tristan una uzma val vanya varun veronica viktor viktoria vinny viv vivek wanda wiktoria wojciech
xavier yasir yemi yetunde yiannis yolanda yousef yusra zac zahid zahra zak zaynab zeynep zofia zuzanna
"""
"""Added in stop 29, when its precision set (13) showed colleagues named by a first name alone the lists did not
know ("Pavel", "Aoife", "Bronwen", "Phil", "Raj"): more diminutives and Irish, Welsh, Scottish, Polish, Eastern
European, South Asian, West African and Arabic names, from the same kinds of sources. Checked against every
dataset row before they were added."""

_AMBIGUOUS = """
amber angel angus april art austin autumn bill bob brook carter chase chelsea christian crystal daisy
dale dawn devon faith florence frank georgia glen glenn grace grant hazel holly hope hunter india ivy
jack jade jay jordan joy june kent kerry lance lewis lily lincoln mark mason max may nana olive paris
pat pearl penny poppy ray rose ruby sky skye sue summer sydney ted victoria violet will willow yaw

ada aisling bailey beryl bonnie bruno dana ebony ellis fern iris kimberley kit leigh marina mercy milan
mitchell ola ore paddy perry piers pip precious rana rosa sana savannah shelley sherry shiv sofia stella sunny
tara tiffany tudor
"""

GIVEN_NAMES: frozenset[str] = frozenset(_UNAMBIGUOUS.split() + _MORE.split())
"""Lower-case given names that count as a name even without a surname after them."""

AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset(_AMBIGUOUS.split())
"""Lower-case given names that are also common words or places: need a surname after them."""
