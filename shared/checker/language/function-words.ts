import { oncePerBlock } from '../checks/text/once-per-block';
import { lowered } from '../checks/text/word-starts';

/**
 * A fast first opinion on a block's language from its most frequent function words, so that
 * franc (trigram profiles of ~300 entries for every configured language) runs only where the
 * answer is not obvious. Only words that are frequent in one of these languages and rare in the
 * others are listed (the toolkit's own selection from common function words). A language wins only
 * with a clear lead; anything closer goes to franc, so the fast path changes speed, not answers
 * (a test compares the two on paragraphs in every language).
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'you',
    'your',
    'our',
    'we',
    'will',
    'for',
    'with',
    'this',
    'that',
    'are',
    'be',
    'have',
    'please',
    'from',
    'it',
    'they',
    'their',
    'was',
    'can',
    'who',
    'what',
    'which',
    'would',
    'about',
    'at',
    // Question and clause words, for one-line survey questions: not "do" (Portuguese "of the").
    'how',
    'when',
    'where',
    'why',
    'if',
    'out',
    'there',
    'not',
    'does',
    'did',
    'were',
    'been',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'que',
    'y',
    'para',
    'con',
    'por',
    'una',
    'su',
    'sus',
    'es',
    'está',
    'están',
    'al',
    'como',
    'más',
    'este',
    'esta',
    'pero',
    'nuestra',
    'nuestro',
    'usted',
    'ustedes',
    'sobre',
    'muy',
    'también',
    'hay',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'pour',
    'avec',
    'vous',
    'nous',
    'dans',
    'sur',
    'au',
    'aux',
    'ce',
    'cette',
    'pas',
    'qui',
    'votre',
    'vos',
    'sont',
    'être',
    'leur',
    'mais',
    'ou',
  ],
  pt: [
    'não',
    'são',
    'é',
    'da',
    'dos',
    'das',
    'em',
    'um',
    'uma',
    'com',
    'seu',
    'sua',
    'você',
    'vocês',
    'os',
    'ao',
    'nossa',
    'nosso',
    'também',
    'pelo',
    'pela',
    'estão',
  ],
  vi: [
    'của',
    'và',
    'các',
    'là',
    'có',
    'trong',
    'cho',
    'được',
    'những',
    'với',
    'này',
    'một',
    'không',
    'em',
    'học',
    'sinh',
    'trường',
    'phụ',
    'huynh',
    'quý',
    'vị',
  ],
  tl: [
    'ang',
    'ng',
    'mga',
    'sa',
    'na',
    'ay',
    'ito',
    'ko',
    'mo',
    'po',
    'namin',
    'ninyo',
    'inyong',
    'aming',
    'kung',
    'para',
  ],
  so: [
    'waa',
    'iyo',
    'ka',
    'ku',
    'oo',
    'ee',
    'ayaa',
    'ah',
    'aad',
    'uu',
    'ugu',
    'kale',
    'waxaa',
    'dugsiga',
    'ardayda',
    'waalidiinta',
  ],
};

/**
 * Function words of common languages that are on no default district list, used only to confirm
 * that a short text is in one of them when it is outside the district's list (outside-list.ts):
 * franc-min names these languages first on a single sentence but leaves a listed language too
 * close behind to trust. Each list is a selection of frequent words from a published stop-word
 * list, leaving out every word that is also a word in a default district language ("die", "in",
 * "am", "es", "de", "en", "il", "je", "we", "to", "do", "na", "po"...) and every word of the lists
 * above ("das", "una", "con", "del"), so that a listed language's text gives them few hits.
 * Sources: German, Dutch and Italian, the Snowball stop-word lists
 * (snowballstem.org/algorithms/german/stop.txt, .../dutch/stop.txt, .../italian/stop.txt);
 * Turkish and Polish, the stopwords-iso lists (github.com/stopwords-iso/stopwords-tr,
 * stopwords-pl).
 */
export const OUTSIDE_FUNCTION_WORDS: Record<string, readonly string[]> = {
  de: [
    'der',
    'und',
    'ist',
    'nicht',
    'mit',
    'für',
    'ein',
    'eine',
    'einen',
    'einem',
    'dem',
    'den',
    'im',
    'auf',
    'sich',
    'wir',
    'sind',
    'wird',
    'werden',
    'auch',
    'oder',
    'bei',
    'uns',
    'unsere',
    'ihr',
    'ihre',
    'ihren',
    'sie',
    'zum',
    'zur',
    'nach',
    'von',
    'dass',
  ],
  nl: [
    'het',
    'een',
    'van',
    'zijn',
    'voor',
    'niet',
    'op',
    'dat',
    'wij',
    'uw',
    'worden',
    'wordt',
    'ook',
    'maar',
    'naar',
    'bij',
    'aan',
    'hebben',
    'heeft',
    'deze',
    'dit',
    'onze',
    'ons',
    'kunnen',
    'zal',
    'er',
    'om',
    'jullie',
  ],
  it: [
    'della',
    'delle',
    'degli',
    'dei',
    'nel',
    'nella',
    'nelle',
    'alla',
    'alle',
    'sono',
    'che',
    'gli',
    'è',
    'anche',
    'questo',
    'questa',
    'più',
    'sul',
    'sulla',
    'hanno',
    'siamo',
    'vostro',
    'vostra',
    'vostri',
    'vostre',
    'dalla',
    'dal',
    'per',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'daha',
    'çok',
    'olarak',
    'gibi',
    'kadar',
    'veya',
    'değil',
    'sonra',
    'tüm',
    'olan',
    'göre',
    'ise',
    'siz',
    'sizin',
    'bizim',
    'ayrıca',
    'ki',
    'şu',
    'ancak',
  ],
  pl: [
    'w',
    'z',
    'nie',
    'się',
    'jest',
    'że',
    'jak',
    'od',
    'za',
    'dla',
    'są',
    'oraz',
    'przez',
    'będzie',
    'już',
    'może',
    'także',
    'lub',
    'który',
    'która',
    'które',
    'ale',
    'czy',
    'tym',
    'ich',
  ],
};

const LOOKUP = lookupOf(FUNCTION_WORDS);
/** Listed and outside languages' words together, for the outside vote. */
const LOOKUP_WITH_OUTSIDE = lookupOf({ ...FUNCTION_WORDS, ...OUTSIDE_FUNCTION_WORDS });

/** Each word's languages, from word lists by language: a word then costs one lookup. */
export function lookupOf(lists: Record<string, Iterable<string>>): Map<string, string[]> {
  const lookup = new Map<string, string[]>();
  for (const [language, words] of Object.entries(lists)) {
    for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);
  }
  return lookup;
}

/** The runs of letters in `text`, lower-cased; null when there are none. */
export function lowerCaseWords(text: string): string[] | null {
  return text.toLowerCase().match(LETTER_RUNS);
}

const LETTER_RUNS = /\p{L}+/gu;

/**
 * `lowerCaseWords` of a block, once per block and from the block's one lower-cased text (which
 * keeps "İ" as it is, see `lowered`): language detection and the function-word counts of the
 * checks read the same words.
 */
export const blockLowerCaseWords = oncePerBlock((block) => lowered(block).match(LETTER_RUNS));

/** How many of the words are function words of each of `languages`. */
export function functionWordHits(
  words: readonly string[],
  languages: ReadonlySet<string>,
  lookup: ReadonlyMap<string, readonly string[]> = LOOKUP,
): Map<string, number> {
  const hits = new Map<string, number>();
  for (const word of words) {
    const owners = lookup.get(word);
    if (!owners) continue;
    for (const language of owners) {
      if (languages.has(language)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  return hits;
}

/**
 * Letters beyond ASCII that the Latin-script languages franc most often confuses on one line write
 * (from their alphabets: Spanish ñ and the inverted marks, French è ê ë î ï ù û œ, Portuguese ã õ...).
 * Haitian Creole is told apart by its own check (haitian-creole.ts), so it is not here.
 */
const ACCENTED_LETTERS: Readonly<Record<string, string>> = {
  es: 'áéíóúüñ¿¡',
  fr: 'àâçéèêëîïôùûüÿœ',
  pt: 'áàâãçéêíóôõú',
};

/** A letter only one of the languages above writes is worth two signs; a shared one none. */
const OWN_LETTER_SIGNS = 2;

/**
 * Words of closed classes that one-line notices nearly always use (when: today, tomorrow, the days,
 * the months, noon; how many: the numbers to twelve), where each of the languages above writes its
 * own: only words no other of the three writes are listed ("sábado", "agosto", "cinco", "seis" are
 * Spanish and Portuguese; Portuguese "segunda", "quinta", "sexta" are Spanish ordinals, "dos" and
 * "cedo" Portuguese and Spanish words too; "once" and "six" are English). Like a letter only one language writes, each is worth two signs: "La
 * biblioteca cierra temprano hoy." carries no function word or letter of its own, yet "hoy" and
 * "temprano" are Spanish only. Used in short texts only, not in the function-word vote.
 */
const OWN_WORDS: Record<string, readonly string[]> = {
  // "Email" before an address: French writes "courriel" or "mail", Spanish "correo". Without the
  // address (detection drops it) "Questions? Email" is otherwise French to franc.
  en: [
    'email',
    // English writes its own words for when too: without them "School closes early today." was
    // Spanish and "Report cards go home Thursday." Vietnamese to franc. "six" and "four" are French
    // words too and "once" and "ten" Spanish ("Ten en cuenta"), so they are not listed.
    ...['today', 'tonight', 'tomorrow', 'yesterday', 'noon', 'midnight'],
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september'],
    ...['october', 'november', 'december'],
    ...['one', 'two', 'three', 'five', 'seven', 'eight', 'nine', 'eleven', 'twelve'],
  ],
  es: [
    ...['hoy', 'ayer', 'temprano', 'mediodía', 'medianoche'],
    ...['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
    ...['enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre'],
    ...['noviembre', 'diciembre'],
    ...['tres', 'cuatro', 'siete', 'ocho', 'nueve', 'diez'],
  ],
  pt: [
    ...['hoje', 'amanhã', 'ontem', 'meio'],
    ...['terça', 'quarta', 'feira'],
    ...['janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro'],
    ...['novembro', 'dezembro'],
    ...['dois', 'duas', 'três', 'quatro', 'sete', 'oito', 'nove', 'dez', 'doze'],
    // Contractions of a preposition and the article, which Spanish and French never write.
    ...['às', 'aos', 'na', 'nas', 'num', 'numa'],
  ],
  fr: [
    ...['aujourd', 'demain', 'hier', 'tôt', 'midi', 'minuit'],
    ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août'],
    ...['septembre', 'octobre', 'novembre', 'décembre'],
    ...['deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'douze'],
  ],
};
const OWN_WORD_LOOKUP = lookupOf(OWN_WORDS);

/**
 * Own words above that are also English words or abbreviations (each list checked word by word):
 * French "sept" (Sept 12), "mars" (the Mars exhibit), "mai" and "avril" (names), "midi", "dix";
 * Spanish "tres" (tres leches), "mayo"; Portuguese "na" (N/A), "nas", "num" (number), "doze".
 * They count only when the line does not read as English without them (English has fewer signs
 * than another language, or none and a low franc score): "Picture day is Sept 12." stays English,
 * "Photo de classe le 12 sept." stays French.
 */
const ENGLISH_TOO = new Set([
  ...['sept', 'mars', 'mai', 'avril', 'midi', 'dix'],
  ...['tres', 'mayo'],
  ...['na', 'nas', 'num', 'doze'],
]);
/**
 * A line with no sign of any language reads as English (for ENGLISH_TOO) when franc scores English
 * at least this: "Conference sign-ups close Sept 30" (0.92) does, "Entrega de boletins na sexta."
 * (0.53) does not.
 */
const ENGLISH_TOO_SCORE = 0.6;
const OWN_WORD_LOOKUP_NOT_ENGLISH = new Map(
  [...OWN_WORD_LOOKUP].filter(([word]) => !ENGLISH_TOO.has(word)),
);
const OWN_WORD_LOOKUP_ENGLISH_TOO = new Map(
  [...OWN_WORD_LOOKUP].filter(([word]) => ENGLISH_TOO.has(word)),
);

/**
 * What a short text itself says for each of `languages`: its function words, plus two for each
 * letter that only one of them writes (é, shared by all three, says nothing; ñ, è or ã a lot). In
 * a line of a few words franc's trigrams are too few to trust alone (see detect.ts), while these
 * are few but telling.
 */
export function shortTextEvidence(
  text: string,
  words: readonly string[],
  languages: ReadonlySet<string>,
  /** franc's score for English (its winner scores 1), for the own words English writes too. */
  englishScore = 0,
): Map<string, number> {
  const evidence = functionWordHits(words, languages);
  const addOwnWords = (lookup: ReadonlyMap<string, readonly string[]>) => {
    for (const [language, n] of functionWordHits(words, languages, lookup)) {
      evidence.set(language, (evidence.get(language) ?? 0) + n * OWN_LETTER_SIGNS);
    }
  };
  addOwnWords(OWN_WORD_LOOKUP_NOT_ENGLISH);
  for (const char of text.toLowerCase()) {
    if (char.charCodeAt(0) < 128) continue;
    const writers = Object.keys(ACCENTED_LETTERS).filter((l) =>
      ACCENTED_LETTERS[l]?.includes(char),
    );
    const [only] = writers;
    if (writers.length === 1 && only && languages.has(only)) {
      evidence.set(only, (evidence.get(only) ?? 0) + OWN_LETTER_SIGNS);
    }
  }
  const english = evidence.get('en') ?? 0;
  const readsAsEnglish =
    languages.has('en') &&
    [...evidence.values()].every((n) => n <= english) &&
    (english > 0 || englishScore >= ENGLISH_TOO_SCORE);
  if (!readsAsEnglish) addOwnWords(OWN_WORD_LOOKUP_ENGLISH_TOO);
  return evidence;
}

/** At least this many function words of the winner, this share of all words, and this lead. */
const MIN_HITS = 4;
const MIN_SHARE = 0.15;
const MIN_LEAD = 3;

/**
 * The language whose function words clearly dominate the text, among `languages`; undefined
 * when no language has a clear lead (or the text is not in the Latin script).
 */
export function functionWordLanguage(
  text: string,
  languages: ReadonlySet<string>,
  words: readonly string[] | null = lowerCaseWords(text),
  lookup: ReadonlyMap<string, readonly string[]> = LOOKUP,
): string | undefined {
  if (!words || words.length < MIN_HITS) return undefined;
  const hits = functionWordHits(words, languages, lookup);
  let best: string | undefined;
  let bestHits = 0;
  let second = 0;
  for (const [language, n] of hits) {
    if (n > bestHits) {
      second = bestHits;
      best = language;
      bestHits = n;
    } else if (n > second) second = n;
  }
  if (!best || bestHits < MIN_HITS || bestHits / words.length < MIN_SHARE) return undefined;
  return bestHits >= MIN_LEAD * Math.max(1, second) ? best : undefined;
}

const OUTSIDE_LANGUAGES = Object.keys(OUTSIDE_FUNCTION_WORDS);

/**
 * The language outside the district's list (`listed`, ISO 639-1) whose function words clearly
 * dominate the text, by the same vote as functionWordLanguage with the listed languages' words
 * competing; undefined when a listed language leads or no language clearly does.
 */
export function outsideFunctionWordLanguage(
  text: string,
  listed: ReadonlySet<string>,
  words: readonly string[] | null = lowerCaseWords(text),
): string | undefined {
  const winner = functionWordLanguage(text, withOutside(listed), words, LOOKUP_WITH_OUTSIDE);
  return winner && !listed.has(winner) ? winner : undefined;
}

/** The listed languages and the outside ones with function words, once per list. */
const withOutsideCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function withOutside(listed: ReadonlySet<string>): ReadonlySet<string> {
  let languages = withOutsideCache.get(listed);
  if (!languages) {
    languages = new Set([...listed, ...OUTSIDE_LANGUAGES]);
    withOutsideCache.set(listed, languages);
  }
  return languages;
}
