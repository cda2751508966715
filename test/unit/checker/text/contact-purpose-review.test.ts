import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';

/**
 * Sentences a reviewer wrote, in the nine added languages and in English, Spanish and French, to
 * test the contact rule's form-return and joining words (`notForFollowUp`) and the questions that
 * keep a contact for follow-up (`asksQuestions`). Each gives a contact.
 *
 * Not follow-up: a contact given to return a form, or to volunteer or join the PTA, in the ways
 * schools ordinarily write it ("Por favor, devolva o formulário", "如有意担任义工，请联系").
 */
const notForFollowUp: [string, string][] = [
  ['en', 'If you would like to volunteer at the book fair, email pta@school.org.'],
  ['en', 'If you want to join the PTA, email our secretary at pta@school.org.'],
  [
    'pt',
    'Por favor, devolva o formulário assinado à secretaria ou ligue para 555-201-4433 para dar a autorização por telefone.',
  ],
  [
    'pt',
    'Favor devolver a autorização assinada à secretaria ou ligar para 555-201-4433 para dar a autorização por telefone.',
  ],
  [
    'pt',
    'Se você quiser ser voluntário na festa junina, entre em contato pelo e-mail apm@escola.org.',
  ],
  [
    'pt',
    'Caso queira ser voluntário na festa junina, entre em contato pelo e-mail apm@escola.org.',
  ],
  ['pt', 'Quem quiser fazer parte da APM pode entrar em contato pelo e-mail apm@escola.org.'],
  [
    'pt',
    'Se vocês quiserem ser voluntários na festa junina, entrem em contato pelo e-mail apm@escola.org.',
  ],
  [
    'pt',
    'Se tiver interesse em ser voluntário na festa junina, entre em contato pelo e-mail apm@escola.org.',
  ],
  ['vi', 'Xin gửi lại đơn cho văn phòng trường hoặc gọi số 555-201-4433 để xác nhận.'],
  ['vi', 'Xin gửi lại cho văn phòng trường phiếu đồng ý hoặc gọi số 555-201-4433 để xác nhận.'],
  ['vi', 'Nếu quý vị muốn tham gia Hội Cha Mẹ Học Sinh, xin liên hệ pta@school.org.'],
  ['vi', 'Nếu quý vị muốn làm thiện nguyện trong lễ hội, xin liên hệ pta@school.org.'],
  ['vi', 'Nếu quý vị quan tâm làm tình nguyện viên, xin liên hệ pta@school.org.'],
  [
    'ht',
    'Tanpri voye fòm nan tounen bay biwo a oswa rele 555-201-4433 pou bay otorizasyon pa telefòn.',
  ],
  [
    'ht',
    'Tanpri retounen fòm nan bay pwofesè a oswa rele 555-201-4433 pou bay otorizasyon pa telefòn.',
  ],
  ['ht', 'Si w vle fè volontè, kontakte pta@school.org.'],
  ['ht', 'Si nou ta vle fè volontè nan fèt la, kontakte pta@school.org.'],
  ['ht', 'Si nou enterese fè volontè, kontakte pta@school.org.'],
  ['ht', 'Si nou vle vin yon volontè, kontakte pta@school.org.'],
  ['tl', 'Pakisumite ang form sa opisina o tumawag sa 555-201-4433 para magbigay ng pahintulot.'],
  ['tl', 'Paki-balik ang form sa opisina o tumawag sa 555-201-4433 para magbigay ng pahintulot.'],
  ['tl', 'Kung gusto po ninyong sumali sa PTA, makipag-ugnayan sa pta@school.org.'],
  ['tl', 'Kung kayo ay interesadong magboluntaryo, makipag-ugnayan sa pta@school.org.'],
  ['tl', 'Kung nais ninyong magvolunteer, makipag-ugnayan sa pta@school.org.'],
  [
    'so',
    'Fadlan soo celi warqadda ogolaanshaha ama wac xafiiska 555-201-4433 si aad ogolaansho u bixiso.',
  ],
  [
    'so',
    'Haddii aad xiisaynaysaan inaad ku biirtaan ururka waalidiinta, la xiriir pta@school.org.',
  ],
  [
    'so',
    'Haddii aad xiiseyneysaan inaad ku biirtaan ururka waalidiinta, la xiriir pta@school.org.',
  ],
  [
    'ru',
    'Верните, пожалуйста, заполненную форму в школу или позвоните по телефону 555-201-4433, чтобы дать разрешение.',
  ],
  [
    'ru',
    'Пожалуйста, верните в школу подписанное согласие или позвоните по телефону 555-201-4433, чтобы дать разрешение.',
  ],
  [
    'ru',
    'Просим сдать заполненные анкеты классному руководителю или позвонить по телефону 555-201-4433, чтобы дать согласие. Свяжитесь с нами, если нужно.',
  ],
  ['ru', 'Если вы хотели бы стать волонтёром, свяжитесь с нами: pta@school.org.'],
  ['ru', 'Желающие стать волонтёрами могут связаться с нами: pta@school.org.'],
  ['ru', 'Если вы хотите войти в состав родительского комитета, свяжитесь с нами: pta@school.org.'],
  ['ru', 'Если хотите стать волонтёром, свяжитесь с нами: pta@school.org.'],
  ['ar', 'يرجى إعادة النموذج الموقع إلى المكتب أو الاتصال على الرقم 555-201-4433 لإعطاء الموافقة.'],
  [
    'ar',
    'يرجى توقيع الاستمارة وإعادتها إلى المكتب أو الاتصال على الرقم 555-201-4433 لإعطاء الموافقة.',
  ],
  [
    'ar',
    'يُرجى إعادة الاستمارة الموقعة إلى المكتب أو الاتصال على الرقم 555-201-4433 لإعطاء الموافقة.',
  ],
  [
    'ar',
    'يرجى إرجاع الاستمارة الموقعة إلى المكتب أو الاتصال على الرقم 555-201-4433 لإعطاء الموافقة.',
  ],
  ['ar', 'إذا رغبتم في التطوع، تواصلوا عبر pta@school.org.'],
  ['ar', 'إذا أردتم التطوع في الحفل، تواصلوا عبر pta@school.org.'],
  ['ar', 'إذا كنت مهتمًا بالتطوع، تواصل عبر pta@school.org.'],
  ['zh', '请签署同意书，并于周五前交回学校办公室，或致电 555-201-4433 口头同意。'],
  ['zh', '请将回条交回学校办公室，或致电 555-201-4433 口头同意。'],
  ['zh', '請將回條交回學校辦公室，或致電 555-201-4433 口頭同意。'],
  ['zh', '请将同意书交给班主任，或致电 555-201-4433 口头同意。'],
  ['zh', '如有意担任义工，请联系 pta@school.org。'],
  ['zh', '如果您想当义工，请联系 pta@school.org。'],
  ['zh', '有兴趣担任义工的家长，请联系 pta@school.org。'],
  ['zh', '如欲加入家長教師會，請聯絡 pta@school.org。'],
  ['ko', '작성한 동의서를 학교 사무실에 제출하여 주시거나 555-201-4433으로 연락해 주십시오.'],
  ['ko', '자원봉사에 관심이 있으시면 pta@school.org로 연락해 주십시오.'],
  ['ko', '자원봉사자로 참여를 원하시면 pta@school.org로 연락해 주십시오.'],
];

/**
 * Still follow-up: questions asked in the contact's own sentence, after a form to return or about
 * it ("请于周五前交回同意书。如有任何问题，请致电…"), a workshop or a report card that only looks like
 * the PTA or a form, and thanks to volunteers.
 */
const stillFollowUp: [string, string][] = [
  [
    'pt',
    'Se tiverem dúvidas sobre os formulários que devem ser entregues, liguem para a secretaria pelo telefone 555-201-4433.',
  ],
  [
    'pt',
    'Devolvam o formulário assinado até sexta-feira. Se tiverem dúvidas, liguem para a secretaria pelo telefone 555-201-4433.',
  ],
  [
    'pt',
    'Caso precisem de ajuda para preencher a ficha de inscrição, que deve ser entregue até sexta-feira, liguem para 555-201-4433.',
  ],
  [
    'vi',
    'Nếu quý vị có thắc mắc về cách gửi lại mẫu đơn, xin gọi văn phòng trường theo số 555-201-4433.',
  ],
  [
    'vi',
    'Giáo viên sẽ trả lại phiếu điểm vào thứ Sáu. Nếu quý vị có thắc mắc về điểm của con, xin gọi số 555-201-4433.',
  ],
  [
    'vi',
    'Xin gửi lại phiếu đồng ý trước thứ Sáu. Nếu quý vị có thắc mắc, xin gọi văn phòng trường theo số 555-201-4433.',
  ],
  ['ht', 'Si nou gen kesyon sou kijan pou remèt fòm nan, rele biwo a nan 555-201-4433.'],
  [
    'ht',
    'Pwofesè yo ap remèt fòm enskripsyon yo bay elèv yo lendi. Si nou gen kesyon, rele biwo a nan 555-201-4433.',
  ],
  ['ht', 'Tanpri remèt fòm nan anvan vandredi. Si nou gen kesyon, rele biwo a nan 555-201-4433.'],
  ['tl', 'Kung may tanong kayo kung paano ibalik ang form, tumawag sa opisina sa 555-201-4433.'],
  [
    'tl',
    'Kung kailangan ninyo ng tulong para ipasa ang form ng aplikasyon para sa libreng pagkain, tumawag sa opisina sa 555-201-4433.',
  ],
  [
    'tl',
    'Kung gusto ninyong sumali sa workshop tungkol sa pagbabasa at may tanong kayo, tumawag sa opisina sa 555-201-4433.',
  ],
  [
    'tl',
    'Pakibalik ang form bago mag-Biyernes. Kung may tanong kayo, tumawag sa opisina sa 555-201-4433.',
  ],
  [
    'so',
    "Haddii aad su'aalo ka qabtaan sida foomka loo soo celiyo, fadlan wac xafiiska 555-201-4433.",
  ],
  [
    'so',
    'Haddii aad u baahan tihiin caawimaad si aad u soo gudbisaan foomka codsiga cuntada bilaashka ah, fadlan wac xafiiska 555-201-4433.',
  ],
  [
    'so',
    "Haddii aad rabtaan inaad ku biirtaan aqoon-isweydaarsiga akhriska oo aad qabtaan su'aalo, fadlan wac xafiiska 555-201-4433.",
  ],
  [
    'so',
    "Fadlan foomka soo celi ka hor Jimcaha. Haddii aad qabtaan su'aalo, fadlan wac xafiiska 555-201-4433.",
  ],
  [
    'ru',
    'Если вам нужна помощь с заявлением, которое нужно сдать до пятницы, звоните по телефону 555-201-4433.',
  ],
  [
    'ru',
    'Если у вас есть вопросы о бланке, который нужно вернуть в школу, звоните по телефону 555-201-4433.',
  ],
  [
    'ru',
    'Верните заполненную форму до пятницы. Если у вас есть вопросы, звоните по телефону 555-201-4433.',
  ],
  [
    'ar',
    'إذا كنتم ترغبون في الانضمام إلى ورشة العمل حول القراءة ولديكم أسئلة، يرجى الاتصال بالمكتب على الرقم 555-201-4433.',
  ],
  [
    'ar',
    'يرجى إعادة الاستمارة الموقعة بحلول يوم الجمعة. إذا كانت لديكم أسئلة، يرجى الاتصال بالمكتب على الرقم 555-201-4433.',
  ],
  ['zh', '如对交回表格有任何问题，请致电学校办公室 555-201-4433。'],
  ['zh', '如需协助填写及交回免费午餐申请表，请致电学校办公室 555-201-4433。'],
  ['zh', '请于周五前交回同意书。如有任何问题，请致电学校办公室 555-201-4433。'],
  [
    'ko',
    '동의서를 금요일까지 제출해 주십시오. 질문이 있으시면 학교 사무실 555-201-4433으로 연락해 주십시오.',
  ],
  [
    'ko',
    '신청서를 제출하시거나 문의 사항이 있으시면 학교 사무실 555-201-4433으로 연락해 주십시오.',
  ],
  [
    'ko',
    '자원봉사를 원하시면 온라인으로 신청해 주십시오. 그 밖의 질문이 있으시면 555-201-4433으로 연락해 주십시오.',
  ],
  [
    'en',
    'Please return the permission slip by Friday. If you have any questions, call the office at 555-201-4433.',
  ],
  [
    'en',
    'Permission slips should be returned to the office by Friday. If you have any questions, call the office at 555-201-4433.',
  ],
  [
    'en',
    'If you have questions about forms that must be returned, call the office at 555-201-4433.',
  ],
  [
    'en',
    'If you would like to volunteer, sign up online. For other questions, call the office at 555-201-4433.',
  ],
  [
    'es',
    'Por favor, devuélvalo firmado antes del viernes. Si tiene preguntas, llame al 555-201-4433.',
  ],
  ['es', 'Si desea ser voluntario y tiene preguntas, llame al 555-201-4433.'],
  ['es', 'Si tiene preguntas sobre el formulario que debe ser entregado, llame al 555-201-4433.'],
  ['fr', 'Si vous avez des questions sur le formulaire à remettre, appelez le 555-201-4433.'],
  [
    'fr',
    'Si vous avez des questions sur la forme du formulaire à remettre ou à renvoyer, appelez le 555-201-4433.',
  ],
  ['en', 'Questions about the PTA form or Kung Fu club? Call 555-201-4433.'],
  ['en', 'Questions about the sign-up form for the Si Nou Vle choir? Call 555-201-4433.'],
  [
    'en',
    'Forms should be returned to the office by Friday. If you have any questions, call the office at 555-201-4433.',
  ],
  [
    'en',
    "If you're interested in volunteering, sign up online. For other questions, call the office at 555-201-4433.",
  ],
  [
    'fr',
    'Si vous avez des questions sur le formulaire à remettre, appelez le bureau au 555-201-4433.',
  ],
  [
    'fr',
    'Si vous voulez devenir membre ou faire du bénévolat et avez des questions, appelez le bureau au 555-201-4433.',
  ],
  [
    'es',
    'Si quiere ser voluntario o formar parte de la APA y tiene preguntas, llame al 555-201-4433.',
  ],
  [
    'es',
    'Las autorizaciones deben ser entregadas el viernes; si tiene preguntas, llame al 555-201-4433.',
  ],
  ['es', 'Si se quiere informar sobre los formularios, llame al 555-201-4433.'],
  ['en', 'Questions about the Remèt Fòm art show or the Ibalik Forms project? Call 555-201-4433.'],
  ['es', 'Por favor devolver el formulario firmado; si tiene preguntas, llame al 555-201-4433.'],
  ['es', 'Por favor entregar la autorización firmada; si tiene preguntas, llame al 555-201-4433.'],
  ['es', 'Caso queira... Si quiere ser voluntario, llame al 555-201-4433 con sus preguntas.'],
  [
    'pt',
    'Agradecemos a todos os pais interessados em ser voluntários! Para qualquer dúvida, liguem para 555-201-4433.',
  ],
  ['zh', '感谢所有有意担任义工的家长！如有任何问题，请致电学校办公室 555-201-4433。'],
  [
    'ru',
    'Спасибо всем, кто пожелал стать волонтёрами! Если у вас есть вопросы, звоните по телефону 555-201-4433.',
  ],
  [
    'ko',
    '자원봉사에 관심을 보여 주신 학부모님께 감사드립니다. 질문이 있으시면 555-201-4433으로 연락해 주십시오.',
  ],
  ['tl', 'Salamat sa lahat ng sumali sa PTA! Kung may tanong, tumawag sa opisina sa 555-201-4433.'],
  ['en', 'If you would like to volunteer and have questions, email pta@school.org.'],
  ['fr', 'Pour toute question, appelez le secrétariat au 514 555-0100.'],
  ['fr', 'Des questions? Téléphonez à l’école au (819) 246-1992.'],
];

function contactTagged(text: string) {
  const report = checkDocument(extractFromText(text));
  return {
    given: report.contact.given,
    tagged: report.tags.some(
      (t) => t.ruleId === 'gives-contact-details' && t.indicatorId === '2.1.5',
    ),
  };
}

describe('contact details: what the contact is for, as reviewed', () => {
  test.each(notForFollowUp)('%s: for something else, not tagged: %s', (_, sentence) => {
    expect(contactTagged(sentence)).toEqual({ given: true, tagged: false });
  });

  // "To join" is a video meeting's dial-in only when a meeting or call is what is joined: the
  // dial-in words once took "If you want to join the PTA, email…" for one, so no contact was found.
  test.each([
    'To join the call, dial 646-555-0123 and press 1.',
    'To join the Zoom meeting by phone, dial 646-555-0123.',
    'To join by phone, dial 646-555-0123.',
  ])('a video meeting’s dial-in is no contact: %s', (sentence) => {
    expect(contactTagged(sentence).given).toBe(false);
  });

  test.each(stillFollowUp)('%s: follow-up, tagged: %s', (_, sentence) => {
    expect(contactTagged(sentence)).toEqual({ given: true, tagged: true });
  });
});
