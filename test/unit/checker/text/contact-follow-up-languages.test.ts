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
 * A contact given to return a form or to join the PTA or volunteer asks families to return or join,
 * not to follow up on the message (the English, Spanish and French words are in the rule's `*`
 * list). Each sentence names a way to call or write, so before these words were listed for the
 * other languages each was tagged 2.1.5.
 */
const returnsAForm: [string, string][] = [
  [
    'pt',
    'Devolvam o formulário assinado à secretaria ou liguem para 555-201-4433 para dar a autorização por telefone.',
  ],
  ['vi', 'Xin nộp lại phiếu đồng ý cho văn phòng trường hoặc gọi số 555-201-4433 để xác nhận.'],
  ['ht', 'Tanpri remèt fòm nan bay biwo a oswa rele 555-201-4433 pou bay otorizasyon pa telefòn.'],
  ['tl', 'Pakibalik ang form sa opisina o tumawag sa 555-201-4433 para magbigay ng pahintulot.'],
  ['so', 'Fadlan foomka ku soo celi xafiiska ama wac 555-201-4433 si aad ogolaansho u bixiso.'],
  [
    'ru',
    'Верните заполненную форму в школу или позвоните по телефону 555-201-4433, чтобы дать разрешение.',
  ],
  [
    'ar',
    'يرجى إعادة الاستمارة الموقعة إلى المكتب أو الاتصال على الرقم 555-201-4433 لإعطاء الموافقة.',
  ],
  ['zh', '请将签好的同意书交回学校办公室，或致电 555-201-4433 口头同意。'],
  ['ko', '작성한 동의서를 학교 사무실에 제출하시거나 555-201-4433으로 연락해 주십시오.'],
];

const joinsOrVolunteers: [string, string][] = [
  [
    'pt',
    'Se quiserem ser voluntários na festa junina ou se associar à APM, entrem em contato pelo e-mail apm@escola.org.',
  ],
  ['vi', 'Nếu quý vị muốn làm tình nguyện viên cho Hội Phụ huynh, xin liên hệ pta@school.org.'],
  ['ht', 'Si nou vle vin manm PTA a oswa fè volontè, kontakte pta@school.org.'],
  ['tl', 'Kung gusto ninyong sumali sa PTA o mag-volunteer, makipag-ugnayan sa pta@school.org.'],
  ['so', 'Haddii aad rabtaan inaad ku biirtaan ururka waalidiinta, la xiriir pta@school.org.'],
  [
    'ru',
    'Если вы хотите стать волонтёром или вступить в родительский комитет, свяжитесь с нами: pta@school.org.',
  ],
  ['ar', 'للانضمام إلى جمعية الآباء والمعلمين أو للتطوع، تواصلوا عبر pta@school.org.'],
  ['zh', '如果您想加入家长教师会或担任义工，请联系 pta@school.org。'],
  ['ko', '학부모회에 가입하거나 자원봉사를 원하시면 pta@school.org로 연락해 주십시오.'],
];

/** Questions about the form still invite follow-up: the form word alone does not stop the tag. */
const asksAboutTheForm: [string, string][] = [
  [
    'pt',
    'Se tiverem dúvidas sobre o formulário, liguem para a secretaria pelo telefone 555-201-4433.',
  ],
  ['vi', 'Nếu quý vị có thắc mắc về mẫu đơn, xin gọi văn phòng trường theo số 555-201-4433.'],
  ['ht', 'Si nou gen kesyon sou fòm nan, tanpri rele biwo lekòl la nan 555-201-4433.'],
  [
    'tl',
    'Kung mayroon kayong tanong tungkol sa form, tumawag po sa opisina ng paaralan sa 555-201-4433.',
  ],
  ['so', "Haddii aad su'aalo ka qabtaan foomka, fadlan wac xafiiska 555-201-4433."],
  ['ru', 'Если у вас есть вопросы о форме, звоните в школу по телефону 555-201-4433.'],
  ['ar', 'إذا كانت لديكم أسئلة حول الاستمارة، يرجى الاتصال بالمكتب على الرقم 555-201-4433.'],
  ['zh', '如对表格有任何问题，请致电学校办公室 555-201-4433。'],
  ['ko', '양식에 대해 질문이 있으시면 학교 사무실 555-201-4433으로 연락해 주십시오.'],
];

/**
 * The look-alikes of those requests, each still a contact for follow-up: thanks to families who
 * volunteered, a meeting or a workshop families are asked to join, a PE uniform, applying for free
 * meals, a question about returning the form. Words of the first version that had no framing
 * ("join", "volunteer", "form", "apply") took the tag from each of these.
 */
const stillInvitesFollowUp: [string, string][] = [
  ['pt', 'Se tiverem dúvidas sobre como devolver o formulário, liguem para 555-201-4433.'],
  [
    'pt',
    'Obrigado a todos os voluntários da festa! Para qualquer dúvida, liguem para 555-201-4433.',
  ],
  ['vi', 'Cảm ơn các phụ huynh đã làm tình nguyện viên! Nếu có thắc mắc, xin gọi số 555-201-4433.'],
  [
    'vi',
    'Nếu quý vị muốn tham gia hội thảo về việc đọc sách và có thắc mắc, xin gọi số 555-201-4433.',
  ],
  [
    'vi',
    'Nếu quý vị cần giúp đỡ để nộp đơn xin bữa ăn miễn phí, xin gọi văn phòng theo số 555-201-4433.',
  ],
  ['ht', 'Mèsi a tout paran ki te fè volontè! Si nou gen kesyon, rele biwo a nan 555-201-4433.'],
  [
    'tl',
    'Sumali sa amin sa pulong sa Martes. Kung may tanong, tumawag sa opisina sa 555-201-4433.',
  ],
  [
    'so',
    "Waad ku mahadsan tihiin tabarrucaadkiinna! Haddii aad qabtaan su'aalo, fadlan wac xafiiska 555-201-4433.",
  ],
  [
    'ru',
    'Принесите спортивную форму в понедельник. Если у вас есть вопросы, звоните по телефону 555-201-4433.',
  ],
  ['ru', 'Спасибо всем волонтёрам! Если у вас есть вопросы, звоните по телефону 555-201-4433.'],
  [
    'ar',
    'انضموا إلينا في الاجتماع يوم الثلاثاء. إذا كانت لديكم أسئلة، يرجى الاتصال على الرقم 555-201-4433.',
  ],
  ['ar', 'شكرا للآباء الذين تطوعوا! إذا كانت لديكم أسئلة، يرجى الاتصال على الرقم 555-201-4433.'],
  ['zh', '感谢所有当义工的家长！如有任何问题，请致电学校办公室 555-201-4433。'],
  ['ko', '동의서 제출에 대해 질문이 있으시면 학교 사무실 555-201-4433으로 연락해 주십시오.'],
  [
    'ko',
    '자원봉사에 참여해 주신 학부모님께 감사드립니다. 질문이 있으시면 555-201-4433으로 연락해 주십시오.',
  ],
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
  // Look-alikes of the form-return and joining words: a name, Spanish "formulario" without the
  // Portuguese accent, English "volunteer" on its own.
  ['en', 'Questions about the Sumali family bake sale? Call 555-201-4433.', true],
  ['en', 'Questions about volunteer hours? Email pta@school.org.', true],
  ['es', 'Si tiene preguntas sobre cómo entregar el formulario, llame al 555-201-4433.', true],
  ['es', 'Si tiene dudas sobre el formulario que debe ser devuelto, llame al 555-201-4433.', true],
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

  /** A contact given, but not for follow-up: each table with what its contact is for. */
  const notForFollowUp = (
    [
      ['an outside organisation', outsideOrganisation],
      ['a number to report an absence', reportsAnAbsence],
      ['a number to return a form', returnsAForm],
      ['an address to join the PTA or volunteer', joinsOrVolunteers],
      ['a contact, no purpose', onlyStatesTheNumber],
    ] as const
  ).flatMap(([what, rows]) => rows.map(([language, sentence]) => [language, what, sentence]));

  test.each(notForFollowUp)('%s: %s, not tagged: %s', (_, _what, sentence) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags).toEqual([]);
  });

  test.each([...asksAboutTheForm, ...stillInvitesFollowUp])(
    '%s: still follow-up, tagged: %s',
    (_, sentence) => {
      const { tags } = contactTags(sentence);
      expect(tags.map((t) => t.indicatorId)).toEqual(['2.1.5']);
    },
  );

  test.each(notMisreadAcrossLanguages)('%s: %s (tagged: %s)', (_, sentence, tagged) => {
    const { report, tags } = contactTags(sentence);
    expect(report.contact.given).toBe(true);
    expect(tags.length > 0).toBe(tagged);
  });
});
