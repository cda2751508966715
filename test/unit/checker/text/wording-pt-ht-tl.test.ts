import { describe, expect, test } from 'vitest';
import { anyOf } from '../../../../shared/checker/checks/text/compile';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import { runTextRule, textRule, type WordedRuleId } from './run-rule';

/**
 * The indicator wording for Portuguese, Haitian Creole and Tagalog (rules/text/wording/pt.json,
 * ht.json, tl.json), run through the engine. For each language and rule: sentences a school would
 * write that must be tagged, and look-alikes that must not be (a holiday closure for 2.1.6, a PTA
 * named in passing for 5.2.3, a payment portal for 2.1.3, a report of an absence for 2.1.5). Every
 * sentence is our own, written for these tests.
 */

type Language = 'pt' | 'ht' | 'tl';

/** By rule: sentences that must be tagged, then look-alikes that must not be. */
type Sentences = Record<WordedRuleId, { tagged: string[]; notTagged: string[] }>;

const PORTUGUESE: Sentences = {
  'crisis-communication': {
    tagged: [
      'Devido à tempestade de neve, todas as escolas do distrito estarão fechadas amanhã, quinta-feira.',
      'Na próxima terça-feira faremos um simulado de evacuação com todos os alunos.',
      'Por favor, atualizem os contatos de emergência do seu filho no portal da escola.',
      'As aulas foram canceladas hoje por causa da queda de energia no prédio.',
    ],
    notTagged: [
      'A escola estará fechada na segunda-feira, dia 7 de outubro, por ser feriado.',
      'Não haverá aulas na sexta-feira devido ao dia de formação dos professores.',
      'O time de futebol venceu o campeonato regional no sábado.',
      'A doação de alimentos é uma emergência para muitas famílias neste inverno.',
    ],
  },
  'invites-follow-up': {
    tagged: [
      'Se tiverem alguma dúvida, não hesitem em entrar em contato conosco.',
      'Em caso de dúvidas, liguem para a secretaria da escola pelo telefone 555-201-4433.',
      'Estamos à disposição para esclarecer qualquer questão.',
      'Entre em contato com a professora por e-mail se quiser conversar sobre o progresso do seu filho.',
    ],
    notTagged: [
      'Se o seu filho faltar, avise a secretaria até as 9h.',
      'Se o seu filho estiver passando por dificuldades emocionais, a orientadora educacional da nossa escola pode oferecer apoio a ele e à família.',
      'A secretaria fica aberta das 7h30 às 16h.',
    ],
  },
  'parent-organization': {
    tagged: [
      'A próxima reunião da PTA será na terça-feira, às 19h, na biblioteca.',
      'Junte-se à Associação de Pais e Mestres e ajude a fazer a diferença na nossa escola.',
      'As eleições da nova diretoria da APM acontecerão no dia 15 de março.',
      'A PTA convida todos os pais para a assembleia geral anual.',
    ],
    notTagged: [
      'Graças à PTA, os alunos ganharam novos livros para a biblioteca.',
      'A festa junina terá barracas de comida e brincadeiras para toda a família.',
      'Agradecemos à PTA pelo lanche oferecido aos professores.',
    ],
  },
  'invites-contributions': {
    tagged: [
      'Precisamos de pais voluntários para ajudar na feira do livro.',
      'Se puderem, doem alimentos não perecíveis para a nossa campanha de arrecadação.',
      'Inscreva-se como voluntário para o dia de campo pelo formulário em anexo.',
      'A campanha do agasalho vai até o dia 30 de junho.',
    ],
    notTagged: [
      'Agradecemos a todos os voluntários que ajudaram na feira do livro.',
      'A biblioteca é organizada por voluntários da comunidade.',
      'O almoço será servido às 11h30 no refeitório.',
    ],
  },
  'parent-teacher-conversations': {
    tagged: [
      'As reuniões de pais e professores acontecerão nos dias 14 e 15 de novembro.',
      'Para agendar um horário com a professora, ligue para a secretaria.',
      'A reunião de pais do 3º ano será na quinta-feira, às 18h, na sala 12.',
      'Venha conhecer a professora do seu filho na noite de volta às aulas.',
    ],
    notTagged: [
      'A reunião de professores será na segunda-feira e não haverá aula à tarde.',
      'A reunião da PTA será na terça-feira na biblioteca.',
      'A reunião de pais e professores foi cancelada por causa da neve.',
    ],
  },
  'points-to-other-channels': {
    tagged: [
      'Mais informações estão disponíveis no site da escola.',
      'Sigam-nos no Facebook e no Instagram para ver as novidades.',
      'Fiquem atentos ao e-mail desta semana com os detalhes da excursão.',
      'Baixe o aplicativo ParentSquare para receber os avisos da escola.',
    ],
    notTagged: [
      'Pague a taxa da excursão pelo portal dos pais até sexta-feira.',
      'O cardápio do almoço desta semana inclui arroz, feijão e frango.',
      'Os alunos pesquisaram sobre os planetas na aula de ciências.',
    ],
  },
  'sets-communication-expectations': {
    tagged: [
      'Vocês receberão uma mensagem de texto se a escola fechar por causa do mau tempo.',
      'Enviamos um boletim informativo por e-mail toda sexta-feira.',
      'Informaremos as famílias o mais rápido possível.',
      'Responderemos aos e-mails em até 48 horas.',
    ],
    notTagged: [
      'Você receberá um e-mail de confirmação após a inscrição.',
      'Toda sexta-feira os alunos recebem frutas no lanche.',
      'Obrigado pela participação de todos na festa.',
    ],
  },
  'learning-at-home': {
    tagged: [
      'Leia com o seu filho pelo menos 20 minutos por dia.',
      'Ajude seu filho com a lição de casa, mas deixe que ele faça sozinho.',
      'Pergunte ao seu filho o que ele aprendeu na escola hoje.',
      'Pratiquem a tabuada em casa durante as férias.',
    ],
    notTagged: [
      'Se seu filho estiver com febre, mantenha-o em casa.',
      'A professora vai ler uma história com as crianças na biblioteca.',
      'A lição de casa será entregue na sexta-feira.',
    ],
  },
  'gathers-family-input': {
    tagged: [
      'Por favor, respondam à pesquisa de satisfação até o dia 20 de maio.',
      'Sua opinião é muito importante para nós.',
      'Queremos ouvir as suas sugestões para melhorar o recreio.',
      'Preencham o questionário para as famílias no link abaixo.',
    ],
    notTagged: [
      'Os alunos do 5º ano apresentaram um trabalho de pesquisa sobre o Brasil.',
      'A reunião começará às 18h no auditório.',
      'Peça ao seu filho que compartilhe suas ideias com a turma.',
    ],
  },
  'basic-needs-resources': {
    tagged: [
      'Todos os alunos podem receber café da manhã e almoço gratuitos na escola.',
      'O banco de alimentos da nossa escola está aberto todas as sextas-feiras para as famílias que precisarem.',
      'Haverá vacinação gratuita contra a gripe na escola no dia 12.',
      'Se a sua família precisar de roupas de inverno, entre em contato com a assistente social.',
    ],
    notTagged: [
      'Por favor, tragam alimentos não perecíveis para o banco de alimentos da escola até sexta-feira.',
      'Neste ano, o preço do almoço na cantina passou a ser de três dólares por dia.',
      'A aula de ciências estudou a alimentação saudável.',
    ],
  },
};

const HAITIAN_CREOLE: Sentences = {
  'crisis-communication': {
    tagged: [
      'Akòz tanpèt nèj la, tout lekòl yo ap fèmen demen.',
      'Lekòl la ap fè yon egzèsis evakyasyon mèkredi pwochen ak tout timoun yo.',
      'Tanpri mete enfòmasyon kontak ijans pitit ou a ajou nan biwo lekòl la.',
      'Lekòl la ap lage bonè jodi a akòz gwo lapli ak inondasyon nan zòn nan.',
    ],
    notTagged: [
      'Lekòl la ap fèmen lendi pwochen pou jou ferye a.',
      'Pa gen lekòl vandredi paske se yon jounen fòmasyon pou pwofesè yo.',
      'Ekip foutbòl lekòl nou an te genyen match la samdi a, e nou fyè anpil de yo.',
    ],
  },
  'invites-follow-up': {
    tagged: [
      'Si nou gen nenpòt kesyon, pa ezite kontakte nou.',
      'Si ou gen kesyon, tanpri rele biwo lekòl la nan 555-201-4433.',
      'Nou toujou disponib pou reponn kesyon nou yo sou pitit nou.',
      'Pa ezite rele pwofesè pitit ou a si ou gen yon enkyetid.',
    ],
    notTagged: [
      'Si pitit ou ap absan, tanpri rele biwo a anvan 9è nan maten.',
      'Si pitit ou bezwen sipò emosyonèl, konseye lekòl la ka ede li.',
      'Biwo lekòl la ouvri pou tout paran yo depi 7è30 nan maten rive 4è nan apremidi.',
    ],
  },
  'parent-organization': {
    tagged: [
      'Pwochen reyinyon PTA a ap fèt madi 12 mas a 6è nan aswè, e nou envite tout paran yo.',
      'Tout paran yo envite pou vin manm asosyasyon paran yo.',
      'Eleksyon pou nouvo komite PTA a ap fèt nan reyinyon jeneral la.',
    ],
    notTagged: [
      'Mèsi anpil a PTA a pou liv li te bay bibliyotèk la.',
      'Fèt fen ane a ap gen manje ak mizik pou tout fanmi yo.',
      'Gras a PTA a, timoun yo te resevwa nouvo liv pou klas la.',
    ],
  },
  'invites-contributions': {
    tagged: [
      'Nou bezwen volontè pou ede nan fwa liv la.',
      'Si ou ka ede, tanpri enskri kòm volontè nan biwo a.',
      'Lekòl la ap fè yon kolekt manje pou fanmi ki nan bezwen yo.',
      'Tanpri bay yon don pou ede nou achte nouvo liv pou bibliyotèk la.',
    ],
    notTagged: [
      'Mèsi a tout volontè ki te ede nou nan fèt la.',
      'Yo ap sèvi manje midi a pou timoun yo a 11è30 nan kafeterya lekòl la.',
      'Bibliyotèk lekòl nou an jere pa volontè nan kominote a ki renmen timoun yo anpil.',
    ],
  },
  'parent-teacher-conversations': {
    tagged: [
      'Konferans paran ak pwofesè yo ap fèt 14 ak 15 novanm.',
      'Pou pran randevou ak pwofesè pitit ou, tanpri rele biwo a.',
      'Vin rankontre pwofesè pitit ou pandan swa lekòl ouvè a.',
    ],
    notTagged: [
      'Reyinyon pwofesè yo ap fèt lendi apremidi, kidonk timoun yo ap lage bonè.',
      'Konferans paran ak pwofesè yo anile akòz move tan an.',
      'Reyinyon PTA a ap fèt nan bibliyotèk lekòl la.',
    ],
  },
  'points-to-other-channels': {
    tagged: [
      'Pou plis enfòmasyon, tanpri vizite sit entènèt lekòl la.',
      'Swiv nou sou Facebook pou tout nouvèl lekòl la.',
      'Tanpri tcheke imel ou chak jou pou nouvo mesaj nou yo.',
      'Ou ka jwenn kalandriye lekòl la ak tout dat enpòtan yo sou sit entènèt distrik la.',
    ],
    notTagged: [
      'Tanpri peye frè ekskisyon an sou pòtay paran an anvan vandredi.',
      'Timoun yo pral vizite mize a nan mwa avril.',
      'Meni manje midi semèn sa a gen diri ak pwa.',
    ],
  },
  'sets-communication-expectations': {
    tagged: [
      'N ap voye yon mesaj tèks bay tout paran yo si lekòl la fèmen.',
      'Ou pral resevwa yon imel chak vandredi ak nouvèl klas la.',
      'Nou pral fè nou konnen pi vit posib.',
      'Chak semèn nou voye yon bilten bay tout fanmi yo.',
    ],
    notTagged: [
      'Ou pral resevwa yon imel konfimasyon apre ou fin enskri pitit ou nan pwogram nan.',
      'Chak vandredi timoun yo resevwa yon fwi pou goute.',
      'Mèsi pou patisipasyon nou nan fèt la.',
    ],
  },
  'learning-at-home': {
    tagged: [
      'Li ak pitit ou pou omwen 20 minit chak jou.',
      'Ede pitit ou ak devwa li chak swa.',
      'Mande pitit ou sa li te aprann lekòl la jodi a.',
      'Pratike tab miltiplikasyon yo lakay avèk pitit ou.',
    ],
    notTagged: [
      'Si pitit ou malad, tanpri kite l lakay.',
      'Pwofesè a ap li yon istwa pou timoun yo nan bibliyotèk la.',
      'Timoun yo dwe remèt devwa yo bay pwofesè a chak vandredi nan klas la.',
    ],
  },
  'gathers-family-input': {
    tagged: [
      'Tanpri reponn sondaj sa a pou paran yo anvan 20 me.',
      'Opinyon ou enpòtan anpil pou nou.',
      'Nou ta renmen tande sijesyon nou pou amelyore kantin lan.',
      'Tanpri ranpli kesyonè paran an anvan fen semèn nan.',
    ],
    notTagged: [
      'Timoun yo te ekri yon istwa sou fanmi yo.',
      'Reyinyon an ap kòmanse a 6è nan oditoryòm lekòl la.',
    ],
  },
  'basic-needs-resources': {
    tagged: [
      'Tout elèv yo ka jwenn dejene ak manje midi gratis nan lekòl la.',
      'Bank manje lekòl la ouvri chak vandredi pou fanmi ki bezwen.',
      'Ap gen vaksinasyon gratis kont grip la nan lekòl la.',
      'Si fanmi ou bezwen rad pou sezon fredi a, kontakte travayè sosyal lekòl la.',
    ],
    notTagged: [
      'Tanpri pote manje nan bwat pou bank manje a anvan vandredi.',
      'Manje midi a nan lekòl la koute 3 dola pa jou pou chak timoun.',
      'Klas syans lan te etidye bon nitrisyon ak manje ki bon pou sante.',
    ],
  },
};

const TAGALOG: Sentences = {
  'crisis-communication': {
    tagged: [
      'Walang pasok bukas sa lahat ng paaralan dahil sa bagyo.',
      'Magkakaroon tayo ng earthquake drill sa Biyernes ng umaga.',
      'Siguraduhing napapanahon ang impormasyon ng emergency contact ng inyong anak.',
      'Sarado ang paaralan ngayong araw dahil sa pagbaha sa mga kalsada.',
    ],
    notTagged: [
      'Walang pasok sa Lunes dahil sa holiday.',
      'Walang pasok sa Biyernes dahil sa in-service training ng mga guro.',
      'Nanalo ang koponan ng basketball ng paaralan noong Sabado.',
    ],
  },
  'invites-follow-up': {
    tagged: [
      'Kung mayroon kayong mga tanong, huwag mag-atubiling makipag-ugnayan sa amin.',
      'Para sa anumang katanungan, tumawag po sa opisina ng paaralan sa 555-201-4433.',
      'Narito kami upang tumulong at sagutin ang inyong mga tanong.',
      'Kung may alalahanin kayo tungkol sa inyong anak, kausapin ang guro.',
    ],
    notTagged: [
      'Kung liliban ang inyong anak, tumawag sa opisina bago mag-alas-9 ng umaga.',
      'Ang opisina ng paaralan ay bukas mula alas-7:30 ng umaga hanggang alas-4 ng hapon.',
      'Kung ang inyong anak ay nangangailangan ng suporta, maaaring makipag-ugnayan sa counselor ng paaralan.',
    ],
  },
  'parent-organization': {
    tagged: [
      'Ang susunod na pulong ng PTA ay gaganapin sa Martes, ika-12 ng Marso.',
      'Inaanyayahan namin ang lahat ng magulang na sumali sa samahan ng mga magulang at guro.',
      'Magkakaroon ng halalan ng mga bagong opisyal ng PTA sa susunod na buwan.',
    ],
    notTagged: [
      'Salamat sa PTA para sa mga bagong aklat sa silid-aklatan.',
      'Ang palaro ay para sa lahat ng pamilya ng paaralan.',
      'Dahil sa PTA, may bagong kagamitan ang palaruan ng paaralan.',
    ],
  },
  'invites-contributions': {
    tagged: [
      'Kailangan namin ng mga boluntaryo para sa book fair.',
      'Kung nais ninyong tumulong, mag-sign up bilang boluntaryo sa opisina.',
      'Tumatanggap kami ng donasyon ng mga libro at school supplies.',
      'Magkakaroon ng food drive ang paaralan ngayong Nobyembre.',
    ],
    notTagged: [
      'Maraming salamat sa lahat ng boluntaryo na tumulong sa book fair.',
      'Ang tanghalian ay ihahain sa alas-11:30 sa kantina ng paaralan.',
      'Ang mga mag-aaral ay tumulong sa paglilinis ng kanilang silid-aralan.',
    ],
  },
  'parent-teacher-conversations': {
    tagged: [
      'Ang parent-teacher conference ay gaganapin sa Nobyembre 14 at 15.',
      'Maaari kayong mag-iskedyul ng pulong kasama ang guro ng inyong anak.',
      'Inaanyayahan ang mga magulang sa pamamahagi ng report card sa Sabado.',
      'Kausapin po ang guro ng inyong anak tungkol sa kanyang pag-unlad.',
    ],
    notTagged: [
      'Ang pulong ng mga guro ay sa Lunes ng hapon.',
      'Kinansela ang parent-teacher conference na nakatakda sana sa Huwebes dahil sa malakas na bagyo sa ating lugar.',
      'Ang pulong ng PTA ay gaganapin sa silid-aklatan.',
    ],
  },
  'points-to-other-channels': {
    tagged: [
      'Para sa karagdagang impormasyon, bisitahin ang website ng paaralan.',
      'Sundan kami sa Facebook para sa mga balita ng paaralan.',
      'Makikita ang kalendaryo ng paaralan sa aming website.',
      'Abangan ang email mula sa guro ngayong linggo.',
    ],
    notTagged: [
      'Magbayad po kayo ng bayad para sa field trip sa parent portal ng paaralan bago sumapit ang Biyernes, ika-15 ng Marso.',
      'Bibisita ang mga mag-aaral sa museo sa Abril.',
      'Ang menu ng tanghalian ngayong linggo ay may kanin at manok.',
    ],
  },
  'sets-communication-expectations': {
    tagged: [
      'Magpapadala kami ng text message sa lahat ng magulang kung magsasara ang paaralan.',
      'Makakatanggap kayo ng email tuwing Biyernes tungkol sa mga gawain sa klase.',
      'Ipapaalam namin sa inyo sa lalong madaling panahon.',
      'Ang lingguhang newsletter ay ipinapadala tuwing Lunes.',
    ],
    notTagged: [
      'Makakatanggap kayo ng email ng kumpirmasyon pagkatapos magparehistro.',
      'Tuwing Biyernes, ang mga mag-aaral ay may libreng prutas.',
      'Salamat sa pagdalo ninyo sa programa.',
    ],
  },
  'learning-at-home': {
    tagged: [
      'Magbasa kasama ang inyong anak nang hindi bababa sa 20 minuto araw-araw.',
      'Tulungan ang inyong anak sa kanyang takdang-aralin tuwing gabi.',
      'Tanungin ang inyong anak kung ano ang natutunan niya sa paaralan ngayong araw.',
      'Magsanay ng multiplication table sa bahay kasama ang inyong anak.',
    ],
    notTagged: [
      'Kung may lagnat ang inyong anak, manatili siya sa bahay.',
      'Ang guro ay magbabasa ng kuwento sa mga mag-aaral sa silid-aklatan.',
      'Ang takdang-aralin ay ipapasa tuwing Biyernes.',
    ],
  },
  'gathers-family-input': {
    tagged: [
      'Pakisagutan po ang survey para sa mga magulang bago ang Mayo 20.',
      'Ang inyong opinyon ay mahalaga sa amin.',
      'Gusto naming marinig ang inyong mga mungkahi para sa paaralan.',
      'Ibahagi ang inyong mga ideya sa kahon ng mungkahi sa opisina.',
    ],
    notTagged: [
      'Ang mga mag-aaral ay sumulat ng kuwento tungkol sa kanilang pamilya.',
      'Hikayatin ang inyong anak na ibahagi ang kanyang mga ideya sa klase.',
    ],
  },
  'basic-needs-resources': {
    tagged: [
      'Lahat ng mag-aaral ay maaaring makakuha ng libreng almusal at tanghalian.',
      'Bukas ang food pantry ng paaralan tuwing Biyernes para sa mga pamilya.',
      'Magkakaroon ng libreng bakuna laban sa trangkaso sa paaralan.',
      'Kung kailangan ninyo ng tulong sa pagkain, tumawag sa opisina ng paaralan.',
    ],
    notTagged: [
      'Magdala ng de-latang pagkain para sa food drive ng paaralan.',
      'Ang tanghalian ay nagkakahalaga ng $3.50 bawat araw.',
      'Mag-donate ng pagkain para sa food bank bago ang Biyernes.',
    ],
  },
};

const SENTENCES: [Language, string, Sentences][] = [
  ['pt', 'Portuguese', PORTUGUESE],
  ['ht', 'Haitian Creole', HAITIAN_CREOLE],
  ['tl', 'Tagalog', TAGALOG],
];

/** The language's own wording for the rule, as the engine compiles it. */
function wordingOf(ruleId: WordedRuleId, language: Language): RegExp {
  const patterns = textRule(ruleId).patterns?.[language] ?? [];
  expect(patterns.length).toBeGreaterThan(0);
  return anyOf(patterns);
}

describe.each(SENTENCES)('%s (%s) indicator wording', (language, _name, byRule) => {
  describe.each(Object.keys(byRule) as WordedRuleId[])('%s', (ruleId) => {
    const { tagged, notTagged } = byRule[ruleId];

    test.each(tagged)('tagged: %s', (sentence) => {
      // The language's own patterns are what read the sentence (not another language's).
      expect(wordingOf(ruleId, language).test(sentence.toLowerCase())).toBe(true);
      const { hits } = runTextRule(ruleId, sentence, { language });
      expect(hits).toHaveLength(1);
      expect(hits[0]?.quote).toBe(sentence);
    });

    test.each(notTagged)('not tagged: %s', (sentence) => {
      wordingOf(ruleId, language);
      const { hits } = runTextRule(ruleId, sentence, { language });
      expect(hits.map((h) => h.quote)).toEqual([]);
    });
  });
});

/** A whole notice in each language, with the indicators it evidences and the rules that tag them. */
const NOTICES: [Language, string, string[], WordedRuleId[]][] = [
  [
    'pt',
    [
      'Prezadas famílias,',
      '',
      'Esperamos que todos tenham tido um ótimo fim de semana. As reuniões de pais e professores acontecerão nos dias 14 e 15 de novembro, e cada família poderá agendar um horário com a professora do seu filho.',
      '',
      'Precisamos de pais voluntários para ajudar na feira do livro, que começa no dia 20 de novembro. O cardápio do almoço e o calendário de novembro estão disponíveis no site da escola.',
      '',
      'Se tiverem alguma dúvida, não hesitem em entrar em contato conosco pelo telefone 555-201-4433.',
      '',
      'Atenciosamente,',
      'A Direção',
    ].join('\n'),
    ['1.1.5', '2.1.3', '2.1.5', '2.2.2'],
    [
      'invites-contributions',
      'invites-follow-up',
      'parent-teacher-conversations',
      'points-to-other-channels',
    ],
  ],
  [
    'ht',
    [
      'Chè paran yo,',
      '',
      'Nou espere tout fanmi yo te pase yon bon fen semèn. Akòz tanpèt nèj la, tout lekòl yo ap fèmen demen, jedi 12 desanm. N ap voye yon mesaj tèks bay tout paran yo si lekòl la rete fèmen vandredi tou.',
      '',
      'Pou plis enfòmasyon sou tanpèt la ak orè lekòl la, tanpri vizite sit entènèt distrik la. Pandan jou sa yo lakay, li ak pitit ou pou omwen 20 minit chak jou.',
      '',
      'Si nou gen nenpòt kesyon, pa ezite kontakte biwo lekòl la nan 555-201-4433.',
      '',
      'Mèsi anpil,',
      'Direksyon lekòl la',
    ].join('\n'),
    ['2.1.3', '2.1.5', '2.1.6', '2.2.1', '3.2.3'],
    [
      'crisis-communication',
      'invites-follow-up',
      'learning-at-home',
      'points-to-other-channels',
      'sets-communication-expectations',
    ],
  ],
  [
    'tl',
    [
      'Mahal na mga magulang,',
      '',
      'Ang susunod na pulong ng PTA ay gaganapin sa Martes, ika-12 ng Marso, alas-6 ng gabi sa silid-aklatan ng paaralan. Inaanyayahan namin ang lahat ng magulang na sumali sa samahan ng mga magulang at guro ngayong taon.',
      '',
      'Pakisagutan po ang maikling survey para sa mga magulang bago ang Marso 20, dahil mahalaga ang inyong opinyon sa amin. Makakatanggap kayo ng email tuwing Biyernes tungkol sa mga gawain at balita ng paaralan.',
      '',
      'Kung mayroon kayong mga tanong, huwag mag-atubiling makipag-ugnayan sa amin sa 555-201-4433.',
      '',
      'Salamat po,',
      'Ang Punong-guro',
    ].join('\n'),
    ['2.1.4', '2.1.5', '2.2.1', '5.2.3'],
    [
      'gathers-family-input',
      'invites-follow-up',
      'parent-organization',
      'sets-communication-expectations',
    ],
  ],
];

const OWN_RULES = new Set<string>(Object.keys(PORTUGUESE));

describe('whole notices in Portuguese, Haitian Creole and Tagalog', () => {
  test.each(NOTICES)(
    '%s: the notice is read in its language and tagged',
    (language, text, indicators, rules) => {
      const report = checkDocument(extractFromText(text));
      expect(report.languages.primary).toBe(language);
      expect([...new Set(report.tags.map((t) => t.indicatorId))].sort()).toEqual(indicators);
      const ownRules = report.tags.map((t) => t.ruleId).filter((id) => OWN_RULES.has(id));
      expect([...new Set(ownRules)].sort()).toEqual(rules);
    },
  );
});
