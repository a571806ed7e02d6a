"""Held-out set 6 hard negatives written by hand: people who are public, invented or unnamed.

Public figures in general-knowledge questions, named historical figures, clinical
vignettes about hypothetical unnamed patients, maths problems with invented first
names, fictional characters, and public department traffic in the same styles as
the personal rows but about nobody in particular.
"""

from __future__ import annotations

PUBLIC_FIGURES = (
    "Which political party did Clement Attlee lead when the NHS was founded?",
    "How many Wimbledon singles titles has Andy Murray won?",
    "Summarise Greta Thunberg's speech at the 2019 UN Climate Action Summit in three sentences.",
    "What was Mary Berry's job before she became a television presenter?",
    "Who succeeded Ban Ki-moon as Secretary-General of the United Nations?",
    "Explain why Marcus Rashford campaigned for free school meals in 2020.",
    "what year did jacinda ardern become prime minister of new zealand",
    "Compare the economic policies of Gordon Brown and George Osborne as Chancellors.",
    "Is it true that Sir David Attenborough narrated Blue Planet II?",
    "List three novels by Kazuo Ishiguro and the years they were published.",
    "Which club did Lucy Bronze join after leaving Lyon?",
    "What did Tim Berners-Lee propose in his 1989 memo at CERN?",
    "Who was the Governor of the Bank of England during the 2008 financial crisis?",
    "Give me a short biography of Malala Yousafzai for a Year 6 assembly.",
    "Why did Nicola Sturgeon resign as First Minister in 2023?",
    "what's the name of the building where Sadiq Khan works as mayor",
    "Has Zadie Smith written any non-fiction? Recommend one essay collection.",
    "How tall is Usain Bolt and what is his 100 m world record time?",
    "Which Doctor Who actor played the role immediately after Matt Smith?",
    "Write a quiz question about Dame Kelly Holmes's Olympic gold medals in Athens.",
)

HISTORICAL = (
    "What reforms did Florence Nightingale introduce at Scutari?",
    "Why did Henry VIII break with the Church of Rome?",
    "Explain Isambard Kingdom Brunel's contribution to the Great Western Railway.",
    "When did Emmeline Pankhurst found the Women's Social and Political Union?",
    "Describe Alan Turing's work at Bletchley Park in plain language.",
    "what did mary seacole do in the crimean war",
    "Who was Owain Glyndŵr and why is 16 September celebrated in Wales?",
    "Summarise the Chartists' six demands and William Lovett's role in drafting them.",
    "How did Elizabeth Fry change conditions at Newgate Prison?",
    "What was William Beveridge's 1942 report about?",
    "Did Robert Burns work as an exciseman? For how long?",
    "Write 100 words on Ada Lovelace's notes on the Analytical Engine.",
    "Why is Thomas Paine's Rights of Man still read today?",
    "What happened to Anne Boleyn in May 1536?",
    "Explain the significance of Rosa Parks refusing to give up her seat in 1955.",
    "Which ship did Ernest Shackleton sail on the Endurance expedition, and what happened to it?",
    "Who was Noor Inayat Khan and why is there a statue of her in Gordon Square?",
    "What did Joseph Bazalgette build in London after the Great Stink of 1858?",
    "Outline the life of Walter Tull, the footballer and army officer.",
    "How did Boudica's revolt end?",
)

VIGNETTES = (
    "A 45-year-old man presents with crushing central chest pain radiating to the left arm. What is the first "
        "investigation?",
    "A 6-year-old girl has had a barking cough and stridor for two days. What is the likely diagnosis?",
    "A 72-year-old woman on warfarin falls and hits her head. Which scan is indicated and how urgently?",
    "A pregnant woman at 34 weeks has headache, visual disturbance and a blood pressure of 160/110. Management?",
    "An 80-year-old man becomes acutely confused two days after a hip operation. List the common causes.",
    "A 23-year-old student presents with fever, neck stiffness and a non-blanching rash. What antibiotic first?",
    "Case study: a 55-year-old smoker has a chronic cough and weight loss. What are the red flags for referral?",
    "a 30 year old woman with palpitations, weight loss and heat intolerance - what tests would you do",
    "A teenager is brought in after taking an unknown number of paracetamol tablets six hours ago. What next?",
    "A 67-year-old with type 2 diabetes has a foot ulcer that is not healing. Who should be involved in care?",
    "For an exam: a 50-year-old man with sudden severe headache 'like being hit'. Differential diagnosis?",
    "A 4-month-old baby is feeding poorly and has a bulging fontanelle. What must be ruled out?",
    "OSCE station: explain to a patient with newly diagnosed asthma how to use a spacer.",
    "A 38-year-old woman with a BMI of 42 asks about weight-loss surgery. What are the NICE criteria?",
    "Scenario: a patient in their 60s has had blood in their urine once without pain. Is a two-week-wait "
        "referral appropriate?",
    "A 19-year-old rugby player has a suspected concussion. What are the return-to-play steps?",
    "A hypothetical patient with CKD stage 4 asks about ibuprofen for back pain. What do you advise?",
    "A 58-year-old lorry driver is diagnosed with obstructive sleep apnoea. What must he tell the DVLA, in "
        "general terms?",
    "Practice question: a woman of 29 has amenorrhoea and galactorrhoea. Which hormone would you measure?",
    "A 70-year-old man has had two falls in a month. Describe a multifactorial falls assessment.",
)

MATHS = (
    "Priya has 3 times as many stickers as Tom. Together they have 48. How many does Tom have?",
    "If Olu walks at 5 km/h and Freya cycles at 15 km/h, how long does Freya take to cover the distance Olu "
        "walks in 3 hours?",
    "Kasia saves £12.50 a week. How many weeks until she can buy a £200 bike?",
    "Mohammed and Siân share £90 in the ratio 4:5. How much does each get?",
    "Ben buys 7 pencils at 35p each and pays with a £5 note. What change does he get?",
    "Aoife scored 62, 75 and 81 in three tests. What must she score in the fourth to average 75?",
    "A train leaves at 09:47 and Jamal arrives at 11:12. How long was Jamal's journey?",
    "lily has 2/3 of a pizza and eats 1/4 of what she has. how much pizza is left?",
    "Tariq invests £1,000 at 4% compound interest. How much after 3 years?",
    "Grace is twice as old as her brother Alfie. In 5 years the sum of their ages will be 31. How old is Alfie now?",
    "Noah's garden is 12 m by 7.5 m. How many 0.5 m square slabs cover it?",
    "Chloe and Dev paint a fence; Chloe alone takes 6 hours and Dev 4 hours. How long together?",
    "Ellie rolls two dice. What is the probability she rolls a total of 8?",
    "Ravi's phone battery drops 14% per hour. Starting at 90%, when does it reach 20%?",
    "Zara buys a coat reduced by 30% to £56. What was the original price?",
    "Finn has 5 red, 3 blue and 2 green marbles. He takes two without replacement. P(both red)?",
)

FICTION = (
    "Why does Sherlock Holmes live at 221B Baker Street and who is his landlady?",
    "Write a diary entry as Elizabeth Bennet after the first ball at Netherfield.",
    "Is Harry Potter's address 4 Privet Drive, Little Whinging? What county is it in?",
    "Summarise what happens to Jane Eyre at Lowood school.",
    "In EastEnders, who runs the Queen Vic pub these days?",
    "Describe Mr Micawber's famous advice about income and expenditure.",
)

PUBLIC_TRAFFIC = (
    "Team note: the Self Assessment helpline closes at 4pm on 24 December and reopens on 27 December.",
    "Agent: How can I help today?\nCaller: What's the deadline for sending a paper tax return?",
    "Hi all, reminder that the new PIP2 form version goes live on Monday. Old stock to be recycled. Thanks, Ops",
    "webchat: hello, do i need to tell dvla if i change my car's colour?",
    "Case note template — Section A: customer details; Section B: reason for contact; Section C: outcome. Do "
        "not paste documents here.",
    "Dear colleague, please find attached the revised guidance on overpayment recovery (version 3.2). No action "
        "needed.",
    "Customer asked how long a fast track passport takes; advised one week and signposted to GOV.UK.",
    "SMS template: Your appointment is confirmed. Please bring photo ID. Reply CANCEL to cancel. Do not reply "
        "with personal details.",
    "Q: Can I pay the congestion charge the day after?\nA: Yes, by midnight on the third day after travel, at a "
        "higher rate.",
    "Reminder: jury summons replies must be returned within 7 days of receipt.",
    "court listing 10:00 court 3 - case management hearings (list to follow) - usher: please check the hearing "
        "loop works",
    "Agent: is there anything else?\nCaller: no, that's all, you've been really helpful",
    "From: Digital team\nSubject: outage\nThe Universal Credit journal will be unavailable from 22:00 to 02:00 "
        "on Saturday for maintenance.",
    "GP practice notice: flu clinics run Saturdays in October for eligible patients. Book via the app or reception.",
    "Form guidance: in box 7 enter the total of boxes 3 to 6. Leave box 8 blank unless you are a partnership.",
    "the home office webchat said visa decisions take about 8 weeks, is that still true",
    "Please complete the mandatory data protection training by 31 March. Link on the intranet.",
    "Minutes: 1. Apologies. 2. Backlog figures for Q3 (down 12%). 3. Recruitment of 4 EOs approved. 4. AOB: none.",
    "DVLA: Tax your vehicle online, by phone or at a Post Office that deals with vehicle tax.",
    "Caller asked whether child benefit is still paid during school holidays. Advised yes.",
    "NHS notice: the walk-in centre will be closed on bank holiday Monday 26 August.",
    "webchat transcript: bot: hi! what can I help with?  user: opening hours of the tip  bot: 8am-6pm daily",
    "Probate office update: average processing time for digital applications is currently around 12 weeks.",
    "HMRC letter template para 4: If you disagree with this decision you can ask for a review within 30 days.",
    "Hi, quick one — which form do I use to claim back tax on uniform washing? P87 or online?",
)
