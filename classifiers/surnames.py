"""Common UK surnames, for the rule-based name finder (`names.py`).

Compiled by hand from the kinds of names that head published frequency lists: the
ONS analysis of surnames on the NHS Central Register for England and Wales, National
Records of Scotland's "most common surnames", the Oxford "Family Names of the United
Kingdom" project's frequency figures, and the commonest family names of the UK's
larger communities (South Asian, East Asian, Polish, West African). Names that are
also everyday words or places ("Hill", "Wood", "Green", "King", "White", "Ward", "Wells", "Grant") are
left out: after an unknown capitalised word they are too often a place or a brand.

A surname here lets "<capitalised word> <surname>" be a name candidate when the first
word is not a known given name ("Ottilie Jones"); whether it is a private
individual's name is still decided from context in `aggregate.py`.
"""

from __future__ import annotations

__all__ = ["SURNAMES"]

_SURNAMES = """
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright
walker edwards hughes lewis harris clarke clark patel jackson turner martin cooper morris moore lee
harrison morgan allen scott phillips watson davis parker price bennett griffiths mitchell kelly carter
richardson bailey collins shaw murphy miller cox richards khan marshall anderson simpson ellis adams
singh begum wilkinson foster chapman powell webb rogers mason ali hussain campbell matthews owen palmer
holmes barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham
pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders payne pearce
lawrence atkinson bradley spencer gill dawson burton watts booth perry ryan armstrong francis rees hayes
hudson newman barrett webster gregory carr lowe riley dunn parsons berry reid hawkins harding porter
robertson newton kennedy williamson gardner shah dean cooke bates henderson parry burgess walton burns
nicholson ross freeman warren nicholls hamilton byrne sutton mcdonald macdonald yates hodgson robson
curtis hopkins harper coleman watkins mccarthy chambers griffin sharp hardy wheeler potter osborne
johnston gordon doyle wallace hutchinson fraser duncan sinclair douglas thomson paterson morrison
ferguson kerr davidson mackenzie mckenzie macleod docherty gallagher doherty lynch quinn mclaughlin
connolly daly brennan burke farrell fitzgerald maguire nolan flynn callaghan duffy boyle healy sweeney
kavanagh mcgrath moran brady casey foley fitzpatrick donnelly donovan flanagan cunningham sheehan whelan
lyons higgins cullen keane mckenna hogan magee mcnamara buckley vaughan bowen pritchard llewellyn
howells meredith rahman iqbal mahmood malik sharma kumar hussein mistry chauhan sandhu sidhu dhillon
bains choudhury chowdhury uddin miah bibi mohammed mohamed ahmad aslam bashir butt qureshi raza sheikh
siddiqui ansari desai joshi mehta parmar solanki gupta verma nair das bose banerjee chatterjee chen wang
zhang liu yang huang zhao zhou wong chan cheung lau leung nguyen tran pham okafor adeyemi
adebayo okeke nwosu mensah owusu boateng asante osei appiah mohamud abdi hassan farah ibrahim nowak
kowalski kowalska wisniewski wojcik kaminski lewandowski zielinski szymanski wozniak kaczmarek popescu
silva santos ferreira pereira costa rodrigues fernandes gomes garcia lopez rossi
"""

SURNAMES: frozenset[str] = frozenset(_SURNAMES.split())
"""Lower-case common surnames (none of them also an everyday word or place name)."""
