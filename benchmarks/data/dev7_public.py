# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Public look-alikes of development set 7 (`dev7_rules.py`): the same cues and shapes, nobody's data.

Written by hand for issue 9's ninth pass, one group per personal group of `dev7_personal.py`:
address words with no household address (organisations, prose, code), plate-shaped codes with no
vehicle, special-category words in questions, guidance and statistics, name-and-number lines that
are not records of people, postcode talk, marking words talked about or inside identifiers, call
notes that record no one. Long public documents are in `dev7_long.py`.
"""

from __future__ import annotations

PUBLIC: dict[str, tuple[str, ...]] = {
    "hard:address_words": (
        "What address should I use to write to HMRC about self assessment?",
        "The embassy's address: 35 Rue du Faubourg Saint-Honoré, 75008 Paris, France",
        "Our registered office address is 1 Canada Square, London E14 5AB (Example Holdings Ltd).",
        "The address is printed on page 2 of the leaflet, next to the map of Spain.",
        "I moved to 2019 tax codes last week, is that right for Spain?",
        "Address the letter to the Consulate General, 12 Calle Serrano, 28001 Madrid, Spain.",
        "How do I write an address in Japan? Do you start with the prefecture?",
        "The museum is based at 3 sites, 2 in Leeds and 1 in York.",
        "In Korean addresses, what does 로 mean compared with 길?",
        "address = 0x7ffd5a3c; // pointer to the buffer",
        "Set bind_address: 127.0.0.1 in the config to listen on loopback only.",
        "The address bar in the browser shows https://www.gov.uk/register-to-vote",
        "Translate into French: 'Please send the form to the address below.'",
        "Which countries put the postcode before the town, like 75008 Paris, France?",
    ),
    "hard:plate_shapes": (
        "Is AB12 CDE the format used for UK number plates?",
        "Order reference KM21-PXT was dispatched on Monday.",
        "Product code BT68/KLY is out of stock at the warehouse.",
        "What does the 21 mean in a plate like XX21 XXX?",
        "The M25 J10 - A3 junction is closed this weekend.",
        "The new BMW X5 2024 - is it ULEZ compliant?",
        "Part no. YY65-GHJ fits the 2015 model only.",
        "Dutch plates use formats such as 12-ABC-3; German ones start with a city code.",
        "How do I transfer a private plate to another car?",
        "Promo code SK22_RTD gives 10% off the course.",
    ),
    "hard:special_words": (
        "What are the early symptoms of type 1 diabetes in children?",
        "Summarise Angela Merkel's refugee policy in 200 words.",
        "Is dialysis available on the NHS for people over 80?",
        "Explain what a spent conviction is under the Rehabilitation of Offenders Act.",
        "Do Sikh men have to wear a turban at work?",
        "How many same-sex couples adopted children in England last year?",
        "Write a short history of the Jehovah's Witnesses in Britain.",
        "If you're pregnant, how much Statutory Maternity Pay can you get?",
        "Employers cannot ask about spent convictions unless the role is exempt - is that right?",
        "Around 1 in 4 people will experience a mental health problem each year.",
        "The feature is disabled by default; set ENABLE_CACHE=1 to turn it on.",
        "This endpoint is undocumented and may change without notice.",
        "Make the service stateless so that any replica can answer any request.",
        "Blue Badge holders can park free in council car parks.",
        "A person who has a disability may ask for reasonable adjustments at interview.",
        "Which religion has the most followers in Leicester according to the 2021 census?",
    ),
    "hard:name_number_lines": (
        "Liverpool, Everton - 3, Chelsea - 1",
        "Reception Class - age 4 to 5",
        "Key Stage 2 - ages 7 to 11",
        "Smith, John - 2019 edition, chapter 4",
        "Harvard style: Brown, A. (2020) Social policy, 3rd edn, p. 45",
        "Tate Modern, Bankside - 11 am opening",
        "Windsor, Berkshire - 22 miles from London",
        "Wilson, Kathryn (ed.) 2018, pp. 12-34",
    ),
    "hard:postcode_talk": (
        "What is the postcode format for Northern Ireland, BT and then digits?",
        "Write to HMRC at BX9 1AS with your return.",
        "Use a 2GB card: PS5 5GB is the recommended size.",
        "The MP3 4KB header is what the decoder reads first.",
        "Is SW1A 1AA really Buckingham Palace's postcode?",
        "Why do postcodes never use the letters C, I, K, M, O or V in the last part?",
    ),
    "hard:marking_words": (
        "Is TOP SECRET higher than SECRET in the government scheme?",
        "Is SECRET the highest level in the UK scheme?",
        "What does OFFICIAL-SENSITIVE mean and when should it be used?",
        "Set AWS_SECRET_ACCESS_KEY and CLIENT_SECRET before running the deploy script.",
        "export TOP_SECRET_MODE=1 enables the test fixture",
        "The secret to good bread is a long, slow prove.",
        "Secret - the best sauce recipe is in the second drawer",
        "Which documents should be marked SECRET rather than OFFICIAL?",
    ),
    "hard:call_notes_no_one": (
        "CALL NOTE: caller asked how to apply for a Blue Badge. Advised to apply online. No personal details taken.",
        "T/C 11:20 - anonymous caller asked about council tax bands, advised to check the website.",
        "Call log: general enquiry re bin collection dates, caller advised of new schedule.",
        "File note: general enquiry about opening hours, no name given, directed to website.",
        "Contact log 15:10 - caller asked whether the library is open on bank holidays, advised yes. No case opened.",
    ),
    "hard:technical_ips": (
        "Connect to 127.0.0.1 on port 8080 or to ::1 over IPv6.",
        "The example server listens on 203.0.113.7 and 198.51.100.20.",
        "addr(family=<AddressFamily.AF_INET: 2>, address='127.0.0.1', port=22)",
        'let home = Addr { address: String::from("::1") };',
        "The router's admin page is at 192.168.1.1.",
    ),
    "hard:structured_public": (
        '{"tool": "search_guidance", "args": {"query": "how to apply for a national insurance number"}}',
        "country_code,dialling_code\nES,+34\nDE,+49",
        "<office><name>Jobcentre Plus</name><phone>0800 169 0190</phone></office>",
        "dob_format=DD/MM/YYYY; nino_format=AA999999A",
    ),
    "hard:age_and_dates": (
        "A 45-year-old man presents with chest pain. What are the differentials?",
        "Alan Turing was born on 23 June 1912 in Maida Vale.",
        "If Sam is 12 and his sister is twice his age, how old is she?",
        "The state pension age will rise to 67 between 2026 and 2028.",
        "Children aged 5 to 16 must be in full-time education.",
        "Queen Victoria, 81, died at Osborne House in 1901.",
    ),
    "hard:phones_public": (
        "What is the dialling code for Spain, +34?",
        "The NHS non-emergency number is 111 and the police is 101.",
        "Call the DWP helpline on 0800 169 0310 - what are the hours?",
        "Is +44 20 7946 0000 a real London number or a drama number?",
    ),
}
