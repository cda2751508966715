import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';

/**
 * A phone number or e-mail address is found in any language; the 2.1.5 tag also needs the words
 * that say it is there for questions or help. Before those words were listed for the district's
 * other default languages, an Arabic, Chinese or Somali notice that invited questions was reported
 * as missing 2.1.5, with a suggestion to add a contact it already gave. Each sentence is our own:
 * one that invites follow-up, and one that only states the number, in each language.
 */
const invitesFollowUp: [string, string][] = [
  [
    'ar',
    'أولياء الأمور الأعزاء، إذا كانت لديكم أسئلة، يرجى الاتصال بالمكتب على الرقم 555-201-4433.',
  ],
  ['zh', '亲爱的家长：如果您有任何问题，请致电学校办公室 555-201-4433。'],
  [
    'vi',
    'Kính gửi quý phụ huynh, nếu quý vị có thắc mắc, xin gọi văn phòng trường theo số 555-201-4433.',
  ],
  ['so', "Waalidiinta qaaliga ah, haddii aad qabtaan su'aalo, fadlan wac xafiiska 555-201-4433."],
  ['ru', 'Уважаемые родители! Если у вас есть вопросы, звоните в школу по телефону 555-201-4433.'],
  ['ko', '학부모님께, 질문이 있으시면 학교 사무실 555-201-4433으로 연락해 주십시오.'],
  [
    'pt',
    'Queridas famílias, se tiverem dúvidas, liguem para a secretaria da escola pelo telefone 555-201-4433.',
  ],
  ['ht', 'Chè fanmi yo, si nou gen kesyon, tanpri rele biwo lekòl la nan 555-201-4433.'],
  [
    'tl',
    'Mahal na mga magulang, kung mayroon kayong tanong, tumawag po sa opisina ng paaralan sa 555-201-4433.',
  ],
];

const onlyStatesTheNumber: [string, string][] = [
  ['ar', 'رقم هاتف المدرسة الجديد هو 555-201-4433 ابتداءً من هذا الأسبوع.'],
  ['zh', '从本周起，学校的新电话号码是 555-201-4433。'],
  ['vi', 'Từ tuần này, số điện thoại mới của trường là 555-201-4433.'],
  ['so', 'Laga bilaabo toddobaadkan, lambarka taleefanka cusub ee dugsiga waa 555-201-4433.'],
  ['ru', 'С этой недели новый номер телефона школы: 555-201-4433.'],
  ['ko', '이번 주부터 학교의 새 전화번호는 555-201-4433입니다.'],
  ['pt', 'A partir desta semana, o novo número de telefone da escola é 555-201-4433.'],
  ['ht', 'Apati semèn sa a, nouvo nimewo telefòn lekòl la se 555-201-4433.'],
  ['tl', 'Simula ngayong linggo, ang bagong numero ng telepono ng paaralan ay 555-201-4433.'],
];

/** Help elsewhere (a food bank's number) is 6.2.2 or 4.1.4, not the school enabling follow-up. */
const outsideOrganisation: [string, string][] = [
  [
    'ar',
    'للمساعدة في الحصول على الطعام، اتصلوا بمركز المساعدة الغذائية في المدينة على الرقم 555-201-4433.',
  ],
  ['zh', '如需食物援助，请致电市食物银行 555-201-4433。'],
  [
    'vi',
    'Nếu cần hỗ trợ thực phẩm, xin gọi ngân hàng thực phẩm của thành phố theo số 555-201-4433.',
  ],
  [
    'so',
    'Haddii aad u baahan tihiin caawimaad cunto, fadlan wac bangiga cuntada magaalada 555-201-4433.',
  ],
  [
    'ru',
    'Если вам нужна помощь с продуктами, звоните в городской продовольственный банк по телефону 555-201-4433.',
  ],
  ['ko', '식품 지원이 필요하시면 시 푸드뱅크 555-201-4433으로 연락해 주십시오.'],
  [
    'pt',
    'Se precisarem de ajuda com alimentos, liguem para o banco de alimentos da cidade pelo telefone 555-201-4433.',
  ],
  ['ht', 'Si nou bezwen èd pou manje, rele bank manje vil la nan 555-201-4433.'],
  [
    'tl',
    'Kung kailangan ninyo ng tulong sa pagkain, tumawag sa sentro ng pagkain ng lungsod sa 555-201-4433.',
  ],
];

/** A number to call when a child is absent asks families to report, not to follow up. */
const reportsAnAbsence: [string, string][] = [
  ['ar', 'إذا كان طفلكم غائباً، يرجى الاتصال بالمكتب على الرقم 555-201-4433 للإبلاغ عن الغياب.'],
  ['zh', '如果您的孩子缺席，请致电学校办公室 555-201-4433 请假。'],
  ['vi', 'Nếu con quý vị vắng mặt, xin gọi văn phòng trường theo số 555-201-4433.'],
  ['so', 'Haddii ilmahaagu maqan yahay, fadlan wac xafiiska 555-201-4433.'],
  ['ru', 'Если ваш ребёнок отсутствует, звоните в школу по телефону 555-201-4433.'],
  ['ko', '자녀가 결석하는 경우 학교 사무실 555-201-4433으로 연락해 주십시오.'],
  ['pt', 'Se o seu filho vai faltar, ligue para a secretaria pelo telefone 555-201-4433.'],
  ['ht', 'Si pitit ou a absan, tanpri rele biwo lekòl la nan 555-201-4433.'],
  ['tl', 'Kung liliban ang inyong anak, tumawag po sa opisina ng paaralan sa 555-201-4433.'],
];

/**
 * Words of one language met in another: all languages' words are tested on every sentence, so a
 * word must not be an ordinary word or name elsewhere ("abrigo" is a Spanish coat, "ligue" a French
 * league, "Waco" a Texas town) or a mere mention of absence.
 */
const notMisreadAcrossLanguages: [string, string, boolean][] = [
  ['en', 'Waco ISD Transportation: 254-555-0100.', false],
  ['en', 'Wear your wacky socks on Friday; the office number is 555-201-4433.', false],
  ['en', 'Questions about the Sant family fundraiser? Call 555-201-4433.', true],
  ['es', 'Recuerde enviar a su hijo con abrigo; si tiene preguntas, llame al 555-201-4433.', true],
  [
    'es',
    'Si su hijo estuvo ausente y tiene preguntas sobre la tarea, llame al 555-201-4433.',
    true,
  ],
  ['fr', 'Inscriptions à la ligue de soccer : 514-555-0100.', false],
  ['zh', '如对新的缺课政策有任何问题，请致电学校办公室 555-201-4433。', true],
  ['pt', 'Liguem para a secretaria da escola pelo telefone 555-201-4433.', true],
];

function contactTags(text: string) {
  const report = checkDocument(extractFromText(text));
  return {
    report,
    tags: report.tags.filter((t) => t.ruleId === 'gives-contact-details'),
  };
}

describe('contact details given for follow-up, in the district’s other languages (2.1.5)', () => {
  test.each(invitesFollowUp)('%s: tagged: %s', (_, sentence) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags.map((t) => t.indicatorId)).toEqual(['2.1.5']);
    expect(tags[0]?.quote).toContain('555-201-4433');
    expect(report.summary.standard2.evidenced).toContain('2.1.5');
  });

  test.each(outsideOrganisation)('%s: an outside organisation, not tagged: %s', (_, sentence) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags).toEqual([]);
  });

  test.each(reportsAnAbsence)(
    '%s: a number to report an absence, not tagged: %s',
    (_, sentence) => {
      const { report, tags } = contactTags(sentence);
      expect(report.contact.given).toBe(true);
      expect(tags).toEqual([]);
    },
  );

  test.each(notMisreadAcrossLanguages)('%s: %s (tagged: %s)', (_, sentence, tagged) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags.length > 0).toBe(tagged);
  });

  test.each(onlyStatesTheNumber)('%s: a contact, but not tagged: %s', (_, sentence) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags).toEqual([]);
  });
});
