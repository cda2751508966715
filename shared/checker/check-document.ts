import { findContactDetails } from './checks/text/contact-details';
import { helpOfferLine } from './checks/text/translation-missing';
import { findTranslationOffers } from './checks/text/translation-offer';
import type { CheckOptions } from './checks/types';
import type { DocumentModel, TextBlock } from './document-model';
import {
  analyseDocument,
  contextFor,
  type DocumentAnalysis,
  normalizeCheckOptions,
} from './engine/analysis';
import { builtInRules, DEFAULT_FRAMEWORK_ID, type LoadedRule } from './engine/load-rules';
import { type RuleRun, runRulesOnEach } from './engine/run-rules';
import { compareFindings } from './finding';
import { languageName } from './language/codes';
import type { LanguageAnalysis } from './language/detect';
import { measureReadingLevel } from './reading-level/measure';
import type { Report, Suggestion } from './report';
import { tagsWithEnoughPassages } from './report/enough-passages';
import { indicatorEvidence } from './report/indicator-evidence';
import { countFindings, standard2Coverage, unreadParts } from './report/summary';
import { type SuggestionContext, suggestionsFor } from './suggestions';
import { TOOL } from './version';

export interface CheckDocumentOptions extends Partial<CheckOptions> {
  /** Only `pta-2022`: the built-in rules tag its indicators. */
  frameworkId?: string;
  /** What was checked, for the report's `input`; `kind` defaults from how the model was made. */
  input?: { kind?: Report['input']['kind']; file?: string; url?: string; title?: string };
  /** The report's `checkedAt` (default: now). */
  now?: Date;
  /** Rules to run instead of the built-in ones (see `loadRules`). */
  rules?: readonly LoadedRule[];
  /** Let a failing rule throw instead of noting it in the report (tests). */
  strict?: boolean;
  /** What each missing Standard 2 indicator could add (default: the built-in suggestions). */
  suggest?: (missingIndicatorIds: string[], context: SuggestionContext) => Suggestion[];
  /** Text beyond this many words is not checked (a note says so). Default 100,000: about 250 pages. */
  maxWords?: number;
}

export const DEFAULT_MAX_WORDS = 100_000;

/**
 * A model cut after `maxWords` words of text, so that a runaway input (a 20 MB page) is checked in
 * bounded time. Links, images, controls and tables are kept whole: checking them is cheap.
 */
function limitWords(
  model: DocumentModel,
  maxWords: number,
): { model: DocumentModel; notes: string[] } {
  let words = 0;
  for (let i = 0; i < model.blocks.length; i++) {
    words += countWords((model.blocks[i] as DocumentModel['blocks'][number]).text);
    if (words > maxWords) {
      let total = words;
      for (let j = i + 1; j < model.blocks.length; j++)
        total += countWords((model.blocks[j] as DocumentModel['blocks'][number]).text);
      return {
        model: { ...model, blocks: model.blocks.slice(0, i) },
        notes: [
          `The text is very long (${total.toLocaleString('en-US')} words): only the first ${maxWords.toLocaleString('en-US')} words were checked.`,
        ],
      };
    }
  }
  return { model, notes: [] };
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Checks one document model and assembles the report: languages, reading level, translation
 * offer, indicator tags, findings (most severe first), suggestions for missing Standard 2
 * indicators, and a summary. Browser-safe: the extension runs it in the page or the side panel.
 */
export function checkDocument(model: DocumentModel, options: CheckDocumentOptions = {}): Report {
  const { input, ...shared } = options;
  return checkDocuments([input ? { model, input } : { model }], shared)[0] as Report;
}

/** One document of a batch: its model and what was checked (the report's `input`). */
export interface DocumentToCheck {
  model: DocumentModel;
  input?: CheckDocumentOptions['input'];
}

/**
 * Checks several documents with the same options: each report is the one `checkDocument` gives,
 * but the rules run one at a time over all the documents (see `runRulesOnEach`), which is faster
 * for a folder of short newsletters. Every model is held until the last report is made, so a
 * caller with many files checks them some tens at a time (the CLI takes 25).
 */
export function checkDocuments(
  documents: readonly DocumentToCheck[],
  options: Omit<CheckDocumentOptions, 'input'> = {},
): Report[] {
  const frameworkId = options.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  if (frameworkId !== DEFAULT_FRAMEWORK_ID) {
    throw new Error(
      `The checker's rules tag indicators of ${DEFAULT_FRAMEWORK_ID} only, not "${frameworkId}".`,
    );
  }
  const checkOptions = normalizeCheckOptions(options);
  const rules = options.rules ?? builtInRules();
  const prepared = documents.map(({ model }): Prepared => {
    const limited = limitWords(model, options.maxWords ?? DEFAULT_MAX_WORDS);
    return { limited, analysis: analyseDocument(limited.model, checkOptions) };
  });
  const runs = runRulesOnEach(
    prepared.map((p) => p.analysis),
    rules,
    { strict: options.strict ?? false },
  );
  const batch: Batch = { rules, checkOptions, frameworkId, options };
  return documents.map((document, i) =>
    assembleReport(document, prepared[i] as Prepared, runs[i] as RuleRun, batch),
  );
}

/** A document cut to `maxWords` and analysed. */
interface Prepared {
  limited: { model: DocumentModel; notes: string[] };
  analysis: DocumentAnalysis;
}

/** What every document of a batch is checked with. */
interface Batch {
  rules: readonly LoadedRule[];
  checkOptions: CheckOptions;
  frameworkId: string;
  options: Omit<CheckDocumentOptions, 'input'>;
}

function assembleReport(
  { model, input: given }: DocumentToCheck,
  { limited, analysis }: Prepared,
  run: RuleRun,
  { rules, checkOptions, frameworkId, options }: Batch,
): Report {
  const tags = tagsWithEnoughPassages(
    run.findings.filter((f) => f.kind === 'tag'),
    rules,
  ).sort(byPosition);
  const findings = run.findings.filter((f) => f.kind === 'finding').sort(compareFindings);

  const { languages } = analysis;
  const offerRule =
    rules.find((r) => r.rule.check === 'translation-offered')?.rule ?? rules[0]?.rule;
  const offers = offerRule
    ? findTranslationOffers(contextFor(analysis, offerRule))
    : { hits: [], languages: [] };
  const contacts = offerRule ? findContactDetails(contextFor(analysis, offerRule)).hits : [];
  const otherLanguages = languages.bilingual
    ? languages.detected
        .filter((d) => d.language !== languages.primary && d.share >= 0.2)
        .map((d) => d.language)
    : [];
  const standard2 = standard2Coverage(tags);
  const notRead = unreadParts(languages, wordedIndicators(rules), languageName, () =>
    model.blocks.some((block) => LETTER.test(block.text)),
  );
  if (notRead) standard2.notRead = notRead;

  const notes = [...(model.notes ?? []), ...limited.notes];
  for (const failure of run.failures) {
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    notes.push(`The rule "${failure.ruleId}" could not run (${reason}); its findings are missing.`);
  }

  const readingLevel = measureReadingLevel({
    blocks: limited.model.blocks,
    sentences: analysis.sentences,
    blockLanguage: languages.blockLanguage,
    primaryLanguage: languages.primary,
    targetGrade: checkOptions.targetGrade,
    languageName,
    onNote: (note) => notes.push(note),
  });

  const input: Report['input'] = {
    kind: given?.kind ?? (model.mainContent === 'plain-text' ? 'text' : 'html'),
    title: given?.title ?? model.title,
  };
  const url = given?.url ?? model.url;
  if (url) input.url = url;
  if (given?.file) input.file = given.file;
  if (notes.length > 0) input.notes = notes;

  return {
    formatVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    checkedAt: (options.now ?? new Date()).toISOString(),
    input,
    options: {
      languages: checkOptions.languages,
      targetGrade: checkOptions.targetGrade,
      frameworkId,
    },
    languages: {
      primary: languages.primary,
      bilingual: languages.bilingual,
      detected: languages.detected,
      ...otherLanguageBlocks(model.blocks, languages),
    },
    readingLevel,
    translation: {
      // A translated version counts among the offers; a bilingual reading alone does not, since
      // franc splits some languages it lacks (Galician) between two it has.
      offered: offers.hits.length > 0,
      languages: [...new Set([...offers.languages, ...otherLanguages])],
    },
    contact: {
      given: contacts.length > 0,
      details: [...new Set(contacts.map((hit) => hit.quote))].slice(0, CONTACT_DETAILS_SHOWN),
    },
    tags,
    findings,
    suggestions: (options.suggest ?? suggestionsFor)(standard2.missing, {
      helpOffer: helpOfferFor(rules, languages.primary, checkOptions.languages),
    }),
    summary: {
      counts: countFindings([...tags, ...findings]),
      total: tags.length + findings.length,
      standard2,
      indicators: indicatorEvidence(tags),
    },
  };
}

const CONTACT_DETAILS_SHOWN = 5;

const LETTER = /\p{L}/u;

const wordedCache = new WeakMap<readonly LoadedRule[], Map<string, Set<string>>>();

/** By language, the indicators some tag rule has wording (patterns) for in it. */
function wordedIndicators(rules: readonly LoadedRule[]): Map<string, Set<string>> {
  let worded = wordedCache.get(rules);
  if (!worded) {
    worded = new Map();
    for (const { rule } of rules) {
      if (rule.kind !== 'tag') continue;
      for (const language of Object.keys(rule.patterns ?? {})) {
        if (language === '*') continue;
        const ids = worded.get(language) ?? new Set<string>();
        for (const id of rule.indicators) ids.add(id);
        worded.set(language, ids);
      }
    }
    wordedCache.set(rules, worded);
  }
  return worded;
}

/** The example offer line of the rule that reports a missing translation, if it has one. */
function helpOfferFor(
  rules: readonly LoadedRule[],
  messageLanguage: string | null,
  districtLanguages: readonly string[],
): string | undefined {
  const rule = rules.find((r) => r.rule.check === 'translation-missing')?.rule;
  return rule?.options?.helpOffers
    ? helpOfferLine(rule, messageLanguage, districtLanguages)
    : undefined;
}

/** Tags in document order; tags with no position (whole-document evidence) last. */
function byPosition(a: Report['tags'][number], b: Report['tags'][number]): number {
  return (
    (a.position?.ref ?? Number.MAX_SAFE_INTEGER) - (b.position?.ref ?? Number.MAX_SAFE_INTEGER) ||
    (a.position?.start ?? 0) - (b.position?.start ?? 0) ||
    indicatorOrder.compare(a.indicatorId ?? '', b.indicatorId ?? '')
  );
}

/** "2.1.10" after "2.1.9": what `localeCompare(b, 'en', { numeric: true })` does, built once. */
const indicatorOrder = new Intl.Collator('en', { numeric: true });

/** `languages.otherBlocks`: blocks whose language is known and is not the primary one. */
function otherLanguageBlocks(
  blocks: readonly TextBlock[],
  languages: LanguageAnalysis,
): Pick<Report['languages'], 'otherBlocks'> {
  const otherBlocks = blocks.flatMap((block) => {
    const language = languages.blockLanguage(block);
    return language && language !== languages.primary ? [{ ref: block.ref, language }] : [];
  });
  return otherBlocks.length > 0 ? { otherBlocks } : {};
}
