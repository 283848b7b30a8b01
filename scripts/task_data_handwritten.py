"""The hand-written parts of lesson 07's task datasets (merged by scripts/make_task_data.py).

Written for the course by its authors; no external text. Every name of a person, company, product, place
or institution is invented (real city names excepted), and so are every figure and event.

- ``QA``: contexts with their questions and answers (test split). The answer must occur exactly once
  in its context; make_task_data.py computes ``answer_start``.
- ``TRANSLATION``: (domain, English, French) pairs (test split). They reuse the templated vocabulary in
  sentence shapes the grammar does not produce (two clauses, "if", "when", "but", comparisons, object
  pronouns, fronted time phrases, lists).
- ``SUMMARIES``: documents with a reference summary (validation and test splits).
"""

from __future__ import annotations

QA = [
    # --- healthcare ---
    {"domain": "healthcare",
     "context": "The blood donation van will park outside Kellford library on Thursday 9 May. Donors must be between "
                "18 and 65 years old and weigh at least 50 kilograms. Eat a proper meal beforehand and drink plenty "
                "of water, because an empty stomach can cause fainting. The whole visit takes about an hour, although "
                "the donation itself lasts only ten minutes.",
     "qa": [("Where will the van be parked?", "outside Kellford library"),
            ("What is the minimum weight for a donor?", "50 kilograms"),
            ("How long does the actual giving of blood take?", "ten minutes"),
            ("Why should donors eat before they come?", "an empty stomach can cause fainting"),
            ("On which day does the van come?", "Thursday 9 May")]},
    {"domain": "healthcare",
     "context": "Nadia's physiotherapist has given her three exercises for her sore knee. She should do the wall squats "
                "every morning, the step-ups every other day, and the leg stretches after any walk longer than twenty "
                "minutes. If the pain gets worse rather than better after two weeks, she must book another session "
                "before continuing.",
     "qa": [("Which joint is Nadia being treated for?", "knee"),
            ("How often are the step-ups done?", "every other day"),
            ("When are the stretches needed?", "after any walk longer than twenty minutes"),
            ("What should Nadia do if the pain increases over a fortnight?", "book another session")]},
    {"domain": "healthcare",
     "context": "Visiting hours on the children's ward are from 2 pm to 8 pm, but parents may stay with their child at "
                "any time. Each patient can have no more than two visitors at the bedside. Flowers are not allowed "
                "on the ward because of the risk of infection, though cards and balloons are welcome. The ward's "
                "direct number is 0161 448 2093.",
     "qa": [("Who is allowed on the ward outside normal visiting hours?", "parents"),
            ("How many people may sit with a patient at once?", "no more than two visitors"),
            ("Which gift is not permitted?", "Flowers"),
            ("When does visiting time finish?", "8 pm"),
            ("What number reaches the ward without going through the switchboard?", "0161 448 2093")]},
    {"domain": "healthcare",
     "context": "This autumn, the Oakmere pharmacy is offering flu jabs to everyone over 50 free of charge. Younger "
                "adults can have one for 14 euros unless they are pregnant or care for an elderly relative, in which "
                "case it is also free. No appointment is needed on Tuesday and Friday mornings; at other times, book "
                "online.",
     "qa": [("Which age group gets the vaccine for nothing?", "everyone over 50"),
            ("What does a 30-year-old normally pay for the jab?", "14 euros"),
            ("When can people simply turn up?", "Tuesday and Friday mornings"),
            ("How should people arrange a jab on other days?", "online")]},
    {"domain": "healthcare",
     "context": "Mateo's dentist found two small cavities at his check-up on 3 February. The first will be filled on "
                "17 February; the second can wait until his next check-up in August. He was told to cut down on "
                "fizzy drinks and to brush with a fluoride toothpaste twice a day.",
     "qa": [("What did the dentist discover?", "two small cavities"),
            ("When is the first filling booked?", "17 February"),
            ("On what date was Mateo examined?", "3 February"),
            ("Which drinks should Mateo have less of?", "fizzy drinks")]},
    # --- finance ---
    {"domain": "finance",
     "context": "Dear Ms Haddad, from 1 April your monthly pension will rise from 1,240 euros to 1,287 euros. The "
                "increase follows the yearly adjustment for inflation, which was set at 3.8% this year. Payments will "
                "still reach your account on the last working day of each month. If your bank details change, tell "
                "us at least three weeks in advance.",
     "qa": [("How much will Ms Haddad receive each month after the change?", "1,287 euros"),
            ("What was her monthly pension before the rise?", "1,240 euros"),
            ("From what date is the higher amount paid?", "1 April"),
            ("By what percentage were pensions adjusted?", "3.8%"),
            ("How much notice is required for new bank details?", "at least three weeks")]},
    {"domain": "finance",
     "context": "Lumen Bakery in Westerly raised 42,000 euros from 610 local investors to open a second shop. Each "
                "investor put in at least 50 euros and will receive a 6% return after three years, paid partly in "
                "bread vouchers. The new branch, next to the railway station, is due to open in spring.",
     "qa": [("How many people put money into the bakery?", "610 local investors"),
            ("What was the smallest amount anyone could invest?", "50 euros"),
            ("Where will the second shop be?", "next to the railway station"),
            ("When do investors get their return?", "after three years")]},
    {"domain": "finance",
     "context": "On Saturday evening, two payments of 89.99 euros and 240 euros were made with Leon's card at an online "
                "electronics store he had never used. He blocked the card in the banking app at 10:15 pm and reported "
                "the fraud the next morning. The bank refunded the smaller payment within a day but is still "
                "investigating the larger one.",
     "qa": [("Which payment has Leon already got back?", "89.99 euros"),
            ("Which payment is the bank still looking into?", "240 euros"),
            ("How did Leon stop the card?", "in the banking app"),
            ("At what time did he block it?", "10:15 pm")]},
    {"domain": "finance",
     "context": "Self-employed workers in Norcaster must file their tax return by 31 January, but payment of any tax "
                "owed can be spread over six monthly instalments. Anyone filing late is fined 100 euros, plus 10 "
                "euros for each further day, up to a maximum of 900 euros. The tax office's helpline is busiest in "
                "the last week of January, so calling early in the month is advised.",
     "qa": [("What is the deadline for sending in the return?", "31 January"),
            ("Over how many payments can the tax be split?", "six monthly instalments"),
            ("What is the highest fine for a late return?", "900 euros"),
            ("When is it hardest to get through to the helpline?", "the last week of January")]},
    {"domain": "finance",
     "context": "Exchange rates at the airport kiosk were 8% worse than the bank's rate last month, a consumer group "
                "found. For 500 euros, travellers received about 40 euros less in foreign currency than at a bank "
                "branch in town. The group advises ordering currency online at least two days before flying and "
                "collecting it from the departures hall.",
     "qa": [("How much worse was the kiosk's rate?", "8%"),
            ("How much did travellers lose on 500 euros?", "about 40 euros"),
            ("How far ahead should currency be ordered?", "at least two days before flying"),
            ("Who compared the rates?", "a consumer group")]},
    # --- customer service ---
    {"domain": "customer_service",
     "context": "I joined Pulse Gym in Ashbury in January on a twelve-month contract at 29 euros a month. After moving "
                "to another city in June, I asked to cancel, and the manager, Ms Ortega, agreed to end the contract "
                "on 31 July instead of December. She also waived the cancellation fee of 60 euros because I had a "
                "letter from my new employer.",
     "qa": [("What was the monthly membership fee?", "29 euros"),
            ("On what date will the membership stop?", "31 July"),
            ("Who accepted the request to cancel?", "Ms Ortega"),
            ("What document persuaded the manager to drop the fee?", "a letter from my new employer"),
            ("How much would cancelling normally have cost?", "60 euros")]},
    {"domain": "customer_service",
     "context": "Homelink apologises to customers in the Caddon area whose internet service was down from 6 am on "
                "Monday until 2 pm on Tuesday. The fault was caused by a damaged fibre cable at a building site on "
                "Mill Road. Every affected household will receive a credit of 15 euros on its next bill, with no "
                "need to apply.",
     "qa": [("When did the outage begin?", "6 am on Monday"),
            ("When was the connection working again?", "2 pm on Tuesday"),
            ("What caused the loss of service?", "a damaged fibre cable"),
            ("How much compensation will each home get?", "15 euros"),
            ("Where was the cable damaged?", "at a building site on Mill Road")]},
    {"domain": "customer_service",
     "context": "Marta's washing machine broke down fourteen months after she bought it, just outside the one-year "
                "shop guarantee. However, the manufacturer, Brava, offers a two-year warranty on the motor, and the "
                "technician confirmed that this was the part that had failed. The repair was therefore free, but she "
                "had to pay 45 euros for the visit because she had not registered the machine online.",
     "qa": [("How old was the machine when it stopped working?", "fourteen months"),
            ("How long does Brava cover the motor for?", "two-year"),
            ("What did Marta have to pay for?", "the visit"),
            ("Why was the visit not free?", "she had not registered the machine online")]},
    {"domain": "customer_service",
     "context": "Thank you for your message about your dinner at Casa Verde on 12 October. We are sorry that the fish "
                "was undercooked and that your table waited forty minutes for desserts. Our head chef, Paolo Greco, "
                "has reviewed the kitchen's timing, and we would like to offer you a meal for two on us at any time "
                "before the end of the year.",
     "qa": [("What was wrong with the fish?", "undercooked"),
            ("How long did the guests wait for the last course?", "forty minutes"),
            ("Who runs the kitchen?", "Paolo Greco"),
            ("What compensation does the restaurant propose?", "a meal for two"),
            ("Until when can the offer be used?", "before the end of the year")]},
    {"domain": "customer_service",
     "context": "From 1 March, the Family plan of StreamBox will cost 17.99 euros a month instead of 15.99 euros, while "
                "the Basic plan stays at 8.99 euros. Existing subscribers keep the old price until their next renewal "
                "date. Customers who prefer not to pay more can switch plans in the app at any time without a fee.",
     "qa": [("What will the Family plan cost from March?", "17.99 euros"),
            ("How much did the Family plan cost until now?", "15.99 euros"),
            ("Which plan keeps its price?", "the Basic plan"),
            ("Where can subscribers change their plan?", "in the app")]},
    # --- travel ---
    {"domain": "travel",
     "context": "The ferry to Halvik Island leaves the harbour at 7:40 am and 4:15 pm every day in summer, but only at "
                "9 am from October to April. The crossing takes 55 minutes. Cars must be booked at least 24 hours "
                "ahead, while foot passengers can buy tickets at the kiosk on the pier.",
     "qa": [("When does the ferry sail in winter?", "9 am"),
            ("What is the afternoon sailing in summer?", "4:15 pm"),
            ("How long does the trip to the island take?", "55 minutes"),
            ("Where can walkers get a ticket?", "at the kiosk on the pier"),
            ("How long in advance do drivers have to reserve?", "at least 24 hours")]},
    {"domain": "travel",
     "context": "The city museum is free on the first Sunday of every month; on other days adults pay 12 euros and "
                "students 7 euros. Audio guides in six languages can be borrowed at the cloakroom for a deposit of "
                "20 euros. Allow at least two hours for the main collection, which is on the upper floors.",
     "qa": [("How much does a student pay?", "7 euros"),
            ("On which day can visitors get in for nothing?", "the first Sunday of every month"),
            ("What deposit is asked for an audio guide?", "20 euros"),
            ("Where is the main collection?", "on the upper floors")]},
    {"domain": "travel",
     "context": "The coastal path from Corran to Elmstead is 18 kilometres long and takes most walkers about six hours. "
                "The steepest section is the climb to Gull Point, roughly a third of the way along. There is no shop "
                "or café between the two villages, so walkers should carry food and at least two litres of water. "
                "Buses back to Corran leave Elmstead at 5 pm and 7 pm.",
     "qa": [("How long is the walk in distance?", "18 kilometres"),
            ("Where is the hardest climb?", "Gull Point"),
            ("How much water is recommended?", "at least two litres"),
            ("When does the last bus return to Corran?", "7 pm")]},
    {"domain": "travel",
     "context": "Ravi collected a small hatchback from the rental desk at Porto airport on 2 September and must return "
                "it by 10 am on 9 September. The price of 238 euros covers unlimited kilometres and basic insurance, "
                "but not the 15-euro charge for a second driver. The tank was full at pick-up and has to be full "
                "again at return, or a refuelling fee applies.",
     "qa": [("Where did Ravi pick up the car?", "Porto airport"),
            ("By when must the car be brought back?", "10 am on 9 September"),
            ("What is the total rental price?", "238 euros"),
            ("What happens if the tank is not full on return?", "a refuelling fee applies")]},
    {"domain": "travel",
     "context": "Regional trains between Lisbury and Tarrow will not run on 14 and 15 November because of a strike by "
                "signal workers. Replacement buses will leave from outside the station every 30 minutes, but the "
                "journey will take about 50 minutes longer than usual. Tickets already bought for those days can be "
                "refunded or used on any other day that week.",
     "qa": [("Why are the trains cancelled?", "a strike by signal workers"),
            ("How often do the replacement buses run?", "every 30 minutes"),
            ("How much extra time will the journey need?", "about 50 minutes"),
            ("Where do the buses depart from?", "outside the station")]},
    # --- science ---
    {"domain": "science",
     "context": "Researchers counted bees in 40 gardens across Norcaster over two summers. Gardens left partly unmown "
                "had almost three times as many bee species as neatly kept lawns. The most common visitor was the "
                "red-tailed bumblebee, found in every garden but one. The team recommends leaving at least a fifth "
                "of a lawn to grow long from May to August.",
     "qa": [("How many gardens were surveyed?", "40"),
            ("Which bee was seen most often?", "the red-tailed bumblebee"),
            ("What share of a lawn should be left uncut?", "at least a fifth"),
            ("In which months should the grass be allowed to grow?", "from May to August"),
            ("How did species numbers in wild gardens compare with tidy ones?", "almost three times as many")]},
    {"domain": "science",
     "context": "A weather balloon launched from Velden school reached a height of 31 kilometres before it burst, two "
                "hours after take-off. Its sensor recorded a temperature of minus 56 degrees Celsius at the coldest "
                "point. The instruments came down by parachute in a field 74 kilometres east of the school, where a "
                "farmer found them the next day.",
     "qa": [("What altitude did the balloon reach?", "31 kilometres"),
            ("How long after the launch did the balloon burst?", "two hours"),
            ("What was the lowest temperature measured?", "minus 56 degrees Celsius"),
            ("Where did the instruments land?", "74 kilometres east of the school"),
            ("Who recovered the equipment?", "a farmer")]},
    {"domain": "science",
     "context": "Lake Mellow froze over completely on 28 December this year, eleven days later than the average since "
                "records began in 1950. Scientists at the field station drill holes every week to measure the ice, "
                "which reached a maximum thickness of 38 centimetres in February. The ice had melted by 2 April.",
     "qa": [("When did the whole lake freeze?", "28 December"),
            ("Since when have records been kept?", "1950"),
            ("How thick did the ice get at most?", "38 centimetres"),
            ("How often do the scientists check the ice?", "every week"),
            ("By what date was the ice gone?", "2 April")]},
    {"domain": "science",
     "context": "Students at Caddon College compared three ways of composting kitchen waste. After twelve weeks, the "
                "bin with worms had turned 80% of the waste into compost, against 55% for the heap turned weekly and "
                "30% for the heap left alone. The worm bin also smelled the least, although it needed the most care.",
     "qa": [("How long did the comparison run?", "twelve weeks"),
            ("What share of the waste did the worms turn into compost?", "80%"),
            ("How much did the regularly turned heap compost?", "55%"),
            ("Which method had the weakest smell?", "The worm bin")]},
    {"domain": "science",
     "context": "Walkers on the Dunmore coast found a fossil jaw in a fallen block of clay after a storm in March. "
                "Experts from the town museum say it belonged to a marine reptile about 180 million years old and "
                "roughly four metres long. The jaw will be displayed from the summer, next to a cast of the full "
                "skeleton.",
     "qa": [("What was discovered?", "a fossil jaw"),
            ("When was it found?", "after a storm in March"),
            ("How old is the fossil thought to be?", "about 180 million years old"),
            ("How big was the animal?", "roughly four metres long")]},
    # --- products ---
    {"domain": "products",
     "context": "Kivo is recalling its Breeze 200 desk fan, sold between May and August, after reports that the plug "
                "can overheat. Owners should stop using the fan immediately and check the serial number on the base. "
                "Fans with numbers starting KB21 will be replaced free of charge, and the company will send a prepaid "
                "label for returning the old one.",
     "qa": [("Which product is being recalled?", "Breeze 200 desk fan"),
            ("What is the safety problem?", "the plug can overheat"),
            ("Where can owners find the serial number?", "on the base"),
            ("Which fans will be exchanged?", "numbers starting KB21")]},
    {"domain": "products",
     "context": "We bought the Harbour three-seater sofa in grey for 899 euros. Delivery took six weeks instead of the "
                "promised four, but the sofa itself is excellent: firm cushions, washable covers and sturdy oak legs. "
                "My only criticism is that the covers shrank slightly after the first wash at 40 degrees, so I now "
                "wash them at a lower temperature.",
     "qa": [("What was the price of the sofa?", "899 euros"),
            ("How long did the delivery actually take?", "six weeks"),
            ("What wood are the legs made of?", "oak"),
            ("What happened to the covers after washing?", "shrank slightly"),
            ("Which colour did the buyers choose?", "grey")]},
    {"domain": "products",
     "context": "The Nexo A5 and the Nexo A5 Pro look almost identical, but the Pro has a larger 6.7-inch screen, "
                "compared with 6.1 inches on the standard model. The Pro's battery is also bigger, at 5,000 mAh "
                "instead of 4,200 mAh, and it costs 649 euros rather than 499 euros. Both phones have the same "
                "50-megapixel main camera.",
     "qa": [("How large is the Pro's display?", "6.7-inch"),
            ("What is the battery capacity of the cheaper phone?", "4,200 mAh"),
            ("How much does the standard A5 cost?", "499 euros"),
            ("What do the two models have in common?", "the same 50-megapixel main camera")]},
    {"domain": "products",
     "context": "Before assembling the bookcase, check that the box contains four shelves, two side panels, a back "
                "board and a bag of 24 screws. You will need a cross-head screwdriver; a drill is not recommended "
                "because it can split the wood. Two people should lift the finished bookcase, which weighs 31 "
                "kilograms, and it must be fixed to the wall with the bracket provided.",
     "qa": [("How many shelves should be in the box?", "four shelves"),
            ("Which tool is required?", "a cross-head screwdriver"),
            ("Why is a drill a bad idea?", "it can split the wood"),
            ("How heavy is the bookcase once built?", "31 kilograms"),
            ("What holds the bookcase against the wall?", "the bracket provided")]},
    {"domain": "products",
     "context": "Our Highland Blend is roasted in small batches in Brindle Cross every Tuesday and shipped the same "
                "day. It combines beans from Ethiopia and Colombia and has notes of dark chocolate and orange peel. "
                "For the best flavour, use the beans within a month of roasting and store them away from light.",
     "qa": [("In which town is the coffee roasted?", "Brindle Cross"),
            ("How often is it roasted?", "every Tuesday"),
            ("Where do the beans come from?", "Ethiopia and Colombia"),
            ("How quickly should the coffee be used up?", "within a month of roasting")]},
]

TRANSLATION: list[tuple[str, str, str]] = [
    # shopping
    ("shopping", "I bought a red dress and two white shirts.", "J'ai acheté une robe rouge et deux chemises blanches."),
    ("shopping", "The blue bag is more expensive than the black bag.", "Le sac bleu est plus cher que le sac noir."),
    ("shopping", "My sister likes cheese but she doesn't like fish.",
     "Ma sœur aime le fromage mais elle n'aime pas le poisson."),
    ("shopping", "If the bakery is open, I am going to buy bread.",
     "Si la boulangerie est ouverte, je vais acheter du pain."),
    ("shopping", "We need milk, butter and sugar for the cake.",
     "Nous avons besoin de lait, de beurre et de sucre pour le gâteau."),
    ("shopping", "Anna's coat is green and her hat is black.", "Le manteau d'Anna est vert et son chapeau est noir."),
    ("shopping", "These shoes are too small for me.", "Ces chaussures sont trop petites pour moi."),
    ("shopping", "Which dress do you prefer, the red dress or the blue dress?",
     "Quelle robe est-ce que vous préférez, la robe rouge ou la robe bleue ?"),
    ("shopping", "On Saturdays, my parents buy fish at the market.",
     "Le samedi, mes parents achètent du poisson au marché."),
    ("shopping", "I found a small black wallet under the table.",
     "J'ai trouvé un petit portefeuille noir sous la table."),
    ("shopping", "Apples are less expensive at the market than at the supermarket.",
     "Les pommes sont moins chères au marché qu'au supermarché."),
    ("shopping", "She wants a new computer, but it is very expensive.",
     "Elle veut un ordinateur neuf, mais il est très cher."),
    ("shopping", "He is looking for a gift for his mother and his father.",
     "Il cherche un cadeau pour sa mère et son père."),
    ("shopping", "When I go to the market, I always buy apples.",
     "Quand je vais au marché, j'achète toujours des pommes."),
    ("shopping", "We didn't buy the jacket because it was too expensive.",
     "Nous n'avons pas acheté la veste parce qu'elle était trop chère."),
    ("shopping", "Do you have this sweater in a bigger size?",
     "Est-ce que vous avez ce pull dans une taille plus grande ?"),
    ("shopping", "The shop sells bags, umbrellas and watches.", "Le magasin vend des sacs, des parapluies et des montres."),
    ("shopping", "I would like two apples and a coffee, please.",
     "Je voudrais deux pommes et un café, s'il vous plaît."),
    ("shopping", "The white shirt is in my bag, not in the car.",
     "La chemise blanche est dans mon sac, pas dans la voiture."),
    ("shopping", "Paul, do you want bread or cheese?", "Paul, est-ce que tu veux du pain ou du fromage ?"),
    ("shopping", "My daughter chose a yellow umbrella and a pink bag.",
     "Ma fille a choisi un parapluie jaune et un sac rose."),
    ("shopping", "The shoes that I bought yesterday are very comfortable.",
     "Les chaussures que j'ai achetées hier sont très confortables."),
    ("shopping", "We often eat soup in winter.", "Nous mangeons souvent de la soupe en hiver."),
    ("shopping", "The cake is delicious, but the coffee is cold.", "Le gâteau est délicieux, mais le café est froid."),
    ("shopping", "How much do the apples and the oranges cost?", "Combien coûtent les pommes et les oranges ?"),
    ("shopping", "She sold her old bike and bought a new car.",
     "Elle a vendu son vieux vélo et a acheté une voiture neuve."),
    ("shopping", "I prefer the grey lamp to the white lamp.", "Je préfère la lampe grise à la lampe blanche."),
    # booking
    ("booking", "We would like a quiet room near the sea.", "Nous voudrions une chambre calme près de la mer."),
    ("booking", "If the hotel is full, we are going to stay at the flat.",
     "Si l'hôtel est complet, nous allons rester à l'appartement."),
    ("booking", "The train to Lyon leaves at 9 am and arrives at noon.",
     "Le train pour Lyon part à 9 heures et arrive à midi."),
    ("booking", "I booked a table for four people, but we are five.",
     "J'ai réservé une table pour quatre personnes, mais nous sommes cinq."),
    ("booking", "Tomorrow, we are going to rent a car and visit the castle.",
     "Demain, nous allons louer une voiture et visiter le château."),
    ("booking", "My parents arrived late at the hotel because they missed the train.",
     "Mes parents sont arrivés en retard à l'hôtel parce qu'ils ont raté le train."),
    ("booking", "Is breakfast included in the price of the room?",
     "Est-ce que le petit-déjeuner est compris dans le prix de la chambre ?"),
    ("booking", "Our flight is cancelled, so we are going to stay at the airport hotel.",
     "Notre vol est annulé, donc nous allons rester à l'hôtel de l'aéroport."),
    ("booking", "The room is clean, but it is very noisy.", "La chambre est propre, mais elle est très bruyante."),
    ("booking", "Which platform does the train to Paris leave from?", "De quel quai part le train pour Paris ?"),
    ("booking", "We left the hotel at 10 am and took a taxi to the station.",
     "Nous avons quitté l'hôtel à 10 heures et nous avons pris un taxi jusqu'à la gare."),
    ("booking", "Can I change my ticket if I miss the train?",
     "Est-ce que je peux changer mon billet si je rate le train ?"),
    ("booking", "The children stayed at the hotel and we visited the museum.",
     "Les enfants sont restés à l'hôtel et nous avons visité le musée."),
    ("booking", "Don't forget your passport and your tickets.", "N'oubliez pas votre passeport et vos billets."),
    ("booking", "The next bus is full, so we are going to wait for the taxi.",
     "Le prochain bus est complet, donc nous allons attendre le taxi."),
    ("booking", "Anna, did you book the seats by the window?",
     "Anna, est-ce que tu as réservé les places près de la fenêtre ?"),
    ("booking", "Our suitcases are heavy, but the taxi is big.", "Nos valises sont lourdes, mais le taxi est grand."),
    ("booking", "I would like to book a room for two nights from Friday.",
     "Je voudrais réserver une chambre pour deux nuits à partir de vendredi."),
    ("booking", "The flight to Montreal leaves from gate 12 at 7 pm.",
     "Le vol pour Montréal part de la porte 12 à 19 heures."),
    ("booking", "My sister is taking the plane and I am taking the train.",
     "Ma sœur prend l'avion et je prends le train."),
    ("booking", "We called the hotel because the room was cold.",
     "Nous avons appelé l'hôtel parce que la chambre était froide."),
    ("booking", "Tom and Julie arrived in Spain yesterday evening.", "Tom et Julie sont arrivés en Espagne hier soir."),
    ("booking", "Anna and Sophie left the hotel this morning.", "Anna et Sophie ont quitté l'hôtel ce matin."),
    ("booking", "Anna and Sophie came back from Italy last week.",
     "Anna et Sophie sont revenues d'Italie la semaine dernière."),
    ("booking", "Is there a taxi at the station at night?", "Est-ce qu'il y a un taxi à la gare la nuit ?"),
    ("booking", "The flat is big, but it is far from the beach.",
     "L'appartement est grand, mais il est loin de la plage."),
    ("booking", "How much does a room for one night cost?", "Combien coûte une chambre pour une nuit ?"),
    # health
    ("health", "My head hurts and I have a fever.", "J'ai mal à la tête et j'ai de la fièvre."),
    ("health", "If you have a fever, you must call the doctor.",
     "Si vous avez de la fièvre, vous devez appeler le médecin."),
    ("health", "The doctor can see you tomorrow, but not on Monday.",
     "Le médecin peut vous voir demain, mais pas lundi."),
    ("health", "My son has a cough, so he is not going to school.",
     "Mon fils a de la toux, donc il ne va pas à l'école."),
    ("health", "Take two tablets after breakfast and one tablet before dinner.",
     "Prenez deux comprimés après le petit-déjeuner et un comprimé avant le dîner."),
    ("health", "She went to the pharmacy because she needed syrup.",
     "Elle est allée à la pharmacie parce qu'elle avait besoin de sirop."),
    ("health", "When my back hurts, I take the bus.", "Quand j'ai mal au dos, je prends le bus."),
    ("health", "The dentist is busy this morning, but he can see you this afternoon.",
     "Le dentiste est occupé ce matin, mais il peut vous voir cet après-midi."),
    ("health", "My mother had an appointment with the doctor on Tuesday.",
     "Ma mère avait un rendez-vous avec le médecin mardi."),
    ("health", "Is the pharmacy next to the hospital open on Sundays?",
     "Est-ce que la pharmacie à côté de l'hôpital est ouverte le dimanche ?"),
    ("health", "The nurse is tired because she worked all night.",
     "L'infirmière est fatiguée parce qu'elle a travaillé toute la nuit."),
    ("health", "I forgot my prescription at home.", "J'ai oublié mon ordonnance à la maison."),
    ("health", "My children are sick, so we are staying at home today.",
     "Mes enfants sont malades, donc nous restons à la maison aujourd'hui."),
    ("health", "You must not take this medicine with coffee.",
     "Vous ne devez pas prendre ce médicament avec du café."),
    ("health", "Her ear hurts more than her throat.", "Elle a plus mal à l'oreille qu'à la gorge."),
    ("health", "Can I change my appointment with the dentist to Friday?",
     "Est-ce que je peux changer mon rendez-vous avec le dentiste pour vendredi ?"),
    ("health", "The doctor gave me a prescription for these tablets.",
     "Le médecin m'a donné une ordonnance pour ces comprimés."),
    ("health", "We waited for the doctor for an hour.", "Nous avons attendu le médecin pendant une heure."),
    ("health", "My father is going to the hospital on Monday morning.", "Mon père va à l'hôpital lundi matin."),
    ("health", "His knees hurt in winter.", "Il a mal aux genoux en hiver."),
    ("health", "Louis, you must drink water and eat soup.", "Louis, tu dois boire de l'eau et manger de la soupe."),
    ("health", "The clinic is closed today, but the hospital is open.",
     "La clinique est fermée aujourd'hui, mais l'hôpital est ouvert."),
    ("health", "I don't have a fever, but my throat hurts.", "Je n'ai pas de fièvre, mais j'ai mal à la gorge."),
    ("health", "My sisters went to the doctor because they were sick.",
     "Mes sœurs sont allées chez le médecin parce qu'elles étaient malades."),
    ("health", "Is the clinic near the station or near the museum?",
     "Est-ce que la clinique est près de la gare ou près du musée ?"),
    ("health", "She takes her medicine every morning before breakfast.",
     "Elle prend son médicament tous les matins avant le petit-déjeuner."),
    ("health", "After the appointment, we are going to the pharmacy.",
     "Après le rendez-vous, nous allons à la pharmacie."),
    # banking
    ("banking", "I want to open an account, but I don't have my passport.",
     "Je veux ouvrir un compte, mais je n'ai pas mon passeport."),
    ("banking", "If your card doesn't work, you can pay in cash.",
     "Si votre carte ne marche pas, vous pouvez payer en espèces."),
    ("banking", "The bank opens at 9 am and closes at 5 pm.", "La banque ouvre à 9 heures et ferme à 17 heures."),
    ("banking", "I lost my card, so I called the bank.", "J'ai perdu ma carte, donc j'ai appelé la banque."),
    ("banking", "My brother sent 100 euros to my sister yesterday.", "Mon frère a envoyé 100 euros à ma sœur hier."),
    ("banking", "Can I withdraw money at the post office?", "Est-ce que je peux retirer de l'argent à la poste ?"),
    ("banking", "We paid the bill, but the bank sent another letter.",
     "Nous avons payé la facture, mais la banque a envoyé une autre lettre."),
    ("banking", "This account costs 3 euros per month, and the card is free.",
     "Ce compte coûte 3 euros par mois, et la carte est gratuite."),
    ("banking", "I pay my bills by card, but my father pays by cheque.",
     "Je paie mes factures par carte, mais mon père paie par chèque."),
    ("banking", "Excuse me, is the bank open on Saturdays?", "Excusez-moi, est-ce que la banque est ouverte le samedi ?"),
    ("banking", "My card is blocked because I forgot my code.", "Ma carte est bloquée parce que j'ai oublié mon code."),
    ("banking", "Anna withdrew 50 euros and paid for the taxi.", "Anna a retiré 50 euros et a payé le taxi."),
    ("banking", "The letter from the bank is on the kitchen table.",
     "La lettre de la banque est sur la table de la cuisine."),
    ("banking", "We are going to close our account and open a new account.",
     "Nous allons fermer notre compte et ouvrir un nouveau compte."),
    ("banking", "Did you receive the money that I sent?", "Est-ce que vous avez reçu l'argent que j'ai envoyé ?"),
    ("banking", "The bills that we received are very expensive.", "Les factures que nous avons reçues sont très chères."),
    ("banking", "Claire, you can't use my card.", "Claire, tu ne peux pas utiliser ma carte."),
    ("banking", "The loan is for a new car.", "Le prêt est pour une nouvelle voiture."),
    ("banking", "I need money for the flat, but I don't want a loan.",
     "J'ai besoin d'argent pour l'appartement, mais je ne veux pas de prêt."),
    ("banking", "Paul lost his wallet, and now he has no money.",
     "Paul a perdu son portefeuille, et maintenant il n'a pas d'argent."),
    ("banking", "The post office is closed, so I am going to send the parcel tomorrow.",
     "La poste est fermée, donc je vais envoyer le colis demain."),
    ("banking", "My parents open their letters in the kitchen every morning.",
     "Mes parents ouvrent leurs lettres dans la cuisine tous les matins."),
    ("banking", "How much money do you want to withdraw?", "Combien d'argent est-ce que vous voulez retirer ?"),
    ("banking", "I paid 20 euros for the ticket and 5 euros for the map.",
     "J'ai payé 20 euros pour le billet et 5 euros pour le plan."),
    ("banking", "The bank is next to the post office, opposite the church.",
     "La banque est à côté de la poste, en face de l'église."),
    ("banking", "If you lose your card, call the bank.", "Si vous perdez votre carte, appelez la banque."),
    # weather
    ("weather", "It is raining in Paris, but it is sunny in Nice.", "Il pleut à Paris, mais il y a du soleil à Nice."),
    ("weather", "If it rains tomorrow, we are going to stay at home.",
     "S'il pleut demain, nous allons rester à la maison."),
    ("weather", "When it is cold, I drink tea.", "Quand il fait froid, je bois du thé."),
    ("weather", "It was very cold this morning, but now it is hot.",
     "Il faisait très froid ce matin, mais maintenant il fait chaud."),
    ("weather", "It is colder in Lille than in Nice.", "Il fait plus froid à Lille qu'à Nice."),
    ("weather", "It snowed in the mountains, so we are going to take the car.",
     "Il a neigé à la montagne, donc nous allons prendre la voiture."),
    ("weather", "In summer, it is often hot in Spain and in Italy.",
     "En été, il fait souvent chaud en Espagne et en Italie."),
    ("weather", "Is it going to rain in London or in Brussels?", "Est-ce qu'il va pleuvoir à Londres ou à Bruxelles ?"),
    ("weather", "The sky is grey and it is windy.", "Le ciel est gris et il y a du vent."),
    ("weather", "It is 30 degrees in Nice, and the sea is warm.", "Il fait 30 degrés à Nice, et la mer est chaude."),
    ("weather", "Take your umbrella, because it is going to rain.", "Prenez votre parapluie, parce qu'il va pleuvoir."),
    ("weather", "Yesterday, it was nice, but today it is raining.", "Hier, il a fait beau, mais aujourd'hui il pleut."),
    ("weather", "It never snows in Nice in winter.", "Il ne neige jamais à Nice en hiver."),
    ("weather", "We are not going to the beach because it is cold.",
     "Nous n'allons pas à la plage parce qu'il fait froid."),
    ("weather", "In winter, the sky is often grey in the north.", "En hiver, le ciel est souvent gris dans le nord."),
    ("weather", "What is the weather like in Geneva and in Lyon?", "Quel temps fait-il à Genève et à Lyon ?"),
    ("weather", "It rained all day, so the children stayed at home.",
     "Il a plu toute la journée, donc les enfants sont restés à la maison."),
    ("weather", "When it snows, the buses are late.", "Quand il neige, les bus sont en retard."),
    ("weather", "It is going to be sunny tomorrow, but the wind is cold.",
     "Il va y avoir du soleil demain, mais le vent est froid."),
    ("weather", "The weather is nice, so we are eating in the park.", "Il fait beau, donc nous mangeons dans le parc."),
    ("weather", "Is it hot in Morocco in spring?", "Est-ce qu'il fait chaud au Maroc au printemps ?"),
    ("weather", "It was 5 degrees in Montreal, and it snowed all night.",
     "Il a fait 5 degrés à Montréal, et il a neigé toute la nuit."),
    ("weather", "In autumn, it often rains in the west.", "En automne, il pleut souvent dans l'ouest."),
    ("weather", "It is too hot in the city centre today.", "Il fait trop chaud dans le centre-ville aujourd'hui."),
    ("weather", "My sister lives in Canada, where it is very cold in winter.",
     "Ma sœur habite au Canada, où il fait très froid en hiver."),
    ("weather", "It is not raining now, so we can go out.", "Il ne pleut pas maintenant, donc nous pouvons sortir."),
    # directions
    ("directions", "Go straight on, then turn left at the church.", "Allez tout droit, puis tournez à gauche à l'église."),
    ("directions", "The museum is between the bank and the post office.", "Le musée est entre la banque et la poste."),
    ("directions", "Excuse me, is the station far from the hotel?",
     "Excusez-moi, est-ce que la gare est loin de l'hôtel ?"),
    ("directions", "The pharmacy is opposite the bakery, next to the bank.",
     "La pharmacie est en face de la boulangerie, à côté de la banque."),
    ("directions", "Take the first street on the right and go straight on to the park.",
     "Prenez la première rue à droite et allez tout droit jusqu'au parc."),
    ("directions", "If you turn left, you are going to see the castle.",
     "Si vous tournez à gauche, vous allez voir le château."),
    ("directions", "The hotel is five minutes from the station on foot.", "L'hôtel est à cinq minutes de la gare à pied."),
    ("directions", "How do I get to the beach from the station?", "Comment aller à la plage depuis la gare ?"),
    ("directions", "Is the swimming pool behind the school or behind the library?",
     "Est-ce que la piscine est derrière l'école ou derrière la bibliothèque ?"),
    ("directions", "The bus stop is in front of the town hall, near the bridge.",
     "L'arrêt de bus est devant la mairie, près du pont."),
    ("directions", "After the bridge, take the second street on the left.",
     "Après le pont, prenez la deuxième rue à gauche."),
    ("directions", "We went to the market on foot, then we took the bus.",
     "Nous sommes allés au marché à pied, puis nous avons pris le bus."),
    ("directions", "The cinema is near the park, in the first street on the left.",
     "Le cinéma est près du parc, dans la première rue à gauche."),
    ("directions", "Is there a bakery between the hotel and the beach?",
     "Est-ce qu'il y a une boulangerie entre l'hôtel et la plage ?"),
    ("directions", "Turn right at the traffic lights, then left at the crossroads.",
     "Tournez à droite aux feux, puis à gauche au carrefour."),
    ("directions", "My parents went to the castle by bus.", "Mes parents sont allés au château en bus."),
    ("directions", "The station is ten minutes by bike, but twenty minutes on foot.",
     "La gare est à dix minutes à vélo, mais à vingt minutes à pied."),
    ("directions", "Where are the shops and the restaurants?", "Où sont les magasins et les restaurants ?"),
    ("directions", "Julie, is the library open on Sundays?", "Julie, est-ce que la bibliothèque est ouverte le dimanche ?"),
    ("directions", "Excuse me, how do I get to the city centre by bus?",
     "Excusez-moi, comment aller au centre-ville en bus ?"),
    ("directions", "The car park behind the supermarket is full.", "Le parking derrière le supermarché est complet."),
    ("directions", "From the hotel, go straight on to the bridge.", "Depuis l'hôtel, allez tout droit jusqu'au pont."),
    ("directions", "The school and the church are in the same street.", "L'école et l'église sont dans la même rue."),
    ("directions", "Is the hospital near here, or do I need a taxi?",
     "Est-ce que l'hôpital est près d'ici, ou est-ce que j'ai besoin d'un taxi ?"),
    ("directions", "Sophie and Emma went to the beach, and Paul stayed at the hotel.",
     "Sophie et Emma sont allées à la plage, et Paul est resté à l'hôtel."),
    ("directions", "Don't take the first street, take the second street.",
     "Ne prenez pas la première rue, prenez la deuxième rue."),
    ("directions", "The theatre is behind the museum, near the bridge.", "Le théâtre est derrière le musée, près du pont."),
]

def _doc(domain: str, kind: str, document: str, summary: str) -> dict:
    """One summary item; line breaks in the source are only for reading."""
    return {"domain": domain, "kind": kind, "document": " ".join(document.split()),
            "summary": " ".join(summary.split())}


# The split is assigned by make_task_data.py: within each domain, in the order below, items 2 and 4 of every
# five go to validation and the others to test (40 validation, 60 test).
SUMMARIES: list[dict] = [
    # --- healthcare ---
    _doc("healthcare", "notice", """
        From Monday 3 June, Northgate Medical Practice will move to a new building at 14 Quarry Lane, about five
        minutes' walk from the old site. The old building on Station Road will close at 1 pm on Friday 31 May, and
        no appointments will be offered that afternoon. Phone numbers and opening hours stay the same. The new
        building has step-free access, a larger waiting room and twelve free parking spaces. Prescriptions already
        sent to the practice will be transferred automatically. Patients who need help with transport can ask at
        reception for a list of volunteer drivers.""", """
        Northgate Medical Practice moves to a step-free building at 14 Quarry Lane on 3 June, closing the old site
        early on 31 May; phone numbers, hours and prescriptions are unaffected."""),
    _doc("healthcare", "notice", """
        Linden Health Centre will hold walk-in flu vaccination sessions on the first three Saturdays of October,
        from 9 am to 1 pm. The vaccine is free for people aged 65 and over, pregnant women, and anyone with a
        long-term condition such as asthma or diabetes. Other adults may be vaccinated for 15 euros, paid by card.
        Please wear a short-sleeved top and bring your health card. Children will be vaccinated separately at their
        schools this year, so they should not come to these sessions. Anyone who feels feverish on the day should
        stay at home and book a later slot.""", """
        Linden Health Centre offers walk-in flu jabs on October's first three Saturday mornings, free for at-risk
        groups and 15 euros for other adults; children are vaccinated at school instead."""),
    _doc("healthcare", "letter", """
        Dear Mr Novak, thank you for attending the clinic on 12 March for your blood tests. Your results show that
        your cholesterol level has fallen since last year and is now within the normal range. Your iron level,
        however, is slightly low. Doctor Brandt suggests eating more green vegetables, beans and lean meat, and would
        like to repeat the iron test in three months. You do not need to make an appointment to discuss these
        results unless you feel unusually tired or short of breath. A form for the next test is enclosed; please
        take it to any of our blood test centres.""", """
        Mr Novak's cholesterol is now normal but his iron is slightly low, so he should eat more iron-rich food and
        repeat the test in three months."""),
    _doc("healthcare", "news", """
        Kellford General Hospital has opened a second MRI scanner, paid for largely by a local fundraising campaign
        that collected 1.2 million euros over two years. Until now, patients waited an average of nine weeks for a
        non-urgent scan. The hospital expects the new machine to cut that wait to around four weeks by the end of
        the year. The scanner is quieter than older models and has a wider opening, which should help patients who
        feel anxious in small spaces. Staff have also extended scanning hours to 10 pm on weekdays. The fundraising
        committee thanked the schools, clubs and businesses that took part.""", """
        A community-funded second MRI scanner at Kellford General Hospital, plus longer evening hours, should cut
        non-urgent waiting times from nine weeks to about four."""),
    _doc("healthcare", "notice", """
        Over the holiday period, the Oakmere pharmacy will open at reduced hours. On 24 and 31 December it will
        close at 2 pm, and it will be closed all day on 25 and 26 December and on 1 January. On all other days the
        usual hours apply. Patients who take regular medicines are asked to order repeat prescriptions at least a
        week earlier than normal. In an emergency outside opening hours, the duty pharmacy is listed on the door and
        on the town's website. The staff thank customers for their patience and wish everyone a peaceful
        holiday.""", """
        Oakmere pharmacy will close early on 24 and 31 December and shut on 25 and 26 December and 1 January, so
        regular patients should order repeat prescriptions a week early."""),
    _doc("healthcare", "letter", """
        Dear Ms Ferreira, your cataract operation on your left eye is booked for Wednesday 8 May at 11:30 am at the
        Eye Unit of Westerly Hospital. Please arrive one hour early so that the nurses can prepare you. You may eat
        a light breakfast before 7 am, but after that only water is allowed. Do not wear make-up or jewellery, and
        bring your usual eye drops. The operation itself takes about twenty minutes, and most patients go home the
        same afternoon. You will not be able to drive for at least a week, so please arrange for someone to take
        you home.""", """
        Ms Ferreira's left-eye cataract operation is on 8 May at 11:30 am; she must arrive an hour early, drink only
        water after 7 am, and arrange a lift home."""),
    _doc("healthcare", "news", """
        A new urgent care centre opened this week in the former post office on Hill Avenue in Ashbury. It treats
        minor injuries and illnesses such as sprains, small cuts, ear infections and mild burns, and is open every
        day from 8 am to 10 pm. Patients do not need an appointment, but they can check the current waiting time
        online. Health officials hope the centre will take pressure off the emergency department at Ashbury
        Hospital, where one in three visitors last year had a problem that could have been treated elsewhere.
        Serious emergencies such as chest pain or breathing problems should still go straight to the hospital.""", """
        Ashbury's new walk-in urgent care centre treats minor injuries and illnesses daily from 8 am to 10 pm,
        aiming to relieve the hospital's emergency department, which still handles serious cases."""),
    _doc("healthcare", "notice", """
        From next month, Elm Court Clinic will introduce an online booking system. Patients will be able to choose
        appointments up to four weeks ahead, cancel them and request repeat prescriptions through the website or the
        clinic's app. To register, bring photo identification to reception and you will receive a personal code.
        Telephone booking will continue for patients who prefer it, but the line will open at 8 am instead of
        7:30 am. A quarter of each day's appointments will still be kept for urgent cases booked on the day.""", """
        Elm Court Clinic is launching online booking, cancellation and prescription requests next month; phone
        booking continues from 8 am, and some same-day slots stay reserved for urgent cases."""),
    _doc("healthcare", "letter", """
        Dear Mrs Okafor, thank you for your letter about your husband's stay on Ward 6 in February. We are sorry
        that his meals were often served cold and that he waited more than an hour for help on two occasions during
        the night. We have looked into both problems. The ward's food trolleys were old and have now been replaced,
        and an extra nurse has been added to the night shift since April. The ward manager, Rosa Mensah, would be
        glad to meet you to discuss your experience further. Please call her office if you would like to arrange
        this.""", """
        The hospital apologises to Mrs Okafor for cold meals and long night-time waits during her husband's stay,
        explaining that food trolleys were replaced and a night nurse added."""),
    _doc("healthcare", "news", """
        Hearing checks will be offered free of charge at the Velden market hall every Thursday in March. The checks
        take about fifteen minutes and are carried out by qualified audiologists from the regional hospital.
        Organisers say that many people wait years before dealing with hearing loss, often because they think it is
        simply part of getting older. Anyone found to have a problem will be referred to the hospital's hearing
        clinic, where waiting times are currently about six weeks. No booking is needed, but people are advised to
        arrive early because places are limited to forty a day.""", """
        Free fifteen-minute hearing checks by hospital audiologists are available without booking at Velden market
        hall on Thursdays in March, with referrals for anyone who needs treatment."""),
    _doc("healthcare", "notice", """
        The town health office has issued advice for the heatwave expected from Tuesday, with temperatures of up to
        38 degrees. Older people, young children and those with heart or lung conditions are most at risk. Drink
        water regularly even if you are not thirsty, keep curtains closed during the day and avoid going out between
        11 am and 4 pm. Check on neighbours who live alone. The public library and the town hall will stay open until
        9 pm as cool rooms where anyone can rest. Signs of heatstroke include confusion, a very high temperature and
        hot, dry skin; in that case, call the emergency number.""", """
        Ahead of a heatwave of up to 38 degrees, the health office urges everyone, especially vulnerable people, to
        drink water and stay indoors at midday, and opens cool rooms until 9 pm."""),
    _doc("healthcare", "letter", """
        Dear patient, we are writing to let you know that from 1 September our practice will no longer treat
        patients under the state dental scheme. This decision was difficult, but the fees paid by the scheme no
        longer cover the cost of materials and staff. You can continue as a private patient, with a check-up
        costing 55 euros, or we can transfer your records to another practice. A list of nearby practices that
        still accept the scheme is enclosed. Any treatment that has already started will be completed at the
        current price.""", """
        From 1 September the dental practice leaves the state scheme because its fees are too low; patients can go
        private at 55 euros a check-up or move to another practice."""),
    _doc("healthcare", "news", """
        Ambulances in the Norcaster region reached the most serious emergencies in an average of seven minutes and
        forty seconds last year, the regional health authority said on Monday. That is almost two minutes faster
        than the year before. The improvement follows the opening of two new ambulance stations on the edge of the
        city and a change to how calls are sorted. However, response times in rural villages remain much longer, at
        over fifteen minutes on average. The authority plans to train volunteer first responders in twenty villages
        next year.""", """
        Norcaster's ambulances reached the most serious emergencies almost two minutes faster last year thanks to new
        stations and call sorting, but rural villages still wait over fifteen minutes."""),
    _doc("healthcare", "notice", """
        Visitors to Westerly Hospital will have to pay for parking from 1 July. The first thirty minutes will remain
        free, after which the charge is 2 euros per hour, up to 10 euros a day. Blue badge holders, parents of
        children staying overnight and patients attending regular treatment such as dialysis can apply for a free
        permit. Money raised will be used to repair the car park and add lighting. Buses 4 and 17 stop at the main
        entrance every fifteen minutes, and the hospital encourages visitors to use them.""", """
        From 1 July Westerly Hospital charges 2 euros an hour for parking after a free half hour, up to 10 euros a
        day, with free permits for some patients, parents and disabled drivers."""),
    _doc("healthcare", "letter", """
        Dear parent, our records show that your son, Tomas, is now due for his second measles, mumps and rubella
        vaccination. This dose is usually given between the ages of three and four and gives long-lasting
        protection. Please call the clinic to book an appointment with the practice nurse; sessions are held on
        Tuesday and Thursday afternoons. The injection is quick, and most children have no more than a sore arm
        afterwards. If Tomas has already been vaccinated elsewhere, please let us know so that we can update his
        record.""", """
        The clinic reminds Tomas's parents that his second measles, mumps and rubella vaccination is due and asks
        them to book a nurse appointment, or to report it if already given."""),
    _doc("healthcare", "news", """
        Patients at Lisbury Hospital are now eating vegetables grown on the hospital's own roof. The rooftop garden,
        created by volunteers last spring, produced more than 900 kilograms of tomatoes, beans, lettuce and herbs
        this year. The kitchen uses the produce in soups and salads, and patients recovering from long stays are
        invited to help with planting as part of their physiotherapy. The head chef says the garden has also changed
        how staff think about hospital food. The hospital now hopes to add beehives next year.""", """
        Lisbury Hospital's volunteer-built rooftop garden grew over 900 kilograms of vegetables this year for
        patients' meals and also serves as physiotherapy for recovering patients."""),
    _doc("healthcare", "notice", """
        Our telephone lines are currently out of order because of a fault at the exchange, and the repair may take
        until Thursday. During this time, patients can book appointments online or come to reception in person.
        Urgent requests can also be sent by email to the address on our website and will be answered within two
        hours during opening times. Repeat prescriptions are not affected. We apologise for the inconvenience and
        will post an update on our website as soon as the lines are working again.""", """
        The clinic's phone lines are down until about Thursday, so patients should book online or in person and send
        urgent requests by email; repeat prescriptions are not affected."""),
    # --- finance ---
    _doc("finance", "letter", """
        Dear customer, we are writing to tell you about a change to your Everyday account. From 15 March, the
        interest rate on arranged overdrafts will rise from 14.9% to 17.9% a year. If you do not use an overdraft,
        this change will not affect you. As an example, borrowing 500 euros for a month will cost about 7.50 euros
        instead of 6.20 euros. If you are unhappy with the change, you can close your account or switch to another
        of our accounts without charge before that date. You can see your current overdraft limit in the app.""", """
        From 15 March the bank raises its arranged overdraft rate from 14.9% to 17.9%, affecting only customers who
        borrow; anyone unhappy can switch or close the account free beforehand."""),
    _doc("finance", "news", """
        Pinecrest Furniture reported a loss of 3.4 million euros for the year, compared with a profit of 1.1 million
        the year before. The company blamed higher timber prices and weak demand for large items such as wardrobes
        and dining tables. Sales of garden furniture, however, rose by 12%. Chief executive Lena Bauer said the firm
        would close two of its eleven shops and move more of its sales online. No job losses are expected, as staff
        from the closing shops will be offered roles in the company's warehouse. Shares fell 6% after the
        announcement.""", """
        Pinecrest Furniture swung to a 3.4-million-euro loss on dearer timber and weak demand, and will close two
        shops and sell more online without job cuts; its shares fell 6%."""),
    _doc("finance", "letter", """
        Dear Mr and Mrs Costa, the fixed rate on your mortgage ends on 30 June. After that date, your mortgage will
        move to our standard variable rate, currently 6.4%, and your monthly payment will rise from 812 euros to about
        1,030 euros. To avoid this, you can choose a new fixed rate from the options enclosed, which range from 4.1%
        for two years to 4.5% for five years. There is no fee for switching. Please let us know your choice by
        31 May, either online or by calling your adviser, Samir Rahman.""", """
        The Costas' fixed mortgage rate ends on 30 June, after which payments would rise to about 1,030 euros; they
        can choose a new fixed deal free of charge by 31 May."""),
    _doc("finance", "news", """
        The Tamsin Credit Union will open its first branch in Tarrow next month, in a former shoe shop on the high
        street. The credit union, owned by its 8,000 members, offers savings accounts and small loans to people who
        live or work in the area. Its loans are capped at 5,000 euros and carry lower interest rates than most payday
        lenders. The branch will be staffed mainly by volunteers and open four days a week. Manager Grace Adeyemi
        said many local people had no bank nearby since two high-street banks closed last year.""", """
        The member-owned Tamsin Credit Union opens a volunteer-run branch in Tarrow next month, offering savings and
        cheap loans of up to 5,000 euros to a town left without banks."""),
    _doc("finance", "notice", """
        Kestrel Bank is warning customers about fake text messages that claim a payment has been blocked and ask
        them to call a number or click a link. The messages look genuine and sometimes appear in the same thread as
        real messages from the bank. Kestrel Bank will never ask you to move money to a 'safe account' or to share a
        code sent to your phone. If you receive such a message, do not reply; forward it to the bank's fraud team
        and delete it. Customers who think they have been tricked should call the number on the back of their card
        immediately.""", """
        Kestrel Bank warns of convincing fake texts about blocked payments, reminding customers that it never asks
        them to move money or share codes, and explains how to report such messages."""),
    _doc("finance", "news", """
        Norvex Energy will cut its standard electricity price by 7% from 1 October, the company announced on
        Wednesday. A typical household using 3,000 kilowatt hours a year will save about 65 euros annually. The
        reduction follows a fall in wholesale prices over the summer. Gas prices, however, will stay the same until
        at least January. Consumer groups welcomed the move but said that customers on fixed deals signed last
        winter were still paying far more than the new standard rate. Norvex has around 400,000 customers, mostly
        in the south of the country.""", """
        Norvex Energy is lowering its standard electricity price by 7% on 1 October, saving a typical household about 65
        euros a year, while gas prices stay unchanged until at least January."""),
    _doc("finance", "letter", """
        Dear Ms Lindqvist, your savings account ending in 4471 has had no deposits or withdrawals for more than five
        years. To protect dormant accounts, we will move the balance of 1,326.40 euros to a secure holding account on
        1 November unless you contact us before then. Your money will remain yours and can be claimed at any time,
        with interest. To keep the account active, simply log in to online banking or make any deposit or
        withdrawal. If you no longer need the account, you can close it and have the money transferred to another
        bank.""", """
        Ms Lindqvist's savings account, unused for five years and holding 1,326.40 euros, will be put in safekeeping
        on 1 November unless she uses it, though the money remains hers."""),
    _doc("finance", "news", """
        Solwen Water, the bottled water company based in Oakmere, has agreed to be bought by the larger drinks group
        Tavora for 48 million euros. Solwen's founders, who started the business in a garage fifteen years ago, will
        stay on to run it for at least three years. Tavora has promised to keep the bottling plant in Oakmere open and
        to protect the jobs of its 160 workers. The deal still needs approval from the competition authority, which
        is expected to decide by the spring. Local councillors said they were relieved that production would stay in
        the town.""", """
        Drinks group Tavora is buying Oakmere's Solwen Water for 48 million euros and has pledged to keep the plant
        and its 160 jobs, pending competition approval expected by spring."""),
    _doc("finance", "letter", """
        Dear Mr Silva, your home insurance policy will renew on 2 August. Your new yearly premium will be 412 euros,
        compared with 356 euros last year. The increase reflects higher repair costs and a rise in storm damage
        claims across the region, not any claim you have made. Your cover stays the same, including accidental damage
        and legal help. If you pay monthly, your payments will rise from 29.67 euros to 34.33 euros. You can reduce
        the premium by raising your excess from 100 euros to 250 euros. Please contact us if you would like to change
        anything.""", """
        Mr Silva's home insurance renews on 2 August at 412 euros instead of 356 because of regional repair and storm
        costs; his cover is unchanged, and a higher excess would lower the price."""),
    _doc("finance", "news", """
        The central bank left its main interest rate unchanged at 3.25% on Thursday, as most economists had expected.
        It said inflation had fallen to 2.6% in the last month but was still above its 2% target. Officials noted
        that wage growth remained strong and that they wanted more evidence before cutting rates. Mortgage lenders
        are therefore unlikely to lower their rates in the coming weeks. Savers, meanwhile, will continue to earn
        relatively high interest. The next decision is due in six weeks.""", """
        The central bank kept its rate at 3.25% because inflation, now 2.6%, is still above target, so mortgage rates
        are unlikely to fall soon while savers keep earning good interest."""),
    _doc("finance", "notice", """
        Harbourline Bank will close its Brindle Cross branch on 28 February. The number of customers visiting the
        branch has fallen by 70% in five years, while most now use the app or online banking. After the closure,
        customers can pay in cash and cheques at the post office on Church Lane, which will also offer cash
        withdrawals. A mobile bank van will visit the town square every Wednesday from 10 am to 2 pm. The nearest
        full branch is in Kellford, about 20 minutes away by bus.""", """
        Harbourline Bank closes its Brindle Cross branch on 28 February after visits fell by 70%; customers can use
        the post office, a weekly mobile van or the Kellford branch."""),
    _doc("finance", "news", """
        Quillon Software, a start-up from Corran that makes booking software for small clinics, has raised 6 million
        euros from investors. The company, founded three years ago by two former nurses, says its system is now used
        by more than 1,200 practices. The new money will be used to hire 40 engineers and to launch the product in
        two more countries next year. Quillon is not yet profitable, but its revenue doubled last year to 3.5 million
        euros. Its founders say the idea came from the hours they spent on the phone rescheduling patients.""", """
        Corran start-up Quillon Software, founded by two former nurses and used by 1,200 clinics, has raised 6
        million euros to hire 40 engineers and expand abroad, though it is not yet profitable."""),
    _doc("finance", "letter", """
        Dear Ms Tanaka, after reviewing your tax return for last year, we have found that you paid 318 euros more than
        you owed. This happened because your employer used the wrong tax code for the months of January to April.
        The overpayment will be paid into the bank account we hold for you within 15 working days. You do not need to
        do anything. Your employer has been told to use the correct code from now on, so your monthly take-home pay
        should rise slightly from next month.""", """
        Ms Tanaka overpaid 318 euros in tax because her employer used the wrong code early in the year; the refund
        arrives within 15 working days and her pay will rise slightly."""),
    _doc("finance", "complaint", """
        I am writing to complain about the charges on my account statement for May. I was charged 35 euros in fees
        for three payments that were refused on the same day, although the account was overdrawn by less than 20
        euros. Nobody contacted me before the fees were taken, and the app showed no warning. I have been a customer
        for eleven years and have never been overdrawn before. I would like the fees refunded and an explanation of
        why a text alert was not sent. Please reply within fourteen days.""", """
        A long-standing customer, charged 35 euros for three refused payments when barely overdrawn and without any
        warning, asks the bank for a refund and an explanation within fourteen days."""),
    _doc("finance", "news", """
        House prices in Norcaster fell by 2.1% over the past year, the first annual fall in almost a decade,
        according to figures from the city's estate agents. Flats in the city centre were hit hardest, with prices
        down 4%, while family homes in the suburbs held their value. Agents said higher mortgage rates had reduced
        the number of first-time buyers. Rents, however, kept rising and are now 9% higher than a year ago. Experts
        expect prices to stabilise next year if interest rates begin to come down.""", """
        Norcaster house prices fell 2.1% in a year, led by city-centre flats, as higher mortgage rates deterred
        first-time buyers, while rents rose 9%; prices may stabilise next year."""),
    _doc("finance", "letter", """
        Dear customer, your debit card ending in 2290 expires at the end of this month. Your new card was sent to you
        by post on 14 October and should arrive within five working days. It has the same number and PIN as your old
        card, but a new expiry date and security code. Please sign it as soon as it arrives and destroy the old card
        by cutting through the chip. Remember to update any subscriptions or online shops that store your card
        details. If the new card has not arrived by 25 October, please call us.""", """
        A replacement for the customer's expiring debit card, with the same number and PIN, was posted on 14 October;
        saved card details need updating, and the bank should be called if it has not arrived by 25 October."""),
    _doc("finance", "news", """
        The pension fund for the region's teachers will invest 200 million euros in solar and wind farms over the
        next five years. The fund, which manages savings for 90,000 current and former teachers, said the investments
        should give steady returns while supporting local jobs. Critics at a taxpayers' association argued that the
        fund was taking on too much risk in a single sector. The fund's director, Chen Jansen, replied that renewable
        energy would still make up less than 5% of its total assets. Members will be able to follow the projects
        through a new online dashboard.""", """
        The teachers' pension fund will put 200 million euros into solar and wind farms over five years, expecting
        steady returns, while critics call it too risky; it will be under 5% of assets."""),
]

SUMMARIES += [
    # --- customer service ---
    _doc("customer_service", "complaint", """
        I ordered a corner sofa from your website on 3 April and paid 1,150 euros in full. I was told delivery would
        take three weeks, but it is now the end of May and the sofa has still not arrived. Each time I call, I am
        given a new date, and nobody calls me back as promised. I took two days off work for deliveries that never
        came. I would like a firm delivery date within seven days or a full refund, as well as compensation for the
        lost days of work.""", """
        A customer who paid 1,150 euros for a sofa in early April still has no delivery after repeated missed dates,
        and demands a firm date within a week or a refund, plus compensation."""),
    _doc("customer_service", "letter", """
        Thank you for contacting us about the broken screen on the tablet you received last week. We are sorry that it
        was damaged during delivery. We have arranged for our courier to collect the damaged tablet from your home on
        Friday between 9 am and 1 pm; please leave it in its original box if possible. A replacement will be sent as
        soon as the collection is confirmed, and you do not need to pay anything. As an apology, we have also added a
        20-euro voucher to your account, which can be used until the end of the year.""", """
        The company apologises for a tablet damaged in delivery, will collect it on Friday morning and send a free
        replacement, and adds a 20-euro voucher to the customer's account."""),
    _doc("customer_service", "complaint", """
        My mobile phone bill for June was 96 euros, although my plan costs 25 euros a month. The extra charges are for
        data used abroad while I was in Spain, but your website says that roaming within Europe is included in my
        plan. When I called your helpline, the first agent agreed the charges were wrong, but the second agent said
        they were correct. I have been waiting for a reply to my email for two weeks. Please correct the bill and
        confirm in writing that roaming is included in my plan.""", """
        A customer billed 96 euros instead of 25 for data used in Spain, though roaming is advertised as included, got
        conflicting answers and wants a corrected bill and written confirmation."""),
    _doc("customer_service", "notice", """
        From 1 May, our customer service phone line will be open from 8 am to 8 pm on weekdays and from 9 am to 5 pm
        on Saturdays. It will no longer be open on Sundays, when fewer than 3% of calls were made. Our online chat,
        however, will now run seven days a week until 10 pm. Customers can also manage orders, returns and refunds at
        any time in their online account. We hope these changes will reduce waiting times, which have sometimes been
        over twenty minutes at busy periods.""", """
        From 1 May the customer service phone line closes on Sundays and keeps weekday and Saturday hours, while online
        chat extends to every day until 10 pm."""),
    _doc("customer_service", "complaint", """
        Our washing machine stopped working on 2 March, and we booked a repair under the extended warranty we bought
        from your shop. The engineer came on 9 March, said a part was needed and left. Since then, we have had no
        news. When I called on 20 March, I was told the part was out of stock, but nobody could say when it would
        arrive. We have a baby at home and have been using a laundrette for three weeks, which has cost us over 60
        euros. Either the machine should be repaired this week or it should be replaced.""", """
        Weeks after a warranty repair visit, a family's washing machine is still broken because a part is out of
        stock, costing them over 60 euros at a laundrette; they want it repaired or replaced."""),
    _doc("customer_service", "letter", """
        Dear Mr Petrov, thank you for your email about the showers at our Caddon club. You are right that the hot
        water has failed several times this month. The problem was caused by a faulty boiler, which was replaced on
        Tuesday, and the water has worked normally since then. We understand how frustrating this was after a workout,
        so we have added one free month to your membership. We have also asked our maintenance team to check the
        boiler every week from now on. We hope to see you at the club again soon.""", """
        The gym apologises to Mr Petrov for repeated hot-water failures caused by a faulty boiler, now replaced, and
        gives him a free month while introducing weekly boiler checks."""),
    _doc("customer_service", "complaint", """
        For the past two months, my broadband speed has been around 15 megabits per second, although I pay for a
        100-megabit package. I have restarted the router many times and tested the speed with a cable, as your
        support page suggests, with the same result. An engineer visit was booked for 12 September, but nobody came
        and I was not told why. I work from home and video calls keep dropping. I would like the problem fixed or my
        contract ended without the early exit fee, and a refund of the difference for the past two months.""", """
        A home worker paying for 100-megabit broadband has had about 15 for two months and a missed engineer visit,
        and asks for a fix or a penalty-free exit plus a partial refund."""),
    _doc("customer_service", "notice", """
        Our Reward Card programme is changing on 1 July. Instead of one point for every euro spent, members will earn
        one point for every two euros, but each point will be worth twice as much when it is redeemed. Points earned
        before July will keep their current value until the end of the year. Members will also receive a birthday
        voucher of 5 euros and early access to sales. If you do not want to take part in the new programme, you can
        cancel your membership and use your points before 30 June.""", """
        From 1 July Reward Card members earn half as many points per euro but each is worth double; old points keep
        their value until year-end, and members gain a birthday voucher and early sales."""),
    _doc("customer_service", "complaint", """
        I ordered a pair of brown leather boots in size 39 and received black trainers in size 42 instead. The
        delivery note inside the box had my name and order number, so the mistake happened in your warehouse. Your
        website says returns are free, but the return label asks me to pay 6.95 euros. I also need the boots for a
        wedding on 18 June. Please send the correct boots by express delivery and provide a free return label for
        the trainers.""", """
        A customer who ordered brown boots in size 39 received black trainers in size 42, and asks for the right boots
        by express before a wedding on 18 June and a free return label."""),
    _doc("customer_service", "letter", """
        Dear Ms Varga, thank you for sending us the photo of your meter. You were right: your last two bills were based
        on estimated readings that were too high. We have now corrected your account using your actual reading, and
        your balance has changed from 214 euros owed to 38 euros in credit. This credit will be taken off your next
        bill. To avoid estimates in future, you can submit a reading each month through our app. We apologise for the
        confusion and the worry it caused.""", """
        After Ms Varga sent a meter photo, the supplier admits that two estimated bills were too high and corrects her
        account, turning a 214-euro debt into a 38-euro credit."""),
    _doc("customer_service", "complaint", """
        I took my car to your garage on 4 October for its yearly service, for which your website advertises a fixed
        price of 179 euros. When I collected the car, I was asked to pay 412 euros, including new brake pads and a
        battery. Nobody called me to ask for permission before this extra work was done, and I was not shown the old
        parts. I paid the full amount because I needed the car, but I do not think I should have to pay for work I
        did not agree to. I ask you to refund the 233 euros difference.""", """
        A driver charged 412 euros instead of the advertised 179 for a service, because brake pads and a battery were
        fitted without permission, asks the garage to refund the 233-euro difference."""),
    _doc("customer_service", "notice", """
        Gifts bought between 15 November and 24 December can be returned until 31 January, instead of our usual 30
        days. Items must be unused and in their original packaging, with the receipt or a gift receipt. Gift receipts
        allow the person who received the present to exchange it or receive a voucher, but the money can only be
        refunded to the buyer's card. Food, personalised items and opened earphones cannot be returned for hygiene or
        safety reasons. Returns can be made in any of our shops or by post.""", """
        Gifts bought from 15 November to 24 December can be brought back unused until 31 January with a receipt;
        gift receipts give exchanges or vouchers, and some items are excluded."""),
    _doc("customer_service", "complaint", """
        Yesterday your courier marked my parcel as delivered, but it was not handed to me. The photo in the tracking
        shows it left on the steps outside the main door of my building, where anyone could take it. When I got home
        two hours later, it had gone. The parcel contained a pair of headphones worth 149 euros. Your delivery
        instructions say that parcels must be given to the customer or left with a neighbour. I ask you to send a
        replacement or refund the full amount.""", """
        A courier left a customer's 149-euro headphones on the building steps, against the company's own rules, and
        they were stolen; the customer asks for a replacement or a full refund."""),
    _doc("customer_service", "letter", """
        Dear Mr Rahman, thank you for your message about the points missing from your Reward Card. We checked your
        purchases and found that your card was not scanned at the self-service till on 8 and 15 August. We have now
        added the missing 86 points to your account, and they will appear within two days. The fault in the
        self-service software has been reported to our technical team. In the meantime, please ask a member of staff
        if the till does not show your points at the end of a purchase.""", """
        The supermarket found that Mr Rahman's Reward Card was not scanned at a self-service till on two days in
        August, has added the 86 missing points and reported the software fault."""),
    _doc("customer_service", "complaint", """
        We booked a deep clean of our flat through your app for 9 am on Saturday, paying 120 euros in advance. The
        cleaner arrived at 11:30 am, stayed for only two hours instead of the four we paid for, and left the kitchen
        and bathroom almost untouched. When I reported this in the app, I received an automatic message and then
        nothing. We are moving out next week and need the flat to be properly cleaned for the landlord's inspection.
        Please send another cleaner before Thursday or refund our money.""", """
        Customers who prepaid 120 euros for a four-hour deep clean got a late cleaner who left after two hours with
        the kitchen and bathroom barely touched, and want a new clean or a refund."""),
    _doc("customer_service", "notice", """
        You can now collect your orders from our new parcel lockers at twelve stations and supermarkets across the
        city. Choose 'locker delivery' at checkout and you will receive a text with a six-digit code when your parcel
        is ready. Parcels stay in the locker for five days; after that, they are returned to us and you get a full
        refund. Locker delivery is free for orders over 25 euros and costs 1.99 euros otherwise. Lockers are open 24
        hours a day and can hold parcels up to 15 kilograms.""", """
        Customers can now have orders delivered to parcel lockers at twelve city sites, free above 25 euros, and
        collect them with a texted code within five days before they are returned and refunded."""),
    _doc("customer_service", "complaint", """
        I booked a table for eight people at your restaurant for my mother's 70th birthday on Sunday 6 April, and
        received a confirmation email. When we arrived at 7 pm, the staff had no record of our booking and told us
        there were no free tables. We had to wait forty minutes on the pavement before a table was found, and the
        evening was spoiled. Your manager apologised but offered nothing else. I enclose a copy of the confirmation
        email. I hope you will agree that some form of compensation is appropriate.""", """
        A confirmed booking for eight at a 70th birthday dinner was lost, leaving the family waiting forty minutes
        outside; the writer asks the restaurant for compensation beyond an apology."""),
    # --- products ---
    _doc("products", "review", """
        I have been using the Sona Drift 5 headphones for about two months, mostly on the train to work. The noise
        cancelling is impressive: the engine noise almost disappears, and I can listen at a lower volume. The sound is
        warm and clear, although the bass is a bit heavy for my taste. Battery life is excellent, and I charge them
        only once a week. My main complaint is comfort, since the ear pads get hot after an hour or so. At 199 euros
        they are not cheap, but I would buy them again.""", """
        The reviewer praises the Sona Drift 5 headphones' noise cancelling, sound and week-long battery but finds the
        ear pads hot after an hour; despite the 199-euro price, they would buy them again."""),
    _doc("products", "review", """
        The Kivo Orbit 3 robot vacuum looked like a bargain at 229 euros, but it has been disappointing. It cleans
        open floors well enough, yet it gets stuck under our sofa almost every day and often misses corners
        completely. The app is slow and sometimes loses the map of the flat, so I have to start again. The bin is
        small and needs emptying after every run because we have a dog. Customer support replied quickly but could
        only suggest resetting the machine. I have given it two stars and would not recommend it for homes with
        pets.""", """
        The Kivo Orbit 3 cleans open floors but gets stuck, misses corners, loses its map and fills up quickly with
        pet hair, so the reviewer gives it two stars and advises pet owners against it."""),
    _doc("products", "news", """
        Lumio has launched a desk lamp that changes its light through the day, becoming cooler and brighter in the
        morning and warmer in the evening. The company says the lamp, called Halo 2, is designed for people who work
        long hours at home. It can be controlled with a button on the base or from a phone, and it switches off
        automatically after a set time. The lamp costs 89 euros and is available in black and white. Early reviewers
        praised its design but noted that the phone app requires an account.""", """
        Lumio's 89-euro Halo 2 desk lamp shifts from cool morning light to warm evening light for people working at
        home; reviewers like its design but not that the app needs an account."""),
    _doc("products", "notice", """
        Pebble Kids is recalling its Little Stars wooden rattle after tests found that the small bells inside can come
        loose and could be swallowed. The rattle was sold between February and September in the company's shops and
        online. Parents should take the rattle away from their child straight away. Customers will receive a full
        refund, even without a receipt, by returning the toy to any shop or sending it back with a free label from the
        company's website. No injuries have been reported so far.""", """
        Pebble Kids has recalled the Little Stars wooden rattle, sold from February to September, because its bells
        can come loose and be swallowed; every buyer gets a full refund."""),
    _doc("products", "review", """
        After our old blender broke, we chose the Ambrel Nova 4 because of its glass jug and seven-year motor warranty.
        It handles frozen fruit and ice without complaint and makes smooth soups in less than a minute. It is loud, as
        most blenders are, but not worse than our old one. Cleaning is simple: a drop of soap, warm water and thirty
        seconds on the highest speed. The only weak point is the lid, which is hard to remove when the jug is full. At
        139 euros, it feels like good value.""", """
        The Ambrel Nova 4 blender handles ice and soups well, cleans easily and has a seven-year motor warranty; apart
        from a stiff lid, the reviewer finds it good value at 139 euros."""),
    _doc("products", "review", """
        I bought the Fennick Ridge boots for a week of walking in the mountains. They were comfortable from the first
        day and needed almost no breaking in, which surprised me. They kept my feet dry through two days of heavy rain
        and gave good grip on wet rocks. However, after only three months, the sole has started to come away from the
        leather at the toe. The shop has agreed to repair them, but I expected more from boots costing 180 euros. I
        would give them three stars out of five.""", """
        The Fennick Ridge boots were comfortable, waterproof and grippy from the start, but their sole began to come
        off after three months, so the reviewer gives the 180-euro boots three stars."""),
    _doc("products", "news", """
        Nexo says its new A7 phone can be repaired at home with an ordinary screwdriver. The battery, screen and
        charging port can each be replaced in under ten minutes, and spare parts will be sold for at least seven
        years. The company hopes the design will appeal to customers who want to keep their phones longer and reduce
        waste. The A7 costs 429 euros, slightly more than similar phones, and its camera is less advanced than those of
        rival models. Environmental groups welcomed the launch.""", """
        Nexo's 429-euro A7 phone is built for easy home repair, with quick battery, screen and port swaps and spare
        parts for seven years, although its camera lags behind rivals."""),
    _doc("products", "review", """
        My Veltra Echo 6 e-reader goes everywhere with me. The screen is sharp and easy to read in bright sunlight, and
        the adjustable warm light is gentle at night. It is light enough to hold in one hand for hours. The battery
        lasts around five weeks with daily reading. I am less happy with the shop built into the device, which keeps
        showing adverts on the home screen unless you pay 20 euros to remove them. Loading my own books from a
        computer is also more complicated than it should be.""", """
        The Veltra Echo 6 e-reader has a sharp screen, a warm night light, low weight and a five-week battery, but the
        reviewer dislikes its adverts and the awkward loading of their own books."""),
    _doc("products", "notice", """
        An update for all Tarran smart speakers will be installed automatically overnight on 12 May. It fixes a
        problem that caused some speakers to lose their Wi-Fi connection after a power cut and improves voice
        recognition in noisy rooms. The speaker will restart during the update and may be silent for up to fifteen
        minutes. Alarms set for that night will still ring. If your speaker was unplugged at the time, the update will
        start the next time it is switched on.""", """
        Tarran smart speakers update automatically on the night of 12 May to fix Wi-Fi losses after power cuts and
        improve voice recognition; they may go silent briefly, but alarms still ring."""),
    _doc("products", "review", """
        I bought this office chair because the description promised good support for long working days. Assembly took
        almost two hours, as two of the screw holes did not line up and I had to widen them. Once built, the chair
        looked smart, but the seat cushion is thin and I start to feel the hard base after about an hour. The
        armrests cannot be adjusted, which puts my shoulders at an awkward height. For 249 euros, I expected much
        better. I have asked the shop for a refund.""", """
        The reviewer found the 249-euro office chair hard to assemble, thinly cushioned and without adjustable
        armrests, making it uncomfortable after an hour, and has asked for a refund."""),
    _doc("products", "news", """
        Kaldera Games will raise the price of its online gaming subscription from 7.99 euros to 9.99 euros a month from
        1 September. The company said the increase would pay for faster servers and more new games each month.
        Existing members who pay for a full year in advance before the change will keep the old price for twelve
        months. Players reacted angrily on social media, pointing out that the price had already risen last year. The
        subscription has around two million members.""", """
        Kaldera Games will raise its gaming subscription from 7.99 to 9.99 euros a month on 1 September, citing
        better servers and games; annual prepayers keep the old price, and many players are angry."""),
    _doc("products", "review", """
        We took the Fennick Trail 4 tent on a two-week family camping trip. Two adults can set it up in about fifteen
        minutes, and the colour-coded poles make it hard to get wrong. There is enough room for four people to sleep,
        plus a large porch for boots and bags. During one stormy night the tent stayed firm, although a little water
        came in near the door. It is heavy, at 9 kilograms, so it is best suited to car camping. Overall, it is a solid
        choice for families.""", """
        The Fennick Trail 4 tent is quick to pitch, sleeps four and stood firm in a storm despite a small leak; at 9
        kilograms it suits families who camp by car."""),
    _doc("products", "notice", """
        Because of a fault found in some units, Brava has extended the warranty on its Crisp 300 air fryers made in
        2023 from two to five years. The fault affects the fan motor, which may stop working after frequent use.
        Owners can check the production year on the label under the basket. Any fryer with this fault will be repaired
        or replaced free of charge, and the company will collect it from the customer's home. Owners do not need to
        register; they should simply contact customer service if the fan stops.""", """
        Brava has extended the warranty on Crisp 300 air fryers made in 2023 to five years because the fan motor may
        fail, offering free collection and repair or replacement."""),
    _doc("products", "review", """
        Our Kestrel 400 coffee machine makes excellent espresso, with rich crema and a steady temperature. The milk
        frother is powerful, though it takes some practice to avoid splashing. The water tank is at the back, which
        means pulling the machine forward every time we refill it. Descaling is needed every month in our hard-water
        area, and the process takes about half an hour. The machine costs 349 euros. It is not perfect, but after six
        months of daily use, we are still very happy with it.""", """
        After six months the owners love the Kestrel 400's espresso and strong milk frother but find the rear water
        tank awkward and monthly descaling slow; overall they are still very happy."""),
    _doc("products", "news", """
        Urbanleaf, a furniture shop chain, has started renting out furniture by the month. Customers can rent a sofa
        from 19 euros a month or a full bedroom set from 45 euros, with delivery and collection included. After a
        year, they can return the items, swap them for others or buy them at a reduced price. The company says the
        service is aimed at students and people who move often. Returned furniture will be cleaned, repaired if
        necessary and rented again, which Urbanleaf says will cut waste.""", """
        Urbanleaf now rents furniture by the month, from 19 euros for a sofa with delivery included, letting students
        and frequent movers return, swap or buy the items after a year."""),
    _doc("products", "review", """
        The Quell Pulse 3 toothbrush was recommended by my dentist, and I am glad I listened. It has a two-minute
        timer that pauses every thirty seconds to remind you to change areas, and a light that turns red when you
        press too hard. After a month, my gums bleed less than before. The battery lasts about three weeks, and the
        travel case is well made. Replacement heads are expensive at 12 euros for two, which is the only reason I do
        not give it five stars.""", """
        The Quell Pulse 3 toothbrush, with its timer and pressure light, has improved the reviewer's gums and lasts
        three weeks per charge, but its replacement heads are expensive."""),
    _doc("products", "notice", """
        From Monday, Marlo Electronics will match the price of any identical product sold for less by another shop in
        the country, including online shops. Customers only need to show the lower price on their phone at the till.
        The offer applies to new items in stock and does not include second-hand goods, marketplace sellers or special
        deals for members of other shops. If a customer finds a lower price within fourteen days of buying, the
        difference will be refunded. The company says the move is a response to growing online competition.""", """
        Marlo Electronics will match any lower price for identical new products from shops in the country, online
        included, and refund differences found within fourteen days, excluding second-hand and marketplace items."""),
    # --- travel ---
    _doc("travel", "notice", """
        From 5 to 19 November, the main runway at Halvik Airport will be closed at night for resurfacing work. No
        flights will take off or land between 11 pm and 6 am during this period. Most late evening flights have been
        moved to earlier times, and passengers affected should have received an email. The airport's car parks, shops
        and security will continue to operate normally during the day. The work is needed because the surface is more
        than twenty years old and has begun to crack. Passengers are advised to check their flight times before
        leaving home.""", """
        Halvik Airport's runway closes every night from 11 pm to 6 am between 5 and 19 November for resurfacing, so
        late flights have moved earlier and passengers should check their times."""),
    _doc("travel", "complaint", """
        We stayed at your hotel for three nights in August and were disappointed. The room we had booked, with a sea
        view, was not available, and we were given a room facing the car park without any discount. The air
        conditioning did not work, and although we reported it on the first evening, nobody came to repair it.
        Breakfast finished at 9:30 am, not 10:30 am as stated on your website. The staff at reception were friendly but
        could not help. We would like a partial refund for the room we did not receive.""", """
        Guests who got a car-park room instead of their booked sea view, broken air conditioning that was never fixed
        and a shorter breakfast than advertised ask for a partial refund."""),
    _doc("travel", "news", """
        A new direct train between Lisbury and the coast will start running in June, cutting the journey from two and a
        half hours to 85 minutes. Trains will run every hour from 6 am to 10 pm, with extra services on summer
        weekends. The line reuses old tracks that were closed to passengers in the 1970s and have been repaired over
        the past four years at a cost of 210 million euros. Tickets will cost the same as on the current route. Local
        businesses on the coast hope the faster connection will bring more day visitors.""", """
        From June an hourly direct train will link Lisbury and the coast in 85 minutes instead of two and a half
        hours, on restored tracks that cost 210 million euros, at unchanged fares."""),
    _doc("travel", "notice", """
        The Velden Natural History Museum will close for renovation from 1 February and reopen in late autumn. During
        the work, the roof will be replaced, lifts will be added to every floor and the dinosaur hall will be
        redesigned. Some of the collection will be shown in a temporary exhibition at the town library, which will be
        free to visit. Annual passes will be extended by the length of the closure. School groups that had booked
        visits will be offered lessons in their classrooms instead.""", """
        The Velden Natural History Museum closes from 1 February until late autumn for a new roof, lifts and a
        redesigned dinosaur hall, with a free exhibition at the library meanwhile."""),
    _doc("travel", "complaint", """
        My suitcase did not arrive when I landed in Porto on flight AZ 318 on 22 July. I reported it at the airport desk
        straight away and was told it would be delivered to my hotel within 24 hours. It arrived after six days, on the
        morning I flew home. During that time I had to buy clothes, toiletries and a phone charger, costing 287 euros,
        for which I have kept all the receipts. I am asking for these costs to be refunded, and for compensation for a
        holiday that was largely spoiled.""", """
        A suitcase lost on flight AZ 318 to Porto reached the passenger only after six days, so they claim back 287
        euros spent on essentials plus compensation for a spoiled holiday."""),
    _doc("travel", "news", """
        From next year, visitors staying overnight in Marrow Bay will pay a tourist tax of 2 euros per person per night,
        collected by hotels, guest houses and holiday flats. Children under 16 will not pay. The town expects to raise
        about 1.5 million euros a year, which will be spent on cleaning the beaches, repairing the seafront and running
        a free summer bus. Some hotel owners fear that the charge will put off families, while the town council argues
        that similar taxes in other resorts have not reduced visitor numbers. The council will review the tax after
        two years.""", """
        Marrow Bay will charge overnight visitors aged 16 and over a tourist tax of 2 euros a night from next year,
        raising about 1.5 million euros for beaches, the seafront and a free bus."""),
    _doc("travel", "notice", """
        Because of low water levels in the river, the afternoon ferry from Oakmere to Tarrow will not run from 10 to 24
        August. The morning ferry at 9:15 am will continue as normal. Passengers with tickets for the afternoon service
        can use them on the morning ferry or on the replacement bus, which leaves from the ferry terminal at 3 pm.
        Bicycles can be taken on the bus only if booked at least a day ahead. Full refunds are available for anyone who
        no longer wishes to travel.""", """
        Low river levels cancel the afternoon Oakmere to Tarrow ferry from 10 to 24 August; its tickets are valid on
        the morning ferry or a 3 pm replacement bus, or can be refunded."""),
    _doc("travel", "complaint", """
        On 3 March my train from Kellford to Norcaster was cancelled, and the next one was so crowded that I could not
        get on. I finally arrived at 11:40 am, almost three hours late, and missed an important job interview. I have
        filled in your online compensation form twice, but each time it was rejected because my ticket number was said
        to be invalid, although it is printed clearly on my ticket. I attach a photo of the ticket. I would like the
        compensation I am entitled to and an explanation of the error.""", """
        A traveller who arrived almost three hours late after a cancellation and missed a job interview asks for the
        compensation the online form wrongly refused twice, and for an explanation."""),
    _doc("travel", "news", """
        Azura Airways will start flying between Geneva and Tallinn in April, the first direct route between the two
        cities. Flights will run three times a week, on Mondays, Wednesdays and Fridays, with one-way fares starting at
        59 euros. The airline expects many passengers to be business travellers working in technology, as both cities
        have growing software industries. Tallinn's airport director said the route would also bring more tourists in
        summer. The flights will use new aircraft with 180 seats. Tickets went on sale on Tuesday.""", """
        Azura Airways will launch the first direct flights between Geneva and Tallinn in April, three times a week from
        59 euros, aimed at technology business travellers and summer tourists."""),
    _doc("travel", "notice", """
        Welcome to the Old Mill Lodge. Breakfast is served in the Garden Room from 7 am to 10 am, and packed lunches can
        be ordered the evening before. The swimming pool is open from 8 am to 8 pm; children under 12 must be with an
        adult. Towels for the pool are available at reception. Quiet hours begin at 10 pm, and we kindly ask guests to
        keep noise to a minimum after that time. Check-out is at 11 am, but later check-out can be arranged for a fee of
        20 euros, depending on availability.""", """
        The Old Mill Lodge sets out its breakfast and pool hours, packed lunches, quiet hours from 10 pm and an 11 am
        check-out that can be extended for 20 euros."""),
    _doc("travel", "news", """
        A 45-kilometre cycle path along the old canal between Stonebridge and Fenwick opened on Saturday. The path is
        paved, flat and separated from traffic for its whole length, making it suitable for families and beginners.
        Bikes can be hired at both ends and returned at the other for 18 euros a day. There are picnic areas and toilets
        every ten kilometres. Dogs are welcome on the path if they are kept on a lead. The project cost 7 million euros, shared between the two towns and a national fund for
        sustainable transport.""", """
        A flat, traffic-free 45-kilometre canal cycle path between Stonebridge and Fenwick has opened, with one-way
        bike hire at 18 euros a day and facilities every ten kilometres."""),
    _doc("travel", "complaint", """
        When I returned my rental car at Lyon airport on 14 June, the staff checked it and signed a form confirming
        there was no damage. Three weeks later, 350 euros was taken from my credit card for a scratch on the rear door.
        I was never shown any photo of the damage, and I have my own photos, taken at the return, which show no
        scratch. I do not accept this charge. Please refund the 350 euros and send me any evidence you have within ten
        days.""", """
        Three weeks after returning a rental car signed off as undamaged, the customer was charged 350 euros for a
        scratch without evidence, and demands a refund and any proof within ten days."""),
    _doc("travel", "notice", """
        Bus drivers in Norcaster will strike for 24 hours from 4 am on Thursday. No city buses will run during this
        time, but trams and regional trains are not affected. School buses will operate as normal because they are run
        by a different company. The bus company advises passengers to plan alternative journeys and to allow extra
        time, as roads are expected to be busier. Season tickets will be extended by one day. Services should return to
        normal from early on Friday morning.""", """
        A drivers' strike halts Norcaster's city buses for a day, starting at 4 am on Thursday; trams, trains and school
        buses still run, and season tickets are extended by a day."""),
    _doc("travel", "news", """
        A new mountain hut opened this summer at 2,300 metres on the route to Mount Corran. The hut has 40 beds in
        shared rooms, a kitchen and solar panels that provide all its electricity. It replaces an old shelter destroyed
        by an avalanche three winters ago. A night with dinner and breakfast costs 65 euros, or 45 euros for members of
        the alpine club. Booking is required, and the hut is open from mid-June to the end of September. Walkers are
        reminded that there is no phone signal on the last section of the path.""", """
        A solar-powered 40-bed hut on the route to Mount Corran replaces a shelter lost to an avalanche; half board
        costs 65 euros, or 45 for club members, and booking is required."""),
    _doc("travel", "complaint", """
        I booked a guided boat tour of the islands for 14 September, paying 85 euros per person for myself and my two
        children. On the morning of the tour, we received a text saying it was cancelled because of bad weather. I
        accept that safety comes first, but the weather was calm and other boats went out. We were offered a new date,
        which was after our holiday ended, and told that refunds take up to sixty days. I would like our 255 euros
        refunded immediately, as your own terms state refunds are paid within ten days.""", """
        A parent whose 255-euro boat tour was cancelled for bad weather on a calm day rejects a date after the holiday
        and demands the refund within ten days that the company's terms promise."""),
    _doc("travel", "notice", """
        The passport office has warned that applications are taking up to ten weeks to process because of record demand
        before the summer. Travellers should check that their passport is valid for at least six months after their
        return date, as some countries require this. A fast-track service, with an appointment and the passport issued
        within a week, costs 155 euros instead of the standard 75 euros. Applications can be tracked online. The office
        is hiring 300 extra staff to reduce waiting times.""", """
        Record demand means passport applications can take ten weeks, so travellers should check their passport's
        validity; a one-week fast track costs 155 euros instead of 75, and staff are being added."""),
    # --- science ---
    _doc("science", "news", """
        Researchers from Corran University fitted tiny tracking devices weighing less than one gram to 30 swallows last
        spring. The data showed that the birds flew more than 10,000 kilometres to southern Africa, crossing the Sahara
        in just three days. Several birds rested for almost a week in the same forest in Nigeria, which the team now
        believes is an important stopping point. Only 11 of the devices were recovered when the swallows returned this
        year. The researchers hope to protect the forest, which is threatened by logging.""", """
        Tiny trackers on 30 swallows revealed a 10,000-kilometre migration with a three-day Sahara crossing and a key
        resting forest in Nigeria, threatened by logging, that researchers want to protect."""),
    _doc("science", "news", """
        Scientists at the Ashbury Soil Laboratory compared fields that had been ploughed every year with fields that had
        not been ploughed for a decade. The unploughed soil held about 20% more water after heavy rain and contained
        three times as many earthworms. Crop yields were similar in both types of field, although the unploughed fields
        needed more careful weed control. The researchers say that reducing ploughing could help farms cope with
        droughts and floods. Their findings are based on 48 farms over six years.""", """
        A six-year study of 48 farms found that unploughed fields held more water and earthworms with similar yields,
        suggesting that ploughing less could make farms more resilient to droughts and floods."""),
    _doc("science", "notice", """
        Halvik Observatory will hold an open night on Saturday 14 October from 7 pm to 11 pm. If the sky is clear,
        visitors can look through the main telescope at Saturn and its rings, as well as the Moon. Astronomers will give
        short talks every hour in the lecture room, and there will be activities for children, including building a
        model rocket. Entry is free, but places are limited to 300 and must be booked online. Warm clothes are
        recommended, as the telescope dome is not heated.""", """
        Halvik Observatory holds a free open night on 14 October with views of Saturn and the Moon if the sky is
        clear, hourly talks and children's activities; places must be booked online."""),
    _doc("science", "news", """
        Engineers at the Stonebridge Battery Institute have developed a battery made mainly from salt and iron, two
        cheap and widely available materials. In tests, the battery kept 90% of its capacity after 5,000 charging
        cycles, although it stores less energy per kilogram than the lithium batteries used in phones. The team
        believes it could be useful for storing solar and wind power in large buildings, where weight does not matter.
        The institute has applied for a patent on the design. A pilot system will be installed at a school in
        Velden next year.""", """
        Stonebridge engineers have built a cheap salt-and-iron battery that retained 90% of its capacity over 5,000
        cycles; heavier than lithium, it could store renewable power in buildings."""),
    _doc("science", "news", """
        A group of about twelve pilot whales was seen off the Dunmore coast on Tuesday, the first sighting in the area
        for more than twenty years. Marine biologists from the Halvik Institute followed the group by boat for three
        hours and took photographs that will help identify individual animals. They believe the whales were following
        shoals of squid, which have become more common in the region as the sea has warmed. The photographs have been
        shared with researchers in other countries. The public is asked to report any further sightings but to keep
        boats at least 100 metres away.""", """
        About twelve pilot whales were seen off the Dunmore coast for the first time in over twenty years, probably
        following squid drawn by warmer seas; boats should keep 100 metres away."""),
    _doc("science", "news", """
        A year-long study by Norcaster University measured air pollution outside 25 primary schools. Levels of nitrogen
        dioxide were on average 30% higher at drop-off and pick-up times than during the rest of the day. At four
        schools where the street was closed to cars for half an hour at the start and end of the school day, pollution
        fell by almost half at those times. Parents at the four schools mostly supported the closures, although some
        shop owners complained. The researchers recommend that the city extend these 'school streets' to all primary
        schools on busy roads.""", """
        Around 25 primary schools, pollution peaked 30% above normal during drop-off and pick-up, but closing streets
        to cars at those times almost halved it, so researchers want closures at all schools on busy roads."""),
    _doc("science", "notice", """
        The Mellow Lakes Nature Trust is looking for volunteers to count butterflies this summer. The counts take
        fifteen minutes and can be done in any garden, park or field on a sunny day between 15 July and 15 August.
        Volunteers record how many of each species they see using a free app, which includes photos to help with
        identification. Last year, 4,300 people took part, and their results showed a worrying fall in two common
        species. No experience is needed.""", """
        The Mellow Lakes Nature Trust invites anyone to make fifteen-minute butterfly counts with a free app between
        15 July and 15 August, after last year's counts showed two common species declining."""),
    _doc("science", "news", """
        Archaeologists working ahead of a new road near Brindle Cross have uncovered the remains of a farming village
        about 4,000 years old. They found the outlines of six round houses, pieces of pottery and a stone for grinding
        grain. Burnt seeds show that the villagers grew barley and wheat. The road builders have agreed to move the
        route by 200 metres so that the most important part of the site can be preserved. Some of the finds will go on
        display at the town museum next year.""", """
        Archaeologists near Brindle Cross found a 4,000-year-old farming village with round houses, pottery and
        traces of grain, and the planned road will be moved 200 metres to preserve it."""),
    _doc("science", "news", """
        The Orvik glacier lost 1.8 metres of ice thickness last year, its largest loss since measurements began in 1962,
        according to scientists at the Eastern Alpine Research Station. A warm spring and a summer heatwave caused the
        melting, and very little new snow fell during the winter. The front of the glacier has now retreated by 1.2
        kilometres since the 1960s. Meltwater from the glacier supplies drinking water to several valley
        towns. The researchers say smaller glaciers in the region could disappear within thirty years if current
        trends continue.""", """
        The Orvik glacier thinned by a record 1.8 metres last year after a warm spring, a heatwave and little snow, and
        smaller glaciers nearby could vanish within thirty years."""),
    _doc("science", "news", """
        A study of 2,000 teenagers by researchers at Kellford University found that those who used their phones in bed
        slept on average 45 minutes less than those who left their phones in another room. The difference was largest
        on school nights. Teenagers who slept less also reported feeling more tired in lessons and had slightly lower
        marks in mathematics. The researchers stress that the study shows a link, not proof that phones cause poor
        sleep. They now plan a trial in which families agree to keep phones out of bedrooms for a month.""", """
        A Kellford study of 2,000 teenagers linked phone use in bed with 45 minutes less sleep, more tiredness and
        slightly lower maths marks, though it cannot prove that phones are the cause."""),
    _doc("science", "notice", """
        The Kellford Polymer Centre invites secondary school classes to visit its laboratories during Science Week, from
        11 to 15 March. Pupils will see how plastics are recycled, test the strength of different materials and talk to
        young researchers about their careers. Each visit lasts two hours and can host up to 30 pupils with two
        teachers. Visits are free, and the centre will pay half of the bus costs for schools more than 50 kilometres
        away. Applications close on 9 February.""", """
        The Kellford Polymer Centre offers free two-hour laboratory visits for school classes during Science Week, 11
        to 15 March, and helps distant schools with bus costs; apply by 9 February."""),
    _doc("science", "news", """
        Insects caught in traps at 15 nature reserves fell by 38% in weight between 2005 and 2024, according to a study
        published by the Tarrow Field Centre. The decline was steepest in reserves surrounded by farmland that is
        sprayed with pesticides. Reserves in forests or next to wetlands lost fewer insects. The
        study used the same type of trap at every site throughout the period. The authors warn that
        birds, bats and many plants depend on insects for food or pollination. They call for wider buffer zones without
        spraying around protected areas.""", """
        Insects trapped at 15 reserves fell by 38% in weight from 2005 to 2024, most steeply near sprayed farmland, so
        the authors call for wider pesticide-free zones around protected areas."""),
    _doc("science", "news", """
        A meteorite about the size of a tennis ball was found in a garden in Lisbury, two days after many people
        reported seeing a bright fireball in the night sky. The owner of the garden heard a loud bang and later noticed
        a small crater in his vegetable bed. Scientists from the Velden Natural History Museum confirmed that the black,
        rounded stone came from space. Tests will show its age and where it formed in the solar system. The owner has
        agreed to lend it to the museum for study.""", """
        A tennis-ball-sized meteorite, confirmed by museum scientists, landed in a Lisbury vegetable bed after a widely
        seen fireball, and its owner is lending it to the museum for study."""),
    _doc("science", "news", """
        Researchers at the Halvik Food Science Unit have developed a coating made from apple skins that helps fresh
        fruit stay fresh for longer. In tests, strawberries covered with the thin, invisible coating lasted seven days
        in a fridge instead of four. The coating is edible and has no taste. The team is now working with a fruit
        packing company to test it on a larger scale. If it works, it could reduce the amount of fruit thrown away by
        shops and households.""", """
        An edible, tasteless coating made from apple skins kept strawberries fresh for seven days instead of four and
        is now being tested on a larger scale to reduce fruit waste."""),
    _doc("science", "news", """
        Scientists have raised the alert level for the Kallo volcano from green to yellow after recording more than 300
        small earthquakes beneath it in the past week. The ground on the volcano's eastern side has also risen by four
        centimetres, suggesting that magma is moving underground. The last eruption of the Kallo volcano took place in 1911. There is no
        sign of an eruption in the coming days,
        but walking trails near the summit have been closed as a precaution. The observatory will publish daily
        updates, and residents of nearby villages have been told how to receive warnings by text message.""", """
        The Kallo volcano's alert level rose to yellow after 300 small earthquakes and ground uplift; no eruption is
        expected soon, but summit trails are closed and daily updates will follow."""),
    _doc("science", "notice", """
        The sleep laboratory at Corran University is looking for healthy adults aged 20 to 40 to take part in a study
        on shift work. Participants will spend three nights in the laboratory, where their sleep will be recorded using
        sensors on the head and wrist. They will also complete short memory tests each morning. Participants must not
        smoke or take regular medication. Everyone who completes the study will receive 150 euros. For more
        information, contact the research team by email before 30 April.""", """
        Corran University's sleep laboratory seeks healthy non-smokers aged 20 to 40 for a three-night study on shift
        work, with morning memory tests, paying 150 euros to those who finish."""),
]
