import { describe, expect, it } from 'vitest';
import { extractFromHtml, splitSentences } from '../../../../shared/checker/node';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'One sentence. Another one! A third? Yes.',
      ['One sentence.', 'Another one!', 'A third?', 'Yes.'],
    ],
    [
      'Mr. Smith and Dr. Lee will visit St. Mary School.',
      ['Mr. Smith and Dr. Lee will visit St. Mary School.'],
    ],
    [
      'Bring supplies, e.g. pencils and paper. Thank you.',
      ['Bring supplies, e.g. pencils and paper.', 'Thank you.'],
    ],
    [
      'Bring supplies, e.g. Crayola markers. Thank you.',
      ['Bring supplies, e.g. Crayola markers.', 'Thank you.'],
    ],
    [
      'The meeting starts at 7 p.m. in the gym. Please come.',
      ['The meeting starts at 7 p.m. in the gym.', 'Please come.'],
    ],
    ['The meeting starts at 7 p.m. Please come.', ['The meeting starts at 7 p.m.', 'Please come.']],
    [
      'Tickets cost $3.50 each. The show is at 6:30.',
      ['Tickets cost $3.50 each.', 'The show is at 6:30.'],
    ],
    [
      'Visit www.example.org. Questions go to office@example.org.',
      ['Visit www.example.org.', 'Questions go to office@example.org.'],
    ],
    [
      'See https://example.org/a.b?c=d. Then sign up.',
      ['See https://example.org/a.b?c=d.', 'Then sign up.'],
    ],
    [
      'Grades are due Jan. 5 this year. Room No. 12 is open.',
      ['Grades are due Jan. 5 this year.', 'Room No. 12 is open.'],
    ],
    ['She said "See you soon." Then she left.', ['She said "See you soon."', 'Then she left.']],
    ['We waited... Then it rained.', ['We waited...', 'Then it rained.']],
    [
      'Our speaker is J. K. Rowling. She writes books.',
      ['Our speaker is J. K. Rowling.', 'She writes books.'],
    ],
    [
      'La Sra. Gómez llega mañana. ¿Puede venir? ¡Gracias!',
      ['La Sra. Gómez llega mañana.', '¿Puede venir?', '¡Gracias!'],
    ],
    ['亲爱的家长。欢迎回来！', ['亲爱的家长。', '欢迎回来！']],
    ['Date: May 3\nTime: 6 pm', ['Date: May 3', 'Time: 6 pm']],
    // Item numbers belong to no sentence: neither a sentence of their own nor a word of the item.
    ['1. Choose a date\n2. Pick a time', ['Choose a date', 'Pick a time']],
    [
      '1. Choose a date. 2. Pick a time. 10. Bring a friend.',
      ['Choose a date.', 'Pick a time.', 'Bring a friend.'],
    ],
    [
      'Please answer. 3. How did you hear about us?',
      ['Please answer.', 'How did you hear about us?'],
    ],
    ['1. Elija una fecha.\n2. ¿Puede venir?', ['Elija una fecha.', '¿Puede venir?']],
    ['Preguntas: 4. Llame a la oficina.', ['Preguntas: 4.', 'Llame a la oficina.']],
    // A number that ends a sentence is no item number, nor is a year.
    ['The room is 104. Come in.', ['The room is 104.', 'Come in.']],
    ['Lo vemos en el salón 12. Gracias.', ['Lo vemos en el salón 12.', 'Gracias.']],
    ['2025. A year to remember.', ['2025.', 'A year to remember.']],
    // A space lost after the end mark, as text pasted from a PDF or an e-mail tool often has it.
    [
      'The form is due on Friday.Please return it to the office.',
      ['The form is due on Friday.', 'Please return it to the office.'],
    ],
    [
      'Any questions?Call the office. Thank you!Have a good week.',
      ['Any questions?', 'Call the office.', 'Thank you!', 'Have a good week.'],
    ],
    [
      'La reunión es el martes.Gracias por venir.',
      ['La reunión es el martes.', 'Gracias por venir.'],
    ],
    // Dots that are not such an end: addresses, file names, initials, titles, decimals.
    [
      'Visit www.SchoolName.org or SchoolName.Org/Families for details.',
      ['Visit www.SchoolName.org or SchoolName.Org/Families for details.'],
    ],
    [
      'Write to jane.Doe@example.org about the Newsletter.Pdf file.',
      ['Write to jane.Doe@example.org about the Newsletter.Pdf file.'],
    ],
    ['Mrs.Smith and J.R.Tolkien paid $3.50 each.', ['Mrs.Smith and J.R.Tolkien paid $3.50 each.']],
    [
      'Read it at https://news.school.org/a.Friday now.',
      ['Read it at https://news.school.org/a.Friday now.'],
    ],
    // A list saved or pasted as one line: each bullet ends what came before and belongs to none.
    [
      'Bring: • 2 glue sticks • 1 pair of scissors • a backpack. Label everything.',
      ['Bring:', '2 glue sticks', '1 pair of scissors', 'a backpack.', 'Label everything.'],
    ],
    [
      '▪ Lunes: reunión ▪ Martes: taller ► Viernes: feria',
      ['Lunes: reunión', 'Martes: taller', 'Viernes: feria'],
    ],
    ['Home · Parents · Calendar', ['Home', 'Parents', 'Calendar']],
    // Not a bullet: a middle dot inside a word (Catalan), a dot or bullet with no space after it.
    ["L'escola col·labora amb l'AMPA. Gràcies.", ["L'escola col·labora amb l'AMPA.", 'Gràcies.']],
    ['Score 3·4 and the •bold• word stay.', ['Score 3·4 and the •bold• word stay.']],
    ['No punctuation at the end', ['No punctuation at the end']],
    ['  ', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets into the block text', () => {
    for (const text of [
      'First one.  Second one.',
      '1. First item.\n 2. Second item.',
      'Bring: • glue • scissors',
    ]) {
      for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('never runs a sentence across a heading, list item or table cell', () => {
    const { model } = extractFromHtml(
      '<h2>Upcoming events</h2><p>The book fair opens Monday</p><ul><li>Bring a bag</li><li>Pay by check</li></ul><table><tr><td>Monday</td><td>Library</td></tr></table>',
    );
    const sentences = model.blocks.flatMap((b) => split(b.text));
    expect(sentences).toEqual([
      'Upcoming events',
      'The book fair opens Monday',
      'Bring a bag',
      'Pay by check',
      'Monday',
      'Library',
    ]);
  });
});
