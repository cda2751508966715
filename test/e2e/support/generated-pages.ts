/**
 * Pages too big to keep in the repository, built when served. The wording is the toolkit's own.
 */

const PARAGRAPHS = [
  'Parent-teacher conferences are coming up next month, and we hope every family can join us. Sign up for a time online or call the front office, and tell us if you need an interpreter.',
  'Our garden club meets on Wednesdays after school. Students plant vegetables, learn about insects and take home a few tomatoes when they are ripe.',
  'The library is open to families every Thursday morning. Bring your younger children for story time, and borrow books to read together at home.',
  'We asked families about the new pick-up schedule, and many of you said the line was too long. Starting Monday, a second gate will open on Elm Street.',
  'Students in fourth grade are learning about fractions with cooking projects. Ask your child to show you how to split a recipe in half.',
  'The PTA thanks everyone who helped at the fall festival. Together we raised enough to buy new books for every classroom.',
  'If your family needs help with food, clothing or housing, our family liaison can connect you with people in the community who can help. All calls are private.',
  'Please make sure your contact information is up to date so we can reach you in an emergency. You can update it online or at the front office.',
];

/** A newsletter of about `words` words in sections with headings, lists and links. */
export function newsletterOfWords(words: number): string {
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    section++;
    parts.push(`<h2>Section ${section}: news from our school</h2>`);
    for (let i = 0; i < 6 && count < words; i++) {
      const text = PARAGRAPHS[(section * 7 + i) % PARAGRAPHS.length] as string;
      parts.push(`<p>${text}</p>`);
      count += text.split(/\s+/).length;
    }
    parts.push(
      `<ul><li>Read more about section ${section} on our <a href="/news/${section}">news page</a>.</li><li>Questions? Call 555-0100.</li></ul>`,
    );
    count += 14;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long newsletter (${words} words)</title></head><body><main><article><h1>Our school newsletter</h1>${parts.join('\n')}</article></main></body></html>`;
}

/** A page of about `nodes` DOM nodes: a long table-like grid of short cells in nested divs. */
export function pageOfNodes(nodes: number): string {
  const rows: string[] = [];
  // Each row: 1 div + 4 spans + 4 text nodes + 1 whitespace text = about 10 nodes.
  const perRow = 10;
  for (let i = 0; i < nodes / perRow; i++) {
    rows.push(
      `<div class="row"><span>Item ${i}</span><span>Room ${i % 40}</span><span>Family night</span><span>6:00 pm</span></div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very large page</title></head><body><h1>Every event this year</h1>${rows.join('\n')}<button id="still-works" type="button" onclick="this.textContent='clicked'">Click me</button></body></html>`;
}

/** A one-page PDF that says "Newsletter in a PDF", for Chrome's PDF viewer. */
export function smallPdf(): string {
  return [
    '%PDF-1.1',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 55 >> stream',
    'BT /F1 18 Tf 10 100 Td (Newsletter in a PDF) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
}
