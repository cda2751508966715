import { describe, expect, test } from 'vitest';
import { countWords } from '../../../../shared/checker/checks/text/words';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import { wordsOf } from '../../../../shared/checker/reading-level/words';

/**
 * Chinese, Japanese and Thai are written without spaces between words: words are told by
 * Intl.Segmenter's dictionaries, not by spaces, so a sentence is not "1 word".
 */
/** The QA reviewer's run-on notice: one sentence of about 100 words. */
const CHINESE_RUN_ON =
  '亲爱的家长们如果您对孩子在学校的学习情况有任何问题或者希望了解更多关于下个月家长会的安排以及我们为所有家庭提供的免费口译服务和课后辅导项目请您在本周五之前致电学校办公室或者发送电子邮件给我们的家庭联络员她会在两个工作日内回复您并帮助您预约与老师见面的时间谢谢您的支持和配合我们期待与您见面。';

describe('words in scripts written without spaces', () => {
  test('a Chinese sentence is counted word by word', () => {
    expect(wordsOf('我们为所有会议提供免费口译服务。')).toEqual([
      '我们',
      '为',
      '所有',
      '会议',
      '提供',
      '免费',
      '口译',
      '服务',
    ]);
    expect(countWords('我们为所有会议提供免费口译服务。')).toBe(8);
  });

  test('Japanese and Thai too, and Latin words and numbers among them stay whole', () => {
    expect(countWords('保護者会は三月十二日に行います。')).toBeGreaterThanOrEqual(6);
    expect(countWords('สวัสดีครับ ผู้ปกครองทุกท่าน')).toBeGreaterThanOrEqual(4);
    expect(wordsOf('请致电555-201-4433或发送电子邮件至office@school.org。')).toEqual(
      expect.arrayContaining(['555-201-4433', 'office@school.org']),
    );
  });

  test('a long Chinese sentence is flagged, and the reading level counts its words', () => {
    const report = checkDocument(extractFromText(CHINESE_RUN_ON));
    expect(report.languages.primary).toBe('zh');
    expect(report.readingLevel.sentences).toBe(1);
    expect(report.readingLevel.words).toBeGreaterThan(60);
    expect(report.readingLevel.reason).toMatch(
      /Long sentences are still flagged, with words told by a word segmenter, since Chinese is written without spaces\.$/,
    );
    const long = report.findings.filter((f) => f.ruleId === 'long-sentence');
    expect(long).toHaveLength(1);
    expect(long[0]?.message).toMatch(/^This sentence has \d+ words/);
  });

  test('a short Chinese sentence is not flagged', () => {
    const report = checkDocument(
      extractFromText('我们为所有会议提供免费口译服务。请致电学校办公室。'),
    );
    expect(report.readingLevel.words).toBeGreaterThanOrEqual(10);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('long-sentence');
  });
});
