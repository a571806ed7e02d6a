"""Hand-written public paragraphs that the builder joins into long documents (4-12 KB).

General-knowledge and public-guidance prose written for this set; no person in it is
identifiable and no identifier appears. The builder picks paragraphs with its seeded
RNG and puts one personal sentence at the start, middle or end of some documents.
"""

from __future__ import annotations

PARAGRAPHS = (
    "The Self Assessment system asks people whose income is not fully taxed at source to "
    "report it each year. Most returns are now filed online, and the deadline for an online "
    "return is the thirty-first of January after the end of the tax year. Paper returns are "
    "due earlier, at the end of October. Penalties for late filing start with a fixed amount "
    "and rise the longer the return is outstanding, although a reasonable excuse, such as a "
    "serious illness or a failure of the online service, can lead to the penalty being "
    "cancelled on appeal. Payments on account spread the bill across the year.",
    "Universal Credit replaced six older benefits with a single monthly payment. A claim is "
    "assessed in monthly periods, and the amount depends on household circumstances rather "
    "than on any single earner. Housing costs, childcare and disability can add elements to "
    "the standard allowance, while earnings above a work allowance reduce the award through "
    "a taper. Claimants agree a commitment with a work coach, and the online journal is the "
    "main way of keeping in touch. Advances are available for those who cannot wait for the "
    "first payment, and are repaid from later awards.",
    "The National Health Service in England is organised around integrated care systems, "
    "which bring together hospitals, general practice, community services and local "
    "authorities in a given area. Commissioning decisions that were once made by clinical "
    "commissioning groups now sit with integrated care boards. National bodies set "
    "standards, publish performance data and support improvement, while regulators inspect "
    "the quality and safety of care. Scotland, Wales and Northern Ireland run their own "
    "health services under devolved arrangements, with different structures and targets.",
    "Vehicle registration in Great Britain links each vehicle to a registered keeper, who is "
    "not necessarily the owner. The registration certificate records the vehicle's details "
    "and must be updated when the vehicle is sold, scrapped or exported. Current number "
    "plates follow a format introduced in 2001, in which two letters show the region, two "
    "numbers show the age of the vehicle and three random letters complete the mark. "
    "Personalised registrations can be bought and transferred, but cannot be used to make a "
    "vehicle look newer than it is.",
    "The courts of England and Wales are arranged in tiers. Magistrates' courts deal with "
    "the great majority of criminal cases, from minor motoring offences to cases sent on to "
    "the Crown Court for trial by jury. Civil disputes are allocated to the small claims, "
    "fast or multi-track depending on their value and complexity. Appeals move upward to "
    "the High Court and the Court of Appeal, and the Supreme Court hears cases of general "
    "public importance. Tribunals handle specialised disputes, for example about benefits, "
    "employment and immigration decisions.",
    "Water moves continuously between the oceans, the air and the land. Heat from the sun "
    "evaporates water from seas and lakes, and plants release vapour through their leaves. "
    "As moist air rises it cools, and the vapour condenses into droplets that form clouds. "
    "When the droplets grow heavy enough they fall as rain, sleet or snow. Some of that "
    "water runs off into rivers, some soaks into the ground to recharge aquifers, and some "
    "is stored for long periods in ice sheets and glaciers before the cycle begins again.",
    "The railway age in Britain began in earnest in the 1820s and 1830s, when lines built "
    "for freight proved that steam locomotives could also carry passengers at speed. Within "
    "two decades a national network had taken shape, driven by private companies and a "
    "speculative boom. Standard time was adopted partly because timetables needed a single "
    "clock. The network shrank sharply in the 1960s after a review recommended closing "
    "lines that lost money, and it was later privatised in the 1990s before parts returned "
    "to public control.",
    "Inflation measures how quickly prices rise across the economy. The headline measure in "
    "the United Kingdom tracks the cost of a basket of goods and services that households "
    "typically buy, weighted by how much is spent on each. The central bank sets interest "
    "rates with the aim of keeping inflation close to a target of two per cent over the "
    "medium term. Higher rates make borrowing more expensive and saving more attractive, "
    "which tends to cool demand, although the effect takes many months to come through.",
    "Photosynthesis is the process by which green plants use light to turn carbon dioxide "
    "and water into sugars, releasing oxygen as a by-product. It takes place mainly in the "
    "leaves, inside chloroplasts that contain the pigment chlorophyll. The light-dependent "
    "reactions capture energy and split water, while the light-independent reactions fix "
    "carbon into organic molecules. The rate of photosynthesis depends on light intensity, "
    "temperature and the concentration of carbon dioxide, and it underpins almost every "
    "food chain on the planet.",
    "Local authorities in England raise money from council tax, business rates and grants "
    "from central government, and they spend it on services ranging from adult social "
    "care to waste collection. Each property is placed in a council tax band according to "
    "its value on a fixed date, and discounts apply to people who live alone or to some "
    "students and carers. Councils set their budgets each spring and publish how the money "
    "is divided between services, with limits on how far bills can rise without a local "
    "referendum.",
    "Data protection law gives people rights over information about them. Organisations "
    "must have a lawful basis for processing personal data, tell people what they do with "
    "it, keep it accurate and secure, and hold it no longer than necessary. Individuals can "
    "ask for a copy of their data, ask for errors to be corrected and in some cases object "
    "to its use. Certain kinds of information, such as health data, need extra care. The "
    "regulator can issue fines and enforcement notices when these duties are not met.",
    "Parliament at Westminster has two chambers. The House of Commons is elected at general "
    "elections, and the party that can command its confidence forms the government. The "
    "House of Lords, which is largely appointed, revises legislation and can delay most "
    "bills but not block them indefinitely. A bill passes through several readings and a "
    "committee stage in each House before receiving Royal Assent. Select committees examine "
    "the work of government departments and publish reports to which ministers respond.",
    "The Great Exhibition of 1851 was held in a vast glass and iron building in Hyde Park. "
    "It showcased manufactured goods, machinery and raw materials from across the world, "
    "and drew millions of visitors over several months. Its profits helped to found a "
    "cluster of museums and colleges in South Kensington. The building itself was later "
    "moved to south London, where it stood until it was destroyed by fire in 1936, and the "
    "area around its second site still carries its name.",
    "Heat pumps move heat rather than generate it. An air source heat pump draws warmth "
    "from outside air, even on cold days, and uses a compressor to raise it to a useful "
    "temperature for radiators or hot water. Because they move more energy than they use, "
    "they can be several times as efficient as a conventional boiler. They work best in "
    "well-insulated homes with larger radiators or underfloor heating, running at lower "
    "flow temperatures for longer periods rather than in short bursts.",
    "The immigration system sets routes for work, study, family and protection, each with "
    "its own requirements. Skilled workers usually need a job offer from a licensed "
    "sponsor at an appropriate skill level and salary. Students need an offer from a "
    "licensed institution and must show they can support themselves. Family routes have "
    "financial and relationship requirements, and applications for protection are "
    "considered under the Refugee Convention and human rights law. Most migrants now "
    "prove their status digitally rather than with a physical card.",
    "Coastal erosion reshapes the shoreline wherever soft rock meets strong waves. Along "
    "parts of the east coast of England, cliffs made of clay and sand retreat by a metre or "
    "more in a typical year, and faster during storms. Engineers can slow the process with "
    "sea walls, groynes and rock armour, but these defences are expensive and can push the "
    "problem further along the coast. Shoreline management plans now weigh the cost of "
    "holding the line against allowing some areas to adapt naturally.",
    "Vaccination trains the immune system to recognise a pathogen without causing the "
    "disease. Many vaccines contain an inactivated or weakened form of the organism, or a "
    "harmless part of it, while newer designs give cells instructions to make a single "
    "protein. When the real pathogen is met later, memory cells respond quickly. High "
    "coverage in a population also protects those who cannot be vaccinated, because the "
    "infection struggles to spread. The routine schedule in the UK starts at eight weeks.",
    "The Domesday survey of 1086 recorded land, resources and obligations across much of "
    "England for the new Norman regime. Commissioners visited each county and questioned "
    "juries about who held land before and after the conquest, how many ploughs and mills "
    "there were, and what the land was worth. The results were condensed into two volumes "
    "that remain among the most important sources for medieval history, and they are now "
    "kept at the National Archives at Kew.",
    "Good public services start with an understanding of what users need. Teams speak to "
    "the people who will use a service, test early prototypes and improve them in short "
    "cycles rather than specifying everything up front. Services are assessed against a "
    "published standard before they go live, covering accessibility, security, performance "
    "and the ability to keep improving after launch. Plain language, clear error messages "
    "and an assisted digital route for people who cannot use the online service are all "
    "expected.",
    "Tides are caused mainly by the gravitational pull of the moon, with a smaller "
    "contribution from the sun. Most coasts see two high and two low tides each day. When "
    "the sun and moon line up, around new and full moon, the tidal range is greatest; these "
    "are spring tides. A week later, when they pull at right angles, the range is smallest "
    "and the tides are called neaps. The shape of the coast and the sea bed can amplify the "
    "range dramatically, as in the Severn Estuary.",
    "Apprenticeships combine paid work with training towards a recognised standard. An "
    "apprentice spends part of their time learning away from the job, with a college or "
    "training provider, and the rest working alongside experienced staff. Employers with a "
    "large pay bill pay a levy that they can draw on to fund training, while smaller "
    "employers share the cost with the government. Standards are designed by groups of "
    "employers and range from entry level to degree-level programmes.",
    "The Industrial Revolution transformed the textile trade first. Water frames and then "
    "steam-powered mills concentrated spinning and weaving in factories, which drew workers "
    "from the countryside into fast-growing towns. Canals and later railways cut the cost "
    "of moving coal and raw cotton. Conditions in early mills were harsh, and a series of "
    "Factory Acts gradually limited the hours of women and children and introduced "
    "inspection. The period also saw the rise of trade unions and friendly societies.",
    "Air quality in cities is affected by traffic, heating, industry and weather. Nitrogen "
    "dioxide comes mostly from road vehicles, especially older diesels, while fine "
    "particles have many sources, including wood burning and brake and tyre wear. Long-term "
    "exposure is linked to heart and lung disease. Some cities charge the most polluting "
    "vehicles to enter central zones, and monitoring stations publish hourly readings so "
    "that people with respiratory conditions can plan their day.",
    "Libraries have adapted repeatedly to changing technology. Public libraries opened "
    "across Britain after legislation in the mid-nineteenth century allowed towns to fund "
    "them from the rates. Many later benefited from philanthropic building grants. Today "
    "they lend e-books and audiobooks alongside print, offer free computer access and "
    "digital skills sessions, and host activities for children. Usage varies widely "
    "between areas, and many branches are now run with volunteers or in shared buildings.",
)
