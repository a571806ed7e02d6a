"""Public-service guidance paragraphs written for held-out set 6.

Used as the public body of long documents (beside the licence texts in
``holdout6_passages``) and as public department texts. They describe procedures in
general terms and name nobody.
"""

from __future__ import annotations

GUIDANCE: tuple[str, ...] = (
    "Council tax is charged on most domestic properties in England, Scotland and Wales. The amount depends on "
        "the valuation band the property was placed in, which for England and Scotland reflects its value on 1 "
        "April 1991 and for Wales on 1 April 2003. Bands run from A to H in England and Scotland and from A to I in "
        "Wales. If you think the band is wrong you can ask the Valuation Office Agency to check it, but the band "
        "can go down, up, or stay the same, and you must keep paying while the check is under way.",
    "A Self Assessment tax return for the tax year ending 5 April must normally reach HMRC by 31 October if "
        "sent on paper, or by 31 January of the following year if filed online. Any tax owed is due by 31 January "
        "as well, with a second payment on account due by 31 July where payments on account apply. A return that is "
        "up to three months late attracts a fixed penalty of £100, and further penalties follow after three, six "
        "and twelve months. Interest is charged on tax paid late, and a reasonable excuse can be put forward when "
        "appealing a penalty.",
    "Universal Credit is paid monthly in arrears. Each assessment period lasts one month and starts on the date "
        "the claim was made; the payment normally arrives seven days after the period ends. Earnings reported "
        "through Real Time Information by an employer are taken into account in the period in which they are "
        "received, which can mean that a four-weekly pay cycle produces two payments in one period. Housing costs "
        "for renters are usually included in the monthly award and are generally paid to the claimant rather than "
        "to the landlord, unless an alternative payment arrangement is agreed.",
    "Most cars, motorcycles and vans need an MOT test by the third anniversary of their first registration and "
        "every year after that. Vehicles built or first registered more than forty years ago may be exempt if they "
        "have not been substantially changed. An MOT certificate confirms that the vehicle met the minimum road "
        "safety and environmental standards at the time of the test; it is not evidence of the general mechanical "
        "condition. Driving without a valid MOT can lead to a fine of up to £1,000, although a vehicle may be "
        "driven to a pre-booked test.",
    "If you call NHS 111 you will be asked a series of questions about your symptoms by a trained adviser, who "
        "may arrange for a nurse, paramedic or doctor to call you back. The service can book an appointment at an "
        "urgent treatment centre or emergency department, arrange an out-of-hours GP, or advise on caring for "
        "yourself at home. In a life-threatening emergency, such as chest pain, severe bleeding or signs of a "
        "stroke, you should call 999 instead. Interpreters are available in many languages, and a text relay "
        "service is offered for people who are deaf or have difficulty speaking.",
    "Jury service usually lasts up to ten working days, although some trials last longer. Anyone aged 18 to 75 "
        "who is registered to vote and has lived in the United Kingdom for at least five years since the age of "
        "thirteen can be summoned. A summons can be deferred once to a date within twelve months, and excusal is "
        "granted only for good reason. Employers do not have to pay staff while they are on jury service, but "
        "jurors can claim for loss of earnings, travel and food up to daily limits set by the court service.",
    "To apply for a grant of probate you usually need the original will, a death certificate or interim "
        "certificate from the coroner, and an estimate of the value of the estate. Inheritance Tax forms must be "
        "submitted, or the estate shown to be excepted, before the probate application is made, and where tax is "
        "payable at least part of it must be paid before the grant is issued. Applications can be made online by a "
        "personal representative or by a solicitor. Processing times vary with demand and are published regularly.",
    "A lasting power of attorney lets a person appoint one or more attorneys to make decisions for them if they "
        "lose mental capacity, or if they no longer wish to make decisions themselves. There are two types: one for "
        "property and financial affairs, and one for health and welfare. The document must be registered with the "
        "Office of the Public Guardian before it can be used, and registration involves a fee unless an exemption "
        "or remission applies. A certificate provider must confirm that the donor understands the document and is "
        "not under pressure to sign it.",
    "Flood warnings in England are issued by the Environment Agency in three levels: flood alert, meaning "
        "flooding is possible and you should be prepared; flood warning, meaning flooding is expected and immediate "
        "action is required; and severe flood warning, meaning there is a danger to life. Warnings can be received "
        "by phone, text or e-mail after registering for the free service. Local authorities are responsible for "
        "surface water flooding and may provide sandbags in some areas, though households are encouraged to buy "
        "their own flood protection products in advance.",
    "A standard adult passport application for a renewal made online is usually processed within three weeks, "
        "though it can take longer if more information is needed or if the application is sent by post. The old "
        "passport must be returned, and any remaining validity of up to nine months is no longer added to the new "
        "document. Fast Track and Online Premium services are available for an additional fee when travel is "
        "urgent, subject to appointment availability. Photographs must meet strict rules on size, background, "
        "lighting and facial expression.",
    "The Highway Code applies to all road users in England, Scotland and Wales. Some of its rules are legal "
        "requirements, identified by the words must or must not and backed by legislation such as the Road Traffic "
        "Act 1988, while others are advisory. A hierarchy of road users introduced in January 2022 places the "
        "greatest responsibility on those who can do the most harm. Cyclists may ride in the centre of a lane on "
        "quieter roads, in slower-moving traffic and at the approach to junctions, and drivers should leave at "
        "least 1.5 metres when overtaking a cyclist at speeds up to 30 mph.",
    "Public libraries in England are run by local authorities under the Public Libraries and Museums Act 1964, "
        "which requires each library authority to provide a comprehensive and efficient service. Membership is "
        "free, and most authorities let members borrow e-books, audiobooks and digital newspapers as well as "
        "printed books. Computers with internet access are available in most branches, often with help for people "
        "applying for jobs or benefits online. Many libraries also host Warm Spaces, rhyme-time sessions for young "
        "children and reading schemes during the summer holidays.",
)
