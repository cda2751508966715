/**
 * School notices in many languages for the language-detection tests. All written for these tests
 * (none is copied from elsewhere): each says the kind of thing a school or PTA sends home.
 */

/**
 * Languages franc-min knows that are not among the default district languages. One-sentence
 * blocks are included where they are told apart. A one-line Turkish notice is (its dotless ı and ş
 * confirm franc's first choice, though French or Tagalog score close); a one-line Italian notice is
 * not (franc leaves Spanish at 0.92, and its function words are too few: see SHORT_OUTSIDE_LIST).
 */
export const OUTSIDE_DEFAULT_LIST: ReadonlyArray<[code: string, text: string]> = [
  [
    'de',
    'Liebe Eltern, am Freitag findet unser Schulfest auf dem Sportplatz statt. Die Kinder führen ein kleines Theaterstück auf, und der Förderverein verkauft Kuchen und Getränke. Wir freuen uns über jede Hilfe beim Aufbau am Donnerstagnachmittag.',
  ],
  [
    'de',
    'Bitte geben Sie die unterschriebene Einverständniserklärung bis Mittwoch bei der Klassenlehrerin ab.',
  ],
  [
    'it',
    'Cari genitori, venerdì prossimo la scuola organizza una festa di fine anno nel cortile. I bambini canteranno alcune canzoni e ci sarà una merenda per tutti. Vi chiediamo di portare un dolce fatto in casa, se potete.',
  ],
  [
    'it',
    'Vi ricordiamo che le iscrizioni alla mensa scolastica si chiudono il quindici settembre.',
  ],
  [
    'nl',
    'Beste ouders, volgende week vrijdag is er een sportdag voor alle groepen. De kinderen moeten gymschoenen en een drinkfles meenemen. We zoeken nog ouders die willen helpen bij de spelletjes op het schoolplein.',
  ],
  [
    'nl',
    'Vergeet niet het toestemmingsformulier voor de schoolreis uiterlijk woensdag in te leveren.',
  ],
  [
    'pl',
    'Drodzy rodzice, w piątek odbędzie się szkolny festyn na boisku. Dzieci przygotowały krótkie przedstawienie, a rada rodziców będzie sprzedawać ciasta i napoje. Prosimy o pomoc przy rozstawianiu stołów w czwartek po południu.',
  ],
  ['pl', 'Przypominamy, że zebranie z wychowawcą odbędzie się we wtorek o godzinie osiemnastej.'],
  [
    'tr',
    'Sevgili veliler, cuma günü okul bahçesinde yıl sonu şenliği yapılacaktır. Öğrencilerimiz kısa bir gösteri hazırladı ve okul aile birliği kek ve içecek satacaktır. Masaların kurulmasında yardım etmek isteyen velilerimizi bekliyoruz.',
  ],
  [
    'ja',
    '保護者の皆様へ。来週の金曜日に校庭で運動会を行います。お子さんには体操服と水筒を持たせてください。雨の場合は体育館で行いますので、ご了承ください。',
  ],
  // More kanji than kana: Han is the main script, which franc-min gives to Chinese.
  ['ja', '面談の希望日を水曜日までに担任の先生にお知らせください。'],
  ['ja', '本校体育館改修工事期間中、部活動練習場所変更予定。詳細後日連絡します。'],
];

/**
 * One-sentence notices (40-149 letters) in languages outside the default list, which franc-min
 * names first but with a listed language too close behind to trust alone: their own letters
 * (Turkish ı ğ ş, German ß and umlauts, Polish ł ą ę, Czech ř ě ů, Hungarian ő ű, Swedish å) or
 * function words confirm it. Before that check each was read as French, Somali, Spanish, Tagalog,
 * Portuguese or English.
 */
export const SHORT_OUTSIDE_LIST: ReadonlyArray<[code: string, text: string]> = [
  [
    'tr',
    "Veli toplantısı 12 Mart Salı günü saat 18.00'de okulun konferans salonunda yapılacaktır.",
  ],
  ['tr', "Okul servisi yarın sabah saat 7.30'da kapının önünden kalkacaktır, lütfen geç kalmayın."],
  ['de', 'Der Elternabend für die Klassen 3 und 4 findet am Dienstag um 19 Uhr in der Aula statt.'],
  ['pl', 'Zebranie z rodzicami odbędzie się w czwartek o godzinie 17:00 w sali numer 12.'],
  ['pl', 'Prosimy o zwrot podpisanej zgody na wycieczkę do piątku.'],
  ['nl', 'De ouderavond voor groep 5 is op dinsdag om 19.00 uur in het speellokaal van de school.'],
  ['cs', 'Třídní schůzky se budou konat ve čtvrtek od 17 hodin v učebně číslo 12.'],
  ['hu', 'A szülői értekezlet csütörtökön 17 órakor lesz az iskola tornatermében.'],
  ['sv', 'Föräldramötet för årskurs 3 hålls på torsdag klockan 18 i skolans matsal.'],
];

/**
 * Short lines in listed languages with names and words from outside ones (a Turkish or German
 * surname, "bilingüe", a Dutch book title): they keep their listed language.
 */
export const SHORT_LISTED_WITH_FOREIGN_WORDS: ReadonlyArray<[code: string, text: string]> = [
  ['en', 'Please welcome our new counselor, Mr. Yıldız, and our art teacher, Ms. Müller.'],
  [
    'en',
    'Congratulations to Zoë Kowalczyk, Łukasz Nowak and Ayşe Öztürk, our spelling bee winners!',
  ],
  ['en', 'Thank you to Mrs. Schröder and Mr. Gößling for chaperoning the trip to Düsseldorf.'],
  ['en', 'Mrs. Van der Berg will read "Het boek van de week" with the Dutch club on Friday.'],
  [
    'en',
    'Der, die, das: our German club meets on Tuesdays after school in room 12 with Herr Becker.',
  ],
  [
    'en',
    'Schüler of the month: Gül Şahin, for her poster on the water cycle and her great attitude.',
  ],
  [
    'es',
    'El programa bilingüe de la escuela ofrece clases de inglés y español para toda la familia.',
  ],
  ['es', 'La señora Müller y el señor Yılmaz visitarán la clase de ciencias el próximo jueves.'],
  ['fr', "Les élèves de CM2 présenteront leur exposé sur l'Allemagne et la Pologne jeudi."],
];

/** Texts in the default district languages, each with the language it must keep being read as. */
export const IN_DEFAULT_LIST: ReadonlyArray<[code: string, text: string]> = [
  [
    'en',
    'Dear families, our spring concert is on Thursday evening in the gym. Students should arrive by six o’clock wearing dark pants and a white shirt. Tickets are free, and younger brothers and sisters are welcome.',
  ],
  ['en', 'Please return the signed field trip form to your child’s teacher by Friday.'],
  [
    'en',
    'Our Noche de Familia is on Friday at six. Come for tamales, music and games, and meet the teachers. Everyone is welcome, and you can bring a friend. ¡Bienvenidos a todos!',
  ],
  [
    'en',
    'The PTA will serve pan dulce and café con leche at the welcome breakfast on Monday morning before school starts.',
  ],
  [
    'es',
    'Estimadas familias, el concierto de primavera será el jueves por la noche en el gimnasio. Los estudiantes deben llegar a las seis con pantalón oscuro y camisa blanca. La entrada es gratuita y los hermanos menores son bienvenidos.',
  ],
  [
    'es',
    'Por favor devuelvan el permiso firmado para la excursión a la maestra antes del viernes.',
  ],
  [
    'pt',
    'Queridas famílias, o concerto de primavera será na quinta-feira à noite no ginásio. Os alunos devem chegar às seis horas com calça escura e camisa branca. A entrada é gratuita e os irmãos mais novos são bem-vindos.',
  ],
  ['pt', 'Por favor, devolvam a autorização assinada para o passeio à professora até sexta-feira.'],
  [
    'fr',
    'Chères familles, le concert de printemps aura lieu jeudi soir au gymnase. Les élèves doivent arriver à dix-huit heures avec un pantalon foncé et une chemise blanche. L’entrée est gratuite et les petits frères et sœurs sont les bienvenus.',
  ],
  ['fr', 'Merci de rendre l’autorisation de sortie signée à l’enseignante avant vendredi.'],
  [
    'vi',
    'Kính gửi quý phụ huynh, buổi hòa nhạc mùa xuân sẽ diễn ra vào tối thứ Năm tại phòng thể dục. Học sinh cần có mặt lúc sáu giờ, mặc quần sẫm màu và áo sơ mi trắng. Vé vào cửa miễn phí.',
  ],
  [
    'so',
    'Waalidiinta qaaliga ah, riwaayadda gu’ga waxay dhici doontaa fiidka Khamiista ee hoolka ciyaaraha. Ardaydu waa inay yimaadaan saacadda lixaad iyagoo xiran surwaal madow iyo shaati cad.',
  ],
  [
    'tl',
    'Mahal na mga magulang, ang konsiyerto ng tagsibol ay gaganapin sa Huwebes ng gabi sa gym. Dapat dumating ang mga mag-aaral nang alas-sais na nakasuot ng madilim na pantalon at puting kamiseta.',
  ],
  [
    'ht',
    'Chè paran yo, konsè prentan an ap fèt jedi swa nan jimnazyòm lekòl la. Elèv yo dwe rive a sizè, yo dwe mete pantalon nwa ak chemiz blan. Antre a gratis e ti frè ak ti sè yo byenvini.',
  ],
  [
    'zh',
    '亲爱的家长们，春季音乐会将于星期四晚上在体育馆举行。请学生六点前到场，穿深色裤子和白色衬衫。门票免费，欢迎弟弟妹妹一起来。',
  ],
  [
    'ar',
    'أولياء الأمور الأعزاء، سيقام حفل الربيع الموسيقي مساء يوم الخميس في صالة الألعاب الرياضية. يجب أن يصل الطلاب في الساعة السادسة مرتدين سراويل داكنة وقمصانا بيضاء.',
  ],
  [
    'ru',
    'Уважаемые родители, весенний концерт состоится в четверг вечером в спортивном зале. Ученики должны прийти к шести часам в тёмных брюках и белой рубашке. Вход свободный.',
  ],
  ['ru', 'Пожалуйста, верните подписанное разрешение на экскурсию учителю до пятницы.'],
  [
    'ko',
    '학부모님께, 봄 음악회가 목요일 저녁 체육관에서 열립니다. 학생들은 여섯 시까지 어두운 바지와 흰 셔츠를 입고 와야 합니다. 입장은 무료입니다.',
  ],
];
