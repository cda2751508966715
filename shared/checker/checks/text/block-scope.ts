import type { DocumentModel, TextBlock } from '../../document-model';
import type { CheckContext } from '../types';
import { functionWordLanguage } from './function-words';
import { oncePerBlock } from './once-per-block';
import { blockWords } from './words';

/**
 * Which blocks a text rule reads. Tags and plain-language findings read the main content, so a
 * site's navigation and footer ("Follow us on Facebook", "Contact us") do not count as evidence
 * on every page; rules that look for offers of help anywhere on the page set `scope: "all"`.
 */
export function blocksInScope(context: CheckContext): TextBlock[] {
  const blocks = context.model.blocks;
  if (context.rule.options?.scope === 'all') return blocks;
  const main = mainBlocks(context.model);
  return main.length > 0 ? main : blocks;
}

/**
 * Whether the rule reads a block: whether it is among `blocksInScope(context)`, without listing
 * them, except that indicator tags read by patterns also skip navigation lines (see
 * `isNavigationLine`): a breadcrumb "Resources for Parents » Free Lunch" or a menu "Volunteer
 * opportunities | Oportunidades de voluntariado" names a page of the site, not a practice of this
 * message; a blog's comment-form line ("You are commenting using your Twitter account."), which
 * every post on the platform repeats; and answer options of a form (see `isAnswerOption`). Other
 * checks (contact details, translation offers, whose language menus are offers) read them.
 */
export function isInScope(context: CheckContext, block: TextBlock): boolean {
  const { rule } = context;
  if (
    rule.kind === 'tag' &&
    rule.check === 'patterns' &&
    (isNavigationLine(block) || isCommentFormLine(block) || isAnswerOption(context.model, block))
  ) {
    return false;
  }
  if (rule.options?.scope === 'all' || block.inMainContent) return true;
  return mainBlocks(context.model).length === 0;
}

const NAVIGATION_MAX_WORDS = 15;
const NAVIGATION_PART_MAX_WORDS = 5;
const BREADCRUMB = /\s[»›]\s/u;
const MENU_SEPARATOR = /\s\|\s/u;
/** A sentence ends in the part, at its end or before more words ("Schools are closed. Stay home"). */
const SENTENCE_PUNCTUATION = /[.!?:;](?:\s|$)/u;

/**
 * A short line of page names joined by breadcrumb arrows or menu bars. Not a line with a quotation
 * in « », a rating scale in brackets ("[Strongly agree | Agree]"), dates or times, or sentence
 * punctuation in a part ("Looking for the details | Read the minutes." stays a sentence).
 */
const isNavigationLine = oncePerBlock((block: TextBlock): boolean => {
  const text = block.text.trim();
  if (blockWords(block) > NAVIGATION_MAX_WORDS || /[«[\]\d]/u.test(text)) return false;
  const separator = BREADCRUMB.test(text)
    ? BREADCRUMB
    : MENU_SEPARATOR.test(text)
      ? MENU_SEPARATOR
      : null;
  if (!separator) return false;
  return text
    .split(new RegExp(separator.source, 'gu'))
    .every(
      (part) =>
        !SENTENCE_PUNCTUATION.test(part) &&
        part.trim().split(/\s+/u).length <= NAVIGATION_PART_MAX_WORDS,
    );
});

const COMMENT_FORM_MAX_WORDS = 20;
/**
 * The lines Blogger and WordPress print under every post, in English, Spanish and French, as they
 * reach the checker when a page is pasted or saved as text (Readability drops them from HTML).
 * The account's name stops at a sentence end, so a sentence of the message after it is read.
 */
const COMMENT_FORM_LINES = [
  'you are commenting using your [^.!?]{1,40} account\\W*(?:\\(?\\s*log out\\s*/\\s*change\\s*\\)?)?\\W*$',
  'notify me of (?:new|follow-up) (?:comments|posts)(?: (?:by|via) e-?mail)?\\W*$',
  '(?:leave a (?:reply|comment)|post a comment|subscribe to: post comments(?: \\(atom\\))?|newer post|older post|powered by blogger|email this|blogthis!?|share to (?:twitter|facebook|pinterest))\\W*$',
  'estás comentando usando tu cuenta [^.!?]{1,40}\\W*(?:\\(?\\s*cerrar sesión\\s*/\\s*cambiar\\s*\\)?)?\\W*$',
  '(?:deja un comentario|publicar un comentario|entrada más reciente|entrada antigua)\\W*$',
  "vous commentez à l(?:'|’)aide de votre compte [^.!?]{1,40}\\W*(?:\\(?\\s*déconnexion\\s*/\\s*changer\\s*\\)?)?\\W*$",
  '(?:laisser un commentaire|publier un commentaire|article plus récent|article plus ancien)\\W*$',
];
const COMMENT_FORM_LINE = new RegExp(`^\\W*(?:${COMMENT_FORM_LINES.join('|')})`, 'iu');

const isCommentFormLine = oncePerBlock(
  (block: TextBlock): boolean =>
    blockWords(block) <= COMMENT_FORM_MAX_WORDS && COMMENT_FORM_LINE.test(block.text.trim()),
);

const answerOptionsCache = new WeakMap<DocumentModel, Set<string>>();

/**
 * A block that is nothing but the words of one answer to a form's question: a radio button's
 * choice, or one of a group of check boxes ("How would you like us to contact you?" Email / Phone
 * call / Text message). The choice "Text message" is an answer a family may pick, not the message
 * pointing to another outlet; the question is still read. A lone check box ("Sign me up for text
 * alerts") is an offer in its own words, and is read.
 */
function isAnswerOption(model: DocumentModel, block: TextBlock): boolean {
  if (model.controls.length === 0) return false;
  let options = answerOptionsCache.get(model);
  if (!options) {
    options = new Set();
    const checkBoxNames = new Map<string, number>();
    for (const c of model.controls) {
      if (c.type === 'checkbox' && c.name) {
        const key = `${c.formRef ?? ''}|${c.name}`;
        checkBoxNames.set(key, (checkBoxNames.get(key) ?? 0) + 1);
      }
    }
    for (const c of model.controls) {
      if (!c.label) continue;
      const inGroup =
        c.type === 'radio' ||
        !!c.groupLabel ||
        (c.type === 'checkbox' && (checkBoxNames.get(`${c.formRef ?? ''}|${c.name}`) ?? 0) > 1);
      if (inGroup && (c.type === 'radio' || c.type === 'checkbox')) options.add(c.label);
    }
    answerOptionsCache.set(model, options);
  }
  return options.size > 0 && options.has(block.text.trim());
}

const mainCache = new WeakMap<DocumentModel, TextBlock[]>();

/** The main content's blocks, listed once per document. */
function mainBlocks(model: DocumentModel): TextBlock[] {
  let main = mainCache.get(model);
  if (!main) {
    main = model.blocks.filter((b) => b.inMainContent);
    mainCache.set(model, main);
  }
  return main;
}

function primarySubtag(lang: string | undefined | null): string | null {
  if (!lang) return null;
  const code = lang.toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

/** Below this many words, language detection on one block is a guess (a short English line is often taken for French). */
const RELIABLE_DETECTION_WORDS = 15;

/**
 * The languages whose patterns apply to a block: the language detected for the block, its `lang`
 * attribute and the document's primary language. When the block is short, detection is unreliable:
 * a short block whose function words are all of one language ("Thank you to our volunteers!") is
 * read in that language (with its `lang` and the primary language); one with none or a mix
 * ("Estimados padres:", "Questions? Call us.") is read with every language's patterns. Patterns are
 * specific phrases of their language, so reading a short block with all of them costs little
 * precision; skipping the other languages on plain English lines saves most of the time.
 */
export function blockLanguages(
  context: CheckContext,
  block: TextBlock,
  available: readonly string[],
): string[] {
  const read = languagesRead(context, block);
  return read === ALL ? [...available] : available.filter((l) => read.has(l));
}

/** Whether a block is read with `language`'s patterns (see blockLanguages); allocates nothing. */
export function readsLanguage(context: CheckContext, block: TextBlock, language: string): boolean {
  const read = languagesRead(context, block);
  return read === ALL || read.has(language);
}

const ALL = 'all' as const;
/** Per block (a block belongs to one document, whose analysis does not change). */
const readCache = new WeakMap<TextBlock, Set<string> | typeof ALL>();

function languagesRead(context: CheckContext, block: TextBlock): Set<string> | typeof ALL {
  const cached = readCache.get(block);
  if (cached) return cached;
  const detected = context.blockLanguage(block);
  let language = detected;
  if (!detected || blockWords(block) < RELIABLE_DETECTION_WORDS)
    language = functionWordLanguage(block);
  const read = language
    ? new Set(
        [language, primarySubtag(block.lang), context.primaryLanguage].filter(
          (l): l is string => typeof l === 'string',
        ),
      )
    : ALL;
  readCache.set(block, read);
  return read;
}
