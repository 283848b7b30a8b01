"""Write lesson 07's task datasets: extractive QA, English-French translation and summaries.

    python scripts/make_task_data.py                 # rewrites the committed files in course_lib/data/
    python scripts/make_task_data.py --output /tmp/x # somewhere else (tests/test_task_data.py does this)

Everything is written for the course; no external text is used.

- ``qa/qa.jsonl``: templated contexts (fact tables + several wordings of each sentence + paraphrased
  questions, below) for all splits, and hand-written contexts and questions in the test split.
- ``translation/en_fr.jsonl``: templated pairs from the grammar in ``scripts/task_grammar_fr.py`` for all
  splits, and hand-written pairs in the test split.
- ``summaries/summaries.jsonl``: hand-written documents and summaries only.

The hand-written items live in ``scripts/task_data_handwritten.py``; this script only validates them,
computes answer offsets and merges them. It is seeded (``random.Random(0)``) and writes the same bytes on
every run: the test suite regenerates the files into a temporary folder and compares them with the
committed ones, so edit the generator or the hand-written items, never the .jsonl files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import task_data_handwritten as handwritten  # noqa: E402
from scripts import task_grammar_fr as grammar  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "course_lib" / "data"
QA_CONTEXTS_PER_FRAME = {"test": 2, "validation": 2, "train": 17}  # templated contexts of each frame per split
TRANSLATION_TARGETS = {"train": 4000, "validation": 300, "test": 140}  # templated pairs per split
SEED = 0

# --- Fact tables ---------------------------------------------------------------------------------------------

FIRST = ["Amara", "Bilal", "Chen", "Daria", "Elif", "Farid", "Grace", "Hana", "Ines", "Jonas", "Kofi", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe",
         "Marta", "Tomas", "Aisha", "Leon", "Sofia", "Ravi"]
LAST = ["Osei", "Novak", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Okafor", "Brandt", "Costa", "Ferreira",
        "Kowalski", "Nguyen", "Petrov", "Rahman", "Schmidt", "Silva", "Varga", "Yilmaz", "Adeyemi", "Bauer",
        "Dubois", "Eriksen", "Garcia", "Ivanova", "Jansen", "Mensah", "Quint", "Sato"]
TOWNS = ["Dunmore", "Kellford", "Ashbury", "Marrow Bay", "Westerly", "Caddon", "Brindle Cross", "Halvik", "Oakmere",
         "Pellingham", "Stonebridge", "Tarrow", "Velden", "Norcaster", "Lisbury", "Fenwick", "Corran", "Elmstead"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CITIES = ["Lisbon", "Oslo", "Vienna", "Dublin", "Madrid", "Prague", "Athens", "Helsinki", "Krakow", "Porto",
          "Geneva", "Copenhagen", "Seville", "Bergen", "Milan", "Tallinn", "Lyon", "Edinburgh"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def date(rng: random.Random, month: str | None = None) -> str:
    return f"{rng.randint(1, 28)} {month or rng.choice(MONTHS)}"


def dates(rng: random.Random, count: int = 2) -> list[str]:
    """``count`` different dates in order, a few days apart (the usual distractors)."""
    month = rng.randint(0, 9)
    day = rng.randint(1, 20)
    out = []
    for _ in range(count):
        out.append(f"{day} {MONTHS[month]}")
        day += rng.randint(2, 8)
        if day > 28:
            day, month = day - 28, month + 1
    return out


def two_dates(rng: random.Random) -> tuple[str, str]:
    first, second = dates(rng, 2)
    return first, second


def a_an(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def clock(rng: random.Random, first: int, last: int, halves: bool = True) -> str:
    hour = rng.randint(first, last)
    minute = rng.choice([0, 0, 30] if halves else [0])
    h12 = hour if hour <= 12 else hour - 12
    suffix = "am" if hour < 12 else "pm"
    return f"{h12}:{minute:02d} {suffix}" if minute else f"{h12} {suffix}"


def euros(rng: random.Random, low: float, high: float, step: float = 1.0) -> str:
    value = round(rng.randrange(int(low / step), int(high / step) + 1) * step, 2)
    text = f"{value:.2f}" if value != int(value) else f"{int(value)}"
    return f"{text} euros"


def pick(rng: random.Random, options):
    return rng.choice(options)


# --- QA frames: each returns (domain, sentences, questions) ---------------------------------------------------
# sentences: the context, one string per sentence (each chosen among several wordings);
# questions: (question, answer) pairs; the answer must occur exactly once in the context.


def frame_clinic_hours(rng):
    clinic = pick(rng, ["Riverside Family Clinic", "Maple Street Clinic", "Northgate Medical Practice",
                        "Harbour View Clinic", "Greenway Surgery", "Linden Health Centre", "Elm Court Clinic",
                        "Southfield Medical Centre"])
    town = pick(rng, TOWNS)
    open_ = clock(rng, 7, 9)
    close = clock(rng, 17, 20)
    sat_open = clock(rng, 9, 10, halves=False)
    sat_close = clock(rng, 12, 14, halves=False)
    walk_start = clock(rng, 10, 11, halves=False)
    walk_end = clock(rng, 14, 16, halves=False)
    if len({open_, close, sat_open, sat_close, walk_start, walk_end}) < 6:
        return None
    phone = f"0{rng.randint(1, 9)}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    receptionist = person(rng)
    s = [
        pick(rng, [f"{clinic} in {town} is open from {open_} to {close} on weekdays.",
                   f"On weekdays, {clinic} in {town} opens at {open_} and closes at {close}.",
                   f"From Monday to Friday, the doors of {clinic} in {town} open at {open_} and close at {close}."]),
        pick(rng, [f"On Saturdays it opens at {sat_open} and closes at {sat_close}, and it stays closed on Sundays.",
                   f"Saturday hours are shorter, from {sat_open} until {sat_close}, and there is no service on Sundays.",
                   f"At weekends the clinic only opens on Saturday, between {sat_open} and {sat_close}."]),
        pick(rng, [f"Patients without an appointment are seen between {walk_start} and {walk_end}.",
                   f"A walk-in session runs every weekday from {walk_start} to {walk_end}.",
                   f"Anyone who has not booked can come to the walk-in session, held from {walk_start} to {walk_end}."]),
        pick(rng, [f"To book a visit, call the reception on {phone}, where {receptionist} answers most calls.",
                   f"Appointments are made by phone on {phone}; the receptionist, {receptionist}, handles most of them.",
                   f"The booking line is {phone}, and most calls are answered by {receptionist}."]),
    ]
    q = [
        (pick(rng, [f"What time does {clinic} open from Monday to Friday?", "When does the clinic open on a weekday?",
                    "At what time do the doors open during the week?"]), open_),
        (pick(rng, ["At what time does the clinic close on weekdays?", "When does the clinic shut during the week?"]),
         close),
        (pick(rng, ["Until what time is the clinic open on Saturdays?", "When does the clinic close on a Saturday?"]),
         sat_close),
        (pick(rng, ["When does the clinic open on Saturday mornings?", "What is the Saturday opening time?"]),
         sat_open),
        (pick(rng, ["From what time can patients come without booking?",
                    "When does the session for patients without an appointment start?"]), walk_start),
        (pick(rng, ["Which number should patients ring to make an appointment?",
                    "What phone number is used for bookings?"]), phone),
        (pick(rng, [f"In which town is {clinic}?", "Where is the clinic located?"]), town),
        (pick(rng, ["Who answers most of the calls to the clinic?", "Who is the receptionist?"]), receptionist),
    ]
    return "healthcare", s, q


def frame_appointment(rng):
    patient = person(rng)
    doctor = f"Doctor {rng.choice(LAST)}"
    specialty = pick(rng, ["skin specialist", "heart specialist", "children's doctor", "eye specialist",
                           "physiotherapist", "ear, nose and throat specialist"])
    old_date, new_date = two_dates(rng)
    time = clock(rng, 8, 17)
    room = str(rng.randint(2, 40))
    floor = pick(rng, ["first", "second", "third", "fourth"])
    item = pick(rng, ["a list of current medicines", "the referral letter", "recent blood test results",
                      "their health insurance card", "any glasses they wear"])
    reason = pick(rng, ["is away at a conference", "is on sick leave", "has been called to an emergency",
                        "is covering another clinic"])
    first_name = patient.split()[0]
    s = [
        pick(rng, [f"{patient} had an appointment with {doctor}, a {specialty}, on {old_date}.",
                   f"{patient} was due to see {doctor}, a {specialty}, on {old_date}."]),
        pick(rng, [f"Because the doctor {reason}, the visit has been moved to {new_date} at {time}.",
                   f"The doctor {reason}, so the visit now takes place on {new_date} at {time}."]),
        pick(rng, [f"The consultation will be in room {room} on the {floor} floor.",
                   f"{first_name} should go to room {room}, which is on the {floor} floor."]),
        pick(rng, [f"{first_name} is asked to bring {item} and to arrive ten minutes early.",
                   f"Please bring {item} and arrive ten minutes before the start."]),
    ]
    q = [
        (pick(rng, ["On what date will the visit now take place?", "What is the new date of the appointment?"]),
         new_date),
        (pick(rng, ["When was the appointment originally planned?", "What was the first date of the visit?"]),
         old_date),
        (pick(rng, ["At what time is the rescheduled visit?", "What time should the patient be seen?"]), time),
        (pick(rng, ["In which room is the consultation?", "Which room should the patient go to?"]), room),
        (pick(rng, [f"What kind of doctor is {doctor}?", f"What is {doctor}'s specialty?"]), specialty),
        (pick(rng, [f"What should {first_name} bring?", "What does the patient need to bring along?"]), item),
        (pick(rng, ["On which floor is the room?", "Which floor is the consultation on?"]), floor),
    ]
    return "healthcare", s, q


def frame_medication(rng):
    patient = person(rng)
    doctor = f"Doctor {rng.choice([n for n in LAST if n != patient.split()[1]])}"
    drug = pick(rng, ["Calmarex", "Dorvilan", "Pelotrin", "Nasofen", "Virellan", "Solvitra", "Ambrozel", "Tenocil"])
    condition = pick(rng, ["a chest infection", "seasonal allergies", "back pain", "a skin rash", "high blood pressure",
                           "an ear infection", "migraines"])
    dose = pick(rng, ["250 mg", "500 mg", "10 mg", "20 mg", "5 ml", "one tablet", "two tablets"])
    times = pick(rng, ["twice a day", "three times a day", "once a day", "every eight hours"])
    food = pick(rng, ["with food", "on an empty stomach", "after meals", "before bedtime"])
    duration = pick(rng, ["seven days", "ten days", "five days", "two weeks", "three weeks", "one month"])
    side = pick(rng, ["mild headache", "a dry mouth", "drowsiness", "an upset stomach", "dizziness"])
    street = pick(rng, ["Market Street", "Station Road", "Church Lane", "Hill Avenue", "Park Row"])
    s = [
        pick(rng, [f"{doctor} prescribed {drug} to {patient} for {condition}.",
                   f"For {condition}, {patient} was given a prescription for {drug} by {doctor}."]),
        pick(rng, [f"The dose is {dose} {times}, taken {food}.", f"Each dose is {dose}, taken {times} and {food}."]),
        pick(rng, [f"The treatment lasts {duration}, and it should not be stopped early.",
                   f"The full course takes {duration} even if the symptoms disappear sooner."]),
        pick(rng, [f"The most common side effect is {side}; the pharmacy on {street} can give advice if it lasts.",
                   f"Some patients notice {side}, and the pharmacist on {street} can help if it does not pass."]),
    ]
    q = [
        (pick(rng, [f"What was {drug} prescribed for?", "Which condition is the medicine treating?"]), condition),
        (pick(rng, ["How much medicine is in a single dose?", "What amount should be taken each time?"]), dose),
        (pick(rng, ["How often should the medicine be taken?", "How many times should the patient take it?"]), times),
        (pick(rng, ["For how long does the course last?", "How long is the treatment?"]), duration),
        (pick(rng, ["Which side effect is mentioned?", "What unwanted effect might a patient notice?"]), side),
        (pick(rng, ["Who wrote the prescription?", f"Which doctor prescribed {drug}?"]), doctor),
        (pick(rng, ["Where is the pharmacy that can give advice?", "On which street is the pharmacy?"]), street),
    ]
    return "healthcare", s, q


def frame_bank_fees(rng):
    bank = pick(rng, ["Norvale Bank", "Cresta Savings", "Harbourline Bank", "Meridian Mutual", "Blue Heron Bank",
                      "Kestrel Bank", "Alder Finch Bank", "Tamsin Credit Union"])
    basic, plus = pick(rng, [("Everyday", "Everyday Plus"), ("Basic", "Premier"), ("Essential", "Select"),
                             ("Classic", "Gold"), ("Starter", "Explorer")])
    fee1 = euros(rng, 2, 6, 0.5)
    fee2 = euros(rng, 8, 16, 0.5)
    free = pick(rng, ["three", "four", "five", "six"])
    overdraft = euros(rng, 5, 9, 0.5)
    while overdraft in (fee1, fee2):
        overdraft = euros(rng, 5, 9, 0.5)
    rate = pick(rng, ["1.5%", "2%", "2.25%", "2.5%", "3%", "3.1%"])
    saver = pick(rng, ["Rainy Day", "Easy Saver", "Nest Egg", "Future"])
    s = [
        pick(rng, [f"{bank} offers two current accounts: the {basic} account costs {fee1} a month, while the {plus} "
                   f"account costs {fee2}.",
                   f"At {bank}, a {basic} current account costs {fee1} per month and a {plus} account costs {fee2}."]),
        pick(rng, [f"Only the {plus} account includes travel insurance and {free} free cash withdrawals abroad each "
                   "month.",
                   f"Customers with the {plus} account also get travel insurance and {free} free withdrawals abroad "
                   "per month."]),
        pick(rng, [f"Going overdrawn without an agreement is charged at {overdraft} per day.",
                   f"An unplanned overdraft costs {overdraft} for every day it lasts."]),
        pick(rng, [f"Money kept in the {saver} savings account earns {rate} interest a year.",
                   f"The {saver} savings account pays {rate} a year."]),
    ]
    q = [
        (pick(rng, [f"What is the monthly fee for the {basic} account?", f"How much does the {basic} account cost "
                                                                           "each month?"]), fee1),
        (pick(rng, [f"What does the {plus} account cost per month?", f"How much is the {plus} account?"]), fee2),
        (pick(rng, ["What is the daily charge for an unarranged overdraft?",
                    "How much is charged each day for an overdraft without an agreement?"]), overdraft),
        (pick(rng, ["Which account comes with travel insurance?", "Which account should a frequent traveller choose "
                                                                    "for insurance?"]), f"{plus} account"),
        (pick(rng, ["How many withdrawals abroad are free each month?", "How many free cash withdrawals abroad do "
                                                                        "customers get?"]), free),
        (pick(rng, ["What interest rate does the savings account pay?", "How much interest do savers earn per year?"]),
         rate),
        (pick(rng, ["What is the savings account called?", "Which savings account is mentioned?"]), saver),
    ]
    return "finance", s, q


def frame_loan(rng):
    customer = person(rng)
    bank = pick(rng, ["Norvale Bank", "Cresta Savings", "Harbourline Bank", "Meridian Mutual", "Kestrel Bank"])
    principal = rng.choice([6000, 8000, 9500, 12500, 15000, 20000])
    amount = f"{principal:,} euros"
    purpose = pick(rng, ["buy a used car", "renovate a kitchen", "pay for a training course", "replace a roof",
                         "open a small bakery", "buy farm equipment"])
    term = pick(rng, ["24 months", "36 months", "48 months", "60 months"])
    rate = pick(rng, ["4.9%", "5.5%", "6.2%", "3.8%", "7.1%"])
    monthly_rate = float(rate.rstrip("%")) / 100 / 12
    months = int(term.split()[0])
    payment = f"{principal * monthly_rate / (1 - (1 + monthly_rate) ** -months):.2f} euros"
    year1 = rng.randint(2024, 2026)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    first = f"{day} {MONTHS[month]} {year1}"
    end = month + months - 1  # the last of ``months`` monthly payments
    last = f"{day} {MONTHS[end % 12]} {year1 + end // 12}"
    branch = pick(rng, TOWNS)
    s = [
        pick(rng, [f"{customer} borrowed {amount} from {bank} to {purpose}.",
                   f"To {purpose}, {customer} took out a loan of {amount} with {bank}."]),
        pick(rng, [f"The loan runs for {term} at a fixed rate of {rate}.",
                   f"It has a fixed interest rate of {rate} and a term of {term}."]),
        pick(rng, [f"Monthly repayments of {payment} start on {first}, and the last one is due on {last}.",
                   f"The first repayment of {payment} is due on {first}; the final one falls on {last}."]),
        pick(rng, [f"The contract was signed at the {branch} branch.",
                   f"The paperwork was completed at the bank's {branch} branch."]),
    ]
    q = [
        (pick(rng, ["How much money was borrowed?", "What is the size of the loan?"]), amount),
        (pick(rng, ["What is the loan for?", f"Why did {customer.split()[0]} need the money?"]), purpose),
        (pick(rng, ["How long does the loan last?", "What is the length of the loan?"]), term),
        (pick(rng, ["What interest rate applies?", "At what rate is the loan fixed?"]), rate),
        (pick(rng, ["How much is each monthly repayment?", "What amount is paid back every month?"]), payment),
        (pick(rng, ["When is the first repayment due?", "On what date do repayments begin?"]), first),
        (pick(rng, ["When is the final repayment due?", "On what date is the last payment?"]), last),
        (pick(rng, ["At which branch was the contract signed?", "Where was the loan agreement signed?"]),
         f"{branch} branch"),
    ]
    return "finance", s, q


def frame_company(rng):
    company, industry = pick(rng, [("Norvex Energy", "energy"), ("Lumora Foods", "food"),
                                   ("Quillon Software", "software"), ("Brightpath Logistics", "logistics"),
                                   ("Tessaro Textiles", "textile"), ("Vantor Robotics", "robotics"),
                                   ("Solwen Water", "water"), ("Kaldera Games", "video game"),
                                   ("Pinecrest Furniture", "furniture"), ("Arvella Cosmetics", "cosmetics"),
                                   ("Orrin Medical", "medical devices"), ("Fjordline Shipping", "shipping")])
    city = pick(rng, CITIES)
    quarter = pick(rng, ["first quarter", "second quarter", "third quarter", "fourth quarter"])
    revenue = f"{rng.randint(12, 95)}.{rng.randint(1, 9)} million euros"
    profit = f"{rng.randint(3, 9)}.{rng.randint(1, 9)} million euros"
    old_profit = f"{rng.randint(1, 2)}.{rng.randint(1, 9)} million euros"
    ceo = person(rng)
    driver = pick(rng, ["sales in Asia", "a new online shop", "lower energy costs", "a large government contract",
                        "its subscription service", "exports to Canada"])
    hires = str(rng.choice([40, 60, 80, 120, 150, 200, 250]))
    month = rng.choice(MONTHS)
    s = [
        pick(rng, [f"{company}, a {industry} company based in {city}, reported revenue of {revenue} for the {quarter}.",
                   f"In the {quarter}, {company}, a {industry} firm with its headquarters in {city}, took in {revenue}."]),
        pick(rng, [f"Profit rose to {profit}, up from {old_profit} a year earlier.",
                   f"Its profit reached {profit}, compared with {old_profit} in the same period last year."]),
        pick(rng, [f"Chief executive {ceo} said the growth came mainly from {driver}.",
                   f"According to its chief executive, {ceo}, most of the growth came from {driver}."]),
        pick(rng, [f"The company plans to hire {hires} new staff by {month}.",
                   f"It expects to take on {hires} more employees before {month}."]),
    ]
    q = [
        (pick(rng, [f"How much revenue did {company} report?", "What were the company's sales for the quarter?"]),
         revenue),
        (pick(rng, ["What was the profit this time?", "How much profit did the company make in the period?"]), profit),
        (pick(rng, ["What was the profit a year before?", "How much profit did the company make in the same period "
                                                          "last year?"]), old_profit),
        (pick(rng, [f"Who runs {company}?", "Who is the chief executive?"]), ceo),
        (pick(rng, ["Where is the company based?", f"In which city is {company} headquartered?"]), city),
        (pick(rng, ["What drove most of the growth?", "Where did most of the growth come from?"]), driver),
        (pick(rng, ["How many people does the company plan to hire?", "How many new employees are planned?"]), hires),
    ]
    return "finance", s, q


def frame_order(rng):
    customer = person(rng)
    item = pick(rng, ["a standing desk", "a pair of hiking boots", "a coffee grinder", "a winter coat",
                      "a set of garden chairs", "a bicycle helmet", "a baby car seat", "a wool blanket"])
    order_no = f"{rng.choice('ABCDKMPRT')}{rng.randint(10000, 99999)}"
    order_date, promised, new = dates(rng, 3)
    courier = pick(rng, ["FastLane", "Parcelix", "Swiftbox", "Northpost", "Greenroute"])
    slot_start = clock(rng, 8, 12, halves=False)
    slot_end = clock(rng, 14, 18, halves=False)
    voucher = euros(rng, 5, 20, 5)
    s = [
        pick(rng, [f"{customer} ordered {item} on {order_date} (order number {order_no}).",
                   f"On {order_date}, {customer} placed order {order_no} for {item}."]),
        pick(rng, [f"Delivery was promised for {promised}, but the parcel was held up at the {courier} depot.",
                   f"The shop promised delivery on {promised}; however, the parcel got stuck at a {courier} depot."]),
        pick(rng, [f"It will now arrive on {new} between {slot_start} and {slot_end}.",
                   f"The new delivery date is {new}, with a time slot from {slot_start} to {slot_end}."]),
        pick(rng, [f"As an apology, the shop added a voucher worth {voucher} to the customer's account.",
                   f"To make up for the delay, a {voucher} voucher was added to the account."]),
    ]
    q = [
        (pick(rng, ["What did the customer buy?", f"Which item did {customer.split()[0]} order?"]), item),
        (pick(rng, ["What is the order number?", "Which order number was given?"]), order_no),
        (pick(rng, ["When was the parcel first supposed to arrive?", "For which date was delivery promised?"]),
         promised),
        (pick(rng, ["On what date will the parcel now be delivered?", "When is the new delivery day?"]), new),
        (pick(rng, ["Which courier's depot held up the parcel?", "Which delivery company is involved?"]), courier),
        (pick(rng, ["When does the delivery window end?", "By what time should the parcel arrive on the day?"]),
         slot_end),
        (pick(rng, ["How much is the voucher worth?", "What value of voucher did the customer receive?"]), voucher),
        (pick(rng, ["When was the order placed?", "On what date did the customer order?"]), order_date),
    ]
    return "customer_service", s, q


def frame_returns(rng):
    store = pick(rng, ["Brightway Home", "Fennick Outdoor", "Marlo Electronics", "Cobble and Co", "Urbanleaf",
                       "Tidewell Books", "Hallam Sports", "Pebble Kids"])
    days = pick(rng, ["14 days", "28 days", "30 days", "60 days", "90 days"])
    refund = pick(rng, ["three working days", "five working days", "ten days", "two weeks"])
    exception = pick(rng, ["earphones", "swimwear", "software", "mattresses", "cosmetics", "printer ink"])
    email = f"returns@{store.lower().replace(' ', '')}.example"
    proof = pick(rng, ["the receipt", "the order confirmation", "the original packaging"])
    s = [
        pick(rng, [f"Items bought at {store} can be returned within {days} of purchase.",
                   f"{store} accepts returns for {days} after the purchase date."]),
        pick(rng, [f"Refunds go back to the original card within {refund}, as long as {proof} is provided.",
                   f"Customers who show {proof} get their money back on the same card within {refund}."]),
        pick(rng, [f"Sale items can only be exchanged, and {exception} cannot be returned once opened.",
                   f"Opened {exception} are not taken back, and reduced items are exchanged rather than refunded."]),
        pick(rng, [f"Questions about returns should be sent to {email}.",
                   f"For help with a return, write to {email}."]),
    ]
    q = [
        (pick(rng, [f"How long do customers have to return something to {store}?",
                    "What is the time limit for returns?"]), days),
        (pick(rng, ["How long does a refund take?", "Within what time is the money paid back?"]), refund),
        (pick(rng, ["Which product cannot be returned after opening?", "What goods are excluded once opened?"]),
         exception),
        (pick(rng, ["Which email address handles returns?", "Where should questions about returns be sent?"]), email),
        (pick(rng, ["What must the customer show to get a refund?", "What proof is needed for a refund?"]), proof),
    ]
    return "customer_service", s, q


def frame_support(rng):
    customer = person(rng)
    company = pick(rng, ["Connecta Broadband", "Tellwave", "Homelink Energy", "Skyport Mobile", "Brightnet"])
    problem = pick(rng, ["the internet kept dropping in the evening", "the new router would not turn on",
                         "a bill showed the wrong amount", "the mobile app would not let them log in",
                         "the smart meter stopped sending readings"])
    agent = f"{rng.choice(FIRST)}"
    ticket = f"{rng.randint(100000, 999999)}"
    step = pick(rng, ["restart the router twice", "reinstall the app", "send a photo of the meter",
                      "check the cable behind the socket", "reset the password"])
    visit_date, callback_date = two_dates(rng)
    callback_time = clock(rng, 9, 17)
    s = [
        pick(rng, [f"{customer} contacted {company} support because {problem}.",
                   f"{customer} called {company} because {problem}."]),
        pick(rng, [f"The agent, {agent}, opened ticket {ticket} and asked the customer to {step}.",
                   f"{agent}, who took the call, logged it as ticket {ticket} and suggested they {step}."]),
        pick(rng, [f"{agent} will call back on {callback_date} at {callback_time} to check.",
                   f"A follow-up call from {agent} is planned for {callback_date} at {callback_time}."]),
        pick(rng, [f"If that does not help, an engineer can visit on {visit_date}.",
                   f"Should the problem continue, a technician is booked for {visit_date}."]),
    ]
    q = [
        (pick(rng, ["Why did the customer get in touch?", f"What was wrong for {customer.split()[0]}?"]), problem),
        (pick(rng, ["Who handled the call?", "What is the agent's name?"]), agent),
        (pick(rng, ["What is the ticket number?", "Under which ticket number was the call logged?"]), ticket),
        (pick(rng, ["What did the agent ask the customer to do first?", "What first step was suggested?"]), step),
        (pick(rng, ["When could an engineer come?", "On what date is the technician booked?"]), visit_date),
        (pick(rng, ["On which date will the agent phone again?", "When is the follow-up call?"]), callback_date),
        (pick(rng, ["At what time is the follow-up call?", "What time will the agent ring back?"]), callback_time),
    ]
    return "customer_service", s, q


def frame_flight(rng):
    airline = pick(rng, ["Skylark Air", "NorthJet", "Azura Airways", "Bluecrest Airlines", "Polar Wings"])
    code = "".join(w[0] for w in airline.split())[:2].upper()
    flight = f"{code} {rng.randint(100, 999)}"
    origin, destination = rng.sample(CITIES, 2)
    old = clock(rng, 6, 12)
    new = clock(rng, 13, 21)
    gate = f"{rng.choice('ABCDE')}{rng.randint(1, 40)}"
    terminal = str(rng.randint(1, 3))
    reason = pick(rng, ["fog at the destination", "a technical check", "a late incoming aircraft", "strong winds",
                        "a strike by ground staff"])
    boarding = pick(rng, ["30", "40", "45", "50"])
    voucher = euros(rng, 8, 20, 1)
    desk = pick(rng, ["information", "customer service", f"{airline}", "transfer"])
    s = [
        pick(rng, [f"{airline} flight {flight} from {origin} to {destination} was due to leave at {old}.",
                   f"Flight {flight}, operated by {airline} from {origin} to {destination}, was scheduled for {old}."]),
        pick(rng, [f"Because of {reason}, it will now depart at {new} from gate {gate} in terminal {terminal}.",
                   f"After a delay caused by {reason}, the new departure time is {new}, from gate {gate}, terminal "
                   f"{terminal}."]),
        pick(rng, [f"Boarding starts {boarding} minutes before departure.",
                   f"Passengers will be called to board {boarding} minutes before take-off."]),
        pick(rng, [f"Travellers can collect a meal voucher worth {voucher} at the {desk} desk.",
                   f"A meal voucher worth {voucher} is available from the {desk} desk."]),
    ]
    q = [
        (pick(rng, [f"Where is flight {flight} going?", "What is the destination of the flight?"]), destination),
        (pick(rng, ["When will the flight leave now?", "What is the new departure time?"]), new),
        (pick(rng, ["At what time was the flight originally supposed to depart?",
                    "What was the planned departure time?"]), old),
        (pick(rng, ["From which gate does the flight leave?", "Which gate should passengers go to?"]), gate),
        (pick(rng, ["What caused the delay?", "Why is the flight late?"]), reason),
        (pick(rng, ["How much is the meal voucher worth?", "What is the value of the voucher?"]), voucher),
        (pick(rng, ["How long before departure does boarding begin?",
                    "How early before take-off are passengers called?"]), f"{boarding} minutes"),
        (pick(rng, ["Which city does the flight leave from?", "Where does the flight start?"]), origin),
    ]
    return "travel", s, q


def frame_hotel(rng):
    guest = person(rng)
    hotel = pick(rng, ["Hotel Marisol", "the Linden Hotel", "the Harbour Lights Inn", "Hotel Aurelia",
                       "the Copper Kettle Inn", "Hotel Bellavista", "the Old Mill Lodge"])
    city = pick(rng, CITIES)
    room = pick(rng, ["double room", "twin room", "single room", "family suite", "room with a balcony"])
    checkin, checkout = two_dates(rng)
    price = euros(rng, 70, 190, 5)
    b_start = clock(rng, 6, 7)
    b_end = clock(rng, 10, 11, halves=False)
    restaurant = pick(rng, ["Garden Room", "Blue Salon", "Terrace", "Olive Room", "Winter Garden"])
    in_time = clock(rng, 14, 16, halves=False)
    out_time = clock(rng, 10, 12, halves=False)
    if len({b_start, b_end, in_time, out_time}) < 4:
        return None
    hotel_cap = hotel[0].upper() + hotel[1:]
    s = [
        pick(rng, [f"{guest} has booked a {room} at {hotel} in {city} from {checkin} to {checkout}.",
                   f"{hotel_cap} in {city} has a {room} reserved for {guest}, arriving on {checkin} and leaving on "
                   f"{checkout}."]),
        pick(rng, [f"The room costs {price} per night, breakfast included.",
                   f"The rate is {price} a night, with breakfast."]),
        pick(rng, [f"Breakfast is served from {b_start} to {b_end} in the {restaurant} on the ground floor.",
                   f"Guests can have breakfast in the {restaurant} between {b_start} and {b_end}."]),
        pick(rng, [f"Check-in opens at {in_time}, and rooms must be left by {out_time} on the day of departure.",
                   f"Rooms are ready from {in_time}; on the last day they have to be vacated by {out_time}."]),
    ]
    q = [
        (pick(rng, ["In which city is the hotel?", f"Where is {hotel}?"]), city),
        (pick(rng, ["What type of room was booked?", f"What kind of room will {guest.split()[0]} stay in?"]), room),
        (pick(rng, ["On what date does the guest leave?", "When is the check-out date?"]), checkout),
        (pick(rng, ["On what date does the guest arrive?", "When does the stay begin?"]), checkin),
        (pick(rng, ["How much is one night?", "What is the nightly price?"]), price),
        (pick(rng, ["When does breakfast start?", "From what time is breakfast available?"]), b_start),
        (pick(rng, ["Where is breakfast served?", "In which room can guests eat breakfast?"]), restaurant),
        (pick(rng, ["By what time must the room be vacated?", "What is the latest time to leave the room?"]),
         out_time),
    ]
    return "travel", s, q


def frame_train(rng):
    traveller = person(rng)
    origin, change, destination = rng.sample(CITIES, 3)
    dep = clock(rng, 6, 11)
    arr = clock(rng, 13, 20)
    platform = str(rng.randint(1, 14))
    leg = pick(rng, ["40", "55", "70", "90"])
    wait = pick(rng, ["12", "18", "25", "35"])
    price = euros(rng, 29, 120, 1)
    coach = str(rng.randint(2, 12))
    seat = str(rng.randint(11, 88))
    s = [
        pick(rng, [f"{traveller} is taking the {dep} train from {origin} to {destination}.",
                   f"{traveller} will travel from {origin} to {destination}, leaving at {dep}."]),
        pick(rng, [f"It leaves from platform {platform}, and there is a change at {change} after about {leg} minutes.",
                   f"The first train departs from platform {platform}; after roughly {leg} minutes passengers change at "
                   f"{change}."]),
        pick(rng, [f"The connection waits {wait} minutes and reaches {destination} at {arr}.",
                   f"After a wait of {wait} minutes, the second train arrives in {destination} at {arr}."]),
        pick(rng, [f"The ticket cost {price}, with a reserved seat {seat} in coach {coach}.",
                   f"{traveller.split()[0]} paid {price} and has seat {seat} in coach {coach}."]),
    ]
    q = [
        (pick(rng, ["When does the journey start?", "What time does the first train leave?"]), dep),
        (pick(rng, ["When does the traveller reach the destination?", f"What time does the train get to "
                                                                      f"{destination}?"]), arr),
        (pick(rng, ["Where do passengers have to change trains?", "In which city is the change?"]), change),
        (pick(rng, ["Which platform does the first train use?", "From what platform is the departure?"]), platform),
        (pick(rng, ["How much did the ticket cost?", "What was the price of the ticket?"]), price),
        (pick(rng, ["Which coach is the seat in?", "In what coach is the reserved seat?"]), coach),
        (pick(rng, ["How long is the wait for the connection?", "How long do passengers wait at the change?"]),
         f"{wait} minutes"),
    ]
    return "travel", s, q


def frame_species(rng):
    leader = person(rng)
    institute = pick(rng, ["Halvik Institute of Marine Biology", "Norcaster University", "the Eastern Alpine Research "
                           "Station", "the Velden Natural History Museum", "Corran University", "the Tarrow Field "
                           "Centre"])
    kind, species = pick(rng, [("frog", "copper-banded tree frog"), ("beetle", "Velden cave beetle"),
                               ("bird", "pale-winged sunbird"), ("shrew", "striped marsh shrew"),
                               ("gecko", "blue-spotted gecko"), ("moth", "ember moth"), ("snail", "glass-shell snail"),
                               ("fish", "dusk minnow")])
    month = rng.choice(MONTHS)
    year = str(rng.randint(2019, 2025))
    habitat = pick(rng, ["cloud forest", "limestone caves", "coastal marshes", "high meadows", "mangrove swamps",
                         "river gorges"])
    region = pick(rng, ["the Ambery Hills", "the Serrat valley", "the Kallo rainforest", "the Dunmore coast",
                        "the Orvik plateau", "the Mellow Lakes district"])
    altitude = pick(rng, ["800 metres", "1,200 metres", "1,900 metres", "2,400 metres", "300 metres"])
    length = pick(rng, ["4 centimetres", "12 millimetres", "9 centimetres", "18 centimetres", "6 millimetres"])
    feature = pick(rng, ["bright orange spots on the back", "a bronze stripe along each side", "unusually long legs",
                         "pale blue eyes", "a short forked tail"])
    count = str(rng.randint(12, 140))
    s = [
        pick(rng, [f"In {month} {year}, a team led by {leader} of {institute} described a new {kind}, the {species}.",
                   f"The {species}, a {kind} new to science, was described in {month} {year} by a team under {leader} "
                   f"from {institute}."]),
        pick(rng, [f"It was found in the {habitat} of {region}, at about {altitude} above sea level.",
                   f"The animals live in the {habitat} of {region}, around {altitude} up."]),
        pick(rng, [f"Adults measure around {length} and have {feature}.",
                   f"A fully grown one is roughly {length} long, with {feature}."]),
        pick(rng, [f"So far the team has recorded {count} individuals.",
                   f"Only {count} individuals have been counted until now."]),
    ]
    q = [
        (pick(rng, ["Who led the team?", f"Which scientist headed the work on the {species}?"]), leader),
        (pick(rng, ["When was the species described?", "In which month and year was the new animal described?"]),
         f"{month} {year}"),
        (pick(rng, [f"Where does the {species} live?", "In which region was it discovered?"]), region),
        (pick(rng, ["At what altitude was it found?", "How high above sea level does it live?"]), altitude),
        (pick(rng, ["How big are the adults?", "What size does an adult reach?"]), length),
        (pick(rng, ["What distinguishes its appearance?", "Which feature do adults have?"]), feature),
        (pick(rng, ["How many individuals have been recorded?", "How many animals has the team counted?"]), count),
        (pick(rng, ["Which institution was the team from?", "Where does the team leader work?"]), institute),
    ]
    return "science", s, q


def frame_experiment(rng):
    researcher = person(rng)
    lab = pick(rng, ["Materials Lab at Norcaster University", "Kellford Polymer Centre", "Halvik Food Science Unit",
                     "Ashbury Soil Laboratory", "Stonebridge Battery Institute"])
    material = pick(rng, ["a plant-based plastic", "a new battery gel", "recycled glass fibre", "a seaweed packaging "
                          "film", "a bio-based glue"])
    n = str(rng.choice([12, 16, 20, 24, 30, 36, 48]))
    temp = pick(rng, ["minus 20 degrees Celsius", "minus 40 degrees Celsius", "4 degrees Celsius",
                      "minus 10 degrees Celsius"])
    duration = pick(rng, ["six weeks", "three months", "ten days", "72 hours", "two weeks"])
    result = pick(rng, ["brittle", "slightly cloudy", "softer", "weaker by a third", "unchanged in strength"])
    after = pick(rng, ["the first week", "about 40 hours", "the second month", "five days"])
    city = pick(rng, CITIES)
    month = rng.choice(MONTHS)
    s = [
        pick(rng, [f"At the {lab}, {researcher} tested how {material} behaves in the cold.",
                   f"{researcher}, who works at the {lab}, studied what happens to {material} at low temperatures."]),
        pick(rng, [f"In total, {n} samples were cooled to {temp} and kept there for {duration}.",
                   f"The team kept {n} samples at {temp} for {duration}."]),
        pick(rng, [f"The cold samples became {result} after {after}, while samples at room temperature did not "
                   "change.",
                   f"After {after} the cooled samples were {result}; those kept at room temperature stayed the same."]),
        pick(rng, [f"The results will be presented at a conference in {city} in {month}.",
                   f"{researcher.split()[0]} will present the findings in {city} in {month}."]),
    ]
    q = [
        (pick(rng, ["What material was tested?", "Which material did the study look at?"]), material),
        (pick(rng, ["How many samples were cooled?", "What was the number of samples?"]), n),
        (pick(rng, ["To what temperature were the samples cooled?", "How cold were the samples kept?"]), temp),
        (pick(rng, ["How long were the samples kept cold?", "For what period did the cold test run?"]), duration),
        (pick(rng, ["What happened to the cooled samples?", "How did the cold samples change?"]), result),
        (pick(rng, ["Where will the results be presented?", "In which city is the conference?"]), city),
        (pick(rng, ["Who carried out the study?", "Which researcher ran the tests?"]), researcher),
    ]
    return "science", s, q


def frame_comet(rng):
    observatory = pick(rng, ["Halvik Observatory", "Mount Corran Observatory", "the Elmstead Sky Centre",
                             "Lisbury Observatory", "the Tarrow Hill station"])
    comet = f"{rng.choice(['Varnel', 'Oskova', 'Brightwater', 'Keldan', 'Marlow', 'Ituri'])}-{rng.randint(2, 9)}"
    discovered = date(rng)
    year = str(rng.randint(2020, 2025))
    size = pick(rng, ["60-centimetre", "1-metre", "40-centimetre", "2-metre"])
    distance = pick(rng, ["410 million kilometres", "290 million kilometres", "520 million kilometres",
                          "350 million kilometres"])
    visible = rng.choice(MONTHS)
    period = rng.choice(["70", "120", "250", "800", "3,000"])
    observer = person(rng)
    s = [
        pick(rng, [f"Astronomers at {observatory} first spotted comet {comet} on {discovered} {year} using a {size} "
                   "telescope.",
                   f"Comet {comet} was discovered on {discovered} {year} with a {size} telescope at {observatory}."]),
        pick(rng, [f"The first images were taken by {observer}.", f"{observer} took the first images."]),
        pick(rng, [f"At that time the comet was about {distance} from the Sun.",
                   f"When it was found, it lay roughly {distance} from the Sun."]),
        pick(rng, [f"It should be visible with binoculars in {visible} and will not return for about {period} years.",
                   f"Binoculars should show it in {visible}; after that it will be gone for around {period} years."]),
    ]
    q = [
        (pick(rng, [f"When was comet {comet} discovered?", "On what date was the comet first seen?"]),
         f"{discovered} {year}"),
        (pick(rng, ["Where was the comet discovered?", "Which observatory found the comet?"]), observatory),
        (pick(rng, ["What size of telescope was used?", "How large was the telescope?"]), size),
        (pick(rng, ["How far from the Sun was the comet?", "What was its distance from the Sun?"]), distance),
        (pick(rng, ["In which month can it be seen with binoculars?", "When will binoculars show the comet?"]),
         visible),
        (pick(rng, ["How long until the comet comes back?", "After how many years will it return?"]),
         f"{period} years"),
        (pick(rng, ["Who took the first pictures?", "Who photographed the comet first?"]), observer),
    ]
    return "science", s, q


GADGETS = {  # category: (battery life, charging time, weight)
    "pair of wireless headphones": (["20 hours", "30 hours", "40 hours"], ["90 minutes", "two hours"],
                                    ["190 grams", "240 grams", "260 grams"]),
    "fitness watch": (["five days", "seven days", "ten days"], ["one hour", "90 minutes"], ["32 grams", "45 grams"]),
    "portable speaker": (["12 hours", "18 hours", "24 hours"], ["three hours", "four hours"],
                         ["540 grams", "680 grams", "900 grams"]),
    "e-reader": (["four weeks", "six weeks"], ["two hours", "three hours"], ["175 grams", "210 grams"]),
    "electric toothbrush": (["three weeks", "two weeks"], ["eight hours", "16 hours"], ["115 grams", "140 grams"]),
    "robot vacuum": (["90 minutes", "two hours", "150 minutes"], ["four hours", "five hours"],
                     ["3.2 kilograms", "3.8 kilograms"]),
}


def frame_gadget(rng):
    brand = pick(rng, ["Veltra", "Nexo", "Ambrel", "Sona", "Kivo", "Lumio", "Tarran", "Quell"])
    name = pick(rng, ["Glide", "Pulse", "Echo", "Nova", "Drift", "Halo", "Orbit"]) + f" {rng.randint(2, 9)}"
    category = pick(rng, sorted(GADGETS))
    batteries, charges, weights = GADGETS[category]
    price = euros(rng, 39, 299, 10)
    battery = pick(rng, batteries)
    charge = pick(rng, charges)
    weight = pick(rng, weights)
    if battery == charge:
        return None
    colours = rng.sample(["black", "white", "sand", "forest green", "navy", "coral", "grey"], 3)
    colour_text = f"{colours[0]}, {colours[1]} and {colours[2]}"
    warranty = pick(rng, ["one-year", "two-year", "three-year"])
    s = [
        pick(rng, [f"The {brand} {name} is {a_an(category)} that sells for {price}.",
                   f"{brand}'s {name}, {a_an(category)}, costs {price}."]),
        pick(rng, [f"Its battery lasts up to {battery} on one charge and takes {charge} to charge fully.",
                   f"A full charge takes {charge} and gives up to {battery} of use."]),
        pick(rng, [f"It weighs {weight} and comes in {colour_text}.",
                   f"The device weighs {weight}; buyers can choose {colour_text}."]),
        pick(rng, [f"Every unit has a {warranty} warranty.", f"{brand} gives a {warranty} warranty."]),
    ]
    q = [
        (pick(rng, [f"How much does the {name} cost?", "What is the price?"]), price),
        (pick(rng, ["How long does the battery last?", "How much use does one charge give?"]), battery),
        (pick(rng, ["How long does charging take?", "How much time is needed for a full charge?"]), charge),
        (pick(rng, ["How heavy is it?", "What does the device weigh?"]), weight),
        (pick(rng, ["Which colours are available?", "In what colours is it sold?"]), colour_text),
        (pick(rng, ["How long is the warranty?", "What warranty comes with it?"]), f"{warranty} warranty"),
        (pick(rng, [f"What kind of product is the {name}?", "What type of device is it?"]), category),
    ]
    return "products", s, q


APPLIANCES = [
    ("coffee machine", ["milk nozzle", "water tank valve", "coffee filter"], ["grind level 3", "medium strength"]),
    ("washing machine", ["drain filter", "drain hose", "soap drawer"], ["40 degrees", "30 degrees", "the Eco setting"]),
    ("dishwasher", ["spray arm", "drain filter", "salt valve"], ["the Eco setting", "the Auto setting"]),
    ("steam iron", ["steam nozzle", "water tank valve"], ["medium heat", "level 2"]),
    ("air fryer", ["fan guard", "air vent"], ["180 degrees", "the Crisp setting"]),
]


def frame_manual(rng):
    appliance, parts, settings = pick(rng, APPLIANCES)
    model = f"{rng.choice(['Brava', 'Kestrel', 'Norde', 'Velo', 'Crisp'])} {rng.randint(100, 900)}"
    programme = pick(rng, ["Clean", "Descale", "Rinse", "Care", "Service"])
    interval = pick(rng, ["month", "two weeks", "three months", "six weeks"])
    button = pick(rng, ["Start", "Menu", "Power", "Steam", "Eco"])
    seconds = str(rng.choice([3, 5, 8, 10]))
    light = pick(rng, ["green", "blue", "orange", "white"])
    code = f"E{rng.randint(1, 9)}{rng.randint(0, 9)}"
    part = pick(rng, parts)
    setting = pick(rng, settings)
    s = [
        pick(rng, [f"To keep the {model} {appliance} working well, run the {programme} programme once every "
                   f"{interval}.",
                   f"The manual for the {model} {appliance} says the {programme} programme should be run every "
                   f"{interval}."]),
        pick(rng, [f"Start it by holding the {button} button for {seconds} seconds until the light turns {light}.",
                   f"Hold down {button} for {seconds} seconds; the light turns {light} when the programme begins."]),
        pick(rng, [f"For everyday use, {setting} is recommended.", f"The recommended everyday setting is {setting}."]),
        pick(rng, [f"If the display shows {code}, the {part} is blocked and must be rinsed under warm water.",
                   f"Error {code} means a blocked {part}, which should be rinsed in warm water."]),
    ]
    q = [
        (pick(rng, ["Which programme keeps the appliance clean?", "What is the cleaning programme called?"]),
         programme),
        (pick(rng, ["How often should the programme be run?", "How frequently is the cleaning programme needed?"]),
         interval),
        (pick(rng, ["Which button starts the programme?", "What button must be held down?"]), button),
        (pick(rng, ["How long must the button be held?", "For how long is the button pressed?"]), f"{seconds} seconds"),
        (pick(rng, ["What colour does the light become?", "What colour shows that the programme has started?"]), light),
        (pick(rng, [f"What does error {code} point to?", f"Which part is blocked when {code} appears?"]), part),
        (pick(rng, ["Which setting is advised for daily use?", "What is recommended for everyday use?"]), setting),
    ]
    return "products", s, q


REVIEWED = {  # product: (things to praise, things to complain about)
    "rice cooker": (["the even cooking", "the simple controls", "the easy-clean bowl"],
                    ["the lid is hard to open", "the cable is too short", "the timer beeps loudly"]),
    "office chair": (["the solid build", "the soft armrests", "how easy it was to assemble"],
                     ["the seat feels hard after an hour", "it squeaks when tilted", "the wheels mark the floor"]),
    "tent": (["how quickly it goes up", "the low weight", "the roomy porch"],
             ["the zips stick", "the pegs bend easily", "it lets in water at the seams"]),
    "blender": (["the powerful motor", "the glass jug", "how quiet it is"],
                ["the lid leaks", "it is hard to clean", "the blades dull quickly"]),
    "air purifier": (["how quiet it is at night", "the clear display", "the cheap filters"],
                     ["the light cannot be switched off", "the app keeps disconnecting", "it is heavier than it looks"]),
    "electric bike": (["the long battery range", "the smooth gears", "the bright front light"],
                      ["the battery takes all night to charge", "the stand is weak", "it is heavy to carry upstairs"]),
    "kettle": (["how fast it boils", "the quiet switch", "the clear water window"],
               ["the handle gets hot", "the lid sticks", "limescale shows after a week"]),
}


def frame_review(rng):
    reviewer = rng.choice(FIRST)
    product = pick(rng, sorted(REVIEWED))
    pros, cons = REVIEWED[product]
    price = euros(rng, 900, 2400, 50) if product == "electric bike" else euros(rng, 25, 200, 5)
    month = rng.choice(MONTHS)
    weeks = pick(rng, ["three weeks", "six weeks", "two months", "four months"])
    pro = pick(rng, pros)
    con = pick(rng, cons)
    stars = pick(rng, ["two", "three", "four"])
    shop = pick(rng, ["Marlo Electronics", "Brightway Home", "Fennick Outdoor", "Hallam Sports", "Urbanleaf"])
    s = [
        pick(rng, [f"{reviewer} bought {a_an(product)} from {shop} for {price} in {month} and has used it for "
                   f"{weeks}.",
                   f"After {weeks} with {a_an(product)} bought in {month} from {shop} for {price}, {reviewer} wrote a "
                   "review."]),
        pick(rng, [f"The review praises {pro}, but complains that {con}.",
                   f"{reviewer} likes {pro}; the main complaint is that {con}."]),
        pick(rng, [f"Overall it gets {stars} stars out of five.", f"The final rating is {stars} out of five stars."]),
    ]
    q = [
        (pick(rng, ["What did the reviewer buy?", "Which product is reviewed?"]), product),
        (pick(rng, ["How much did it cost?", f"What price did {reviewer} pay?"]), price),
        (pick(rng, ["What does the reviewer like most?", "What is praised in the review?"]), pro),
        (pick(rng, ["What is the main complaint?", "What problem does the reviewer mention?"]), con),
        (pick(rng, ["How many stars does the product get?", "What rating did the reviewer give?"]), stars),
        (pick(rng, ["Where was it bought?", "Which shop sold the product?"]), shop),
        (pick(rng, ["How long has the reviewer used it?", "For how long has it been in use?"]), weeks),
    ]
    return "products", s, q


QA_FRAMES = [frame_clinic_hours, frame_appointment, frame_medication, frame_bank_fees, frame_loan, frame_company,
             frame_order, frame_returns, frame_support, frame_flight, frame_hotel, frame_train, frame_species,
             frame_experiment, frame_comet, frame_gadget, frame_manual, frame_review]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def shares_run(question: str, context: str, n: int = 6) -> bool:
    """True if the question repeats a run of ``n`` words of the context (a copied sentence)."""
    q, c = words(question), words(context)
    runs = {tuple(c[i:i + n]) for i in range(len(c) - n + 1)}
    return any(tuple(q[i:i + n]) in runs for i in range(len(q) - n + 1))


def qa_items(context: str, pairs, rng: random.Random | None, low: int = 3, high: int = 5):
    """The usable (question, answer, answer_start) triples of a context: answer found exactly once."""
    usable = []
    for question, answer in pairs:
        if context.count(answer) != 1 or not 1 <= len(answer.split()) <= 8 or shares_run(question, context):
            continue
        usable.append((question, answer, context.index(answer)))
    if rng is None:
        return usable
    if len(usable) < low:
        return []
    return rng.sample(usable, rng.randint(low, min(high, len(usable))))


def templated_contexts(rng: random.Random, frame, count: int, seen: set[str]) -> list[tuple[str, str, list]]:
    """``count`` new contexts from one frame, each with 3 to 5 questions."""
    out = []
    while len(out) < count:
        made = frame(rng)
        if made is None:
            continue
        domain, sentences, pairs = made
        context = " ".join(sentences)
        if context in seen or not 30 <= len(context.split()) <= 110:
            continue
        items = qa_items(context, pairs, rng)
        if not items:
            continue
        seen.add(context)
        out.append((domain, context, items))
    return out


def build_qa(rng: random.Random) -> list[dict]:
    by_split: dict[str, list] = {split: [] for split in ("train", "validation", "test")}
    seen = {entry["context"] for entry in handwritten.QA}
    for index, frame in enumerate(QA_FRAMES):
        per_split = dict(QA_CONTEXTS_PER_FRAME)
        if index % 3 == 0:  # one frame per domain gives one test context fewer (the test split has hand-written ones)
            per_split["test"] -= 1
            per_split["train"] += 1
        contexts = templated_contexts(rng, frame, sum(per_split.values()), seen)
        start = 0
        for split, count in per_split.items():
            by_split[split] += contexts[start:start + count]
            start += count
    for split in by_split:
        rng.shuffle(by_split[split])
    by_split["test"] += [(entry["domain"], entry["context"], None) for entry in handwritten.QA]
    rows = []
    for split, contexts in by_split.items():
        for domain, context, items in contexts:
            if items is None:  # hand-written: every question, offsets computed here
                entry = next(e for e in handwritten.QA if e["context"] == context)
                for question, answer in entry["qa"]:
                    assert context.count(answer) == 1, (answer, context)
                    rows.append({"split": split, "domain": domain, "source": "handwritten", "context": context,
                                 "question": question, "answer": answer, "answer_start": context.index(answer)})
                continue
            for question, answer, start in items:
                rows.append({"split": split, "domain": domain, "source": "templated", "context": context,
                             "question": question, "answer": answer, "answer_start": start})
    return [{"id": f"qa{i:04d}", **row} for i, row in enumerate(rows, 1)]


# --- Translation -----------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    return " ".join(words(text))


def build_translation(rng: random.Random) -> list[dict]:
    hand = handwritten.TRANSLATION
    taken = {normalise(en) for _, en, _ in hand}
    domains = grammar.DOMAINS
    per_split = {}
    for split, total in TRANSLATION_TARGETS.items():
        base, extra = divmod(total, len(domains))
        per_split[split] = {d: base + (1 if i < extra else 0) for i, d in enumerate(domains)}
    rows = {split: [] for split in TRANSLATION_TARGETS}
    for domain in domains:
        need = sum(per_split[split][domain] for split in TRANSLATION_TARGETS)
        pairs = []
        while len(pairs) < need:
            pair = grammar.generate_pair(rng, domain)
            if pair is None or normalise(pair.en) in taken or not 4 <= len(pair.en.split()) <= 14:
                continue
            taken.add(normalise(pair.en))
            pairs.append(pair)
        start = 0
        for split in ("test", "validation", "train"):
            chunk = pairs[start:start + per_split[split][domain]]
            start += len(chunk)
            rows[split] += [{"split": split, "domain": domain, "source": "templated", "en": p.en, "fr": p.fr}
                            for p in chunk]
    for split in rows:
        rng.shuffle(rows[split])
    rows["test"] += [{"split": "test", "domain": domain, "source": "handwritten", "en": en, "fr": fr}
                     for domain, en, fr in hand]
    ordered = rows["train"] + rows["validation"] + rows["test"]
    return [{"id": f"tr{i:04d}", **row} for i, row in enumerate(ordered, 1)]


# --- Summaries -------------------------------------------------------------------------------------------------


def build_summaries() -> list[dict]:
    """Hand-written only. Within each domain, in the written order, items 2 and 4 of every five go to
    validation and the others to test (40 and 60 items)."""
    position: dict[str, int] = {}
    rows = []
    for entry in handwritten.SUMMARIES:
        index = position.get(entry["domain"], 0)
        position[entry["domain"]] = index + 1
        split = "validation" if index % 5 in (1, 3) else "test"
        rows.append({"split": split, "domain": entry["domain"], "kind": entry["kind"],
                     "document": entry["document"], "summary": entry["summary"]})
    rows.sort(key=lambda row: row["split"] != "validation")  # stable: validation first
    return [{"id": f"sm{i:03d}", **row} for i, row in enumerate(rows, 1)]


# --- Writing ---------------------------------------------------------------------------------------------------

FILES = {"qa": "qa/qa.jsonl", "translation": "translation/en_fr.jsonl", "summaries": "summaries/summaries.jsonl"}


def build_all() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    qa = build_qa(rng)
    translation = build_translation(rng)
    return {"qa": qa, "translation": translation, "summaries": build_summaries()}


def write(output: Path) -> dict[str, Path]:
    written = {}
    for name, rows in build_all().items():
        path = output / FILES[name]
        path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        path.write_text(text, encoding="utf-8", newline="\n")
        written[name] = path
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=DATA, help="folder to write qa/, translation/, summaries/")
    args = parser.parse_args(argv)
    for name, path in write(args.output).items():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        sizes = {}
        for row in rows:
            sizes[row["split"]] = sizes.get(row["split"], 0) + 1
        print(f"{name}: {path} ({path.stat().st_size / 1e6:.2f} MB) {sizes}")


if __name__ == "__main__":
    main()
