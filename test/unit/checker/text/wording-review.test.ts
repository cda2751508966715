import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';

/**
 * Sentences a review of the other languages' wording (rules/text/wording/) found tagged wrongly,
 * each with the rule that tagged it: short English lines are read with every language's patterns
 * ("Jane Doe" read as Portuguese "doe", donate), and words with a second sense in their own
 * language (Arabic تطوعوا is "volunteer!" and "they volunteered"). Each is read in the language
 * named, and must not be tagged by that rule; the sentences after them show the rules still tag
 * what they are for. Every sentence is our own.
 */
const ALL_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ar', 'so', 'tl', 'ru', 'ht', 'pt', 'fr', 'ko'];

function tagsOf(text: string) {
  return checkDocument(extractFromText(text), { languages: ALL_LANGUAGES }).tags;
}

describe('look-alikes the review found', () => {
  test.each([
    ['invites-contributions', 'Parent/Guardian name (example: Jane Doe)'],
    [
      'points-to-other-channels',
      'Talking Points\n\nThe superintendent will share talking points with every principal before the board meeting next week, so the message is the same everywhere.',
    ],
    [
      'basic-needs-resources',
      'McKinney-Vento Rights\n\nMcKinney-Vento Dispute Resolution\n\nStudents experiencing homelessness have the right to enroll in school immediately, even without the documents usually required.',
    ],
    ['gathers-family-input', 'Star reader: Sahan'],
    [
      'invites-contributions',
      'طلاب الصف الخامس تطوعوا في بنك الطعام المحلي يوم السبت الماضي وقدموا المساعدة للعائلات.',
    ],
    [
      'learning-at-home',
      'أود أن أخبركم أنني تحدثت اليوم مع ابنكم عن سلوكه في الفصل وعن أهمية احترام زملائه.',
    ],
    ['learning-at-home', '不同孩子需要不同的练习，老师会根据每个学生的情况布置作业。'],
    ['invites-contributions', '아이들이 구구단을 외우려면 가정에서의 도움이 꼭 필요합니다.'],
    ['points-to-other-channels', '밴드부 공연 일정을 확인해 주시기 바랍니다.'],
    [
      'invites-contributions',
      'Nhà trường đang tìm cách giúp đỡ các em học sinh gặp khó khăn trong học tập.',
    ],
    ['learning-at-home', 'Спросите ребёнка, не его ли это куртка из бюро находок.'],
    [
      'invites-contributions',
      'Precisamos da sua colaboração para que os alunos cheguem no horário todos os dias.',
    ],
  ])('%s: %s', (ruleId, text) => {
    expect(tagsOf(text).map((t) => t.ruleId)).not.toContain(ruleId);
  });

  test.each([
    [
      'invites-contributions',
      'يرجى التبرع بالكتب المستعملة لمكتبة المدرسة. تبرعوا الآن لدعم المكتبة.',
    ],
    ['learning-at-home', 'Спросите ребёнка, что он узнал сегодня на уроке чтения.'],
    ['points-to-other-channels', '자세한 내용은 학급 밴드에서 확인해 주시기 바랍니다.'],
    ['invites-contributions', 'Se puderem, doem alimentos não perecíveis para a nossa campanha.'],
  ])('still tagged, %s: %s', (ruleId, text) => {
    expect(tagsOf(text).map((t) => t.ruleId)).toContain(ruleId);
  });
});
