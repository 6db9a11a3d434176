"""Phrasings of deal news, one short made-up article each, with the facts a reader takes from it.

Written for these tests (not taken from any article); they cover the ways the relations
are said: active and passive voice, lists, appositions, regional arms, several deals in one sentence.
"""
import pytest

from graph.clean import split_body
from graph.extraction import extract
from graph.model import Article

CASES = [
    ('Berlin-based telehealth startup Kaveo has raised €20M in a Series A round co-led by Northzone and Lakestar. Existing investors Cherry Ventures and Atlantic Labs also joined the round.',
     [('Kaveo', 'raised', (20000000.0, 'EUR')), ('Northzone', 'led_round', 'Kaveo'), ('Lakestar', 'led_round', 'Kaveo'), ('Cherry Ventures', 'invested_in', 'Kaveo'), ('Atlantic Labs', 'invested_in', 'Kaveo'), ('Kaveo', 'headquartered_in', 'Berlin')]),
    ('Medplus Labs, a diagnostics chain based in Pune, secured Rs 100 crore from Quadria Capital. The company was founded by Anil Mehta in 2011.',
     [('Medplus Labs', 'raised', (1000000000.0, 'INR')), ('Quadria Capital', 'invested_in', 'Medplus Labs'), ('Medplus Labs', 'headquartered_in', 'Pune'), ('Medplus Labs', 'founded_by', 'Anil Mehta')]),
    ('Alibaba Health agreed to buy pharmacy operator Yaoshibang for RMB 400 million, the companies said on Tuesday.',
     [('Alibaba Health', 'acquired', 'Yaoshibang')]),
    ('UnitedHealth snapped up Change Healthcare in a deal worth $13 billion.',
     [('UnitedHealth', 'acquired', 'Change Healthcare')]),
    ("Hospital group Ramsay Health has merged with rival Aurora Clinics to form one of Europe's largest care providers.",
     [('Ramsay Health', 'merged_with', 'Aurora Clinics')]),
    ('A merger between Halodoc and Alodokter was called off last year.',
     [('Halodoc', 'merged_with', 'Alodokter')]),
    ('Sequoia Capital China and Hillhouse Capital were among the investors in the $150 million round for Yidu Cloud.',
     [('Sequoia Capital China', 'invested_in', 'Yidu Cloud'), ('Hillhouse Capital', 'invested_in', 'Yidu Cloud'), ('Yidu Cloud', 'raised', (150000000.0, 'USD'))]),
    ('Tencent-backed Miao Shou Doctor raised 800 million yuan in its latest funding round.',
     [('Tencent', 'invested_in', 'Miao Shou Doctor'), ('Miao Shou Doctor', 'raised', (800000000.0, 'CNY'))]),
    ('Temasek took a minority stake in Indonesian telemedicine platform Alodokter, according to people familiar with the matter.',
     [('Temasek', 'invested_in', 'Alodokter')]),
    ('Jane Wu, a partner at Lightspeed Venture Partners, will join the board of Curative.',
     [('Jane Wu', 'executive_of', 'Lightspeed Venture Partners')]),
    ('Zhang Wei, founder and CEO of Lingyi Health, said the new funds will go to research. The Shanghai-headquartered company plans to hire 200 engineers.',
     [('Lingyi Health', 'founded_by', 'Zhang Wei'), ('Zhang Wei', 'executive_of', 'Lingyi Health'), ('Lingyi Health', 'headquartered_in', 'Shanghai')]),
    ('Ping An Healthcare Management, a unit of Ping An Insurance, signed a strategic partnership with Fosun Pharma.',
     [('Ping An Healthcare Management', 'subsidiary_of', 'Ping An Insurance')]),
    ("Babylon Health was backed by Saudi Arabia's Public Investment Fund and Kinnevik.",
     [('Public Investment Fund', 'invested_in', 'Babylon Health'), ('Kinnevik', 'invested_in', 'Babylon Health')]),
    ('The round saw participation from GGV Capital, Qiming Venture Partners and CMB International. The startup, which is headquartered in Hangzhou, makes AI software for radiologists. Shukun Technology raised US$30M in the Series C.',
     [('Shukun Technology', 'raised', (30000000.0, 'USD')), ('GGV Capital', 'invested_in', 'Shukun Technology'), ('Qiming Venture Partners', 'invested_in', 'Shukun Technology'), ('CMB International', 'invested_in', 'Shukun Technology'), ('Shukun Technology', 'headquartered_in', 'Hangzhou')]),
    ('London-based Thriva has raised £5m from Beringea. Co-founder Hamish Grierson said the cash would fund new blood tests.',
     [('Thriva', 'raised', (5000000.0, 'GBP')), ('Beringea', 'invested_in', 'Thriva'), ('Thriva', 'headquartered_in', 'London'), ('Thriva', 'founded_by', 'Hamish Grierson')]),
    ('Indonesian health app Halodoc bagged IDR 1.2 trillion in a round led by Astra International, with participation from Temasek and Acrew Capital.',
     [('Halodoc', 'raised', (1200000000000.0, 'IDR')), ('Astra International', 'led_round', 'Halodoc'), ('Temasek', 'invested_in', 'Halodoc'), ('Acrew Capital', 'invested_in', 'Halodoc')]),
    ("Hong Kong's Prenetics raised HK$ 300 million from Ping An Insurance and Beyond Ventures, valuing the genetic testing firm at $1.25bn.",
     [('Prenetics', 'raised', (300000000.0, 'HKD')), ('Ping An Insurance', 'invested_in', 'Prenetics'), ('Beyond Ventures', 'invested_in', 'Prenetics'), ('Prenetics', 'valued_at', (1250000000.0, 'USD'))]),
    ('Cera, a home care company, was acquired by Bupa for an undisclosed sum. Bupa chairman Roger Davis called the deal transformative.',
     [('Bupa', 'acquired', 'Cera'), ('Roger Davis', 'executive_of', 'Bupa')]),
    ('Orbimed invested $40 million in Hangzhou Tigermed, while Boyu Capital put $25 million into Jiahui Health.',
     [('Orbimed', 'invested_in', 'Hangzhou Tigermed'), ('Boyu Capital', 'invested_in', 'Jiahui Health')]),
    ('DXY, which counts Tencent among its backers, closed a USD 250 million round. Its investors include Tencent and Warburg Pincus.',
     [('DXY', 'raised', (250000000.0, 'USD')), ('Tencent', 'invested_in', 'DXY'), ('Warburg Pincus', 'invested_in', 'DXY')]),
    ('Singapore-based Biofourmis has closed a $300 million Series D round led by General Atlantic. CVS Health, Openspace Ventures and Sequoia Capital India joined the round, which values the company at $1.3 billion.',
     [('Biofourmis', 'raised', (300000000.0, 'USD')), ('General Atlantic', 'led_round', 'Biofourmis'), ('CVS Health', 'invested_in', 'Biofourmis'), ('Openspace Ventures', 'invested_in', 'Biofourmis'), ('Sequoia Capital India', 'invested_in', 'Biofourmis'), ('Biofourmis', 'valued_at', (1300000000.0, 'USD')), ('Biofourmis', 'headquartered_in', 'Singapore')]),
    ('Practo has been acquired by Naspers in a $500m deal, sources said.',
     [('Naspers', 'acquired', 'Practo')]),
    ("Hims & Hers' acquisition of Apostrophe was completed in March.",
     [('Hims & Hers', 'acquired', 'Apostrophe')]),
    ('In a GV-led round, Oscar Health raised $165 million. The insurer was co-founded by Josh Kushner and Mario Schlosser.',
     [('GV', 'led_round', 'Oscar Health'), ('Oscar Health', 'raised', (165000000.0, 'USD')), ('Oscar Health', 'founded_by', 'Josh Kushner'), ('Oscar Health', 'founded_by', 'Mario Schlosser')]),
    ('Yuanfudao raised $1bn in funding. Tencent and Hillhouse Capital invested alongside Boyu Capital.',
     [('Yuanfudao', 'raised', (1000000000.0, 'USD')), ('Tencent', 'invested_in', 'Yuanfudao'), ('Hillhouse Capital', 'invested_in', 'Yuanfudao'), ('Boyu Capital', 'invested_in', 'Yuanfudao')]),
    ("Mumbai's 1mg secured Rs 220 crore in a pre-IPO round from Tata Digital. In 2019, it had raised $15 million from Sequoia Capital India.",
     [('1mg', 'raised', (2200000000.0, 'INR')), ('Tata Digital', 'invested_in', '1mg'), ('1mg', 'raised', (15000000.0, 'USD')), ('Sequoia Capital India', 'invested_in', '1mg')]),
    ('Linkdoc, a medical data company, received RMB 1 billion from China Life Insurance and Ping An Ventures.',
     [('Linkdoc', 'raised', (1000000000.0, 'CNY')), ('China Life Insurance', 'invested_in', 'Linkdoc'), ('Ping An Ventures', 'invested_in', 'Linkdoc')]),
    ('GoodRx chief executive Doug Hirsch said the company would keep its headquarters in Santa Monica.',
     [('Doug Hirsch', 'executive_of', 'GoodRx')]),
    ('Healthify, headquartered in Bengaluru, counts Khosla Ventures as an investor.',
     [('Healthify', 'headquartered_in', 'Bengaluru'), ('Khosla Ventures', 'invested_in', 'Healthify')]),
    ('Amwell bought SilverCloud Health and Conversa Health last year, paying a combined $320 million.',
     [('Amwell', 'acquired', 'SilverCloud Health'), ('Amwell', 'acquired', 'Conversa Health')]),
    ('Novo Holdings and Eight Roads Ventures co-led the $55 million Series B in Curve Therapeutics.',
     [('Novo Holdings', 'led_round', 'Curve Therapeutics'), ('Eight Roads Ventures', 'led_round', 'Curve Therapeutics'), ('Curve Therapeutics', 'raised', (55000000.0, 'USD'))]),
    ('Zocdoc, the New York-based booking platform, has raised $150 million from Goldman Sachs and Atomico.',
     [('Zocdoc', 'raised', (150000000.0, 'USD')), ('Goldman Sachs', 'invested_in', 'Zocdoc'), ('Atomico', 'invested_in', 'Zocdoc'), ('Zocdoc', 'headquartered_in', 'New York')]),
    ("Insurer Cigna will buy a stake in Shanghai-based Jiahe Health, the companies announced on Friday. Jiahe's chairman, Li Ming, welcomed the move.",
     [('Cigna', 'invested_in', 'Jiahe Health'), ('Jiahe Health', 'headquartered_in', 'Shanghai'), ('Li Ming', 'executive_of', 'Jiahe Health')]),
    ('Mubadala Capital, the asset management arm of Mubadala Investment Company, invested $50 million in Nuvo Care.',
     [('Mubadala Capital', 'subsidiary_of', 'Mubadala Investment Company'), ('Mubadala Capital', 'invested_in', 'Nuvo Care')]),
    ('Walgreens agreed to acquire a majority stake in VillageMD for $5.2 billion.',
     [('Walgreens', 'acquired', 'VillageMD')]),
    ('Heal.me has landed a $12 million seed round. The round was led by Accel, with Y Combinator and Kima Ventures participating.',
     [('Heal.me', 'raised', (12000000.0, 'USD')), ('Accel', 'led_round', 'Heal.me'), ('Y Combinator', 'invested_in', 'Heal.me'), ('Kima Ventures', 'invested_in', 'Heal.me')]),
    ('Ro, which is valued at $7 billion, raised $500 million led by ChinaRock Capital Management.',
     [('Ro', 'valued_at', (7000000000.0, 'USD')), ('Ro', 'raised', (500000000.0, 'USD')), ('ChinaRock Capital Management', 'led_round', 'Ro')]),
    ("Cairo-based Vezeeta said on Wednesday it had raised $40 million in a Series D. The round was led by Saudi Arabia's STV, and included existing backers Silicon Badia and Beco Capital.",
     [('Vezeeta', 'raised', (40000000.0, 'USD')), ('STV', 'led_round', 'Vezeeta'), ('Silicon Badia', 'invested_in', 'Vezeeta'), ('Beco Capital', 'invested_in', 'Vezeeta'), ('Vezeeta', 'headquartered_in', 'Cairo')]),
    ('Chinese online pharmacy Yaofang Wang has secured 600 million yuan ($93 million) in Series C financing from CICC Capital and Legend Capital.',
     [('Yaofang Wang', 'raised', (600000000.0, 'CNY')), ('CICC Capital', 'invested_in', 'Yaofang Wang'), ('Legend Capital', 'invested_in', 'Yaofang Wang')]),
    ("Teladoc Health will acquire Livongo in a stock-and-cash deal. Livongo's founder Glen Tullman will join the Teladoc board.",
     [('Teladoc Health', 'acquired', 'Livongo'), ('Livongo', 'founded_by', 'Glen Tullman')]),
    ("Kenyan startup Ilara Health raised $4 million in seed funding, the company's CEO Emilian Popa said. Investors include Chandaria Capital and Global Ventures.",
     [('Ilara Health', 'raised', (4000000.0, 'USD')), ('Emilian Popa', 'executive_of', 'Ilara Health'), ('Chandaria Capital', 'invested_in', 'Ilara Health'), ('Global Ventures', 'invested_in', 'Ilara Health')]),
    ('Samsung Ventures has made a strategic investment in Seoul-based Lunit, a medical AI developer.',
     [('Samsung Ventures', 'invested_in', 'Lunit'), ('Lunit', 'headquartered_in', 'Seoul')]),
    ('Noom raised $540 million from Silver Lake, with Temasek, Novo Holdings and Oak HC/FT also participating.',
     [('Noom', 'raised', (540000000.0, 'USD')), ('Silver Lake', 'invested_in', 'Noom'), ('Temasek', 'invested_in', 'Noom'), ('Novo Holdings', 'invested_in', 'Noom')]),
    ('Halodoc co-founder and chief executive Jonathan Sudharta said the funds would be used to expand into smaller cities.',
     [('Halodoc', 'founded_by', 'Jonathan Sudharta'), ('Jonathan Sudharta', 'executive_of', 'Halodoc')]),
    ('Pharmacy chain Guardian was sold to Dairy Farm Group in 2019, while Watsons bought rival Mannings.',
     [('Dairy Farm Group', 'acquired', 'Guardian'), ('Watsons', 'acquired', 'Mannings')]),
    ('Existing investor Lightspeed India Partners doubled down, leading the $25 million Series B for Pristyn Care.',
     [('Lightspeed India Partners', 'led_round', 'Pristyn Care'), ('Pristyn Care', 'raised', (25000000.0, 'USD'))]),
    ('Shanghai-headquartered Airdoc completed a pre-IPO round of RMB 300 million. Its backers include Sequoia Capital China, CITIC Securities and Shenzhen Capital Group.',
     [('Airdoc', 'raised', (300000000.0, 'CNY')), ('Airdoc', 'headquartered_in', 'Shanghai'), ('Sequoia Capital China', 'invested_in', 'Airdoc'), ('CITIC Securities', 'invested_in', 'Airdoc'), ('Shenzhen Capital Group', 'invested_in', 'Airdoc')]),
    ('The deal values Doctor Anywhere at about $400 million, according to a person familiar with the matter. EDBI and Square Peg invested in the company last year.',
     [('Doctor Anywhere', 'valued_at', (400000000.0, 'USD')), ('EDBI', 'invested_in', 'Doctor Anywhere'), ('Square Peg', 'invested_in', 'Doctor Anywhere')]),
    ('Wang Xiaochuan, who founded search engine Sogou, launched Baichuan Intelligence in 2023.',
     [('Sogou', 'founded_by', 'Wang Xiaochuan'), ('Baichuan Intelligence', 'founded_by', 'Wang Xiaochuan')]),
    ('Hangzhou-based Lianyi Medical said on Thursday it has completed a 500 million yuan Series C round. The financing was led by Qiming Venture Partners, with CDH Investments and Matrix Partners China also taking part.\n\nThe company, which runs a network of dialysis centres, was founded in 2014 by Chen Hao, a former surgeon. Chen serves as chief executive.\n\nIt previously raised $20 million in a Series B round in March 2019 from Lilly Asia Ventures.',
     [('Lianyi Medical', 'raised', (500000000.0, 'CNY')), ('Qiming Venture Partners', 'led_round', 'Lianyi Medical'), ('CDH Investments', 'invested_in', 'Lianyi Medical'), ('Matrix Partners China', 'invested_in', 'Lianyi Medical'), ('Lianyi Medical', 'founded_by', 'Chen Hao'), ('Chen Hao', 'executive_of', 'Lianyi Medical'), ('Lianyi Medical', 'raised', (20000000.0, 'USD')), ('Lilly Asia Ventures', 'invested_in', 'Lianyi Medical'), ('Lianyi Medical', 'headquartered_in', 'Hangzhou')]),
    ('Share this article\n\nFitbit to be acquired by Google\n\nGoogle has agreed to buy wearables maker Fitbit for $2.1 billion, the companies said. Fitbit co-founder James Park will stay on.\n\nRelated: Apple Watch sales rise\nCopyright 2024 Example News. All rights reserved.',
     [('Google', 'acquired', 'Fitbit'), ('Fitbit', 'founded_by', 'James Park')]),
    ("Nigerian healthtech Reliance Health has raised $40 million in a Series B round led by General Atlantic and Partech Africa.\nThe startup will use the funds to expand into Egypt. Reliance Health's founder and CEO, Femi Kuti, said the firm is profitable in Lagos.\nEarlier, in 2021, the firm raised $6 million from Partech.",
     [('Reliance Health', 'raised', (40000000.0, 'USD')), ('General Atlantic', 'led_round', 'Reliance Health'), ('Partech Africa', 'led_round', 'Reliance Health'), ('Reliance Health', 'founded_by', 'Femi Kuti'), ('Femi Kuti', 'executive_of', 'Reliance Health'), ('Reliance Health', 'raised', (6000000.0, 'USD')), ('Partech', 'invested_in', 'Reliance Health')]),
    ('Private equity firm KKR will take a controlling stake in Indian hospital chain Max Healthcare, valuing the company at Rs 9,000 crore. Max Healthcare is a subsidiary of Max India.',
     [('KKR', 'acquired', 'Max Healthcare'), ('Max Healthcare', 'valued_at', (90000000000.0, 'INR')), ('Max Healthcare', 'subsidiary_of', 'Max India')]),
    ('GoodDoc, a Seoul startup, merged with rival Medibuddy Korea in January. The combined company is backed by SoftBank Ventures Asia and Kakao Ventures.',
     [('GoodDoc', 'merged_with', 'Medibuddy Korea')]),
    ('Medora Health, backed by Pinecrest Partners, raises $60 million at a $900 million valuation.',
     [('Medora Health', 'raised', (60e6, 'USD')), ('Medora Health', 'valued_at', (900e6, 'USD')),
      ('Pinecrest Partners', 'invested_in', 'Medora Health')]),
    ('Tianrui Medical snags $12 million from Harbor Bay Capital.',
     [('Tianrui Medical', 'raised', (12e6, 'USD')), ('Harbor Bay Capital', 'invested_in', 'Tianrui Medical')]),
    ('Ankang Health has completed a RMB 200 million Series C1 round. The round was co-led by Jade River Capital and '
     'Blue Summit Ventures, followed by Cedar Peak Partners and Northgate Fund.',
     [('Jade River Capital', 'led_round', 'Ankang Health'), ('Blue Summit Ventures', 'led_round', 'Ankang Health'),
      ('Cedar Peak Partners', 'invested_in', 'Ankang Health'), ('Northgate Fund', 'invested_in', 'Ankang Health')]),
    ('Wellway closed a $9 million seed round, with Orchard Lane Ventures as the lead investor. Maple Hill Capital was '
     'the lead investor in its previous round.',
     [('Orchard Lane Ventures', 'led_round', 'Wellway'), ('Maple Hill Capital', 'led_round', 'Wellway')]),
    ('Lanting Health said Crescent Pharma led its Series B round, which also drew investment from Alder Grove Capital.',
     [('Crescent Pharma', 'led_round', 'Lanting Health'), ('Alder Grove Capital', 'invested_in', 'Lanting Health')]),
    ('Zhenhe Group, the parent company of Yunkang Pharma, said it would invest more. Mingda Care, whose parent company is '
     'Baofeng Holdings, plans to hire.',
     [('Yunkang Pharma', 'subsidiary_of', 'Zhenhe Group'), ('Mingda Care', 'subsidiary_of', 'Baofeng Holdings')]),
    ('Arden Clinics, which Tollgate Group bought in 2019, raised $30 million. Sunbay Capital joined as a new investor.',
     [('Tollgate Group', 'acquired', 'Arden Clinics'), ('Arden Clinics', 'raised', (30e6, 'USD')),
      ('Sunbay Capital', 'invested_in', 'Arden Clinics')]),
    ('Qiyun Imaging raised $45 million in a Series C round.\n\nQiyun Imaging was started in 2016 by radiologist '
     'Dr. Wen Jia and former Alibaba engineer Tom Lau, who is now its chief technology officer.\n\nRival Brightscan, '
     'which is backed by Tencent, raised $60 million last year. Another competitor, Ruixin Medical, was acquired by '
     'Kanghua Group in 2020.',
     [('Qiyun Imaging', 'founded_by', 'Wen Jia'), ('Qiyun Imaging', 'founded_by', 'Tom Lau'),
      ('Tom Lau', 'executive_of', 'Qiyun Imaging'), ('Brightscan', 'raised', (60e6, 'USD')),
      ('Tencent', 'invested_in', 'Brightscan'), ('Kanghua Group', 'acquired', 'Ruixin Medical')]),
    ('Birchwood Capital has invested in Kelan Health, Moyu Bio and Tianxin Care. It put $5 million into Kelan Health '
     'last year. Fenghe Labs, a portfolio company of Birchwood Capital, is hiring.',
     [('Birchwood Capital', 'invested_in', 'Kelan Health'), ('Birchwood Capital', 'invested_in', 'Moyu Bio'),
      ('Birchwood Capital', 'invested_in', 'Tianxin Care'), ('Birchwood Capital', 'invested_in', 'Fenghe Labs')]),
    ('Westlake Partners invested $7 million in Sanmu Diagnostics in March.',
     [('Westlake Partners', 'invested_in', 'Sanmu Diagnostics'), ('Sanmu Diagnostics', 'raised', (7e6, 'USD'))]),
    ('Medlinker raised $50 million. Its investors include Sequoia China, IDG Capital and Tencent.',
     [('Tencent', 'invested_in', 'Medlinker'), ('Sequoia China', 'invested_in', 'Medlinker'),
      ('IDG Capital', 'invested_in', 'Medlinker')]),
    ('Story\n\nHaoyi Health, the Tencent-backed online healthcare platform, is preparing a listing.',
     [('Tencent', 'invested_in', 'Haoyi Health')]),
    ('Yongan Group said its $1.2 billion purchase of Qiaokang Clinics was approved. Beiming Health agreed to a merger '
     'with Donghai Care. Beiming Health has named Ana Ruiz as its new chief executive.',
     [('Yongan Group', 'acquired', 'Qiaokang Clinics'), ('Beiming Health', 'merged_with', 'Donghai Care'),
      ('Ana Ruiz', 'executive_of', 'Beiming Health')]),
    ('Huoli, a Shenzhen-based B2B marketplace for medical supplies, has received $80 million in a Series D round. '
     'Kestrel Capital and Yewtree Partners co-led the deal.\n\nThe startup previously pocketed $30 million from '
     'Larchmont Ventures. It was valued at more than $1 billion after the new round.',
     [('Huoli', 'raised', (80e6, 'USD')), ('Huoli', 'headquartered_in', 'Shenzhen'),
      ('Kestrel Capital', 'led_round', 'Huoli'), ('Yewtree Partners', 'led_round', 'Huoli'),
      ('Larchmont Ventures', 'invested_in', 'Huoli'), ('Huoli', 'valued_at', (1e9, 'USD'))]),
    ('Sequoia Capital led the round. It also backed Brightscan last year.',
     [('Sequoia Capital', 'invested_in', 'Brightscan')]),
    ('NEWS RELEASE\n\nHangzhou Qingmu Medical Technology Co., Ltd. ("Qingmu" or "the Company"), a maker of '
     'home dialysis devices, today announced a RMB 200 million Series B financing led by Redwood Peak Capital.\n\n'
     '"Patients deserve care at home," said Xu Ping, founder and CEO of Qingmu.\n\nFounded in 2016 and '
     'headquartered in Hangzhou, Qingmu sells in nine provinces.',
     [('Hangzhou Qingmu Medical Technology Co., Ltd.', 'raised', (200e6, 'CNY')),
      ('Redwood Peak Capital', 'led_round', 'Hangzhou Qingmu Medical Technology Co., Ltd.'),
      ('Hangzhou Qingmu Medical Technology Co., Ltd.', 'founded_by', 'Xu Ping'),
      ('Xu Ping', 'executive_of', 'Hangzhou Qingmu Medical Technology Co., Ltd.'),
      ('Hangzhou Qingmu Medical Technology Co., Ltd.', 'headquartered_in', 'Hangzhou')]),
    ('Mediloop, a Manila startup, has raised $12 million in a Series A round.\n\nMediloop co-founders Ana Cruz and '
     'Vikram Rao started the company in 2021. Cruz is CEO; Rao is CTO.',
     [('Mediloop', 'founded_by', 'Ana Cruz'), ('Mediloop', 'founded_by', 'Vikram Rao'),
      ('Ana Cruz', 'executive_of', 'Mediloop'), ('Vikram Rao', 'executive_of', 'Mediloop')]),
    ('Kindra Health raised $8 million.\n\nKindra Health co-founders Rosa Lim and Arjun Das met at medical school.',
     [('Kindra Health', 'founded_by', 'Rosa Lim'), ('Kindra Health', 'founded_by', 'Arjun Das')]),
    ('Vela Health secured $30 million in a round led by Ridgeway Capital.\n\nVela chief executive Omar Haddad said '
     'the money would fund hiring.',
     [('Vela Health', 'raised', (30e6, 'USD')), ('Ridgeway Capital', 'led_round', 'Vela Health'),
      ('Omar Haddad', 'executive_of', 'Vela Health')]),
    ('Lianying Imaging closed a Series D round. The round was led by Northgate Asset Management, with Elmwood '
     'Capital and Quarry Hill Partners following on.',
     [('Northgate Asset Management', 'led_round', 'Lianying Imaging'),
      ('Elmwood Capital', 'invested_in', 'Lianying Imaging'), ('Quarry Hill Partners', 'invested_in', 'Lianying Imaging')]),
    ('Haixin Bio raised $150 million in a private placement.\n\nThe drug developer listed on Nasdaq in 2021 and raised '
     '$300 million in its IPO. Haixin Bio, which was founded in 2014 by chemist Luo Wen, counts Tencent and Birchwood '
     'Capital among its shareholders.',
     [('Haixin Bio', 'raised', (300e6, 'USD')), ('Tencent', 'invested_in', 'Haixin Bio'),
      ('Birchwood Capital', 'invested_in', 'Haixin Bio'), ('Haixin Bio', 'founded_by', 'Luo Wen')]),
    ('Qianhe Doctor raised $10 million in March. In 2019 it merged with rival Xinyi Clinics, and last year, it '
     'bought Kangle Pharmacy.',
     [('Qianhe Doctor', 'merged_with', 'Xinyi Clinics')]),
    ('Qianhe Doctor raised $10 million in March. Last year, it acquired Kangle Pharmacy.',
     [('Qianhe Doctor', 'acquired', 'Kangle Pharmacy')]),
    ('Yixue Online said it has raised $200 million from investors led by Kestrel Capital. Other backers in the round '
     'include Harbor Bay Partners and Ridgeway Capital. The company, based in Chengdu, did not give its valuation.',
     [('Harbor Bay Partners', 'invested_in', 'Yixue Online'), ('Ridgeway Capital', 'invested_in', 'Yixue Online'),
      ('Yixue Online', 'headquartered_in', 'Chengdu')]),
    ('Curevo Health raised $5 million in March. The money came from one investor. Atlas Ventures had invested in '
     'the company before.', [('Atlas Ventures', 'invested_in', 'Curevo Health')]),
    ('Weimai Technology, known as Weimai Doctor, has appointed Fang Wei as chief executive officer.',
     [('Fang Wei', 'executive_of', 'Weimai Technology')]),
    ('Story\n\nAnkang Healthcare and Technology has appointed Fang Wei as chief executive officer.',
     [('Fang Wei', 'executive_of', 'Ankang Healthcare and Technology')]),
    ('Yikang Online raised $400 million in 2021.\n\nFounded in 2010 as Guahao by Liao Jieyuan, the company has grown '
     'into insurance. Liao is chairman and CEO.',
     [('Yikang Online', 'founded_by', 'Liao Jieyuan'), ('Liao Jieyuan', 'executive_of', 'Yikang Online')]),
    ('Mirai Health raised 4.5 billion yen in a Series C round.\n\nMirai Health was co-founded in 2017 by physician '
     'Kenji Abe and engineer Taro Kubo. Abe and Kubo serve as co-CEOs. The company also announced a partnership with '
     'Hanami Pharma.',
     [('Kenji Abe', 'executive_of', 'Mirai Health'), ('Taro Kubo', 'executive_of', 'Mirai Health'),
      ('Mirai Health', 'partner_of', 'Hanami Pharma')]),
    ('Story\n\nKangxin Group agreed to buy a 74% stake in Meiwa Pharma. Meiwa Pharma, based in Hyderabad, makes '
     'injectable drugs.',
     [('Kangxin Group', 'acquired', 'Meiwa Pharma'), ('Meiwa Pharma', 'headquartered_in', 'Hyderabad')]),
    ('Ruibo Clinics, founded by Chen Lin, is headquartered in Suzhou.',
     [('Ruibo Clinics', 'founded_by', 'Chen Lin'), ('Ruibo Clinics', 'headquartered_in', 'Suzhou')]),
    ('Medvue Holdings raised $120 million in a round led by Orchid Ventures and Banyan Partners at a valuation of '
     '$900 million.', [('Medvue Holdings', 'valued_at', (900000000.0, 'USD'))]),
    ('Kangtai Imaging raised $20 million from Lotus Capital. In 2021, Kangtai Group was reportedly valued at '
     '$2 billion.', [('Kangtai Group', 'valued_at', (2000000000.0, 'USD'))]),
    ('Norvik Care bought the Oslo clinic chain Fjordmed on Monday. Fjordmed, backed by Nordic Bay Capital, will keep '
     'its name. Its founder and CEO, Ingrid Solberg, will join the board of Norvik Care.',
     [('Fjordmed', 'founded_by', 'Ingrid Solberg'), ('Ingrid Solberg', 'executive_of', 'Fjordmed')]),
    ('Norvik Care raised NOK 200 million last year. Its chief executive Henrik Aasgaard co-founded the company in '
     '2015.', [('Henrik Aasgaard', 'executive_of', 'Norvik Care'), ('Norvik Care', 'founded_by', 'Henrik Aasgaard')]),
    ('Klinika Go raised $12 million from Peak Harbor Ventures. Founded in 2018 by Tan Wei Ling, the company runs '
     'clinics in Malaysia. It has also partnered with insurer Straits Life.',
     [('Klinika Go', 'founded_by', 'Tan Wei Ling'), ('Klinika Go', 'partner_of', 'Straits Life')]),
    ('Yunjian Health raised 50 million yuan. Gao Lan, a former partner at Redwood Peak Capital, joined Yunjian Health '
     'as chief financial officer in March.', [('Gao Lan', 'executive_of', 'Yunjian Health')]),
    ('Kangjian Health raised $5 million. Dr. Sun Yu joined Kangjian Health in 2019 as its chief medical officer.',
     [('Sun Yu', 'executive_of', 'Kangjian Health')]),
    ('Li Ming, co-founder and former chief executive of Dingdang Health, now advises startups.',
     [('Dingdang Health', 'founded_by', 'Li Ming')]),
    ('Zhiyun Imaging raised $40 million. Zhiyun Imaging is a subsidiary of Zhiyun Technology, which counts Lotus '
     'Capital and Orchid Ventures among its backers.',
     [('Lotus Capital', 'invested_in', 'Zhiyun Technology'), ('Orchid Ventures', 'invested_in', 'Zhiyun Technology')]),
    ('Kanghui Bio raised $90 million in March. Its founder, chairman and CEO is Wen Bo.',
     [('Kanghui Bio', 'founded_by', 'Wen Bo'), ('Wen Bo', 'executive_of', 'Kanghui Bio')]),
    ('Yaoxin Pharmacy, controlled by Huaxing Group, will issue new shares. Medora is wholly owned by German '
     'conglomerate Falkner Industries.',
     [('Yaoxin Pharmacy', 'subsidiary_of', 'Huaxing Group'), ('Medora', 'subsidiary_of', 'Falkner Industries')]),
    ('Lumio Health, 30% owned by Orchid Ventures and Lotus Capital, raised $4 million.',
     [('Orchid Ventures', 'invested_in', 'Lumio Health'), ('Lotus Capital', 'invested_in', 'Lumio Health')]),
    ('Jinfu Insurance Services, Jinfu Bank’s insurance arm, owns a 5% stake in Kangle Online.',
     [('Jinfu Insurance Services', 'subsidiary_of', 'Jinfu Bank'), ('Jinfu Insurance Services', 'invested_in', 'Kangle Online')]),
    ('Suzhou, China, May 2, 2024 -- Ruiying Medical Co., Ltd. ("Ruiying" or "the Company"), a maker of dialysis '
     'equipment, today announced a RMB 200 million Series B financing. The round was led by Harbor Bay Capital.\n\n'
     '"This is a milestone," said Dr. Qian Hao, Founder and Chief Executive Officer of the Company.',
     [('Ruiying Medical Co., Ltd.', 'raised', (200000000.0, 'CNY')), ('Harbor Bay Capital', 'led_round', 'Ruiying Medical Co., Ltd.'),
      ('Ruiying Medical Co., Ltd.', 'founded_by', 'Qian Hao'), ('Qian Hao', 'executive_of', 'Ruiying Medical Co., Ltd.')]),
    ('Deals of the week\n\n1. Kalpa Health: The clinic chain raised Rs 80 crore from Lotus Capital.\n\n2. Zorvia: The '
     'Pune-based diagnostics startup bagged $30 million in a Series B round led by Orchid Ventures. The round valued '
     'the Pune-based company at $200 million.\n\n3. Meanwhile, eye care chain Nayan-Q acquired Delhi-based Drishya '
     'Clinics.',
     [('Kalpa Health', 'raised', (800000000.0, 'INR')), ('Lotus Capital', 'invested_in', 'Kalpa Health'),
      ('Zorvia', 'raised', (30000000.0, 'USD')), ('Orchid Ventures', 'led_round', 'Zorvia'),
      ('Zorvia', 'valued_at', (200000000.0, 'USD')), ('Nayan-Q', 'acquired', 'Drishya Clinics')]),
    ('Mediva went public in 2021, raising $300 million. Its largest shareholder is private equity firm Norland '
     'Partners, which owns about 18% of the company. Kestrel Health’s biggest backers are Orchid Ventures and Lotus '
     'Capital.',
     [('Norland Partners', 'invested_in', 'Mediva'), ('Orchid Ventures', 'invested_in', 'Kestrel Health'),
      ('Lotus Capital', 'invested_in', 'Kestrel Health')]),
    ('Anxin Health Technology, known as Anxin Doctor, on Tuesday named Bai Rui as its chief executive.',
     [('Bai Rui', 'executive_of', 'Anxin Health Technology')]),
    ('Shengsi Bio has closed a $90 million Series C round. The round was jointly led by 5Y Capital, Sinovation Ventures '
     'and Orchid Partners.',
     [('5Y Capital', 'led_round', 'Shengsi Bio'), ('Sinovation Ventures', 'led_round', 'Shengsi Bio'),
      ('Orchid Partners', 'led_round', 'Shengsi Bio')]),
    # an investment that 'will' happen is a commitment not yet closed: its amount is no required round
    ('Greenleaf Pharmacy said on Thursday it will invest $300 million in clinic operator Medway Care.',
     [('Greenleaf Pharmacy', 'invested_in', 'Medway Care')]),
    ('Fosun Health sold its 60% stake in Kangle Pharmacy to Jiuzhou Health.',
     [('Jiuzhou Health', 'acquired', 'Kangle Pharmacy')]),

    # 'the lead investors ... are A and B' names the leads; three or more founders in a list are all founders
    ('Tidewell Health has raised $12 million in a Series A. The lead investors in the round are Harbor Ridge Capital '
     'and Quill Partners, with Ostra Ventures also taking part.',
     [('Harbor Ridge Capital', 'led_round', 'Tidewell Health'), ('Quill Partners', 'led_round', 'Tidewell Health'),
      ('Ostra Ventures', 'invested_in', 'Tidewell Health')]),
    ('Pune-based Kiravo, set up in 2021 by Meera Iyer, Rohan Kapoor and Aditya Kapoor, raised Rs 40 crore.',
     [('Kiravo', 'founded_by', 'Meera Iyer'), ('Kiravo', 'founded_by', 'Rohan Kapoor'), ('Kiravo', 'founded_by', 'Aditya Kapoor')]),
    # a surname already seen, with given names of its own before it, is another person of the family
    ('Nidhi Verma runs Osmo Clinics. Osmo Clinics was set up by Nidhi Verma, Ishaan Raj Verma and Tara Verma in 2016.',
     [('Osmo Clinics', 'founded_by', 'Ishaan Raj Verma'), ('Osmo Clinics', 'founded_by', 'Tara Verma'),
      ('Osmo Clinics', 'founded_by', 'Nidhi Verma')]),
    # a brand in camel case is no place; 'another Lagos-based ...' says where it is
    ('Kenvo Holdings invested $8 million in ZapKash, another Lagos-based payments startup, last week.',
     [('Kenvo Holdings', 'invested_in', 'ZapKash'), ('ZapKash', 'headquartered_in', 'Lagos')]),
    # two appositions before the verb: 'X, a ... in Y, founded by Z, announced ...'
    ('Parkly, a parking app maker in Kenya, founded by Amina Odhiambo, announced a 100 percent acquisition of ValetPro, '
     'a Nairobi car-wash operator.',
     [('Parkly', 'acquired', 'ValetPro')]),
    # 'P, Chief Executive Officer Org': the title before the organization, with no 'of'
    ('Trucko Logistics raised $3 million from Kora Ventures. Amara Eze, Chief Executive Officer Trucko Logistics, '
     'spoke on the deal.', [('Amara Eze', 'executive_of', 'Trucko Logistics')]),
    # the subject of 'X took $N, led by Y' raised it, whatever the verb
    ('Roundup. Solvo Pay raised $3 million last week. Of the larger deals, Kitabu took a chunk of $14 million, led by '
     'Nairobi-based Acacia Growth with participation from existing backers Ridge Ventures and Tana Capital.',
     [('Kitabu', 'raised', (14e6, 'USD')), ('Acacia Growth', 'led_round', 'Kitabu'), ('Ridge Ventures', 'invested_in', 'Kitabu'),
      ('Tana Capital', 'invested_in', 'Kitabu')]),
    # 'it' in a clause after the subject is the subject; 'pledged $N for X' is an investment
    ('On May 3, Quorra set a new Nordic record when it announced a €90m Series B round.',
     [('Quorra', 'raised', (90e6, 'EUR'))]),
    ('Meanwhile, Delta Peak and Orrin Capital pledged $9 million for MediKart in a Series A round.',
     [('Delta Peak', 'invested_in', 'MediKart'), ('Orrin Capital', 'invested_in', 'MediKart'),
      ('MediKart', 'raised', (9e6, 'USD'))]),
    # 'agreed to inject $N for 4.5% of the registered capital of X' invests in X
    ('Lanting Capital has agreed to inject 80 million yuan in exchange for 4.5% of the registered capital of Hexa Motors.',
     [('Lanting Capital', 'invested_in', 'Hexa Motors')]),
    # an apposition with no closing comma ends at the verb; 'poured ... into the round' invests in the round's company
    ('Tessel Robotics raised its first round in 2019. A year later, Brightpeak Capital, Sunvale Partners and Orrin '
     "Capital, three of Korea's biggest investment houses poured tens of millions of dollars into the Series A round.",
     [('Brightpeak Capital', 'invested_in', 'Tessel Robotics'), ('Sunvale Partners', 'invested_in', 'Tessel Robotics'),
      ('Orrin Capital', 'invested_in', 'Tessel Robotics')]),
    # owners described in passing
    ('Medora signed deals with 12 partners, including Chinese internet group Hanwei, which owns the messaging app '
     'ChatLink, and the printer maker Orvo.', [('ChatLink', 'subsidiary_of', 'Hanwei')]),
    ('Northgate Media, the owner of The Daily Ledger, offered $12 a share for Tribune Press.',
     [('Daily Ledger', 'subsidiary_of', 'Northgate Media')]),
    ('RideNow Eats, the food delivery business of ride-hailing giant RideNow, has acquired OrderPad.',
     [('RideNow Eats', 'subsidiary_of', 'RideNow'), ('RideNow Eats', 'acquired', 'OrderPad')]),
    # 'A and B will join ... as strategic investors'
    ('Cobalt Health raised $10 million on Monday. Orrin Capital and Delta Peak will join its shareholder base as '
     'strategic investors, the company said.',
     [('Orrin Capital', 'invested_in', 'Cobalt Health'), ('Delta Peak', 'invested_in', 'Cobalt Health')]),
    # 'City, State, Company': the state is a place, and the company is based in the city
    ('Headquartered in Altoona, Pennsylvania, Keystone Freight runs depots in Ohio, Georgia and Indiana.',
     [('Keystone Freight', 'headquartered_in', 'Altoona')]),
    ('Harlow Bank is merging with Tidewater Financial, the lenders said.',
     [('Harlow Bank', 'merged_with', 'Tidewater Financial')]),
    # 'X-owned Y' names Y's parent; a nationality before '-owned' names none
    ('Kelvo-owned Vantix Health raised $10 million from Orrin Capital.',
     [('Vantix Health', 'subsidiary_of', 'Kelvo'), ('Vantix Health', 'raised', (10e6, 'USD'))]),
    # a relative clause naming backers: they back the company, and the valuation is the company's
    ('Vantix Health, whose investors include Orrin Capital and Delta Peak, is valued at $500 million.',
     [('Orrin Capital', 'invested_in', 'Vantix Health'), ('Delta Peak', 'invested_in', 'Vantix Health'),
      ('Vantix Health', 'valued_at', (500e6, 'USD'))]),
    # the investor that led a round is not the company that raised it; a place before '-based' belongs to its sentence
    ('Orrin Capital led a $30 million round in Vantix Health. The Shanghai-based startup makes insulin pumps. '
     'Delta Peak also joined the round.',
     [('Orrin Capital', 'led_round', 'Vantix Health'), ('Vantix Health', 'raised', (30e6, 'USD')),
      ('Delta Peak', 'invested_in', 'Vantix Health'), ('Vantix Health', 'headquartered_in', 'Shanghai')]),
    ('Kelvo Group, which acquired Vantix Health last year, said revenue grew.', [('Kelvo Group', 'acquired', 'Vantix Health')]),
    ('Kelvo Group has taken a 20% stake in Vantix Health for $40 million.', [('Kelvo Group', 'invested_in', 'Vantix Health')]),
    # a roundup item's label is what 'the ... startup' of its sentence means
    ('Weekly funding report.\n\nVantix Health: The Jakarta-based clinic app raised $8 million.\n\nQuill Robotics: '
     'Sunvale Partners invested $3 million in the warehouse robot startup.',
     [('Sunvale Partners', 'invested_in', 'Quill Robotics'), ('Quill Robotics', 'raised', (3e6, 'USD'))]),
    # in a list, 'Org managing director Person' names the person as the backer
    ('Zenvia raised $3 million. Other backers in the round included Vantage Angels, Orrin Capital managing director '
     'Dev Malhotra and Sana Qureshi.',
     [('Dev Malhotra', 'invested_in', 'Zenvia'), ('Sana Qureshi', 'invested_in', 'Zenvia'),
      ('Vantage Angels', 'invested_in', 'Zenvia')]),
    # today's readings of backers, stakes and acquisitions (see the issue-14 note of 2026-11-30)
    ('Pelorus raised a Series B round in which Orvana Motors, along with several family offices, participated.',
     [('Orvana Motors', 'invested_in', 'Pelorus')]),
    ("Tavi Farms, a Kampala dairy startup, is one of Northwind Capital's portfolio companies.",
     [('Northwind Capital', 'invested_in', 'Tavi Farms')]),
    ("The deal was negotiated by Northwind Capital's portfolio company Tavi Farms.",
     [('Northwind Capital', 'invested_in', 'Tavi Farms')]),
    ('Lumio Health is being acquired from funds managed by Crestline Partners and Auber Capital.',
     [('Auber Capital', 'invested_in', 'Lumio Health')]),
    ('The talks were led by Sun Wei, chief executive of Tencent, which also owns a stake in Orvana Foods.',
     [('Tencent', 'invested_in', 'Orvana Foods')]),
    ('Sequoia earlier co-invested with Omnivore and Kettle Ventures in seed funding for trading platform Bijak.',
     [('Kettle Ventures', 'invested_in', 'Bijak'), ('Omnivore', 'invested_in', 'Bijak'), ('Sequoia', 'invested_in', 'Bijak')]),
    ('The same month, impact investor Aavishkar Capital doubled down with a Series A of $5 million in Ergos, a grain startup.',
     [('Aavishkar Capital', 'invested_in', 'Ergos')]),
    ('Tallis Bank raised £50 million. Existing Tallis backer Harald Weiss, a hedge fund investor, invested a further £25 million.',
     [('Harald Weiss', 'invested_in', 'Tallis Bank')]),
    ("SoftBank is already the single-largest shareholder in Uber's main local rival, Olan.",
     [('SoftBank', 'invested_in', 'Olan')]),
    ('Australian lender Zipco broadened its expansion plans with the acquisition of South African startup Payflo.',
     [('Zipco', 'acquired', 'Payflo')]),
    ('The board of directors of food delivery major Zomatic on Friday approved the acquisition of Blinko for Rs 4,447 crore.',
     [('Zomatic', 'acquired', 'Blinko')]),
    ('Moniepay, a payments firm from Lagos, has now received final central bank approval to acquire a 78% controlling stake in Sumac Microfinance Bank.',
     [('Moniepay', 'acquired', 'Sumac Microfinance Bank')]),
    ('Lumora makes delivery drones in Ohio. Zento Labs completed the acquisition of the startup on Monday.',
     [('Zento Labs', 'acquired', 'Lumora')]),
    ('Lumora raised $20 million in a round led by Birchwood Ventures, with Birchwood Ventures partner Ana Silva joining the board.',
     [('Birchwood Ventures', 'led_round', 'Lumora')]),
    ('Zento Labs agreed to acquire Lumora for $50 million. The deal is subject to approval by Lumora shareholders.',
     [('Zento Labs', 'acquired', 'Lumora')]),
    ('In Houston, BP invested $10 million in Zento Labs.',
     [('BP', 'invested_in', 'Zento Labs')]),
    ('Corvia Health, which competes with Medigo, counts among its backers firms like Harbor Gate Capital and '
     'Linden Peak Holdings.',
     [('Harbor Gate Capital', 'invested_in', 'Corvia Health'), ('Linden Peak Holdings', 'invested_in', 'Corvia Health')]),
    ('Corvia has stretched its Series E from $315m to $400m. Norway\'s oil fund NBIM, the largest fund in the world, and '
     'hedge fund Falcon Rock Capital provided the additional funding.',
     [('NBIM', 'invested_in', 'Corvia'), ('Falcon Rock Capital', 'invested_in', 'Corvia')]),
    ('Corvia raised $30 million in an extension led by crypto exchange Kraxo. Birch Capital, as well as other earlier '
     'backers such as Deciens Capital and Tribe Capital, reinvested in this extension round.',
     [('Birch Capital', 'invested_in', 'Corvia'), ('Deciens Capital', 'invested_in', 'Corvia'), ('Tribe Capital', 'invested_in', 'Corvia')]),
    ('Corvia raised $200 million in a Series A led by Founders Fund. Other existing investors that took part in the '
     'round include Partech Africa and Ribbit Capital.',
     [('Partech Africa', 'invested_in', 'Corvia'), ('Ribbit Capital', 'invested_in', 'Corvia')]),
    ('Corvia raised $100 million. The round was led by DST, a growth firm that has backed Twitter, Xiaomi, and more.',
     [('DST', 'led_round', 'Corvia'), ('DST', 'invested_in', 'Twitter'), ('DST', 'invested_in', 'Xiaomi')]),
    ("Corvia closed its Series A at $80 million. The second half of the Series A was bankrolled by Nvidia's venture "
     "arm NVentures, along with Analog Devices and Dauntless Ventures.",
     [('NVentures', 'invested_in', 'Corvia'), ('Analog Devices', 'invested_in', 'Corvia'), ('NVentures', 'subsidiary_of', 'Nvidia')]),
    ('Quarry Life Fund – itself a joint venture of Harbor Resources Group and Thai conglomerate Tamsin Group – led '
     'the Series C2 round of Corvia Health.',
     [('Quarry Life Fund', 'led_round', 'Corvia Health')]),
    ("Corvia Pharma, a joint venture between China's state-owned Harbor Fund Management, Astragen and Zytz Partners, "
     "has closed a $100 million financing round led by Lilly Asia Ventures.",
     [('Lilly Asia Ventures', 'led_round', 'Corvia Pharma'), ('Corvia Pharma', 'raised', (100000000.0, 'USD'))]),
    ('Corvia Health is partnering with Zento Labs and Orrin Bank to offer loans to clinics.',
     [('Corvia Health', 'partner_of', 'Zento Labs'), ('Corvia Health', 'partner_of', 'Orrin Bank')]),
    ('Corvia Health and Zento Labs signed a memorandum of understanding to jointly develop batteries.',
     [('Corvia Health', 'partner_of', 'Zento Labs')]),
    ('Corvia Health, in collaboration with Zento Labs, launched a new app for nurses.',
     [('Corvia Health', 'partner_of', 'Zento Labs')]),
    ('Orrin Group, which bought Corvia, Medigo and Tamsin Labs last year, reported higher sales.',
     [('Orrin Group', 'acquired', 'Corvia'), ('Orrin Group', 'acquired', 'Medigo'), ('Orrin Group', 'acquired', 'Tamsin Labs')]),
    ('Orrin Group spent $40 million to buy clinic operator Corvia Health and lab company Medigo Labs.',
     [('Orrin Group', 'acquired', 'Corvia Health'), ('Orrin Group', 'acquired', 'Medigo Labs')]),
    ('Orrin Group, which said on Monday it had agreed to buy Corvia Health for $2.4 billion, gained 3%.',
     [('Orrin Group', 'acquired', 'Corvia Health')]),
    ('Orrin Group sold 80 percent each of Corvia Health and Medigo Labs to Harbor Corp and Quarry Estates.',
     [('Harbor Corp', 'acquired', 'Corvia Health'), ('Quarry Estates', 'acquired', 'Medigo Labs'),
      ('Orrin Group', 'invested_in', 'Corvia Health')]),
    ('Orrin Group sold a 20% stake in Corvia Health to Harbor Corp.',
     [('Harbor Corp.', 'invested_in', 'Corvia Health'), ('Orrin Group', 'invested_in', 'Corvia Health')]),
    ('Orrin Group took control of Corvia Health in 2019.', [('Orrin Group', 'acquired', 'Corvia Health')]),
    ('Orrin Group made three acquisitions this year: Corvia Health, Medigo Labs and Tamsin.',
     [('Orrin Group', 'acquired', 'Corvia Health'), ('Orrin Group', 'acquired', 'Tamsin')]),
    ('Orrin Bank will buy Corvia. The sale gives a full exit to early investors — Apis Partners, Crossfin Holdings, '
     'and the International Finance Corporation (IFC) — which backed Corvia from its start.',
     [('Apis Partners', 'invested_in', 'Corvia'), ('International Finance Corporation', 'invested_in', 'Corvia')]),
    ('Corvia raised $5 million from Orrin Capital. When Corvia announced its $91 million round in May Brookside '
     'Capital, Saints Capital and Ipsen all joined in.',
     [('Brookside Capital', 'invested_in', 'Corvia'), ('Ipsen', 'invested_in', 'Corvia'), ('Corvia', 'raised', (91e6, 'USD'))]),
    ('Lazaro Holdings bought a stake in a ride app. Olan, which competes against US-based Ryde, counts among its '
     'investors names like Softbank, Tiger Global and Tencent.',
     [('Softbank', 'invested_in', 'Olan'), ('Tencent', 'invested_in', 'Olan')]),
    ('Corvia Bio raised $40 million. Nina Park and Lee Moss co-founded the company with Tom Reyes and Ana Silva.',
     [('Corvia Bio', 'founded_by', 'Nina Park'), ('Corvia Bio', 'founded_by', 'Lee Moss'), ('Corvia Bio', 'founded_by', 'Ana Silva')]),
    ('Corvia Bio raised $40 million. Nina Park, Ph.D., and Lee Moss, M.D., who won a big prize in 2009, co-founded '
     'the company with Tom Reyes, Ph.D.',
     [('Corvia Bio', 'founded_by', 'Nina Park'), ('Corvia Bio', 'founded_by', 'Lee Moss'), ('Corvia Bio', 'founded_by', 'Tom Reyes')]),
    ('Kelvo Photo raised $10 million from Orrin Capital.',  # a name with 'Photo' in it is no photo credit
     [('Orrin Capital', 'invested_in', 'Kelvo Photo')]),
    ('Corvia raised $20 million. Investors in the company include Harbor Gate Capital and Quarry Bay Partners.',
     [('Harbor Gate Capital', 'invested_in', 'Corvia'), ('Quarry Bay Partners', 'invested_in', 'Corvia')]),
    ('Corvia raised $20 million led by Orrin Capital. Individual investors in the startup include Flipkart co-founder '
     'Binny Rao, Olan co-founders Bhavin Shah and Ankit Das, and Toppr founder Zain Hayat, among others.',
     [('Binny Rao', 'invested_in', 'Corvia'), ('Ankit Das', 'invested_in', 'Corvia'), ('Zain Hayat', 'invested_in', 'Corvia')]),
    ('Said William Boyd, Ph.D., Corvia co-founder and head of research: "We can now hire."',
     [('Corvia', 'founded_by', 'William Boyd')]),
    ('Corvia raised $7 million in a Series A led by the Digital East Fund of Earlybird Venture Capital and OTB '
     'Ventures, with participation from Gapminder Ventures.',
     [('Digital East Fund', 'led_round', 'Corvia'), ('OTB Ventures', 'led_round', 'Corvia')]),
    ('Mexican challenger bank, kuali, has raised $45 million in a Series B round led by Valar Ventures.',
     [('kuali', 'raised', (45e6, 'USD')), ('Valar Ventures', 'led_round', 'kuali')]),
    ('Corvia raised $5 million. Toppr founder Zain Hayat and Zomo chief executive Ravi Kant also invested.',
     [('Zain Hayat', 'invested_in', 'Corvia'), ('Ravi Kant', 'invested_in', 'Corvia'), ('Ravi Kant', 'executive_of', 'Zomo')]),
    ('Corvia raised $5 million. Its backers include Orrin Capital and Toppr founder Zain Hayat.',
     [('Toppr', 'founded_by', 'Zain Hayat'), ('Zain Hayat', 'invested_in', 'Corvia')]),
    ('Rakesh Gupta has put USD 20 million into Corvia Health through Orrin Venture Capital, his family office.',
     [('Rakesh Gupta', 'invested_in', 'Corvia Health'), ('Orrin Venture Capital', 'invested_in', 'Corvia Health')]),
    # lower-case brands raise money ('s.power', 'zPay', 'payments startup kuvo')
    ('s.power has secured $22 million to build solar mini-grids.', [('s.power', 'raised', (22000000.0, 'USD'))]),
    ('Analysts said zPay raised $8 million from Corvo Ventures.', [('Corvo Ventures', 'invested_in', 'zPay')]),
    ('Lisbon payments startup kuvo raised $4 million from Brava Capital.', [('Brava Capital', 'invested_in', 'kuvo')]),
    # a seller of a whole company was its investor
    ('Sorel Partners sold Minato Foods to Kestrel Group for $80 million.', [('Sorel Partners', 'invested_in', 'Minato Foods')]),
    ('Kestrel Group purchased Telvane, a call-centre operator, for $1 billion from Corvex Bank.',
     [('Corvex Bank', 'invested_in', 'Telvane')]),
    # a company reports its own closing; an outlet reports news
    ('Ferrovia Bio reported the close of a Series C round, raising $40 million from Halden Partners and Oriel Capital.',
     [('Ferrovia Bio', 'raised', (40000000.0, 'USD')), ('Oriel Capital', 'invested_in', 'Ferrovia Bio')]),
    # 'it' after a sentence adverb is the subject of the sentence before, and so is 'the company' after it
    ('Apart from Norrvik, the region is home to Lumio and Tessa. Kvarn Pay is a young lender. However, it has '
     'grown fast. The company secured €40 million in May.', [('Kvarn Pay', 'raised', (40000000.0, 'EUR'))]),
    # 'The Chief Executive Officer, X, P, said'
    ('The Chief Executive Officer, Baxo, Femi Adeyinka, said the deal would help small shops.',
     [('Femi Adeyinka', 'executive_of', 'Baxo')]),
    ('Tessa Pay Founder and Chief Executive Officer, Kojo Mensah, said the deal was a milestone.',
     [('Kojo Mensah', 'executive_of', 'Tessa Pay')]),
    # 'says it' after an apposition
    ('Tessa Pay, a digital payments network, says it has signed an agreement to acquire Baxo.',
     [('Tessa Pay', 'acquired', 'Baxo')]),
    # list members described by a former employer and title, or by a description before the name
    ('Velora raised €100 million. Other investors include former Zumo chief Adam Price, Spanish retail billionaire '
     'Lucas Marin, and Banco Norte.', [('Adam Price', 'invested_in', 'Velora'), ('Lucas Marin', 'invested_in', 'Velora'),
                                       ('Banco Norte', 'invested_in', 'Velora')]),
    # a description with a 'for' phrase before its name; an upper-case dateline city is a place
    ('DUBAI: The UAE-based marketplace for event venues Hallora raised $3 million in a seed round.',
     [('Hallora', 'headquartered_in', 'UAE'), ('Hallora', 'raised', (3000000.0, 'USD'))]),
    # an agreement with the seller to buy the company
    ('Norrvik Holdings has entered into a conditional sale and purchase agreement (SPA) with Kelvo Partners to acquire '
     'Lumio Systems.', [('Norrvik Holdings', 'acquired', 'Lumio Systems'), ('Kelvo Partners', 'invested_in', 'Lumio Systems')]),
    # an investor's past bets, told in an apposition or a relative clause
    ("Harbor Crest Ventures, an early backer of companies such as Pallio, Vantage Robotics and Quillmark, is leading "
     "Tovara's new round.", [('Harbor Crest Ventures', 'invested_in', 'Pallio'), ('Harbor Crest Ventures', 'invested_in', 'Quillmark'),
                             ('Harbor Crest Ventures', 'invested_in', 'Vantage Robotics'), ('Harbor Crest Ventures', 'led_round', 'Tovara')]),
    ('The Danish buyout fund, Skagen Partners, which previously owned businesses such as Tovara and Quillmark, wants to '
     'buy more companies.', [('Skagen Partners', 'invested_in', 'Tovara'), ('Skagen Partners', 'invested_in', 'Quillmark')]),
    ('Gulf Sports Group, which owns or holds stakes in nine clubs including Harbor City FC and Norvik United, bought another team.',
     [('Gulf Sports Group', 'invested_in', 'Harbor City FC'), ('Gulf Sports Group', 'invested_in', 'Norvik United')]),
    ("Northgate Capital's investments in Brazil include Pallio and Quillmark.",
     [('Northgate Capital', 'invested_in', 'Pallio'), ('Northgate Capital', 'invested_in', 'Quillmark')]),
    # a degree after a name is no organization ('PhD' is written like 'GoodRx')
    ('"We are pleased," said Jane Roe, PhD, chief executive officer of Corvel Labs.',
     [('Jane Roe', 'executive_of', 'Corvel Labs')]),
    ('"This is a milestone," said Jane Roe, PhD, Corvel Labs co-founder and CEO.',
     [('Jane Roe', 'executive_of', 'Corvel Labs'), ('Corvel Labs', 'founded_by', 'Jane Roe')]),
    # a place the NER takes for a company, before '-based', describes the target; it is not the target
    ('Kelvo has reportedly acquired Cambridge-based audio analytics developer Sonaro in an all-cash deal.',
     [('Kelvo', 'acquired', 'Sonaro')]),
    # the subject of 'reached an agreement' and of 'spent ... to buy' is a party the NER may not know
    ('Weir has reached an agreement to take over Dalmine Works for $900 million.', [('Weir', 'acquired', 'Dalmine Works')]),
    ('Tavico spent $80 million to buy Halong Stone JSC.', [('Tavico', 'acquired', 'Halong Stone JSC')]),
    # 'brought in' money is a round: the round led in the next sentence is this company's
    ('Nordwind Capital backed Lantern last year. Munich-based startup Kelvo has brought in €4 million in funding. The '
     'round was led by Isar Labs.', [('Isar Labs', 'led_round', 'Kelvo')]),
    # 'Name, title, Company' without 'of' (and 'MD and CEO' is two titles, not a degree and a title)
    ('Kettle Co raised $5 million. "This is a fine brand," said Rahul Menon, MD and CEO, Orbit Foods.',
     [('Rahul Menon', 'executive_of', 'Orbit Foods')]),
    ('Kettle Co raised $5 million. Speaking on the deal, Tunde Bakare, Group Chief Executive, Oando PLC, said it was a fit.',
     [('Tunde Bakare', 'executive_of', 'Oando PLC')]),
    ('Kettle Co raised $5 million. The funds will help, according to Ana Ruiz, founder and CEO, Clip.',
     [('Ana Ruiz', 'executive_of', 'Clip'), ('Clip', 'founded_by', 'Ana Ruiz')]),
    # a one-word company that opens the sentence before 'co-founder and CEO'
    ('Kettle Co raised $5 million. Veo co-founder and CEO Patrick Sobal said the firm would grow.',
     [('Patrick Sobal', 'executive_of', 'Veo'), ('Veo', 'founded_by', 'Patrick Sobal')]),
    # 'X of <place>' in a list of leads: the place says where X is, the list goes on
    ('Polish payments startup Rampa has raised $70 million in Series B funding. Mubadala Capital of the United Arab '
     'Emirates and Korelya Capital of France co-led the round.',
     [('Mubadala Capital', 'led_round', 'Rampa'), ('Korelya Capital', 'led_round', 'Rampa')]),
    # 'the <city>, <region>-based company' refers back to the story's company, which is based in the city
    ('Mindful Health raised $15 million. The Palo Alto, California-based company is developing brain tests.',
     [('Mindful Health', 'headquartered_in', 'Palo Alto')]),
    ("Lumen Travel raised $250 million from GIC. The Jakarta-based firm's chief executive said bookings were recovering.",
     [('Lumen Travel', 'headquartered_in', 'Jakarta')]),
    # the owners of a joint venture are its investors, and the venture still invests in the sentence's deal
    ('Budget hotel platform RedStay has raised US$1 million in venture debt from InnoVen Capital, a joint venture '
     'between Temasek Holdings and United Overseas Bank.',
     [('InnoVen Capital', 'invested_in', 'RedStay'), ('Temasek Holdings', 'invested_in', 'InnoVen Capital'),
      ('United Overseas Bank', 'invested_in', 'InnoVen Capital')]),
    ('JW Therapeutics is a joint venture between Juno Therapeutics and WuXi AppTec.',
     [('Juno Therapeutics', 'invested_in', 'JW Therapeutics'), ('WuXi AppTec', 'invested_in', 'JW Therapeutics')]),
    # the seller in a deal told as a noun ('its takeover of X from Y'): the seller was an investor of X
    ('Kelvo completed its takeover of Lumio Systems from Orbit Capital last month.',
     [('Kelvo', 'acquired', 'Lumio Systems'), ('Orbit Capital', 'invested_in', 'Lumio Systems')]),
    # a stock listing in brackets, whatever the exchange, and with a ticker the NER reads as a name
    ('Kelvo (NYSE: KLV) has acquired Flanco Group.', [('Kelvo', 'acquired', 'Flanco Group')]),
    ('Kelvo (ASX:KLV) will acquire the maintenance firm Flanco Group for about AU$27 million.',
     [('Kelvo', 'acquired', 'Flanco Group')]),
    # a press release's 'announced the completion of its acquisition of'; becoming the controlling shareholder
    ('Kelvo today announced the completion of its acquisition of Flanco Group, a maker of time clocks.',
     [('Kelvo', 'acquired', 'Flanco Group')]),
    ('Kelvo Partners is set to become the controlling shareholder of Flanco Group after the deal.',
     [('Kelvo Partners', 'acquired', 'Flanco Group')]),
    # acquisitions told by their price or with the buyer after the target
    ("Norteño's $900 million purchase of Prairie Loaf was announced last month; the bakery had been a unit of Maple "
     "Harvest. The purchase this month by Grupo Norteño of Prairie Loaf Company closes its North American push.",
     [("Grupo Norteño", "acquired", "Prairie Loaf Company")]),
    ("Meanwhile, resin maker Quimex last spring spent $180 million to acquire Texas-based Polyline Corporation.",
     [("Quimex", "acquired", "Polyline Corporation")]),
    ("The region's biggest food deal of 2016 was the acquisition of juice maker Sucolar for $1.1 billion by Bebidas "
     "Norte.", [("Bebidas Norte", "acquired", "Sucolar")]),
    # a company chaired or run by someone; the head of a unit at a firm
    ("The family-owned Kessler Group, currently chaired by Ingrid Moe, has spun off two units.",
     [("Ingrid Moe", "executive_of", "Kessler Group")]),
    ("Mossgiel Holdings, the investment firm run by shipping heir Tomas Brenn, paid $40 million for a stake in Kivu "
     "Power.", [("Tomas Brenn", "executive_of", "Mossgiel Holdings")]),
    ("Orvane raised $20 million. Laura Bennett, head of healthcare investments at Kestrel Ventures, said the firm had "
     "tracked Orvane for a year.", [("Laura Bennett", "executive_of", "Kestrel Ventures")]),
]


def _facts(nlp, text):
    [ex] = extract([Article("case", text)], nlp=nlp)
    return {(f.subject, f.relation, (f.amount, f.currency) if f.relation in ("raised", "valued_at") else f.object)
            for f in ex.facts}


def _reader(nlp, text):
    """The article's reader after reading: its entities (``by_id``) and the patterns' facts."""
    from graph.extraction import read_articles

    [reader] = read_articles([Article("t", text)], nlp)
    return reader


def _names(nlp, text) -> set[str]:
    return {c.name for c in _reader(nlp, text).by_id.values()}


CASES += [
    # a flag emoji after a name leaves a run of spaces the name must be read across
    ('Roundup of the week. Zenvo 🇲🇽 raised a $20 Million Series A led by Alder Capital 🇺🇸 and Perch Partners 🇺🇸.',
     [('Zenvo', 'raised', (20000000.0, 'USD')), ('Alder Capital', 'led_round', 'Zenvo')]),
    # an apposition of a place-based description with no article before it
    ('Tindra, Norway-based fleet software startup, raised $4M in funding from Hallow Ventures.',
     [('Tindra', 'headquartered_in', 'Norway'), ('Tindra', 'raised', (4000000.0, 'USD'))]),
    # two companies' rounds in one sentence, the second told in a clause of its own after a semicolon
    ('Korvi Labs received a $12m investment from Pell Ventures, which leads the month; it is followed by Kenya’s '
     'Marlo Energy who received a $30m investment from Fenwick Fund and Osterby.',
     [('Marlo Energy', 'raised', (30000000.0, 'USD')), ('Fenwick Fund', 'invested_in', 'Marlo Energy'),
      ('Osterby', 'invested_in', 'Marlo Energy')]),
    # a sentence that tells of its company's valuation, whatever the verb
    ('Payments were busy. Fellow fintech Kestrel, a budgeting app, hit a record $2.1 billion valuation in May after a '
     '$150 million Series D round.',
     [('Kestrel', 'valued_at', (2100000000.0, 'USD')), ('Kestrel', 'raised', (150000000.0, 'USD'))]),
    # 'the valuation follows a round': the amount is the round's; a rival's fundraise 'in July' is the rival's
    ('Orvia raised $90 million. The new valuation follows a $90 million Series C led by Tamsin Capital, ahead of '
     'rival Pellow’s $40 million fundraise in July.',
     [('Orvia', 'raised', (90000000.0, 'USD')), ('Pellow', 'raised', (40000000.0, 'USD'))]),
    # two companies' rounds joined by 'and', the first with an aside; 'in May' is a month, not a hedge
    ('Tevo, a ride app much like Uber, raised $4.5 million in May and payments operator Quillpay received $6 million '
     'in August.', [('Tevo', 'raised', (4500000.0, 'USD')), ('Quillpay', 'raised', (6000000.0, 'USD'))]),
    # a unit a buyer acts through is its subsidiary; a short name is the company the story is mostly about
    ('Marlow Industries Ltd (MIL) has acquired a majority stake in drone maker Skyfin. MIL, which made the purchase '
     'through wholly-owned unit Marlow Digital Ventures Ltd, did not give a price. Marlow Industries Ltd has been on a '
     'buying spree. In May, the Marlow-owned chatbot maker Quenti acqui-hired Zapli Inc., a startup in Austin.',
     [('Marlow Digital Ventures Ltd', 'subsidiary_of', 'Marlow Industries Ltd'),
      ('Quenti', 'subsidiary_of', 'Marlow Industries Ltd'), ('Quenti', 'acquired', 'Zapli Inc.')]),
    # a minority stake bought for a price makes a backer, not a buyer
    ('Kelvo Group agreed to pay about $200 million for a 30 percent stake in Seoul-based Ardent Games, the companies said.',
     [('Kelvo Group', 'invested_in', 'Ardent Games')]),
    # the subject, not a name in the opening phrase, owns the unit 'its' names
    ('In a March 3 filing with the Lima Stock Exchange, Corvex said the purchase was made through its subsidiary, '
     'Pellar Brasil Ltda.', [('Pellar Brasil Ltda', 'subsidiary_of', 'Corvex')]),
    # a stake sold in 'its joint venture (JV) X' to a partner: the partner backs X
    ('Orrin Telecom said it had offloaded its 5.5% stake in its Indian joint venture (JV) Kelvo Tech to partner '
     'Kelvo Group for $300 million.', [('Kelvo Group', 'invested_in', 'Kelvo Tech')]),
    # amounts told 'respectively' with a phrase of time between; a one-word name the NER once read as a person
    ('Two Lagos-based delivery startups, TruckNow and HaulGo, had closed $2.4 million and $900,000 by March '
     'and mid-September, respectively, from foreign investors.',
     [('TruckNow', 'raised', (2400000.0, 'USD')), ('HaulGo', 'raised', (900000.0, 'USD'))]),
    # a founder's past employer in an aside is not what was founded
    ('Founded in 2015 by Dr. Ines Marlow, a former Barclays trader and Leeds University graduate, FreightHub runs a '
     'freight marketplace.', [('FreightHub', 'founded_by', 'Ines Marlow')]),
    # a chief named in a fronted phrase heads the company the sentence goes on to name
    ('Orrin Capital led the round in Tamsin Labs. Founded in 2011 and led by CEO Dana Whitlow, Corvane Agri Inc. builds '
     'software for growers.', [('Dana Whitlow', 'executive_of', 'Corvane Agri Inc.')]),
    # a title fused to a company's name is no part of it ('Co-Founder' is no 'Co.')
    ('Speaking on recycling, Kelvo Energies Co-Founder, and CEO Ravi Menon said the plant opens in May.',
     [('Ravi Menon', 'executive_of', 'Kelvo Energies')]),
    # angels named with their employers and titles ('Pellucid CPO X', 'Harrowgate exec Y')
    ('Quantaloop raised $10 million from Orrin Venture Group and individual investors, including Pellucid CPO Mara '
     'Quist, Zentro CEO Dale Fenwick and Harrowgate exec Goran Ruby.',
     [('Mara Quist', 'invested_in', 'Quantaloop'), ('Mara Quist', 'executive_of', 'Pellucid'),
      ('Goran Ruby', 'invested_in', 'Quantaloop'), ('Goran Ruby', 'executive_of', 'Harrowgate')]),
    # a capitalized word the NER left outside a name in a list of backers
    ('Corvane raised $60 million from Tamsin Energy and other backers such as Prime Orchard Labs, Kelvo Group and '
     'Harrow Financial Services.', [('Prime Orchard Labs', 'invested_in', 'Corvane')]),
    # 'led the Series B financing of X' names the round's company, and the next sentence's backers back X
    ('Tamsin Labs raised $9 million last year. Orrin Capital has led the Series B financing of Corvane Agri Inc., a '
     'farm software maker. The round was joined by Export Development Canada.',
     [('Orrin Capital', 'led_round', 'Corvane Agri Inc.'), ('Export Development Canada', 'invested_in', 'Corvane Agri Inc.')]),
    # a Chinese company's registered name with its city in brackets is one name
    ('Hangzhou-based Yuntai Medical (Shanghai) Technology Co., Ltd has raised 200 million yuan from Qiming Venture Partners.',
     [('Yuntai Medical (Shanghai) Technology Co., Ltd', 'raised', (200000000.0, 'CNY')),
      ('Qiming Venture Partners', 'invested_in', 'Yuntai Medical (Shanghai) Technology Co., Ltd')]),
    # a firm's name that opens with 'Word &' at the start of a sentence keeps both words
    ('Fenlow raised $8 million. Larch & Tamsin Capital led the round.',
     [('Larch & Tamsin Capital', 'led_round', 'Fenlow')]),
    # the company an opening apposition describes raises, not a name inside the apposition
    ('Quillpay, the Accra-based startup that lets shops take card, mobile and QR payments at one till, has raised '
     '$12 million in a Series A round. Orrin Ventures led the round.',
     [('Quillpay', 'raised', (12000000.0, 'USD')), ('Orrin Ventures', 'led_round', 'Quillpay')]),
    # a sentence that opens on a company's round names whose round the next sentence's backers joined
    ('Tamsin Bio licensed a drug to Corvane Therapeutics, a new US company. Corvane’s Series A was co-led by Harrow '
     'Ventures and Pell Capital. Fenwick Partners also invested.',
     [('Harrow Ventures', 'led_round', 'Corvane Therapeutics'), ('Fenwick Partners', 'invested_in', 'Corvane Therapeutics')]),
    # a wire dateline 'CITY, AGENCY -' and 'CITY (Outlet) --' is no company
    ('SEOUL, QNA - Harlow Group will purchase an 8.2 percent stake valued at $400 million in Thailand’s largest '
     'grocery chain, Tessaly PCL.', [('Harlow Group', 'invested_in', 'Tessaly PCL')]),
    ('Kelvo Motors has purchased almost 10% of Orrin Trucks, the companies said.',
     [('Kelvo Motors', 'invested_in', 'Orrin Trucks')]),
    # a company whose board approves a deal is no regulator: its unit is still its unit
    ('NEW YORK (The Wire) -- Pellow said it will buy the rest of its Korean subsidiary Pellow Korea for $900 million. '
     'The purchase was approved by the Pellow and Tamsin boards.',
     [('Pellow Korea', 'subsidiary_of', 'Pellow'), ('Pellow', 'acquired', 'Pellow Korea')]),
    # 'launched with' and 'collected' tell of a round; a hyphenated name before the verb keeps its first part
    ('Weekly roundup.\n\n— Boston-based Q-Varro launched with a $28 million seed round led by Orrin Partners.',
     [('Q-Varro', 'raised', (28000000.0, 'USD')), ('Orrin Partners', 'led_round', 'Q-Varro')]),
    ('Tamsin Bio, a spinout of Leeds University, collected $7 million in seed funding co-led by Harrow Ventures. The '
     'round also drew Delaware Innovations and Larch Street Ventures.',
     [('Tamsin Bio', 'raised', (7000000.0, 'USD')), ('Delaware Innovations', 'invested_in', 'Tamsin Bio'),
      ('Larch Street Ventures', 'invested_in', 'Tamsin Bio')]),
    # a roundup item opening on a city's dateline in capitals: the city is no company
    ('Biotech financings this week.\n\nLONDON – Orvia Bio has raised a $60 million series A.\n\nHONG KONG – Kelvo '
     'Therapeutics Ltd. closed a Series B of $19 million. The Jerusalem-based company drew support from '
     'Harrow Capital and Pell Fund.',
     [('Kelvo Therapeutics Ltd.', 'raised', (19000000.0, 'USD')), ('Harrow Capital', 'invested_in', 'Kelvo Therapeutics Ltd.'),
      ('Kelvo Therapeutics Ltd.', 'headquartered_in', 'Jerusalem')]),
    # a firm named co-lead in X’s round; 'the only other investor in the round is Y'; a round
    # 'announced by X' is X's
    ('Harrow Global, a venture firm from Berlin, was named co-lead in Kelvo Bank’s $40 million Series C round. '
     'The only other investor in the $40 million round is Tamsin Ventures. Harrow also joined the $12 million seed '
     'round closed by Orvia Pay last year.',
     [('Harrow Global', 'led_round', 'Kelvo Bank'), ('Tamsin Ventures', 'invested_in', 'Kelvo Bank'),
      ('Orvia Pay', 'raised', (12000000.0, 'USD'))]),
    # stock tickers in brackets are no names; 'X K. K.' and 'X' are one company; 'its parent conglomerate Y'
    ('Tessaly (TSY, TSYB) CEO/President Dana Whitlow will run the combined group.',
     [('Dana Whitlow', 'executive_of', 'Tessaly')]),
    ('Harlow Chemical has bought a 4.5 percent stake in Kelvo Denko K. K. A Kelvo Denko spokesperson declined to comment. '
     'Kelvo Denko completed its acquisition of an 87 percent stake in Orrin Materials Co. The sale of Orrin Materials '
     'by its parent conglomerate Orrin Ltd. closed in April.',
     [('Harlow Chemical', 'invested_in', 'Kelvo Denko'), ('Kelvo Denko', 'acquired', 'Orrin Materials Co.'),
      ('Orrin Materials Co.', 'subsidiary_of', 'Orrin Ltd.')]),
    # shares of a company bought are a stake in it; 'X is Y’s truck division'; 'Y, owner of X'; 'under its wing'
    ('Kelvo Motors is Tamsin’s truck division. Harlow will acquire Tamsin shares worth the same value.',
     [('Kelvo Motors', 'subsidiary_of', 'Tamsin'), ('Harlow', 'invested_in', 'Tamsin')]),
    ('In a statement Orrin Auto, owner of Pellow Cars, said it welcomed the new shareholder.',
     [('Pellow Cars', 'subsidiary_of', 'Orrin Auto')]),
    ('Kelvo Group has Kelvo Telecom, Kelvo Chips and Kelvo Energy under its wing.',
     [('Kelvo Telecom', 'subsidiary_of', 'Kelvo Group'), ('Kelvo Energy', 'subsidiary_of', 'Kelvo Group')]),
    # backers named as the ones a company joined, those 'which co-led the round', and those the round 'also attracted'
    ('Orvia Bio closed a £65m series B round. The units of drugmakers Pellow and Tamsin joined investment firms Harrow '
     'Partners and Kelvo Capital, which co-led the round. Orrin Ventures co-led the round, which also attracted '
     'impact investor Fenwick Fund.',
     [('Harrow Partners', 'led_round', 'Orvia Bio'), ('Kelvo Capital', 'led_round', 'Orvia Bio'),
      ('Fenwick Fund', 'invested_in', 'Orvia Bio')]),
]


# phrasings met in a later batch of unseen news (names invented)
CASES += [
    ('Among the newcomers, Chelsea–based Corvel Care opened its app on Monday with $3.1 million in seed money led by '
     'Pell Ventures and Orrin Labs.',
     [('Corvel Care', 'headquartered_in', 'Chelsea'), ('Corvel Care', 'raised', (3100000.0, 'USD')),
      ('Pell Ventures', 'led_round', 'Corvel Care')]),
    ('Harlow Motor Co., keen to catch up in batteries, on Tuesday said it was investing $400 million in truck '
     'startup Tessaly.',
     [('Harlow Motor Co.', 'invested_in', 'Tessaly')]),
    ('“We can now hire,” said Tarnow Co-founder and CEO Lida Marsh.',
     [('Tarnow', 'founded_by', 'Lida Marsh'), ('Lida Marsh', 'executive_of', 'Tarnow')]),
    ('Learning app Pellucid closed $150 Mn in a Series F led by Quarrel Partners’ impact investing platform The '
     'Kestrel Fund.',
     [('The Kestrel Fund', 'led_round', 'Pellucid'), ('The Kestrel Fund', 'subsidiary_of', 'Quarrel Partners')]),
    ('Halden Bio now holds the record, ahead of Sorrel Secure, an email security startup from Lyon that raised a €65m '
     'round last year.',
     [('Sorrel Secure', 'raised', (65000000.0, 'EUR'))]),
    ('Toska Fitness, a gym chain in Shenzhen, has raised $14 million in a Series B round led by Harbin Merchants Bank, '
     'with Golden Resources Corp.',
     [('Harbin Merchants Bank', 'led_round', 'Toska Fitness'), ('Golden Resources Corp.', 'invested_in', 'Toska Fitness')]),
    ('Lorrel raised $20 million. Earlier backers include the likes of Chinese retail giant Tarrow, Open Pika and '
     'New Bravo.',
     [('Tarrow', 'invested_in', 'Lorrel'), ('Open Pika', 'invested_in', 'Lorrel'), ('New Bravo', 'invested_in', 'Lorrel')]),
    ('Based in Rochester, the Halvard Clinic headed a $8.2 million financing for Tripod Data, a privacy platform.',
     [('Halvard Clinic', 'led_round', 'Tripod Data'), ('Halvard Clinic', 'headquartered_in', 'Rochester')]),
    ('Based in Oakland, Calif., Kilo Health Ventures took part in a $65 million round for Vesta Care.',
     [('Kilo Health Ventures', 'headquartered_in', 'Oakland'), ('Kilo Health Ventures', 'invested_in', 'Vesta Care')]),
    ('Kilo Telecom reported higher profit, helped by Ugandan fibre operator Lango Net, which it bought in March.',
     [('Kilo Telecom', 'acquired', 'Lango Net')]),
    ('Maria Ortiz will run Pagos Ya, a Lima-based payments startup that Tarrow acquired last year.',
     [('Tarrow', 'acquired', 'Pagos Ya')]),
    ('Ridgeway Partners set up Bright Dental in 2020 through its purchase of Harbor Smiles, a six-clinic chain.',
     [('Ridgeway Partners', 'acquired', 'Harbor Smiles')]),
    ('Kilo Chemical has formed a consortium with Tarrow Capital and Pell Partners to buy Orrin Maschinen GmbH.',
     [('Kilo Chemical', 'acquired', 'Orrin Maschinen GmbH'), ('Tarrow Capital', 'acquired', 'Orrin Maschinen GmbH')]),
    ('Tindra closed a $5 million round. Fondo Arno led the round, joined by Verona-based Lago Capital.',
     [('Fondo Arno', 'led_round', 'Tindra'), ('Lago Capital', 'invested_in', 'Tindra')]),
    ('Tindra closed a $5 million round. Mesa Ventures led and was joined by existing backers Creek Capital and '
     'Range Angels.',
     [('Mesa Ventures', 'led_round', 'Tindra'), ('Creek Capital', 'invested_in', 'Tindra'),
      ('Range Angels', 'invested_in', 'Tindra')]),
    ('Tindra closed a $5 million round led by Peak Five. Other backers were Dune Partners; the Riyadh family office '
     'Bin Tariq Holding; Oman’s Wadi Ventures; and Crest Fund, the startup arm of Al Noor Group.',
     [('Dune Partners', 'invested_in', 'Tindra'), ('Bin Tariq Holding', 'invested_in', 'Tindra'),
      ('Wadi Ventures', 'invested_in', 'Tindra'), ('Crest Fund', 'invested_in', 'Tindra')]),
    ('Orrin Group has promised to keep Kilo Werke’s headquarters in the Bavarian city of Munich.',
     [('Kilo Werke', 'headquartered_in', 'Munich')]),
    ('Car group Tarrow Holding now owns almost 10% of Kilo Motors, a month after becoming the biggest shareholder in '
     'bus maker Orrin Trucks.',
     [('Tarrow Holding', 'invested_in', 'Kilo Motors'), ('Tarrow Holding', 'invested_in', 'Orrin Trucks')]),
    ('“We believe in the brand,” Salem Al Kaabi, Kilo Holding’s deputy group chief executive, said.',
     [('Salem Al Kaabi', 'executive_of', 'Kilo Holding')]),
    ('Tarrow acquired Orrin Labs—headquartered in Denver—for $50 million.',
     [('Tarrow', 'acquired', 'Orrin Labs')]),
    ('Kilo Telecom’s Orrin Labs raised $5 million from Pell Ventures.',
     [('Orrin Labs', 'subsidiary_of', 'Kilo Telecom'), ('Pell Ventures', 'invested_in', 'Orrin Labs')]),
    ('Pell Fund and Kilo Ventures – the corporate venture arm of telecoms group Kilo Telecom – joined the round.',
     [('Kilo Ventures', 'subsidiary_of', 'Kilo Telecom')]),
    ('The round also drew Bayern Kapital’s growth vehicle, Isar Wachstumsfonds.',
     [('Isar Wachstumsfonds', 'subsidiary_of', 'Bayern Kapital')]),
    ('Artemis Bio got $36m in 2016 from a series A led by Pell Health Partners that included Orrin Ventures, '
     'Tamsin Bio and Harrow Innovations.',
     [('Pell Health Partners', 'led_round', 'Artemis Bio'), ('Orrin Ventures', 'invested_in', 'Artemis Bio'),
      ('Tamsin Bio', 'invested_in', 'Artemis Bio'), ('Harrow Innovations', 'invested_in', 'Artemis Bio')]),
    ('Vessa raised €12 million. The round was led by Harrow Growth, Rocket Internet, and Kilo Media’s Kilo Seven.',
     [('Harrow Growth', 'led_round', 'Vessa'), ('Rocket Internet', 'led_round', 'Vessa'),
      ('Kilo Seven', 'led_round', 'Vessa')]),
    ('Vantix Power raised $10 million from Pell Ventures last week. Kilo Bank advised on the deal. The company, '
     'which was founded by Lida Marsh in 2019, makes chargers.',
     [('Vantix Power', 'founded_by', 'Lida Marsh')]),
    ('Kavak raised $4 million, with U.S.-based Greenoaks Capital leading the round.',
     [('Greenoaks Capital', 'headquartered_in', 'U.S.'), ('Greenoaks Capital', 'led_round', 'Kavak')]),
    ('San Jose, Calif-based network security firm Vectrix closed a $100 million Series E led by Pell Capital.',
     [('Vectrix', 'headquartered_in', 'San Jose'), ('Pell Capital', 'led_round', 'Vectrix')]),
    ('Corvel raised $9 million. Boston-based Pell Ventures and Kilo Advisors provided the backing for the startup.',
     [('Pell Ventures', 'invested_in', 'Corvel'), ('Kilo Advisors', 'invested_in', 'Corvel')]),
    ('Corvel raised $9 million from Pell Ventures. The Munich venture firms Kilo Capital and Senna are also '
     'participating.', [('Kilo Capital', 'invested_in', 'Corvel'), ('Senna', 'invested_in', 'Corvel')]),
    ('Tessaly raised $1 billion from Harbor Bank last year. Lumora, founded by Dara Quell, sells skin care online. '
     'Quell pitched the idea to Pell Labs and Lumora was accepted into its accelerator. In March, the company closed '
     'a $17.5 million Series B round from investors including Orrin Capital and Kilo Partners.',
     [('Lumora', 'raised', (17500000.0, 'USD')), ('Orrin Capital', 'invested_in', 'Lumora')]),
    ('Tessaly raised $110 million from Kilo. The newest entrant, Boston-based Lumora, publicly launched its app on '
     'Tuesday with $3.4 million of seed money led by Pell VC.',
     [('Lumora', 'raised', (3400000.0, 'USD')), ('Pell VC', 'led_round', 'Lumora')]),
    ('Harbor Chemical Holdings will pay 120 billion yen to make Kestrel Pharma a wholly owned subsidiary.',
     [('Harbor Chemical Holdings', 'acquired', 'Kestrel Pharma')]),
    ('Lantern, a grocery delivery app, was the first big exit of the region, given the price of its acquisition by '
     'Rideshare Corp.', [('Rideshare Corp.', 'acquired', 'Lantern')]),
    ("Lantern's acquisition by Rideshare Corp closed in May.", [('Rideshare Corp', 'acquired', 'Lantern')]),
    ('Dunmore Media Network said it closed its deal to buy all the issued and outstanding shares of Pelham News Inc.',
     [('Dunmore Media Network', 'acquired', 'Pelham News Inc.')]),
    ('Tarrow Holdings will hold 68% of Tarrow Infotech once the merger closes.',
     [('Tarrow Infotech', 'subsidiary_of', 'Tarrow Holdings')]),
    ('Quill Ventures, an investment arm affiliated with Tarn Holdings, has led a $23 million series B round in '
     'Velo.', [('Quill Ventures', 'subsidiary_of', 'Tarn Holdings')]),
    ("Corvel Holding AB will spend the money on the company's two business units, Orvia Bio and Smartline.",
     [('Orvia Bio', 'subsidiary_of', 'Corvel Holding AB'), ('Smartline', 'subsidiary_of', 'Corvel Holding AB')]),
    ("The buyer is Yoshida's wholly owned Far East Capital Corp.", [('Far East Capital Corp.', 'subsidiary_of', 'Yoshida')]),
    ('Corvel Holding raised SEK 300 million from existing backers including AP7 and the founders Prof. Karl Lind and '
     'Erik Sand.', [('Corvel Holding', 'founded_by', 'Karl Lind'), ('Corvel Holding', 'founded_by', 'Erik Sand'),
                    ('Karl Lind', 'invested_in', 'Corvel Holding')]),
    ('Orrin Ventures‘s co-founder Hernan Diaz said the firm would invest in Zeta.',  # an opening quote for the apostrophe
     [('Orrin Ventures', 'founded_by', 'Hernan Diaz')]),
    ('Kelvo Bank- and Fin Capital-backed rival Zeta is buying Bridge for an undisclosed sum.',
     [('Kelvo Bank', 'invested_in', 'Zeta'), ('Fin Capital', 'invested_in', 'Zeta'), ('Zeta', 'acquired', 'Bridge')]),
    ('• Based in Charlotte, North Carolina, Zeta Labs came out of stealth in May.',
     [('Zeta Labs', 'headquartered_in', 'Charlotte')]),
    ('With headquarters in Tianjin and a lab in Beijing, Juvo Bio makes cell therapies.',
     [('Juvo Bio', 'headquartered_in', 'Tianjin')]),
    ('Harbor Group said it has bought a 37 per cent stake in Singapore based Lion Bank.',
     [('Lion Bank', 'headquartered_in', 'Singapore')]),
    ('Orrin Capital’s Zeta Labs stake is now worth $500 million after Zeta Labs raised $80 million.',
     [('Orrin Capital', 'invested_in', 'Zeta Labs')]),
    ('Kelvo Group CEO Jane Doe, who also chairs Medigo Labs, said the deal made sense.',
     [('Jane Doe', 'executive_of', 'Medigo Labs')]),
    ('Jane Doe, an entrepreneur and partner at Kelvo Ventures, led the round.', [('Jane Doe', 'executive_of', 'Kelvo Ventures')]),
    ('Kelvo Group raised $50 million for its deal to acquire Medigo Labs.', [('Kelvo Group', 'raised', (50e6, 'USD'))]),
    ('Cardo has partnered with Federal Bank, Kappa Bank’s Kappa Card Services, and Lanka Bank to offer credit cards.',
     [('Cardo', 'partner_of', 'Kappa Card Services'), ('Cardo', 'partner_of', 'Lanka Bank')]),
    ('Pexa has acquired SwitchPay, Wirely and SureCard.',
     [('Pexa', 'acquired', 'SwitchPay'), ('Pexa', 'acquired', 'Wirely'), ('Pexa', 'acquired', 'SureCard')]),
    ('After its round, Pexa went on a buying spree, acquiring SwitchPay, Wirely, SureCard, and other payment firms.',
     [('Pexa', 'acquired', 'SwitchPay'), ('Pexa', 'acquired', 'SureCard')]),
    ('Pexa went on a buying spree, growing its market share by acquiring SwitchPay, Wirely, SureCard, and other firms.',
     [('Pexa', 'acquired', 'SwitchPay'), ('Pexa', 'acquired', 'SureCard')]),
    # an investing arm named after its owner, where the article names the owner as one
    ('Corvia Bio raised $60 million from Kelvo Ventures, Orrin Venture Fund and Harrow Capital. The two arms, '
     'subsidiaries of drugmakers Kelvo and Orrin, have backed the company since its seed round.',
     [('Kelvo Ventures', 'subsidiary_of', 'Kelvo'), ('Orrin Venture Fund', 'subsidiary_of', 'Orrin'),
      ('Kelvo Ventures', 'invested_in', 'Corvia Bio')]),
    ('Vantix Health raised $20 million. Talmo Capital, the investment arm of Talmo Grid Technology, led the round.',
     [('Talmo Capital', 'subsidiary_of', 'Talmo Grid Technology')]),
    ('Vantix Health raised $20 million. Kelvo took part through its corporate venturing unit Kelvo Capital.',
     [('Kelvo Capital', 'subsidiary_of', 'Kelvo')]),
    # a roundup's bullets run into one line: each item its own deal
    ('Deals - Orrin Capital closed its second fund at $400 million; - Vessa Bio raised $20 million in a Series B from '
     'Kelvo Pharma; - Tarnow Medical closed a $17 million Series A; - Pell Labs signed a licensing deal.',
     [('Vessa Bio', 'raised', (20000000.0, 'USD')), ('Kelvo Pharma', 'invested_in', 'Vessa Bio'),
      ('Tarnow Medical', 'raised', (17000000.0, 'USD'))]),
    # 'of' and a city after a company's name say where it is, not what it is called
    ('Kelvo Pharma of Suzhou invested $20 million in Vessa Bio.',
     [('Kelvo Pharma of Suzhou', 'invested_in', 'Vessa Bio')]),
    ('Vessa Bio of Suzhou raised $20 million from Kelvo Pharma.',
     [('Vessa Bio', 'raised', (20000000.0, 'USD')), ('Kelvo Pharma', 'invested_in', 'Vessa Bio')]),
    ('The Industrial Bank of Korea invested in Vessa Bio.',
     [('Industrial Bank of Korea', 'invested_in', 'Vessa Bio')]),
    ('Vessa Bio raised $9 million. Kelvo Capital is a Singapore-based fund whose existing investments include Pell '
     'Labs, Tarnow Medical and Orrin Bio.',
     [('Kelvo Capital', 'invested_in', 'Pell Labs'), ('Kelvo Capital', 'invested_in', 'Orrin Bio')]),
    ('Vessa Bio closed a $25 million Series A. The financing was led by founding investor, Kelvo Innovation, with '
     'investments by Harrow Capital, Pell Ventures and Orrin Trust.',
     [('Kelvo Innovation', 'led_round', 'Vessa Bio'), ('Harrow Capital', 'invested_in', 'Vessa Bio'),
      ('Orrin Trust', 'invested_in', 'Vessa Bio')]),
    # 'L.L.C.' then 'This': two sentences, and the list before it is the round's
    ('Vessa Bio raised ¥850M in a Series A. The round was led by Kelvo Brain Corporation, with participation from '
     'Orrin Innovation Fund, Pell Platform Co., Ltd., and Tarnow Partners JP, L.L.C. This brings the total raised by '
     'Vessa Bio to ¥1.2B.',
     [('Kelvo Brain Corporation', 'led_round', 'Vessa Bio'), ('Orrin Innovation Fund', 'invested_in', 'Vessa Bio')]),
    ('Vessa Bio raised $8 million from Kelvo Capital. "We like the team," said Dara Quell, partner and Head of '
     'Industrial at Kelvo Capital.',
     [('Dara Quell', 'executive_of', 'Kelvo Capital')]),
    ('Vessa Bio raised $20 million. Bali Murad, M.D., Ph.D., Managing Partner at Kelvo Capital, will join the board.',
     [('Bali Murad', 'executive_of', 'Kelvo Capital')]),
    ('Kelvo and Orrin will merge. The chief executive of Orrin, Lin Hao, and the chief executive of Kelvo, Mei Ruo, '
     'will run the combined firm.',
     [('Lin Hao', 'executive_of', 'Orrin'), ('Mei Ruo', 'executive_of', 'Kelvo')]),
    ('Orbit Foods raised $10 million in a round led by Tiger Peak. Backed by Harrow Capital, alongside Pell Ventures, '
     'Nimbus Labs is expanding to Europe.',
     [('Harrow Capital', 'invested_in', 'Nimbus Labs')]),
    # an owner named after its fund's name is an entity of its own
    ('Vessa Bio raised $8 million from Kelvo Innovation Fund and Harrow Capital. Separately, Kelvo has partnered '
     'with Orrin University on robots.',
     [('Kelvo Innovation Fund', 'subsidiary_of', 'Kelvo'), ('Kelvo', 'partner_of', 'Orrin University')]),
    # a regional outlet's bare '$' in a Singapore story is the US dollar; with 'US$' beside it, the local one
    ('Singapore-based Tarnow Bio raised $34 million. The Singapore startup will hire in Singapore and Jakarta.',
     [('Tarnow Bio', 'raised', (34000000.0, 'USD'))]),
    ('Singapore-based Tarnow Bio raised $34 million (US$25 million). The Singapore startup will hire in Singapore.',
     [('Tarnow Bio', 'raised', (34000000.0, 'SGD'))]),
]

CASES += [
    # an owner named after a place and a description
    ('Kelvo Health raised $40 million. Marrow Care Group, which is wholly-owned by Singapore state investor Tavon '
     'Holdings, led the Series B, and Brightleaf Partners joined.',
     [('Marrow Care Group', 'subsidiary_of', 'Tavon Holdings'), ('Marrow Care Group', 'led_round', 'Kelvo Health')]),
    ('Orbit raised $25 million in a Series B led by Harbor Clinics Group, which is wholly owned by Norwegian '
     'sovereign wealth fund Fjord Holdings.', [('Harbor Clinics Group', 'subsidiary_of', 'Fjord Holdings')]),
    # a fund described with its size, a label of a publisher
    ('Tolvex raised $70 million. Meridia Voyager Fund, the $1 billion healthcare fund of Meridia Insurance, was '
     'among the backers.', [('Meridia Voyager Fund', 'subsidiary_of', 'Meridia Insurance')]),
    ('Nubo Games, a wholly-owned mobile label of Tarrow Interactive, said it bought Gamewell.',
     [('Nubo Games', 'subsidiary_of', 'Tarrow Interactive'), ('Nubo Games', 'acquired', 'Gamewell')]),
    # the arm described first, its name after it
    ('The corporate venture arm of Helix Pharma, Helix Ventures, has co-led a $33 million Series B for Cellora.',
     [('Helix Ventures', 'led_round', 'Cellora'), ('Helix Ventures', 'subsidiary_of', 'Helix Pharma')]),
    ('The growth arm of Temasek, Vertex Health, put $10 million into Klara, a Berlin-based startup.',
     [('Vertex Health', 'subsidiary_of', 'Temasek'), ('Vertex Health', 'invested_in', 'Klara')]),
    ('Plexa, a Lagos fintech, raised $10 million in a round led by Accel, and was founded by Nora Gale in 2019.',
     [('Plexa', 'founded_by', 'Nora Gale')]),
    ('Quanta raised $9 million. The San Francisco-based app was founded by Ana Silva.', [('Quanta', 'founded_by', 'Ana Silva')]),
    # 'its' unit at the head of the sentence: the company of the sentence before
    ('Danto Group had a busy month. Through its subsidiary, Danto Digital, the group picked up a delivery app.',
     [('Danto Digital', 'subsidiary_of', 'Danto Group')]),
    # founders named with and without titles
    ('Vexa was formed three years ago by CEO Nora Gale, Chief Operating Officer Adam Pryce, Ilan Zoref and Ben '
     'Watts.', [('Vexa', 'founded_by', 'Ilan Zoref'), ('Vexa', 'founded_by', 'Adam Pryce'),
                ('Adam Pryce', 'executive_of', 'Vexa')]),
    ('Michael Brown was involved in founding Woodcraft, which was bought by Automat for a reported $30 million.',
     [('Woodcraft', 'founded_by', 'Michael Brown'), ('Automat', 'acquired', 'Woodcraft')]),
    ('Robert Miller, a 14-year Pfizer veteran and co-founder of Rovanta, expects trials next year.',
     [('Rovanta', 'founded_by', 'Robert Miller')]),
    ('Zintra raised $60 million from Tallow Group and Yungo Capital, a buyout firm founded by Tallow executive '
     'chairman Jack Lin.', [('Yungo Capital', 'founded_by', 'Jack Lin'), ('Jack Lin', 'executive_of', 'Tallow Group')]),
    # a possessive acquisition of a share of a company
    ('The biggest deals were Dipo’s acquisition of Durban lender PayQuick and Vodaline’s acquisition of 60% '
     'of Lagos based startup Thingnet.',
     [('Dipo', 'acquired', 'PayQuick'), ('Vodaline', 'acquired', 'Thingnet')]),
    # backers of a round named in other ways
    ('Zintra raised $90 million. Quinto, Orrin Capital, Dalt Ventures and Sorrel Partners filled out the financing, '
     'which closed at a $2.4bn valuation.',
     [('Sorrel Partners', 'invested_in', 'Zintra'), ('Zintra', 'valued_at', (2400000000.0, 'USD'))]),
    ('Zintra raised $90 million. Quinto and Sorrel Partners filled out the financing, which was then closed at a $2.4bn '
     'valuation.', [('Sorrel Partners', 'invested_in', 'Zintra')]),
    ('Zintra raised $90 million. Also joining the new funding round is Horizon Ventures.',
     [('Horizon Ventures', 'invested_in', 'Zintra')]),
    ('Zintra raised $90 million. Horizon Ventures has already backed Zintra’s two earlier rounds.',
     [('Horizon Ventures', 'invested_in', 'Zintra')]),
    ('Zintra raised $90 million in a Series A. The Series A came from Tallow Capital, as well as Korea Partners and '
     'Vivo Capital.', [('Tallow Capital', 'invested_in', 'Zintra'), ('Vivo Capital', 'invested_in', 'Zintra')]),
    ('Zintra raised $9 million. The seed round saw contributions from Quinto, Brava Lab’s Stellar Growth Fund and '
     'Ingress Capital.', [('Stellar Growth Fund', 'invested_in', 'Zintra'), ('Ingress Capital', 'invested_in', 'Zintra')]),
    ('Zintra raised $310 million. The Series D was co-led by growth investors Orrin Ventures and Pike Partners; Dalt Capital '
     'Ventures, the growth arm of buyout firm Dalt Capital; and Wexley Investments, a unit of Wexley.',
     [('Dalt Capital Ventures', 'led_round', 'Zintra'), ('Wexley Investments', 'led_round', 'Zintra'),
      ('Wexley Investments', 'subsidiary_of', 'Wexley')]),
]

CASES += [
    # a roundup's clauses, each of its own news, joined by semicolons
    ('Deal notes: Corvia Bio raised $40 million to grow its lab network, including $10 million from Pell Group; '
     'Tavro Pharma of Suzhou raised $25 million in a Series B led by Orrin Fund Management; Quill Capital invested '
     '$12.5 million via a placement into Nexa Labs, a US maker of wound gels; Holt Hospital plans a $30 million IPO.',
     [('Corvia Bio', 'raised', (40000000.0, 'USD')), ('Tavro Pharma', 'raised', (25000000.0, 'USD')),
      ('Pell Group', 'invested_in', 'Corvia Bio'),
      ('Orrin Fund Management', 'led_round', 'Tavro Pharma'), ('Quill Capital', 'invested_in', 'Nexa Labs')]),
    # a price paid for a stake; a deal agreed in a participle clause; stakes in the plural
    ('Tarrow Power, a compressor maker based in Shanxi, paid 210 million yuan ($33 million) to buy a 70 percent '
     'stake of Belka Turbines, a Slovak engineering firm.', [('Tarrow Power', 'acquired', 'Belka Turbines')]),
    ('Tarrow Health stepped up its expansion this month, agreeing to purchase Ohio generics maker Belka Labs for $3.1 billion.',
     [('Tarrow Health', 'acquired', 'Belka Labs')]),
    ('Tarrow Energy and Quell Oil will jointly take controlling stakes in Belka Power.',
     [('Tarrow Energy', 'acquired', 'Belka Power'), ('Quell Oil', 'acquired', 'Belka Power')]),
    ('Outsourcing firm Tarrow, which recently bought a majority stake in Belka Systems, will make an open offer for '
     'more shares.', [('Tarrow', 'acquired', 'Belka Systems')]),
    # an owner of a majority; a parent's investment in its unit
    ('Hangzhou Tarrow Technology, which is 57.5% owned by Quell Network, will buy a 5% stake in Belka Health.',
     [('Hangzhou Tarrow Technology', 'subsidiary_of', 'Quell Network')]),
    ('Tarrow Bank made a $150 million investment into Belka, its digital lender.',
     [('Tarrow Bank', 'invested_in', 'Belka')]),
    ('The first tranche drew Quell Bank and Quell Research – both part of the lender Tarrow Financial Group – '
     'and two funds.', [('Quell Bank', 'subsidiary_of', 'Tarrow Financial Group'),
                                        ('Quell Research', 'subsidiary_of', 'Tarrow Financial Group')]),
    # backers with a title at their firm set off by commas; money 'through' a backer
    ('Zintra raised $3 million. The round also drew angel investors like Paul Okafor, Partner at Quell Capital '
     'Alliance, and Osaka-based Tarrow Inc.', [('Paul Okafor', 'invested_in', 'Zintra'), ('Tarrow Inc.', 'invested_in', 'Zintra')]),
    # ... and a semicolon inside a list of leads, brackets or names with a verb in them, is no cut
    ('Zintra raised $12 million in a round led by Orrin Ventures; Dalt Capital (backed by Mara Lind); and Hume Fund.',
     [('Dalt Capital', 'led_round', 'Zintra'), ('Hume Fund', 'led_round', 'Zintra')]),
    ('Zintra raised $12 million in a round led by Orrin Ventures; Closed Loop Partners; and Struck Capital.',
     [('Closed Loop Partners', 'led_round', 'Zintra'), ('Struck Capital', 'led_round', 'Zintra')]),
    # plans, fund-raising of the investor's own and a title-holder quoted are no reason to drop a backer
    ('Zintra plans an IPO next year after raising $40 million from Orrin Ventures and Pike Partners.',
     [('Zintra', 'raised', (40000000.0, 'USD')), ('Pike Partners', 'invested_in', 'Zintra')]),
    ("Orrin Ventures, which is seeking to raise $300 million for its third fund, led Zintra's $12 million Series A.",
     [('Orrin Ventures', 'led_round', 'Zintra')]),
    ("Orrin Ventures and Pike Partners backed Zintra's $12 million round, according to Mara Lind, managing partner at "
     "Orrin Ventures.", [('Orrin Ventures', 'invested_in', 'Zintra')]),
    ('Zintra raised $3 million. The funding is led by Orrin Partners of Boston, Mass., with additional funding '
     'through Pilot Ventures and angel investor Nora Gale.',
     [('Orrin Partners', 'led_round', 'Zintra'), ('Pilot Ventures', 'invested_in', 'Zintra')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasing(nlp, text, expected):
    facts = _facts(nlp, text)
    missing = set(expected) - facts
    assert not missing, f"missing {missing}; got {facts}"


@pytest.mark.parametrize(("text", "wrong"), [
    ("Kelvo Group has taken a 20% stake in Vantix Health for $40 million.", ("Kelvo Group", "acquired")),
    ("Orrin Capital led a $30 million round in Vantix Health.", ("Orrin Capital", "raised")),
    ("Corvia raised $100 million. The round was led by DST, a growth firm that has backed Twitter, Xiaomi, and more.",
     ("Xiaomi", "invested_in", "Corvia")),  # the lead's own portfolio, not the round's backers
    ("Corvia closed its Series A. The second half of it was bankrolled by Nvidia's arm NVentures, along with Analog "
     "Devices.", ("NVentures", "invested_in", "Analog Devices")),
    ('Quarry Life Fund – itself a joint venture of Harbor Resources Group and Thai conglomerate Tamsin Group – led '
     'the Series C2 round of Corvia Health.', ("Tamsin Group", "led_round")),
    ("Corvia Pharma, a joint venture between China's state-owned Harbor Fund Management, Astragen and Zytz Partners, "
     "has closed a $100 million financing round led by Lilly Asia Ventures.", ("Zytz Partners", "raised")),
    ("Orrin Group sold a 20% stake in Corvia Health to Harbor Corp.", ("Harbor Corp.", "acquired")),
    ("Lazaro Holdings bought a stake in a ride app. Olan, which competes against US-based Ryde, counts among its "
     "investors names like Softbank and Tencent.", ("Softbank", "invested_in", "Lazaro Holdings")),
    ("Unlike Kelvo Group, which bought Medigo, Tamsin Labs has grown on its own.", ("Kelvo Group", "acquired", "Tamsin Labs")),
    ("Kelvo Group, which bought Medigo alongside Harbor Capital, grew fast.", ("Kelvo Group", "acquired", "Harbor Capital")),
    ("Kelvo Group has made no acquisitions this year, unlike rivals such as Medigo Labs.", ("Kelvo Group", "acquired")),
    ("Kelvo Group is fighting to gain control of Medigo Labs.", ("Kelvo Group", "acquired")),
    ("With offices in London, Kelvo Labs sells software to Medigo.", ("Kelvo Labs", "headquartered_in")),
    ("“Kelvo is looking for expertise in cough analysis,” Resapt CEO Tony Keating told Stockhead.",
     ("Tony Keating", "executive_of", "Kelvo")),  # the title names his employer
    ("Sierra Peak partner Tomas Aguirre said Muela Health had found a model that pays for itself.",
     ("Tomas Aguirre", "executive_of", "Muela Health")),
    ("Lucia Labs raised $20 million. The round's other backers included Nuvo Fund, Temasek subsidiary Heliconia "
     "Capital, as well as Lim Kaling.", ("Temasek", "invested_in", "Lucia Labs")),  # the owner of a backer
    ("Allianz and tycoon Lee Kam-wing's TOM Group have backed WeLab, which raised $240 million this week.",
     ("Lee Kam-wing", "invested_in", "WeLab")),
    ("The founder of Dianwo, Zhang Tao, and the CEO of Meiwan, Wang Xing, will run the merged group together.",
     ("Zhang Tao", "executive_of", "Meiwan")),
    ("Kelvo Group bought Medigo Labs alongside Harbor Capital last year.", ("Kelvo Group", "acquired", "Harbor Capital")),
    ("Kelvo Group acquired Medigo Labs, Orrin Capital and Harbor Group said on Monday.",
     ("Kelvo Group", "acquired", "Orrin Capital")),
    ("Kelvo Capital said the deal will make Medigo Labs a wholly owned subsidiary of Tamsin Group.",
     ("Kelvo Capital", "acquired", "Medigo Labs")),
    ("Kelvo Labs thanked Orrin Capital after its acquisition by Tamsin Group closed.",
     ("Tamsin Group", "acquired", "Orrin Capital")),
    ("Kelvo Labs said its failed takeover by Tamsin Group cost it $5 million.", ("Tamsin Group", "acquired")),
    ("Kelvo Group bought Medigo Labs from Orrin Capital and the founders Jane Doe and John Roe.",
     ("Kelvo Group", "founded_by", "Jane Doe")),
    ("Kelvo Group will sell its units, Medigo Labs reported on Monday.", ("Medigo Labs", "subsidiary_of")),
    ("Analysts at Harbor Capital said Kelvo Group would sell its units Medigo Labs and Tamsin Pay.",
     ("Medigo Labs", "subsidiary_of", "Harbor Capital")),
    ("Investors in Tokyo based the Zeta Labs valuation on its revenue.", ("Zeta Labs", "headquartered_in")),
    ("Back in 2019, Luyo Medical closed a $400 million deal to acquire Oz Care.",
     ("Luyo Medical", "raised")),
    ("The price of Kelvo Labs is London based on data from Medigo.", ("Medigo", "headquartered_in")),
    ("Tarrow Holdings will hold 68% of Tarrow Infotech once the merger closes.", ("Tarrow Holdings", "acquired")),
    ("Kelvo Group said its portfolio companies, Medigo and Tamsin Labs, grew fast.", ("Medigo", "subsidiary_of")),
    ("Kelvo Group needs $50 million to buy Medigo Labs.", ("Kelvo Group", "acquired")),
    ("Kelvo bought Medigo for $50 million. Orrin Bank provided the financing.", ("Orrin Bank", "invested_in")),
    ("Orrin Capital has invested in Corvia, Medigo and Tamsin alongside Harbor Ventures.",
     ("Orrin Capital", "invested_in", "Harbor Ventures")),
    ("Orrin Capital invested in May Mobility Labs.", ("Orrin Capital", "invested_in", "Mobility Labs")),
    ("Corvia raised $5 million. Toppr founder Zain Hayat and Zomo chief executive Ravi Kant also invested.",
     ("Zomo", "invested_in")),  # the employer places its title-holder, who invested
    ("Corvia makes drones. The startup, meanwhile, has raised $5 million from Orrin Capital.",
     ("Orrin Capital", "invested_in", "meanwhile")),
    ("Corvia Health, which competes with Medigo, counts among its backers firms like Harbor Gate Capital and "
     "Linden Peak Holdings.", ("Harbor Gate Capital", "invested_in", "Medigo")),  # the aside tells of no backing
    ("Vantix Health has raised a total of $120 million since its founding in 2015.", ("Vantix Health", "raised")),
    ("Vantix Health, led by chief executive Ana Ruiz, raised $10 million.", ("Ana Ruiz", "led_round")),
    ("Kelvo Group closed its $2 billion acquisition of Vantix Health on Friday.", ("Kelvo Group", "raised")),
    ("Rydex has acquired South African-owned payments company Paytrail.", ("Paytrail", "subsidiary_of")),
    ("Rydex has acquired South African-owned payments company Paytrail.", ("Rydex", "acquired", "South Africa")),
    ("Lumo Tea raised $40 million last year. A report said Lumo Tea was looking to complete a pre-IPO funding round "
     "of $60 million to $90 million.", ("Lumo Tea", "raised", (60e6, "USD"))),  # a hope, not a round
    ("During the visit, Carevia said it had secured £80m worth of trade deals with 12 hospital groups.",
     ("Carevia", "raised")),
    ("MoPay raised $200 million. The country is home to about 3,000 startups, including some enterprises valued at "
     "over $1 billion.", ("MoPay", "valued_at")),  # companies in general, not the story's
    ("The judges are Harbor Bank executive Nina Park, Olive Foods CEO Sam Reyes and Quinn Lab founder Lee Moss.",
     ("Nina Park", "executive_of", "Olive Foods")),  # 'P, Org CEO Q': the title is Q's
    ('Zenvia raised $3 million. Other backers in the round included Vantage Angels, Orrin Capital managing director '
     'Dev Malhotra and Sana Qureshi.', ("Orrin Capital", "invested_in")),
    ("Zenvia raised $2 million in a pre-seed round. Lagos Ledger gathered that the round was funded by Kora Ventures.",
     ("Kora Ventures", "invested_in", "Lagos Ledger")),  # the outlet that tells the news
    ("Cerebro raised $250 million. Benchfield, an early backer, raised two separate vehicles to fund its part. The "
     "round was led by Tiger Peak, but Benchfield's share was large.", ("Tiger Peak", "led_round", "Benchfield")),
    ("UnitedHealth snapped up Change Healthcare in a deal worth $13 billion.", ("UnitedHealth", "valued_at")),
    ("Amwell bought SilverCloud Health and Conversa Health last year, paying a combined $320 million.",
     ("SilverCloud Health", "merged_with")),
    ("Backed by tech giant Tencent, WeDoctor offers online consultations.", ("WeDoctor", "invested_in")),
    ("Portea was bought by investors Ravi Rao and his wife Meena.", ("Ravi Rao", "invested_in")),
    ("Curevo raised $30 million from Atlas Ventures. Separately, Vitalis merged with a blank-check company in a deal "
     "that valued the combined business at $2 billion.", ("Curevo", "valued_at")),  # not the company of the round
    ("Medora Health, backed by Pinecrest Partners, raises $60 million.", ("Pinecrest Partners", "raised")),
    ("Insurer Kestrel Life and property company Hanlin Holdings led the round.", ("Hanlin Holdings", "led_round")),
    ("Insurer Kestrel Life and property company Hanlin Holdings led the round.", ("Kestrel Life", "led_round")),
    ("Qiyun Imaging raised $45 million. Rival Brightscan, which is backed by Tencent, raised $60 million last year.",
     ("Tencent", "raised")),
    ("Yongan Group said the purchase of Qiaokang Clinics by Kangmei was approved.", ("Yongan Group", "acquired")),
    ("Story\n\nA group of investors led by Zhuhai Harbor Capital agreed to a private financing of $50 million, the "
     "company said.", ("Zhuhai Harbor Capital", "raised")),  # the company goes unnamed; the investor did not raise
    ("Analysts at Northbank Securities said Haoyi Health could be valued at $7 billion in a listing.",
     ("Northbank Securities", "valued_at")),
    ("Analysts at Northbank Securities said Haoyi Health could be valued at $7 billion in a listing.",
     ("Haoyi Health", "valued_at")),  # a guess, not a stated valuation
    ("Birchwood Capital is raising a new $900 million healthcare fund.", ("Birchwood Capital", "raised")),
    ("Haixin Bio raised $150 million. The drug developer listed on Nasdaq in 2021 and raised $300 million in its IPO.",
     ("Nasdaq", "raised")),
    ("Vela Health raised $30 million. Separately, Ozora Labs was bought by a consortium led by Norland Pharma.",
     ("Norland Pharma", "led_round")),
    ('Medvue Holdings raised $120 million in a round led by Orchid Ventures and Banyan Partners at a valuation of '
     '$900 million.', ("Banyan Partners", "valued_at")),  # 'Banyan Partners at a valuation': no possessive
    ('Kangtai Imaging raised $20 million from Lotus Capital. In 2021, Kangtai Group was reportedly valued at '
     '$2 billion.', ("Kangtai Imaging", "valued_at")),
    ('Norvik Care bought the Oslo clinic chain Fjordmed on Monday. Fjordmed, backed by Nordic Bay Capital, will keep '
     'its name. Its founder and CEO, Ingrid Solberg, will join the board of Norvik Care.', ("Norvik Care", "founded_by")),
    ('Yunjian Health raised 50 million yuan. Gao Lan, a former partner at Redwood Peak Capital, joined Yunjian Health '
     'as chief financial officer in March.', ("Gao Lan", "executive_of", "Redwood Peak Capital")),
    ('Li Ming, co-founder and former chief executive of Dingdang Health, now advises startups.',
     ("Li Ming", "executive_of", "Dingdang Health")),
    ("Medora Labs is owned by investors including Kestrel Capital.", ("Medora Labs", "subsidiary_of")),
    ("Medora Labs is owned by Kestrel Capital and Orchid Ventures.", ("Medora Labs", "subsidiary_of")),
    ("Lumio Health, 30% owned by Orchid Ventures, raised $4 million.", ("Lumio Health", "subsidiary_of")),
    ("Lumio Health is in advanced talks to acquire clinic operator Jiahe Care, people familiar with the matter said.",
     ("Lumio Health", "acquired")),
    ("Mediva raised $30 million. Kestrel Health’s biggest backers are Orchid Ventures and Lotus Capital.",
     ("Orchid Ventures", "invested_in", "Mediva")),
    ("Huaxin Holding is controlled by Zhou Xueli, the company's chairman.", ("Huaxin Holding", "subsidiary_of")),
    ("Huaxin Holding is controlled by Zhou Xueli, the chairman of the company.", ("Huaxin Holding", "subsidiary_of")),
    ('Fosun Health sold its 60% stake in Kangle Pharmacy to Jiuzhou Health.', ("Fosun Health", "acquired")),
    ('Kvarn raised €15 million from Oriel Capital and angel investors including founders of Lumio, Tessa and Norrvik.',
     ("Tessa", "invested_in")),  # the founders invest, not their companies
    ('Norrvik Holdings has entered into a conditional sale and purchase agreement with Kelvo Partners to acquire '
     'Lumio Systems.', ("Kelvo Partners", "acquired")),
    ('Norrvik Holdings has entered into a conditional sale and purchase agreement with Kelvo Partners to acquire '
     'Lumio Systems.', ("Kelvo Partners", "partner_of")),
    ('Ferrovia Bio reported the close of a Series C round, raising $40 million from Halden Partners.',
     ("Halden Partners", "raised")),
    ('"We are pleased," said Jane Roe, PhD, chief executive officer of Corvel Labs.', ("Jane Roe", "executive_of", "PhD")),
    ('Known as Tapu at home, Tallow was founded in 2015 by serial entrepreneur Omar Lisk.', ("Known", "founded_by")),
    ('Kelvo has reportedly acquired Cambridge-based audio analytics developer Sonaro.', ("Kelvo", "acquired", "Cambridge")),
    ('Kettle Co raised $5 million. "This is a fine brand," said Rahul Menon, MD and CEO, Orbit Foods.',
     ("Rahul Menon", "executive_of", "Kettle Co")),  # his company is the one the sentence names
    ('Kettle Co raised $5 million. Veo co-founder and CEO Patrick Sobal said the firm would grow.',
     ("Patrick Sobal", "executive_of", "Kettle Co")),
    ('Weir has reached an agreement to take over Dalmine Works.', ("Dalmine Works", "partner_of")),  # a sale, not a partnership
    ('Rockville, Maryland-based Cellfire develops frozen platelets for trauma care.',
     ("Cellfire", "headquartered_in", "Maryland")),  # the city, not its state
    ('Kelvo completed its takeover of Lumio Systems from Orbit Capital last month.',
     ("Orbit Capital", "invested_in", "Kelvo")),  # the seller backed what was sold, not the buyer
    ('Kelvo Partners will take Flanco Group private in a deal valued at $2 billion.',
     ("Flanco Group", "acquired", "Kelvo Partners")),  # one deal between the pair, the surer way round
    # a company 'is led by' its chief, who leads no round
    ('Kettle Co raised $5 million from Orbit Foods. Hyfin is led by Sylvia Ho, who once covered retail at Cadel.',
     ("Sylvia Ho", "led_round")),
    ('Orvia raised $90 million. The new valuation follows a $90 million Series C led by Tamsin Capital.',
     ("Orvia", "valued_at")),
    ('Kelvo Group agreed to pay about $200 million for a 30 percent stake in Seoul-based Ardent Games.',
     ("Kelvo Group", "acquired")),
    ('Skyfin makes drones. The company reported a turnover of Rs 1.9 crore, Rs 2.1 crore and Rs 1 lakh for 2019, '
     '2018 and 2017.', ("Skyfin", "raised")),  # a business figure in a list, every one of them
    ('Tamsin Corp. (Japan) is a trading house. Tamsin, created by the 2004 merger of Japan’s Nissan Tsusho Corp. and '
     'Meiden Corp., trades metals.', ("Meiden Corp.", "merged_with", "Tamsin Corp.")),  # the merger made it
    ('Tamsin Corp. (Japan) is a trading house. Tamsin, created by the 2004 merger of Japan’s Nissan Tsusho Corp. and '
     'Meiden Corp., trades metals.', ("Nissan Tsusho Corp.", "subsidiary_of")),  # 'Japan' is no short name of Tamsin
    ('Orrin Bank and Kelvo Bank have today signed a Memorandum of Understanding (MOU) to form a joint venture.',
     ("Memorandum of Understanding", "partner_of")),
    ('Orrin Capital led the round in Tamsin Labs. Founded in 2011 and led by CEO Dana Whitlow, Corvane Agri Inc. builds '
     'software for growers.', ("Dana Whitlow", "executive_of", "Tamsin Labs")),
    ('Quantaloop raised $10 million from individual investors, including Zentro CEO Dale Fenwick and Harrowgate exec '
     'Goran Ruby.', ("Harrowgate", "invested_in")),  # the employer of an angel backs nothing
    ('Kelvo Defense raised $600 million. The ministry approved a €120 million contract for Kelvo’s sensor, alongside a '
     'parallel €120 million award to rival Tamsin Systems.', ("Kelvo Defense", "raised", (120000000.0, "EUR"))),
    ('Kelvo Defense raised $600 million. It now competes with Tamsin Systems — valued above $9 billion — in sensors.',
     ("Kelvo Defense", "valued_at", (9000000000.0, "USD"))),  # a rival's valuation told in a dashed aside
    ('Harlow Group acquired Tessaly Systems through its wholly-owned unit Corvane Holdings.',
     ("Corvane Holdings", "subsidiary_of", "Tessaly Systems")),  # the unit is the buyer's
    ('Orrin Labs raised $5 million from Kettle Co', ("Kettle Co", "raised")),  # a text ending on a name
    # a country named before the verb of a raise is where the company is, not the company
    ('The first battery-swap lender out of Ghana has secured $20 million in debt from Orbit Bank.', ("Ghana", "raised")),
    # equity put in 'alongside' the lead: the lead is a co-investor, not the company put into
    ('Radvo has raised €30m in a Series B led by Grachten Growth. Kelvo Leasing put in fresh equity alongside Grachten.',
     ("Kelvo Leasing", "invested_in", "Grachten Growth")),
    ('Harlow will acquire Tamsin shares worth $400 million.', ("Harlow", "acquired", "Tamsin")),
    # the company an apposition describes raises only when no clause of reporting comes between
    ('Birchwood Capital, the lead investor, said on Tuesday that Kestrel Robotics, a drone maker, has raised $20 million '
     'in a Series A round.', ("Birchwood Capital", "raised")),
    # an investment 'completed by' a backer is its investment, not its round
    ('Orrin Ventures completed its $10 million investment in Tessel Labs. The $10 million investment completed by Orrin '
     'Ventures makes it the largest shareholder.', ("Orrin Ventures", "raised")),
    # a share of the buyer's own cash is no minority stake in the target
    ('Harlow Industries used 40% of its cash reserves to buy Pemberton Tools outright.', ("Harlow Industries", "invested_in")),
    # only the last of a list 'which led the round' led it
    ('Tessel Labs has raised $5 million. Investors include Fenwick Partners, Graystone Ventures and Halcyon Capital, '
     'which led the round.', ("Fenwick Partners", "led_round")),
    ('Marlow Systems said its parent and Dunmore Capital would each invest $5 million in the new plant.',
     ("Marlow Systems", "subsidiary_of", "Dunmore Capital")),
    ('Tessel Labs raised $4 million in seed funding. Harlow Industries took a 10% stake in the venture, and Pemberton '
     'Tools later sold its holding.', ("Harlow Industries", "invested_in", "Pemberton Tools")),
    ('Harlow Industries bought the outstanding debt of Pemberton Tools.', ("Harlow Industries", "acquired")),
    ('Fenwick Partners and Graystone Ventures joined the round for Tessel Labs, said Jane Whitcombe, who is its chief '
     'executive.', ("Jane Whitcombe", "executive_of", "Fenwick Partners")),
    ('Analysts say Harlow’s £9bn acquisition of 9.6% of Tessaly Auto could lead to shared battery work.',
     ("Harlow", "acquired", "Tessaly Auto")),
    ('Started in 2020, the Dectra’s main product DecScan reads chest scans in seconds.', ("DecScan", "subsidiary_of")),
    ('Halden Bio’s round took the top spot from Sorrel Secure, a startup that closed a €65m Series A in 2019.',
     ("Halden Bio", "raised")),
    ('Corvel raised $10 million in a round led by Pell Ventures, which saw Kilo Telecom sell its stake last year.',
     ("Kilo Telecom", "invested_in", "Corvel")),
    ('Tarrow bought Corvel — the biggest deal yet for any unit of Kilo Telecom.', ("Corvel", "subsidiary_of")),
    ('Tarrow grew fast after its planned purchase of Corvel.', ("Tarrow", "acquired")),
    ('Backers including Arbor Ventures funded Sallow Inc, which grew through its purchase of Tremon Software.',
     ("Arbor Ventures", "acquired")),
    ('The Ostrava Trade Office told Helm Foods to sell Corda Dairy, a rival it bought in 2020.',
     ("Ostrava Trade Office", "acquired")),
    ('Clarion Media, a startup that Redfin Ventures bought a stake in last year, raised $10 million.',
     ("Redfin Ventures", "acquired")),
    ('Rivet Pay acquired customers such as Kappa Bank and Lyra Insurance last year.', ("Rivet Pay", "acquired")),
    ('Zento Health raised $10 million in a round led by Apex Capital; and separately Orbit Bank cut its stake.',
     ("Orbit Bank", "led_round")),
    ('Lorne Partners sold its stake to Helix Fund, which has doubled its holdings since becoming the largest '
     'shareholder in Corvin Bank.', ("Lorne Partners", "invested_in", "Corvin Bank")),
    ('Based in Berlin, the Sequoia-backed Lumo raised $4 million.', ("Sequoia", "headquartered_in")),
    ('Orrin Labs, Pell Ventures and Corvel bought the building.', ("Pell Ventures", "acquired", "Orrin Labs")),
    ('Orrin Labs Inc. was put into Kilo Holdings Ltd. as part of the restructuring.', ("Orrin Labs Inc.", "invested_in")),
    ('Pell Ventures invested $5 million in products such as Orrin Pay, the app made by Corvel.',
     ("Pell Ventures", "invested_in", "Orrin Pay")),
    ('Smartphone maker Kilo Inc and Pell Capital have co-led the new round in Orrin Books.',
     ("Kilo Inc", "led_round", "Smartphone")),  # what the company makes, capitalized because it opens the sentence
    ('Kilo Motor was set up in 2017 by Freeman Dale, a former chairman of Volvo Trucks Asia.',
     ("Freeman Dale", "executive_of")),  # a founder whose only title is a past one elsewhere
    ('Corvel raised $9 million. Kilo Capital and Senna are investing in AI startups.', ("Kilo Capital", "invested_in")),
    ('San Jose, Calif-based network security firm Vectrix closed a $100 million Series E led by Pell Capital.',
     ("Vectrix", "headquartered_in", "Calif")),  # a city's state is no second home
    ('Vessa raised $5 million in a round led by Orrin, Colo and Pell Ventures.', ("Colo", "headquartered_in")),
    ('Kilo Motor was founded in 2017 by Freeman Dale, a former chief executive of Pell Trucks Asia.',
     ("Freeman Dale", "executive_of")),
    ('Orrin Labs launched a developer contest with $100,000 in prizes.', ("Orrin Labs", "raised")),
    ('Corvel raised $9 million. Kilo Capital and Senna are investing and hiring across Europe.',
     ("Kilo Capital", "invested_in")),
    ('Orrin Labs bought Pell Robotics for $50 million. Kilo Bank provided the financing for the deal.',
     ("Kilo Bank", "invested_in")),
    ('Vessa raised $5 million from Harrow Capital. Separately, Orrin Labs hired 20 engineers this month. The '
     'company was founded by Dara Quell in 2019.', ("Vessa", "founded_by")),
    ('Tessaly raised $2 million. Kilo Systems makes robots and sells to Orrin Labs. Orrin Labs bought Kilo Systems. '
     'The company also acquired Pell Robotics in May.', ("Kilo Systems", "acquired", "Pell Robotics")),

    ('Nintendo of America acquired Vessa Games.', ("Nintendo", "acquired")),
    ('Kelvo and Orrin will merge. The chief executive of Orrin, Lin Hao, and the chief executive of Kelvo, Mei Ruo, '
     'will run the combined firm.', ("Lin Hao", "executive_of", "Kelvo")),
    ('Vessa Bio raised $10 million in a round led by Kelvo Capital. Previous investments include Orrin Ventures.',
     ("Kelvo Capital", "invested_in", "Orrin Ventures")),
    ('Vessa Bio raised $10 million. The round was led by new investors, Orrin Capital said on Monday.',
     ("Orrin Capital", "led_round")),
    ('Kelvo Motors raised $50 million. It plans to grow through its electric vehicles, Orrin Capital said.',
     ("Orrin Capital", "subsidiary_of")),
    ('Vessa Bio raised $30 million from Orrin Capital and others. Pell Ventures, the venture arm of Kelvo Pharma, '
     'led the round, and Orrin also joined.', ("Orrin Capital", "subsidiary_of")),
    ('Baolo Growth Fund led the round in Vessa Bio. Baolo’s portfolio includes Pell Labs.',
     ("Baolo Growth Fund", "subsidiary_of")),
    ("Kelvo said on Monday it would sell its lawn-care business to buyout firm Orrin Partners for $2.6 billion.",
     ("Orrin Partners", "acquired", "Kelvo")),
    ('Raffin Crest Capital led the round. Raffin Crest’s India business is run by Dara Quell.',
     ("Raffin Crest Capital", "subsidiary_of")),
    ('Vessa Bio raised $9 million from Kelvo Ventures, the investment arm of Kelvo Pharmaceutical Services.',
     ("Kelvo Ventures", "subsidiary_of", "Kelvo")),
    # founders without a title are no executives; the owner of the lead is no backer
    ('Vexa was formed just over three years ago by CEO Nora Gale, Ilan Zoref and Ben Watts.', ("Ilan Zoref", "executive_of")),
    ('Orbit raised $25 million in a Series B led by Harbor Clinics Group, which is wholly owned by Norwegian '
     'sovereign wealth fund Fjord Holdings.', ("Fjord Holdings", "invested_in")),
    ('Kelvo Health raised $40 million. Marrow Care Group, which is wholly-owned by Singapore state investor Tavon '
     'Holdings, led the Series B.', ("Tavon Holdings", "invested_in")),
    ('Zintra raised $60 million from Tallow Group and Yungo Capital, a buyout firm founded by Tallow executive '
     'chairman Jack Lin.', ("Tallow Group", "founded_by")),
    ('Orbit raised $55 million in a Series A led by Pell Capital, the investment firm founded by Sela chief Wu Li.',
     ("Orbit", "founded_by")),
    ('Danto Group said it made two deals. It bought the Plinko app from Vera Labs.', ("Vera Labs", "invested_in", "Danto Group")),
    ('The product was created by Nora Gale, a former Google engineer.', ("Google", "founded_by")),
    ('According to Bloomberg, Kora Foods is weighing a sale. Through its subsidiary, Kora Fresh, it bought Green '
     'Basket.', ("Kora Fresh", "subsidiary_of", "Bloomberg")),
    ('Stride Ventures, the venture fund of former Visa president Mark Hale, backed Plexa.', ("Stride Ventures", "subsidiary_of")),
    ('Zintra raised $20 million in a round led by Orrin Ventures and Pike Partners; and Dalt Capital, an existing '
     'investor, also took part.', ("Dalt Capital", "led_round")),
    # a list member's employer, a buyer's price, a seller's shares, an owner of a start-up's founder
    ('Zintra raised $3 million led by Nora Gale, partner at Quell Capital, and Tarrow Ventures.', ("Quell Capital", "led_round")),
    ('Tarrow Power paid 210 million yuan for a 75 percent stake in Belka Turbines.', ("Tarrow Power", "raised")),
    ('In the swap the parent, Tarrow Group, is to receive HK$9.8 billion in new shares from Belka Health.',
     ("Tarrow Group", "raised")),
    ('Belka, a lending app that closed a $65 million Series B last year, is buying back shares worth $4.5 million '
     'from early staff.', ("Belka", "raised", (4500000.0, "USD"))),
    ('Belka, a lending app that closed a $65 million Series B last year, is buying back shares worth $4.5 million '
     'from early staff.', ("Belka", "valued_at", (4500000.0, "USD"))),
    # a hoped-for raise; entities led by a person; a backer's name inside a listed company's brackets
    ('Zintra is also in early talks to raise funds from growth fund Orrin Asia Fund, which also backs ride-hailing '
     'firm Lyra.', ("Orrin Asia Fund", "invested_in", "Zintra")),
    ('Zintra began hunting for cash once it failed to raise a pledged $90 million from Orrin.',
     ("Orrin", "invested_in", "Zintra")),
    ('Belka Labs, which is 51% owned by Tarrow Group and Quell Pharma, raised $5 million.', ("Belka Labs", "subsidiary_of")),
    ('Tarrow Health and Quell Pharma, both members of the Orrin Ventures portfolio, raised $50 million.',
     ("Tarrow Health", "subsidiary_of")),
    ('Quill Capital invested $12.5 million via a placement into Nexa Labs; Holt Hospital plans a $30 million IPO.',
     ("Nexa Labs", "raised", (30000000.0, "USD"))),
    ('Tarrow Corp said its subsidiary will acquire 53 per cent of the share capital from promoter entities led by '
     'Arun Mehta.', ("Arun Mehta", "led_round")),
    ('Tarrow Systems AG (ISIN: AT0000A1XK11; Vienna Stock Exchange, prime market), the Vienna-based maker of grid '
     'software, has acquired Belka Analytics.', ("Vienna Stock Exchange", "acquired")),
])
def test_no_fact_invented(nlp, text, wrong):
    """``wrong`` is a (subject, relation) that no fact may have, or a whole (subject, relation, object)."""
    assert not any(fact[:len(wrong)] == wrong for fact in _facts(nlp, text))



def test_news_without_a_deal_yields_only_the_role_it_states(nlp):
    text = ("Clinics in Chengdu and Wuhan saw long queues this week. Zhou Min, a nurse at West China Hospital, said "
            "patients arrived before dawn.\n\nThe National Health Commission asked residents to book online through "
            "apps such as WeChat. Analysts at Morgan Stanley expect more online consultations.\n\nIn Geneva, the "
            "World Health Organization praised the response. Its director Maria Santos visited Beijing on Monday.")
    assert _facts(nlp, text) == {("Maria Santos", "executive_of", "World Health Organization")}  # 'Its director


@pytest.mark.parametrize("text, expected, absent", [
    ("Speedinvest, with backing from Google's Africa Investment Fund, invested in Leta.",
     ("Africa Investment Fund", "subsidiary_of", "Google"), None),
    ("The round was led by Walmart's Flipkart, and Uber's rival Careem also joined.",
     ("Flipkart", "subsidiary_of", "Walmart"), ("Careem", "subsidiary_of", "Uber")),
    ("Sheikha Al Nuaimi will lead Careem's business under Uber.", None, ("Uber", "subsidiary_of", "Careem")),
])
def test_a_company_named_with_its_owners_possessive_is_its_subsidiary(nlp, text, expected, absent):
    facts = _facts(nlp, text)
    assert expected is None or expected in facts
    assert absent is None or absent not in facts


def test_a_sentence_that_tells_of_its_own_round_gives_it_to_its_subject(nlp):
    text = ("Between January and June, French startups raised a record sum.\n\nLater that day, marketplace platform "
            "Quaymark trumpeted a €473m round.")
    assert ("Quaymark", "raised", (473e6, "EUR")) in _facts(nlp, text)


def test_the_round_a_sentence_tells_of_belongs_to_its_subject(nlp):
    from graph.extraction import read_articles
    from graph.model import Article

    text = ("Between January and June, French startups raised a record sum.\n\nLater that day, marketplace platform "
            "Quaymark trumpeted a €473m round.")
    [reader] = read_articles([Article("t", text)], nlp)
    assert reader.by_id[reader.contexts[-1].funded].name == "Quaymark" and reader.contexts[-1].explicit


def test_an_owner_named_with_its_arm_is_no_short_name_of_the_arm(nlp):
    text = ("Tokyo-based news app Dokumo has secured $92m in a series E round co-led by Kanto Post Capital, postal "
            "service Kanto Post’s corporate venture capital unit.")
    assert ("Kanto Post Capital", "subsidiary_of", "Kanto Post") in _facts(nlp, text)


def test_the_drugmaker_refers_to_the_company_of_the_story(nlp):
    facts = _facts(nlp, "Kelan Bio raised $20 million from Orchid Ventures.\n\nThe Suzhou-based drugmaker was "
                        "founded in 2016 by Liu Wen.")
    assert {("Kelan Bio", "founded_by", "Liu Wen"), ("Kelan Bio", "headquartered_in", "Suzhou")} <= facts


@pytest.mark.parametrize("text, name", [
    ("Fidelity Management and Research Company led the $15 million round in Tallpine.",
     "Fidelity Management and Research Company"),
    ("Kestrel Partners also led Zumo Series D round in 2016.", "Zumo"),
    # a short name in brackets that spells the initials keeps 'X and Y' one name
    ("Engineering group Harlow and Brink (H&B) has bought a majority stake in Quillon.", "Harlow and Brink"),
    # a title after the company's name is no part of it
    ("“It works,” added Quillon VP of engineering Dana Roth.", "Quillon"),
    # the sentence's full stop is no part of a name that ends it, an abbreviation's is
    ("Flashway raised $150 million in a round led by Siam Bank's venture arm SB 10X.", "SB 10X"),
    ("The round was led by Harbor Bros.", "Harbor Bros."),
])
def test_a_name_keeps_its_company_suffix_and_drops_the_round(nlp, text, name):
    assert name in _names(nlp, text)


def test_the_owner_an_arm_is_said_to_be_of_stays_an_entity_of_its_own(nlp):
    text = ("Freightly raised $20 million. Koster Growth, the venture arm of Dutch shipping group Koster, and "
            "Riyadh-based Dune Ventures co-led the round.")
    assert {"Koster Growth", "Koster"} <= _names(nlp, text)


def test_an_acronym_defined_in_brackets_stays_with_its_full_name(nlp):
    text = ("Medlane raised $30 million in a round led by KSB Venture Partners, part of Singapore's Kallang "
            "Savings Bank (KSB).")
    reader = _reader(nlp, text)
    names = {c.name: set(c.names) for c in reader.by_id.values()}
    assert "KSB" not in names.get("KSB Venture Partners", set())
    assert ("KSB Venture Partners", "led_round", "Medlane") in _facts(nlp, text)


def test_a_fund_of_a_firm_is_two_names(nlp):
    text = "Bucharest's FintechOS raised $14 million in a round led by the Digital East Fund of Earlybird Venture Capital."
    assert {"Digital East Fund", "Earlybird Venture Capital"} <= _names(nlp, text)


def test_backers_after_the_lead_back_the_round_not_the_lead(nlp):
    facts = _facts(nlp, "Dubai-based proptech Fennec closed a $22 million Series A round led by Riyadh's Qasr "
                        "Capital, supported by Najd Partners, Tabuk Fund and returning backers.")
    assert {("Najd Partners", "invested_in", "Fennec"), ("Qasr Capital", "led_round", "Fennec")} <= facts
    assert ("Najd Partners", "invested_in", "Qasr Capital") not in facts


def test_a_name_followed_by_a_title_is_a_persons(nlp):
    facts = _facts(nlp, "Weather startup SkyLedger raised $23 million.\n\nOrin Belkabetz, SkyLedger’s co-founder and "
                        "chief executive officer, said the startup had not been looking for money.")
    assert {("SkyLedger", "founded_by", "Orin Belkabetz"), ("Orin Belkabetz", "executive_of", "SkyLedger")} <= facts


def test_founders_with_a_time_phrase(nlp):
    facts = _facts(nlp, "The Pune-based company, set up last year by Ravi Menon and Tara Iyer, has raised $2 million "
                        "from Lotus Angels.")
    assert any(f[1] == "founded_by" and f[2] == "Ravi Menon" for f in facts)


def test_a_round_that_included_investors_after_a_fronted_raise(nlp):
    facts = _facts(nlp, "Tutoring app Kalvi said it would hire 300 teachers.\n\nAfter raising $40 million in fresh "
                        "funding, Meera Pillai-founded Lernwise doubled its valuation. This round of funding included "
                        "tycoon Arun Das’s Tidal Systems LLC and US exam provider Testwell.")
    assert {("Lernwise", "raised", (40000000.0, "USD")), ("Lernwise", "founded_by", "Meera Pillai"),
            ("Tidal Systems LLC", "invested_in", "Lernwise"), ("Testwell", "invested_in", "Lernwise")} <= facts


@pytest.mark.parametrize("text, name", [
    ("Lumora Bio chief executive Dr Ingrid Vale-Morton said the merger closes in May.", "Ingrid Vale-Morton"),
    ("For Quickpay, the sale will bring more money to build out in Ghana.", "Quickpay"),
    ("Kopex was set up in 2013 by CEO Seok Min-ho, who once worked at Nexon.", "Seok Min-ho"),
    ("Chief Executive Officer Tan Wei Ming said Kopex will lead the group.", "Tan Wei Ming"),
])
def test_names_are_cut_where_they_start_and_end(nlp, text, name):
    assert name in _names(nlp, "Kopex bought Quickpay.\n\n" + text)


def test_amounts_in_brackets_after_names(nlp):
    text = ("Nordic startups had a record half.\n\nThe three largest rounds: Ardent (€310M), Velora (€120M) and "
            "Quillby (€45M).\n\nBased on valuations of Hexa ($4 billion) and Nook ($1.2 billion), the merged group "
            "is worth more than $5 billion.")
    reader = _reader(nlp, text)
    got = {(reader.by_id[f.subject].name, f.relation, f.money.amount) for f in reader.facts if f.money}
    assert {("Ardent", "raised", 310e6), ("Velora", "raised", 120e6), ("Quillby", "raised", 45e6),
            ("Hexa", "valued_at", 4e9), ("Nook", "valued_at", 1.2e9)} <= got


def test_partnerships_with_a_list(nlp):
    facts = _facts(nlp, "Bucharest-based Finloop raised $14 million. Finloop now has existing partnerships with "
                        "Kestrel Consulting, Ardmore Advisory and Velden Group. Separately, Tessel Health has joined "
                        "forces with Orvo Labs and Quantel Systems.")
    assert {("Finloop", "partner_of", "Kestrel Consulting"), ("Finloop", "partner_of", "Velden Group"),
            ("Tessel Health", "partner_of", "Orvo Labs"), ("Tessel Health", "partner_of", "Quantel Systems")} <= facts


def test_a_lead_named_with_his_firm(nlp):
    facts = _facts(nlp, "Porto-based Movera raised $25 million. The round was led by Tobin Crawley, managing partner "
                        "at Halcyon Capital and former investor at Ridgeway Partners.")
    assert ("Tobin Crawley", "executive_of", "Halcyon Capital") in facts


def test_a_portion_co_led_and_funds_sealed(nlp):
    facts = _facts(nlp, "Cairo-based Truxo raised $42 million.\n\nDune Ventures and Sahara Growth co-led the equity "
                        "portion. Separately, Manila's Payrail said it had sealed funds from Bayani Studios and "
                        "Luzon Capital.")
    assert {("Dune Ventures", "led_round", "Truxo"), ("Sahara Growth", "led_round", "Truxo"),
            ("Bayani Studios", "invested_in", "Payrail"), ("Luzon Capital", "invested_in", "Payrail")} <= facts


def test_a_known_city_before_a_possessive_is_a_place(nlp):
    facts = _facts(nlp, "Dubai-based proptech Fennec closed a $22 million Series A round led by Riyadh's Qasr "
                        "Capital. Udaipur-bred Krishi also raised $2 million; the agritech startup from Udaipur "
                        "counts Nexa Partners among its backers.")
    assert not any(o in ("Riyadh", "Udaipur") and r != "headquartered_in" for _s, r, o in facts)
    assert not any(s in ("Riyadh", "Udaipur") for s, _r, _o in facts)


def test_part_of_a_group_is_a_subsidiary(nlp):
    facts = _facts(nlp, "Medlane raised $30 million in a round led by KSB Venture Partners, part of Singapore's "
                        "Kallang Savings Bank. Lumio is part of the Ardent Holdings group.")
    assert {("KSB Venture Partners", "subsidiary_of", "Kallang Savings Bank"),
            ("Lumio", "subsidiary_of", "Ardent Holdings")} <= facts


def test_an_investor_backing_companies_including_a_list(nlp):
    facts = _facts(nlp, "Harwell Partners will invest Rs 3,000 crore in Solano Retail. Harwell Partners has a long "
                        "record of backing fast-growing companies around the world, including Quillo, Marbury and "
                        "Tesk.")
    assert {("Harwell Partners", "invested_in", o) for o in ("Quillo", "Marbury", "Tesk")} <= facts
    assert not any(s in ("Quillo", "Marbury", "Tesk") and r == "invested_in" for s, r, _o in facts)


@pytest.mark.parametrize("text, expected", [
    ("ASX-listed Korvex Global's ongoing M&A spree continues with the US$414 million acquisition of US rail "
     "software firm Tandem Freight.", {("Korvex Global", "acquired", "Tandem Freight")}),
    ("Separately, Medlyn, a cloud software vendor, has announced that it would be acquired for US$17 billion by "
     "affiliates of Orchard Capital and Weller & Finch.",
     {("Orchard Capital", "acquired", "Medlyn"), ("Weller & Finch", "acquired", "Medlyn")}),
])
def test_acquisitions_told_at_a_distance(nlp, text, expected):
    assert expected <= _facts(nlp, text)


def test_a_percentage_of_a_companys_equity(nlp):
    facts = _facts(nlp, "Iowa-based Heartline Express reportedly purchased 100 percent of Smithfield Transport's "
                        "equity for $170 million. Orvo bought 12% of Tallis Labs last year.")
    assert ("Heartline Express", "acquired", "Smithfield Transport") in facts
    assert ("Orvo", "invested_in", "Tallis Labs") in facts and ("Orvo", "acquired", "Tallis Labs") not in facts


def test_a_participle_that_starts_a_sentence_is_no_name(nlp):
    names = _names(nlp, "Kerno raised $14 million.\n\nStarted in 2017 by Ana Pop and Radu Ilie, the company sells "
                        "software to banks. Having raised before, Kerno grew fast.")
    assert not names & {"Started", "Having"} and {"Kerno", "Ana Pop"} <= names


def test_the_company_after_a_sentence_that_began_with_it(nlp):
    facts = _facts(nlp, "Cluj-based Fintera raised $14 million.\n\nBanks use its platform to launch products. It now "
                        "has partnerships with Norvo and Kestrel Consulting. Started in 2017 by Ana Pop and Radu Ilie, "
                        "the company has customers in 20 countries.")
    assert ("Fintera", "founded_by", "Ana Pop") in facts
    assert not any(r == "founded_by" and s in ("Norvo", "Kestrel Consulting") for s, r, _o in facts)


def test_an_unknown_place_described_as_a_company_is_one(nlp):
    facts = _facts(nlp, "Mintara, a Berlin chip designer, raised $4 million in a seed round led by Zen Fund.")
    assert ("Mintara", "raised", (4000000.0, "USD")) in facts and ("Zen Fund", "led_round", "Mintara") in facts
    places = _facts(nlp, "The week brought a large round in Karachi, a seed deal in Lahore and a sale in Colombo. "
                         "Rahbar Finance raised $18 million from Sarmayacar.")
    assert not any("Karachi" in (s, o) and r != "headquartered_in" for s, r, o in places)


def test_a_list_with_an_aside_before_its_verb(nlp):
    facts = _facts(nlp, "Grabble, a Singapore ride-hailing firm, is growing fast. Kestrel Capital and Dunmore "
                        "Partners, along with Ospin Ventures, invested in Grabble last year.")
    assert {("Kestrel Capital", "invested_in", "Grabble"), ("Dunmore Partners", "invested_in", "Grabble"),
            ("Ospin Ventures", "invested_in", "Grabble")} <= facts


def test_along_with_after_a_lead_names_no_second_lead(nlp):
    facts = _facts(nlp, "Tarvo raised $40 million. The round was led by Kestrel Capital, along with Dunmore "
                        "Partners and Ospin Ventures, among others.")
    assert ("Kestrel Capital", "led_round", "Tarvo") in facts
    assert ("Dunmore Partners", "invested_in", "Tarvo") in facts and ("Dunmore Partners", "led_round", "Tarvo") not in facts


def test_a_round_funded_by(nlp):
    facts = _facts(nlp, "Kavi, a Lagos payments app, raised $2 million. The pre-seed round was funded by Kestrel Partners.")
    assert ("Kestrel Partners", "invested_in", "Kavi") in facts


@pytest.mark.parametrize("text", [
    "Ostrova Holdings, the parent company of Halvard Systems, said on Monday it would hire 300 engineers.",
    "Halvard Systems parent company Ostrova Holdings said on Monday it would hire 300 engineers.",
    "Halvard Systems' parent company Ostrova Holdings said on Monday it would hire 300 engineers.",
])
def test_a_parent_company_only_one_way(nlp, text):
    facts = _facts(nlp, text)
    assert ("Halvard Systems", "subsidiary_of", "Ostrova Holdings") in facts
    assert ("Ostrova Holdings", "subsidiary_of", "Halvard Systems") not in facts


def test_people_who_run_or_head_a_company(nlp):
    assert ("Maria Olsen", "executive_of", "Fjordline Capital") in _facts(
        nlp, "Maria Olsen, who runs Fjordline Capital, said the fund would back ten startups.")
    headed = _facts(nlp, "Fjordline Capital, headed by Maria Olsen, will back ten startups.")
    assert ("Maria Olsen", "executive_of", "Fjordline Capital") in headed
    assert not any(r == "led_round" for _s, r, _o in headed)


def test_a_former_role_and_the_present_one(nlp):
    facts = _facts(nlp, "Jim Nee, former president of Prism Logistics and now chief logistics officer of Shipwell, "
                        "said the deal made sense.")
    assert ("Jim Nee", "executive_of", "Shipwell") in facts
    assert ("Jim Nee", "executive_of", "Prism Logistics") not in facts


@pytest.mark.parametrize("text, expected", [
    ("Packaged-foods maker Orvana has acquired a 54 percent equity stake through a primary infusion and secondary "
     "purchases in Kelp Wellness.", ("Orvana", "acquired", "Kelp Wellness")),
    ("Tallis Capital bought a 65% stake in the Ugandan operations of credit app Fundo.",
     ("Tallis Capital", "acquired", "Fundo")),
    ("Brightwave announced it plans to acquire Lumen Media Group.", ("Brightwave", "acquired", "Lumen Media Group")),
])
def test_stakes_and_announced_purchases(nlp, text, expected):
    assert expected in _facts(nlp, text)


def test_a_hope_to_buy_is_still_no_purchase(nlp):
    assert not any(r == "acquired" for _s, r, _o in _facts(nlp, "Brightwave is in talks to acquire Lumen Media Group."))


def test_business_figures_are_not_rounds(nlp):
    facts = _facts(nlp, "Payvo collected $95 million in a Series C round last year. The app now handles "
                        "$12 billion in transactions each month.")
    assert ("Payvo", "raised", (95000000.0, "USD")) in facts
    assert ("Payvo", "raised", (12000000000.0, "USD")) not in facts


def test_a_round_extended_from_one_amount_to_another(nlp):
    facts = _facts(nlp, "Rydo, a Pune taxi app, grew its Series E from $300m to $380m after late demand.")
    assert ("Rydo", "raised", (380000000.0, "USD")) in facts and ("Rydo", "raised", (300000000.0, "USD")) not in facts


def test_a_relative_clause_with_two_verbs_names_who_raised(nlp):
    facts = _facts(nlp, "Robota Labs said on Thursday it had secured US$820 million in a Series C round led by "
                        "Tencent. That beat the US$3 billion valuation given to Facetek, which sells face-matching "
                        "tools and raised US$450 million from Ant Group in April.")
    assert ("Facetek", "raised", (450000000.0, "USD")) in facts
    assert ("Robota Labs", "raised", (450000000.0, "USD")) not in facts


def test_a_short_name_the_ner_took_for_a_place_is_still_the_company(nlp):
    facts = _facts(nlp, "Thessaly Pharmaceuticals stepped out of the incubator of fund manager Orbis Partners with "
                        "a $100 million Series B financing. The financing was led by Foresite Capital. Foresite "
                        "managing director Ana Rome will join the Thessaly board. Thessaly will test its drug in 2026.")
    assert ("Thessaly Pharmaceuticals", "raised", (100000000.0, "USD")) in facts
    assert ("Foresite Capital", "led_round", "Thessaly Pharmaceuticals") in facts
    assert not any(r == "raised" and s == "Orbis Partners" for s, r, _o in facts)


def test_a_list_that_signed_on_as_investors(nlp):
    facts = _facts(nlp, "Radix Health raised $27 million in a Series B. Orin Capital, Bexley Ventures and Sorrel "
                        "Capital all signed on as investors.")
    assert {("Orin Capital", "invested_in", "Radix Health"), ("Sorrel Capital", "invested_in", "Radix Health")} <= facts


def test_the_seller_of_a_company_was_its_investor(nlp):
    facts = _facts(nlp, "In 2019, Fanhua Health bought hospital operator Changlo Hospital Group from private equity "
                        "firm Carlton Partners for an undisclosed sum.")
    assert ("Fanhua Health", "acquired", "Changlo Hospital Group") in facts
    assert ("Carlton Partners", "invested_in", "Changlo Hospital Group") in facts


def test_investors_that_re_up_or_join_in(nlp):
    facts = _facts(nlp, "Halo Bio raised $30 million. New investor CD Ventures joined the round. Northern Peak "
                        "Capital re-upped in the round, and Saints Capital and Nordic Bioscience all joined in.")
    assert {("Northern Peak Capital", "invested_in", "Halo Bio"), ("Saints Capital", "invested_in", "Halo Bio"),
            ("Nordic Bioscience", "invested_in", "Halo Bio")} <= facts
    hired = _facts(nlp, "Ruvo raised $30 million from Kestrel Capital. Chief executive Olivia Zhang joined in 2021 "
                        "after eight years at Intuva.")
    assert ("Olivia Zhang", "invested_in", "Ruvo") not in hired


@pytest.mark.parametrize("text, expected", [
    ('"We are pleased with the deal," said Sunil Mehra, MD and CEO, Varico.', ("Sunil Mehra", "executive_of", "Varico")),
    ("Speaking on the deal, Wale Tunde, Group Chief Executive, Oyando PLC, said the facility would fund growth.",
     ("Wale Tunde", "executive_of", "Oyando PLC")),
])
def test_a_person_title_and_employer_between_commas(nlp, text, expected):
    assert expected in _facts(nlp, text)


def test_a_year_is_no_company(nlp):
    facts = _facts(nlp, "Kredo Ltd. raised $8.5 million. The funding follows a $1.5 million seed round in 2021 backed "
                        "by Y Combinator and Future Africa.")
    assert ("Y Combinator", "invested_in", "Kredo Ltd.") in facts
    assert "2021" not in {name for fact in facts for name in (fact[0], fact[2])}


def test_a_name_taken_for_a_place_that_raises_money_is_a_company(nlp):
    facts = _facts(nlp, "Mintara, which recently closed a $28 million Series B led by Cathay Innovation, builds "
                        "office bots. Existing backers Wu Capital and Lightspeed China Partners also participated in the "
                        "round. Mintara officially launched its product in 2019. Mintara plans to hire 200 engineers.")
    assert {("Mintara", "raised", (28000000.0, "USD")), ("Cathay Innovation", "led_round", "Mintara"),
            ("Wu Capital", "invested_in", "Mintara")} <= facts


def test_a_region_in_a_description_stays_a_place(nlp):
    facts = _facts(nlp, "Surabaya-based Tokoku Digital, an ordering app used by kiosks in East Java and Bali, raised "
                        "Rp250 billion in a Series A round led by Merapi Ventures.")
    assert ("Merapi Ventures", "led_round", "Tokoku Digital") in facts
    assert not any("Bali" in (s, o) for s, _r, o in facts)


def test_participants_named_after_the_verb(nlp):
    facts = _facts(nlp, "Chaiwala raised $13 million. The round was led by Think Capital. Existing investors also "
                        "participated, such as Tiger Peak, Saif Ventures and Integra Capital.")
    assert {("Tiger Peak", "invested_in", "Chaiwala"), ("Integra Capital", "invested_in", "Chaiwala")} <= facts
    assert ("Think Capital", "led_round", "Chaiwala") in facts


def test_leads_named_in_a_with_clause(nlp):
    facts = _facts(nlp, "Kavo took in $250 million this spring, with U.S.-based Greenleaf Capital, Japan's SoftBank "
                        "and Hong Kong's DST Global leading the round.")
    assert {("SoftBank", "led_round", "Kavo"), ("DST Global", "led_round", "Kavo"),
            ("Greenleaf Capital", "led_round", "Kavo")} <= facts


def test_a_round_led_by_one_that_featured_others(nlp):
    facts = _facts(nlp, "Mobilo raised $600m. The round was led by Tenzen and featured financial firms Bocom Capital "
                        "and Icbo International.")
    assert ("Tenzen", "led_round", "Mobilo") in facts
    assert ("Bocom Capital", "invested_in", "Mobilo") in facts and ("Bocom Capital", "led_round", "Mobilo") not in facts


def test_a_shareholding_and_its_seller(nlp):
    facts = _facts(nlp, "Kestrel Capital bought a 10% shareholding in Orvana Foods from Tallis Partners.")
    assert {("Kestrel Capital", "invested_in", "Orvana Foods"), ("Tallis Partners", "invested_in", "Orvana Foods")} <= facts


def test_a_numbered_fund_keeps_its_number(nlp):
    facts = _facts(nlp, "Peako raised $75 million in a Series C led by SoftBank Vision Fund 2.")
    assert ("SoftBank Vision Fund 2", "led_round", "Peako") in facts


@pytest.mark.parametrize("text", [
    "Kestrel Capital invested in Grabble last year.",
    "Kestrel Capital holds a 20% stake in Grabble.",
    "Kestrel Capital is also an investor in Grabble.",
])
def test_a_name_after_invested_in_or_a_stake_in_is_a_company(nlp, text):
    assert ("Kestrel Capital", "invested_in", "Grabble") in _facts(nlp, text)


def test_its_portfolio_is_the_investor_just_named(nlp):
    facts = _facts(nlp, "Kestrel Capital invested in Grabble last year. Other companies in its portfolio include "
                        "Talvo Labs and Mintek Systems.")
    assert {("Kestrel Capital", "invested_in", "Talvo Labs"), ("Kestrel Capital", "invested_in", "Mintek Systems")} <= facts
    assert not any(s == "Grabble" for s, _r, _o in facts)


def test_an_investor_which_backs_a_company(nlp):
    assert ("Kestrel Capital", "invested_in", "Orvana Foods") in _facts(
        nlp, "Kestrel Capital, which also backs Orvana Foods, led the round.")
    assert not any(r == "invested_in" for _s, r, _o in _facts(
        nlp, "The round drew Citic Private Equity Funds Management, among others."))


def test_a_nationality_before_a_target_is_no_company(nlp):
    facts = _facts(nlp, "Card processor Ostra Payments agreed on Monday to buy Dutch rival Pinwell for $3 billion.")
    assert ("Ostra Payments", "acquired", "Pinwell") in facts
    assert not any("Dutch" in (s, o) for s, _r, o in facts)


@pytest.mark.parametrize("text, expected", [
    ("Existing backers Wu Capital and Lightspeed Partners, whose founding partner James Mo has been investing in "
     "every round, also participated.", ("James Mo", "executive_of", "Lightspeed Partners")),
    ("Kalyan Krishna, who was appointed as interim CEO of Flipko in 2017, will keep the job.",
     ("Kalyan Krishna", "executive_of", "Flipko")),
    ("Kavo is now valued at $1.2 billion after its latest round, Chief Executive Carlos Garza said in an interview.",
     ("Carlos Garza", "executive_of", "Kavo")),
])
def test_executives_in_relative_clauses_and_after_a_title(nlp, text, expected):
    assert expected in _facts(nlp, text)


def test_a_backer_named_in_the_headline_is_not_the_story_company(nlp):
    text = ("SoftBank-backed car startup Kavo becomes a unicorn\n\nSoftBank-backed car marketplace Kavo is now worth "
            "$1.2 billion. The Mexico City-based company took in $250 million this spring, "
            "with SoftBank leading the round. SoftBank also backs car lenders in Brazil. Kavo sells about "
            "5,000 cars a month.")
    [ex] = extract([Article("k", text)], nlp=nlp)
    facts = {(f.subject, f.relation, f.object) for f in ex.facts}
    assert ("SoftBank", "led_round", "Kavo") in facts
    assert ("Kavo", "headquartered_in", "Mexico City") in facts and ("SoftBank", "headquartered_in", "Mexico City") not in facts


def test_a_companys_previous_investors_named_before_their_verb(nlp):
    facts = _facts(nlp, "Youibo raised $15 million led by SoftBank Ventures Asia. Youibo's previous investors BlueRun "
                        "Ventures and SIG also participated in the round.")
    assert {("BlueRun Ventures", "invested_in", "Youibo"), ("SIG", "invested_in", "Youibo")} <= facts
    assert not any(r == "subsidiary_of" for _s, r, _o in facts)


def test_a_turnover_is_no_round(nlp):
    facts = _facts(nlp, "Blinko raised $20 million in May. Its annual turnover in the last fiscal year was Rs 263 crore.")
    assert ("Blinko", "raised", (20000000.0, "USD")) in facts and len([f for f in facts if f[1] == "raised"]) == 1


def test_units_named_in_a_list(nlp):
    facts = _facts(nlp, "Sogo signed a merger agreement with THL Holdings, TitanNova Limited and Tenzo Mobility Limited, "
                        "all units of Tenzo Holdings Limited.")
    assert {("THL Holdings", "subsidiary_of", "Tenzo Holdings Limited"),
            ("TitanNova Limited", "subsidiary_of", "Tenzo Holdings Limited"),
            ("Tenzo Mobility Limited", "subsidiary_of", "Tenzo Holdings Limited")} <= facts


@pytest.mark.parametrize("text, expected", [
    ("Kivo, a sales automation startup, raised $5 million in a seed round led by Orin Capital.",
     ("Kivo", "raised", (5000000.0, "USD"))),
    ("Kivo raised $5 million in revenue-based financing from Orin Capital.", ("Kivo", "raised", (5000000.0, "USD"))),
])
def test_a_business_word_elsewhere_leaves_the_round(nlp, text, expected):
    assert expected in _facts(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    ("Brightwave is planning to acquire Lumen Media Group.", ("Brightwave", "acquired", "Lumen Media Group")),
    ("Ana Pop, who stepped down as CEO of Flipko in 2019, now invests in startups.", ("Ana Pop", "executive_of", "Flipko")),
])
def test_plans_and_past_roles_are_not_facts(nlp, text, unwanted):
    assert unwanted not in _facts(nlp, text)


def test_a_number_of_years_is_no_fund_number(nlp):
    names = _names(nlp, "Kestrel Capital Fund 2 years ago backed Orvana Foods.")
    assert not any(n.endswith(" 2") for n in names)


def test_a_news_agency_in_a_sentence_is_no_dateline():
    text = "The Associated Press (AP) reported that Vantix raised $5 million.\n"
    assert [p for _, p in split_body(text).paragraphs] == [text.strip()]


def test_a_site_and_a_stake_are_no_units(nlp):
    assert not any(r == "subsidiary_of" for _s, r, _o in _facts(
        nlp, "The new scooters will be built at Ravel Motors' Pune Works facility."))
    facts = _facts(nlp, "The talks were led by Sun Wei, chief executive of Tencent, which also owns a stake in Orvana Foods.")
    assert ("Orvana Foods", "subsidiary_of", "Tencent") not in facts


def test_a_stake_held_is_a_backing_or_a_parent_by_its_size(nlp):
    facts = _facts(nlp, "Orion Motors already owned 25% of Pellam Logistics after a deal last year.")
    assert ("Orion Motors", "invested_in", "Pellam Logistics") in facts
    assert ("Orion Motors", "acquired", "Pellam Logistics") not in facts  # a stake held is no purchase
    assert ("Brightpath Energy", "subsidiary_of", "Orion Motors") in _facts(
        nlp, "Orion Motors still holds 55 percent of Brightpath Energy.")


def test_a_speaker_with_a_bare_title_works_for_the_company_of_the_story(nlp):
    facts = _facts(nlp, 'Klarsa raised $90 million in a Series C round. "We hire fast," said Jonas Weber, '
                        'co-founder & CEO, speaking to reporters. Its Chief Technology Officer, Maria Duarte, joined last year.')
    assert {("Jonas Weber", "executive_of", "Klarsa"), ("Klarsa", "founded_by", "Jonas Weber"),
            ("Maria Duarte", "executive_of", "Klarsa")} <= facts


def test_leads_listed_around_an_apposition(nlp):
    facts = _facts(nlp, "Wavu raised $200 million. The round was led by Harbor Heritage, a subsidiary of the Harbor "
                        "brand, Northline Fund, Stripe and Ribbit Capital.")
    assert {("Harbor Heritage", "led_round", "Wavu"), ("Northline Fund", "led_round", "Wavu"),
            ("Stripe", "led_round", "Wavu"), ("Ribbit Capital", "led_round", "Wavu")} <= facts


def test_a_list_inside_a_relative_clause_is_no_list_of_leads(nlp):
    facts = _facts(nlp, "Sequoia Capital, which has backed companies over the years - think Apple, Google and Oracle - "
                        "led a $10 million round for Velto Labs, a video marketplace.")
    assert ("Sequoia Capital", "led_round", "Velto Labs") in facts
    assert ("Sequoia Capital", "led_round", "Apple") not in facts


def test_a_lead_described_without_an_article(nlp):
    facts = _facts(nlp, "Qatar Investment Authority, sovereign wealth fund of the State of Qatar, led the financing "
                        "round in Kitopia Foods with participation from Coatue.")
    assert ("Qatar Investment Authority", "led_round", "Kitopia Foods") in facts


def test_a_start_up_named_after_in_is_a_company(nlp):
    facts = _facts(nlp, "Harlow Ventures has led a RMB150 million series B round of financing in Tsivo, a Chinese "
                        "smart bicycle start-up.")
    assert ("Harlow Ventures", "led_round", "Tsivo") in facts


def test_a_name_ends_with_its_sentence(nlp):
    names = _names(nlp, "Meanwhile, Corvex invested $2 million in data software maker Imara Data Inc. The billionaire "
                        "founder had backed it before.")
    assert "Imara Data Inc." in names and not any(n.endswith("The") for n in names)


def test_the_short_name_of_a_company_named_before_is_no_place(nlp):
    facts = _facts(nlp, "Corvex invested $2 million in data software maker Imara Data Inc. on Monday. "
                        "Corvex now holds a stake of less than 20% in Imara.")
    assert ("Corvex", "invested_in", "Imara Data Inc.") in facts
    assert not any(o == "Imara" for _s, _r, o in facts)


def test_an_arm_named_after_its_owner_belongs_to_it(nlp):
    facts = _facts(nlp, "Corvex invested $2 million in Imara Data Inc. The IT company had earlier invested in the "
                        "US-based software company through its venture capital arm, Corvex Ventures.")
    assert ("Corvex Ventures", "subsidiary_of", "Corvex") in facts
    assert ("Corvex Ventures", "subsidiary_of", "Imara Data Inc.") not in facts


@pytest.mark.parametrize("text, name", [
    ("Challenger bank Tallis Bank has raised £50 million in a Series C round.", "Tallis Bank"),
    ("Bank of America backed Kelvo Health last year.", "Bank of America"),
])
def test_a_description_that_opens_the_sentence_is_no_part_of_a_name(nlp, text, name):
    assert name in _names(nlp, text)


def test_a_city_and_its_state_code_are_places(nlp):
    facts = _facts(nlp, "To start, Romer Therapeutics based in Cambridge, MA secured $77 million in a series B round.")
    assert ("Romer Therapeutics", "raised", (77e6, "USD")) in facts
    assert not any(s == "MA" for s, _r, _o in facts)


def test_the_company_later_in_a_sentence_is_the_one_that_raised(nlp):
    facts = _facts(nlp, "Lexa Therapeutics closed a $100 million series B financing.\n\nMeanwhile, Skyra Bio raised "
                        "$133 million in its latest round, bringing total funding in the company to $600 million.")
    assert ("Skyra Bio", "raised", (133e6, "USD")) in facts
    assert ("Lexa Therapeutics", "raised", (133e6, "USD")) not in facts


def test_two_founders_named_with_a_plural_title(nlp):
    facts = _facts(nlp, '"Demand is strong," said Ravi Shankar and Meena Kumar, co-founders of Upskill.')
    assert {("Upskill", "founded_by", "Ravi Shankar"), ("Upskill", "founded_by", "Meena Kumar")} <= facts
    assert ("Ravi Shankar", "executive_of", "Upskill") not in facts  # a founder holds no office by that title


def test_a_parent_company_of_several_brands(nlp):
    facts = _facts(nlp, "Holvana Consumer, the parent company of Leafcare and Brightskin Labs, reported higher sales.")
    assert {("Leafcare", "subsidiary_of", "Holvana Consumer"), ("Brightskin Labs", "subsidiary_of", "Holvana Consumer")} <= facts


def test_an_aside_with_now_before_the_verb(nlp):
    assert ("Fitcult", "acquired", "F3 Fitness India") in _facts(
        nlp, "Fitcult, now a unicorn, picked up a majority stake in F3 Fitness India.")


def test_founders_told_in_a_clause_about_earlier_companies(nlp):
    facts = _facts(nlp, "Tom Bloom, who helped start payments processor DebitCo before forming Mondra in 2011, "
                        "said the startup was growing.")
    assert {("DebitCo", "founded_by", "Tom Bloom"), ("Mondra", "founded_by", "Tom Bloom")} <= facts


def test_founders_in_a_roundup_item_belong_to_its_company(nlp):
    facts = _facts(nlp, "Kaarya Labs raised $10 million in a Series A round led by Orin Capital.\n\n"
                        "Padhai Ghar, a Patna tutoring startup, has secured Rs 4.5 crore in seed funding from Gyan "
                        "Ventures. Founders Amit Kumar and Priya Jha previously taught at a coaching institute.")
    assert ("Padhai Ghar", "founded_by", "Amit Kumar") in facts
    assert ("Kaarya Labs", "founded_by", "Amit Kumar") not in facts


def test_a_headline_verb_ends_the_name_before_it(nlp):
    names = _names(nlp, "Veo Grabs $12M to Help Factory Robots See\n\nVeo Robotics makes sensors for factory robots. "
                        "Today, Veo's vision got a $12 million jolt from investors.")
    assert "Veo Grabs" not in names and "Veo Robotics" in names
    assert ("Veo Robotics", "raised", (12e6, "USD")) in _facts(
        nlp, "Veo Grabs $12M to Help Factory Robots See\n\nVeo Robotics makes sensors for factory robots. "
             "Today, Veo's vision got a $12 million jolt from investors.")


def test_a_stake_a_seller_held_backs_its_company(nlp):
    facts = _facts(nlp, "Holvana Consumer has acquired Godrej Consumers' 30 percent stake in Bluntly for Rs 84.5 crore.")
    assert ("Godrej Consumers", "invested_in", "Bluntly") in facts
    assert ("Holvana Consumer", "acquired", "Godrej Consumers") not in facts


def test_regulators_approve_deals_and_take_no_part(nlp):
    facts = _facts(nlp, "Kelvo Bank acquired Migora after receiving approval from Ruritania's Federal Competition "
                        "Commission. The Capital Markets Regulator also cleared the deal.")
    assert ("Kelvo Bank", "acquired", "Migora") in facts
    assert not any(s in {"Federal Competition Commission", "Capital Markets Regulator"} for s, _r, _o in facts)
    assert ("Arden Bank", "acquired", "Tessaly") in _facts(
        nlp, "The deal for Tessaly requires approval from Arden Bank's shareholders. Arden Bank agreed to buy Tessaly.")


def test_co_leads_named_after_with(nlp):
    facts = _facts(nlp, "Mobilo raised $600 million in June. Tencent had already co-led a $215m series D round in "
                        "Mobilo in January 2017 with Warburg Pincus.")
    assert {("Tencent", "led_round", "Mobilo"), ("Warburg Pincus", "led_round", "Mobilo")} <= facts
    assert ("Tencent", "led_round", "Warburg Pincus") not in facts
    facts = _facts(nlp, "Trela raised $42 million. Maersk Growth and Raed Ventures co-led the equity portion, with "
                        "Algebra Ventures and Vision Ventures participating.")
    assert ("Algebra Ventures", "led_round", "Trela") not in facts


def test_an_employer_named_before_its_backer_backs_nothing(nlp):
    facts = _facts(nlp, "Kapital raised a $20 million Series A led by Tribe Capital with funding from Dropbox co-founder "
                        "Arash Ferdowsi.")
    assert ("Arash Ferdowsi", "invested_in", "Kapital") in facts
    assert ("Dropbox", "invested_in", "Kapital") not in facts


def test_a_founder_is_no_executive_by_that_word(nlp):
    facts = _facts(nlp, "Tang Bin, founder of Genki Water, said the company will launch new drinks.")
    assert ("Genki Water", "founded_by", "Tang Bin") in facts
    assert ("Tang Bin", "executive_of", "Genki Water") not in facts


@pytest.mark.parametrize("text, unwanted", [
    ("Zento Labs has not received regulatory approval to acquire Lumora.", ("Zento Labs", "acquired", "Lumora")),
    ("Antitrust watchdog Fenora approved the acquisition of Lumora by Zento Labs.", ("Fenora", "acquired", "Lumora")),
    ("Harbor Legal assisted with the acquisition of Lumora by Zento Labs.", ("Harbor Legal", "acquired", "Lumora")),
    ("Zento Labs, which owns a 70% stake in Lumora, reported higher sales.", ("Zento Labs", "acquired", "Lumora")),
])
def test_what_the_new_readings_must_not_invent(nlp, text, unwanted):
    assert unwanted not in _facts(nlp, text)


def test_a_possessive_pronoun_opens_a_name_only_before_a_title(nlp):
    assert "Our Next Energy" in _names(nlp, "Our Next Energy raised $300 million.")


def test_a_roundup_subheading_names_the_company_its_section_tells_of(nlp):
    text = ("Cleantech digest, week 12\n\nThree grid startups closed rounds this week.\n\n"
            "Voltaro closes $18 million round\n\n"
            "The company raised the Series B from Kestrel Energy Partners and Amberline Capital.\n\n"
            "Sunmesh lands $6 million\n\n"
            "The seed round was backed by Northpine Ventures.\n")
    facts = _facts(nlp, text)
    assert {("Voltaro", "raised", (18000000.0, "USD")), ("Kestrel Energy Partners", "invested_in", "Voltaro"),
            ("Amberline Capital", "invested_in", "Voltaro"), ("Northpine Ventures", "invested_in", "Sunmesh")} <= facts
    assert ("Northpine Ventures", "invested_in", "Voltaro") not in facts


def test_a_table_row_names_the_company_of_the_details_below_it(nlp):
    text = ("Company\n\nRound\n\nDetails\n\nQuillon Therapeutics Inc.\n\nSeries A\n\n"
            "$12M led by Harrow Bio Fund, with Cedarline Partners participating\n\n"
            "Brisa Medical Ltd.\n\nSeed\n\n$3M seed round led by Lakemont Angels\n")
    facts = _facts(nlp, text)
    assert {("Harrow Bio Fund", "led_round", "Quillon Therapeutics Inc."),
            ("Cedarline Partners", "invested_in", "Quillon Therapeutics Inc."),
            ("Lakemont Angels", "led_round", "Brisa Medical Ltd.")} <= facts
    assert ("Lakemont Angels", "led_round", "Quillon Therapeutics Inc.") not in facts


def test_a_place_on_a_line_of_its_own_is_no_heading(nlp):
    text = ("Tarvo Health said on Monday it raised $9 million.\n\nBOSTON.\n\n"
            "The round was led by Eastgate Capital.\n")
    facts = _facts(nlp, text)
    assert ("Eastgate Capital", "led_round", "Tarvo Health") in facts
    assert not any(o == "BOSTON" for _s, _r, o in facts)


def test_an_everyday_word_after_a_company_noun_is_no_brand(nlp):
    names = _names(nlp, "The startup successfully raised $5 million. A Lagos logistics-platform play pulled in $9 million.")
    assert not names & {"successfully", "play"}


def test_a_hyphen_between_amount_and_scale(nlp):
    facts = _facts(nlp, "Larkfield Bank raised $95-million from Maple Crest Capital.")
    assert ("Larkfield Bank", "raised", (95000000.0, "USD")) in facts


def test_sentence_adverbs_are_no_companies(nlp):
    assert "Overall" not in _names(nlp, "Past rounds Overall, Brivo has raised about $1 billion from Sonar Capital.")


def test_a_short_name_in_brackets_is_the_same_company(nlp):
    reader = _reader(nlp, "Ten investors joined a round that made Solvane Energy (SE4) the first unicorn in its field.")
    [company] = [c for c in reader.by_id.values() if c.name == "Solvane Energy"]
    assert "SE4" in company.names


def test_each_round_in_a_list_belongs_to_the_company_that_owns_it(nlp):
    text = ("Funding this week. The largest deal was solar startup Velmora Energy’s $23 million Series C round led "
            "by Iron Arch. Other raises included Dunfield’s Rs 160 crore pre-IPO placement from 4Peak Ventures, "
            "Tarsio’s $11 million round and KrishiLink’s $8 million funding.")
    facts = _facts(nlp, text)
    assert {("Velmora Energy", "raised", (23000000.0, "USD")), ("Iron Arch", "led_round", "Velmora Energy"),
            ("Dunfield", "raised", (1600000000.0, "INR")), ("4Peak Ventures", "invested_in", "Dunfield"),
            ("Tarsio", "raised", (11000000.0, "USD")), ("KrishiLink", "raised", (8000000.0, "USD"))} <= facts
    assert not {("Tarsio", "invested_in", "Dunfield"), ("KrishiLink", "invested_in", "Dunfield")} & facts


def test_an_investors_own_investment_is_no_round_of_its_own(nlp):
    facts = _facts(nlp, "Quarry raised $5 million. Sequoia’s $3 million seed investment in Quarry came first.")
    assert not any(s == "Sequoia" and r == "raised" for s, r, _o in facts)


def test_a_list_that_fills_out_the_round(nlp):
    facts = _facts(nlp, "Velmora raised $40 million. Kappa Capital, Rhine PE and Ostra Investment filled out the round, "
                        "which was disclosed in a LinkedIn post by Tarn Advisors.")
    assert {("Kappa Capital", "invested_in", "Velmora"), ("Rhine PE", "invested_in", "Velmora"),
            ("Ostra Investment", "invested_in", "Velmora")} <= facts
    assert not any(o == "LinkedIn" for _s, _r, o in facts)


@pytest.mark.parametrize("text, expected", [
    ("Fenwick Labs raised $41 million in a Series A round. The Waltham, Massachusetts-based company will hire 30 "
     "engineers.", ("Fenwick Labs", "headquartered_in", "Waltham")),
    ("Shares of Salem, MA-based Tesca Tools rose after Arvell Materials agreed to buy it.",
     ("Tesca Tools", "headquartered_in", "Salem")),
    ("The Valencia-based on-demand laundry service Pidelo has landed a Series B round led by Kesta Capital.",
     ("Pidelo", "headquartered_in", "Valencia")),
])
def test_a_place_before_based_whatever_the_ner_made_of_it(nlp, text, expected):
    assert expected in _facts(nlp, text)


def test_a_company_and_its_region_based_description_stay_a_company(nlp):
    facts = _facts(nlp, "Mamoora, UAE-based pet-care marketplace, raised $4 million from Tessel Investment.")
    assert ("Tessel Investment", "invested_in", "Mamoora") in facts


def test_a_seller_of_a_stake_buys_nothing_from_its_buyer(nlp):
    facts = _facts(nlp, "Brightline will sell 7% of its shares, at HK$3.20 apiece, to a subsidiary of Telmark Group, "
                        "raising HK$2 billion.")
    assert ("Brightline", "acquired", "Telmark Group") not in facts


def test_announced_plans_to_buy_is_a_deal(nlp):
    facts = _facts(nlp, "Fitness app maker Nuvola announced its plans to buy booking startup Tiklo on Tuesday.")
    assert ("Nuvola", "acquired", "Tiklo") in facts
    assert ("Fendmart", "acquired", "Quikbox") not in _facts(nlp, "Grocery chain Fendmart plans to acquire delivery "
                                                                  "service Quikbox.")


def test_scale_words_written_with_a_capital(nlp):
    facts = _facts(nlp, "Tarvo, a snack delivery company, has picked up $12.4 Mn (INR 103 Cr) in its Series B round "
                        "led by Kesta.")
    assert ("Tarvo", "raised", (12400000.0, "USD")) in facts


def test_investors_in_a_unit_do_not_back_its_parent(nlp):
    facts = _facts(nlp, "Manila-based Telmar’s payments unit Vistra Innovations has secured $90 million from "
                        "returning backers Kesta and Tarn Capital.")
    assert {("Kesta", "invested_in", "Vistra Innovations"), ("Tarn Capital", "invested_in", "Vistra Innovations"),
            ("Vistra Innovations", "subsidiary_of", "Telmar")} <= facts
    assert not {("Kesta", "invested_in", "Telmar"), ("Tarn Capital", "invested_in", "Telmar")} & facts


@pytest.mark.parametrize("text, expected", [
    ("Harlan Capital has taken a stake in Xunmed, which owns Dutch hearing aid maker Metrax.",
     ("Metrax", "subsidiary_of", "Xunmed")),
    ("Hearing aids from Metrax, a Dutch company controlled by Xunmed Technology Co, are sold in 40 countries.",
     ("Metrax", "subsidiary_of", "Xunmed Technology Co")),
])
def test_an_owner_told_in_a_relative_clause_or_a_description(nlp, text, expected):
    assert expected in _facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Kestia's board turned down a $4.10-per-share takeover proposal from Harlan Capital.",
    "Under the deal with Harlan Capital, Kestia stockholders will receive $13.65 in cash per share.",
    "Harlan's bid is well above Kestia's last closing share price of $1.87.",
])
def test_a_price_per_share_or_a_proposal_is_no_round(nlp, text):
    facts = _facts(nlp, text)
    assert not any(r in ("raised", "invested_in", "led_round") for _s, r, _o in facts), facts


def test_names_the_ner_cuts_at_a_digit_or_a_slash(nlp):
    facts = _facts(nlp, "Tarvo drew $9 million from K/L Growth Partners and Kesta. Earlier backers, among them Pelican "
                        "Ventures, Omega7 Capital and Lunar Fund, put in more money too.")
    assert {("K/L Growth Partners", "invested_in", "Tarvo"), ("Omega7 Capital", "invested_in", "Tarvo")} <= facts
    assert not any(s in ("K", "L Growth Partners", "Capital") for s, _r, _o in facts)


def test_investors_the_money_came_from(nlp):
    facts = _facts(nlp, "Quillo raised $25 million. Most of the money came from Harbor Ventures and Kesta Labs.")
    assert {("Harbor Ventures", "invested_in", "Quillo"), ("Kesta Labs", "invested_in", "Quillo")} <= facts


@pytest.mark.parametrize("text, expected", [
    ("Castor Corp took control of the cable operator Lumen in March.", ("Castor Corp", "acquired", "Lumen")),
    ("Castor Corp won control of Lumen last week.", ("Castor Corp", "acquired", "Lumen")),
    ("Babel Health has wrapped up its acquisition of clinic software maker Higo.", ("Babel Health", "acquired", "Higo")),
])
def test_more_ways_to_tell_a_purchase(nlp, text, expected):
    assert expected in _facts(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    ("Castor Corp made a $40 billion offer for Lumen.", ("Castor Corp", "raised", (40000000000.0, "USD"))),
])
def test_an_offer_is_no_round(nlp, text, unwanted):
    assert unwanted not in _facts(nlp, text)


def test_a_regulator_known_by_its_initials_raises_nothing(nlp):
    facts = _facts(nlp, "Kesta Labs raised $40 million in a round led by Arvo Capital. Kesta Labs will hire staff. "
                        "Separately, Plumly took in $25.6 million from Corvin Partners. In March, papers it filed with "
                        "the SEC showed the company had brought in $20 million in funding.")
    assert ("Plumly", "raised", (20000000.0, "USD")) in facts
    assert not any(s == "SEC" for s, _r, _o in facts)


def test_a_vehicle_for_its_owner_in_a_semicolon_list(nlp):
    facts = _facts(nlp, "Also joining were Ardo, a media group; Kanto Capital Partners, the investment vehicle for "
                        "tutoring company Kanto; and Ridge Partners.")
    assert ("Kanto Capital Partners", "subsidiary_of", "Kanto") in facts


def test_a_company_that_has_the_backing_of_investors(nlp):
    facts = _facts(nlp, "Yilo has the backing of Tencent and Hillhouse Capital.")
    assert {("Tencent", "invested_in", "Yilo"), ("Hillhouse Capital", "invested_in", "Yilo")} <= facts


def test_a_person_the_ner_took_for_a_company_before_or_after_a_title(nlp):
    facts = _facts(nlp, "After the merger, Ana Lindqvist will stay on as CEO of Gorvo while Willem Tanu will remain "
                        "the chief executive of Tokora.")
    assert ("Willem Tanu", "executive_of", "Tokora") in facts
    reader = _reader(nlp, "Zentra chief executive Marta Ruiz and finance chief Omar Haddad signed the deal.")
    assert {c.name: c.kind for c in reader.by_id.values()}.get("Omar Haddad") == "P"


@pytest.mark.parametrize("text, expected", [
    ("Arvell's new chiefs Jonah Tsai and Edwin Wu told staff on Monday that cuts are coming.",
     {("Jonah Tsai", "executive_of", "Arvell"), ("Edwin Wu", "executive_of", "Arvell")}),
    ("Brisk Foods co-CEOs Amy Lo and Raj Patel said the deal closes in May.",
     {("Amy Lo", "executive_of", "Brisk Foods"), ("Raj Patel", "executive_of", "Brisk Foods")}),
])
def test_a_plural_title_before_a_list_of_people(nlp, text, expected):
    assert expected <= _facts(nlp, text)


def test_a_company_the_ner_took_for_a_place_is_founded_by_people(nlp):
    facts = _facts(nlp, "Nuvola was founded in 2019 by Dana Frost and Leo Marsh, two former bankers.")
    assert {("Nuvola", "founded_by", "Dana Frost"), ("Nuvola", "founded_by", "Leo Marsh")} <= facts


def test_a_city_the_ner_calls_a_nationality_is_still_where_a_company_is_based(nlp):
    facts = _facts(nlp, "Bengaluru-based agritech startup Khetora has raised INR 92 Cr in its Series A round.")
    assert ("Khetora", "headquartered_in", "Bengaluru") in facts


def test_the_place_based_company_is_the_one_based_there(nlp):
    facts = _facts(nlp, "Johannesburg-based Mzansi Pay said it will acquire Lagos-based Kudo for $30 million. Mzansi "
                        "Pay serves 2 million merchants across the region. The Lagos-based company was founded by "
                        "Ada Obi in 2017.")
    assert ("Kudo", "founded_by", "Ada Obi") in facts
    assert ("Mzansi Pay", "headquartered_in", "Lagos") not in facts


def test_a_former_employer_is_not_what_the_firm_refers_to(nlp):
    facts = _facts(nlp, "Chen Hao is chief executive of Tarvo Robotics, which he co-founded with Liu Meng. Liu "
                        "previously led a perception team at drone maker Skyvo. The Shenzhen-based firm said it had "
                        "closed a 800 million yuan Series C round co-led by Hillgate Investment.")
    assert ("Hillgate Investment", "led_round", "Tarvo Robotics") in facts
    assert not any(o == "Skyvo" and r in ("led_round", "invested_in") for _s, r, o in facts)


def test_a_past_employer_named_with_a_title_is_not_the_company(nlp):
    facts = _facts(nlp, "Tarvo Health was co-founded in 2019 by Kiran Rao and Sam Iyer. Rao was previously an "
                        "engineering director at Zwiggo. On Monday the Bengaluru-based company said it had raised "
                        "Rs 350 crore in a Series C round led by Temasek.")
    assert ("Temasek", "led_round", "Tarvo Health") in facts
    assert not any(s == "Zwiggo" or o == "Zwiggo" for s, _r, o in facts if _r != "executive_of")


def test_a_market_led_by_firms_is_no_round_they_led(nlp):
    facts = _facts(nlp, "Lumora raised $40 million. China's lidar market is led by Nasdaq-listed Hesko Group and "
                        "Robosenz, which together ship most sensors.")
    assert not any(r in ("led_round", "invested_in") and s in ("Hesko Group", "Robosenz") for s, r, _o in facts)


def test_the_startup_after_a_sentence_of_backers_is_the_company_they_back(nlp):
    facts = _facts(nlp, "Kobora, a Lagos lending startup, raised $3 million in a seed round. Platform Ventures led the "
                        "round. Microtrak, Lofty Capital and Chidi Oka, co-founder of Lagos payments company PayNesto, "
                        "also invested, as did Nairobi-based Savanna Fund, which is making its first bet in Nigeria.\n\n"
                        "The startup was founded in 2021 by Tolu Bakare, Ibrahim Danjuma and Ngozi Eze, a former loan "
                        "officer who now leads risk.")
    assert {("Kobora", "founded_by", "Tolu Bakare"), ("Kobora", "founded_by", "Ngozi Eze")} <= facts
    assert not any(s in ("Microtrak", "Lofty Capital") and r == "founded_by" for s, r, _o in facts)


def test_founders_named_before_an_apposition_stay_people(nlp):
    reader = _reader(nlp, "Founded in 2018 by Youssef Hamdy and Mariam El-Sayed, the Cairo-based startup processes "
                          "bill payments.")
    kinds = {c.name: c.kind for c in reader.by_id.values()}
    assert kinds.get("Mariam El-Sayed") == "P" and kinds.get("Youssef Hamdy") == "P"
    assert not any(r == "founded_by" and s == "Mariam El-Sayed" for s, r, _o in _facts(nlp, reader.article.text))


@pytest.mark.parametrize("text, bystander", [
    ("Caixo raised $20 million. Brazilian startups raised less money this year, according to data from Distrio.",
     "Distrio"),
    ("Johor Capital will buy Bumi Hijau. The deal is subject to approval from shareholders and the Singapore Exchange.",
     "Singapore Exchange"),
])
def test_a_source_of_data_or_an_approver_takes_no_part(nlp, text, bystander):
    assert not any(bystander in (s, o) for s, r, o in _facts(nlp, text) if r in ("invested_in", "led_round", "acquired"))


def test_backers_after_a_lead_who_led_the_round_are_no_leads(nlp):
    facts = _facts(nlp, "Tuvora raised RMB 100 million in a Series B+ round. Lilac Asia Ventures led the round, with "
                        "follow-on money from existing backers Vivant Capital and Sinon Ventures.")
    assert ("Lilac Asia Ventures", "led_round", "Tuvora") in facts
    assert not {("Vivant Capital", "led_round", "Tuvora"), ("Sinon Ventures", "led_round", "Tuvora")} & facts
    assert ("Vivant Capital", "invested_in", "Tuvora") in facts


def test_founding_told_as_a_purpose_or_with_a_partner(nlp):
    facts = _facts(nlp, "Ada Obi left a job at Vodacom in 2020 to found Kudora with Tunde Lawal (chief technology "
                        "officer), a former teacher.")
    assert {("Kudora", "founded_by", "Ada Obi"), ("Kudora", "founded_by", "Tunde Lawal")} <= facts


def test_two_chiefs_of_two_companies_in_one_sentence_do_not_swap(nlp):
    facts = _facts(nlp, "Once the merger closes, Kevin Arlo will continue as CEO of Gorvo and Nadia Velt will remain the "
                        "CEO of Tokora, the two companies said.")
    assert {("Kevin Arlo", "executive_of", "Gorvo"), ("Nadia Velt", "executive_of", "Tokora")} <= facts
    assert not {("Kevin Arlo", "executive_of", "Tokora"), ("Nadia Velt", "executive_of", "Gorvo")} & facts


def test_a_past_employer_is_not_the_story_company(nlp):
    facts = _facts(nlp, "Ex-Spotify engineers land $8M for audio search\n\nEcholy Labs wants to bring the search tools "
                        "behind Spotify's playlists to every podcast app. The Oslo-based company on Monday announced "
                        "$8 million in seed funding, led by Creandum. Its three founders met while working at Spotify, "
                        "and all are former Spotify staff.")
    assert {("Echoly Labs", "raised", (8e6, "USD")), ("Creandum", "led_round", "Echoly Labs")} <= facts
    assert not any(o == "Spotify" for _s, r, o in facts if r in ("led_round", "invested_in"))


def test_the_startup_is_the_one_called_a_startup(nlp):
    facts = _facts(nlp, "Two years after selling her first company, Marta Ruiz set up a notary software startup named "
                        "Pliego. It sells to small law offices. Most of its staff work in Madrid. According to Expansion, "
                        "the startup has now raised €6 million from Kibo Ventures.")
    assert {("Pliego", "raised", (6e6, "EUR")), ("Kibo Ventures", "invested_in", "Pliego")} <= facts
    assert not any(o == "Expansion" for _s, r, o in facts if r == "invested_in")


def test_a_founder_called_by_surname_stays_a_person_and_her_startup_raises(nlp):
    text = ("In March, Pinterest co-founder Orla Finch said she was working on a note-taking app, Pebblr. Finch "
            "hired four engineers in May. Since then Finch has named a designer from Uber as head of product.\nOn "
            "Tuesday Finch announced that Pebblr had completed its seed funding, led by Index Ventures. Finch did not "
            "give the amount.\n")
    kinds = {c.name: c.kind for c in _reader(nlp, text).by_id.values()}
    assert kinds["Orla Finch"] == "P"
    facts = _facts(nlp, text)
    assert ("Index Ventures", "led_round", "Pebblr") in facts
    assert not any(o == "Orla Finch" for _s, r, o in facts if r in ("led_round", "invested_in"))


def test_a_hyphenated_majority_stake_is_an_acquisition(nlp):
    facts = _facts(nlp, "Lotus Pharma agreed to acquire a 74-percent stake in Pune drugmaker Medivo Labs for $90 million.")
    assert ("Lotus Pharma", "acquired", "Medivo Labs") in facts


def test_a_known_place_the_ner_also_reads_as_a_company_stays_a_place(nlp):
    text = ("With a slow start to the quarter, startups in Africa raised about $40m across six deals. Most of it went to "
            "Zuri Pay, which serves traders in Africa.")
    kinds = {c.name: c.kind for c in _reader(nlp, text).by_id.values()}
    assert kinds["Africa"] == "G"
    assert not any("Africa" in (s, o) for s, r, o in _facts(nlp, text) if r != "headquartered_in")


def test_a_minority_owner_is_a_backer_not_a_parent(nlp):
    facts = _facts(nlp, "Kwenda Holdings, which is 30 percent owned by Norwegian fund Fjell Kapital, bought shares in "
                        "Lagos Fibre Networks from two family offices this week.")
    assert ("Kwenda Holdings", "subsidiary_of", "Fjell Kapital") not in facts
    assert ("Fjell Kapital", "invested_in", "Kwenda Holdings") in facts


def test_a_share_price_move_is_no_round(nlp):
    facts = _facts(nlp, "Brauhaus agreed to buy Larkin Brewing for $9 billion. Larkin shares rose 26% after reports of "
                        "Brauhaus's planned bid in May, and they gained $4.10, or 7%, to $61.20 on Tuesday.")
    assert ("Brauhaus", "acquired", "Larkin Brewing") in facts
    assert not [f for f in facts if f[1] in ("raised", "valued_at") and f[2][0] < 1000]


def test_a_consortium_that_buys_a_stake_leads_no_round(nlp):
    facts = _facts(nlp, "Sahel Telecom said on Monday that a consortium of investors led by Brookvale Partners and the "
                        "Ontario Teachers' Fund would buy 12 per cent of its tower arm, Sahel Masts.")
    assert not any(r == "led_round" for _s, r, _o in facts)
    assert ("Sahel Masts", "subsidiary_of", "Sahel Telecom") in facts


def test_amounts_told_respectively_go_to_their_companies(nlp):
    facts = _facts(nlp, "Berlin payroll app Zahlwerk and photo-book maker Lichtfeld, both now unicorns, have raised "
                        "$60m and $35m respectively this month.")
    assert {("Zahlwerk", "raised", (60e6, "USD")), ("Lichtfeld", "raised", (35e6, "USD"))} <= facts
    assert ("Lichtfeld", "raised", (60e6, "USD")) not in facts


def test_a_valuation_then_the_raise_that_reached_it(nlp):
    facts = _facts(nlp, "Notewell reached a $2 billion valuation after raising $75 million from Harbin Capital.")
    assert ("Notewell", "valued_at", (75e6, "USD")) not in facts
    assert {("Notewell", "valued_at", (2e9, "USD")), ("Notewell", "raised", (75e6, "USD"))} <= facts


@pytest.mark.parametrize("text, backers", [
    ("Arbolab closed its $215m series B round on Tuesday, with gene sequencer Illumina and drugmaker Vertex "
     "Pharmaceuticals among the investors.", {"Illumina", "Vertex Pharmaceuticals"}),
    ("Vestio raised €178m. Existing shareholders including Bpifrance, Eurazeo and funds managed by Fidelity "
     "International also re-invested.", {"Bpifrance", "Eurazeo", "Fidelity International"}),
])
def test_backers_named_among_the_investors_or_before_managed_funds(nlp, text, backers):
    company = text.split()[0]
    assert {(b, "invested_in", company) for b in backers} <= _facts(nlp, text)


def test_a_lead_told_in_a_clause_of_its_own(nlp):
    facts = _facts(nlp, "Tallinn drone maker Orvane has raised $300 million in new funding. Dunmore Capital leads; "
                        "Fellwick Partners co-leads. Earlier backers Northrow and Veldt Capital put in more.")
    assert {("Dunmore Capital", "led_round", "Orvane"), ("Fellwick Partners", "led_round", "Orvane")} <= facts
    assert not any(r == "led_round" for _s, r, _o in _facts(nlp, "In payments, Stripe leads; Adyen follows."))


def test_a_sentence_opening_conjunction_is_no_name(nlp):
    reader = _reader(nlp, "Orvane raised $1.2bn. Despite US-led financing from Dunmore Capital, Orvane remains mostly "
                          "European-owned.")
    assert not any(n.startswith("Despite") for c in reader.by_id.values() for n in c.names)
    assert "Orvane" in {c.name for c in reader.by_id.values()}


def test_a_short_name_that_ends_a_longer_one_is_that_company(nlp):
    text = ("Lianhe Care Clinics and a survey firm published a ranking called 'Care Clinics Index' in March. Last year "
            "Care Clinics opened 300 sites. Zhou Min, chairman and CEO of Care Clinics, said it would hire more "
            "physicians.")
    reader = _reader(nlp, text)
    names = next(c.names for c in reader.by_id.values() if "Lianhe Care Clinics" in c.names)
    assert "Care Clinics" in names
    assert ("Zhou Min", "executive_of", "Lianhe Care Clinics") in _facts(nlp, text)


@pytest.mark.parametrize("text, backers", [
    ("Lumora raised $12 million in Series A funding. All investors from the prior round – Shoreline Capital, Lifeline "
     "Ventures and the Berkeley Seed Fund – joined the financing.",
     {"Shoreline Capital", "Lifeline Ventures", "Berkeley Seed Fund"}),
    ("Lumora raised $12 million in Series A funding. Lumora raised a $24-million Series B round in 2018, with Sequoia "
     "Capital and SoftBank on its cap table.", {"Sequoia Capital", "SoftBank"}),
    ("Nordic digital lender Lumora Bank has taken in $90 million from Telia and Klarna, a filing shows.",
     {"Telia", "Klarna"}),
    ("Lumora raised $22 million in a round led by Kestrel Partners, supported by Oakvale, Brightmoor Fund, Cedar "
     "Capital, and returning backers.", {"Oakvale", "Brightmoor Fund", "Cedar Capital"}),
])
def test_backers_in_asides_cap_tables_and_lists_ending_in_others(nlp, text, backers):
    facts = _facts(nlp, text)
    company = "Lumora Bank" if "Lumora Bank" in text else "Lumora"
    assert {(b, "invested_in", company) for b in backers} <= facts


@pytest.mark.parametrize("text", [
    "Lumora raised $25 million from Greyrock Partners. With the money, Lumora adds two board members -- Dana Sze and "
    "Josh Elm -- who are general partners at Greyrock Partners.",
    "Lumora raised $25 million from Greyrock Partners. Dana Sze and Josh Elm, both partners at Greyrock Partners, "
    "will join its board.",
])
def test_two_people_with_one_plural_title(nlp, text):
    assert {("Dana Sze", "executive_of", "Greyrock Partners"), ("Josh Elm", "executive_of", "Greyrock Partners")} \
        <= _facts(nlp, text)


def test_a_plural_title_needs_its_separator(nlp):
    facts = _facts(nlp, "Orvane raised $5 million. Mark Ellison partners with Google on the new app.")
    assert ("Mark Ellison", "executive_of", "Google") not in facts


@pytest.mark.parametrize("text, parent", [
    ("Volterra raised $8.5 million in new funding. This follows a $2m seed round in 2019 from its parent, "
     "Nasdaq-listed bike maker Kestrel Cycles Limited.", "Kestrel Cycles Limited"),
    ("Volterra raised $8.5 million in new funding. Volterra said its parent company Kestrel Holdings would fund "
     "the expansion.", "Kestrel Holdings"),
])
def test_its_parent(nlp, text, parent):
    facts = _facts(nlp, text)
    assert ("Volterra", "subsidiary_of", parent) in facts
    assert not any(o == "Nasdaq" for _s, _r, o in facts)


def test_its_parent_is_not_what_the_parent_bought(nlp):
    facts = _facts(nlp, "Volterra raised $8.5 million in new funding. Volterra said its parent company bought Kestrel "
                        "Holdings last year.")
    assert ("Volterra", "subsidiary_of", "Kestrel Holdings") not in facts


def test_told_in_a_roundup_line_about_expansion(nlp):
    facts = _facts(nlp, "Ghanaian payments startup Tivora, a Kora Capital portfolio company which runs bank APIs, has "
                        "expanded to Kenya. Car marketplace Mototrek has moved into Francophone Africa after acquiring "
                        "Sokolink, a listings site.")
    assert {("Kora Capital", "invested_in", "Tivora"), ("Mototrek", "acquired", "Sokolink")} <= facts
    assert not any("Francophone Africa" in (s, o) for s, r, o in facts if r != "headquartered_in")


@pytest.mark.parametrize("text", [
    "Klinika Group signed a RM80 million five-year strategic partnership with Orvane Imaging to renew its scanners.",
    "Medivo and Tanjo announced a US$120 million joint venture to sell health insurance online.",
])
def test_a_partnership_or_a_joint_venture_is_no_round(nlp, text):
    facts = _facts(nlp, text)
    assert not any(r == "raised" for _s, r, _o in facts)
    assert any(r in ("partner_of", "merged_with") for _s, r, _o in facts) or "joint venture" in text


def test_an_outlet_whose_report_is_cited_takes_no_part(nlp):
    facts = _facts(nlp, "Medivo has raised a new round at a lower valuation. A Kinetrack report citing filings said that "
                        "Medivo raised the round at a 50% haircut. It last raised $55 million in its Series D round.")
    assert not any("Kinetrack" in (s, o) for s, _r, o in facts)
    assert ("Medivo", "raised", (55e6, "USD")) in facts


def test_a_company_quoted_or_reported_on_is_no_outlet(nlp):
    facts = _facts(nlp, "Acme raised $5 million from Sequoia. According to Acme, the money will fund hiring.")
    assert {("Acme", "raised", (5e6, "USD")), ("Sequoia", "invested_in", "Acme")} <= facts
    facts = _facts(nlp, "A Goldman Sachs report said robotics funding doubled. Goldman Sachs led the $40 million round "
                        "in Orvane.")
    assert ("Goldman Sachs", "led_round", "Orvane") in facts


def test_money_owed_to_lenders_is_no_round(nlp):
    facts = _facts(nlp, "Acme said it still owed lenders about $20 million after the sale.")
    assert not any(r == "raised" for _s, r, _o in facts)


@pytest.mark.parametrize("text, fact", [
    ("Cargomind is hiring. Indian startups raised $585 million this week. Other large deals included furniture "
     "startup Roomcraft, which raised USD 40 million in its Series C round, and Cargomind, which secured USD 35 million "
     "led by Iron Pillar.", ("Iron Pillar", "led_round", "Cargomind")),
])
def test_each_relative_clause_of_a_roundup_keeps_its_own_round(nlp, text, fact):
    facts = _facts(nlp, text)
    assert {fact, ("Roomcraft", "raised", (40e6, "USD")), ("Cargomind", "raised", (35e6, "USD"))} <= facts
    assert ("Iron Pillar", "led_round", "Roomcraft") not in facts


@pytest.mark.parametrize("before, past_employer", [
    ("He is a former ", True),
    ("She was previously a director at ", True),
    ("They are ex-", True),
    ("One of our former writers used ", False),
])
def test_what_names_a_past_employer(before, past_employer):
    from graph.extraction import _WORKED_AT

    assert bool(_WORKED_AT.search(before)) is past_employer


def test_the_bidder_that_outbid_a_rival_takes_control(nlp):
    facts = _facts(nlp, "In a sealed-bid contest that ended on Friday, Halden Networks Corp outbid rival Marrow Media Inc "
                        "to take control of cable operator Tellix for $12 billion.")
    assert ("Halden Networks Corp", "acquired", "Tellix") in facts
    assert ("Marrow Media Inc", "acquired", "Tellix") not in facts


@pytest.mark.parametrize("text, acquired", [
    ("A consortium led by Stonebridge Partners agreed to take Brightwater Data private for $11 billion.", True),
    ("Stonebridge Partners is in talks to take Brightwater Data private.", False),
    ("Stonebridge Partners failed to take Brightwater Data private last year.", False),
])
def test_taking_a_company_private_acquires_it(nlp, text, acquired):
    assert (("Stonebridge Partners", "acquired", "Brightwater Data") in _facts(nlp, text)) is acquired


def test_a_role_someone_had_held_is_no_current_role(nlp):
    facts = _facts(nlp, "Orvane raised $20 million. Hwang Min, who had been head of the Data Center and a professor at "
                        "Seoul University, said the money will fund hiring.")
    assert not any(r == "executive_of" for _s, r, _o in facts)


def test_a_name_joined_by_an_ampersand_after_initials(nlp):
    facts = _facts(nlp, "Orvane raised $600 million led by Dunmore Capital. Existing backers including Accel, "
                        "KLT & Rowan Partners and HAT Growth & Impact Fund also took part.")
    assert {("KLT & Rowan Partners", "invested_in", "Orvane"), ("HAT Growth & Impact Fund", "invested_in", "Orvane")} \
        <= facts


def test_another_investor_named_in_an_aside(nlp):
    facts = _facts(nlp, "Medvia raised $394 million in a round led by Hillhouse. Medvia's chat service is much like "
                        "the messaging app of another investor, Tencent, a rival said.")
    assert ("Tencent", "invested_in", "Medvia") in facts
    facts = _facts(nlp, "Medvia raised $50 million. Rival Beta Corp said its largest shareholder, SoftBank, would sell.")
    assert ("SoftBank", "invested_in", "Medvia") not in facts



def test_an_amount_in_m_ends_its_sentence(nlp):
    reader = _reader(nlp, "Lumora raised $50m. The round was led by Accel. Kestrel took in €800k. Index joined it.")
    assert [s.text for s in reader.sentences] == ["Lumora raised $50m.", "The round was led by Accel.",
                                                   "Kestrel took in €800k.", "Index joined it."]


def test_the_investors_in_a_companys_round_include(nlp):
    facts = _facts(nlp, "Lumora raised $50m from SoftBank. Besides SoftBank, the new backers to chip in for Lumora's "
                        "Series B include Atomico, Bessemer Ventures and Eurazeo.")
    assert {(b, "invested_in", "Lumora") for b in ("Atomico", "Bessemer Ventures", "Eurazeo")} <= facts


def test_the_company_in_a_roundup_item_is_the_items_company(nlp):
    """'The company' after a sentence that names only backers is the company the item is about, not the
    article's first company; so is the 'its' of 'who is its chief executive'."""
    text = ("Weekly deals.\n\nOrvia Health raised $5 million from Harrow Capital. The company makes clinic software.\n\n"
            "Kelvo Farms closed a $3 million seed round led by Tamsin Ventures. Pell Fund also invested. The company "
            "was founded in 2021 by Dana Whitlow, who is its chief executive.")
    facts = _facts(nlp, text)
    assert ("Kelvo Farms", "founded_by", "Dana Whitlow") in facts
    assert ("Dana Whitlow", "executive_of", "Kelvo Farms") in facts
    assert ("Dana Whitlow", "executive_of", "Orvia Health") not in facts


def test_capitals_in_brackets_after_a_plain_word_are_names_not_tickers(nlp):
    facts = _facts(nlp, "Tessel Labs has raised $40 million from two sovereign funds (GIC, ADIA) and Fenwick Partners.")
    assert ("GIC", "invested_in", "Tessel Labs") in facts


@pytest.mark.parametrize("text", [
    "KKR, TPG — two buyout firms — agreed to buy Birch Labs for $2 billion in cash.",
    "GIC (Singapore) – the sovereign fund – led the round in Birch Labs this week, it said.",
])
def test_names_that_open_a_story_are_no_dateline(text):
    assert [p for _, p in split_body(text).paragraphs] == [text]


def test_the_german_company_is_the_one_called_german(nlp):
    """'the German company' is the company called German (or 'Germany’s') before, not the Chinese buyer
    the previous sentence named."""
    text = ("Kelvo Chemical announced it will buy Germany's Harlow Maschinen for 925 million euros. Kelvo Chemical "
            "set up a consortium with Orrin Capital and Tamsin Partners to buy the German company from its owner, "
            "buyout fund Pell Equity.")
    facts = _facts(nlp, text)
    assert ("Orrin Capital", "acquired", "Harlow Maschinen") in facts
    assert ("Orrin Capital", "acquired", "Kelvo Chemical") not in facts


def test_a_bulleted_list_run_into_one_line_is_read_item_by_item():
    text = ("Deals - Orrin Capital closed its second fund at $400 million; - Vessa Bio raised $20 million from Kelvo "
            "Pharma; - Tarnow Medical closed a $17 million Series A.")
    paragraphs = [p for _, p in split_body(text).paragraphs]
    assert paragraphs == ["Deals - Orrin Capital closed its second fund at $400 million;",
                          "Vessa Bio raised $20 million from Kelvo Pharma;", "Tarnow Medical closed a $17 million Series A."]
    assert all(text[at:at + len(p)] == p for at, p in split_body(text).paragraphs)  # offsets into the article


def test_one_semicolon_and_dash_leaves_the_line_whole():
    text = "Vessa Bio raised $20 million; - a record for the city."
    assert [p for _, p in split_body(text).paragraphs] == [text]


def test_a_sentence_after_a_legal_suffix_with_a_full_stop_is_a_sentence_of_its_own(nlp):
    reader = _reader(nlp, "The round was led by Kelvo Brain Corporation, with participation from Tarnow Partners JP, "
                          "L.L.C. This brings the total raised by Vessa Bio to ¥1.2B.")
    assert [s.text for s in reader.sentences][-1] == "This brings the total raised by Vessa Bio to ¥1.2B."


@pytest.mark.parametrize("text, backers", [
    ("Vessa Bio closed a $4 million seed round. Orrin Capital led it. Other backers that joined include Pell Fund "
     "and Harrow Partners, with a contribution from accelerator Kelvo Labs.", ("Pell Fund", "Harrow Partners", "Kelvo Labs")),
    ("Vessa Bio said it raised $30 million. Tamsin Bank, which is among its shareholders, confirmed the figure.",
     ("Tamsin Bank",)),
    ("In 2019 Vessa Bio closed a $9 million Series A led by Orrin Capital and featuring Pell Fund and Harrow Partners.",
     ("Pell Fund", "Harrow Partners")),
])
def test_more_ways_to_name_a_rounds_backers(nlp, text, backers):
    facts = _facts(nlp, text)
    assert {(b, "invested_in", "Vessa Bio") for b in backers} <= facts


def test_a_holder_acquiring_stakes_in_various_ventures_backs_each(nlp):
    facts = _facts(nlp, "Kelvo Group will put $8 million into Vessa Bio. Kelvo Group, with its units, has lately been "
                        "buying stakes in several ventures, including Orvia Health and Tarnow Medical.")
    assert {("Kelvo Group", "invested_in", c) for c in ("Orvia Health", "Tarnow Medical")} <= facts
    assert ("Orvia Health", "invested_in", "Kelvo Group") not in facts


def test_a_unit_named_after_its_owner_without_a_possessive(nlp):
    facts = _facts(nlp, "Vessa Bio raised $15 million from Tamsin Bank unit Tamsin Digital, Orrin Capital and Pell Fund.")
    assert ("Tamsin Digital", "subsidiary_of", "Tamsin Bank") in facts
    assert ("Tamsin Digital", "invested_in", "Vessa Bio") in facts
    assert ("Tamsin Bank", "invested_in", "Vessa Bio") not in facts


def test_people_who_co_founded_another_company_with_the_ceo_did_not_found_the_story_company(nlp):
    facts = _facts(nlp, "Tarnow Robotics raised $40 million. Dana Whitlow, who is CEO of Tarnow, worked at Kelvo before "
                        "leaving and co-founding Orvia in early 2016, along with Lee Marsh, Ana Pereira and Tom Hale.")
    assert {("Orvia", "founded_by", p) for p in ("Dana Whitlow", "Lee Marsh", "Ana Pereira", "Tom Hale")} <= facts
    assert not {f for f in facts if f[0] == "Tarnow Robotics" and f[1] == "founded_by"}
    assert ("Lee Marsh", "executive_of", "Tarnow Robotics") not in facts


def test_a_round_with_the_support_of_backers(nlp):
    [ex] = extract([Article("case", "Vessa Bio wrapped up a $20 million funding round with the support of "
                                    "Leeds-based Orrin Capital and Pell Fund.")], nlp=nlp)
    sure = {f.subject for f in ex.facts if f.relation == "invested_in" and f.confidence >= 0.6}
    assert {"Orrin Capital", "Pell Fund"} <= sure  # a pattern's reading, not the scorer's guess


def test_a_person_backing_a_company_with_a_hyphen(nlp):
    facts = _facts(nlp, "Dana Whitlow-backed food startup Vessa Foods raised $35 million in a Series B round.")
    assert ("Dana Whitlow", "invested_in", "Vessa Foods") in facts


def test_a_word_the_ner_missed_in_a_list_of_backers(nlp):
    facts = _facts(nlp, "Meanwhile, Nextrans, Orrin Capital, Pell Fund and Harrow Partners put $9 million into Vessa Bio "
                        "in a seed round.")
    assert ("Nextrans", "invested_in", "Vessa Bio") in facts


def test_an_award_is_no_company(nlp):
    names = _names(nlp, "Lee Marsh and Tom Hale, who shared the 2011 Harlow Award for Applied Organic Chemistry for "
                        "a catalyst, co-founded Vessa Bio.")
    assert names == {"Lee Marsh", "Tom Hale", "Vessa Bio"}


@pytest.mark.parametrize("text, present, absent", [
    ('"We are thrilled," said Dana Whitlow, Senior Partner, Orrin Capital.',
     ("Dana Whitlow", "executive_of", "Orrin Capital"), ("Dana Whitlow", "executive_of", "Senior Partner")),
    ("Vessa Bio raised $5 million in a round led by 2048 Ventures Partners and Pell Capital.",
     ("2048 Ventures Partners", "led_round", "Vessa Bio"), ("Ventures Partners", "led_round", "Vessa Bio")),
    ("King's Lynn-based Orvia Labs raised $5 million from Pell Fund.",
     ("Orvia Labs", "headquartered_in", "King's Lynn"), ("Orvia Labs", "headquartered_in", "Lynn")),
    ("Kelvo Health won the Tarnow Prize for Innovation and Pell Fund invested $10 million in the startup.",
     ("Pell Fund", "invested_in", "Kelvo Health"), ("Tarnow Prize", "invested_in", "Kelvo Health")),
    ("Kelvo agreed to buy the Orvia unit Tarnow Group spun off in 2019.",
     ("Kelvo", "acquired", "Orvia"), ("Tarnow Group", "subsidiary_of", "Orvia")),
])
def test_what_the_new_name_and_unit_readings_leave_alone(nlp, text, present, absent):
    facts = _facts(nlp, text)
    assert present in facts
    assert absent not in facts


@pytest.mark.parametrize("text, fact", [
    ("Vessa Pay has partnered with Harrow Bank, Bank of Tamsin’s BOT Card Services and Pell Credit.",
     ("BOT Card Services", "subsidiary_of", "Bank of Tamsin")),
    ("Backers SBCVC and Kelvo Merchants Bank’s KMB International Limited put more money into Vessa Bio.",
     ("KMB International Limited", "subsidiary_of", "Kelvo Merchants Bank")),
    ("Kelvo Group’s Kelvo Health unit raised $5 million.", ("Kelvo Health", "subsidiary_of", "Kelvo Group")),
])
def test_a_unit_named_after_its_possessive_owner(nlp, text, fact):
    assert fact in _facts(nlp, text)



@pytest.mark.parametrize("text, company", [
    ("Networking company Orvia announced today that it is acquiring Tarnow, a cloud startup, for $300 million. Tarnow "
     "emerged in 2020 with a $40 million investment from Pell Fund and Harrow Partners.", "Tarnow"),
    ("Networking company Orvia announced today that it is acquiring Kelvo, a cloud startup, for $300 million. Kelvo "
     "was founded in 2018 with $3 million in seed funding from Pell Fund and Harrow Partners.", "Kelvo"),
])
def test_the_round_a_company_emerged_or_was_founded_with_is_its_own(nlp, text, company):
    facts = _facts(nlp, text)
    assert {(b, "invested_in", company) for b in ("Pell Fund", "Harrow Partners")} <= facts
    assert not {f for f in facts if f[1] == "invested_in" and f[2] == "Orvia"}


@pytest.mark.parametrize("text, backers", [
    ("Vessa Bio closed a $12 million Series A. Three Boston firms — Orrin Capital, Talbot Ventures and Pell Fund — "
     "invested the capital.", {"Orrin Capital", "Talbot Ventures", "Pell Fund"}),
    ("Vessa Bio closed a $12 million Series A. Orrin Capital and Talbot Ventures poured money into the new round.",
     {"Orrin Capital", "Talbot Ventures"}),
    ("Vessa Bio added Orrin Capital and Talbot Ventures to its Series A financing, which now totals $15 million.",
     {"Orrin Capital", "Talbot Ventures"}),
    ("Vessa Bio closed a $12 million Series A. Two angels took part, as did Orrin Capital, Talbot Ventures and "
     "Pell Fund.", {"Orrin Capital", "Talbot Ventures", "Pell Fund"}),
    ("Vessa Bio raised $4 million in 2019. It was joined by Orrin Capital in a $10 million Series B in 2021.",
     {"Orrin Capital"}),
    ("Vessa Bio’s $4 million raise, led by Pell Fund, had participation from investors to include Orrin Capital "
     "and Talbot Ventures.", {"Orrin Capital", "Talbot Ventures"}),
])
def test_backers_named_before_or_after_a_plain_verb_of_taking_part(nlp, text, backers):
    facts = _facts(nlp, text)
    assert {(b, "invested_in", "Vessa Bio") for b in backers} <= facts


def test_a_lead_investor_supported_by_others(nlp):
    facts = _facts(nlp, "Vessa Bio closed a $12 million Series A. Orrin Fund took the lead role in the round, "
                        "supported by Pell Fund and Talbot Ventures.")
    assert ("Orrin Fund", "led_round", "Vessa Bio") in facts
    assert {("Pell Fund", "invested_in", "Vessa Bio"), ("Talbot Ventures", "invested_in", "Vessa Bio")} <= facts
    assert ("Pell Fund", "invested_in", "Orrin Fund") not in facts


def test_a_country_is_no_short_name_of_a_fund_named_after_it(nlp):
    text = ("Vessa, a lending platform, closed a $20 million round, the largest in China’s lending industry. "
            "The round was led by China Growth Fund (CGF) and Orrin Bank.")
    facts = _facts(nlp, text)
    assert ("Vessa", "raised", (20e6, "USD")) in facts
    assert ("China Growth Fund", "led_round", "Vessa") in facts


@pytest.mark.parametrize("text", [
    "Kelvo Group has raised $2.5 billion for its delivery subsidiary, valuing Kelvo Logistics at $10 billion. "
    "The round was led by Orrin Capital.",
    "Kelvo Group said it has raised $2.5 billion in a round for its subsidiary Kelvo Logistics led by Orrin Capital.",
])
def test_money_raised_for_a_unit_is_the_units_round(nlp, text):
    facts = _facts(nlp, text)
    assert ("Kelvo Logistics", "raised", (2.5e9, "USD")) in facts
    assert ("Orrin Capital", "led_round", "Kelvo Logistics") in facts
    assert ("Kelvo Group", "raised", (2.5e9, "USD")) not in facts


def test_a_name_the_ner_split_at_of_is_read_whole_where_it_was_read_whole_elsewhere(nlp):
    text = ("Boots of Amber co-founder Lia Fenn said the money would help. The web retailer Boots of Amber has "
            "landed $5.5 million. Orrin Ventures led the round once the Boots of Amber team reached out.")
    names = _names(nlp, text)
    assert "Boots of Amber" in names
    assert not names & {"Boots", "Amber", "Boots of Amber team"}


def test_a_company_of_a_city_in_a_trade_roundup(nlp):
    facts = _facts(nlp, "Vessa Pharma Inc., of Palo Alto, reported a $38 million series B round. "
                        "Kelvo Therapeutics Inc., of Emeryville, Calif., closed a $20 million round.")
    assert {("Vessa Pharma Inc.", "headquartered_in", "Palo Alto"),
            ("Kelvo Therapeutics Inc.", "headquartered_in", "Emeryville")} <= facts


def test_an_investor_joining_a_syndicate_is_no_raiser(nlp):
    text = ("Milan-based Vessa Bio closed its Series A financing. The Harrow Venture Fund joins an international "
            "syndicate following the round’s first close of 24 million euros, co-led by Brill Partners. "
            "Rounding out the syndicate is Pell Fund. Also participating in the round were Orrin Capital "
            "and Talbot Ventures.")
    facts = _facts(nlp, text)
    assert ("Vessa Bio", "raised", (24e6, "EUR")) in facts
    assert {(b, "invested_in", "Vessa Bio") for b in ("Harrow Venture Fund", "Pell Fund", "Orrin Capital",
                                                      "Talbot Ventures")} <= facts
    assert ("Brill Partners", "led_round", "Vessa Bio") in facts
    assert not {f for f in facts if f[0] == "Harrow Venture Fund" and f[1] == "raised"}


def test_a_list_between_dashes_backs_the_round_but_not_a_name_in_an_aside(nlp):
    facts = _facts(nlp, "Vessa Bio raised $5 million. Three firms — Orrin Capital, Talbot Ventures and Pell Fund — "
                        "invested the capital.")
    assert {(b, "invested_in", "Vessa Bio") for b in ("Orrin Capital", "Talbot Ventures", "Pell Fund")} <= facts
    facts = _facts(nlp, "Vessa Bio raised $5 million. Orrin Fund is leading the round, and its existing investors — "
                        "they include Pell Capital and Alon Cohen, co-founder of Kelvo — are participating.")
    assert ("Kelvo", "invested_in", "Vessa Bio") not in facts


@pytest.mark.parametrize("text, fact", [
    ("Nanjing-based Vessa was set up in 2012 by parent company Kelvo Holdings.",
     ("Vessa", "subsidiary_of", "Kelvo Holdings")),
    ("Tarnow, now a fully owned affiliate of listed device maker Orvia Medical, sold a 20% stake to Pell Fund.",
     ("Tarnow", "subsidiary_of", "Orvia Medical")),
])
def test_more_ways_to_name_a_parent(nlp, text, fact):
    facts = _facts(nlp, text)
    assert fact in facts
    assert not {f for f in facts if f[1] == "founded_by"}


def test_a_portfolio_that_includes_companies_such_as(nlp):
    facts = _facts(nlp, "Vessa joins Orrin’s fast-growing health portfolio in China, which now spans companies like "
                        "online clinic Kelvo, data firm Tarnow, and Pell Labs.")
    assert {("Orrin", "invested_in", c) for c in ("Kelvo", "Tarnow", "Pell Labs")} <= facts


def test_a_semicolon_list_of_backers_with_asides(nlp):
    text = ("Vessa Bio landed $140 million in a Series C round. Orrin Capital, a firm affiliated to Kelvo Bank; "
            "investment firm Tarnow Partners; and Pell Growth, a buyout arm of broker Pell Securities "
            "also took part in the financing. Further backers included fund manager Brisk Group; Marlo Fund, a "
            "unit of Marlo Securities; and Tessin Capital, a firm that backs clinics.")
    facts = _facts(nlp, text)
    backers = ("Orrin Capital", "Tarnow Partners", "Pell Growth", "Brisk Group", "Marlo Fund", "Tessin Capital")
    assert {(b, "invested_in", "Vessa Bio") for b in backers} <= facts
    assert ("Pell Securities", "invested_in", "Vessa Bio") not in facts


def test_a_source_of_figures_is_no_backer(nlp):
    facts = _facts(nlp, "The sector raised $1.4 billion in 2023, according to data from Orrin Data and Kelvo Partners.")
    assert not {f for f in facts if f[1] == "invested_in"}


def test_a_plain_word_after_a_name_is_cut_but_an_organization_word_stays(nlp):
    names = _names(nlp, "Vessa raised $36 million from Gree ventures, the venture arm of Gree, after the Kelvo Labs "
                        "team got in touch.")
    assert {"Gree ventures", "Kelvo Labs"} <= names
    assert "Kelvo Labs team" not in names


def test_a_fund_managers_name_is_no_short_name_of_its_fund(nlp):
    text = ("Vessa raised $20 million from the Orrin Partners Communications Infrastructure Fund. “Payments are key,” "
            "Dana Whitlow, CEO of Orrin Partners, said in a statement.")
    facts = _facts(nlp, text)
    assert ("Dana Whitlow", "executive_of", "Orrin Partners") in facts
    assert ("Orrin Partners Communications Infrastructure Fund", "invested_in", "Vessa") in facts


def test_a_firm_led_by_a_person_described_by_a_former_employer(nlp):
    facts = _facts(nlp, "Vessa raised $20 million. Talbot Ventures, a seed-stage (VC) investor run by former Kelvo "
                        "China boss Lin Bao, joined the round.")
    assert ("Lin Bao", "executive_of", "Talbot Ventures") in facts
    assert ("Lin Bao", "executive_of", "Kelvo") not in facts


def test_an_investor_described_as_an_early_investor_in_others(nlp):
    facts = _facts(nlp, "Vessa closed a $207 million round. Its backer list already includes investors like Orrin "
                        "Global, an early investor in Kelvo and Tarnow, Pell Finance, and Brisk VC.")
    assert {("Orrin Global", "invested_in", "Kelvo"), ("Orrin Global", "invested_in", "Tarnow")} <= facts
    assert {(b, "invested_in", "Vessa") for b in ("Orrin Global", "Pell Finance", "Brisk VC")} <= facts
    assert ("Kelvo", "invested_in", "Vessa") not in facts


def test_a_round_that_included_companies_such_as(nlp):
    facts = _facts(nlp, "Kelvo Group has raised $2.5 billion for its subsidiary Kelvo Logistics. The funding was "
                        "led by Orrin Capital and also drew state-owned firms such as Brisk Group, Marlo Life "
                        "and Tessin Capital.")
    assert {(b, "invested_in", "Kelvo Logistics") for b in ("Brisk Group", "Marlo Life", "Tessin Capital")} <= facts


def test_new_investors_alongside_the_lead_include_people_described_by_their_companies(nlp):
    facts = _facts(nlp, "Vessa raised $5.5 million led by Orrin Ventures. New investors alongside Orrin Ventures "
                        "include Kelvo Labs co-founder Andy Dunn, and Brisk Labs co-founder Heidi Zak.")
    assert {("Andy Dunn", "invested_in", "Vessa"), ("Heidi Zak", "invested_in", "Vessa")} <= facts
    assert ("Kelvo Labs", "invested_in", "Vessa") not in facts


def test_group_before_a_title_is_the_companys_name(nlp):
    facts = _facts(nlp, "Kelvo Group Chairman Park Min Ho told reporters the group must grow in new fields.")
    assert ("Park Min Ho", "executive_of", "Kelvo Group") in facts
    assert ("Ann Lee", "executive_of", "Kelvo") in _facts(nlp, "Kelvo group CEO Ann Lee said the firm would invest.")


def test_the_company_is_not_a_name_from_a_relative_clause_about_its_founders(nlp):
    text = ("Orvia Bio launched with $20 million. The round was led by Pell Ventures. Ann Lee, and Bo Chen, who shared "
            "the 2011 Harlow Prize for work that produced the leukemia drug Kinavex, co-founded the company "
            "with Dan Roe.")
    facts = _facts(nlp, text)
    assert {("Orvia Bio", "founded_by", p) for p in ("Ann Lee", "Bo Chen", "Dan Roe")} <= facts
    assert not {f for f in facts if f[0] == "Kinavex"}


@pytest.mark.parametrize("text, absent", [
    ("Kelvo Group secured $40 million from Pell Capital and announced a new CEO for its cloud unit, Kelvo Cloud.",
     ("Kelvo Cloud", "raised", (40e6, "USD"))),
    ("Kelvo Group closed a $60 million round led by Pell Capital and completed the paperwork for its unit Kelvo Cloud.",
     ("Pell Capital", "led_round", "Kelvo Cloud")),
    ("Kelvo Group will keep a 30% stake, while Brill Partners will acquire its unit Kelvo Cloud for $200 million.",
     ("Kelvo Cloud", "subsidiary_of", "Brill Partners")),
    ("Vessa Bio raised $10 million from Pell Capital. Kelvo Telecom joined a consortium bidding for the national "
     "5G licence.", ("Kelvo Telecom", "invested_in", "Vessa Bio")),
    ("Orvia raised $5 million and attracted companies such as Kelvo Foods and Brill Retail as customers.",
     ("Kelvo Foods", "invested_in", "Orvia")),
    ("Vessa Bio raised $12 million from Pell Capital. Two of its pilot customers – Kelvo Foods and Brill Retail – "
     "provided early feedback on the product.", ("Kelvo Foods", "invested_in", "Vessa Bio")),
    ("Orvia Lending raised $30 million. Orvia Lending added Kelvo Bank to its network of financing partners, which "
     "now includes 12 banks.", ("Kelvo Bank", "invested_in", "Orvia Lending")),
    ("Orvia raised $20 million from Pell Capital. In 2022 Kelvo Capital took the lead in fintech investment in "
     "Nigeria, according to Brill Data.", ("Kelvo Capital", "led_round", "Orvia")),
])
def test_what_the_new_backer_and_unit_readings_leave_alone(nlp, text, absent):
    assert absent not in _facts(nlp, text)


@pytest.mark.parametrize("text, present", [
    ("Kelvo Group, which raised $100 million in March, secured a banking licence for its subsidiary Kelvo Bank.",
     ("Kelvo Group", "raised", (100e6, "USD"))),
    ("Kelvo Group has raised $300 million for its venture arm to back startups like Orvia and Brill.",
     ("Kelvo Group", "raised", (300e6, "USD"))),
    ("Orvia Energy joined an industry consortium and raised $12 million in a Series A led by Pell Capital.",
     ("Orvia Energy", "raised", (12e6, "USD"))),
    ("Vessa raised $28 million. Orrin Ventures also put money in, while Kelvo took part through its "
     "machine-learning investment vehicle, Tarnow Ventures.", ("Tarnow Ventures", "subsidiary_of", "Kelvo")),
])
def test_a_parents_own_raise_and_a_unit_it_invests_through(nlp, text, present):
    assert present in _facts(nlp, text)


def test_a_long_time_supporter_is_now_joined_by_new_backers(nlp):
    text = ("Vessa, a maker of tools for bookkeepers, landed $5 million in a Series A. Kelvo founder Adrian "
            "Marco has been a backer as well, and is now joined by Orrin Equities, Black Ram and Right Click Capital. "
            "Pell Partners has long been an investor in Tarnow.")
    facts = _facts(nlp, text)
    assert {(b, "invested_in", "Vessa") for b in ("Adrian Marco", "Orrin Equities", "Black Ram",
                                                  "Right Click Capital")} <= facts
    assert ("Pell Partners", "invested_in", "Tarnow") in facts
    assert ("Pell Partners", "invested_in", "Vessa") not in facts


@pytest.mark.parametrize("text, facts_expected", [
    ("Gradora, Kelvo’s AI venture fund, headed the round alongside Orrin Ventures.",
     {("Gradora", "subsidiary_of", "Kelvo")}),
    ("Tubo Holdings of India and Ambari Plantations Pvt Ltd, group firms of Marlo Group, are buying the stake.",
     {("Tubo Holdings of India", "subsidiary_of", "Marlo Group"),
      ("Ambari Plantations Pvt Ltd", "subsidiary_of", "Marlo Group")}),
    ("Runhe Asset Partners, an investment platform of Xiangda Securities, also joined.",
     {("Runhe Asset Partners", "subsidiary_of", "Xiangda Securities")}),
])
def test_units_named_as_a_fund_a_platform_or_group_firms(nlp, text, facts_expected):
    assert facts_expected <= _facts(nlp, text)


def test_the_investor_that_closed_out_the_round_is_no_raiser(nlp):
    text = ("Orvia Bio closed a $20 million Series C round. The company was founded in 2007. Investors include Alta "
            "Partners, Delmar Associates and Kesk Capital, the last backer to come in, which closed out the round.")
    facts = _facts(nlp, text)
    assert {(b, "invested_in", "Orvia Bio") for b in ("Alta Partners", "Delmar Associates", "Kesk Capital")} <= facts
