import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromHtml } from '../../../../shared/checker/node';

/**
 * Notices in the district's default languages other than English, Spanish and French, written for
 * these tests (the offers are the commonest wordings: "interpreters are available", "free
 * interpretation", "translation available"). Each gives a phone number and an e-mail address and
 * offers an interpreter, and each must be read so: contact given, translation offered, and no
 * "No translation or interpreter is offered" finding.
 */
const NOTICES: Record<string, string> = {
  zh: '亲爱的家长：家长会将于三月十二日星期四下午六点在学校图书馆举行。会议提供免费口译服务。如有问题，请致电 555-201-4433 或发送电子邮件至 office@school.org。',
  vi: 'Kính gửi quý phụ huynh, buổi họp phụ huynh sẽ diễn ra vào thứ Năm, ngày 12 tháng 3, lúc 6 giờ chiều tại thư viện của trường. Có thông dịch viên miễn phí tại buổi họp. Nếu có câu hỏi, xin vui lòng gọi văn phòng theo số 555-201-4433 hoặc gửi email đến office@school.org.',
  ar: 'أعزائي أولياء الأمور، سيعقد اجتماع أولياء الأمور والمعلمين يوم الخميس ١٢ مارس في الساعة السادسة مساءً في مكتبة المدرسة. يتوفر مترجمون فوريون في جميع الاجتماعات. يرجى الاتصال بالمكتب على الرقم 555-201-4433 أو مراسلتنا على office@school.org.',
  so: "Waalidiinta qaaliga ah, shirka waalidiinta iyo macallimiinta wuxuu dhici doonaa Khamiista, 12 Maarso, saacadda 6da fiidnimo ee maktabadda dugsiga. Turjubaan bilaash ah ayaa la heli karaa. Haddii aad su'aalo qabtid, fadlan wac xafiiska 555-201-4433 ama iimayl u dir office@school.org.",
  tl: 'Mahal na mga magulang, ang pulong ng mga magulang at guro ay gaganapin sa Huwebes, ika-12 ng Marso, alas-6 ng gabi sa aklatan ng paaralan. May libreng tagasalin sa pulong. Kung may mga tanong kayo, mangyaring tumawag sa opisina sa 555-201-4433 o mag-email sa office@school.org.',
  ru: 'Уважаемые родители, родительское собрание состоится в четверг, 12 марта, в 18:00 в школьной библиотеке. На собрании будут бесплатные услуги переводчика. Если у вас есть вопросы, позвоните в офис по номеру 555-201-4433 или напишите на office@school.org.',
  ht: 'Chè paran yo, reyinyon paran ak pwofesè yo ap fèt jedi 12 mas a 6è nan aswè nan bibliyotèk lekòl la. Gen entèprèt gratis ki disponib pou reyinyon an. Si nou gen kesyon, tanpri rele biwo a nan 555-201-4433 oswa voye yon imel bay office@school.org.',
  pt: 'Prezados pais, a reunião de pais e professores será realizada na quinta-feira, 12 de março, às 18h na biblioteca da escola. Intérpretes estão disponíveis gratuitamente em todas as reuniões. Se tiver dúvidas, ligue para a secretaria pelo número 555-201-4433 ou envie um e-mail para office@school.org.',
  ko: '학부모님께, 학부모-교사 회의가 3월 12일 목요일 오후 6시에 학교 도서관에서 열립니다. 모든 회의에서 무료 통역 서비스를 제공합니다. 궁금한 점이 있으시면 사무실 555-201-4433으로 전화하시거나 office@school.org로 이메일을 보내 주십시오.',
};

function check(language: string, text: string) {
  return checkDocument(
    extractFromHtml(
      `<html lang="${language}"><head><meta charset="utf-8"><title>Notice</title></head><body><p>${text}</p></body></html>`,
    ).model,
  );
}

describe('notices in the default languages beyond English, Spanish and French', () => {
  test.each(Object.entries(NOTICES))(
    '%s: contact details and the interpreter offer are read',
    (language, text) => {
      const report = check(language, text);
      expect(report.languages.primary).toBe(language);
      expect(report.contact.given).toBe(true);
      expect(report.contact.details).toEqual(
        expect.arrayContaining([
          expect.stringContaining('555-201-4433'),
          expect.stringContaining('office@school.org'),
        ]),
      );
      expect(report.translation.offered).toBe(true);
      expect(report.findings.map((f) => f.ruleId)).not.toContain('translation-missing');
    },
  );

  test('the same notices without the offer are found to lack one', () => {
    const withoutOffer = NOTICES.ar?.replace(
      'يتوفر مترجمون فوريون في جميع الاجتماعات. ',
      '',
    ) as string;
    const report = check('ar', `${withoutOffer} ${withoutOffer}`);
    expect(report.translation.offered).toBe(false);
    const missing = report.findings.find((f) => f.ruleId === 'translation-missing');
    expect(missing?.severity).toBe('moderate');
    expect(missing?.message).toMatch(/^No translation or interpreter is offered/);
  });

  test('a language whose offers the checker cannot read: it says it could not check', () => {
    const german =
      'Liebe Eltern, der Elternabend findet am Donnerstag, dem 12. März, um 18 Uhr in der Schulbibliothek statt. Wir sprechen über den Stundenplan, die Klassenfahrt im Mai und die neuen Regeln für die Pause. Dolmetscher stehen auf Wunsch zur Verfügung. Bei Fragen rufen Sie bitte das Sekretariat unter 555-201-4433 an oder schreiben Sie an office@school.org.';
    const report = check('de', german);
    expect(report.languages.primary).toBe('de');
    expect(report.contact.given).toBe(true);
    const missing = report.findings.filter((f) => f.ruleId === 'translation-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.severity).toBe('info');
    expect(missing[0]?.message).toMatch(
      /^Could not check whether this message offers a translation or an interpreter: the checker does not know how offers are worded in German\./,
    );
  });
});
