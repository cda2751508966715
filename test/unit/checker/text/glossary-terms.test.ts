import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import { runTextRule } from './run-rule';

const acronyms = (text: string, options = {}) =>
  runTextRule('unexplained-acronym', text, { options }).hits;
const terms = (text: string) => runTextRule('unexplained-jargon', text).hits;

describe('acronyms explained on first use', () => {
  test.each([
    'Your child’s Individualized Education Program (IEP) meeting is on Monday. Bring the IEP.',
    'The IEP (Individualized Education Program) meeting is on Monday.',
    'An Individualized Education Program is a plan for your child. The IEP meeting is Monday.',
    'The IEP, a written plan for your child’s support, will be reviewed Monday.',
  ])('explained: %s', (text) => {
    expect(acronyms(text)).toEqual([]);
  });

  test.each([
    ['Your child’s IEP meeting is Monday.', 'IEP'],
    ['MTSS helps every student. Ask about MTSS.', 'MTSS'],
    ['Students in AP and IB classes take exams in May.', 'AP'],
  ])('not explained: %s', (text, first) => {
    const hits = acronyms(text);
    expect(hits[0]?.quote).toBe(first);
    expect(hits[0]?.message).toMatch(/Explain it the first time/);
  });

  test('flags only the first use of each acronym', () => {
    const hits = acronyms('The IEP team meets Monday. Bring the IEP. The IEP is due.');
    expect(hits.map((h) => h.quote)).toEqual(['IEP']);
  });

  test('a term in both the English and the Spanish glossary is flagged once', () => {
    expect(acronyms('PTA news. Our PTA meets Tuesday.').map((h) => h.quote)).toEqual(['PTA']);
  });

  test('a lower-case word is not an acronym ("ap", "el")', () => {
    expect(acronyms('Take a nap. The apple is red and the el train is late.')).toEqual([]);
  });

  test.each([
    [
      'Join us at the PTO meeting on Tuesday.\n\nThe Parent Teacher Organization (PTO) raises money for trips.',
      'PTO',
      'Parent Teacher Organization',
    ],
    [
      'The IEP team meets Monday. Bring any questions.\n\nAn individualized education program is a written plan.',
      'IEP',
      'individualized education program',
    ],
  ])('spelled out only further down: says to move it (%s)', (text, quote, written) => {
    const hits = acronyms(text);
    expect(hits.map((h) => h.quote)).toEqual([quote]);
    expect(hits[0]?.message).toBe(
      `“${quote}” is spelled out only further down (“${written}”). Spell it out here, where families first meet it: “${written} (${quote})”.`,
    );
  });

  test('never spelled out: the message gives the expansion and explanation to add', () => {
    const [hit] = acronyms('Join us at the PTO meeting on Tuesday. The PTO raises money.');
    expect(hit?.message).toMatch(/^“PTO” may be new to families\. Explain it the first time/);
    expect(hit?.message).toContain('Parent Teacher Organization (PTO): ');
  });

  test('a district adds its own terms through extraGlossary', () => {
    const extraGlossary = [{ term: 'CAST', explanation: 'the spring science test' }];
    const hits = acronyms('The CAST is on April 2.', { extraGlossary });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('the spring science test');
  });
});

describe('school jargon explained on first use', () => {
  test.each([
    'Friday is an early release day: students go home at 1 pm.',
    'The rubric, a chart that shows what each score means, is attached.',
    'Monday is a teacher workday, which means no school for students.',
  ])('explained: %s', (text) => {
    expect(terms(text)).toEqual([]);
  });

  test.each([
    ['Friday is an early release day.', 'early release day'],
    ['Benchmark results come home next week.', 'Benchmark'],
    ['Standardized testing begins in April.', 'Standardized testing'],
  ])('not explained: %s', (text, first) => {
    expect(terms(text)[0]?.quote).toBe(first);
  });
});

describe('where a glossary finding says its term comes from', () => {
  const check = (text: string, options = {}) =>
    checkDocument(extractFromText(text), options).findings.filter((f) =>
      f.ruleId.startsWith('unexplained-'),
    );

  test("a district's own term cites the district's jargon list", () => {
    const findings = check('The PBIS assembly is on Friday in the gym for every class.', {
      extraGlossary: [{ term: 'PBIS', explanation: 'our school-wide plan for good behaviour.' }],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.quote).toBe('PBIS');
    expect(findings[0]?.source).toBe("Your district's jargon list (extension options)");
  });

  test('a built-in term cites where the term is defined, and no file of the repository', () => {
    const findings = check(
      'The IEP is ready for you to read. Bring the benchmark results with you.',
    );
    expect(findings.map((f) => f.quote)).toEqual(['IEP', 'benchmark']);
    expect(findings[0]?.source).toMatch(/Individuals with Disabilities Education Act/);
    for (const finding of findings) expect(finding.source).not.toMatch(/shared\/|\.json/);
  });

  test('an idiom cites its own source, and no file of the repository', () => {
    const findings = checkDocument(
      extractFromText('Please touch base with your teacher before the trip next week.'),
    ).findings.filter((f) => f.ruleId === 'idiom');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.source).toMatch(/^Idiom and plain alternative: the toolkit's own wording/);
  });
});

describe('a glossary acronym’s spelled-out alias is school jargon, not an acronym', () => {
  test.each([
    ['We will teach social emotional learning skills every morning.', 'social emotional learning'],
    ['Social-emotional learning is part of every school day.', 'Social-emotional learning'],
    ['Our third graders address Common Core Standards this year.', 'Common Core'],
  ])('%s is reported as jargon, with a message that makes sense', (text, quote) => {
    expect(acronyms(text)).toEqual([]);
    const [hit] = terms(text);
    expect(hit?.quote).toBe(quote);
    expect(hit?.message).toMatch(
      new RegExp(
        `^“${quote}” may be new to families\\. Explain it the first time you use it, e\\.g\\. “${quote}: `,
      ),
    );
  });

  test.each([
    ['The SEL lessons start Monday.', 'SEL'],
    ['CCSS reading goals are on the report card.', 'CCSS'],
  ])('%s: the acronym itself stays an acronym', (text, quote) => {
    const [hit] = acronyms(text);
    expect(hit?.quote).toBe(quote);
    expect(hit?.message).toContain(`(${quote}): `);
    expect(terms(text)).toEqual([]);
  });

  test('the spelled-out form explains the acronym after it, and is explained by it in brackets', () => {
    const text = 'Social emotional learning (SEL) helps children. SEL lessons start Monday.';
    expect(acronyms(text)).toEqual([]);
    expect(terms(text)).toEqual([]);
  });
});

describe('a term defined by the sentence it begins', () => {
  test.each([
    'Title I, is a federally funded program which provides help to schools.',
    'The McKinney-Vento Homeless Education Assistance Act is the federal law that governs the education of homeless children.',
    'The McKinney-Vento Act is a federal law that protects students without housing.',
    'Title I is the federal program that pays for our reading teachers.',
    'Teachers will share the Common Core State Standards (CCSS) for English and math.',
  ])('explained: %s', (text) => {
    expect(terms(text)).toEqual([]);
  });

  test.each([
    ['Our school is a Title I school, and parents have rights.', 'Title I'],
    ['McKinney-Vento rights apply to your family. It is the law.', 'McKinney-Vento'],
    ['Title I funds pay for the family night, which is a great event.', 'Title I'],
    // An event named after the term: its bracket or "is the" is about the event, not the term.
    ['Title I Family Night (Thursday) includes dinner.', 'Title I'],
  ])('not explained: %s', (text, first) => {
    expect(terms(text)[0]?.quote).toBe(first);
  });

  test.each([
    ['Join us for FAFSA Night (Tuesday, 6 pm) in the library.', 'FAFSA'],
    ['PBIS Assembly (Friday) will celebrate our students.', 'PBIS'],
    ['FAFSA Night is the best time to get help with college aid.', 'FAFSA'],
    ['Our PBIS Store is the place to spend reward tickets.', 'PBIS'],
  ])('acronym not explained: %s', (text, first) => {
    expect(acronyms(text)[0]?.quote).toBe(first);
  });

  test.each([
    'FAFSA Night (Free Application for Federal Student Aid) is on Tuesday.',
    'Our PBIS Program (Positive Behavioral Interventions and Supports) rewards good behavior.',
    'FAFSA is the form students fill in to apply for college aid.',
  ])('acronym explained: %s', (text) => {
    expect(acronyms(text)).toEqual([]);
  });
});

describe('a Spanish date after a term is not its definition', () => {
  test('"La reunión del PEI es el lunes." still asks to explain PEI', () => {
    expect(
      runTextRule('unexplained-acronym', 'La reunión del PEI es el lunes.', {
        language: 'es',
      }).hits.map((h) => h.quote),
    ).toEqual(['PEI']);
  });
});

describe('only a name’s capitalised words may stand between a term and its definition', () => {
  test.each([
    ['Title I money is a big help to our school.', 'Title I'],
    ['The benchmark scores are the best in years.', 'benchmark'],
  ])('not explained: %s', (text, first) => {
    expect(terms(text)[0]?.quote).toBe(first);
  });
});

describe('a day-off term explained by what it means for students, in its sentence or the next one', () => {
  test.each([
    'Tuesday is a professional development day for teachers. School is not in session for students.',
    'There is no school tomorrow for a staff in-service day.',
    'Monday, January 5 – Professional Development Day for Staff (No school for students)',
    'Wednesday, January 24: No School-Teacher Work Day',
    'There is also no school on December 2nd. This is a teacher work day for professional learning.',
    'Wednesday is an early release day. The students will get out of school two hours earlier than usual.',
    'All four school days this week are early release days, and dismissal will be at 12:00 pm.',
    'Thursday is a minimum day: students are dismissed at noon.',
    'Friday is a minimum day. Students go home at 12:30.',
    'Monday is a late start day. School starts at 10:00 for all students.',
  ])('explained: %s', (text) => {
    expect(terms(text)).toEqual([]);
  });

  test.each([
    ['Tuesday is a professional development day.', 'professional development day'],
    [
      'Thank the staff for a great in-service day. Lunch was good. There is no school in July.',
      'in-service day',
    ],
    ['Friday is an early release day. Please send a snack.', 'early release day'],
    ['Holy Thursday is a minimum day for all students with no cub care.', 'minimum day'],
    [
      'Friday is a minimum day. We hope to see you at the fair. The fair ends at 9 pm and the students go home then.',
      'minimum day',
    ],
  ])('not explained: %s', (text, first) => {
    expect(terms(text)[0]?.quote).toBe(first);
  });
});

describe('a term used in its everyday sense, not the school one, is not jargon there', () => {
  test.each([
    'The PTA booked hotel accommodations for the band trip.',
    'Overnight accommodations at the camp are included in the fee.',
    'A video transcript is below for anyone who cannot listen to the recording.',
    'Read the transcript of the principal’s speech on our website.',
  ])('not reported: %s', (text) => {
    expect(terms(text)).toEqual([]);
  });

  test.each([
    [
      'Your child’s accommodations, such as extra time, carry over to state tests.',
      'accommodations',
    ],
    ['Seniors must request a transcript from the counseling office.', 'transcript'],
    // The everyday use comes first; the school use after it is still the first one reported.
    [
      'Hotel accommodations for the trip are booked. Testing accommodations will be reviewed in May.',
      'accommodations',
    ],
  ])('reported: %s', (text, quote) => {
    const found = terms(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toBe(quote);
  });
});
